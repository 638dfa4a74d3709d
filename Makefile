# riftmap developer commands. CI runs `make test` (through .ci/run) and nothing else.
# Everything runs inside .venv, which `make venv` creates and keeps in step with pyproject.toml.

PYTHON ?= $(shell command -v python3.11 2>/dev/null || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SHARED := ../shared
OUT := build

.PHONY: venv demo test docs eval train train-stance bench clean

venv: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

# A readable report of every quote in the two example articles, with its speaker; then the
# articles ingested into an embedded DuckDB store, their top rifts, and the reporter's brief
# written from the store, its path printed last.
demo: venv
	$(BIN)/riftmap extract examples/ --format table
	mkdir -p $(OUT)
	$(BIN)/riftmap ingest examples/ --db $(OUT)/demo.duckdb
	$(BIN)/riftmap rifts --db $(OUT)/demo.duckdb --top 5
	$(BIN)/riftmap report --db $(OUT)/demo.duckdb --out $(OUT)/report.html

test: venv
	$(BIN)/ruff check $(wildcard src tests benchmarks scripts)
	$(BIN)/mypy
	bash scripts/browser.sh >/dev/null  # Debian's Chromium for the page's tests
	$(BIN)/pytest -q

# The command reference docs/cli.md, written from the commands' own --help (tests/test_docs.py
# fails when it is stale).
docs: venv
	$(BIN)/python scripts/cli_docs.py

# PolNeAR dev and the seed articles, scored by the shared scorer and by `riftmap eval`.
eval: venv
	@test -d $(SHARED) || { echo "make eval needs $(SHARED) (corpora, keys, scorer) beside the repo" >&2; exit 2; }
	mkdir -p $(OUT)
	$(BIN)/riftmap extract $(SHARED)/corpora/polnear/dev/text --format jsonl > $(OUT)/dev.jsonl
	python3 $(SHARED)/eval/score.py polnear $(SHARED)/corpora/polnear/dev $(OUT)/dev.jsonl
	$(BIN)/riftmap extract $(SHARED)/seeds --format jsonl > $(OUT)/seeds.jsonl
	python3 $(SHARED)/eval/score.py keys $(SHARED)/keys $(OUT)/seeds.jsonl --texts $(SHARED)/seeds
	$(BIN)/riftmap eval polnear $(SHARED)/corpora/polnear/dev

# Retrain the attribution models on PolNeAR train (minutes on 2 cores); never run by CI.
POLNEAR_TRAIN := $(SHARED)/corpora/polnear/train
train: venv
	@test -d $(POLNEAR_TRAIN) || { echo "make train needs $(POLNEAR_TRAIN)" >&2; exit 2; }
	mkdir -p .cache
	$(BIN)/python scripts/parse_corpus.py $(POLNEAR_TRAIN) .cache/train.spacy
	$(BIN)/python scripts/train_attribution.py $(POLNEAR_TRAIN) .cache/train.spacy

# Fine-tune the stance model (MiniLM-L6) on NewsMTSC train, export int8 ONNX, fuse its graph
# into src/riftmap/data/stance (scripts/fuse_stance.py) and calibrate it on the dev splits
# (scripts/calibrate_stance.py); about six minutes an epoch on 2 idle cores (2026-12-05), an
# hour when they are busy; torch only here, never at run time; never run by CI. Seeded: --seed 13.
NEWSMTSC := $(SHARED)/corpora/newsmtsc
train-stance: venv
	@test -d $(NEWSMTSC) || { echo "make train-stance needs $(NEWSMTSC)" >&2; exit 2; }
	$(BIN)/python -m pip install --quiet -e '.[train]'
	$(BIN)/python scripts/stance_baseline.py $(NEWSMTSC)
	$(BIN)/python scripts/train_stance.py $(NEWSMTSC)

# Speed ratios measured in one run each (see docs/benchmarks.md): extraction vs bare spaCy, ingest, map.
bench: venv
	$(BIN)/python benchmarks/throughput.py
	$(BIN)/python benchmarks/ingest.py
	$(BIN)/python benchmarks/network.py

clean:
	rm -rf $(OUT) .pytest_cache .mypy_cache .ruff_cache .hypothesis
