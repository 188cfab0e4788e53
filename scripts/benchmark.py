"""Measure build times, test time and page weight; print a Markdown table.

    python scripts/benchmark.py [--with-tests]

Run through `bash scripts/build.sh` once first (it installs everything), then:
    .venv/bin/python scripts/benchmark.py --with-tests
Times are wall-clock seconds on this machine (2 cores); results go in BENCHMARKS.md by hand,
with the date, so that a reader can tell a measurement from a target.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

from report.foundation.paths import ROOT, SITE_DIR  # noqa: E402
from report.site.tools import expected_charts, notebook_pages, page_weight, served  # noqa: E402

LAST_LOG: list[str] = []


def timed(command: list[str]) -> float:
    started = time.monotonic()
    result = subprocess.run(command, cwd=ROOT, check=True, capture_output=True, text=True)
    LAST_LOG[:] = (result.stdout + result.stderr).splitlines()
    return time.monotonic() - started


def build(*flags: str) -> float:
    return timed([sys.executable, "scripts/build_book.py", *flags])


def prose_edit_rebuilds() -> tuple[float, float]:
    """Add one sentence to a markdown cell of the first chapter; time the HTML rebuild, then
    the full rebuild (HTML and PDF); restore."""
    notebook = notebook_pages()[0][1]
    original = notebook.read_text(encoding="utf-8")
    data = json.loads(original)
    cell = next(c for c in data["cells"] if c["cell_type"] == "markdown")
    cell["source"] = "".join(cell["source"]) + "\n\nA one-line prose edit for the benchmark.\n"
    notebook.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    try:
        return build("--html-only"), build()
    finally:
        notebook.write_text(original, encoding="utf-8")
        build()


def steps_of_last_build() -> list[str]:
    """The build's own timing lines (execution, HTML, LaTeX, appendix, packs)."""
    return [line for line in LAST_LOG if line.startswith("build: ") and (" in " in line or "skipped" in line)]


def notebook_times() -> list[tuple[str, float]]:
    """Each notebook's execution time in the last clean build (from the execution cache)."""
    from jupyter_cache import get_cache

    cache = get_cache(str(ROOT / "_build" / "work" / "jupyter_cache"))
    return sorted(
        ((Path(r.uri).name, r.data.get("execution_seconds") or 0.0) for r in cache.list_cache_records()),
        key=lambda item: -item[1],
    )


def weights() -> list[tuple[str, dict]]:
    from playwright.sync_api import sync_playwright

    site = SITE_DIR
    chart_pages = [p for p, nb in notebook_pages() if expected_charts(nb)]
    results = []
    with served(site) as base, sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=shutil.which("chromium") or "/usr/bin/chromium",
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        results.append(("text page (index.html)", page_weight(browser, f"{base}/index.html", site, base)))
        for path in chart_pages:
            results.append(
                (f"chart page ({path}), first screen", page_weight(browser, f"{base}/{path}", site, base))
            )
            results.append(
                (
                    f"chart page ({path}), scrolled to every chart",
                    page_weight(browser, f"{base}/{path}", site, base, scroll=True),
                )
            )
        browser.close()
    return results


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--with-tests", action="store_true", help="also time the full test command")
    parser.add_argument("--weights-only", action="store_true", help="only page weights of the site as built")
    args = parser.parse_args()
    if args.weights_only:
        print_weights()
        return
    clean = build("--clean")
    steps, notebooks = steps_of_last_build(), notebook_times()
    nothing = build()
    prose_html, prose_full = prose_edit_rebuilds()
    rows = [
        ("clean build, notebooks executed (HTML, PDF, appendix, packs, slides)", clean),
        ("rebuild, nothing changed", nothing),
        ("rebuild after a one-line prose edit, HTML only (`--html-only`)", prose_html),
        ("rebuild after a one-line prose edit, HTML and PDF", prose_full),
        ("clean build from stored outputs", build("--clean", "--stored-outputs")),
    ]
    build("--clean")  # leave an executed build in place
    if args.with_tests:
        rows.append(("full test command (bash scripts/test.sh)", timed(["bash", "scripts/test.sh"])))
    print("| measurement | seconds | share of the clean build |\n|---|---:|---:|")
    for label, seconds in rows:
        print(f"| {label} | {seconds:.1f} | {seconds / clean:.1%} |")
    print("\nWhere the clean build's time goes:\n")
    print("\n".join(f"- {line}" for line in steps))
    print("\n| notebook | execution seconds |\n|---|---:|")
    print("\n".join(f"| {name} | {seconds:.1f} |" for name, seconds in notebooks))
    print_weights()


def print_weights() -> None:
    print("\n| page | requests | bytes | gzip bytes |\n|---|---:|---:|---:|")
    for label, weight in weights():
        print(f"| {label} | {weight['requests']} | {weight['bytes']:,} | {weight['gzip_bytes']:,} |")


if __name__ == "__main__":
    main()
