# Quick start: `make demo` and `make test`. Both create or refresh .venv first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint venv clean gazetteer countries bench

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

venv: $(STAMP)

demo: $(STAMP)
	@echo "== rasd extract examples/seed-karabakh.txt --published 2023-09-20 --format table"
	@$(BIN)/rasd extract examples/seed-karabakh.txt --published 2023-09-20 --format table
	@echo
	@echo "== the same, as JSON (the output contract)"
	@$(BIN)/rasd extract examples/seed-karabakh.txt --published 2023-09-20 --format json

lint: $(STAMP)
	$(BIN)/ruff check src tests scripts bench
	$(BIN)/ruff format --check src tests scripts bench

test: lint
	$(BIN)/pytest

bench: $(STAMP)
	$(BIN)/python bench/load.py

# Regenerate the lexicon files built from registry packages (review the diff before committing).
gazetteer: $(STAMP)
	$(BIN)/python scripts/build_gazetteer.py

countries: $(STAMP)
	$(BIN)/python scripts/build_countries.py

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .hypothesis
