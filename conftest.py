"""Root pytest configuration: nbval checks exactly the notebooks listed in _toc.yml."""

from pathlib import Path

from report.foundation.paths import toc_notebooks


def pytest_ignore_collect(collection_path, config):
    path = Path(collection_path)
    if path.suffix == ".ipynb":
        return path.resolve() not in {p.resolve() for p in toc_notebooks()}
    return None
