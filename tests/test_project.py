"""The project's habits, kept by tests: declared dependencies pinned, decision records indexed,
the quick test command and the CI workflows as the README describes them."""

from __future__ import annotations

import re
import tomllib

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

from report.foundation.paths import ROOT


def pins() -> dict[str, Version]:
    found = {}
    for line in (ROOT / "requirements.txt").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, _, version = line.partition("==")
            assert version, f"requirements.txt: '{line}' is not an exact pin"
            found[canonicalize_name(name)] = Version(version)
    return found


def direct_dependencies() -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    listed = project["dependencies"] + [
        d for extra in project["optional-dependencies"].values() for d in extra
    ]
    return [Requirement(d) for d in listed]


def test_every_direct_dependency_is_pinned_inside_its_range():
    pinned = pins()
    wrong = []
    for requirement in direct_dependencies():
        version = pinned.get(canonicalize_name(requirement.name))
        if version is None:
            wrong.append(f"{requirement.name} is not pinned in requirements.txt")
        elif version not in requirement.specifier:
            wrong.append(f"{requirement.name}=={version} is outside pyproject.toml's {requirement.specifier}")
    assert not wrong, "\n".join(wrong)


def test_jupyter_book_stays_on_1x():
    assert pins()["jupyter-book"].major == 1, "docs/decisions/0001-jupyter-book-1.md"


def test_every_decision_record_is_indexed():
    folder = ROOT / "docs" / "decisions"
    index = (folder / "README.md").read_text(encoding="utf-8")
    records = sorted(p.name for p in folder.glob("[0-9][0-9][0-9][0-9]-*.md"))
    assert records, "no decision records"
    missing = [name for name in records if f"({name})" not in index]
    assert not missing, f"docs/decisions/README.md does not list {missing}"
    for name in records:
        text = (folder / name).read_text(encoding="utf-8")
        assert re.search(r"^Status: ", text, re.M) and "## Why" in text, (
            f"{name}: needs a Status line and a Why section"
        )


def test_pull_requests_are_tested():
    workflow = (ROOT / ".github" / "workflows" / "ci.yml").read_text(encoding="utf-8")
    assert "pull_request:" in workflow and "scripts/test.sh" in workflow
    assert "timeout-minutes:" in workflow


def test_every_data_file_ends_its_lines_the_same_way():
    """RFC 4180 line endings (CRLF) in every CSV of data/: merges and scripts that rewrite a file
    with another ending show as a whole-file change and break the byte-level tests."""
    mixed = []
    for path in sorted((ROOT / "data").glob("*.csv")):
        raw = path.read_bytes()
        if raw.count(b"\n") != raw.count(b"\r\n"):
            mixed.append(path.name)
    assert not mixed, f"lines not ended with CRLF in {mixed}"


def test_the_data_guide_names_real_tests_and_a_working_command():
    """data/README.md: every test it names exists, and its quick validation command runs."""
    import subprocess
    import sys

    guide = (ROOT / "data" / "README.md").read_text(encoding="utf-8")
    named = set(re.findall(r"`(test_[a-z0-9_]+)`", guide))
    defined = {
        m
        for path in (ROOT / "tests").glob("test_*.py")
        for m in re.findall(r"^def (test_[a-z0-9_]+)", path.read_text(encoding="utf-8"), re.M)
    }
    assert named and not named - defined, (
        f"data/README.md names tests that do not exist: {sorted(named - defined)}"
    )
    command = re.search(r'`\.venv/bin/python -c "([^"]+)"`', guide).group(1)
    result = subprocess.run(
        [sys.executable, "-c", command], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-2000:]


def test_the_code_is_linted_and_formatted():
    """ruff (lint and format, settings in pyproject.toml) over the package, scripts and tests,
    as the pre-commit hooks run it."""
    import subprocess
    import sys

    paths = ["report", "scripts", "tests", "conftest.py"]
    ruff = [sys.executable, "-m", "ruff"]
    lint = subprocess.run([*ruff, "check", *paths], cwd=ROOT, capture_output=True, text=True)
    assert lint.returncode == 0, lint.stdout[-3000:]
    form = subprocess.run([*ruff, "format", "--check", *paths], cwd=ROOT, capture_output=True, text=True)
    assert form.returncode == 0, form.stdout[-3000:]
    hooks = (ROOT / ".pre-commit-config.yaml").read_text(encoding="utf-8")
    assert "ruff check" in hooks and "ruff format" in hooks


def test_the_pins_are_the_whole_environment():
    """requirements.txt pins every installed distribution (a dependency left unpinned would be
    resolved afresh on each new machine): pip freeze of the environment equals the file."""
    import subprocess
    import sys

    freeze = subprocess.run(
        [sys.executable, "-m", "pip", "freeze", "--exclude-editable"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    installed = {canonicalize_name(line.split("==")[0]) for line in freeze.splitlines() if "==" in line}
    missing = sorted(installed - set(pins()))
    assert not missing, f"installed but not pinned in requirements.txt: {missing}"


def test_the_package_passes_the_type_check():
    """mypy in basic mode (settings in pyproject.toml) over the package, as the pre-commit
    hook runs it."""
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--no-incremental"], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout[-3000:]


def test_the_source_audit_script_measures_what_the_report_measures():
    """scripts/source_audit.py keeps its own copies (standard library only, so that it runs on
    an old copy of data/ that no longer validates): they must stay the package's."""
    import source_audit

    from report.data.load import load_all
    from report.data.source_policy import host, is_bare_ip
    from report.words.bib import HEDGES
    from report.words.facts import evidence_rows

    assert source_audit.HEDGES == HEDGES
    assert set(source_audit.EVIDENCE_TABLES) == {name for name, _ in evidence_rows(load_all())}
    for url in (
        "https://www.err.ee/x",
        "https://news.err.ee/y",
        "https://1.2.3.4/z",
        "https://WWW.Tass.com/",
    ):
        assert source_audit.host(url) == host(url), url
    for name in ("1.2.3.4", "::1", "err.ee"):
        assert source_audit.is_ip(name) == is_bare_ip(name), name
