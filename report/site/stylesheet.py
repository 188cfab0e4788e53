"""One small stylesheet per site instead of nine large ones.

The theme and its extensions link nine stylesheets on every page (about 550 KB, 400 KB of it
the theme's Bootstrap build), all render-blocking, although the pages use a small part of
them. At the end of the HTML build this module

* concatenates them, in the order the pages linked them, into one file, with each `url()`
  rewritten for the new location;
* removes the rules no page can match, with PurgeCSS (npm `purgecss`, run offline from
  `node_modules`). PurgeCSS is given the markup of every page (tag names, attribute names and
  values: the words of the prose cannot style anything) and every script the site serves,
  so classes that scripts set (the theme's `show`, the code switch's `report-show-code`)
  are kept; so are the dark-mode rules, which depend on attributes the theme's script sets;
* writes `_static/report-site.css`, which the page template links (see
  `_templates/static/webpack-macros.html`) in place of the nine.

The purged result is cached under the build folder, keyed by the stylesheets and the markup's
words, so a prose edit reuses it without running node.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

from report.foundation.hashing import text_digest
from report.foundation.paths import ROOT

BUNDLE = "report-site.css"
PURGE_SCRIPT = Path(__file__).resolve().parent / "purge_css.mjs"
NODE_MODULES = ROOT / "node_modules"
# Attribute selectors the theme's scripts switch at run time (light/dark mode, menus).
DYNAMIC_ATTRIBUTES = [
    "data-theme",
    "data-mode",
    "data-bs-theme",
    "aria-expanded",
    "aria-selected",
    "aria-hidden",
    "aria-current",
    "open",
    "hidden",
]
# State classes that Bootstrap's script sets on the theme's menus and buttons. Bootstrap's
# own text is not given to PurgeCSS: it names every component Bootstrap has (carousels,
# toasts, popovers, modals), which would keep all their rules though no page has one.
SAFELIST_PATTERNS = [
    r"^show$",
    r"^showing$",
    r"^hiding$",
    r"^collapsing$",
    r"^collapsed$",
    r"^fade$",
    r"^active$",
    r"^disabled$",
    r"^modal-open$",
    r"^dropdown-menu",
    r"^report-",
    r"^toggle",
    r"^tag_",
    r"^scrolled$",
    r"^tooltip",
    r"^bs-tooltip",
]
SCRIPTS_NOT_READ = {"fontawesome.js", "bootstrap.js"}

URL = re.compile(r"""url\(\s*(['"]?)([^'")]+)\1\s*\)""")
TAG = re.compile(r"<[a-zA-Z][^>]*>")
WORD = re.compile(r"[A-Za-z0-9_-]+")


def bundle_sources(static: Path, linked: list[str]) -> list[Path]:
    """The stylesheets in the order a page applied them: the theme's two first (theme.css only
    imports Sphinx's basic.css), then those the page linked."""
    first = [static / "basic.css", static / "styles" / "pydata-sphinx-theme.css"]
    rest = [static / name for name in linked if name != "styles/theme.css"]
    return [path for path in dict.fromkeys(first + rest) if path.is_file()]


def concatenated(static: Path, sources: list[Path]) -> str:
    """The stylesheets joined, each `url()` made relative to `_static/`, where the bundle lives."""
    parts = []
    for path in sources:
        folder = path.parent.relative_to(static)

        def rebase(match: re.Match, folder: Path = folder) -> str:
            quote, target = match.groups()
            if re.match(r"^(data:|[a-z]+://|/|#)", target) or str(folder) == ".":
                return match.group(0)
            return f"url({quote}{(folder / target).as_posix()}{quote})"

        text = URL.sub(rebase, path.read_text(encoding="utf-8"))
        text = re.sub(r'@import\s+"\.\./basic\.css";', "", text)
        parts.append(f"/* {path.relative_to(static).as_posix()} */\n{text}")
    return "\n".join(parts)


def markup_words(site: Path) -> list[str]:
    """Every word inside a tag of every page, and every word of every script the site serves
    (plotly.js draws its own styles; see SCRIPTS_NOT_READ for the others left out)."""
    words: set[str] = set()
    for page in site.rglob("*.html"):
        for tag in TAG.findall(page.read_text(encoding="utf-8")):
            words.update(WORD.findall(tag))
    for script in (site / "_static").rglob("*.js"):
        if "plotly" in script.parts or script.name.startswith("plotly") or script.name in SCRIPTS_NOT_READ:
            continue
        words.update(WORD.findall(script.read_text(encoding="utf-8", errors="replace")))
    return sorted(words)


def purge(css: str, words: list[str], work: Path) -> str:
    work.mkdir(parents=True, exist_ok=True)
    (work / "in.css").write_text(css, encoding="utf-8")
    (work / "content.txt").write_text("\n".join(words), encoding="utf-8")
    options = {
        "css": str(work / "in.css"),
        "content": str(work / "content.txt"),
        "dynamicAttributes": DYNAMIC_ATTRIBUTES,
        "safelist": SAFELIST_PATTERNS,
        "variables": True,
    }
    node = shutil.which("node")
    if node is None or not (NODE_MODULES / "purgecss").is_dir():
        raise RuntimeError(f"PurgeCSS needs node and node_modules/purgecss: run 'npm ci' in {ROOT}")
    result = subprocess.run(
        [node, str(PURGE_SCRIPT)], input=json.dumps(options), capture_output=True, text=True, cwd=ROOT
    )
    if result.returncode != 0:
        raise RuntimeError(f"PurgeCSS failed: {result.stderr[-2000:]}")
    return result.stdout


def write_bundle(site: Path, linked: list[str], cache: Path) -> Path:
    """Write `_static/report-site.css`. `linked` names the stylesheets the pages written in
    this build would have linked; a build that wrote no page reuses the last build's list."""
    static = site / "_static"
    remembered = cache / "linked.json"
    cache.mkdir(parents=True, exist_ok=True)
    if linked:
        remembered.write_text(json.dumps(linked), encoding="utf-8")
    elif remembered.is_file():
        linked = json.loads(remembered.read_text(encoding="utf-8"))
    css = concatenated(static, bundle_sources(static, linked))
    words = markup_words(site)
    key = text_digest(css, "\n".join(words), length=20)
    cached = cache / f"{key}.css"
    if not cached.is_file():
        for old in cache.glob("*.css"):
            old.unlink()
        purged = purge(css, words, cache / "work")
        cached.write_text(purged, encoding="utf-8")
    target = static / BUNDLE
    shutil.copy2(cached, target)
    return target
