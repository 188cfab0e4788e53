"""The package's layers, as a contract the tests keep (docs/decisions/0007-layers-deferred.md).

A module may import from its own layer or a lower one, never from a higher one, and no two
modules may import each other (directly or round a loop). Imports inside functions count:
a lazy import is still a dependency.
"""

from __future__ import annotations

from pathlib import Path

from report.paths import ROOT

PACKAGE = ROOT / "report"

# Lowest first. A new module must be placed here (the test fails until it is).
LAYERS: dict[str, set[str]] = {
    "foundation": {"paths", "escape", "glue"},
    "data": {"data_problems", "data", "data_rules", "source_policy"},
    "facts and words": {"labels", "facts", "bib", "wording", "terms"},
    "rendering": {
        "theme",
        "chart_layout",
        "charts",
        "incident_charts",
        "tables",
        "catalog",
        "classroom",
        "classroom_charts",
        "markdown_latex",
        "workbook",
    },
    "outputs": {
        "appendix_pdf",
        "packs",
        "slides",
        "sphinx_ext",
        "site_css",
        "site_tools",
        "offline",
        "preamble",
        "documents",
    },
}


def modules() -> list[str]:
    return sorted(p.stem for p in PACKAGE.glob("*.py") if p.stem != "__init__")


def imports_of(module: str) -> set[str]:
    """Every report module that `module` imports, at the top or inside a function."""
    from report.paths import package_imports

    return package_imports(module, PACKAGE)


def test_site_and_pdf_code_does_not_make_notebooks_stale():
    """The inputs' fingerprint covers the modules chapters reach, not the site's or the PDFs'."""
    from report.paths import notebook_modules

    reached = notebook_modules()
    assert {"data", "facts", "charts", "tables", "preamble"} <= reached
    assert not reached & {
        "sphinx_ext",
        "site_css",
        "site_tools",
        "packs",
        "slides",
        "appendix_pdf",
        "offline",
    }


def layer_of(module: str) -> int:
    for rank, members in enumerate(LAYERS.values()):
        if module in members:
            return rank
    raise AssertionError(f"report/{module}.py is in no layer: add it to LAYERS in {Path(__file__).name}")


def test_every_module_has_a_layer():
    for module in modules():
        layer_of(module)


def test_no_module_imports_a_higher_layer():
    names = list(LAYERS)
    upward = [
        f"{m} ({names[layer_of(m)]}) imports {d} ({names[layer_of(d)]})"
        for m in modules()
        for d in sorted(imports_of(m))
        if layer_of(d) > layer_of(m)
    ]
    assert not upward, "imports against the layering:\n" + "\n".join(upward)


def test_no_import_cycle():
    graph = {m: imports_of(m) for m in modules()}

    def reaches(start: str) -> set[str]:
        seen, todo = set(), [start]
        while todo:
            for nxt in graph[todo.pop()] - seen:
                seen.add(nxt)
                todo.append(nxt)
        return seen

    loops = sorted(
        {" <-> ".join(sorted({m, d})) for m in graph for d in reaches(m) if m in reaches(d) and m != d}
    )
    assert not loops, "modules that import each other (directly or round a loop): " + "; ".join(loops)


def test_the_contract_can_fail(tmp_path, monkeypatch):
    """The checks above see an upward import and a cycle when one is there."""
    fake = tmp_path / "report"
    fake.mkdir()
    (fake / "paths.py").write_text("from report import slides\n")
    (fake / "slides.py").write_text("def f():\n    from .paths import ROOT\n")
    monkeypatch.setattr(__import__(__name__), "PACKAGE", fake)
    assert imports_of("paths") == {"slides"} and imports_of("slides") == {"paths"}
    for check in (test_no_module_imports_a_higher_layer, test_no_import_cycle):
        try:
            check()
        except AssertionError:
            continue
        raise AssertionError(f"{check.__name__} passed on a broken package")
