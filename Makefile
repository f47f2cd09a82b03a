# minutes — every target installs what it needs first, and is quiet when nothing is missing.
SHELL := /bin/bash
.DEFAULT_GOAL := help
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
# Debian packages, pinned to the versions this project is tested with (Debian 12).
APT_PACKAGES := tesseract-ocr=5.3.0-2 tesseract-ocr-swe=1:4.1.0-2 tesseract-ocr-eng=1:4.1.0-2 \
                poppler-utils=22.12.0-2+deb12u3
export OMP_THREAD_LIMIT := 1

.PHONY: help setup system ingest test eval bench torture lint clean samples gazetteers lexicon eval-repair

help:
	@echo "make ingest   install what is missing, ingest samples/ into outputs/minutes.duckdb"
	@echo "make test     install what is missing, run the test suite"
	@echo "make eval     OCR error rate and extraction precision/recall against samples/gold"
	@echo "make bench    wall time of minutes ingest next to plain tesseract on the same pages"
	@echo "make torture ingest a corpus of broken files in one batch; print how each was handled"
	@echo "make eval-repair  share of OCR-damaged words restored / correct words changed"
	@echo "make lint     ruff"
	@echo "make samples  regenerate samples/ from samples/source (deterministic)"
	@echo "make clean    remove outputs and caches (keeps .venv)"

setup: system $(STAMP)

# apt-get only for what is missing; a pinned version the mirror no longer has falls back to the current one.
system:
	@missing=""; for spec in $(APT_PACKAGES); do pkg=$${spec%%=*}; \
	  dpkg-query -W -f='$${Status}' $$pkg 2>/dev/null | grep -q "ok installed" || missing="$$missing $$spec"; done; \
	if [ -n "$$missing" ]; then \
	  sudo=""; [ "$$(id -u)" -eq 0 ] || sudo=sudo; \
	  echo "installing Debian packages:$$missing"; \
	  $$sudo apt-get update -qq >/dev/null; \
	  DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq --no-install-recommends $$missing >/dev/null \
	  || DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq --no-install-recommends $$(for s in $$missing; do echo $${s%%=*}; done) >/dev/null; \
	fi

$(STAMP): pyproject.toml requirements.lock
	@echo "installing Python packages into $(VENV)"
	@test -x $(PY) || python3 -m venv $(VENV)
	@$(PY) -m pip install -q --disable-pip-version-check -r requirements.lock 2>&1 | grep -v "^WARNING: Location" || true
	@$(PY) -m pip install -q --disable-pip-version-check --no-deps --no-build-isolation -e . 2>&1 | grep -v "^WARNING: Location" || true
	@$(PY) -c "import pipeline, pytesseract, duckdb, spacy" && touch $@

ingest: setup
	$(VENV)/bin/minutes ingest samples --db outputs/minutes.duckdb

test: setup
	$(PY) -m pytest -q

eval: setup
	$(VENV)/bin/minutes ingest samples --db outputs/minutes.duckdb --quiet
	$(PY) tools/eval.py --db outputs/minutes.duckdb

bench: setup
	$(PY) tools/bench.py

torture: setup
	$(PY) tools/torture.py

lint: setup
	$(VENV)/bin/ruff check pipeline tests tools

samples: setup
	$(PY) tools/make_samples.py

gazetteers: setup
	$(PY) tools/build_gazetteers.py

lexicon: setup
	$(PY) tools/build_lexicon.py

eval-repair: setup
	$(PY) tools/eval_repair.py

clean:
	find outputs -mindepth 1 ! -name .keep -exec rm -rf {} +
	rm -rf .pytest_cache .ruff_cache .hypothesis build *.egg-info
	find . -name __pycache__ -not -path "./$(VENV)/*" -exec rm -rf {} +
