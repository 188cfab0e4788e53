"""The appendix PDF: the data dictionary and the full source list, for print.

The reading PDF stays a report (its data appendix shows each dataset's card, its source page
a pointer here); this second PDF holds what a reader looks things up in: every column of
every table with its rules, and every source with its address. It is written as LaTeX
from the template `templates/appendix.tex` with data/datapackage.json and the sources,
corrections and row counts (every value escaped by `report.pdf.templating`), and built by
`scripts/build_book.py` with latexmk.
"""

from __future__ import annotations

import pandas as pd

from report.data.load import load_all, read_package
from report.data.source_policy import standing
from report.pdf.templating import render
from report.rendering.catalog import column_dictionary
from report.rendering.tables import source_links
from report.words.facts import coverage_sentence, identity

SPHINX_PACKAGES = ("sphinxpackagesubstitutefont.sty", "sphinxpackagecyrillic.sty")


def copy_sphinx_packages(folder) -> None:
    import shutil
    from pathlib import Path

    import sphinx

    for name in SPHINX_PACKAGES:
        shutil.copy2(Path(sphinx.__file__).parent / "texinputs" / name, Path(folder) / name)


def _tables() -> list[dict]:
    frames = load_all()
    return [
        {
            "title": resource["title"],
            "description": resource.get("description", ""),
            "path": resource["path"],
            "row": resource.get("x-row", ""),
            "rows": len(frames[resource["name"]]),
            "caveats": resource.get("x-caveats"),
            "columns": column_dictionary(resource).to_dict("records"),
        }
        for resource in read_package()["resources"]
    ]


def _sources() -> list[dict]:
    sources = load_all()["sources"].sort_values(["publisher", "title"], key=lambda s: s.str.lower())
    out = []
    for _, source in sources.iterrows():
        # The item's own date: the original's where the page read was a copy, else the page's.
        day = source["original_date"] if pd.notna(source.get("original_date")) else source["date_published"]
        out.append(
            {
                "title": source["title"],
                "read": "; ".join(text for text, _ in source_links(source["source_id"])),
                "date": "undated" if pd.isna(day) else f"{day.day} {day:%B %Y}",
                "standing": standing(source),
                "url": source["url"],
            }
        )
    return out


def _corrections() -> list[dict]:
    """The corrections log, entry by entry (the reading PDF leaves the long table to this one)."""
    from report.words.facts import long_date

    log = load_all()["corrections"].sort_values(["date", "correction_id"])
    return [
        {
            "id": entry["correction_id"],
            "date": long_date(entry["date"]),
            "table": entry["table"],
            "rows": (entry["row_id"] if isinstance(entry["row_id"], str) else "all rows").replace(";", "; "),
            "change": entry["change"],
            "description": entry["description"],
            "reason": entry["reason"],
        }
        for _, entry in log.iterrows()
    ]


def appendix_tex() -> str:
    who = identity()
    return render(
        "appendix.tex",
        title=who["title"],
        author=who["author"],
        coverage=coverage_sentence(),
        tables=_tables(),
        corrections=_corrections(),
        sources=_sources(),
    )
