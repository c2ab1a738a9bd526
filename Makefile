# declutter — common tasks. `make run` and `make test` are the two a newcomer needs.
SHELL := /bin/bash

SWIFT      ?= swift
CORPUS     ?= Fixtures
INPUT      ?= text
# make eval WORST=N: the N pages with the lowest F1, each with the paragraphs that differ from its gold.
WORST      ?=
SEED       ?= Fixtures/seeds/input/004_82173986a1a47279.txt
RELEASE_BIN = .build/release

.PHONY: all deps build release run test eval eval-markdown bench spark-demo fuzz sanitize bench-memory clean

all: build

# libxml2's and zlib's headers and pkg-config entries are the only system requirements.
deps:
	@if pkg-config --exists libxml-2.0 zlib 2>/dev/null; then :; \
	elif [ "$$(id -u)" = 0 ]; then \
		echo "installing libxml2-dev, zlib1g-dev and pkg-config"; \
		(apt-get update -qq && apt-get install -y -qq libxml2-dev zlib1g-dev pkg-config) >/dev/null || exit 1; \
	else \
		echo "declutter needs libxml2's and zlib's headers: run  sudo apt-get install -y libxml2-dev zlib1g-dev pkg-config" >&2; exit 1; \
	fi

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

# Clean one seed page and print the article.
run: release
	$(RELEASE_BIN)/declutter $(SEED)

# The suite is XCTest; Swift Testing is switched off so the run does not end on "0 tests".
test: deps
	mkdir -p .build; $(SWIFT) test --disable-swift-testing 2>&1 | tee .build/test.log; status=$${PIPESTATUS[0]}; \
	summary=$$(grep -E "^[[:space:]]*Executed [0-9]+ tests?" .build/test.log | tail -1); \
	total=$$(echo "$$summary" | sed -nE 's/.*Executed ([0-9]+) tests?.*/\1/p'); \
	skipped=$$(echo "$$summary" | sed -nE 's/.* ([0-9]+) tests? skipped.*/\1/p'); \
	failed=$$(echo "$$summary" | sed -nE 's/.* ([0-9]+) failures?.*/\1/p'); \
	if [ -n "$$total" ]; then \
		echo "tests: $$(( total - $${skipped:-0} - $${failed:-0} )) passed, $${failed:-0} failed, $${skipped:-0} skipped"; \
	fi; exit $$status

# Score declutter on a corpus: CORPUS=Fixtures (default) or CORPUS=../shared/corpus INPUT=text|html;
# WORST=N lists the N worst pages with their gold paragraphs missing from the output and their
# output paragraphs not in the gold.
eval: release
	$(RELEASE_BIN)/declutter-eval eval --corpus $(CORPUS) --input $(INPUT)$(if $(WORST), --worst $(WORST) --paragraphs)

# The Markdown output stripped of its markup must score as the text output, within 0.005 F1
# (same CORPUS and INPUT as eval): the structure must not cost words.
MARKDOWN_F1_TOLERANCE ?= 0.005
eval-markdown: release
	@f1() { $(RELEASE_BIN)/declutter-eval eval --corpus $(CORPUS) --input $(INPUT) --format $$1 --out .build/eval/markdown-check-$$1 \
		| grep -E '^docs=' | tail -1 | sed -nE 's/.* f1=([0-9.]+).*/\1/p'; }; \
	text=$$(f1 text); markdown=$$(f1 markdown); \
	echo "f1 text=$$text markdown=$$markdown (tolerance $(MARKDOWN_F1_TOLERANCE))"; \
	awk -v a="$$text" -v b="$$markdown" -v t=$(MARKDOWN_F1_TOLERANCE) 'BEGIN { d = a - b; if (d < 0) d = -d; exit !(a != "" && d <= t) }'

# Throughput of the release build on one core.
# `make bench` times real pages: the dev corpus when it sits beside the project (246 pages of
# 3.9 MB as text dumps), else the fixtures (small pages, where per-page costs weigh more);
# CORPUS=DIR picks another folder.
BENCH_CORPUS ?= $(if $(filter command line environment,$(origin CORPUS)),$(CORPUS),$(if $(wildcard ../shared/corpus),../shared/corpus,Fixtures))
bench: release
	$(RELEASE_BIN)/declutter-eval bench --corpus $(BENCH_CORPUS) --input $(INPUT)

# Clean a folder through Spark (RDD.pipe into `declutter --jsonl`) and check it against `-o`;
# installs PySpark into examples/spark/.venv once. Not part of `make test`. INPUT_DIR=folder.
INPUT_DIR ?= Fixtures/seeds/input
spark-demo: deps
	examples/spark/run.sh --input $(INPUT_DIR)

# libFuzzer over the library (Sources/declutter-fuzz) for SECONDS seconds, release build with
# AddressSanitizer in a build folder of its own. The corpus starts from every fixture page and
# Fixtures/crashers/ and grows in .build/fuzz/corpus; a crash, a sanitizer report or an input
# taking over FUZZ_TIMEOUT seconds stops the run and leaves the input in .build/fuzz/crashers/.
# scripts/fuzz-html.dict steers mutations towards markup, charset declarations and entities.
SECONDS      ?= 60
FUZZ_BUILD    = .build/fuzz
# Seconds one input may take before libFuzzer calls it a hang (inputs take milliseconds).
FUZZ_TIMEOUT ?= 20
# Largest input libFuzzer makes: bigger than most fixture pages, small enough for many runs a second.
FUZZ_MAX_LEN ?= 65536
fuzz: deps
	$(SWIFT) build --build-path $(FUZZ_BUILD) --product declutter-fuzz -c release \
		-Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING
	mkdir -p $(FUZZ_BUILD)/corpus $(FUZZ_BUILD)/crashers
	find Fixtures/seeds/input Fixtures/text/input Fixtures/html/input Fixtures/structured/input Fixtures/corpus/html Fixtures/corpus/text \
		Fixtures/crashers -type f ! -name '*.md' -exec cp {} $(FUZZ_BUILD)/corpus/ \;
	$(FUZZ_BUILD)/release/declutter-fuzz -max_total_time=$(SECONDS) -timeout=$(FUZZ_TIMEOUT) \
		-max_len=$(FUZZ_MAX_LEN) -rss_limit_mb=4096 -print_final_stats=1 -dict=scripts/fuzz-html.dict \
		-artifact_prefix=$(FUZZ_BUILD)/crashers/ $(FUZZ_BUILD)/corpus

# The test suite under AddressSanitizer, and the parallel batch code under ThreadSanitizer,
# each in a build folder of its own so the everyday debug build is left alone. Leaks inside the
# toolchain's Foundation and XCTest are suppressed (scripts/lsan.supp); any in declutter are not.
sanitize: deps
	LSAN_OPTIONS=suppressions=$(CURDIR)/scripts/lsan.supp $(SWIFT) test --build-path .build/asan --sanitize=address
	$(SWIFT) test --build-path .build/tsan --sanitize=thread --filter Batch

# Peak memory (GNU time) and time of the release binary on generated large and hostile inputs
# (50 MB line, 50 and 200 MB HTML, a million siblings, 100,000-deep nesting...) in .build/bench-memory.
bench-memory: release
	@[ -x /usr/bin/time ] || { [ "$$(id -u)" = 0 ] && (apt-get update -qq && apt-get install -y -qq time) >/dev/null; } \
		|| { echo "bench-memory needs GNU time: sudo apt-get install -y time" >&2; exit 1; }
	scripts/bench-memory.sh $(RELEASE_BIN)/declutter .build/bench-memory

clean:
	rm -rf .build
