"""references.bib is generated from data/sources.csv, so the bibliography and the data's
sources can never disagree. Regenerate with `python -m report.bib` after editing sources.csv
(a test fails when the two are out of step)."""

from __future__ import annotations

from urllib.parse import urlsplit

import pandas as pd

from . import escape
from .data import load_table
from .paths import ROOT

BIB = ROOT / "references.bib"


# Words in `copy_of` that mark a guess about the original, not an attribution.
HEDGES = ("apparent", "probable", "not shown", "unnamed", "cites", "citing")


def original_publisher(source: pd.Series) -> str | None:
    """The original publisher of a copied page, where the data name it (a hedged name such as
    "dpa (apparent)" or "original outlet not shown" is a guess, not an attribution). The one
    rule for references and for the source links in tables."""
    copy_of = source["copy_of"]
    if isinstance(copy_of, str) and copy_of and not any(hedge in copy_of.lower() for hedge in HEDGES):
        return copy_of
    return None


def consulted_via(source: pd.Series) -> str:
    """The copy that was read: its publisher, or its site where the row names the original as
    the publisher too."""
    original = original_publisher(source)
    if original and original in source["publisher"]:
        return urlsplit(source["url"]).hostname.removeprefix("www.")
    return source["publisher"]


def bib_entry(source: pd.Series) -> str:
    """The original publisher is the author; the page read, where it is a copy, is 'consulted via'."""
    original = original_publisher(source)
    fields = {
        # An institution, not a person's name: braces keep BibTeX from splitting it.
        "author": "{" + escape.bibtex_text(original or source["publisher"]) + "}",
        # Braces keep the title's capitals (styles lower-case unprotected titles).
        "title": "{" + escape.bibtex_text(source["title"]) + "}",
        "url": escape.url(source["url"]),
    }
    if original:
        fields["note"] = f"Consulted via {escape.bibtex_text(consulted_via(source))}"
    elif isinstance(source["copy_of"], str) and source["copy_of"] and source["copy_of"] != source["publisher"]:
        fields["note"] = f"Reporting {escape.bibtex_text(source['copy_of'])}"
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
