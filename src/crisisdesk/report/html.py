"""Self-contained HTML situation report: one file that works offline.

Leaflet, topojson-client and the world-atlas country outlines (npm packages installed
by ``make setup``) are inlined; the data travel as JSON in ``<script
type="application/json">`` blocks, escaped so that no ``<``, ``>`` or ``&`` from an
article can close the block. A Content-Security-Policy ``<meta>`` allows only the
inlined scripts, by their SHA-256 hashes, so any script smuggled in through article
text would be refused even if escaping failed. Everything else is autoescaped Jinja2.
"""

from __future__ import annotations

import base64
import hashlib
import json
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

from crisisdesk.report.charts import timeline_svg
from crisisdesk.report.content import ReportData
from crisisdesk.store.queries import claimant_phrase, count_text, date_text, source_wording
from crisisdesk.web.assets import read_asset
from crisisdesk.web.security import safe_url, tile_origin

TEMPLATES = Path(__file__).parent / "templates"


def json_for_script(data: Any) -> str:
    """JSON safe to place inside ``<script type="application/json">``: ``<``, ``>``,
    ``&`` and the JavaScript line separators are written as ``\\uXXXX`` escapes."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), default=str)
    for char, escape in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                         ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, escape)
    return text


def script_hash(source: str) -> str:
    """CSP source expression for an inline script: ``'sha256-<base64>'``."""
    digest = hashlib.sha256(source.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def _inline_js(source: str) -> str:
    # a literal "</script" inside a script would end it early
    return source.replace("</script", "<\\/script")


def report_policy(scripts: list[str], tile_url: str | None) -> str:
    """The report's CSP: only the given inline scripts (by hash), inline styles, images
    from ``data:`` (and the tile server when set), no network otherwise."""
    images = "data:" + (f" {tile_origin(tile_url)}" if tile_url else "")
    hashes = " ".join(script_hash(s) for s in scripts)
    return f"default-src 'none'; script-src {hashes}; style-src 'unsafe-inline'; img-src {images}; base-uri 'none'; form-action 'none'"


def _environment() -> Environment:
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(default=True, default_for_string=True),
                      trim_blocks=True, lstrip_blocks=True)
    env.filters["safe_url"] = safe_url
    env.filters["claimant"] = claimant_phrase
    env.filters["source_wording"] = source_wording  # status | source_wording(claimed_by, reported_by)
    env.filters["date_text"] = date_text  # event_date | date_text(date_end, time_precision)
    env.globals["count_text"] = count_text
    return env


def render_html(data: ReportData, tile_url: str | None = None) -> str:
    """The report as one HTML document (str). Raises ``AssetsMissing`` when the npm
    assets are not installed."""
    scripts = [_inline_js(read_asset("leaflet.js")), _inline_js(read_asset("topojson-client.js")),
               _inline_js((TEMPLATES / "report.js").read_text(encoding="utf-8"))]
    chart = base64.b64encode(timeline_svg(data.timeline).encode("utf-8")).decode("ascii")
    template = _environment().get_template("report.html.j2")
    return template.render(
        data=data, policy=report_policy(scripts, tile_url),
        leaflet_css=Markup(read_asset("leaflet.css").replace("</style", "<\\/style")),
        scripts=[Markup(s) for s in scripts],
        points_json=Markup(json_for_script(data.map_points)),
        basemap_json=Markup(json_for_script(json.loads(read_asset("countries.json")))),
        config_json=Markup(json_for_script({"tiles": tile_url or None, "country": data.flt.country})),
        chart_src=f"data:image/svg+xml;base64,{chart}",
    )
