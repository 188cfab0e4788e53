"""The chapters read as source: short cells, explicit imports, glue beside the paragraph that
uses it, a text twin for review (jupytext), linted like the package (issue 24, item 4)."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest

from report.foundation.paths import ROOT, toc_notebooks

MAX_CELL_LINES = 30
MAX_LINE_CHARS = 100  # chapters/.ruff.toml sets the same line length for ruff
GLUE_CALL = re.compile(r"""\bglue\(\s*["']([A-Za-z_][\w]*)["']""")
GLUE_USE = re.compile(r"\{glue(?::text)?\}`([A-Za-z_][\w]*)(?::[^`]*)?`")


def cells(notebook) -> list[dict]:
    content = json.loads(notebook.read_text(encoding="utf-8"))
    for cell in content["cells"]:
        source = cell.get("source", "")
        cell["text"] = "".join(source) if isinstance(source, list) else source
    return content["cells"]


def chapter_ids() -> list[str]:
    return [p.stem for p in toc_notebooks()]


@pytest.mark.parametrize("stem", chapter_ids())
def test_code_cells_are_short_and_narrow_and_import_by_name(stem):
    notebook = ROOT / "chapters" / f"{stem}.ipynb"
    faults = []
    for number, cell in enumerate(cells(notebook), 1):
        if cell["cell_type"] != "code":
            continue
        lines = cell["text"].splitlines()
        if len(lines) > MAX_CELL_LINES:
            faults.append(f"cell {number}: {len(lines)} lines (at most {MAX_CELL_LINES})")
        faults += [
            f"cell {number}: a line of {len(line)} characters (at most {MAX_LINE_CHARS})"
            for line in lines
            if len(line) > MAX_LINE_CHARS
        ]
        if re.search(r"^\s*from\s+\S+\s+import\s+\*", cell["text"], re.M):
            faults.append(f"cell {number}: a star import hides which names the chapter uses")
    assert not faults, f"chapters/{stem}.ipynb: " + "; ".join(faults)


@pytest.mark.parametrize("stem", chapter_ids())
def test_each_value_is_glued_beside_the_paragraph_that_first_uses_it(stem):
    """The code cell that glues a value is the last code cell before the first paragraph that
    shows it (or, for the page's opening box, the first code cell): a reader of the source
    finds the number where the sentence is."""
    notebook = cells(ROOT / "chapters" / f"{stem}.ipynb")
    glued_in: dict[str, int] = {}
    first_code = next(i for i, c in enumerate(notebook) if c["cell_type"] == "code")
    for index, cell in enumerate(notebook):
        if cell["cell_type"] == "code":
            for name in GLUE_CALL.findall(cell["text"]):
                glued_in.setdefault(name, index)
    faults = []
    for name, defined in glued_in.items():
        uses = [
            i
            for i, c in enumerate(notebook)
            if c["cell_type"] == "markdown" and name in GLUE_USE.findall(c["text"])
        ]
        if not uses:
            continue
        first = uses[0]
        code_between = [i for i in range(defined + 1, first) if notebook[i]["cell_type"] == "code"]
        # The page's opening box comes before any code cell: what it shows is glued in the first.
        opener = first < defined and defined == first_code
        if (first < defined and not opener) or code_between:
            faults.append(f"'{name}' (glued in cell {defined + 1}, first shown in cell {first + 1})")
    assert not faults, f"chapters/{stem}.ipynb: values glued away from their paragraph: " + ", ".join(faults)


def test_the_chapters_are_linted_and_formatted():
    ruff = [sys.executable, "-m", "ruff"]
    lint = subprocess.run([*ruff, "check", "chapters"], cwd=ROOT, capture_output=True, text=True)
    assert lint.returncode == 0, lint.stdout[-3000:]
    form = subprocess.run([*ruff, "format", "--check", "chapters"], cwd=ROOT, capture_output=True, text=True)
    assert form.returncode == 0, form.stdout[-3000:]


@pytest.mark.parametrize("stem", chapter_ids())
def test_every_chapter_has_its_text_twin_for_review(stem):
    """Each notebook is paired (jupytext, py:percent) with a text file a diff can be read in;
    scripts/execute_notebooks.py writes it, and it must say what the notebook says."""
    import jupytext

    notebook = ROOT / "chapters" / f"{stem}.ipynb"
    twin = notebook.with_suffix(".py")
    assert jupytext.read(notebook).metadata.get("jupytext", {}).get("formats") == "ipynb,py:percent"
    assert twin.is_file(), (
        f"{twin.relative_to(ROOT)} is missing: run scripts/execute_notebooks.py {notebook.relative_to(ROOT)}"
    )
    expected = jupytext.writes(jupytext.read(notebook), fmt="py:percent")
    assert twin.read_text(encoding="utf-8") == expected, (
        f"{twin.relative_to(ROOT)} differs from its notebook: `jupytext --sync {notebook.relative_to(ROOT)}`"
    )
