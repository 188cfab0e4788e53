"""The incident map, drawn by the introduction (August-November 2025) and the incidents chapter
(the long view since 2022) from the same code."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from report.foundation.escape import tooltip
from report.foundation.glue import span
from report.rendering.theme import CATEGORY_COLOURS, GREY, KIND_COLOURS, OKABE_ITO
from report.words.labels import country, labels


def hover_text(incidents: pd.DataFrame) -> pd.Series:
    """Date, place, kind, category, stated origin, counts where known, and the summary, wrapped for a tooltip."""
    kinds, categories = labels("incidents", "kind"), labels("incidents", "category")
    origins, levels = labels("incidents", "origin"), labels("incidents", "firmness")
    return incidents.apply(
        lambda r: tooltip(
            f"{r['date_start']:%-d %B %Y} · {r['place']} ({country(r['country'])})",
            f"{kinds[r['kind']]}; {categories[r['category']].lower()}",
            f"origin: {origins[r['origin']]}, {levels[r['firmness']]}",
            None if pd.isna(r["count_min"]) else f"objects: {span(r['count_min'], r['count_max'])}",
            r["summary"],
        ),
        axis=1,
    )


def incident_map(layers: list[tuple], *, title: str, height: int = 680) -> go.Figure:
    """A map of Europe with one legend entry per layer: (label, incidents, marker style[, 'legendonly'])."""
    fig = go.Figure()
    for layer in layers:
        label, points, marker = layer[:3]
        visible = list(layer[3:])  # 'legendonly' when the layer starts switched off
        if points.empty:
            continue
        fig.add_trace(
            go.Scattergeo(
                lon=points["lon"],
                lat=points["lat"],
                mode="markers",
                name=label,
                marker=marker,
                customdata=hover_text(points).to_frame(),
                hovertemplate="%{customdata[0]}<extra></extra>",
                visible=visible[0] if visible else True,
            )
        )
    # The frame reaches east to Belarus and western Russia, where the drones came from, and is
    # about as wide as it is tall, so that the map fills a laptop's chart as well as a phone's.
    # The Black Sea is a "lake" in the map data: drawn as water, not left blank; countries the
    # Europe outlines leave out (Georgia, Türkiye) show as land, not as a white hole.
    fig.update_geos(
        scope="europe",
        resolution=50,
        projection_type="mercator",
        lataxis_range=[43, 71],
        lonaxis_range=[-8, 42],
        showcountries=True,
        countrycolor="#bdbdbd",
        showland=True,
        landcolor="#f4f4f4",
        showocean=True,
        oceancolor="#e8f1f8",
        showlakes=True,
        lakecolor="#e8f1f8",
        bgcolor="#f4f4f4",
        showframe=False,
    )
    fig.update_layout(
        title=title,
        height=height,
        margin=dict(l=10, r=10, t=60, b=120),
        legend=dict(orientation="h", y=-0.02, yanchor="top", x=0, font=dict(size=12)),
    )
    return fig


def point_marker(colour: str, size: int = 11, symbol: str = "circle") -> dict:
    return dict(size=size, color=colour, symbol=symbol, line=dict(width=0.8, color="#333333"), opacity=0.9)


CONTEXT_MARKER = dict(size=8, color=GREY, symbol="circle-open", line=dict(width=1.5))


# One map layer per stated origin and firmness, in this order; Okabe-Ito colours keyed by
# (origin, firmness) so that a suspected Russian origin is a lighter shade of a formal one.
ORIGIN_LAYERS = [
    ("russia", "formal", OKABE_ITO["vermillion"]),
    ("russia", "suspected", OKABE_ITO["orange"]),
    ("belarus", "formal", OKABE_ITO["purple"]),
    ("belarus", "suspected", OKABE_ITO["purple"]),
    ("ukraine", "formal", OKABE_ITO["blue"]),
    ("ukraine", "suspected", OKABE_ITO["blue"]),
    ("other", "formal", OKABE_ITO["green"]),
    ("other", "suspected", OKABE_ITO["green"]),
    ("unknown", "none", OKABE_ITO["sky"]),
]


def origin_layers(incidents: pd.DataFrame) -> list[tuple[str, pd.DataFrame, dict]]:
    """Map layers of `incidents` by stated origin and firmness ('Russia, suspected'); a layer
    with no rows is left out. A suspected origin is drawn as a diamond, a formal one as a circle."""
    origins, levels = labels("incidents", "origin"), labels("incidents", "firmness")
    layers = []
    for origin, firmness, colour in ORIGIN_LAYERS:
        rows = incidents[(incidents["origin"] == origin) & (incidents["firmness"] == firmness)]
        if len(rows):
            label = origins[origin] if firmness == "none" else f"{origins[origin]}, {levels[firmness]}"
            layers.append(
                (label, rows, point_marker(colour, symbol="diamond" if firmness == "suspected" else "circle"))
            )
    return layers


# The price chart: one range line per unit price a source gives, drones and interceptor missiles
# in their own colours, on a logarithmic dollar scale.
PRICE_COLOURS = {"drone": KIND_COLOURS["drone"], "interceptor_missile": OKABE_ITO["blue"]}
PRICE_KIND_NAMES = {"drone": "drone", "interceptor_missile": "interceptor missile"}


def unit_prices(costs: pd.DataFrame) -> pd.DataFrame:
    """The unit prices of drones and interceptor missiles, cheapest first within each kind; a
    source's total for a batch (an item starting with a number) is not a unit price. A price
    given as one figure is a range from that figure to itself."""
    priced = costs[
        costs["kind"].isin(list(PRICE_COLOURS))
        & costs["cost_min_usd"].notna()
        & ~costs["item"].str.match(r"\d")
    ].copy()
    priced["cost_max_usd"] = priced["cost_max_usd"].fillna(priced["cost_min_usd"])
    return priced.sort_values(["kind", "cost_min_usd"])


def price_label(row: pd.Series) -> str:
    """'Shahed-136, according to Reuters': the item without its note in brackets, and the
    first claimant named."""
    claimant = row["claimant"].split(" (")[0].split(", ")[0]
    return f"{row['item'].split(' (')[0]}, according to {claimant}"


def _dollars(value, _position=None) -> str:
    return f"${value:,.0f}"


def price_ranges(priced: pd.DataFrame, *, title: str, phone: bool = False):
    """The price chart. On a laptop and in print each label sits left of its range line; on a
    phone (`phone=True`, a figure 4.9 in wide) the label sits above its line, so the line keeps
    the whole width and every price stays on screen."""
    import textwrap

    import matplotlib.pyplot as plt
    from matplotlib.ticker import FuncFormatter

    rows = len(priced)
    if phone:
        fig, ax = plt.subplots(figsize=(4.9, 0.85 * rows + 1.9))
        fig.subplots_adjust(left=0.05, right=0.93, top=1 - 0.5 / (0.85 * rows + 1.9))
    else:
        fig, ax = plt.subplots(figsize=(8.6, 0.95 * rows + 1.6))  # room for three-line labels
    for y, (_, row) in enumerate(priced.iterrows()):
        colour, ends = PRICE_COLOURS[row["kind"]], [row["cost_min_usd"], row["cost_max_usd"]]
        ax.plot(ends, [y, y], color=colour, linewidth=4, solid_capstyle="round")
        ax.plot(ends, [y, y], "o", color=colour, markersize=6)
    labels = [price_label(row) for _, row in priced.iterrows()]
    ax.set_xscale("log")
    ax.xaxis.set_major_formatter(FuncFormatter(_dollars))
    if phone:
        # Each label above its line, from the plot's left edge; the y axis then needs no ticks.
        ax.set_yticks(range(rows), [""] * rows)
        ax.tick_params(axis="y", length=0)
        ax.grid(axis="y", visible=False)
        ax.set_ylim(-0.5, rows - 0.05)  # the cheapest at the bottom, as on a laptop
        for y, label in enumerate(labels):
            ax.text(
                0,
                y + 0.22,
                textwrap.fill(label, 44),
                transform=ax.get_yaxis_transform(),
                ha="left",
                va="bottom",
                fontsize=11,
            )
    else:
        # Wrapped so that the labels leave the plot most of the width.
        ax.set_yticks(range(rows), ["\n".join(textwrap.wrap(label, 34)) for label in labels])
    ax.set_title(title)
    for kind, colour in PRICE_COLOURS.items():
        ax.plot([], [], color=colour, linewidth=4, label=PRICE_KIND_NAMES[kind])
    if phone:
        ax.legend(loc="upper left", bbox_to_anchor=(0, -0.04), ncol=2, frameon=False)
    else:
        ax.legend(loc="lower right")
    return fig


def incident_timeline(incidents: pd.DataFrame, *, title: str) -> go.Figure:
    """Every incident as a point, by date and country (a row per country, the first to have an
    incident on top), coloured by category; the tooltip tells the incident."""
    timeline = incidents.assign(hover=hover_text(incidents), country_name=incidents["country"].map(country))
    fig = go.Figure()
    for category, label in labels("incidents", "category").items():
        points = timeline[timeline["category"] == category]
        fig.add_trace(
            go.Scatter(
                x=points["date_start"],
                y=points["country_name"],
                mode="markers",
                name=label,
                marker=point_marker(CATEGORY_COLOURS[category]),
                customdata=points[["hover"]],
                hovertemplate="%{customdata[0]}<extra></extra>",
            )
        )
    country_order = timeline.groupby("country_name")["date_start"].min().sort_values().index.tolist()
    fig.update_yaxes(categoryorder="array", categoryarray=country_order[::-1], title=None)
    fig.update_xaxes(title=None)
    fig.update_layout(title=title, height=560)
    return fig


def quarterly_counts(incidents: pd.DataFrame, first: str = "2022Q1", last: str = "2025Q4") -> pd.DataFrame:
    """Incidents per quarter (rows, every quarter from `first` to `last`) and category (columns,
    in the codebook's order)."""
    return (
        incidents.assign(quarter=incidents["date_start"].dt.to_period("Q"))
        .pivot_table(index="quarter", columns="category", values="incident_id", aggfunc="count", fill_value=0)
        .reindex(pd.period_range(first, last, freq="Q"), fill_value=0)
        .reindex(columns=list(labels("incidents", "category")), fill_value=0)
    )


def quarterly_bars(quarterly: pd.DataFrame, *, title: str):
    """Stacked bars of incidents per quarter by category; the year is written under its first
    quarter only."""
    import matplotlib.pyplot as plt
    import numpy as np

    category_labels = labels("incidents", "category")
    fig, ax = plt.subplots(figsize=(8.6, 4.4))
    bottom = np.zeros(len(quarterly))
    for category in quarterly.columns:
        ax.bar(
            range(len(quarterly)),
            quarterly[category],
            bottom=bottom,
            color=CATEGORY_COLOURS[category],
            edgecolor="white",
            linewidth=0.5,
            label=category_labels[category],
        )
        bottom += quarterly[category].to_numpy()
    ax.set_xticks(
        range(len(quarterly)),
        [f"{q.year}\nQ{q.quarter}" if q.quarter == 1 else f"Q{q.quarter}" for q in quarterly.index],
    )
    ax.set_ylabel("incidents")
    ax.set_title(title)
    ax.legend(loc="upper left")
    return fig
