"""Helpers the tests share (plain functions; fixtures live in conftest.py)."""

from __future__ import annotations

import json
from pathlib import Path

from report.paths import ROOT, toc_notebooks


def notebook_pages() -> list[tuple[str, Path]]:
    """(site path of the page, notebook) for every notebook in the table of contents."""
    return [(f"{nb.relative_to(ROOT).with_suffix('.html').as_posix()}", nb) for nb in toc_notebooks()]


def expected_charts(notebook: Path) -> int:
    """Interactive charts a page should draw: the plotly outputs stored in its notebook."""
    cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    return sum("data-plotly-traces" in "".join(out.get("data", {}).get("text/html", ""))
               for cell in cells for out in cell.get("outputs", []))


def expected_figures(notebook: Path) -> int:
    """Static images the PDF should contain: the PNG outputs stored in the notebook."""
    cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    return sum("image/png" in out.get("data", {}) for cell in cells for out in cell.get("outputs", []))
