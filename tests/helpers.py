"""Helpers the tests share (plain functions; fixtures live in conftest.py)."""

from __future__ import annotations

import contextlib
import functools
import http.server
import json
import threading
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


def page_weight(browser, url: str, site: Path, base_url: str, scroll: bool = False) -> dict:
    """What a first visit to `url` downloads: requests, bytes as served, bytes gzipped.
    With `scroll`, the reader also scrolls to every chart, which fetches plotly.js and draws
    them all: the most a chart page can cost.

    Measured in the real browser with a cold cache; each response's size is its body as
    received, and its gzip size is what `gzip -6` makes of it (what a static host would send).
    """
    import gzip

    context = browser.new_context()
    page = context.new_page()
    sizes: list[tuple[str, int, int]] = []

    def record(response):
        try:
            body = response.body()
        except Exception:  # redirects and aborted requests have no body
            return
        sizes.append((response.url, len(body), len(gzip.compress(body, compresslevel=6))))

    page.on("response", record)
    page.goto(url, wait_until="networkidle")
    if scroll:
        charts = page.locator(".report-lazy-chart").all()
        for chart in charts:
            chart.scroll_into_view_if_needed()
        page.wait_for_function(f"document.querySelectorAll('.report-lazy-chart[data-drawn=\"yes\"]').length >= {len(charts)}",
                               timeout=20000)
        page.wait_for_load_state("networkidle")
    page.wait_for_timeout(300)
    context.close()
    return {
        "requests": len(sizes),
        "bytes": sum(s[1] for s in sizes),
        "gzip_bytes": sum(s[2] for s in sizes),
        "largest": sorted(sizes, key=lambda s: -s[1])[:5],
    }


def toc_pages() -> list[str]:
    """Site paths of every page in the table of contents: the home page, then each chapter."""
    import yaml

    toc = yaml.safe_load((ROOT / "_toc.yml").read_text(encoding="utf-8"))
    pages = ["index.html"]

    def walk(node: dict) -> None:
        for entry in node.get("parts", []) + node.get("chapters", []) + node.get("sections", []):
            if "file" in entry:
                pages.append(f"{Path(entry['file']).with_suffix('').as_posix()}.html")
            walk(entry)

    walk(toc)
    return pages


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@contextlib.contextmanager
def served(folder: Path):
    """Serve a folder on 127.0.0.1 (a free port) for as long as the block runs; yields its base URL."""
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(folder)))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
