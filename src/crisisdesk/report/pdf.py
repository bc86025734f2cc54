"""PDF situation report: the HTML report printed by headless Chromium (Debian's
``chromium`` package, ``--print-to-pdf``), so the PDF shows the same Leaflet map and
chart as the HTML. Chosen over WeasyPrint because WeasyPrint runs no JavaScript (no
map) and Chromium is already needed for the browser tests."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

CHROMIUM_CANDIDATES = ("chromium", "chromium-browser", "google-chrome")


class PdfError(RuntimeError):
    """Chromium is missing or failed; the message says which and why."""


def find_chromium() -> str:
    """Path of a Chromium binary on PATH. Raises :class:`PdfError` if none."""
    for name in CHROMIUM_CANDIDATES:
        path = shutil.which(name)
        if path:
            return path
    raise PdfError("PDF output needs Chromium: install it with `apt-get install chromium`")


def html_to_pdf(html_path: Path, pdf_path: Path, timeout_s: float = 120.0) -> Path:
    """Print ``html_path`` to ``pdf_path`` (A4, backgrounds, no header/footer) with a
    10 s virtual-time budget for the map to draw. Returns ``pdf_path``.
    Raises :class:`PdfError` when Chromium fails or writes nothing."""
    chromium = find_chromium()
    pdf_path = pdf_path.resolve()
    with tempfile.TemporaryDirectory(prefix="crisisdesk-chromium-") as profile:
        cmd = [
            chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={profile}",
            "--run-all-compositor-stages-before-draw", "--virtual-time-budget=10000",
            "--no-pdf-header-footer", f"--print-to-pdf={pdf_path}", html_path.resolve().as_uri(),
        ]
        try:
            proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout_s)
        except subprocess.TimeoutExpired:
            raise PdfError(f"Chromium did not finish printing {html_path} within {timeout_s:.0f} s") from None
    if proc.returncode != 0 or not pdf_path.is_file() or pdf_path.stat().st_size == 0:
        raise PdfError(f"Chromium could not print {html_path} (exit {proc.returncode}): {proc.stderr.strip()[-500:]}")
    return pdf_path
