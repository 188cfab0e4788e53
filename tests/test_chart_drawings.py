"""Unit tests of the chart drawings (report/rendering/charts.py and the chapters' chart modules)
and of the reported-figures wording the incidents chapter glues (report/words/reported_figures.py).
No browser: the drawings are measured as matplotlib saves them."""

from __future__ import annotations

import math
import re

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from report.rendering import charts, theme  # noqa: E402
from report.rendering.alliance_charts import measure_counts, measures_alt  # noqa: E402
from report.rendering.chart_layout import CONTRACT, PRINT_WIDTH  # noqa: E402
from report.rendering.incident_charts import price_label, price_ranges, unit_prices  # noqa: E402
from report.words.reported_figures import claimed, figure_span, usd_range  # noqa: E402

FIGURES = pd.DataFrame(
    [
        ("2025-09-10-PL", "objects_entered", 19, 19, "Polish PM Donald Tusk (to the Sejm)"),
        ("2025-09-10-PL", "objects_entered", 21, 21, "Marcin Przydacz (Radio Zet)"),
        ("2025-09-10-PL", "objects_shot_down", 3, 4, "Polish PM Donald Tusk (to the Sejm)"),
        ("2025-09-10-PL", "ukraine_strike_drones", 415, math.nan, "Zelensky"),
        ("2025-09-13-RO", "objects_entered", 1, 1, "Romanian MoD"),
    ],
    columns=["incident_id", "measure", "value_min", "value_max", "claimant"],
)


def test_figure_span_runs_from_the_lowest_to_the_highest_figure_given():
    assert figure_span(FIGURES, "2025-09-10-PL", "objects_entered") == "19\u201321"
    assert figure_span(FIGURES, "2025-09-13-RO", "objects_entered") == "1"
    assert figure_span(FIGURES, "2025-09-10-PL", "ukraine_strike_drones") == "at least 415"  # open


def test_claimed_gives_one_claimants_figure():
    assert claimed(FIGURES, "2025-09-10-PL", "objects_entered", "Tusk (to the Sejm)") == "19"
    assert claimed(FIGURES, "2025-09-10-PL", "objects_shot_down", "Tusk (to the Sejm)") == "3\u20134"
    assert claimed(FIGURES, "2025-09-10-PL", "objects_entered", "Przydacz") == "21"


def test_claimed_fails_on_a_claimant_who_gave_no_figure():
    with pytest.raises(ValueError, match="Kosiniak"):
        claimed(FIGURES, "2025-09-10-PL", "objects_entered", "Kosiniak")


def test_usd_range_reads_from_to():
    assert usd_range(1000, 370000) == "from $1,000 to $370,000"
    assert usd_range(400000, 400000) == "$400,000"


COSTS = pd.DataFrame(
    [
        ("c1", "Gerbera decoy drone (unit cost)", "drone", 10000, 20000, "Interia"),
        ("c2", "AIM-9X Sidewinder missile", "interceptor_missile", 400000, math.nan, "Fox News"),
        ("c3", "19 drones (total)", "drone", 200000, math.nan, "Fakt"),
        ("c4", "F-35 flight hour", "operation", 40000, math.nan, "Fakt"),
        ("c5", "Cheap drones", "drone", 1000, 2000, "Mark Rutte, NATO (press conference)"),
    ],
    columns=["cost_id", "item", "kind", "cost_min_usd", "cost_max_usd", "claimant"],
)


def test_unit_prices_are_drone_and_missile_prices_without_batch_totals():
    priced = unit_prices(COSTS)
    assert priced["cost_id"].tolist() == ["c5", "c1", "c2"]  # by kind, cheapest first
    assert priced.set_index("cost_id").loc["c2", "cost_max_usd"] == 400000  # one figure: a point


def test_price_label_names_the_item_and_the_first_claimant():
    row = COSTS.iloc[4]
    assert price_label(row) == "Cheap drones, according to Mark Rutte"
    assert price_label(COSTS.iloc[0]) == "Gerbera decoy drone, according to Interia"


def test_measure_counts_and_their_description():
    national = pd.DataFrame(
        {
            "actor": ["PL", "PL", "DE", "PL"],
            "kind": [
                "airspace_restriction",
                "rules_of_engagement",
                "air_defence_deployment",
                "airspace_restriction",
            ],
            "response_id": ["r1", "r2", "r3", "r4"],
        }
    )
    counts = measure_counts(national)
    assert counts.index.tolist() == ["DE", "PL"]  # fewest first: drawn from the bottom up
    assert counts.loc["PL"].tolist() == [2, 0, 1]
    assert measures_alt(counts).startswith(
        "Horizontal stacked bar chart of national measures by country: Poland 3 ("
    )


def _svg_width(path) -> float:
    return charts._svg_width_px(path.read_bytes())


@pytest.fixture
def figures_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("REPORT_FIGURES_DIR", str(tmp_path))
    return tmp_path


def _wide_chart():
    """A laptop chart that would not fit a phone as drawn: long category labels, a legend in
    the plot, a long title."""
    theme.apply_matplotlib_theme()
    fig, ax = plt.subplots(figsize=(8.6, 4.5))
    names = [f"A long category label number {n} that needs a lot of room" for n in range(6)]
    ax.barh(names, range(1, 7), label="a first kind of measure with a long name")
    ax.barh(names, range(6, 0, -1), left=range(1, 7), label="another kind")
    ax.set_title("A title long enough to run past the right edge of a phone's text column")
    ax.legend(loc="lower right")
    return fig


def test_a_wide_chart_gets_a_phone_drawing_that_fits_a_phone_column(figures_dir):
    chart = charts.matplotlib_chart(
        _wide_chart(), "wide-test", alt="A test chart.", source="a test", data=pd.DataFrame({"x": [1]})
    )
    phone = figures_dir / "wide-test-phone.svg"
    assert phone.exists() and 'srcset="../figures/wide-test-phone.svg"' in chart.html
    assert _svg_width(phone) <= charts.PHONE_FIT_PX
    assert _svg_width(phone) * charts.READABLE_SCALE <= charts.PHONE_COLUMN_PX
    assert "--readable-width" not in chart.html  # no sideways-scrolling box


def test_a_phone_drawing_that_does_not_fit_falls_back_to_a_scroll_box(figures_dir):
    """The fit check can fail: a chart's own phone drawing drawn too wide is not served."""
    too_wide, ax = plt.subplots(figsize=(7.5, 3))
    ax.plot([1, 2], [1, 2])
    chart = charts.matplotlib_chart(
        _wide_chart(),
        "too-wide-test",
        alt="A test chart.",
        source="a test",
        data=pd.DataFrame({"x": [1]}),
        phone=too_wide,
    )
    assert not (figures_dir / "too-wide-test-phone.svg").exists()
    assert "--readable-width" in chart.html


def test_the_price_chart_has_its_own_phone_drawing_that_fits(figures_dir):
    priced = unit_prices(COSTS)
    chart = charts.matplotlib_chart(
        price_ranges(priced, title="What a drone and a missile cost"),
        "prices-test",
        phone=price_ranges(priced, title="What a drone and a missile cost", phone=True),
        alt="A test chart.",
        source="a test",
        data=priced,
    )
    assert _svg_width(figures_dir / "prices-test-phone.svg") <= charts.PHONE_FIT_PX
    assert "prices-test-phone.svg" in chart.html


def test_a_matplotlib_title_is_bold_at_the_drawings_left_edge():
    fig = _wide_chart()
    title = charts.title_at_left_edge(fig)
    assert fig.axes[0].get_title() == "" and title.get_text().startswith("A title long enough")
    assert title.get_fontweight() in ("bold", 700) and title.get_fontsize() == theme.TITLE_SIZE_PT
    drawn = charts._drawn_bbox(fig, leave_out=[title])
    renderer = fig.canvas.get_renderer()
    left = title.get_window_extent(renderer).x0 / fig.dpi
    assert abs(left - drawn.x0) < 0.05  # at the left edge of the drawing, not over the plot
    plt.close(fig)


def test_both_kinds_of_chart_print_their_titles_alike():
    """A plotly chart is printed from a PRINT_WIDTH px image, a matplotlib one from a figure
    8.6 in wide, both at the text width: their titles print within 5% of one size, both bold."""
    plotly_share = CONTRACT["title_font"] / PRINT_WIDTH
    matplotlib_share = theme.TITLE_SIZE_PT / (8.6 * 72)
    assert abs(plotly_share / matplotlib_share - 1) < 0.05
    assert CONTRACT["title_weight"] == theme.TITLE_WEIGHT == "bold"
    template = theme._plotly_template()
    assert template.layout.title.font.weight == "bold"


def test_ticks_that_would_overprint_are_thinned():
    fig, ax = plt.subplots(figsize=(3, 2))
    ax.set_xticks(range(20), [f"label {n}" for n in range(20)])
    charts._thin_overlapping_ticks(fig)
    renderer = fig.canvas.get_renderer()
    shown = [t.get_window_extent(renderer) for t in ax.get_xticklabels() if t.get_visible()]
    assert len(shown) < 20
    assert all(a.x1 <= b.x0 for a, b in zip(shown, shown[1:]))
    plt.close(fig)


def test_svg_width_is_read_in_css_pixels():
    assert charts._svg_width_px(b'<svg xmlns="x" width="360pt" height="10pt">') == pytest.approx(480)
    assert re.search(r"max-width: 600px", charts.PHONE_MEDIA)
