"""The US chapter's charts: the statements on a timeline, one row per speaker, and the coded
stances of the President against those of his officials. Titles and descriptions are
computed from the statements drawn."""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import plotly.graph_objects as go

from report.foundation.escape import tooltip
from report.rendering.theme import STANCE_COLOURS
from report.words.coding import speaker_label
from report.words.wording import count

# Shape as well as colour tells the stances apart (colour-blind readers, greyscale print).
STANCE_SYMBOLS = {"affirm": "circle", "conditional": "diamond", "downplay": "x", "neutral": "square"}
OTHER_OFFICIALS = "Other officials"


def _stance_list(counts: pd.Series, stance_labels: dict[str, str]) -> str:
    """'affirms defence 3, conditional 5': the stances a group's statements take, with counts."""
    return ", ".join(f"{stance_labels[s].lower()} {n}" for s, n in counts.items() if n)


def timeline_points(statements: pd.DataFrame, stance_labels: dict[str, str]) -> pd.DataFrame:
    """The statements with the row they are drawn on, their tooltip and their time on the axis."""
    points = statements.assign(
        who=[speaker_label(s, o) for s, o in zip(statements["speaker"], statements["office"])],
        stance_label=statements["stance"].map(stance_labels),
        hover=statements.apply(
            lambda r: tooltip(
                f"{r['date']:%-d %b} · {r['speaker']} ({r['channel']})", r["paraphrase"], width=70
            ),
            axis=1,
        ),
    )
    # Several statements by one speaker on one day would hide each other: spread them over the day.
    offset = points.groupby(["date", "who"]).cumcount() * 10
    return points.assign(plot_time=points["date"] + pd.to_timedelta(offset, unit="h"))


def timeline_figure(statements: pd.DataFrame, stance_labels: dict[str, str]) -> go.Figure:
    """One row per speaker (first to speak at the top), one marker per statement by stance."""
    points = timeline_points(statements, stance_labels)
    speaker_order = points.groupby("who")["date"].min().sort_values().index.tolist()
    fig = go.Figure()
    for stance, label in stance_labels.items():
        drawn = points[points["stance"] == stance]
        marker = dict(
            size=13,
            color=STANCE_COLOURS[stance],
            line=dict(width=1, color="#333333"),
            symbol=STANCE_SYMBOLS[stance],
        )
        fig.add_trace(
            go.Scatter(
                x=drawn["plot_time"],
                y=drawn["who"],
                mode="markers",
                name=label,
                marker=marker,
                customdata=drawn[["hover"]],
                hovertemplate="%{customdata[0]}<extra></extra>",
            )
        )
    n = statements["stance"].value_counts()
    fig.update_layout(
        title=(
            f"{n.get('affirm', 0)} pledges, {n.get('conditional', 0)} conditional statements "
            f"and {n.get('downplay', 0)} that played incidents down, in the same weeks"
        ),
        yaxis=dict(categoryorder="array", categoryarray=speaker_order[::-1], title=None),
        xaxis=dict(title=None, tickformat="%-d %b"),
        height=560,
        hoverlabel=dict(align="left"),
    )
    return fig


def timeline_alt(statements: pd.DataFrame, stance_labels: dict[str, str]) -> str:
    """The timeline in words: its span, the pledges by others than the President, and the
    President's statements by stance."""
    pledges = statements[statements["stance"] == "affirm"]
    by_others = int((pledges["office"] != "President").sum())
    president = (
        statements.loc[statements["office"] == "President", "stance"]
        .value_counts()
        .reindex(list(stance_labels), fill_value=0)
    )
    return (
        f"Timeline of {len(statements)} US statements from {statements['date'].min():%-d %B} to "
        f"{statements['date'].max():%-d %B %Y}, one row per speaker, coloured by stance. "
        f"Of the {len(pledges)} pledges, {by_others} come from officials other than the "
        f"President; the President's {int(president.sum())} statements are: "
        + _stance_list(president, stance_labels)
        + "."
    )


def stances_by_office(statements: pd.DataFrame, stance_order: list[str]) -> pd.DataFrame:
    """Statements per stance, for the President and for all other officials together."""
    office_group = statements["office"].where(statements["office"] == "President", OTHER_OFFICIALS)
    return (
        pd.crosstab(office_group, statements["stance"])
        .reindex(columns=stance_order, fill_value=0)
        .reindex(["President", OTHER_OFFICIALS])
    )


def by_office_figure(by_office: pd.DataFrame, stance_labels: dict[str, str]) -> plt.Figure:
    """Stacked bars, one per office group, each segment labelled with its count."""
    fig, ax = plt.subplots(figsize=(8.6, 2.9))
    left = np.zeros(len(by_office))
    for stance, label in stance_labels.items():
        values = by_office[stance].to_numpy()
        ax.barh(
            by_office.index, values, left=left, color=STANCE_COLOURS[stance], label=label, edgecolor="white"
        )
        text_colour = "white" if stance in ("affirm", "downplay") else "black"
        for y, (start, value) in enumerate(zip(left, values)):
            if value:
                ax.text(start + value / 2, y, str(value), ha="center", va="center", color=text_colour)
        left += values
    ax.invert_yaxis()
    ax.set_xlabel("Number of statements")
    ax.grid(axis="y", visible=False)
    codes_used = int((by_office.loc["President"] > 0).sum())
    ax.set_title(
        f"Of {by_office['affirm'].sum()} pledges, {by_office.loc[OTHER_OFFICIALS, 'affirm']} come "
        f"from officials other than the President; his statements fall under {count(codes_used, 'code')}",
        wrap=True,
    )
    ax.legend(ncol=4, loc="upper center", bbox_to_anchor=(0.5, -0.4))
    return fig


def by_office_alt(by_office: pd.DataFrame, stance_labels: dict[str, str]) -> str:
    return "Stacked horizontal bars of statements by stance. " + " ".join(
        f"{group}: {_stance_list(row, stance_labels)}." for group, row in by_office.iterrows()
    )
