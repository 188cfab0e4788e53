"""An interrupted or failing build leaves the last good site and PDFs, in step (issue 25,
items 10, 11 and 13).

Publishing is tested by crashing it at every step (in this process, a fault injected into
each file operation in turn) and by SIGKILL at random moments (a real process). The build
itself is interrupted for real, in a copy of the repository whose `_build/` holds a
known last good release: SIGINT and SIGTERM to the build's process group while the notebooks
execute, SIGKILL to the build alone, and a full disk (ENOSPC injected into the build's working
folder cannot be made). Each stops early, so the whole file runs in about a minute.
"""

from __future__ import annotations

import errno
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import build_book
import pytest

from report.foundation.paths import ROOT

GOOD = "last good build"


# --- publishing -----------------------------------------------------------------------------


def _stage(build: Path, text: str) -> Path:
    release = build_book.new_release(build)
    (release / "html" / "index.html").write_text(text, encoding="utf-8")
    (release / "html" / "book.pdf").write_text(text, encoding="utf-8")
    (release / "pdf" / "book.pdf").write_text(text, encoding="utf-8")
    return release


def _published(build: Path) -> tuple[str, str, str]:
    """What a reader sees: the site's page, the site's PDF and _build/pdf's PDF."""
    return tuple(
        (build / path).read_text(encoding="utf-8")
        for path in ("html/index.html", "html/book.pdf", "pdf/book.pdf")
    )


def _older_layout(build: Path) -> None:
    """_build as builds before issue 25 left it: real folders html/ and pdf/."""
    (build / "html").mkdir(parents=True)
    (build / "pdf").mkdir()
    for path in ("html/index.html", "html/book.pdf", "pdf/book.pdf"):
        (build / path).write_text(GOOD, encoding="utf-8")


class Crash(BaseException):
    """The build dies here (as by SIGKILL: nothing after it runs)."""


@pytest.mark.parametrize("layout", ["releases", "older-layout"])
def test_a_crash_at_any_step_of_publishing_leaves_a_site_in_step_with_its_pdfs(tmp_path, monkeypatch, layout):
    """Issue 25, item 11: killed right after _build/html was renamed away, the build left no
    site, and the PDF was already the new one. Here publishing is stopped at each of its file
    operations in turn; after each crash the site and both PDFs are one build's, old or new."""
    operations = [
        (os, "replace"),
        (os, "rename"),
        (os, "symlink"),
        (os, "unlink"),
        (shutil, "rmtree"),
        (Path, "rename"),
        (Path, "symlink_to"),
        (Path, "unlink"),
        (Path, "mkdir"),
    ]
    step = 0
    while True:
        step += 1
        build = tmp_path / f"crash-{step}"
        if layout == "releases":
            build_book.publish(_stage(build, GOOD), build)
        else:
            _older_layout(build)
        new = _stage(build, "new build")
        calls = 0

        def crashing(original, step=step):
            def wrapper(*args, **kwargs):
                nonlocal calls
                calls += 1
                if calls == step:
                    raise Crash()
                return original(*args, **kwargs)

            return wrapper

        with monkeypatch.context() as patch:
            for owner, name in operations:
                patch.setattr(owner, name, crashing(getattr(owner, name)))
            try:
                build_book.publish(new, build)
                crashed = False
            except Crash:
                crashed = True
        if layout == "releases":
            # No repair needed: at every moment the site is there and in step with the PDFs.
            assert _published(build) in [(GOOD,) * 3, ("new build",) * 3], f"crash at file operation {step}"
        # The next build starts by tidying up; after it, exactly one build's output is published.
        build_book.remove_stale_releases(build)
        assert _published(build) in [(GOOD,) * 3, ("new build",) * 3], f"crash at file operation {step}"
        assert len(list((build / "releases").iterdir())) <= 1  # none left while the older layout stays
        if not crashed:
            assert _published(build) == ("new build",) * 3
            break
    assert step > 3


def test_sigkill_at_random_moments_of_publishing_never_leaves_a_site_out_of_step(tmp_path):
    """A real process publishes one release after another; it is killed (SIGKILL) at random
    moments, and each time the site and the PDFs are there and are one release's."""
    build = tmp_path / "_build"
    build_book.publish(_stage(build, "release 0"), build)
    loop = (
        f"import sys; sys.path.insert(0, {str(ROOT / 'scripts')!r}); import build_book as b\n"
        "from pathlib import Path\n"
        "from tests.test_interrupts import _stage\n"
        f"build = Path({str(build)!r})\n"
        "n = 0\n"
        "while True:\n"
        "    n += 1\n"
        "    b.publish(_stage(build, f'release {n}'), build)\n"
    )
    rng = random.Random(25)
    seen = set()
    for _ in range(8):
        process = subprocess.Popen([sys.executable, "-c", loop], cwd=ROOT)
        time.sleep(0.3 + rng.random() * 0.4)
        process.kill()
        process.wait()
        page, site_pdf, pdf = _published(build)
        assert page == site_pdf == pdf, (page, site_pdf, pdf)
        seen.add(page)
    assert len(seen) > 1  # the kills did land while releases were being published


# --- a real build, interrupted ---------------------------------------------------------------


@pytest.fixture(scope="module")
def repo(tmp_path_factory) -> Path:
    """A copy of the repository (no caches, no build) that builds with this environment."""
    repo = tmp_path_factory.mktemp("interrupts") / "repo"
    shutil.copytree(
        ROOT,
        repo,
        ignore=shutil.ignore_patterns(
            ".git", "_build", ".venv", "node_modules", "test-artifacts", "__pycache__", "*.egg-info"
        ),
    )
    (repo / "node_modules").symlink_to(ROOT / "node_modules")
    return repo


def _last_good_release(repo: Path) -> Path:
    build = repo / "_build"
    shutil.rmtree(build, ignore_errors=True)
    build_book.publish(_stage(build, GOOD), build)
    return build


def _environment(repo: Path) -> dict:
    return {
        **os.environ,
        "PYTHONPATH": str(repo),
        "REPORT_DATA_DIR": str(repo / "data"),
        "REPORT_FIGURES_DIR": str(repo / "figures"),
        "PYTHONUNBUFFERED": "1",
    }


def _start_build(repo: Path, *arguments: str, command: list[str] | None = None) -> subprocess.Popen:
    """The build as a terminal runs it: the leader of its own process group."""
    return subprocess.Popen(
        command or [sys.executable, str(repo / "scripts" / "build_book.py"), *arguments],
        cwd=repo,
        env=_environment(repo),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )


def _wait_for_line(process: subprocess.Popen, fragment: str, timeout: float = 180) -> list[str]:
    lines, deadline = [], time.monotonic() + timeout
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        if not line and process.poll() is not None:
            break
        lines.append(line)
        if fragment in line:
            return lines
    process.kill()
    pytest.fail(
        f"the build never printed {fragment!r}: {''.join(lines)[-2000:]} {process.stderr.read()[-2000:]}"
    )


def _processes_in(repo: Path) -> list[str]:
    """Processes still working in the copy (notebook workers, kernels, LaTeX)."""
    found = []
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            cwd = os.readlink(proc / "cwd")
            command = (proc / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        if cwd.startswith(str(repo)) or str(repo) in command:
            found.append(f"{proc.name}: {command[:120]}")
    return found


def _no_process_left(repo: Path, timeout: float = 15) -> None:
    deadline = time.monotonic() + timeout
    while _processes_in(repo) and time.monotonic() < deadline:
        time.sleep(0.25)
    assert not _processes_in(repo), _processes_in(repo)


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_an_interrupt_during_notebook_execution_ends_the_build_within_seconds(repo, sig):
    """Issue 25, item 10: Ctrl-C (SIGINT to the build's process group) during execution left
    the build and its notebook workers waiting on each other for good."""
    build = _last_good_release(repo)
    process = _start_build(repo)
    _wait_for_line(process, "executing the notebooks side by side")
    time.sleep(3)  # the notebook workers are starting their kernels
    os.killpg(process.pid, sig)
    sent = time.monotonic()
    try:
        _, stderr = process.communicate(timeout=20)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        pytest.fail(f"the build did not stop within 20 s of {sig.name}")
    assert time.monotonic() - sent < 5
    assert process.returncode == 128 + sig
    said = [line for line in stderr.splitlines() if line.strip()]
    assert said[-1].startswith(f"build interrupted by {sig.name}") and "Traceback" not in stderr, stderr[
        -3000:
    ]
    assert _published(build) == (GOOD,) * 3
    _no_process_left(repo)


def test_sigkill_during_notebook_execution_leaves_the_site_and_no_workers(repo):
    build = _last_good_release(repo)
    process = _start_build(repo)
    _wait_for_line(process, "executing the notebooks side by side")
    time.sleep(3)
    process.kill()  # the build alone: its steps die with it
    process.wait()
    assert _published(build) == (GOOD,) * 3
    _no_process_left(repo)


def test_a_full_disk_gives_one_line_and_keeps_the_site(repo):
    """Issue 25, item 13: the disk filling up gave a raw multi-kilobyte traceback and no
    `build failed:` line. The first file written after validation fails with ENOSPC."""
    build = _last_good_release(repo)
    full_disk = (
        "import errno, pathlib, runpy, sys\n"
        "mkdir = pathlib.Path.mkdir\n"
        "def full(self, *args, **kwargs):\n"
        "    if str(self).endswith('_build/work'):\n"
        "        raise OSError(errno.ENOSPC, 'No space left on device', str(self))\n"
        "    return mkdir(self, *args, **kwargs)\n"
        "pathlib.Path.mkdir = full\n"
        f"sys.argv = [{str(repo / 'scripts' / 'build_book.py')!r}]\n"
        "runpy.run_path(sys.argv[0], run_name='__main__')\n"
    )
    process = _start_build(repo, command=[sys.executable, "-c", full_disk])
    _, stderr = process.communicate(timeout=300)
    assert process.returncode == 1
    said = [line for line in stderr.splitlines() if line.strip()]
    assert len(said) == 1 and said[0].startswith("build failed: the disk is full"), stderr[-3000:]
    assert _published(build) == (GOOD,) * 3
    assert errno.ENOSPC  # the fault is the one a full disk raises
