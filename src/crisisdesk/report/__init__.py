"""Situation reports: HTML (self-contained, offline), Markdown and PDF.

``write_report(engine, flt, html_path)`` writes the HTML and the Markdown beside it
(``.md``), and a PDF when ``pdf_path`` is given; it returns the paths written.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine

from crisisdesk.report.content import ReportData, build_report_data
from crisisdesk.report.html import render_html
from crisisdesk.report.markdown import render_markdown
from crisisdesk.store.queries import EventFilter


@dataclass
class ReportPaths:
    html: Path
    markdown: Path
    pdf: Path | None
    events: int


def write_report(engine: Engine, flt: EventFilter, html_path: Path, markdown_path: Path | None = None,
                 pdf_path: Path | None = None, title: str | None = None, tile_url: str | None = None,
                 data: ReportData | None = None) -> ReportPaths:
    """Write the report files for the events matching ``flt``. Raises ``AssetsMissing``
    (npm assets not installed) and ``PdfError`` (Chromium missing or failing)."""
    data = data or build_report_data(engine, flt, title)
    html_path.parent.mkdir(parents=True, exist_ok=True)
    html_path.write_text(render_html(data, tile_url), encoding="utf-8")
    markdown_path = markdown_path or html_path.with_suffix(".md")
    markdown_path.write_text(render_markdown(data), encoding="utf-8")
    if pdf_path is not None:
        from crisisdesk.report.pdf import html_to_pdf

        pdf_path.parent.mkdir(parents=True, exist_ok=True)
        html_to_pdf(html_path, pdf_path)
    return ReportPaths(html_path, markdown_path, pdf_path, data.total)
