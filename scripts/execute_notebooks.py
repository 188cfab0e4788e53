"""Re-run every chapter in _toc.yml top to bottom and store its outputs (what nbval compares).

    .venv/bin/python scripts/execute_notebooks.py [chapters/NN_name.ipynb ...]

Run it after changing data, the shared package or a chapter's code, and commit the results
(the notebook and its text twin, chapters/NN_name.py). Editing the twin instead of the
notebook works too: `jupytext --sync chapters/NN_name.py`, then run this.
Each notebook records the fingerprint of the inputs it was executed with (the data, the
shared package, the pins) and of its own code cells, so a build from stored outputs can
refuse stale ones; the
volatile execution timestamps are dropped, so a re-run changes only what really changed.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import jupytext
import nbformat
from nbclient import NotebookClient

from report.foundation.paths import (  # noqa: E402
    ROOT,  # noqa: E402
    code_fingerprint,
    inputs_fingerprint,
    toc_notebooks,
)

# Each chapter is paired with a text twin (chapters/NN_name.py, py:percent) that a diff can be
# read in; it carries the code and the prose, not the outputs.
TWIN_FORMATS = "ipynb,py:percent"


def write_twin(path: Path) -> None:
    """Write the notebook's text twin next to it (what tests/test_chapter_source.py compares)."""
    twin = jupytext.writes(jupytext.read(path), fmt="py:percent")
    path.with_suffix(".py").write_text(twin, encoding="utf-8")


def execute(path: Path) -> None:
    notebook = nbformat.read(path, as_version=4)
    started = time.monotonic()
    NotebookClient(
        notebook, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}}
    ).execute()
    for cell in notebook.cells:
        cell.metadata.pop("execution", None)
    notebook.metadata["report"] = {
        "inputs_fingerprint": inputs_fingerprint(),
        "code_fingerprint": code_fingerprint(notebook),
    }
    notebook.metadata["jupytext"] = {"formats": TWIN_FORMATS}
    nbformat.write(notebook, path)
    write_twin(path)
    print(f"executed {path.relative_to(ROOT)} in {time.monotonic() - started:.1f} s")


if __name__ == "__main__":
    targets = [Path(p).resolve() for p in sys.argv[1:]] or toc_notebooks()
    for target in targets:
        execute(target)
