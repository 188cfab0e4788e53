"""The record over time, as the introduction and "What followed" draw it: the calendar of
incidents by country, the incidents per month, and the map's description in words."""

from __future__ import annotations

import matplotlib.dates
import matplotlib.pyplot as plt
import pandas as pd
import plotly.graph_objects as go

from report.rendering.theme import CATEGORY_COLOURS
from report.words.labels import country

# Shape as well as colour tells the categories apart (colour-blind readers, greyscale print).
CATEGORY_MARKERS = {"violation": "o", "debris": "s", "near_border": "^", "sighting": "D"}


def map_alt(incidents: pd.DataFrame, category_labels: dict[str, str], period: str) -> str:
    """The incident map in words: how many of each category, in which countries."""
    parts = []
    for category, label in category_labels.items():
        rows = incidents[incidents["category"] == category]
        if len(rows):
            names = ", ".join(rows["country"].value_counts().index)
            parts.append(f"{len(rows)} {label.lower()} ({names})")
    return f"Map of Europe with {len(incidents)} incidents from {period}: " + "; ".join(parts) + "."


def country_order(calendar: pd.DataFrame) -> list[str]:
    """Countries in the order of their first incident."""
    return calendar.groupby("country")["date_start"].min().sort_values().index.tolist()


def calendar_figure(calendar: pd.DataFrame, category_labels: dict[str, str], title: str) -> plt.Figure:
    """One row per country (first incident at the top), one marker per incident by category."""
    order = country_order(calendar)
    row_of = {code: i for i, code in enumerate(order)}
    fig, ax = plt.subplots(figsize=(8.6, 0.42 * len(order) + 1.6))
    for category, group in calendar.groupby("category"):
        ax.scatter(
            group["date_start"],
            group["country"].map(row_of),
            marker=CATEGORY_MARKERS[category],
            s=60,
            color=CATEGORY_COLOURS[category],
            edgecolor="#333333",
            linewidth=0.5,
            label=category_labels[category],
            zorder=3,
        )
    ax.set_yticks(range(len(order)), [country(code) for code in order])
    ax.invert_yaxis()
    ax.xaxis.set_major_formatter(matplotlib.dates.DateFormatter("%-d %b"))
    ax.set_title(title)
    ax.legend(ncol=2, loc="upper center", bbox_to_anchor=(0.5, -0.12))
    return fig


def calendar_alt(calendar: pd.DataFrame, period: str) -> str:
    """The calendar in words: each country with the dates of its incidents."""
    days = [
        f"{country(code)}: "
        + ", ".join(calendar.loc[calendar["country"] == code, "date_start"].dt.strftime("%-d %b"))
        for code in country_order(calendar)
    ]
    return f"Calendar chart of incidents by country and date from {period}: " + "; ".join(days) + "."


def monthly_counts(incidents: pd.DataFrame, start: str, category_labels: dict[str, str]) -> pd.DataFrame:
    """Incidents per month and category, from the month `start` ('2025-08') to the newest
    incident; months without one count zero."""
    months = pd.period_range(start, incidents["date_start"].max().to_period("M"), freq="M")
    return (
        incidents[incidents["date_start"] >= months[0].start_time]
        .assign(month=lambda d: d["date_start"].dt.to_period("M"))
        .pivot_table(index="month", columns="category", values="incident_id", aggfunc="count", fill_value=0)
        .reindex(months, fill_value=0)
        .reindex(columns=list(category_labels), fill_value=0)
    )


def monthly_figure(monthly: pd.DataFrame, category_labels: dict[str, str]) -> go.Figure:
    """Stacked bars, one per month, by category."""
    fig = go.Figure()
    for category, label in category_labels.items():
        fig.add_trace(
            go.Bar(
                x=monthly.index.to_timestamp(),
                y=monthly[category],
                name=label,
                marker_color=CATEGORY_COLOURS[category],
                hovertemplate="%{x|%B %Y}: %{y} incident(s)<extra>" + label + "</extra>",
            )
        )
    first, last = monthly.index[0], monthly.index[-1]
    fig.update_layout(
        barmode="stack", title=f"Incidents per month, {first:%B %Y} to {last:%B %Y}", height=520
    )
    fig.update_xaxes(tickformat="%b<br>%Y", tickangle=0)
    fig.update_yaxes(title="incidents")
    return fig


def monthly_alt(monthly: pd.DataFrame) -> str:
    first, last = monthly.index[0], monthly.index[-1]
    return (
        f"Stacked bar chart of incidents per month from {first:%B %Y} to {last:%B %Y}: "
        + "; ".join(f"{m:%B %Y}: {int(row.sum())}" for m, row in monthly.iterrows())
        + "."
    )
