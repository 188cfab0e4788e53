"""The package's layers, as a contract the tests keep (docs/decisions/0007-layers-deferred.md).

A module may import from its own layer or a lower one, never from a higher one, and no two
modules may import each other (directly or round a loop). Imports inside functions count:
a lazy import is still a dependency.
"""

from __future__ import annotations

from pathlib import Path

from report.foundation.paths import ROOT

PACKAGE = ROOT / "report"

# Lowest first: each layer is one or two folders of report/. A module outside these folders
# fails the tests until its folder is placed here (and in docs/architecture.md).
LAYERS: dict[str, set[str]] = {
    "foundation": {"foundation"},
    "data": {"data"},
    "facts and words": {"words"},
    "rendering": {"rendering", "classroom"},
    "outputs": {"site", "pdf"},
}


def modules() -> list[str]:
    from report.foundation.paths import package_modules

    return package_modules(PACKAGE)


def imports_of(module: str) -> set[str]:
    """Every report module that `module` imports, at the top or inside a function."""
    from report.foundation.paths import package_imports

    return package_imports(module, PACKAGE)


def test_site_and_pdf_code_does_not_make_notebooks_stale():
    """The inputs' fingerprint covers the modules chapters reach, not the site's or the PDFs'."""
    from report.foundation.paths import notebook_modules

    reached = notebook_modules()
    assert {
        "data.load",
        "words.facts",
        "rendering.charts",
        "rendering.tables",
        "rendering.preamble",
    } <= reached
    assert not {m for m in reached if m.partition(".")[0] in LAYERS["outputs"]}, reached


def layer_of(module: str) -> int:
    folder = module.partition(".")[0]
    for rank, members in enumerate(LAYERS.values()):
        if folder in members and "." in module:
            return rank
    raise AssertionError(
        f"report/{module.replace('.', '/')}.py is in no layer's folder: see LAYERS in {Path(__file__).name}"
    )


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
    for folder in ("foundation", "pdf"):
        (fake / folder).mkdir(parents=True)
    (fake / "foundation" / "paths.py").write_text("from report.pdf import slides\n")
    (fake / "pdf" / "slides.py").write_text("def f():\n    from report.foundation.paths import ROOT\n")
    monkeypatch.setattr(__import__(__name__), "PACKAGE", fake)
    assert imports_of("foundation.paths") == {"pdf.slides"}
    assert imports_of("pdf.slides") == {"foundation.paths"}
    for check in (test_no_module_imports_a_higher_layer, test_no_import_cycle):
        try:
            check()
        except AssertionError:
            continue
        raise AssertionError(f"{check.__name__} passed on a broken package")
