"""The alliance chapter's charts: the Article 4 consultations since 1949 and the national
measures taken after the incidents of September 2025."""

from __future__ import annotations

from typing import Any

import pandas as pd
import plotly.graph_objects as go

from report.foundation.escape import tooltip
from report.rendering.theme import OKABE_ITO
from report.words.labels import countries, country, labels

# Requesting groups named as a group rather than as a list of countries.
GROUP_NAMES = {"BG;CZ;EE;LV;LT;PL;RO;SK": "Eight eastern allies", "PL;LT": "Poland and Lithuania"}
ARTICLE4_MARKERS: list[tuple[str, str, dict[str, Any]]] = [
    ("held", "Consultation held", dict(symbol="circle", color=OKABE_ITO["blue"])),
    (
        "considered_not_requested",
        "Considered, not requested",
        dict(symbol="circle-open", color=OKABE_ITO["orange"], line=dict(width=3)),
    ),
]


def article4_points(article4: pd.DataFrame) -> pd.DataFrame:
    """The consultations with who asked (a group named as such) and a tooltip."""
    return article4.assign(
        allies=article4["requesters"].map(lambda codes: GROUP_NAMES.get(codes, countries(codes))),
        hover=lambda d: d.apply(
            lambda r: tooltip(
                f"{r['date']:%-d %B %Y} · {r['allies']}", r["trigger"], f"Outcome: {r['outcome']}"
            ),
            axis=1,
        ),
    )


def article4_chart(points: pd.DataFrame, *, title: str) -> go.Figure:
    """One row per requesting ally or group (the first to ask on top), a filled point for a
    consultation held and an open one for a request considered and not made. The axis spans
    the data, with a margin so that the first and last markers are whole; the title says that
    nothing came before the first consultation."""
    lanes = points.groupby("allies")["date"].min().sort_values().index.tolist()
    fig = go.Figure()
    for status, label, marker in ARTICLE4_MARKERS:
        rows = points[points["status"] == status]
        fig.add_trace(
            go.Scatter(
                x=rows["date"],
                y=rows["allies"],
                mode="markers",
                name=label,
                marker=dict(size=15, **marker),
                customdata=rows[["hover"]],
                hovertemplate="%{customdata[0]}<extra></extra>",
            )
        )
    fig.update_yaxes(title=None, categoryorder="array", categoryarray=lanes[::-1])
    first, last = points["date"].min(), points["date"].max()
    fig.update_xaxes(title=None, range=[first - pd.DateOffset(months=14), last + pd.DateOffset(months=14)])
    fig.update_layout(title=title, height=430)
    return fig


# The national measures counted, in this order, with their colours.
MEASURE_KIND_COLOURS = {
    "airspace_restriction": OKABE_ITO["sky"],
    "air_defence_deployment": OKABE_ITO["blue"],
    "rules_of_engagement": OKABE_ITO["vermillion"],
}


def measure_kind_labels() -> dict[str, str]:
    """The codebook's label of each kind of national measure counted."""
    return {
        kind: label for kind, label in labels("responses", "kind").items() if kind in MEASURE_KIND_COLOURS
    }


def measure_counts(national: pd.DataFrame) -> pd.DataFrame:
    """National measures per country (rows, fewest first) and kind (columns)."""
    counts = national.pivot_table(
        index="actor", columns="kind", values="response_id", aggfunc="count", fill_value=0
    ).reindex(columns=list(measure_kind_labels()), fill_value=0)
    return counts.loc[counts.sum(axis=1).sort_values().index]


def measures_chart(counts: pd.DataFrame, *, title: str):
    """Horizontal stacked bars of national measures by country and kind."""
    import matplotlib.pyplot as plt
    import numpy as np
    from matplotlib.ticker import MaxNLocator

    kind_labels = measure_kind_labels()
    fig, ax = plt.subplots(figsize=(8.6, 0.42 * len(counts) + 1.5))
    left = np.zeros(len(counts))
    for kind in counts.columns:
        ax.barh(
            [country(c) for c in counts.index],
            counts[kind],
            left=left,
            color=MEASURE_KIND_COLOURS[kind],
            edgecolor="white",
            label=kind_labels[kind],
        )
        left += counts[kind].to_numpy()
    ax.set_xlabel("measures in the data")
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_title(title)
    ax.legend(loc="lower right")
    return fig


def measures_alt(counts: pd.DataFrame) -> str:
    """The chart's text description: each country's measures, most first."""
    kind_labels = measure_kind_labels()
    return (
        "Horizontal stacked bar chart of national measures by country: "
        + "; ".join(
            f"{country(c)} {int(row.sum())} ("
            + ", ".join(f"{int(n)} {kind_labels[k].lower()}" for k, n in row.items() if n)
            + ")"
            for c, row in counts.iloc[::-1].iterrows()
        )
        + "."
    )
