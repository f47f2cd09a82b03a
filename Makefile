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
# For `make bench` only: OCRmyPDF (exact pins in requirements-bench.lock) in its own venv, and the
# Ghostscript it needs; neither is needed by minutes itself.
BENCH_VENV := .venv-bench
BENCH_APT_PACKAGES := ghostscript=10.0.0~dfsg-11+deb12u9
# For `make test` only: a headless browser to check that the HTML report renders (tests/test_report.py).
TEST_APT_PACKAGES := chromium=156.0.8078.79-1~deb12u1

.PHONY: help setup system ingest test eval bench torture lint clean samples gazetteers lexicon eval-repair ner

help:
	@echo "make ingest   install what is missing, ingest samples/ into outputs/minutes.duckdb"
	@echo "make test     install what is missing, run the test suite"
	@echo "make eval     OCR error rate and extraction precision/recall against samples/gold"
	@echo "make bench    minutes ingest next to OCRmyPDF and plain tesseract on the same pages (time, CER, memory)"
	@echo "make torture bad inputs, kill -9 and rerun, two runs at once, peak memory: print the figures"
	@echo "make eval-repair  share of OCR-damaged words restored / correct words changed"
	@echo "make ner     retrain the statistical NER in models/ner (needs ../shared; ~5 min on one core)"
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
	@$(MAKE) --no-print-directory system APT_PACKAGES="$(TEST_APT_PACKAGES)"
	$(PY) -m pytest -q

eval: setup
	$(VENV)/bin/minutes ingest samples --db outputs/minutes.duckdb --quiet
	$(PY) tools/eval.py --db outputs/minutes.duckdb $(if $(SPLIT),--split $(SPLIT))
	$(PY) tools/eval_ner.py
	$(PY) tools/eval_repair.py --split test

bench: setup $(BENCH_VENV)/.installed
	$(PY) tools/bench.py
	$(PY) tools/bench_store.py

$(BENCH_VENV)/.installed: requirements-bench.lock
	@$(MAKE) --no-print-directory system APT_PACKAGES="$(BENCH_APT_PACKAGES)"
	@echo "installing OCRmyPDF into $(BENCH_VENV) (for the benchmark only)"
	@test -x $(BENCH_VENV)/bin/python || python3 -m venv $(BENCH_VENV)
	@$(BENCH_VENV)/bin/pip install -q --disable-pip-version-check -r requirements-bench.lock 2>&1 | grep -v "^WARNING: Location" || true
	@$(BENCH_VENV)/bin/ocrmypdf --version >/dev/null && touch $@

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

ner: setup
	$(PY) tools/train_ner.py

clean:
	find outputs -mindepth 1 ! -name .keep -exec rm -rf {} +
	rm -rf .pytest_cache .ruff_cache .hypothesis build *.egg-info
	find . -name __pycache__ -not -path "./$(VENV)/*" -exec rm -rf {} +
