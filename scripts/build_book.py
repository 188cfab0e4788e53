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

Publishing is one atomic step. Each build stages its site and PDFs in a new folder
`_build/releases/NAME/` (`html/` and `pdf/`); `_build/html` and `_build/pdf` are fixed links
into `_build/current`, a link that names the published release, and that link is replaced in
one rename once every step succeeded. So at any moment, a crash included, `_build/html` is the
last good site and `_build/pdf` the PDFs built with it; releases left over by an interrupted
build are removed when the next one starts.

Interrupted (Ctrl-C, SIGTERM) the build stops every step it started (each runs in its own
process group, and dies with the build if the build is killed) and exits within seconds with
one line. Any other failure, a full disk included, ends with one `build failed:` line.
Symbolic links where the build reads or publishes files are refused before anything is read.
"""

from __future__ import annotations

import argparse
import errno
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "_build"
WORK = BUILD / "work"
sys.path.insert(0, str(ROOT))

from report.pdf.registry import APPENDIX, CLASSROOM, READING  # noqa: E402  (imports nothing heavy)

STAMPS = WORK / "stamps.json"

# What each output is made from (paths relative to the repository; folders are walked).
# The site depends on everything; the print book on everything but the site's own look;
# the appendix PDF only on the data and the shared package.
SITE_ONLY = ["_static", "_templates", "report/site/static"]
BOOK_INPUTS = [
    "index.md",
    "_config.yml",
    "_toc.yml",
    "references.bib",
    "chapters",
    "classroom",
    "figures",
    "report",
    "requirements.txt",
    "pyproject.toml",
    "package.json",
    "package-lock.json",
    "scripts/build_book.py",
    *SITE_ONLY,
]
APPENDIX_INPUTS = ["report", "requirements.txt", "scripts/build_book.py"]
# Environment variables that change what is built (tests point the data elsewhere).
BUILD_ENVIRONMENT = ["REPORT_DATA_DIR", "REPORT_FIGURES_DIR", "REPORT_BASE_URL"]


def _files(entries: list[str]) -> list[Path]:
    files = []
    for entry in entries:
        path = ROOT / entry
        if path.is_dir():
            files += [
                p
                for p in path.rglob("*")
                if p.is_file()
                and not p.is_symlink()
                and "__pycache__" not in p.parts
                and ".ipynb_checkpoints" not in p.parts
            ]
        elif path.is_file() and not path.is_symlink():
            files.append(path)
    return sorted(files)


def symlinks_in_inputs() -> list[Path]:
    """Symbolic links among the files the build reads or publishes: the book's inputs, the
    data folder and the figures folder. Any of them could pull a file from outside the
    repository into the site (copied, dereferenced) or the build log."""
    from report.foundation.paths import data_dir, symlinks_under

    folders = [ROOT / entry for entry in BOOK_INPUTS] + [
        ROOT / "data",
        data_dir(),
        Path(os.environ.get("REPORT_FIGURES_DIR", ROOT / "figures")),
    ]
    found = []
    for folder in folders:
        found += [link for link in symlinks_under(folder) if link not in found]
    return found


def fingerprint(entries: list[str], *, with_data: bool, extra: str = "") -> str:
    """A hash of these inputs' contents (and the data folder's, and the build's environment)."""
    from report.foundation.hashing import digest_of

    files = _files(entries)
    if with_data:
        data = Path(os.environ.get("REPORT_DATA_DIR", ROOT / "data")).resolve()
        files += sorted(p for p in data.rglob("*") if p.is_file() and not p.is_symlink())
    environment = [f"{name}={os.environ.get(name, '')}" for name in BUILD_ENVIRONMENT]
    # Labelled by their full path: a file moved to another folder is another input.
    return digest_of(files, extra=[extra, *environment], label=str)


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


def published(html_only: bool) -> bool:
    site = (BUILD / "html" / "index.html").is_file()
    pdfs = all(
        (BUILD / "pdf" / name).is_file() and (BUILD / "html" / name).is_file()
        for name in (f"{READING}.pdf", f"{APPENDIX}.pdf")
    ) and all((BUILD / "html" / "packs" / f"{name}.pdf").is_file() for name in CLASSROOM)
    return site and (html_only or pdfs)


class BuildFailed(Exception):
    """A step failed; the message is the build's one closing line."""


def fail(message: str) -> None:
    raise BuildFailed(message)


# --- child processes and interruptions -----------------------------------------------------

_children: list[subprocess.Popen] = []


def _die_with_the_build(sig: int = signal.SIGKILL) -> None:
    """In a child, before it runs: the kernel sends it `sig` if the build dies (even by SIGKILL)."""
    import ctypes

    PR_SET_PDEATHSIG = 1
    ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, sig)


def _execution_step(cache: Path) -> None:
    """The side-by-side execution, as a step of its own (the build's child). Its notebook
    workers are forked into its process group; if the build dies, or stops the step, the
    whole group goes, workers included (their kernels see their parent gone and exit)."""

    def stop_group(signum, frame) -> None:
        os.killpg(0, signal.SIGKILL)

    signal.signal(signal.SIGTERM, stop_group)
    if sys.platform == "linux":
        _die_with_the_build(signal.SIGTERM)
        if os.getppid() == 1:  # the build died before this step could ask to be told
            stop_group(signal.SIGTERM, None)
    execute_side_by_side(cache)


def start(command: list[str], relay: str | None = None, **kwargs) -> subprocess.Popen:
    """A step's process, in a process group of its own: a Ctrl-C at the terminal reaches the
    build alone, which then stops the step's whole group (its notebook workers too) instead
    of each process waiting on the others.

    With `relay`, the step's output (and its kernels') is passed on by the build, every line
    ("all") or only the build's own ("build"), so that nothing a stopped step's leftovers
    print reaches the terminal after the build's last line."""
    if relay:
        kwargs |= dict(stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, errors="replace")
    process = subprocess.Popen(
        command,
        start_new_session=True,
        preexec_fn=_die_with_the_build if sys.platform == "linux" else None,
        **kwargs,
    )
    if relay:
        import threading

        def pass_on() -> None:
            for line in process.stdout:
                if relay == "all" or line.startswith("build: "):
                    sys.stdout.write(line)
                    sys.stdout.flush()

        process.relay = threading.Thread(target=pass_on, daemon=True)
        process.relay.start()
    _children.append(process)
    return process


def wait_for(process: subprocess.Popen) -> tuple[int, str]:
    relay = getattr(process, "relay", None)
    if relay:
        process.wait()
        relay.join()
        output = ""
    else:
        output, _ = process.communicate()
    _children.remove(process)
    return process.returncode, output or ""


def _alive(process: subprocess.Popen) -> bool:
    """Whether a step still runs. Not `process.poll()`: in a signal handler that interrupted
    `process.wait()`, poll cannot take the lock wait holds and answers "running" for good."""
    if process.returncode is not None:
        return False
    try:
        pid, _ = os.waitpid(process.pid, os.WNOHANG)
    except ChildProcessError:
        return False
    return pid == 0


def stop_children(grace: float = 3.0) -> None:
    """SIGTERM to every running step's process group, SIGKILL to what is left after `grace`."""
    running = [p for p in _children if _alive(p)]
    for sig in (signal.SIGTERM, signal.SIGKILL):
        for process in running:
            try:
                os.killpg(process.pid, sig)
            except (ProcessLookupError, PermissionError):
                pass
        deadline = time.monotonic() + grace
        while running and time.monotonic() < deadline:
            running = [p for p in running if _alive(p)]
            time.sleep(0.05)
        if not running:
            return


def _interrupted(signum, frame) -> None:
    """Stop at once: the steps are stopped, nothing is published (publishing is one rename,
    done or not), and the build says so in one line."""
    signal.signal(signum, signal.SIG_IGN)  # a second Ctrl-C does not interrupt the clean-up
    stop_children()
    sys.stdout.flush()
    print(
        f"build interrupted by {signal.Signals(signum).name}: every step was stopped; the last good site and "
        "PDFs were left in place",
        file=sys.stderr,
        flush=True,
    )
    os._exit(128 + signum)


# --- stored outputs --------------------------------------------------------------------------


def stale_notebooks() -> list[str]:
    """Notebooks whose stored outputs were executed with other data, shared code or pins, or
    with other code in the notebook itself (or never executed by execute_notebooks.py)."""
    from report.foundation.paths import code_fingerprint, inputs_fingerprint, toc_notebooks

    current = inputs_fingerprint()
    stale = []
    for notebook in toc_notebooks():
        content = json.loads(notebook.read_text(encoding="utf-8"))
        recorded = content.get("metadata", {}).get("report", {})
        if recorded.get("inputs_fingerprint") != current or recorded.get(
            "code_fingerprint"
        ) != code_fingerprint(content):
            stale.append(str(notebook.relative_to(ROOT)))
    return stale


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
    """_toc.yml without the pages the reading PDF leaves out (report.foundation.paths.NOT_IN_PRINT)."""
    from report.foundation.paths import NOT_IN_PRINT

    toc = yaml.safe_load((ROOT / "_toc.yml").read_text(encoding="utf-8"))
    for part in toc.get("parts", []):
        part["chapters"] = [entry for entry in part["chapters"] if entry.get("file") not in NOT_IN_PRINT]
    path = WORK / "_toc_print.yml"
    path.write_text(yaml.safe_dump(toc, sort_keys=False), encoding="utf-8")
    return path


def jupyter_book(
    builder: str, config: Path, output: Path, rebuild_all: bool, toc: Path | None = None
) -> None:
    command = [
        str(Path(sys.executable).parent / "jupyter-book"),
        "build",
        str(ROOT),
        "--builder",
        builder,
        "--config",
        str(config),
        "--path-output",
        str(output),
        "-W",
        "-n",
        "--keep-going",
    ]
    if toc:
        command += ["--toc", str(toc)]
    if rebuild_all:
        command.append("--all")
    started = time.monotonic()
    returncode, _ = wait_for(start(command, relay="all", cwd=ROOT))
    if returncode != 0:
        fail(
            f"jupyter-book --builder {builder} exited with {returncode} (see the messages above); "
            "the last good build was left in place"
        )
    print(f"build: {builder} done in {time.monotonic() - started:.0f} s")


def execute_side_by_side(cache_path: Path) -> None:
    """Execute the notebooks the execution cache does not hold yet, one per core at a time
    (jupyter-cache's parallel executor, the cache myst-nb reads); the HTML and PDF steps then
    take every notebook from the cache. A notebook that fails here is left out of the cache,
    so myst-nb executes it again and reports the error in full."""
    from jupyter_cache import get_cache
    from jupyter_cache.executors import load_executor

    from report.foundation.paths import toc_notebooks

    cache = get_cache(str(cache_path))
    for notebook in toc_notebooks():
        cache.add_nb_to_project(str(notebook))
    print(f"build: executing the notebooks side by side ({len(toc_notebooks())} notebooks)", flush=True)
    started = time.monotonic()
    result = load_executor("local-parallel", cache=cache).run_and_cache(timeout=600)
    if result.succeeded or result.errored:
        print(
            f"build: {len(result.succeeded)} notebooks executed side by side in {time.monotonic() - started:.0f} s"
            + (f" ({len(result.errored)} failed, executed again below)" if result.errored else "")
        )


def build_appendix_pdf() -> Path:
    """The appendix PDF (data dictionary and sources), from LaTeX written by report.pdf.appendix."""
    from report.pdf.appendix import appendix_tex, copy_sphinx_packages

    folder = WORK / "appendix"
    folder.mkdir(parents=True, exist_ok=True)
    copy_sphinx_packages(folder)
    tex = folder / "appendix.tex"
    tex.write_text(appendix_tex(), encoding="utf-8")
    started = time.monotonic()
    returncode, output = wait_for(
        start(
            ["latexmk", "-pdf", "-interaction=nonstopmode", "-halt-on-error", "-quiet", tex.name],
            cwd=folder,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
    )
    pdf = folder / f"{APPENDIX}.pdf"
    if returncode != 0 or not pdf.is_file():
        print(output[-3000:], file=sys.stderr)
        fail(
            f"the appendix PDF failed to build (see {folder / 'appendix.log'}); the last good build was left in place"
        )
    print(f"build: appendix PDF done in {time.monotonic() - started:.0f} s")
    return pdf


def build_packs() -> list[Path]:
    """The classroom packs (student pack and teacher key, English and Swedish) and the slides,
    from LaTeX written by report.pdf.packs and report.pdf.slides, compiled side by side."""
    from report.pdf.appendix import copy_sphinx_packages
    from report.pdf.packs import documents

    folder = WORK / "packs"
    folder.mkdir(parents=True, exist_ok=True)
    copy_sphinx_packages(folder)
    started = time.monotonic()
    running = []
    for name, write_tex in documents().items():
        (folder / f"{name}.tex").write_text(write_tex(), encoding="utf-8")
        running.append(
            (
                name,
                start(
                    [
                        "latexmk",
                        "-pdf",
                        "-interaction=nonstopmode",
                        "-halt-on-error",
                        "-quiet",
                        f"{name}.tex",
                    ],
                    cwd=folder,
                    stdout=subprocess.PIPE,
                    stderr=subprocess.STDOUT,
                    text=True,
                ),
            )
        )
    pdfs = []
    for name, process in running:
        returncode, output = wait_for(process)
        pdf = folder / f"{name}.pdf"
        if returncode != 0 or not pdf.is_file():
            print(output[-3000:], file=sys.stderr)
            fail(
                f"the classroom pack {name}.pdf failed to build (see {folder / (name + '.log')}); "
                "the last good build was left in place"
            )
        pdfs.append(pdf)
    print(f"build: classroom packs done in {time.monotonic() - started:.0f} s")
    return pdfs


def check_no_external_assets(site: Path, changed_since: float | None = None) -> None:
    from report.site.offline import external_addresses

    offenders = external_addresses(site, changed_since)
    if offenders:
        shown = "\n".join(f"  {page}: {where} {address}" for page, where, address in offenders[:10])
        fail(
            f"the site would fetch from another host (offline readers lose it), nothing was published:\n{shown}"
        )


# --- publishing --------------------------------------------------------------------------


def new_release(build: Path | None = None) -> Path:
    """An empty folder to stage this build's site (`html/`) and PDFs (`pdf/`) in."""
    releases = (build or BUILD) / "releases"
    folder = releases / f"{time.strftime('%Y%m%dT%H%M%S')}-{os.urandom(4).hex()}"
    (folder / "html").mkdir(parents=True)
    (folder / "pdf").mkdir()
    return folder


def _replace_with_link(path: Path, target: str) -> None:
    """Make `path` a symbolic link to `target` by one rename (atomic: never missing)."""
    temporary = path.with_name(path.name + ".link")
    temporary.unlink(missing_ok=True)
    temporary.symlink_to(target)
    os.replace(temporary, path)


def _fixed_links(build: Path) -> None:
    """`html` and `pdf` are links into `current` (made once). A folder left by the older
    layout is moved into a release of its own first, which `current` names if none does."""
    for name in ("html", "pdf"):
        path = build / name
        if path.is_symlink() and os.readlink(path) == f"current/{name}":
            continue
        if path.exists() and not path.is_symlink():
            legacy = build / "releases" / "earlier-layout"
            (legacy / name).parent.mkdir(parents=True, exist_ok=True)
            if not (build / "current").is_symlink():
                _replace_with_link(build / "current", "releases/earlier-layout")
            path.rename(legacy / name)
        _replace_with_link(path, f"current/{name}")


def publish(release: Path, build: Path | None = None) -> None:
    """Publish the site and PDFs of `release` together: `current` is pointed at it in one
    rename. Before that rename readers see the last good release, after it the new one;
    there is no moment in between."""
    build = build or BUILD
    _fixed_links(build)
    _replace_with_link(build / "current", f"releases/{release.name}")
    remove_stale_releases(build)


def published_release(build: Path | None = None) -> str | None:
    current = (build or BUILD) / "current"
    return os.readlink(current).split("/")[-1] if current.is_symlink() else None


def remove_stale_releases(build: Path | None = None) -> None:
    """Every release but the published one (staged by a build that was interrupted or failed,
    or replaced), and the staging names of the older layout."""
    build = build or BUILD
    keep = published_release(build)
    _fixed_links_if_missing(build)
    for folder in sorted((build / "releases").glob("*")) if (build / "releases").is_dir() else []:
        if folder.name != keep:
            shutil.rmtree(folder, ignore_errors=True)
    for leftover in (
        "html.new",
        "html.old",
        f"{READING}.pdf.new",
        f"{APPENDIX}.pdf.new",
        "current.link",
        "html.link",
        "pdf.link",
    ):
        path = build / leftover
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path, ignore_errors=True)
        elif path.exists() or path.is_symlink():
            path.unlink()


def _fixed_links_if_missing(build: Path) -> None:
    """A crash during the one-time move from the older layout may leave `html` or `pdf`
    missing while `current` names a release: put the link back."""
    if (build / "current").is_symlink():
        for name in ("html", "pdf"):
            if not (build / name).exists() and not (build / name).is_symlink():
                _replace_with_link(build / name, f"current/{name}")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--stored-outputs", action="store_true", help="do not execute notebooks")
    parser.add_argument("--html-only", action="store_true", help="skip the PDF")
    parser.add_argument("--clean", action="store_true", help="start from nothing (no caches)")
    parser.add_argument(
        "--execute-into", metavar="CACHE", help=argparse.SUPPRESS
    )  # the build's own execution step
    args = parser.parse_args()
    if args.execute_into:
        _execution_step(Path(args.execute_into))
        return
    for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        signal.signal(sig, _interrupted)
    try:
        build(args)
    except BuildFailed as exc:
        stop_children()
        print(f"build failed: {exc}", file=sys.stderr)
        sys.exit(1)
    except OSError as exc:
        stop_children()
        where = f" ({exc.filename})" if exc.filename else ""
        if exc.errno == errno.ENOSPC:
            message = f"the disk is full{where}: free some space and build again"
        else:
            message = f"{exc.strerror or exc}{where}"
        print(f"build failed: {message}; the last good site and PDFs were left in place", file=sys.stderr)
        sys.exit(1)


def build(args: argparse.Namespace) -> None:
    links = symlinks_in_inputs()
    if links:
        from report.foundation.paths import display_path

        shown = ", ".join(f"{display_path(link)} -> {os.readlink(link)}" for link in links[:5])
        fail(
            f"symbolic links where the build reads or publishes files: {shown}. Replace each by the file itself "
            "(nothing outside the repository is read or published); nothing was built"
        )
    remove_stale_releases()

    mode = "stored" if args.stored_outputs else "executed"
    fingerprints = step_fingerprints(mode)
    stamps = {} if args.clean else read_stamps()
    if (
        stamps.get("site") == fingerprints["site"]
        and published(args.html_only)
        and (args.html_only or stamps.get("print") == fingerprints["print"])
    ):
        print("build: nothing changed since the last build; the site and the PDFs are up to date")
        return

    # Executed outputs depend on the data, the shared package and the pins (this fingerprint).
    from report.foundation.paths import inputs_fingerprint

    environment = inputs_fingerprint() + "-" + mode
    if stamps.get("environment") == environment and stamps.get("coverage"):
        # The data are those a finished build validated: a prose edit skips loading them.
        coverage = stamps["coverage"]
    else:
        # Imported only here: they load pandas and the data.
        from report.data.load import DataError, load_all
        from report.words.facts import coverage_sentence

        try:
            load_all()  # validates every table
        except DataError as exc:
            fail(f"the data failed validation, nothing was built.\n{exc}")
        coverage = coverage_sentence()
    if args.stored_outputs:
        stale = stale_notebooks()
        if stale:
            fail(
                "--stored-outputs: these notebooks' stored outputs predate the current data, shared package, "
                f"pins or their own code, so the pages would not show what the code makes: {', '.join(stale)}.\n"
                "Run `.venv/bin/python scripts/execute_notebooks.py` and commit the notebooks, "
                "or build without --stored-outputs."
            )

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
        # In a process of its own, like every step, so that an interruption can stop it whole.
        wait_for(
            start(
                [
                    sys.executable,
                    str(Path(__file__).resolve()),
                    "--execute-into",
                    str(WORK / "jupyter_cache"),
                ],
                relay="build",
                cwd=ROOT,
            )
        )
    html_started = time.time()
    jupyter_book("html", write_config(execution, coverage), WORK / "site", rebuild_all)
    release = new_release()
    staged_site, staged_pdfs = release / "html", release / "pdf"
    shutil.copytree(
        WORK / "site" / "_build" / "html", staged_site, dirs_exist_ok=True
    )  # keeps the files' times
    # A clean build checks every page; a rebuild the pages and stylesheets it wrote.
    check_no_external_assets(staged_site, None if rebuild_all else html_started - 1)

    if not args.html_only:
        pdf = WORK / "print" / "_build" / "latex" / f"{READING}.pdf"
        if stamps.get("print") == fingerprints["print"] and pdf.is_file():
            print("build: pdflatex skipped, no page changed since the last PDF")
        else:
            jupyter_book(
                "pdflatex",
                write_config(execution, coverage, for_print=True),
                WORK / "print",
                rebuild_all,
                print_toc(),
            )
            if not pdf.is_file():
                fail(f"the LaTeX build produced no {READING}.pdf")
        appendix = WORK / "appendix" / f"{APPENDIX}.pdf"
        if stamps.get("appendix") == fingerprints["appendix"] and appendix.is_file():
            print("build: appendix PDF skipped, the data and the shared package did not change")
        else:
            appendix = build_appendix_pdf()
        packs = sorted((WORK / "packs").glob("*.pdf"))
        if stamps.get("packs") == fingerprints["print"] and len(packs) == len(CLASSROOM):
            print("build: classroom packs skipped, no page or data changed since the last packs")
        else:
            packs = build_packs()
        (staged_site / "packs").mkdir(exist_ok=True)
        for pack in packs:
            shutil.copy2(pack, staged_site / "packs" / pack.name)
        shutil.copy2(pdf, staged_pdfs / f"{READING}.pdf")
        shutil.copy2(pdf, staged_site / f"{READING}.pdf")
        shutil.copy2(appendix, staged_pdfs / f"{APPENDIX}.pdf")
        shutil.copy2(appendix, staged_site / f"{APPENDIX}.pdf")
    elif (BUILD / "pdf" / f"{READING}.pdf").is_file():
        # A PDF from an earlier build may say something else than these pages: it is left
        # out of the site (the download link answers 404) rather than published as current.
        print(
            "build: --html-only: the site has no PDF; build without --html-only to include one",
            file=sys.stderr,
        )

    staged_links = symlinks_under_site(staged_site)
    if staged_links:
        fail(f"the site would hold symbolic links ({', '.join(staged_links[:5])}); nothing was published")
    # Publishing is one rename; an interruption waits until it is done or not begun.
    blocked = {signal.SIGINT, signal.SIGTERM, signal.SIGHUP}
    signal.pthread_sigmask(signal.SIG_BLOCK, blocked)
    try:
        publish(release)
    finally:
        signal.pthread_sigmask(signal.SIG_UNBLOCK, blocked)
    finished = {"environment": environment, "coverage": coverage, "site": fingerprints["site"]}
    if not args.html_only:
        finished |= {
            "print": fingerprints["print"],
            "appendix": fingerprints["appendix"],
            "packs": fingerprints["print"],
        }
    else:
        finished |= {k: stamps[k] for k in ("print", "appendix", "packs") if k in stamps}
    STAMPS.write_text(json.dumps(finished, indent=1), encoding="utf-8")
    print(
        f"build: site in {BUILD / 'html'}"
        + ("" if args.html_only else f", PDF in {BUILD / 'pdf' / 'book.pdf'}")
    )


def symlinks_under_site(site: Path) -> list[str]:
    """The deploy artifact follows links: the site itself holds none."""
    from report.foundation.paths import symlinks_under

    return [str(link.relative_to(site)) for link in symlinks_under(site) if link != site]


if __name__ == "__main__":
    main()
