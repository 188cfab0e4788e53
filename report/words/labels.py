"""Reader-facing words for coded values, from one place.

Coded fields are labelled in the schema (`x-labels` in data/datapackage.json, which the data
check requires for every field with allowed values); countries are named by the member
table. Chapters, tables and charts take their words from here, never from their own dicts.
"""

from __future__ import annotations

import functools

import pandas as pd

from report.data.load import load_table, value_labels


def labels(table: str, field: str, language: str = "en") -> dict[str, str]:
    """{code: label} for a coded field, in the schema's order; `language="sv"` gives the
    Swedish labels (`x-labels-sv`)."""
    return value_labels(table, field, language=language)


@functools.cache
def country_names() -> dict[str, str]:
    """{ISO code: English name} for every country in the member table."""
    members = load_table("nato_members")
    return dict(zip(members["country"], members["name"]))


def country(code: str) -> str:
    return country_names().get(code, code)


def countries(codes: str, sep: str = ";") -> str:
    """'PL;LT' -> 'Poland and Lithuania'; three or more are joined with commas and 'and'."""
    names = [country(c) for c in str(codes).split(sep) if c]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def labelled(values: pd.Series, table: str, field: str, sep: str | None = None) -> pd.Series:
    """A coded column in words; with `sep`, each cell may hold several codes."""
    words = labels(table, field)
    if sep is None:
        return values.map(lambda v: words.get(v, v) if isinstance(v, str) else v)
    return values.map(lambda v: ", ".join(words.get(c, c) for c in v.split(sep)) if isinstance(v, str) else v)


def attribution_phrase(origin: str, firmness: str, attributed_by, language: str = "en") -> str:
    """What officials said about where an incident came from, in one phrase: 'Russia: formally
    attributed by the affected country's authorities and NATO', 'Origin unknown: not attributed'."""
    origins, levels = labels("incidents", "origin", language), labels("incidents", "firmness", language)
    if firmness == "none" or not isinstance(attributed_by, str):
        return f"{origins[origin]}: {levels[firmness]}"
    by = labels("incidents", "attributed_by", language)[attributed_by]
    return f"{origins[origin]}: {levels[firmness]} {'by' if language == 'en' else 'av'} {by}"


def attribution_phrases(incidents: pd.DataFrame, language: str = "en") -> pd.Series:
    """`attribution_phrase` for every row of an incidents frame."""
    return incidents.apply(
        lambda r: attribution_phrase(r["origin"], r["firmness"], r["attributed_by"], language), axis=1
    )
