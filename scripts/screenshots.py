"""Screenshots for review: every page at phone (390 px) and laptop (1280 px) width, full
length, with every chart drawn; and PNGs of sample PDF pages. All into test-artifacts/.

Usage: .venv/bin/python scripts/screenshots.py   (after `bash scripts/build.sh`)
Look at them before calling page work done: tests measure, eyes catch the rest.
"""

from __future__ import annotations

import shutil
import subprocess

from report.foundation.paths import PDF_DIR, ROOT, SITE_DIR  # noqa: E402
from report.pdf.registry import READING  # noqa: E402
from report.site.tools import served, toc_pages  # noqa: E402

SITE, PDF, OUT = (
    SITE_DIR,
    PDF_DIR / f"{READING}.pdf",
    ROOT / "test-artifacts" / "screenshots",
)
WIDTHS = {"phone": 390, "laptop": 1280}
PDF_PAGES = [1, 2, 5, 10, 20, 30, 40, 60]


def main() -> None:
    from playwright.sync_api import sync_playwright

    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    with served(SITE) as base, sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=shutil.which("chromium") or "/usr/bin/chromium",
            args=["--no-sandbox", "--disable-gpu"],
        )
        for device, width in WIDTHS.items():
            context = browser.new_context(viewport={"width": width, "height": 900})
            page = context.new_page()
            for path in toc_pages():
                page.goto(f"{base}/{path}", wait_until="networkidle")
                charts = page.locator(".report-lazy-chart").all()
                for chart in charts:
                    chart.scroll_into_view_if_needed()
                if charts:
                    page.wait_for_function(
                        f"document.querySelectorAll('.report-lazy-chart[data-drawn=\"yes\"]').length >= {len(charts)}",
                        timeout=30000,
                    )
                page.evaluate("window.scrollTo(0, 0)")
                name = path.replace("/", "-").removesuffix(".html")
                page.screenshot(path=str(OUT / f"{device}-{name}.png"), full_page=True)
            context.close()
        browser.close()
    if PDF.is_file():
        for number in PDF_PAGES:
            subprocess.run(
                [
                    "pdftoppm",
                    "-png",
                    "-r",
                    "60",
                    "-f",
                    str(number),
                    "-l",
                    str(number),
                    "-singlefile",
                    str(PDF),
                    str(OUT / f"pdf-page-{number:03d}"),
                ],
                check=True,
            )
    print(f"screenshots: {len(list(OUT.glob('*.png')))} files in {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
