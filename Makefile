# Touchstone — the two set-up commands are `make demo` and `make test` (see README.md).
SWIFT ?= swift
BIN := .build/debug/touchstone
PROJECT ?= datasets/branches

.PHONY: deps build demo test datasets charts clean

deps:
	@bash scripts/ensure-deps.sh

build: deps
	$(SWIFT) build --product touchstone

## Runs the main job on the bundled branch dataset: prints the index table and writes out/.
demo: build
	$(BIN) validate $(PROJECT)
	$(BIN) index $(PROJECT) --locale zh
	@mkdir -p out
	$(BIN) index $(PROJECT) --all-years --level all --format csv --output out/index.csv
	$(BIN) index $(PROJECT) --all-years --level all --format json --output out/index.json
	$(BIN) index $(PROJECT) --format markdown --output out/index.md
	$(BIN) trend $(PROJECT) --format csv --output out/trend.csv
	$(BIN) flag $(PROJECT) --locale zh --output out/flags.txt --chart out/ranking.svg
	$(BIN) flag $(PROJECT) --format json --output out/flags.json
	$(BIN) chart heatmap $(PROJECT) --locale zh --output out/heatmap.svg
	$(BIN) chart trend $(PROJECT) --small-multiples --locale zh --output out/trends.svg
	$(BIN) chart slope $(PROJECT) --locale zh --output out/slope.svg
	$(BIN) chart funnel $(PROJECT) --locale zh --output out/funnel.svg
	@echo "Wrote out/: index.csv index.json index.md trend.csv flags.txt flags.json ranking.svg heatmap.svg trends.svg slope.svg funnel.svg"

## Runs every test (installs what is missing first).
test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

## Regenerates datasets/branches from its seeded generator.
datasets: build
	$(BIN) generate branches --output datasets/branches

## Regenerates the chart pictures shown in README.md (notebooks-export/charts/).
charts: build
	@mkdir -p notebooks-export/charts
	$(BIN) chart ranking $(PROJECT) --locale zh --output notebooks-export/charts/ranking.svg
	$(BIN) chart trend $(PROJECT) --unit b06 --unit b21 --unit b32 --unit b04 --output notebooks-export/charts/trend.svg
	$(BIN) chart trend $(PROJECT) --small-multiples --group-value functional --locale zh --output notebooks-export/charts/small-multiples.svg
	$(BIN) chart slope $(PROJECT) --output notebooks-export/charts/slope.svg
	$(BIN) chart heatmap $(PROJECT) --locale zh --output notebooks-export/charts/heatmap.svg
	$(BIN) chart profile $(PROJECT) --unit b04 --output notebooks-export/charts/profile.svg
	$(BIN) chart funnel $(PROJECT) --output notebooks-export/charts/funnel.svg
	$(BIN) chart contributions $(PROJECT) --unit b21 --locale zh --output notebooks-export/charts/contributions.svg
	$(BIN) chart intervals $(PROJECT) --output notebooks-export/charts/intervals.svg

clean:
	rm -rf .build out
