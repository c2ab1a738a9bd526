# declutter — common tasks. `make run` and `make test` are the two a newcomer needs.
SHELL := /bin/bash

SWIFT      ?= swift
CORPUS     ?= Fixtures
INPUT      ?= text
SEED       ?= Fixtures/seeds/input/004_82173986a1a47279.txt
RELEASE_BIN = .build/release

.PHONY: all deps build release run test eval bench spark-demo clean

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
	summary=$$(grep -E "Executed [0-9]+ tests?, with [0-9]+ failures?" .build/test.log | tail -1); \
	passed=$$(echo "$$summary" | sed -E 's/.*Executed ([0-9]+) tests?, with ([0-9]+) failures?.*/\1 \2/'); \
	set -- $$passed; [ -n "$$1" ] && echo "tests: $$(( $$1 - $$2 )) passed, $$2 failed"; exit $$status

# Score declutter on a corpus: CORPUS=Fixtures (default) or CORPUS=../shared/corpus INPUT=text|html.
eval: release
	$(RELEASE_BIN)/declutter-eval eval --corpus $(CORPUS) --input $(INPUT)

# Throughput of the release build on one core.
bench: release
	$(RELEASE_BIN)/declutter-eval bench --corpus $(CORPUS) --input $(INPUT)

# Clean a folder through Spark (RDD.pipe into `declutter --jsonl`) and check it against `-o`;
# installs PySpark into examples/spark/.venv once. Not part of `make test`. INPUT_DIR=folder.
INPUT_DIR ?= Fixtures/seeds/input
spark-demo: deps
	examples/spark/run.sh --input $(INPUT_DIR)

clean:
	rm -rf .build
