"""Build the site and the PDF; publish them only if the whole build succeeds.

    python scripts/build_book.py                   # HTML + PDF, notebooks executed (cached)
    python scripts/build_book.py --stored-outputs  # build from the outputs stored in the notebooks
    python scripts/build_book.py --html-only       # skip the PDF
    python scripts/build_book.py --clean           # forget every cache first

Strict: Sphinx warnings are errors and a notebook that raises fails the build.

The work happens in `_build/work`: one Sphinx environment for the site (`site/`), one for the
print book (`print/`; the two use different settings, so sharing one would re-read every page
each time), and the execution cache they share. Notebooks are executed once per change of code,
data or environment: the execution cache is keyed by myst-nb on a notebook's code, so this
script empties it whenever the data, the shared package or the pinned requirements change.

Steps whose inputs did not change are skipped: with nothing changed the build stops after
hashing its inputs; an edit to the site's stylesheet or templates does not rebuild the PDF;
the appendix PDF is rebuilt only when the data or the shared package change. No step needs
the network.

Only after every step succeeded is the result copied into `_build/html` and
`_build/pdf/book.pdf` (by renaming), so a failed build never leaves a half-built site where
the last good one was.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
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

STAMPS = WORK / "stamps.json"

# What each output is made from (paths relative to the repository; folders are walked).
# The site depends on everything; the print book on everything but the site's own look;
# the appendix PDF only on the data and the shared package.
SITE_ONLY = ["_static", "_templates", "report/static"]
BOOK_INPUTS = ["index.md", "_config.yml", "_toc.yml", "references.bib", "chapters", "classroom", "figures",
               "report", "requirements.txt", "pyproject.toml", "package.json", "package-lock.json",
               "scripts/build_book.py", *SITE_ONLY]
APPENDIX_INPUTS = ["report", "requirements.txt", "scripts/build_book.py"]
# Environment variables that change what is built (tests point the data elsewhere).
BUILD_ENVIRONMENT = ["REPORT_DATA_DIR", "REPORT_FIGURES_DIR", "REPORT_BASE_URL"]


def _files(entries: list[str]) -> list[Path]:
    files = []
    for entry in entries:
        path = ROOT / entry
        if path.is_dir():
            files += [p for p in path.rglob("*") if p.is_file() and "__pycache__" not in p.parts
                      and ".ipynb_checkpoints" not in p.parts]
        elif path.is_file():
            files.append(path)
    return sorted(files)


def fingerprint(entries: list[str], *, with_data: bool, extra: str = "") -> str:
    """A hash of these inputs' contents (and the data folder's, and the build's environment)."""
    digest = hashlib.sha256(extra.encode())
    files = _files(entries)
    if with_data:
        data = Path(os.environ.get("REPORT_DATA_DIR", ROOT / "data")).resolve()
        files += sorted(p for p in data.rglob("*") if p.is_file())
    for path in files:
        digest.update(str(path).encode() + b"\0" + path.read_bytes() + b"\0")
    for name in BUILD_ENVIRONMENT:
        digest.update(f"{name}={os.environ.get(name, '')}\0".encode())
    return digest.hexdigest()


def step_fingerprints(mode: str) -> dict[str, str]:
    site = fingerprint(BOOK_INPUTS, with_data=True, extra=mode)
    return {
        "site": site,
        "print": fingerprint([e for e in BOOK_INPUTS if e not in SITE_ONLY], with_data=True, extra=mode),
        "appendix": fingerprint(APPENDIX_INPUTS, with_data=True),
    }


def read_stamps() -> dict[str, str]:
    try:
        return json.loads(STAMPS.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


PACK_NAMES = ["student-pack-en", "teacher-key-en", "student-pack-sv", "teacher-key-sv", "slides-en", "slides-sv"]  # report.packs.documents()


def published(html_only: bool) -> bool:
    site = (BUILD / "html" / "index.html").is_file()
    pdfs = all((BUILD / "pdf" / name).is_file() and (BUILD / "html" / name).is_file()
               for name in ("book.pdf", "appendix.pdf")) and \
        all((BUILD / "html" / "packs" / f"{name}.pdf").is_file() for name in PACK_NAMES)
    return site and (html_only or pdfs)


def fail(message: str) -> None:
    print(f"build failed: {message}", file=sys.stderr)
    sys.exit(1)


def stale_notebooks() -> list[str]:
    """Notebooks whose stored outputs were executed with other data, code or pins."""
    from report.paths import inputs_fingerprint, toc_notebooks

    current = inputs_fingerprint()
    return [str(nb.relative_to(ROOT)) for nb in toc_notebooks()
            if json.loads(nb.read_text(encoding="utf-8")).get("metadata", {}).get("report", {})
            .get("inputs_fingerprint") != current]


def write_config(execute: str, coverage: str, for_print: bool = False) -> Path:
    """The book's _config.yml with this build's execution mode.

    The PDF leaves out code cells: print readers get prose, tables and charts; the code is
    one click away on the website.
    """
    config = yaml.safe_load((ROOT / "_config.yml").read_text(encoding="utf-8"))
    config["execute"]["execute_notebooks"] = execute
    config["execute"]["cache"] = str(WORK / "jupyter_cache")
    # The PDF's title page carries the period covered and the date sources were checked.
    config["sphinx"]["config"]["today"] = coverage
    if for_print:
        config["sphinx"]["config"]["nb_remove_code_source"] = True
    path = WORK / ("_config_print.yml" if for_print else "_config.yml")
    WORK.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    return path


def print_toc() -> Path:
    """_toc.yml without the pages the reading PDF leaves out (report.paths.NOT_IN_PRINT)."""
    from report.paths import NOT_IN_PRINT

    toc = yaml.safe_load((ROOT / "_toc.yml").read_text(encoding="utf-8"))
    for part in toc.get("parts", []):
        part["chapters"] = [entry for entry in part["chapters"] if entry.get("file") not in NOT_IN_PRINT]
    path = WORK / "_toc_print.yml"
    path.write_text(yaml.safe_dump(toc, sort_keys=False), encoding="utf-8")
    return path


def jupyter_book(builder: str, config: Path, output: Path, rebuild_all: bool, toc: Path | None = None) -> None:
    command = [str(Path(sys.executable).parent / "jupyter-book"), "build", str(ROOT), "--builder", builder,
               "--config", str(config), "--path-output", str(output), "-W", "-n", "--keep-going"]
    if toc:
        command += ["--toc", str(toc)]
    if rebuild_all:
        command.append("--all")
    started = time.monotonic()
    result = subprocess.run(command, cwd=ROOT)
    if result.returncode != 0:
        fail(f"jupyter-book --builder {builder} exited with {result.returncode} (see the messages above); "
             "the last good build was left in place")
    print(f"build: {builder} done in {time.monotonic() - started:.0f} s")


def execute_side_by_side(cache_path: Path) -> None:
    """Execute the notebooks the execution cache does not hold yet, one per core at a time
    (jupyter-cache's parallel executor, the cache myst-nb reads); the HTML and PDF steps then
    take every notebook from the cache. A notebook that fails here is left out of the cache,
    so myst-nb executes it again and reports the error in full."""
    from jupyter_cache import get_cache
    from jupyter_cache.executors import load_executor

    from report.paths import toc_notebooks

    cache = get_cache(str(cache_path))
    for notebook in toc_notebooks():
        cache.add_nb_to_project(str(notebook))
    started = time.monotonic()
    result = load_executor("local-parallel", cache=cache).run_and_cache(timeout=600)
    if result.succeeded or result.errored:
        print(f"build: {len(result.succeeded)} notebooks executed side by side in {time.monotonic() - started:.0f} s"
              + (f" ({len(result.errored)} failed, executed again below)" if result.errored else ""))


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


def build_packs() -> list[Path]:
    """The classroom packs (student pack and teacher key, English and Swedish) and the slides,
    from LaTeX written by report.packs and report.slides, compiled side by side."""
    from report.appendix_pdf import copy_sphinx_packages
    from report.packs import documents

    folder = WORK / "packs"
    folder.mkdir(parents=True, exist_ok=True)
    copy_sphinx_packages(folder)
    started = time.monotonic()
    running = []
    for name, write_tex in documents().items():
        (folder / f"{name}.tex").write_text(write_tex(), encoding="utf-8")
        running.append((name, subprocess.Popen(
            ["latexmk", "-pdf", "-interaction=nonstopmode", "-halt-on-error", "-quiet", f"{name}.tex"],
            cwd=folder, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)))
    pdfs = []
    for name, process in running:
        output, _ = process.communicate()
        pdf = folder / f"{name}.pdf"
        if process.returncode != 0 or not pdf.is_file():
            print(output[-3000:], file=sys.stderr)
            fail(f"the classroom pack {name}.pdf failed to build (see {folder / (name + '.log')}); "
                 "the last good build was left in place")
        pdfs.append(pdf)
    print(f"build: classroom packs done in {time.monotonic() - started:.0f} s")
    return pdfs


def check_no_external_assets(site: Path, changed_since: float | None = None) -> None:
    from report.offline import external_addresses

    offenders = external_addresses(site, changed_since)
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

    mode = "stored" if args.stored_outputs else "executed"
    fingerprints = step_fingerprints(mode)
    stamps = {} if args.clean else read_stamps()
    if stamps.get("site") == fingerprints["site"] and published(args.html_only) and \
            (args.html_only or stamps.get("print") == fingerprints["print"]):
        print("build: nothing changed since the last build; the site and the PDFs are up to date")
        return

    # Executed outputs depend on the data, the shared package and the pins (this fingerprint).
    from report.paths import inputs_fingerprint

    environment = inputs_fingerprint() + "-" + mode
    if stamps.get("environment") == environment and stamps.get("coverage"):
        # The data are those a finished build validated: a prose edit skips loading them.
        coverage = stamps["coverage"]
    else:
        # Imported only here: they load pandas and the data.
        from report.data import DataError, load_all
        from report.facts import coverage_sentence

        try:
            load_all()  # validates every table
        except DataError as exc:
            fail(f"the data failed validation, nothing was built.\n{exc}")
        coverage = coverage_sentence()
    if args.stored_outputs:
        stale = stale_notebooks()
        if stale:
            fail("--stored-outputs: these notebooks' stored outputs predate the current data, shared package "
                 f"or pins, so the pages would contradict the data: {', '.join(stale)}.\n"
                 "Run `.venv/bin/python scripts/execute_notebooks.py` and commit the notebooks, "
                 "or build without --stored-outputs.")

    # When the data, the shared package or the pins change, every cache goes (myst-nb's
    # cache is keyed on a notebook's code only).
    rebuild_all = args.clean or stamps.get("environment") != environment
    if rebuild_all and WORK.exists():
        shutil.rmtree(WORK)
    WORK.mkdir(parents=True, exist_ok=True)
    if rebuild_all:
        stamps = {}
    # Until this build succeeds, the stamps describe no finished build.
    STAMPS.unlink(missing_ok=True)
    execution = "off" if args.stored_outputs else "cache"

    if execution == "cache" and rebuild_all:
        # A fresh cache: every notebook needs executing, so run them side by side first. Later
        # builds execute only the notebooks whose code changed, through myst-nb.
        execute_side_by_side(WORK / "jupyter_cache")
    html_started = time.time()
    jupyter_book("html", write_config(execution, coverage), WORK / "site", rebuild_all)
    staged_site = BUILD / "html.new"
    if staged_site.exists():
        shutil.rmtree(staged_site)
    shutil.copytree(WORK / "site" / "_build" / "html", staged_site)  # keeps the files' times
    # A clean build checks every page; a rebuild the pages and stylesheets it wrote.
    check_no_external_assets(staged_site, None if rebuild_all else html_started - 1)

    staged_pdf, staged_appendix = BUILD / "book.pdf.new", BUILD / "appendix.pdf.new"
    if not args.html_only:
        pdf = WORK / "print" / "_build" / "latex" / "book.pdf"
        if stamps.get("print") == fingerprints["print"] and pdf.is_file():
            print("build: pdflatex skipped, no page changed since the last PDF")
        else:
            jupyter_book("pdflatex", write_config(execution, coverage, for_print=True), WORK / "print", rebuild_all, print_toc())
            if not pdf.is_file():
                fail("the LaTeX build produced no book.pdf")
        appendix = WORK / "appendix" / "appendix.pdf"
        if stamps.get("appendix") == fingerprints["appendix"] and appendix.is_file():
            print("build: appendix PDF skipped, the data and the shared package did not change")
        else:
            appendix = build_appendix_pdf()
        packs = sorted((WORK / "packs").glob("*.pdf"))
        if stamps.get("packs") == fingerprints["print"] and len(packs) == len(PACK_NAMES):
            print("build: classroom packs skipped, no page or data changed since the last packs")
        else:
            packs = build_packs()
        (staged_site / "packs").mkdir(exist_ok=True)
        for pack in packs:
            shutil.copy2(pack, staged_site / "packs" / pack.name)
        shutil.copy2(pdf, staged_pdf)
        shutil.copy2(pdf, staged_site / "book.pdf")
        shutil.copy2(appendix, staged_appendix)
        shutil.copy2(appendix, staged_site / "appendix.pdf")
    elif (BUILD / "pdf" / "book.pdf").is_file():
        # A PDF from an earlier build may say something else than these pages: it is left
        # out of the site (the download link answers 404) rather than published as current.
        print("build: --html-only: the site has no PDF; build without --html-only to include one", file=sys.stderr)

    if staged_pdf.exists():
        (BUILD / "pdf").mkdir(exist_ok=True)
        publish(staged_pdf, BUILD / "pdf" / "book.pdf")
        publish(staged_appendix, BUILD / "pdf" / "appendix.pdf")
    publish(staged_site, BUILD / "html")
    finished = {"environment": environment, "coverage": coverage, "site": fingerprints["site"]}
    if not args.html_only:
        finished |= {"print": fingerprints["print"], "appendix": fingerprints["appendix"], "packs": fingerprints["print"]}
    else:
        finished |= {k: stamps[k] for k in ("print", "appendix", "packs") if k in stamps}
    STAMPS.write_text(json.dumps(finished, indent=1), encoding="utf-8")
    print(f"build: site in {BUILD / 'html'}" + ("" if args.html_only else f", PDF in {BUILD / 'pdf' / 'book.pdf'}"))


if __name__ == "__main__":
    main()
