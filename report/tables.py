"""Tables that read well on screen and fit the printed page.

`table(frame, widths=...)` returns an object with an HTML form (a styled, scrollable
table) and a Markdown form for the PDF (a MyST list-table with relative column widths, so
that no table runs off the printed page and long tables break across pages).

Readers see words: column names are written as words ("sourced_by" reads "Sourced by"),
dates as "9 Sep 2025". With `sources=`, each row ends with links to its sources: the
publisher that was read, and the original publisher where the page was a copy.
"""

from __future__ import annotations

import functools
import re

import pandas as pd

from . import escape

_URL = re.compile(r"https?://\S+")
# Print only: a zero-width space after these characters lets LaTeX break a long address or
# identifier inside a narrow column (the PDF preamble maps U+200B to a break point).
_BREAK_AFTER = re.compile(r"([/.?&=_\-)|%])")
_BREAK = "\u200b"


_LONG_RUN = re.compile(r"[A-Za-z0-9%]{11,}")


def _breakable(text: str, longer_than: int = 14) -> str:
    def split_word(word: str) -> str:
        word = _BREAK_AFTER.sub(r"\1" + _BREAK, word)
        # Runs of letters and digits (codes in addresses, long compounds): a break point every 10.
        return _LONG_RUN.sub(lambda m: _BREAK.join(m.group(0)[i:i + 10] for i in range(0, len(m.group(0)), 10)), word)

    return " ".join(split_word(word) if len(word) > longer_than else word for word in text.split(" "))


def _print_cell(value) -> str:
    if isinstance(value, Sources):
        return value.markdown()
    if isinstance(value, str) and _URL.fullmatch(value):
        return f"[{_breakable(escape.myst_text(value), 0)}]({escape.url(value)})"
    return _breakable(escape.myst_text(_cell_text(value)))


def _cell_text(value) -> str:
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return "–"
    if isinstance(value, pd.Timestamp):
        return f"{value.day} {value:%b %Y}"
    if isinstance(value, float):
        return f"{value:,.1f}".rstrip("0").rstrip(".") if value % 1 else f"{value:,.0f}"
    return str(value)


def _header(name) -> str:
    """'sourced_by' -> 'Sourced by'; names already in words keep their case after the first letter."""
    text = str(name).replace("_", " ").strip()
    return text[:1].upper() + text[1:]


@functools.cache
def _sources() -> pd.DataFrame:
    from .data import load_table

    return load_table("sources").set_index("source_id")


def source_links(ids: str) -> list[tuple[str, str]]:
    """(link text, address) for each source id in 'a;b': the original publisher first where
    the page read was a copy, then the page read ('via ...')."""
    from .bib import consulted_via, original_publisher

    links = []
    for source_id in str(ids).split(";"):
        source = _sources().loc[source_id.strip()]
        original = original_publisher(source)
        via = f"via {consulted_via(source)}"
        if original and isinstance(source["original_url"], str) and source["original_url"]:
            links += [(original, source["original_url"]), (via, source["url"])]
        elif original:
            links.append((f"{original}, {via}", source["url"]))
        else:
            links.append((source["publisher"], source["url"]))
    return links


class Sources(str):
    """A cell holding source ids, shown as links."""

    def html(self) -> str:
        return "; ".join(f'<a href="{escape.html_text(escape.url(url))}">{escape.html_text(text)}</a>'
                         for text, url in source_links(self))

    def markdown(self) -> str:
        """Links for print: the publisher's name, clickable in the PDF."""
        return "; ".join(f"[{_breakable(escape.myst_text(text))}]({escape.url(url)})" for text, url in source_links(self))


# One small script per page filters a long table as the reader types (the sources list).
_FILTER = (
    '<label class="report-table-filter">Filter the list: <input type="search" autocomplete="off" '
    'placeholder="publisher, title, year…"></label>'
    "<script>document.currentScript.previousElementSibling.querySelector('input').addEventListener('input', function (e) {"
    "var words = e.target.value.toLowerCase().split(/\\s+/).filter(Boolean);"
    "var rows = e.target.closest('label').nextElementSibling.querySelectorAll('tbody tr');"
    "rows.forEach(function (row) { var text = row.textContent.toLowerCase();"
    "row.hidden = !words.every(function (w) { return text.indexOf(w) >= 0; }); }); });</script>"
)


class Table:
    def __init__(self, frame: pd.DataFrame, widths: list[float] | None, caption: str | None, filterable: bool = False,
                 online_only: bool = False):
        self.filterable = filterable  # the long source list: filterable online
        self.online_only = online_only  # left out of the reading PDF (it is in the appendix PDF)
        self.frame = frame.rename(columns=_header)
        count = len(frame.columns)
        widths = widths or [1.0] * count
        if len(widths) != count:
            raise ValueError(f"{count} columns but {len(widths)} widths")
        total = sum(widths)
        self.widths = [w / total for w in widths]
        self.caption = caption

    def _repr_html_(self) -> str:
        head = "".join(f'<th scope="col">{escape.html_text(str(c))}</th>' for c in self.frame.columns)
        # Each cell carries its column's name: on a phone, a row is shown as a card of labelled lines.
        labels = [escape.html_text(str(c)) for c in self.frame.columns]
        body = "".join(
            "<tr>" + "".join(f'<td data-label="{label}">{v.html() if isinstance(v, Sources) else escape.html_text(_cell_text(v))}</td>'
                             for label, v in zip(labels, row)) + "</tr>"
            for row in self.frame.itertuples(index=False)
        )
        caption = f"<caption>{escape.html_text(self.caption)}</caption>" if self.caption else ""
        return ((_FILTER if self.filterable else "")
                + f'<div class="report-table-wrapper" tabindex="0" role="region" aria-label="{escape.html_text(self.caption or "Table")}">'
                f'<table class="report-table">{caption}<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div>')

    def _repr_markdown_(self) -> str:
        if self.online_only:
            return "<!-- in the appendix PDF -->"
        # The PDF takes this form: a MyST list-table whose relative column widths make
        # Sphinx's LaTeX writer fit the table to the text width (long tables break pages).
        widths = " ".join(str(max(1, round(w * 100))) for w in self.widths)
        lines = [f"```{{list-table}} {escape.myst_text(self.caption)}" if self.caption else "```{list-table}",
                 ":header-rows: 1", f":widths: {widths}", ":class: longtable", ""]
        for row in [list(self.frame.columns), *self.frame.itertuples(index=False)]:
            # An address becomes a link, which LaTeX may break anywhere (xurl), so long
            # addresses no longer run past the column.
            cells = [_print_cell(v) for v in row]
            lines.append(f"* - {cells[0]}")
            lines.extend(f"  - {cell}" for cell in cells[1:])
        lines.append("```")
        return "\n".join(lines)

    def __repr__(self) -> str:
        return self.frame.to_string(index=False, max_colwidth=40)


def table(frame: pd.DataFrame, widths: list[float] | None = None, caption: str | None = None,
          sources: pd.Series | None = None, filterable: bool = False, online_only: bool = False,
          sources_header: str = "Sources") -> Table:
    """Display a DataFrame as a report table; `widths` are relative column widths. `sources`
    (source ids per row, 'a;b', in the frame's row order) adds a last column of links."""
    frame = frame.reset_index(drop=True)
    if sources is not None:
        if len(sources) != len(frame):
            raise ValueError(f"{len(frame)} rows but {len(sources)} source lists")
        frame = frame.assign(**{sources_header: [Sources(ids) if isinstance(ids, str) and ids.strip() else None for ids in sources]})
        widths = None if widths is None else [*widths, 1.4]
    return Table(frame, widths, caption, filterable, online_only)


def plain(text: str) -> str:
    """Collapse whitespace (for cells that hold paragraphs)."""
    return re.sub(r"\s+", " ", text).strip()
