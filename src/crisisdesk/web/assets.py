"""Locating the third-party browser assets that ``make setup`` installs from npm
(``npm ci`` in ``src/crisisdesk/web/vendor``): Leaflet, topojson-client and the
world-atlas Natural Earth country outlines. Nothing here is committed to the repo."""

from __future__ import annotations

import os
from pathlib import Path

VENDOR_DIR = Path(__file__).parent / "vendor"

#: name -> path under node_modules
ASSETS = {
    "leaflet.js": "leaflet/dist/leaflet.js",
    "leaflet.css": "leaflet/dist/leaflet.css",
    "topojson-client.js": "topojson-client/dist/topojson-client.min.js",
    "countries.json": "world-atlas/countries-50m.json",
}


class AssetsMissing(RuntimeError):
    """The npm-installed assets are not there; the message says how to install them."""


def node_modules() -> Path:
    """The ``node_modules`` directory holding the assets (``CRISISDESK_VENDOR_DIR``
    overrides the packaged ``web/vendor``)."""
    base = Path(os.environ.get("CRISISDESK_VENDOR_DIR") or VENDOR_DIR)
    return base / "node_modules"


def asset_path(name: str) -> Path:
    """Path of the asset ``name`` (a key of :data:`ASSETS`).

    Raises :class:`AssetsMissing` naming the missing file and the command that installs
    it, and ``KeyError`` for an unknown name.
    """
    path = node_modules() / ASSETS[name]
    if not path.is_file():
        raise AssetsMissing(
            f"browser asset {name} not found at {path}: run `make setup` "
            f"(or `npm ci --prefix {node_modules().parent}`) to install Leaflet, "
            "topojson-client and world-atlas from the npm registry"
        )
    return path


def read_asset(name: str) -> str:
    """The text of asset ``name`` (UTF-8). Raises :class:`AssetsMissing` if absent."""
    return asset_path(name).read_text(encoding="utf-8")


def check_assets() -> None:
    """Raise :class:`AssetsMissing` unless every asset is installed."""
    for name in ASSETS:
        asset_path(name)
