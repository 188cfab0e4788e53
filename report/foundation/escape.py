"""The one place where text from the data is made safe for the document it goes into.

Cell text in `data/*.csv` is untrusted (anyone can propose a row by pull request). It is
shown as text, never read as markup: whatever a cell holds ("<script>", a MyST role, a
LaTeX command, a closing fence, a stray brace), the reader sees those characters and the
document keeps its structure. Cells cannot hold line breaks (the loader refuses them), and
every function here also folds whitespace, so a newline can never start a new block.

    html_text(s)   text inside an HTML element or attribute
    myst_text(s)   text inside MyST Markdown (a table cell, a glossary entry, a caption)
    latex_text(s)  text inside LaTeX
    bibtex_text(s) a BibTeX field value
    plotly_text(s) text that plotly.js draws (it reads a small subset of HTML)
    url(s)         an http(s) address, percent-encoded so it cannot break out of a link
    csv_cell(s)    a cell of a published CSV, neutralised so a spreadsheet never runs it
    literal_matplotlib_text(fig)  matplotlib draws every text as typed, never as math

matplotlib reads text between two dollar signs as mathematics ("$10k-$20k" loses its
dollar signs and turns italic, "$\\alpha^$" stops the build); its math parser is switched
off for the whole process and for every text already in a figure, rather than escaping
each label where a chapter builds it.
"""

from __future__ import annotations

import html
import re
from urllib.parse import quote, urlsplit

_MYST_PUNCTUATION = set("\\`*_{}[]()<>#+-.!|$~^&:@%")
_LATEX_SPECIAL = {
    "\\": r"\textbackslash{}",
    "{": r"\{",
    "}": r"\}",
    "$": r"\$",
    "&": r"\&",
    "#": r"\#",
    "%": r"\%",
    "_": r"\_",
    "^": r"\textasciicircum{}",
    "~": r"\textasciitilde{}",
    "<": r"\textless{}",
    ">": r"\textgreater{}",
    "|": r"\textbar{}",
}
# Characters a URL may keep as they are; everything else is percent-encoded. Quotes,
# brackets, braces, backslashes and spaces are what let an address escape a link.
_URL_SAFE = "/:?#@!$&'*+,;=-._~%"


def one_line(text) -> str:
    """Fold every run of whitespace (line breaks included) into one space."""
    return re.sub(r"\s+", " ", str(text)).strip()


def html_text(text) -> str:
    return html.escape(one_line(text), quote=True)


def myst_text(text) -> str:
    """Backslash-escape every punctuation mark MyST could read as markup; '–' for empty."""
    folded = one_line(text)
    return "".join("\\" + ch if ch in _MYST_PUNCTUATION else ch for ch in folded) or "\u2013"


def latex_text(text) -> str:
    return "".join(_LATEX_SPECIAL.get(ch, ch) for ch in one_line(text))


def bibtex_text(text) -> str:
    """A BibTeX field value. Braces and backslashes could end the field or start a command,
    so they become parentheses and a slash; pybtex reads '%' as a comment and '~' as a
    non-breaking space, so those two are escaped. ($, &, _, # and ^ pass through as typed.)"""
    folded = one_line(text).replace("{", "(").replace("}", ")").replace("\\", "/")
    return folded.replace("%", "\\%").replace("~", "\\textasciitilde{}")


def plotly_text(text) -> str:
    """plotly.js reads <br>, <b>, <a href> and entities in labels: escape them to text."""
    return html.escape(one_line(text), quote=False)


def url(address) -> str:
    """An http(s) address with every unsafe character percent-encoded.

    Raises ValueError for any other scheme (javascript:, file:, data:), so a link built
    from data can only ever lead to a web page.
    """
    address = str(address).strip()
    parts = urlsplit(address)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        raise ValueError(f"not an http(s) address: {address!r}")
    return quote(address, safe=_URL_SAFE)


def tooltip(*lines, width: int = 60) -> str:
    """A plotly hover label from lines of plain text: each line escaped, then wrapped at
    `width` characters, joined with plotly's <br>. Empty lines are left out."""
    import textwrap

    wrapped = [textwrap.wrap(one_line(line), width) for line in lines if line is not None and one_line(line)]
    return "<br>".join(plotly_text(part) for parts in wrapped for part in parts)


def literal_matplotlib_text(fig=None) -> None:
    """matplotlib draws text as typed: no "$...$" is read as mathematics. Without a figure,
    for every text created from now on (the default of `text.parse_math`); with one, also
    for every text the figure already holds (tick labels, titles, legends, annotations)."""
    import matplotlib as mpl
    from matplotlib.text import Text

    mpl.rcParams["text.parse_math"] = False
    if fig is not None:
        for text in fig.findobj(Text):
            text.set_parse_math(False)


# The first characters that make a spreadsheet read a cell as a formula (OWASP, "CSV
# Injection"): =, +, -, @, and tab and carriage return, which some spreadsheets skip first.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[-+]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][-+]?[0-9]+)?")


def csv_cell(value: str) -> str:
    """A CSV cell that a spreadsheet shows as text: a cell beginning like a formula gets a
    single quote in front (as OWASP recommends), unless it is a number (-5 stays -5)."""
    if value.startswith(_FORMULA_START) and not _NUMBER.fullmatch(value):
        return "'" + value
    return value


def spreadsheet_safe_csv(text: str) -> str | None:
    """The CSV text with every cell neutralised by `csv_cell`, or None when no cell needed
    it (the file is then published byte for byte as it is)."""
    import csv
    import io

    rows = list(csv.reader(io.StringIO(text, newline="")))
    safe = [[csv_cell(cell) for cell in row] for row in rows]
    if safe == rows:
        return None
    out = io.StringIO(newline="")
    csv.writer(out, lineterminator="\n").writerows(safe)
    return out.getvalue()
