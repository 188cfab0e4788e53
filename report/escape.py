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
"""

from __future__ import annotations

import html
import re
from urllib.parse import quote, urlsplit

_MYST_PUNCTUATION = set("\\`*_{}[]()<>#+-.!|$~^&:@%")
_LATEX_SPECIAL = {
    "\\": r"\textbackslash{}", "{": r"\{", "}": r"\}", "$": r"\$", "&": r"\&", "#": r"\#",
    "%": r"\%", "_": r"\_", "^": r"\textasciicircum{}", "~": r"\textasciitilde{}",
    "<": r"\textless{}", ">": r"\textgreater{}", "|": r"\textbar{}",
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
