"""Build the site and the PDF into a staging folder; publish only if both succeed.

    python scripts/build_book.py                 # execute every notebook afresh (once), HTML + PDF
    python scripts/build_book.py --stored-outputs  # build from the outputs stored in the notebooks
    python scripts/build_book.py --html-only     # skip the PDF

Strict: Sphinx warnings are errors and a notebook that raises fails the build. The last
good `_build/html` and `_build/pdf/book.pdf` stay in place until a new build has fully
succeeded, so a failed build never leaves a half-built site where the last good one was.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "_build"
STAGING = BUILD / "staging"
sys.path.insert(0, str(ROOT))

from report.data import DataError, validate  # noqa: E402

# No page may load anything from another host: offline readers would lose it.
EXTERNAL_ASSET = re.compile(r"""<(?:script|link|img|iframe)\b[^>]*\b(?:src|href)=["'](?:https?:)?//""", re.I)


def fail(message: str) -> None:
    print(f"build failed: {message}", file=sys.stderr)
    sys.exit(1)


def write_config(execute: str, for_print: bool = False) -> Path:
    """The book's _config.yml with the execution mode of this build.

    The PDF leaves out code cells: print readers get prose, tables and charts; the code is
    one click away on the website.
    """
    config = yaml.safe_load((ROOT / "_config.yml").read_text(encoding="utf-8"))
    config["execute"]["execute_notebooks"] = execute
    config["execute"]["cache"] = str(STAGING / "jupyter_cache")
    if for_print:
        config["sphinx"]["config"]["nb_remove_code_source"] = True
    path = STAGING / ("_config_print.yml" if for_print else "_config.yml")
    path.write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    return path


def jupyter_book(builder: str, config: Path) -> None:
    command = [str(Path(sys.executable).parent / "jupyter-book"), "build", str(ROOT), "--builder", builder,
               "--config", str(config), "--path-output", str(STAGING), "-W", "-n", "--keep-going", "--all"]
    started = time.monotonic()
    result = subprocess.run(command, cwd=ROOT)
    if result.returncode != 0:
        fail(f"jupyter-book --builder {builder} exited with {result.returncode} (see the messages above); "
             "the last good build was left in place")
    print(f"build: {builder} done in {time.monotonic() - started:.0f} s")


def check_no_external_assets(site: Path) -> None:
    offenders = [str(p.relative_to(site)) for p in site.rglob("*.html")
                 if EXTERNAL_ASSET.search(p.read_text(encoding="utf-8", errors="replace"))]
    if offenders:
        fail(f"pages load assets from another host (offline readers lose them): {offenders[:10]}")


def publish(staged: Path, target: Path) -> None:
    """Swap the staged output into place with renames (the old one is removed only after)."""
    old = target.with_name(target.name + ".old")
    if old.exists():
        shutil.rmtree(old) if old.is_dir() else old.unlink()
    if target.exists():
        target.rename(old)
    staged.rename(target)
    if old.exists():
        shutil.rmtree(old) if old.is_dir() else old.unlink()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--stored-outputs", action="store_true", help="do not execute notebooks")
    parser.add_argument("--html-only", action="store_true", help="skip the PDF")
    args = parser.parse_args()

    try:
        validate()
    except DataError as exc:
        fail(f"the data failed validation, nothing was built.\n{exc}")

    if STAGING.exists():
        shutil.rmtree(STAGING)
    STAGING.mkdir(parents=True)
    # "cache" with a fresh cache folder executes each notebook once per build and lets the
    # PDF build reuse the results; "off" uses the outputs stored in the notebooks.
    mode = "off" if args.stored_outputs else "cache"
    config = write_config(mode)

    jupyter_book("html", config)
    site = STAGING / "_build" / "html"
    check_no_external_assets(site)
    if not args.html_only:
        jupyter_book("pdflatex", write_config(mode, for_print=True))
        pdf = STAGING / "_build" / "latex" / "book.pdf"
        if not pdf.is_file():
            fail("the LaTeX build produced no book.pdf")
        shutil.copy2(pdf, site / "book.pdf")
        (BUILD / "pdf").mkdir(parents=True, exist_ok=True)
        staged_pdf = STAGING / "book.pdf"
        shutil.copy2(pdf, staged_pdf)
        publish(staged_pdf, BUILD / "pdf" / "book.pdf")
    elif (BUILD / "pdf" / "book.pdf").is_file():
        shutil.copy2(BUILD / "pdf" / "book.pdf", site / "book.pdf")  # keep the download link working
    publish(site, BUILD / "html")
    shutil.rmtree(STAGING, ignore_errors=True)
    print(f"build: site in {BUILD / 'html'}" + ("" if args.html_only else f", PDF in {BUILD / 'pdf' / 'book.pdf'}"))


if __name__ == "__main__":
    main()
