"""The built site as a reader's browser meets it: its pages, the charts each should draw, a
local web server, and what a page downloads. Shared by the tests, the benchmarks, the
screenshots and the Lighthouse audit."""

from __future__ import annotations

import contextlib
import functools
import gzip
import http.server
import io
import json
import threading
from pathlib import Path

from report.foundation.paths import ROOT, SITE_DIR, toc_files, toc_notebooks


def notebook_pages() -> list[tuple[str, Path]]:
    """(site path of the page, notebook) for every notebook in the table of contents."""
    return [(f"{nb.relative_to(ROOT).with_suffix('.html').as_posix()}", nb) for nb in toc_notebooks()]


def expected_charts(notebook: Path) -> int:
    """Interactive charts a page should draw: the plotly outputs stored in its notebook."""
    cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    return sum(
        "data-plotly-traces" in "".join(out.get("data", {}).get("text/html", ""))
        for cell in cells
        for out in cell.get("outputs", [])
    )


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
        page.wait_for_function(
            f"document.querySelectorAll('.report-lazy-chart[data-drawn=\"yes\"]').length >= {len(charts)}",
            timeout=20000,
        )
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
    return [f"{Path(entry).with_suffix('').as_posix()}.html" for entry in toc_files()]


SITE = SITE_DIR
COMPRESSED_TYPES = {".html", ".css", ".js", ".json", ".svg", ".xml", ".txt", ".csv"}


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    """A static file server that logs nothing."""

    def log_message(self, *args):
        pass


class CompressingHandler(QuietHandler):
    """Sends text files gzip-compressed when the browser accepts it, as static hosts do
    (GitHub Pages, Netlify, nginx's gzip_static): what a reader's phone downloads."""

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        if (
            path.suffix not in COMPRESSED_TYPES
            or "gzip" not in self.headers.get("Accept-Encoding", "")
            or not path.is_file()
        ):
            return super().send_head()
        body = gzip.compress(path.read_bytes(), compresslevel=6)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)


@contextlib.contextmanager
def served(folder: Path = SITE, compress: bool = False):
    """Serve a folder on 127.0.0.1 (a free port) for as long as the block runs; yields its base URL."""
    handler = CompressingHandler if compress else QuietHandler
    httpd = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(handler, directory=str(folder))
    )
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
