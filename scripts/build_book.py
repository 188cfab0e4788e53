"""Build the site and the PDF; publish them only if the whole build succeeds.

    python scripts/build_book.py                   # HTML + PDF, notebooks executed (cached)
    python scripts/build_book.py --stored-outputs  # build from the outputs stored in the notebooks
    python scripts/build_book.py --html-only       # skip the PDF
    python scripts/build_book.py --clean           # forget every cache first

Strict: Sphinx warnings are errors and a notebook that raises fails the build.

The work happens in `_build/work` (Sphinx environment, executed notebooks). Notebooks are
executed once per change of code, data or environment: the execution cache is keyed by
myst-nb on a notebook's code, so this script empties it whenever the data, the shared
package or the pinned requirements change. Only after every step succeeded is the result
copied into `_build/html` and `_build/pdf/book.pdf` (by renaming), so a failed build never
leaves a half-built site where the last good one was.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "_build"
WORK = BUILD / "work"
sys.path.insert(0, str(ROOT))

from report.data import DataError, validate  # noqa: E402
from report.facts import coverage_sentence  # noqa: E402
from report.offline import external_addresses  # noqa: E402
from report.paths import inputs_fingerprint, toc_notebooks  # noqa: E402


def fail(message: str) -> None:
    print(f"build failed: {message}", file=sys.stderr)
    sys.exit(1)


def stale_notebooks() -> list[str]:
    """Notebooks whose stored outputs were executed with other data, code or pins."""
    current = inputs_fingerprint()
    return [str(nb.relative_to(ROOT)) for nb in toc_notebooks()
            if json.loads(nb.read_text(encoding="utf-8")).get("metadata", {}).get("report", {})
            .get("inputs_fingerprint") != current]


def write_config(execute: str, for_print: bool = False) -> Path:
    """The book's _config.yml with this build's execution mode.

    The PDF leaves out code cells: print readers get prose, tables and charts; the code is
    one click away on the website.
    """
    config = yaml.safe_load((ROOT / "_config.yml").read_text(encoding="utf-8"))
    config["execute"]["execute_notebooks"] = execute
    config["execute"]["cache"] = str(WORK / "jupyter_cache")
    # The PDF's title page carries the period covered and the date sources were checked.
    config["sphinx"]["config"]["today"] = coverage_sentence()
    if for_print:
        config["sphinx"]["config"]["nb_remove_code_source"] = True
    path = WORK / ("_config_print.yml" if for_print else "_config.yml")
    path.write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    return path


def jupyter_book(builder: str, config: Path, rebuild_all: bool) -> None:
    command = [str(Path(sys.executable).parent / "jupyter-book"), "build", str(ROOT), "--builder", builder,
               "--config", str(config), "--path-output", str(WORK), "-W", "-n", "--keep-going"]
    if rebuild_all:
        command.append("--all")
    started = time.monotonic()
    result = subprocess.run(command, cwd=ROOT)
    if result.returncode != 0:
        fail(f"jupyter-book --builder {builder} exited with {result.returncode} (see the messages above); "
             "the last good build was left in place")
    print(f"build: {builder} done in {time.monotonic() - started:.0f} s")


def build_appendix_pdf() -> Path:
    """The appendix PDF (data dictionary and sources), from LaTeX written by report.appendix_pdf."""
    from report.appendix_pdf import appendix_tex, copy_sphinx_packages

    folder = WORK / "appendix"
    folder.mkdir(parents=True, exist_ok=True)
    copy_sphinx_packages(folder)
    tex = folder / "appendix.tex"
    tex.write_text(appendix_tex(), encoding="utf-8")
    started = time.monotonic()
    result = subprocess.run(["latexmk", "-pdf", "-interaction=nonstopmode", "-halt-on-error", "-quiet", tex.name],
                            cwd=folder, capture_output=True, text=True)
    pdf = folder / "appendix.pdf"
    if result.returncode != 0 or not pdf.is_file():
        print(result.stdout[-3000:], file=sys.stderr)
        fail(f"the appendix PDF failed to build (see {folder / 'appendix.log'}); the last good build was left in place")
    print(f"build: appendix PDF done in {time.monotonic() - started:.0f} s")
    return pdf


def check_no_external_assets(site: Path) -> None:
    offenders = external_addresses(site)
    if offenders:
        shown = "\n".join(f"  {page}: {where} {address}" for page, where, address in offenders[:10])
        fail(f"the site would fetch from another host (offline readers lose it), nothing was published:\n{shown}")


def publish(staged: Path, target: Path) -> None:
    """Swap the staged output into place by renaming; the old one is removed only after."""
    old = target.with_name(target.name + ".old")
    for leftover in (old,):
        if leftover.is_dir():
            shutil.rmtree(leftover)
        elif leftover.exists():
            leftover.unlink()
    if target.exists():
        target.rename(old)
    staged.rename(target)
    if old.is_dir():
        shutil.rmtree(old)
    elif old.exists():
        old.unlink()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--stored-outputs", action="store_true", help="do not execute notebooks")
    parser.add_argument("--html-only", action="store_true", help="skip the PDF")
    parser.add_argument("--clean", action="store_true", help="start from nothing (no caches)")
    args = parser.parse_args()

    try:
        validate()
    except DataError as exc:
        fail(f"the data failed validation, nothing was built.\n{exc}")
    if args.stored_outputs:
        stale = stale_notebooks()
        if stale:
            fail("--stored-outputs: these notebooks' stored outputs predate the current data, shared package "
                 f"or pins, so the pages would contradict the data: {', '.join(stale)}.\n"
                 "Run `.venv/bin/python scripts/execute_notebooks.py` and commit the notebooks, "
                 "or build without --stored-outputs.")

    fingerprint = inputs_fingerprint() + ("-stored" if args.stored_outputs else "-executed")
    stamp = WORK / "inputs.sha256"
    rebuild_all = args.clean or not stamp.is_file() or stamp.read_text() != fingerprint
    if rebuild_all and WORK.exists():
        shutil.rmtree(WORK)
    WORK.mkdir(parents=True, exist_ok=True)
    mode = "off" if args.stored_outputs else "cache"

    jupyter_book("html", write_config(mode), rebuild_all)
    staged_site = BUILD / "html.new"
    if staged_site.exists():
        shutil.rmtree(staged_site)
    shutil.copytree(WORK / "_build" / "html", staged_site)
    check_no_external_assets(staged_site)

    staged_pdf, staged_appendix = BUILD / "book.pdf.new", BUILD / "appendix.pdf.new"
    if not args.html_only:
        jupyter_book("pdflatex", write_config(mode, for_print=True), rebuild_all)
        pdf = WORK / "_build" / "latex" / "book.pdf"
        if not pdf.is_file():
            fail("the LaTeX build produced no book.pdf")
        shutil.copy2(pdf, staged_pdf)
        shutil.copy2(pdf, staged_site / "book.pdf")
        appendix = build_appendix_pdf()
        shutil.copy2(appendix, staged_appendix)
        shutil.copy2(appendix, staged_site / "appendix.pdf")
    elif (BUILD / "pdf" / "book.pdf").is_file():
        # A PDF from an earlier build may say something else than these pages: it is left
        # out of the site (the download link answers 404) rather than published as current.
        print("build: --html-only: the site has no PDF; build without --html-only to include one", file=sys.stderr)

    stamp.write_text(fingerprint)
    if staged_pdf.exists():
        (BUILD / "pdf").mkdir(exist_ok=True)
        publish(staged_pdf, BUILD / "pdf" / "book.pdf")
        publish(staged_appendix, BUILD / "pdf" / "appendix.pdf")
    publish(staged_site, BUILD / "html")
    print(f"build: site in {BUILD / 'html'}" + ("" if args.html_only else f", PDF in {BUILD / 'pdf' / 'book.pdf'}"))


if __name__ == "__main__":
    main()
