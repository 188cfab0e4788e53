"""references.bib is generated from data/sources.csv, so the bibliography and the data's
sources can never disagree. Regenerate with `python -m report.words.bib` after editing sources.csv
(a test fails when the two are out of step).

One citation style on the site and in print: author-date. The author is the original
publisher (the copy that was read follows as "Read via ..."), the date is the item's own
(`original_date`, else `date_published`), and two items of one publisher in one year read
2025a, 2025b; "n.d." stands only where the data know no date at all. As a Sphinx extension
this module also registers the in-text style `author_year_semicolon`: several sources in one
citation are separated by semicolons, so "[Reuters, 2025a; ERR News, 2025]" reads as two."""

from __future__ import annotations

import string
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import pandas as pd

from report.data.load import load_table
from report.foundation import escape
from report.foundation.paths import ROOT

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


def item_date(source: pd.Series) -> pd.Timestamp | None:
    """The date of the item itself: the original's date where the data know it, else the date
    shown on the page read; None where the data know neither."""
    for column in ("original_date", "date_published"):
        if pd.notna(source[column]):
            return source[column]
    return None


def author(source: pd.Series) -> str:
    return original_publisher(source) or source["publisher"]


def year_labels(sources: pd.DataFrame) -> dict[str, str]:
    """source_id -> the year as cited: '2025', or '2025a', '2025b' ... where one author has
    several items in one year (ordered by date, then id); 'n.d.' (or 'n.d.-a' ...) without a date."""
    keyed = pd.DataFrame(
        {
            "source_id": sources["source_id"],
            "author": [author(row) for _, row in sources.iterrows()],
            "date": [item_date(row) for _, row in sources.iterrows()],
        }
    )
    keyed["year"] = ["n.d." if pd.isna(d) else str(d.year) for d in keyed["date"]]
    labels = {}
    for (_, year), group in keyed.groupby(["author", "year"], sort=False):
        group = group.sort_values(["date", "source_id"], na_position="last")
        if len(group) == 1:
            labels[group["source_id"].iloc[0]] = year
            continue
        for index, source_id in enumerate(group["source_id"]):
            suffix = _suffix(index)
            labels[source_id] = f"{year}-{suffix}" if year == "n.d." else f"{year}{suffix}"
    return labels


def _suffix(index: int) -> str:
    """0 -> 'a', 25 -> 'z', 26 -> 'aa' ..."""
    letters = string.ascii_lowercase
    return letters[index] if index < 26 else _suffix(index // 26 - 1) + letters[index % 26]


def long_date(day: pd.Timestamp) -> str:
    return f"{day.day} {day:%B %Y}"


def bib_entry(source: pd.Series, year_label: str) -> str:
    """The original publisher is the author; the page read, where it is a copy, is 'read via'."""
    original = original_publisher(source)
    fields = {
        # An institution, not a person's name: braces keep BibTeX from splitting it.
        "author": "{" + escape.bibtex_text(author(source)) + "}",
        # Braces keep the title's capitals (styles lower-case unprotected titles).
        "title": "{" + escape.bibtex_text(source["title"]) + "}",
        "url": escape.url(source["url"]),
    }
    day = item_date(source)
    note = [long_date(day)] if day is not None else []
    if original:
        note.append(f"Read via {escape.bibtex_text(consulted_via(source))}")
    elif (
        isinstance(source["copy_of"], str) and source["copy_of"] and source["copy_of"] != source["publisher"]
    ):
        note.append(f"Reporting {escape.bibtex_text(source['copy_of'])}")
    if note:
        fields["note"] = ". ".join(note)
    fields["year"] = year_label
    if day is not None:
        fields["date"] = day.strftime("%Y-%m-%d")
    body = ",\n".join(f"  {key} = {{{value}}}" for key, value in fields.items())
    return f"@online{{{source['source_id']},\n{body}\n}}\n"


def render_bib() -> str:
    sources = load_table("sources").sort_values("source_id")
    labels = year_labels(sources)
    header = "% Generated from data/sources.csv by `python -m report.words.bib`; do not edit by hand.\n\n"
    return header + "\n".join(bib_entry(row, labels[row["source_id"]]) for _, row in sources.iterrows())


def _semicolon_style():
    from sphinxcontrib.bibtex.style.referencing import BracketStyle
    from sphinxcontrib.bibtex.style.referencing.author_year import AuthorYearReferenceStyle

    def brackets():
        return BracketStyle(sep="; ")

    @dataclass
    class AuthorYearSemicolon(AuthorYearReferenceStyle):
        """Author-year, with several sources in one citation separated by semicolons."""

        bracket_parenthetical: BracketStyle = field(default_factory=brackets)
        bracket_textual: BracketStyle = field(default_factory=brackets)

    return AuthorYearSemicolon


def setup(app):
    """Sphinx extension: register the in-text citation style named in _config.yml."""
    from sphinxcontrib.bibtex.plugin import register_plugin

    register_plugin("sphinxcontrib.bibtex.style.referencing", "author_year_semicolon", _semicolon_style())
    return {"parallel_read_safe": True, "parallel_write_safe": True}


if __name__ == "__main__":
    BIB.write_text(render_bib(), encoding="utf-8")
    print(f"wrote {BIB}")
