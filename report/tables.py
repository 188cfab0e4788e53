"""Tables that read well on screen and fit the printed page.

`table(frame, widths=...)` returns an object with an HTML form (a styled, scrollable
table) and a Markdown form for the PDF (a MyST list-table with relative column widths, so
that no table runs off the printed page and long tables break across pages).
"""

from __future__ import annotations

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
    if isinstance(value, str) and _URL.fullmatch(value):
        return f"[{_breakable(escape.myst_text(value), 0)}]({escape.url(value)})"
    return _breakable(escape.myst_text(_cell_text(value)))


def _cell_text(value) -> str:
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return "–"
    if isinstance(value, pd.Timestamp):
        return value.strftime("%Y-%m-%d")
    if isinstance(value, float):
        return f"{value:,.1f}".rstrip("0").rstrip(".") if value % 1 else f"{value:,.0f}"
    return str(value)


class Table:
    def __init__(self, frame: pd.DataFrame, widths: list[float] | None, caption: str | None):
        self.frame = frame
        count = len(frame.columns)
        widths = widths or [1.0] * count
        if len(widths) != count:
            raise ValueError(f"{count} columns but {len(widths)} widths")
        total = sum(widths)
        self.widths = [w / total for w in widths]
        self.caption = caption

    def _repr_html_(self) -> str:
        head = "".join(f'<th scope="col">{escape.html_text(str(c))}</th>' for c in self.frame.columns)
        body = "".join(
            "<tr>" + "".join(f"<td>{escape.html_text(_cell_text(v))}</td>" for v in row) + "</tr>"
            for row in self.frame.itertuples(index=False)
        )
        caption = f"<caption>{escape.html_text(self.caption)}</caption>" if self.caption else ""
        return (f'<div class="report-table-wrapper" tabindex="0" role="region" aria-label="{escape.html_text(self.caption or "Table")}">'
                f'<table class="report-table">{caption}<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div>')

    def _repr_markdown_(self) -> str:
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


def table(frame: pd.DataFrame, widths: list[float] | None = None, caption: str | None = None) -> Table:
    """Display a DataFrame as a report table; `widths` are relative column widths."""
    return Table(frame.reset_index(drop=True), widths, caption)


def plain(text: str) -> str:
    """Collapse whitespace (for cells that hold paragraphs)."""
    return re.sub(r"\s+", " ", text).strip()
