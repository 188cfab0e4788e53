"""Fixtures shared by the tests: paths, the built site served on 127.0.0.1, a real browser."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from report.paths import ROOT  # noqa: E402
SITE = ROOT / "_build" / "html"
PDF = ROOT / "_build" / "pdf" / "book.pdf"
ARTIFACTS = ROOT / "test-artifacts"


CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


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
    from report.site_tools import served

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
