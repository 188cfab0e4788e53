"""The figures sources gave for an incident, in words: the range across every source, the figure
one claimant gave, and a range of prices. Read from the `incident_figures` table (one row per
figure given, with who gave it)."""

from __future__ import annotations

import pandas as pd

from report.foundation.glue import span
from report.words.wording import from_to, usd


def _given(figures: pd.DataFrame, incident_id: str, measure: str) -> pd.DataFrame:
    return figures[(figures["incident_id"] == incident_id) & (figures["measure"] == measure)]


def figure_span(figures: pd.DataFrame, incident_id: str, measure: str) -> str:
    """'19-23': from the lowest to the highest figure any source gave for one measure of one
    incident ('19' when they agree)."""
    rows = _given(figures, incident_id, measure)
    return span(rows["value_min"].min(), rows["value_max"].max())


def claimed(figures: pd.DataFrame, incident_id: str, measure: str, claimant: str) -> str:
    """The figure one claimant gave (the claimant's name as it appears in the `claimant`
    column), as a range if they gave one."""
    rows = _given(figures, incident_id, measure)
    rows = rows[rows["claimant"].str.contains(claimant, regex=False)]
    if rows.empty:
        raise ValueError(f"no {measure} figure by '{claimant}' for incident {incident_id}")
    return span(rows["value_min"].min(), rows["value_max"].max())


def usd_range(low, high) -> str:
    """'from $1,000 to $370,000' for a range of prices in US dollars ('$1,000' when equal)."""
    return from_to(usd(low), usd(high))
