"""The notebooks: stored as run top to bottom, and nbval notices a changed data value.

nbval itself runs over every notebook in _toc.yml (see pytest.ini); these tests check that
the stored notebooks are fit for that comparison and that it has teeth.
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import subprocess
import sys

import pytest

from report.foundation.paths import (
    ROOT,  # noqa: E402
    toc_notebooks,
)

NOTEBOOKS = toc_notebooks()


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_is_stored_executed_in_order(notebook):
    cells = [c for c in json.loads(notebook.read_text(encoding="utf-8"))["cells"] if c["cell_type"] == "code"]
    counts = [c["execution_count"] for c in cells]
    assert None not in counts, "some code cells have no stored output: run the notebook top to bottom"
    assert counts == list(range(1, len(counts) + 1)), "cells were not run once each, top to bottom"
    errors = [o for c in cells for o in c["outputs"] if o["output_type"] == "error"]
    assert not errors
    streams = [o for c in cells for o in c["outputs"] if o.get("name") == "stderr"]
    assert not streams, f"stderr in stored outputs: {streams[0]['text'][:200]}"


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.name)
def test_first_cell_is_the_shared_preamble(notebook):
    """Chapters import the shared package; no set-up is copied between notebooks. The cell is
    hidden but can be opened (the page's code switch), like every analysis cell."""
    cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    first_code = next(c for c in cells if c["cell_type"] == "code")
    source = "".join(first_code["source"])
    assert "from report.rendering.preamble import setup_chapter" in source and "setup_chapter()" in source
    if not is_classroom_page(notebook):
        assert "hide-input" in first_code["metadata"].get("tags", [])


def is_classroom_page(notebook) -> bool:
    """Classroom pages show no code and no code switch (report.site.sphinx_ext.CLASSROOM_PAGES): their
    readers prepare a lesson; the chapter's notebook is the way to the code."""
    from report.site.sphinx_ext import CLASSROOM_PAGES

    return notebook.relative_to(ROOT).with_suffix("").as_posix() in CLASSROOM_PAGES


def test_no_analysis_is_removed_from_the_page():
    """A curious reader can open every code cell of a chapter: none is tagged remove-cell or
    remove-input (classroom pages aside, which show no code)."""
    removed = [
        f"{nb.name} cell {i}"
        for nb in NOTEBOOKS
        if not is_classroom_page(nb)
        for i, c in enumerate(json.loads(nb.read_text(encoding="utf-8"))["cells"])
        if c["cell_type"] == "code" and {"remove-cell", "remove-input"} & set(c["metadata"].get("tags", []))
    ]
    assert not removed, removed


def run_nbval(notebook, env) -> subprocess.CompletedProcess:
    """nbval over one notebook in a separate pytest, with the given environment (data folder)."""
    command = [
        sys.executable,
        "-m",
        "pytest",
        "-p",
        "no:cacheprovider",
        "-q",
        str(notebook),
        "--rootdir",
        str(ROOT),
    ]
    return subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)


def test_nbval_fails_when_one_data_value_changes(tmp_path):
    """Change one number in the data: the stored outputs no longer match, nbval must fail."""
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    path = data / "incidents.csv"
    rows = list(csv.DictReader(path.open(encoding="utf-8", newline="")))
    rows[0]["place"] = rows[0]["place"] + " (edited)"  # every incident is drawn on the introduction's map
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=rows[0].keys())
        writer.writeheader()
        writer.writerows(rows)
    env = {**os.environ, "REPORT_DATA_DIR": str(data), "REPORT_FIGURES_DIR": str(tmp_path / "figures")}
    notebook = NOTEBOOKS[0]
    result = run_nbval(notebook, env)
    assert result.returncode == 1, result.stdout[-2000:]
    assert "failed" in result.stdout.splitlines()[-1]
    # and the unchanged data passes the same notebook
    env_ok = {**env, "REPORT_DATA_DIR": str(ROOT / "data")}
    ok = run_nbval(notebook, env_ok)
    assert ok.returncode == 0, ok.stdout[-2000:]


def test_every_named_figure_is_referred_to_in_the_prose():
    """A figure the text never points to is a figure a reader may never connect to its argument."""
    unreferenced = []
    for notebook in NOTEBOOKS:
        cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
        prose = "".join("".join(c["source"]) for c in cells if c["cell_type"] == "markdown")
        for cell in cells:
            name = cell["metadata"].get("mystnb", {}).get("figure", {}).get("name")
            if name and f"{{numref}}`{name}`" not in prose:
                unreferenced.append(f"{notebook.name}: {name}")
    assert not unreferenced, unreferenced


def test_setup_cells_put_nothing_on_the_page():
    """The first cell computes and glues; a stray value it returns would show under the code switch."""
    stray = []
    for notebook in NOTEBOOKS:
        first = next(
            c for c in json.loads(notebook.read_text(encoding="utf-8"))["cells"] if c["cell_type"] == "code"
        )
        stray += [
            f"{notebook.name}: {o['data'].get('text/plain', '')[:40]}"
            for o in first.get("outputs", [])
            if o["output_type"] == "execute_result"
        ]
    assert not stray, stray
