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

DEMO_DB := demo.db

demo: $(STAMP)
	@rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	@echo "== rasd ingest: 338 ANT Corpus articles of 23-26 March 2018 and the seed article into $(DEMO_DB)"
	@$(BIN)/rasd ingest examples/ant-2018-sample.jsonl --db $(DEMO_DB)
	@$(BIN)/rasd ingest examples/seed-karabakh.txt --published 2023-09-20 --db $(DEMO_DB)
	@echo
	@echo "== rasd stats"
	@$(BIN)/rasd stats --db $(DEMO_DB)
	@echo
	@echo "== rasd events --country AZE (the seed article)"
	@$(BIN)/rasd events --country AZE --db $(DEMO_DB)
	@echo
	@echo "== rasd show: the happening told by most outlets"
	@$(BIN)/rasd show $$($(BIN)/rasd events --format jsonl --limit 10000 --db $(DEMO_DB) \
		| $(BIN)/python -c "import json,sys; print(max((json.loads(l) for l in sys.stdin), key=lambda e: (len(e['reports']), e['id']))['id'])") \
		--db $(DEMO_DB)
	@echo
	@echo "Explore it: .venv/bin/rasd events --db $(DEMO_DB) --help"

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
	rm -rf $(VENV) .pytest_cache .ruff_cache .hypothesis $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
