"""Unit tests of the shared package: the pieces every chapter relies on, checked directly
(the escaping functions are tested in test_security.py)."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go
import pytest

from report.data.load import read_package
from report.foundation import glue
from report.foundation.paths import ROOT
from report.rendering import chart_layout, tables
from report.rendering.charts import add_source_line
from report.site.sphinx_ext import choose_bundle
from report.words import labels
from report.words.facts import coverage, rows_on_aggregators_alone


# Numbers in prose
@pytest.mark.parametrize(
    "low,high,expected", [(19, 19, "19"), (19, 23, "19–23"), (3, None, "at least 3"), (0.65, 0.65, "0.65")]
)
def test_span_reads_a_range_as_words(low, high, expected):
    assert glue.span(low, float("nan") if high is None else high) == expected


# Labels
def test_every_coded_field_has_a_label_for_each_allowed_value():
    for resource in read_package()["resources"]:
        for field in resource["schema"]["fields"]:
            allowed = field.get("constraints", {}).get("enum")
            if allowed:
                assert set(labels.labels(resource["name"], field["name"])) == set(allowed), (
                    resource["name"],
                    field["name"],
                )


def test_countries_are_named_and_listed_in_english():
    assert labels.country("PL") == "Poland"
    assert labels.countries("PL;LT") == "Poland and Lithuania"
    assert labels.countries("EE;LV;LT") == "Estonia, Latvia and Lithuania"


def test_labelled_maps_single_and_multiple_codes():
    values = pd.Series(["threat_framing;solidarity", None])
    shown = labels.labelled(values, "sweden_statements", "codes", sep=";")
    assert shown[0] == "Russia as threat, Solidarity with allies" and pd.isna(shown[1])


# Tables
def test_table_headers_and_dates_read_as_words():
    shown = tables.table(
        pd.DataFrame({"sourced_by": ["x"], "date_start": [pd.Timestamp("2025-09-10")]})
    )._repr_html_()
    assert ">Sourced by</th>" in shown and ">Date start</th>" in shown and "10 Sep 2025" in shown


def test_source_links_name_the_original_first_and_the_copy_as_via():
    from report.words.bib import original_publisher

    sources = tables._sources()
    copied = next(
        sid
        for sid, row in sources.iterrows()
        if original_publisher(row.rename(sid)) and not isinstance(row["original_url"], str)
    )
    ((text, address),) = tables.source_links(copied)
    assert (
        text.startswith(sources.loc[copied, "copy_of"] + ", via ") and address == sources.loc[copied, "url"]
    )
    hedged = next(sid for sid, row in sources.iterrows() if "apparent" in str(row["copy_of"]))
    assert tables.source_links(hedged) == [(sources.loc[hedged, "publisher"], sources.loc[hedged, "url"])]


def test_a_copy_that_names_its_original_as_publisher_is_named_by_its_site():
    ((text, _),) = tables.source_links("nato-20250923-nac-statement")
    assert text == "NATO (North Atlantic Council), via eurasiareview.com"


def test_source_column_needs_one_list_per_row():
    with pytest.raises(ValueError, match="2 rows but 1 source lists"):
        tables.table(pd.DataFrame({"a": [1, 2]}), sources=pd.Series(["x"]))


def test_online_only_tables_are_left_out_of_print():
    assert tables.table(pd.DataFrame({"a": [1]}), online_only=True)._repr_markdown_().startswith("<!--")


# Chart layout
def test_wrap_keeps_lines_inside_the_width():
    lines = chart_layout.wrap("Threat, readiness and solidarity dominate; calls for calm are absent", 200, 16)
    limit = int(200 / (16 * chart_layout.CONTRACT["char_width"]))
    assert len(lines) > 1 and all(len(line) <= limit for line in lines)


def test_print_layout_stacks_title_plot_legend_and_source():
    fig = go.Figure(
        [go.Scatter(x=[1, 2], y=["a", "b"], name="first"), go.Scatter(x=[1], y=["a"], name="second")]
    )
    fig.update_layout(
        title="A title long enough to need two lines at the print width of the static image, surely",
        height=500,
    )
    add_source_line(fig, "data/incidents.csv")
    chart_layout.arrange_for_print(fig)
    source = next(a for a in fig.layout.annotations if a.name == chart_layout.SOURCE_NAME)
    assert "<br>" in fig.layout.title.text  # wrapped
    assert fig.layout.legend.orientation == "h" and fig.layout.legend.y < 0  # below the plot
    assert source.yshift < 0 and fig.layout.margin.b > abs(
        source.yshift
    )  # source line last, inside the image


# Site bundle choice
def test_the_smallest_plotly_bundle_is_chosen():
    assert choose_bundle({"scatter", "bar"}) == "plotly-basic.min.js"
    assert choose_bundle({"scattergeo", "scatter"}) == "plotly-geo.min.js"
    with pytest.raises(Exception, match="no single plotly.js bundle"):
        choose_bundle({"bar", "scattergeo"})


# Facts computed from the data
def test_coverage_runs_from_the_first_to_the_last_event():
    span = coverage()
    assert span["first_incident"] <= span["last_incident"] <= span["last_event"] <= span["checked"]


def test_aggregator_share_counts_every_evidence_row():
    from report.words.facts import NOT_EVIDENCE

    weak, total = rows_on_aggregators_alone()
    package = read_package()
    rows = sum(
        len(pd.read_csv(f"data/{r['path']}")) for r in package["resources"] if r["name"] not in NOT_EVIDENCE
    )
    assert 0 < weak < total == rows


def test_appendix_tex_escapes_data_text():
    from report.foundation.escape import latex_text
    from report.pdf.appendix import appendix_tex

    tex = appendix_tex()
    titles = tables._sources()["title"]
    sources_chapter = tex[tex.index(r"\chapter{Sources}") :]
    assert r"\begin{document}" in tex and sources_chapter.count(r"\item[{") == len(titles)
    special = [t for t in titles if any(ch in t for ch in "&%$#_")]
    assert special, "no title with a LaTeX special character to check"
    assert all(latex_text(t) in tex for t in special)


# --- report.site.stylesheet: one purged stylesheet ------------------------------------------------


def test_stylesheet_bundle_keeps_what_pages_use_and_drops_the_rest(tmp_path):
    from report.site import stylesheet as site_css

    static = tmp_path / "site" / "_static"
    (static / "styles").mkdir(parents=True)
    (static / "basic.css").write_text(".used{color:red}\n.unused{color:blue}\n")
    (static / "styles" / "pydata-sphinx-theme.css").write_text(
        "html[data-theme=dark] .used{color:white}\n.icon{background:url(../vendor/icon.woff)}\n"
    )
    (static / "report.css").write_text(".report-extra{margin:0}\n")
    (static / "report-code.js").write_text("document.body.classList.add('report-extra');\n")
    # 'unused' and 'icon' appear in the prose only: words of the text cannot style anything.
    (tmp_path / "site" / "index.html").write_text(
        '<html data-theme="light"><body><div class="used">unused icon</div></body></html>'
    )
    bundle = site_css.write_bundle(tmp_path / "site", ["report.css"], tmp_path / "cache").read_text()
    assert ".used{color:red}" in bundle.replace(" ", "")
    assert "html[data-theme=dark] .used" in bundle  # dark mode is switched by a script
    assert ".report-extra" in bundle  # a class a script sets
    assert ".unused" not in bundle and ".icon" not in bundle
    # The cached result is reused when neither the stylesheets nor the markup changed.
    cached = list((tmp_path / "cache").glob("*.css"))
    assert len(cached) == 1
    site_css.write_bundle(tmp_path / "site", ["report.css"], tmp_path / "cache")
    assert list((tmp_path / "cache").glob("*.css")) == cached


def test_stylesheet_urls_are_rebased_to_the_bundle(tmp_path):
    from report.site import stylesheet as site_css

    static = tmp_path / "_static"
    (static / "styles").mkdir(parents=True)
    sheet = static / "styles" / "theme.css"
    sheet.write_text('a{background:url("../vendor/x.woff")} b{background:url(data:image/png;base64,AA)}')
    text = site_css.concatenated(static, [sheet])
    assert 'url("styles/../vendor/x.woff")' in text and "url(data:image/png;base64,AA)" in text


# --- report.rendering.markdown_latex: classroom texts in print -------------------------------------


def test_classroom_markdown_becomes_escaped_latex():
    from report.rendering.markdown_latex import to_latex

    latex = to_latex(
        "## Steps\n\n1. **Sort.** Pairs sort the cards & discuss {ref}`chapter-audit`.\n"
        "2. See [NATO](https://www.nato.int/a_b) for 100% of it.\n\n| a | b |\n|---|---|\n| x_1 | $y |\n",
        {"chapter-audit": "Checking the article's claims"},
    )
    assert r"\section*{Steps}" in latex
    assert r"\textbf{Sort.} Pairs sort the cards \& discuss \emph{Checking the article's claims}." in latex
    assert r"\href{https://www.nato.int/a_b}{NATO} for 100\% of it." in latex
    assert r"x\_1 & \$y" in latex and r"\begin{tabularx}" in latex


def test_classroom_markdown_refuses_what_it_cannot_print():
    from report.rendering.markdown_latex import to_latex

    with pytest.raises(ValueError, match="unknown cross-reference"):
        to_latex("See {ref}`no-such-label`.", {})
    with pytest.raises(ValueError, match="does not know Markdown"):
        to_latex("```\ncode\n```\n", {})


def test_launch_links_appear_only_for_a_github_repository():
    from report.classroom.material import launch_links

    assert launch_links("") is None and launch_links("https://gitlab.com/a/b") is None
    links = launch_links("https://github.com/owner/report").text
    assert "https://mybinder.org/v2/gh/owner/report/main?labpath=classroom%2Fdata-exercise.ipynb" in links
    assert (
        "https://colab.research.google.com/github/owner/report/blob/main/classroom/data-exercise.ipynb"
        in links
    )


def test_every_pdf_is_named_once_in_the_registry():
    """report/pdf/registry.py names every PDF; the packs' writer makes exactly the classroom
    ones, the LaTeX builder's target is the reading PDF, and the registry imports nothing (the
    build reads it before its no-change check, without loading pandas)."""
    import ast

    import yaml

    from report.pdf import registry
    from report.pdf.packs import documents

    assert list(documents()) == registry.CLASSROOM
    config = yaml.safe_load((ROOT / "_config.yml").read_text(encoding="utf-8"))
    assert config["latex"]["latex_documents"]["targetname"] == f"{registry.READING}.tex"
    tree = ast.parse((ROOT / "report" / "pdf" / "registry.py").read_text(encoding="utf-8"))
    assert not [n for n in ast.walk(tree) if isinstance(n, ast.Import | ast.ImportFrom)]
    lists = [
        path
        for path in [*(ROOT / "scripts").glob("*.py"), *(ROOT / "tests").glob("*.py")]
        if path.name != "test_report_units.py"  # this test names them to look for them
        and all(f'"{name}"' in path.read_text(encoding="utf-8") for name in ("teacher-key-sv", "slides-sv"))
    ]
    assert not lists, f"a second list of the classroom PDFs: {lists}"


# Charts
def test_no_chapter_asks_for_text_below_the_charts_floor():
    """The export raises any text under 11 pt to 11 pt; a chapter that asks for less would say
    one size in its code and show another."""
    import json
    import re

    from report.foundation.paths import toc_notebooks
    from report.rendering.charts import MIN_FONT_PT

    too_small = []
    for notebook in toc_notebooks():
        for cell in json.loads(notebook.read_text(encoding="utf-8"))["cells"]:
            if cell["cell_type"] == "code":
                for size in re.findall(r"fontsize=([0-9.]+)", "".join(cell["source"])):
                    if float(size) < MIN_FONT_PT:
                        too_small.append(f"{notebook.name}: fontsize={size}")
    assert not too_small, too_small


def test_a_map_may_only_ask_for_an_outline_the_site_serves():
    from report.rendering.charts import plotly_chart

    fig = go.Figure(go.Scattergeo(lon=[20], lat=[50]))
    fig.update_geos(scope="asia", resolution=50)
    with pytest.raises(ValueError, match="map outline 'asia_50m'"):
        plotly_chart(fig, "outline-test", alt="A test map", source="test", data=pd.DataFrame({"x": [1]}))


# The data layer
def test_validated_frames_are_indexed_by_the_real_csv_line():
    """The rules name the line a reader opens in an editor: the frames carry it."""
    from report.data.load import validate

    tables = validate()
    for name, frame in tables.items():
        assert frame.index[0] == 2 and frame.index.is_monotonic_increasing, name


def test_a_duplicated_row_is_refused_at_its_line(tmp_path):
    import shutil

    from report.data.load import DataError, validate

    folder = tmp_path / "data"
    shutil.copytree(ROOT / "data", folder)
    costs = folder / "costs.csv"
    lines = costs.read_text(encoding="utf-8").splitlines()
    costs.write_text("\n".join(lines + [lines[-1]]) + "\n", encoding="utf-8")
    with pytest.raises(
        DataError,
        match=rf"costs.csv, row {len(lines)} \(line {len(lines) + 1}\), column 'cost_id': duplicate id",
    ):
        validate(folder)


# Page descriptions (handed to sphinxext-opengraph)
def test_page_description_is_the_first_prose_paragraph_cut_at_a_word():
    from docutils.core import publish_doctree

    from report.site.sphinx_ext import DESCRIPTION_LENGTH, page_description

    long_words = " ".join(["September"] * 40)
    doctree = publish_doctree(
        f"Title\n=====\n\n.. note::\n\n   A note that is long enough to be taken for a first paragraph of prose.\n\n"
        f"Short line.\n\n{long_words}\n"
    )
    description = page_description(doctree)
    assert description.startswith("September September") and description.endswith("September\u2026")
    assert len(description) <= DESCRIPTION_LENGTH


def test_the_schema_layer_runs_once_for_the_same_bytes(tmp_path, monkeypatch):
    """Every notebook's kernel loads the data: frictionless checks a given set of files once,
    and any change to them is checked in full again."""
    import shutil

    from report.data import load as data

    folder = tmp_path / "data"
    shutil.copytree(ROOT / "data", folder)
    monkeypatch.setattr(data, "BUILD_DIR", tmp_path / "work")
    calls = []
    original = data._schema_problems
    monkeypatch.setattr(data, "_schema_problems", lambda *args: calls.append(1) or original(*args))
    data.validate(folder)
    data.validate(folder)
    assert len(calls) == 1
    costs = folder / "costs.csv"
    costs.write_text(costs.read_text(encoding="utf-8").replace("\r\n", "\n"), encoding="utf-8")
    data.validate(folder)
    assert len(calls) == 2


def test_every_classroom_document_writes_its_latex_without_a_build():
    """Each pack, key and slide deck writes its LaTeX from the data (no LaTeX run): a slip in
    the writers shows here, in the quick suite, not only in the full build."""
    from report.pdf.packs import documents

    for name, write_tex in documents().items():
        tex = write_tex()
        assert tex.count("\\begin{document}") == 1 and "\\end{document}" in tex, name
    from report.data.load import load_table
    from report.foundation.escape import latex_text

    english = documents()["student-pack-en"]()
    phrases = load_table("article_claims")["article_phrase"].map(latex_text)
    assert all(phrase[:30] in english for phrase in phrases)


def test_a_short_table_keeps_its_texts_whole_and_a_long_one_shortens_them():
    """A code book of four rules is read whole; in a table of many rows a long text shows its
    first words and the rest behind '… more' (the laptop's three-screen budget)."""
    long_text = "A rule that takes many words to state, " * 8
    short = tables.table(pd.DataFrame({"rule": [long_text] * 4}))._repr_html_()
    many = tables.table(pd.DataFrame({"rule": [long_text] * (tables.ROWS_BEFORE_CHECK + 1)}))._repr_html_()
    assert "report-more" not in short and long_text.strip() in short
    assert short.count("<td") == 4
    assert many.count('class="report-more"') == tables.ROWS_BEFORE_CHECK + 1
