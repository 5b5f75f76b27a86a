# Every target builds .venv itself when it is missing, so each works from a fresh clone.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STORE ?= reports/demo.duckdb
SAMPLES := data/samples

.DEFAULT_GOAL := help
.PHONY: help demo test lint eval report bench clean

help:  ## list the targets
	@grep -E '^[a-z]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-8s %s\n", $$1, $$2}'

$(BIN)/tracker: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	@touch $@

$(VENV)/.test-extras: $(BIN)/tracker
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $@

demo: $(BIN)/tracker  ## ingest the sample reports, then write the trend plot and weekly report to reports/
	@mkdir -p reports
	@rm -f $(STORE)
	$(BIN)/tracker ingest $(SAMPLES) --db $(STORE)
	$(BIN)/tracker plot --db $(STORE) --metric killed,arrested,detained,released --out reports/trend.png
	$(BIN)/tracker report --db $(STORE) --out reports/weekly.png
	@echo "wrote reports/trend.png and reports/weekly.png"

test: $(VENV)/.test-extras  ## install with the test extras and run every test, doctests and the eval gate included
	$(BIN)/python -m pytest
	$(BIN)/tracker eval tests/gold/test.jsonl --floors tests/gold/floors.json

eval: $(BIN)/tracker  ## score extraction on the held-out gold part; fails below the pinned floors
	$(BIN)/tracker eval tests/gold/test.jsonl --floors tests/gold/floors.json
	@echo "--- without the passages the rules' author has seen (tests/gold/README.md):"
	$(BIN)/tracker eval tests/gold/test.jsonl --skip tests/gold/test-seen.txt

report: $(BIN)/tracker  ## write the weekly report of the latest full week of the demo store
	@test -f $(STORE) || $(MAKE) demo
	$(BIN)/tracker report --db $(STORE) --out reports/weekly.png

lint: $(VENV)/.test-extras  ## ruff over the package, tests and bench
	$(BIN)/ruff check tracker tests bench

bench: $(BIN)/tracker  ## benchmark throughput and memory (slow; numbers for the notes)
	$(BIN)/python bench/run.py

clean:  ## remove the venv and everything built
	rm -rf $(VENV) reports build *.egg-info
