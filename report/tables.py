"""Tables that read well on screen and fit the printed page.

`table(frame, widths=...)` returns an object with an HTML form (a styled, scrollable
table) and a LaTeX form (a `longtable` whose column widths add up to the text width, so
that no table runs off the printed page and long tables break across pages).
"""

from __future__ import annotations

import html
import re

import pandas as pd

_LATEX_SPECIALS = {
    "\\": r"\textbackslash{}", "&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#", "_": r"\_",
    "{": r"\{", "}": r"\}", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}",
    "\u2009": " ", "\u202f": " ", "\u2212": "-",
}


def latex_escape(text: str) -> str:
    return "".join(_LATEX_SPECIALS.get(ch, ch) for ch in text)


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
        head = "".join(f'<th scope="col">{html.escape(str(c))}</th>' for c in self.frame.columns)
        body = "".join(
            "<tr>" + "".join(f"<td>{html.escape(_cell_text(v))}</td>" for v in row) + "</tr>"
            for row in self.frame.itertuples(index=False)
        )
        caption = f"<caption>{html.escape(self.caption)}</caption>" if self.caption else ""
        return (f'<div class="report-table-wrapper" tabindex="0" role="region" aria-label="{html.escape(self.caption or "Table")}">'
                f'<table class="report-table">{caption}<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div>')

    def _repr_latex_(self) -> str:
        # Column widths are fractions of the line width, minus the padding of each column.
        spec = "".join(f">{{\\raggedright\\arraybackslash}}p{{\\dimexpr {w:.3f}\\linewidth-2\\tabcolsep\\relax}}"
                       for w in self.widths)
        head = " & ".join(f"\\textbf{{{latex_escape(str(c))}}}" for c in self.frame.columns)
        rows = "\n".join(
            " & ".join(latex_escape(_cell_text(v)) for v in row) + r" \\ \hline"
            for row in self.frame.itertuples(index=False)
        )
        caption = f"\\caption*{{{latex_escape(self.caption)}}}\\\\\n" if self.caption else ""
        return (
            "\\begingroup\\footnotesize\\setlength{\\tabcolsep}{3pt}\n"
            f"\\begin{{longtable}}{{{spec}}}\n{caption}\\hline\n{head} \\\\ \\hline\n\\endhead\n{rows}\n"
            "\\end{longtable}\\endgroup\n"
        )

    def __repr__(self) -> str:
        return self.frame.to_string(index=False, max_colwidth=40)


def table(frame: pd.DataFrame, widths: list[float] | None = None, caption: str | None = None) -> Table:
    """Display a DataFrame as a report table; `widths` are relative column widths."""
    return Table(frame.reset_index(drop=True), widths, caption)


def plain(text: str) -> str:
    """Collapse whitespace (for cells that hold paragraphs)."""
    return re.sub(r"\s+", " ", text).strip()
