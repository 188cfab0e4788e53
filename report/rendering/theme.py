"""One look for every chart, matplotlib and plotly alike.

Colours are the Okabe-Ito palette, designed to stay distinguishable with the common
colour-vision deficiencies. Category colours are fixed by meaning (a country, a verdict,
a stance keeps its colour in every chapter), so readers never re-learn a legend.
"""

from __future__ import annotations

import matplotlib as mpl
import plotly.graph_objects as go
import plotly.io as pio
from matplotlib.rcsetup import cycler

OKABE_ITO = {
    "blue": "#0072B2",
    "orange": "#E69F00",
    "green": "#009E73",
    "vermillion": "#D55E00",
    "sky": "#56B4E9",
    "purple": "#CC79A7",
    "yellow": "#F0E442",
    "black": "#000000",
}
PALETTE = [
    OKABE_ITO[c] for c in ("blue", "orange", "green", "vermillion", "sky", "purple", "yellow", "black")
]
GREY = "#6b6b6b"
LIGHT_GREY = "#d9d9d9"
# Both axes of a plotly chart: light grid, grey line, ticks outside, room for long labels.
AXIS = dict(
    showgrid=True, gridcolor=LIGHT_GREY, linecolor=GREY, ticks="outside", zeroline=False, automargin=True
)
TEXT = "#222222"
FONT_FAMILY = "DejaVu Sans, Verdana, Arial, sans-serif"
FONT_SIZE = 14
HEIGHT = 500  # a plotly chart's default height in CSS pixels (its print width: chart_layout.PRINT_WIDTH)

# One title style for every chart: bold, in the text colour, at the chart's left edge, and the
# same size in print. A plotly chart is printed from an image 680 px wide (chart_layout.PRINT_WIDTH)
# and a matplotlib chart from a figure about 8.6 in (620 pt) wide, both at the PDF's text width:
# a 16 px plotly title and a 14.5 pt matplotlib title both print at about 10.5 pt, and on a
# laptop's 688 px column both show at about 16 px.
TITLE_WEIGHT = "bold"
TITLE_SIZE_PX = 16  # plotly (chart_layout.CONTRACT["title_font"])
TITLE_SIZE_PT = 14.5  # matplotlib
TITLE_GAP_PT = 10  # matplotlib: between the title and the top of the plot

# Colours that carry a meaning across chapters.
KIND_COLOURS = {
    "drone": OKABE_ITO["vermillion"],
    "aircraft": OKABE_ITO["blue"],
    "missile": OKABE_ITO["purple"],
    "balloon": OKABE_ITO["orange"],
    "unidentified": GREY,
}
CATEGORY_COLOURS = {
    "violation": OKABE_ITO["vermillion"],
    "debris": OKABE_ITO["purple"],
    "near_border": OKABE_ITO["orange"],
    "sighting": OKABE_ITO["sky"],
}
STANCE_COLOURS = {
    "affirm": OKABE_ITO["blue"],
    "conditional": OKABE_ITO["orange"],
    "downplay": OKABE_ITO["vermillion"],
    "neutral": GREY,
}
VERDICT_COLOURS = {
    "supported": OKABE_ITO["green"],
    "partly_supported": OKABE_ITO["sky"],
    "unsupported": OKABE_ITO["orange"],
    "contradicted": OKABE_ITO["vermillion"],
    "not_verifiable": GREY,
    "not_scored": LIGHT_GREY,
}


def apply_matplotlib_theme() -> None:
    mpl.rcParams.update(
        {
            "figure.figsize": (8.6, 5.0),
            "figure.dpi": 100,
            "savefig.dpi": 200,
            "savefig.bbox": "tight",
            "font.family": "DejaVu Sans",
            "font.size": 11,
            "axes.titlesize": TITLE_SIZE_PT,
            "axes.titleweight": TITLE_WEIGHT,
            "axes.titlecolor": TEXT,
            "axes.titlelocation": "left",
            "axes.labelsize": 11,
            "axes.edgecolor": GREY,
            "axes.labelcolor": TEXT,
            "axes.prop_cycle": cycler(color=PALETTE),
            "axes.spines.top": False,
            "axes.spines.right": False,
            "axes.grid": True,
            "axes.axisbelow": True,
            "grid.color": LIGHT_GREY,
            "grid.linewidth": 0.6,
            "xtick.color": TEXT,
            "ytick.color": TEXT,
            "legend.frameon": False,
            # Reproducible SVG files: fixed ids, no timestamp.
            "svg.hashsalt": "nato-airspace-report",
            "svg.fonttype": "path",
        }
    )


def _plotly_template() -> go.layout.Template:
    return go.layout.Template(
        layout=go.Layout(
            font=dict(family=FONT_FAMILY, size=FONT_SIZE, color=TEXT),
            title=dict(
                x=0.015, xref="container", xanchor="left", font=dict(size=TITLE_SIZE_PX, weight=TITLE_WEIGHT)
            ),
            colorway=PALETTE,
            paper_bgcolor="white",
            plot_bgcolor="white",
            margin=dict(l=60, r=30, t=70, b=90),
            xaxis=AXIS,
            yaxis=AXIS,
            hoverlabel=dict(font=dict(family=FONT_FAMILY, size=13)),
            legend=dict(orientation="h", yanchor="bottom", y=1.0, xanchor="left", x=0.0),
            width=None,
            height=HEIGHT,
        )
    )


def apply_plotly_theme() -> None:
    pio.templates["report"] = _plotly_template()
    pio.templates.default = "report"


def apply_theme() -> None:
    apply_matplotlib_theme()
    apply_plotly_theme()
