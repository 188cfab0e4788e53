"""The chart layout contract: where a chart's title, plot, legend and source line go.

From top to bottom: the title (wrapped to the chart's width), the plot with its tick labels,
the legend (horizontal, below the plot), then the source line (wrapped). Nothing overlaps,
there is no toolbar, and margins are computed, not fixed.

Two places apply it. On the site, `report/site/static/report-charts.js` lays each chart out for
the reader's screen from measured sizes, again whenever the window is resized. For print,
`arrange_for_print` lays the figure out for the static image's fixed width from estimated
text sizes (kaleido draws it without running the site's script). Both read `CONTRACT`, which
travels with every chart's JSON to the site.
"""

from __future__ import annotations

import textwrap
from typing import Any

import plotly.graph_objects as go

from report.rendering.theme import TITLE_SIZE_PX, TITLE_WEIGHT

CONTRACT: dict[str, Any] = {
    "pad": 12,  # px between the chart's edge and its text
    "gap": 12,  # px between stacked blocks (ticks, legend, source line)
    # The title: the report's one chart title style (report/rendering/theme.py), bold; bold
    # glyphs are wider, so titles wrap at a wider average glyph.
    "title_font": TITLE_SIZE_PX,
    "title_font_narrow": TITLE_SIZE_PX - 1,
    "title_weight": TITLE_WEIGHT,
    "title_char_width": 0.66,
    "source_font": 13,  # 13 px is 8.6 pt at the print width below, 10.6 px... never under 10 px on screens
    "tick_font_narrow": 12,
    "narrow_below": 600,  # px: below this width a chart uses the narrow sizes
    "char_width": 0.6,  # average glyph width as a share of the font size (DejaVu Sans)
    "line_height": 1.3,
}
PRINT_WIDTH = 680  # px; at the PDF's text width (about 450 pt) 1 px is 0.66 pt, so 13 px prints at 8.6 pt
SOURCE_NAME = "report-source"  # the name of the source-line annotation, which the site's script looks for


def wrap(text: str, width_px: float, font_px: float, char_width: float | None = None) -> list[str]:
    """Lines of at most the number of characters that fit in `width_px` at `font_px`."""
    chars = max(12, int(width_px / (font_px * (char_width or CONTRACT["char_width"]))))
    return textwrap.wrap(
        text.replace("<br>", " "), chars, break_long_words=False, break_on_hyphens=False
    ) or [""]


def _legend_entries(fig: go.Figure) -> list[str]:
    return [trace.name for trace in fig.data if trace.name and trace.showlegend is not False]


def _plot_left(fig: go.Figure) -> float:
    """Estimated left edge of the plot: category labels on the y axis push it right."""
    labels = [
        str(v)
        for trace in fig.data
        if trace.type in {"scatter", "bar"} and trace.y is not None
        for v in trace.y
        if isinstance(v, str)
    ]
    if not labels:
        return (
            (fig.layout.margin.l if fig.layout.margin.l is not None else 60)
            if any(trace.type in {"scatter", "bar"} for trace in fig.data)
            else 10
        )
    return 20 + max(len(label) for label in labels) * 14 * CONTRACT["char_width"]


def _legend_height(fig: go.Figure, width: float) -> float:
    names = _legend_entries(fig)
    if not names or fig.layout.showlegend is False:
        return 0
    font = (fig.layout.legend.font.size if fig.layout.legend and fig.layout.legend.font else None) or 14
    rows, used = 1, 0.0
    for name in names:
        entry = 46 + len(name) * font * CONTRACT["char_width"]
        if used and used + entry > width:
            rows, used = rows + 1, 0.0
        used += entry
    return rows * (font * CONTRACT["line_height"] + 6) + 6


def _tick_block_height(fig: go.Figure) -> float:
    """Height of the x tick labels and axis title under the plot (0 for maps)."""
    if not any(trace.type in {"scatter", "bar"} for trace in fig.data):
        return 0
    axis = fig.layout.xaxis
    lines = 1 + (axis.tickformat or "").count("<br>")
    height = 8 + lines * 14 * CONTRACT["line_height"]
    if axis.title and axis.title.text:
        height += 14 * CONTRACT["line_height"] + 10
    return height


def arrange_for_print(fig: go.Figure, width: int = PRINT_WIDTH) -> None:
    """Apply the contract for a static image `width` px wide (the site's script redoes it on screen)."""
    pad, gap = CONTRACT["pad"], CONTRACT["gap"]
    height = fig.layout.height or 500
    title_font = CONTRACT["title_font"]
    title_lines = (
        wrap(fig.layout.title.text or "", width - 2 * pad, title_font, CONTRACT["title_char_width"])
        if fig.layout.title.text
        else []
    )
    top = pad + len(title_lines) * title_font * CONTRACT["line_height"] + gap if title_lines else pad
    fig.update_layout(
        title=dict(
            text="<br>".join(title_lines),
            x=0,
            xref="container",
            xanchor="left",
            y=1,
            yref="container",
            yanchor="top",
            pad=dict(l=pad, t=pad),
            font=dict(size=title_font, weight=CONTRACT["title_weight"]),
        )
    )
    source = next((a for a in fig.layout.annotations if a.name == SOURCE_NAME), None)
    # The legend and the source line start at the plot's left edge and wrap at the image's.
    room = width - _plot_left(fig) - pad
    source_lines = wrap(source.text, room, CONTRACT["source_font"]) if source else []
    ticks = _tick_block_height(fig)
    legend = _legend_height(fig, room)
    bottom = (
        ticks
        + (gap + legend if legend else 0)
        + gap
        + len(source_lines) * CONTRACT["source_font"] * CONTRACT["line_height"]
        + pad
    )
    plot_height = height - top - bottom
    fig.update_layout(
        margin=dict(t=top, b=bottom, autoexpand=True),
        legend=dict(
            orientation="h",
            xref="paper",
            x=0,
            xanchor="left",
            yref="paper",
            yanchor="top",
            y=-(ticks + gap) / plot_height,
        ),
    )
    if source:
        source.update(
            text="<br>".join(source_lines),
            y=0,
            yanchor="top",
            yshift=-(ticks + (gap + legend if legend else 0) + gap),
            font=dict(size=CONTRACT["source_font"]),
        )
