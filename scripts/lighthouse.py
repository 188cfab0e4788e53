"""Lighthouse audit (npm `lighthouse`, Debian's chromium) of the home page and the heaviest
chart pages of the built site, served on 127.0.0.1 with gzip, as static hosts serve it.

    .venv/bin/python scripts/lighthouse.py [--preset desktop|mobile] [--pages index.html ...]

Prints one line per page with the category scores and the main timings, writes the full
reports to test-artifacts/lighthouse-<preset>-<page>.json, and exits 1 when a score is under
the budget (performance 90, accessibility 95, best practices 95).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from report.foundation.paths import ROOT
from report.site.tools import SITE, served

ARTIFACTS = ROOT / "test-artifacts"
LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
BUDGET = {"performance": 0.90, "accessibility": 0.95, "best-practices": 0.95}
# The home page, the map page (the map is closest to the first screen) and the page that
# downloads the most once every chart is drawn (two plotly charts, one of them a map).
DEFAULT_PAGES = ["index.html", "chapters/01_introduction.html", "chapters/10_incidents.html"]


def audit(url: str, preset: str, output: Path) -> dict:
    chromium = shutil.which("chromium") or "/usr/bin/chromium"
    command = [
        str(LIGHTHOUSE),
        url,
        "--quiet",
        "--output=json",
        f"--output-path={output}",
        "--only-categories=performance,accessibility,best-practices",
        "--chrome-flags=--headless=new --no-sandbox --disable-gpu",
    ]
    if preset == "desktop":
        command.append("--preset=desktop")
    subprocess.run(command, check=True, env={**os.environ, "CHROME_PATH": chromium}, timeout=240)
    report = json.loads(output.read_text(encoding="utf-8"))
    return {
        "scores": {name: category["score"] for name, category in report["categories"].items()},
        "timings": {
            key: report["audits"][key]["displayValue"]
            for key in (
                "first-contentful-paint",
                "largest-contentful-paint",
                "total-blocking-time",
                "cumulative-layout-shift",
                "speed-index",
            )
        },
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--preset", choices=["desktop", "mobile"], default="desktop")
    parser.add_argument("--pages", nargs="*", default=DEFAULT_PAGES)
    args = parser.parse_args()
    if not LIGHTHOUSE.exists():
        sys.exit("lighthouse is not installed: run `npm ci` (scripts/setup.sh does it)")
    ARTIFACTS.mkdir(exist_ok=True)
    failed = False
    # Served gzip-compressed, as any static host serves text (see report.site.tools.served).
    with served(SITE, compress=True) as base:
        for page in args.pages:
            output = ARTIFACTS / f"lighthouse-{args.preset}-{Path(page).stem}.json"
            result = audit(f"{base}/{page}", args.preset, output)
            low = {name: score for name, score in result["scores"].items() if score < BUDGET[name]}
            failed |= bool(low)
            scores = ", ".join(f"{name} {round(score * 100)}" for name, score in result["scores"].items())
            timings = ", ".join(f"{key} {value}" for key, value in result["timings"].items())
            print(f"{args.preset} {page}: {scores}; {timings}" + (f"  UNDER BUDGET: {low}" if low else ""))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
