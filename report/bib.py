"""references.bib is generated from data/sources.csv, so the bibliography and the data's
sources can never disagree. Regenerate with `python -m report.bib` after editing sources.csv
(a test fails when the two are out of step)."""

from __future__ import annotations

import pandas as pd

from . import escape
from .data import load_table
from .paths import ROOT

BIB = ROOT / "references.bib"
CLASS_LABELS = {
    "official_primary": "official primary source",
    "news_major": "news agency or major outlet",
    "secondary_aggregator": "secondary source or aggregator",
    "state_affiliated": "state-affiliated media, cited for that state's own position",
}


def bib_entry(source: pd.Series) -> str:
    fields = {
        "author": "{" + escape.bibtex_text(source["publisher"]) + "}",  # an institution, not a person's name
        "title": escape.bibtex_text(source["title"]),
        "url": escape.url(source["url"]),
        "note": CLASS_LABELS[source["source_class"]]
        + (f"; copy of {escape.bibtex_text(source['copy_of'])}" if pd.notna(source["copy_of"]) and source["copy_of"] else ""),
    }
    if pd.notna(source["date_published"]):
        fields["year"] = str(source["date_published"].year)
        fields["date"] = source["date_published"].strftime("%Y-%m-%d")
    else:
        fields["year"] = "n.d."
    body = ",\n".join(f"  {key} = {{{value}}}" for key, value in fields.items())
    return f"@online{{{source['source_id']},\n{body}\n}}\n"


def render_bib() -> str:
    sources = load_table("sources").sort_values("source_id")
    header = "% Generated from data/sources.csv by `python -m report.bib`; do not edit by hand.\n\n"
    return header + "\n".join(bib_entry(row) for _, row in sources.iterrows())


if __name__ == "__main__":
    BIB.write_text(render_bib(), encoding="utf-8")
    print(f"wrote {BIB}")
