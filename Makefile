# Touchstone — the two set-up commands are `make demo` and `make test` (see README.md).
SWIFT ?= swift
BIN := .build/debug/touchstone
PROJECT ?= datasets/branches

.PHONY: deps build demo test datasets charts notebooks check-notebooks check-imports check-words fuzz fuzz-build clean

deps:
	@bash .ci/ensure-deps.sh

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
	$(BIN) chart decision $(PROJECT) --locale zh --output out/decision.svg
	$(BIN) chart heatmap $(PROJECT) --locale zh --output out/heatmap.svg
	$(BIN) chart trend $(PROJECT) --small-multiples --locale zh --output out/trends.svg
	$(BIN) chart slope $(PROJECT) --locale zh --output out/slope.svg
	$(BIN) chart funnel $(PROJECT) --locale zh --output out/funnel.svg
	@echo "Wrote out/: index.csv index.json index.md trend.csv flags.txt flags.json ranking.svg decision.svg heatmap.svg trends.svg slope.svg funnel.svg"
	$(BIN) report $(PROJECT) --output out/report --locale zh

## Runs every test (installs what is missing first).
test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	@$(MAKE) --no-print-directory check-notebooks
	@$(MAKE) --no-print-directory check-imports
	@$(MAKE) --no-print-directory check-words

## Fails when Package.swift does not list exactly the modules each target's files import.
check-imports:
	@python3 Tests/check_imports.py

## Fails when TouchstoneCore or TouchstoneStats gains a user-facing sentence (words belong in TouchstoneOutput);
## the sentences left are listed per file in Tests/words-exceptions.txt.
check-words:
	@python3 Tests/check_words.py

## Regenerates datasets/branches from its seeded generator.
datasets: build
	$(BIN) generate branches --output datasets/branches

## Regenerates the chart pictures shown in README.md (notebooks-export/charts/).
charts: build
	@mkdir -p notebooks-export/charts
	$(BIN) chart decision $(PROJECT) --output notebooks-export/charts/decision.svg
	$(BIN) chart ranking $(PROJECT) --locale zh --output notebooks-export/charts/ranking.svg
	$(BIN) chart trend $(PROJECT) --unit b06 --unit b21 --unit b32 --unit b04 --output notebooks-export/charts/trend.svg
	$(BIN) chart trend $(PROJECT) --small-multiples --group-value functional --locale zh --output notebooks-export/charts/small-multiples.svg
	$(BIN) chart slope $(PROJECT) --output notebooks-export/charts/slope.svg
	$(BIN) chart heatmap $(PROJECT) --locale zh --output notebooks-export/charts/heatmap.svg
	$(BIN) chart profile $(PROJECT) --unit b04 --output notebooks-export/charts/profile.svg
	$(BIN) chart funnel $(PROJECT) --output notebooks-export/charts/funnel.svg
	$(BIN) chart contributions $(PROJECT) --unit b21 --locale zh --output notebooks-export/charts/contributions.svg
	$(BIN) chart intervals $(PROJECT) --output notebooks-export/charts/intervals.svg
	$(BIN) progress datasets/branches-quarterly --period 2024-Q3 --bullets notebooks-export/charts/progress-bullets.svg --matrix notebooks-export/charts/progress-matrix.svg > /dev/null

## The walkthroughs of the bundled datasets (notebooks-export/<name>/report.{ipynb,html,md} and their charts),
## made by `touchstone report`. The HDI one needs ../shared/data and is skipped with a notice without it.
EXPORT_NOTEBOOKS = export_notebooks() { \
	  dest="$$1"; \
	  $(BIN) report datasets/branches --output "$$dest/branches" --no-briefs --commands-path ../../datasets/branches >/dev/null || return 1; \
	  $(BIN) report datasets/branches --output "$$dest/branches-zh" --locale zh --no-briefs --commands-path ../../datasets/branches >/dev/null || return 1; \
	  if [ -d ../shared/data/undp_hdr ]; then \
	    $(BIN) report datasets/hdi --output "$$dest/hdi" --no-briefs --commands-path ../../datasets/hdi >/dev/null || return 1; \
	  else echo "notice: ../shared/data/undp_hdr is absent; the HDI walkthrough is skipped"; fi; \
	}

notebooks: build
	@$(EXPORT_NOTEBOOKS); export_notebooks notebooks-export
	@echo "Wrote notebooks-export/: branches/, branches-zh/ and hdi/ (report.ipynb, report.html, report.md and charts)"
	@chromium=$$(command -v chromium || command -v chromium-browser || true); \
	if [ -n "$$chromium" ] && command -v pdftoppm >/dev/null; then \
	  tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	  $(BIN) report datasets/branches --output "$$tmp/print" --locale zh --format html --no-briefs --pdf >/dev/null && \
	  pdftoppm -r 70 -png -f 1 -l 1 -singlefile "$$tmp/print/report.pdf" notebooks-export/report-page-1 && \
	  echo "Wrote notebooks-export/report-page-1.png (first page of the Chinese report, for README.md)"; \
	else echo "notice: chromium or pdftoppm missing; notebooks-export/report-page-1.png not redrawn"; fi

## Fails when notebooks-export/ is not what `make notebooks` would write now (regenerates into a temporary folder
## and compares).
check-notebooks: build
	@$(EXPORT_NOTEBOOKS); tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	export_notebooks "$$tmp" || exit 1; status=0; \
	for d in branches branches-zh hdi; do \
	  [ -d "$$tmp/$$d" ] || continue; \
	  diff -r -q "notebooks-export/$$d" "$$tmp/$$d" || status=1; \
	done; \
	if [ $$status -ne 0 ]; then echo "error: notebooks-export/ is stale. Fix: run 'make notebooks' and commit the result" >&2; exit 1; fi; \
	echo "notebooks-export/ is current"

## Fuzzing (see Fuzz/README.md): builds the libFuzzer targets outside the package build (.build/fuzz) and runs
## each for FUZZ_SECONDS from its seed corpus. A crash leaves crash-* files in .build/fuzz and fails the target.
FUZZ_SECONDS ?= 60
FUZZ := .build/fuzz
FUZZ_FLAGS := -sanitize=fuzzer,address -parse-as-library -Onone -g
# Both targets link the fuzz build of TouchstoneCore (instrumented, and built with testing enabled, so the
# fuzz files reach internal entry points with `@testable import`).
FUZZ_LINK := -I $(FUZZ)/debug/Modules \
  -Xcc -fmodule-map-file=Sources/CLapack/module.modulemap \
  -Xcc -fmodule-map-file=$(FUZZ)/checkouts/Yams/Sources/CYaml/include/module.modulemap \
  -Xcc -fmodule-map-file=$(FUZZ)/checkouts/ZIPFoundation/Sources/CZLib/module.modulemap \
  $(FUZZ)/debug/TouchstoneCore.build/*.o $(FUZZ)/debug/TouchstoneStats.build/*.o $(FUZZ)/debug/TouchstoneText.build/*.o $(FUZZ)/debug/Yams.build/*.o \
  $(FUZZ)/debug/ZIPFoundation.build/*.o $(FUZZ)/debug/CYaml.build/src/*.o -lopenblas -llapacke -lz

fuzz-build: deps
	@mkdir -p $(FUZZ)
	$(SWIFT) build --build-path $(FUZZ) --target TouchstoneCore -Xswiftc -sanitize=fuzzer,address -Xcc -fsanitize=fuzzer-no-link,address
	swiftc $(FUZZ_FLAGS) -module-name CSVFuzz Fuzz/CSVFuzz.swift $(FUZZ_LINK) -o $(FUZZ)/csv-fuzz
	swiftc $(FUZZ_FLAGS) -module-name ProjectFuzz Fuzz/ProjectFuzz.swift $(FUZZ_LINK) -o $(FUZZ)/project-fuzz

fuzz: fuzz-build
	@for t in csv project; do \
	  mkdir -p $(FUZZ)/corpus/$$t; \
	  echo "== $$t-fuzz for $(FUZZ_SECONDS) s"; \
	  (cd $(FUZZ) && SWIFT_BACKTRACE=enable=no ./$$t-fuzz -max_total_time=$(FUZZ_SECONDS) -max_len=4096 -print_final_stats=1 \
	    corpus/$$t ../../Fuzz/corpus/$$t) || exit 1; \
	done

clean:
	rm -rf .build out
