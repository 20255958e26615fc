# Touchstone — the two set-up commands are `make demo` and `make test` (see README.md).
SWIFT ?= swift
BIN := .build/debug/touchstone
PROJECT ?= datasets/branches

.PHONY: deps build demo test datasets clean

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
	@echo "Wrote out/index.csv, out/index.json, out/index.md"

## Runs every test (installs what is missing first).
test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

## Regenerates datasets/branches from its seeded generator.
datasets: build
	$(BIN) generate branches --output datasets/branches

clean:
	rm -rf .build out
