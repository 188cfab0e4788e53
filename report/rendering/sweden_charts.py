"""The Sweden chapter's charts: the themes of the statements by speaker group, and defence
spending as a share of GDP by the basis of each figure. Titles and descriptions are computed
from what is drawn."""

from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd
import plotly.graph_objects as go

from report.rendering.theme import OKABE_ITO
from report.words.coding import SPEAKER_GROUPS, SPENDING_FAMILIES

GROUP_COLOURS = dict(zip(SPEAKER_GROUPS, (OKABE_ITO["blue"], OKABE_ITO["green"], OKABE_ITO["orange"])))
# Marker and colour of each family of spending figures.
FAMILY_STYLE = {
    SPENDING_FAMILIES["NATO"]: ("o", OKABE_ITO["blue"]),
    SPENDING_FAMILIES["government"]: ("s", OKABE_ITO["orange"]),
    SPENDING_FAMILIES["research"]: ("^", OKABE_ITO["green"]),
}
NATO_GUIDELINE = 2.0  # per cent of GDP
APPLIED = 2022  # the year Sweden applied to join NATO


def themes_figure(code_counts: pd.DataFrame, code_labels: dict[str, str], n_statements: int) -> go.Figure:
    """Stacked bars: how many statements of each speaker group contain each theme. The title
    names the commonest theme and how many statements call for calm."""
    chart_data = themes_data(code_counts, code_labels)
    fig = go.Figure()
    for group, colour in GROUP_COLOURS.items():
        fig.add_trace(
            go.Bar(
                y=chart_data["theme"],
                x=chart_data[group],
                name=group,
                orientation="h",
                marker_color=colour,
                hovertemplate="%{y}: %{x} statements by " + group.lower() + "<extra></extra>",
            )
        )
    top_theme = code_labels[code_counts.sum(axis=1).idxmax()]
    calm = int(code_counts.loc["de_escalation"].sum())
    calm_clause = (
        "no statement calls for calm"
        if calm == 0
        else f"{calm} of {n_statements} statements call{'s' if calm == 1 else ''} for calm"
    )
    # The axis says only what is counted; that a statement can hold several themes is in the
    # caption. A longer axis title wrapped to three lines on a phone.
    fig.update_layout(
        barmode="stack",
        title=f"{top_theme} is the commonest theme; {calm_clause}",
        xaxis_title="Statements",
        yaxis=dict(autorange="reversed", showgrid=False),
        height=460,
    )
    return fig


def themes_data(code_counts: pd.DataFrame, code_labels: dict[str, str]) -> pd.DataFrame:
    """The counts as the chart's download gives them: one row per theme, one column per group."""
    return code_counts.rename(index=code_labels).rename_axis("theme").reset_index()


def themes_alt(code_counts: pd.DataFrame) -> str:
    return (
        "Stacked bar chart of themes in Swedish statements. Russia as threat, readiness and "
        "deterrence, and solidarity with allies are the most frequent; "
        f"{int(code_counts.loc['de_escalation'].sum())} statements call for calm or dialogue."
    )


def spending_figure(share: pd.DataFrame) -> plt.Figure:
    """Every share-of-GDP figure as a dot, marked by its family, against NATO's 2% guideline;
    the title gives the range up to the year Sweden applied to join and in the latest year."""
    fig, ax = plt.subplots(figsize=(8.6, 4.2))
    for family, group in share.groupby("family"):
        marker, colour = FAMILY_STYLE[family]
        ax.scatter(
            group["year"],
            group["share_gdp_pct"],
            marker=marker,
            s=60,
            color=colour,
            edgecolor="#333333",
            linewidth=0.5,
            label=family,
            zorder=3,
        )
    ax.axhline(NATO_GUIDELINE, color="#6b6b6b", linestyle="--", linewidth=1)
    first_year, last_year = int(share["year"].min()), int(share["year"].max())
    ax.text(first_year + 0.1, 2.04, "NATO's 2% guideline", color="#6b6b6b")
    ax.set_xticks(range(first_year, last_year + 1, 2))
    ax.set_ylabel("Defence spending, % of GDP")
    ax.set_ylim(0, max(3.0, share["share_gdp_pct"].max() + 0.3))
    before, latest = _before_and_latest(share)
    ax.set_title(
        f"Defence spending rose from {before.min():g}–{before.max():g}% of GDP ({first_year}–{APPLIED}) "
        f"to {latest.min():g}–{latest.max():g}% ({last_year})",
        wrap=True,
    )
    ax.legend(loc="upper left")
    return fig


def _before_and_latest(share: pd.DataFrame) -> tuple[pd.Series, pd.Series]:
    """The figures up to the year Sweden applied to join NATO, and those of the latest year."""
    last_year = share["year"].max()
    return share[share["year"] <= APPLIED]["share_gdp_pct"], share[share["year"] == last_year][
        "share_gdp_pct"
    ]


def spending_alt(share: pd.DataFrame) -> str:
    first_year, last_year = int(share["year"].min()), int(share["year"].max())
    before, latest = _before_and_latest(share)
    first_over_two = int(share.loc[share["share_gdp_pct"] > NATO_GUIDELINE, "year"].min())
    widest_gap = share.groupby("year")["share_gdp_pct"].agg(lambda v: v.max() - v.min()).max()
    return (
        f"Dot chart of Sweden's defence spending as a share of GDP from {first_year} to {last_year}. "
        f"Figures stay between {before.min():g} and {before.max():g} percent up to {APPLIED}, "
        f"pass 2 percent in {first_over_two}, and are {latest.min():g} to {latest.max():g} percent "
        f"in {last_year}; figures for the same year differ by up to {widest_gap:.1f} points."
    )
