# Quick start: `make demo` and `make test`. Both create or refresh .venv first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

# The web page's map library, from the npm registry into the package's static files (not committed).
LEAFLET := src/rasd/web/static/vendor/leaflet
LEAFLET_VERSION := 1.9.4
LEAFLET_SHA256 := 84c65a256e50657896f54c33bd857b6849ebe94c817803be818bf32a3dde0b77

.PHONY: demo test lint venv clean gazetteer countries bench vendor

$(STAMP): pyproject.toml | $(LEAFLET)/leaflet.js
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

venv: $(STAMP)

$(LEAFLET)/leaflet.js:
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT \
	&& (cd "$$tmp" && npm pack --silent leaflet@$(LEAFLET_VERSION) >/dev/null) \
	&& echo "$(LEAFLET_SHA256)  $$tmp/leaflet-$(LEAFLET_VERSION).tgz" | sha256sum --check --quiet \
	&& tar -xzf "$$tmp/leaflet-$(LEAFLET_VERSION).tgz" -C "$$tmp" \
	&& mkdir -p $(LEAFLET) \
	&& cp -R "$$tmp/package/dist/leaflet.css" "$$tmp/package/dist/images" "$$tmp/package/LICENSE" $(LEAFLET)/ \
	&& cp "$$tmp/package/dist/leaflet.js" $(LEAFLET)/leaflet.js \
	&& echo "vendored leaflet $(LEAFLET_VERSION) into $(LEAFLET)"

vendor: $(LEAFLET)/leaflet.js

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
	$(BIN)/ruff check src tests scripts bench fuzz
	$(BIN)/ruff format --check src tests scripts bench fuzz

test: lint
	$(BIN)/pytest

# Speed and memory on the ANT 2018 corpus (../shared/corpus; each script skips without it). Figures: BENCHMARKS.md.
bench: $(STAMP)
	$(BIN)/python bench/load.py
	$(BIN)/python bench/throughput.py
	$(BIN)/python bench/length.py

# Regenerate the lexicon files built from registry packages (review the diff before committing).
gazetteer: $(STAMP)
	$(BIN)/python scripts/build_gazetteer.py

countries: $(STAMP)
	$(BIN)/python scripts/build_countries.py

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .hypothesis $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
