"""Re-run every chapter in _toc.yml top to bottom and store its outputs (what nbval compares).

    .venv/bin/python scripts/execute_notebooks.py [chapters/NN_name.ipynb ...]

Run it after changing data, the shared package or a chapter's code, and commit the results.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from report.paths import toc_notebooks  # noqa: E402


def execute(path: Path) -> None:
    notebook = nbformat.read(path, as_version=4)
    started = time.monotonic()
    NotebookClient(notebook, timeout=600, kernel_name="python3",
                   resources={"metadata": {"path": str(path.parent)}}).execute()
    nbformat.write(notebook, path)
    print(f"executed {path.relative_to(ROOT)} in {time.monotonic() - started:.1f} s")


if __name__ == "__main__":
    targets = [Path(p).resolve() for p in sys.argv[1:]] or toc_notebooks()
    for target in targets:
        execute(target)
