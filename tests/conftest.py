"""Fixtures shared by the tests: paths, the built site served on 127.0.0.1, a real browser;
and the markers that let a quick run leave out what needs a build, a browser or LaTeX.

Markers are given by what a test uses, so a new test is marked without anyone remembering to:
- ``build``: needs the built book (the ``site``, ``server`` or ``pdf`` fixture) or builds one;
- ``browser``: drives Chromium (the ``browser`` or ``server`` fixture);
- ``latex``: reads or makes a PDF (the ``pdf`` fixture, ``test_pdf.py``);
- ``slow``: nbval over the chapters, a whole hostile-data build, or a test that runs a
  notebook or the build in a subprocess (``runs_a_build`` below).
The quick command (README) is ``pytest -m "not build and not slow" -n auto``.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from report.foundation.paths import PDF_DIR, ROOT, SITE_DIR  # noqa: E402
from report.pdf.registry import READING  # noqa: E402

SITE = SITE_DIR
PDF = PDF_DIR / f"{READING}.pdf"
ARTIFACTS = ROOT / "test-artifacts"


CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="session")
def site() -> Path:
    if not (SITE / "index.html").is_file():
        pytest.fail("no built site: run `bash scripts/build.sh` (scripts/test.sh does it first)")
    return SITE


@pytest.fixture(scope="session")
def pdf() -> Path:
    if not PDF.is_file():
        pytest.fail("no PDF: run `bash scripts/build.sh`")
    return PDF


@pytest.fixture(scope="session")
def server(site):
    from report.site.tools import served

    with served(site) as base:
        yield base


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    chromium = shutil.which("chromium") or "/usr/bin/chromium"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


# Tests that start a build or a notebook run of their own in a subprocess (measured at 3 s to
# 150 s each); named here because nothing in their signature shows it.
# Whole modules that run the build script or a browser tool of their own.
SLOW_MODULES = {"test_interrupts.py"}
RUNS_A_BUILD = {
    "test_lighthouse_budgets_on_home_and_heaviest_chart_page",
    "test_bad_data_stops_the_build_and_keeps_the_last_good_site",
    "test_nbval_fails_when_one_data_value_changes",
}
BUILDING_FIXTURES = {"hostile_build"}


def pytest_collection_modifyitems(config, items):
    for item in items:
        fixtures = set(getattr(item, "fixturenames", ()))
        name = getattr(item, "originalname", None) or item.name
        if item.path.suffix == ".ipynb":
            item.add_marker(pytest.mark.slow)
            continue
        if (
            fixtures & {"site", "server", "pdf"}
            or fixtures & BUILDING_FIXTURES
            or name in RUNS_A_BUILD
            or item.path.name in SLOW_MODULES
        ):
            item.add_marker(pytest.mark.build)
        if fixtures & {"browser", "server"}:
            item.add_marker(pytest.mark.browser)
        if "pdf" in fixtures or item.path.name == "test_pdf.py":
            item.add_marker(pytest.mark.latex)
        if fixtures & BUILDING_FIXTURES or name in RUNS_A_BUILD or item.path.name in SLOW_MODULES:
            item.add_marker(pytest.mark.slow)


@pytest.fixture
def data_copy(tmp_path) -> Path:
    """A copy of data/ that a test may break (shared by the data and record tests)."""
    folder = tmp_path / "data"
    shutil.copytree(ROOT / "data", folder)
    return folder
