"""Every interactive chart, drawn in Chromium at a phone's, a tablet's and a laptop's width,
keeps the layout contract (report/rendering/chart_layout.py): no overlap of title, legend, notes and
tick labels, no text cut off at the chart's edge, no text under 10 px, and a plot area of at
least 45% of the chart's width. The measuring is in tests/chart_geometry.js.

Every static (matplotlib) chart is measured too: shown whole in its column at a phone's and a
laptop's width, with no sideways-scrolling box, at a scale that keeps its text at 10 px."""

from __future__ import annotations

from pathlib import Path

import pytest

from report.site.tools import expected_charts, notebook_pages

GEOMETRY = (Path(__file__).parent / "chart_geometry.js").read_text(encoding="utf-8")
CHART_PAGES = [(path, nb) for path, nb in notebook_pages() if expected_charts(nb)]


def draw_all(page, count: int) -> None:
    for chart in page.locator(".report-lazy-chart").all():
        chart.scroll_into_view_if_needed()
    page.wait_for_function(
        f"document.querySelectorAll('.report-lazy-chart[data-drawn=\"yes\"]').length >= {count}",
        timeout=30000,
    )


@pytest.mark.parametrize("width", [390, 768, 1280])
@pytest.mark.parametrize("path,notebook", CHART_PAGES, ids=[p for p, _ in CHART_PAGES])
def test_charts_keep_the_layout_contract(browser, server, artifacts, path, notebook, width):
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    page.goto(f"{server}/{path}")
    draw_all(page, expected_charts(notebook))
    problems = page.evaluate(GEOMETRY)
    if problems:
        page.screenshot(path=str(artifacts / f"chart-layout-{Path(path).stem}-{width}.png"), full_page=True)
    context.close()
    assert not problems, "\n".join(problems)


def test_charts_lay_themselves_out_again_when_the_window_narrows(browser, server):
    path, notebook = next((p, nb) for p, nb in CHART_PAGES if "30_us_stance" in p)
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(f"{server}/{path}")
    draw_all(page, expected_charts(notebook))
    wide = page.evaluate("document.querySelector('.report-lazy-chart')._fullLayout.width")
    page.set_viewport_size({"width": 390, "height": 900})
    page.wait_for_function(
        f"document.querySelector('.report-lazy-chart')._fullLayout.width < {wide} "
        "&& document.querySelector('.report-lazy-chart').getAttribute('data-drawn') === 'yes'",
        timeout=10000,
    )
    problems = page.evaluate(GEOMETRY)
    context.close()
    assert not problems, "\n".join(problems)


def test_the_geometry_check_sees_an_overlap(browser, server):
    """The check itself can fail: move a chart's legend onto its title and it must say so."""
    path, notebook = CHART_PAGES[0]
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(f"{server}/{path}")
    draw_all(page, expected_charts(notebook))
    page.evaluate("""() => { const chart = document.querySelector('.report-lazy-chart');
        return Plotly.relayout(chart, {'legend.yref': 'container', 'legend.y': 1, 'legend.yanchor': 'top',
                                       'legend.xref': 'container', 'legend.x': 0}); }""")
    problems = page.evaluate(GEOMETRY)
    context.close()
    assert any("overlaps" in problem for problem in problems), problems


STATIC_PAGES = [
    (path, nb) for path, nb in notebook_pages() if "report-static-chart" in nb.read_text(encoding="utf-8")
]
# For each static chart image on the page: the picture's file, the width it is shown at, its
# drawing's own width, the width of the chart's column, and whether its box scrolls sideways.
MEASURE_STATIC = """() => Array.from(document.querySelectorAll('img.report-static-chart')).map(i => {
    const box = i.closest('.report-static-scroll'), column = i.closest('.report-chart');
    return {name: i.currentSrc.split('/').pop(), shown: i.getBoundingClientRect().width,
            natural: i.naturalWidth, column: column.clientWidth,
            scrolls: box.scrollWidth > box.clientWidth + 1};
})"""


def static_chart_sizes(page) -> list[dict]:
    for image in page.locator("img.report-static-chart").all():
        image.scroll_into_view_if_needed()
        image.evaluate("i => i.complete || new Promise(r => i.addEventListener('load', r))")
    return page.evaluate(MEASURE_STATIC)


@pytest.mark.parametrize("width", [390, 1280])
def test_static_charts_fit_their_column_at_a_readable_size(browser, server, artifacts, width):
    """A matplotlib chart's smallest text is 11 pt in its drawing; shown at a scale under
    READABLE_SCALE it would be under 10 px on screen. Every static chart must be shown whole
    in its column (no sideways scrolling: on a phone, its phone drawing fits the column) at a
    scale that keeps its text at 10 px or more. Each chart's widths are written to
    test-artifacts/static-chart-widths-WIDTH.txt."""
    from report.rendering.charts import READABLE_SCALE

    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    report, problems = [], []
    for path, _ in STATIC_PAGES:
        page.goto(f"{server}/{path}")
        for chart in static_chart_sizes(page):
            needed = chart["natural"] * READABLE_SCALE  # the narrowest it may be shown at
            line = (
                f"{path}: {chart['name']} drawn {chart['natural']} px, needs {needed:.0f} px "
                f"for 10 px text, shown {chart['shown']:.0f} px in a {chart['column']} px column"
            )
            report.append(line)
            if needed > chart["column"] + 0.5 or chart["scrolls"]:
                problems.append(f"{line}: wider than its column (scrolls sideways)")
            elif chart["shown"] / chart["natural"] < READABLE_SCALE - 0.005:
                problems.append(f"{line}: its text is under 10 px")
    context.close()
    (artifacts / f"static-chart-widths-{width}.txt").write_text("\n".join(report) + "\n")
    print("\n".join(report))
    assert STATIC_PAGES and report, "no static chart found"
    assert not problems, "\n".join(problems)
