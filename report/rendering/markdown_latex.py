"""The classroom texts (Markdown in `classroom/`) as LaTeX, for the printed packs.

A small renderer over markdown-it's tokens, for the Markdown the classroom texts use:
headings, paragraphs, bold and italic, inline code, links, bullet and numbered lists, tables.
Every piece of text goes through `report.foundation.escape.latex_text`, so nothing in a text can become
a LaTeX command; a construct the renderer does not know stops the build with its name
rather than printing something half-right. Cross-references to chapters ({ref}`label`) print
as the chapter's title.
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt

from report.foundation.escape import latex_text, url

REF = re.compile(r"\{ref\}`(?:([^`<]*?)\s*<)?([a-z0-9-]+)>?`")
HEADINGS = {"h1": r"\section*", "h2": r"\section*", "h3": r"\subsection*", "h4": r"\subsubsection*"}


def resolve_refs(text: str, titles: dict[str, str]) -> str:
    """{ref}`label` and {ref}`words <label>` as plain words (the chapter's title, in italics
    markers that the renderer prints as italics)."""

    def words(match: re.Match) -> str:
        explicit, label = match.groups()
        if explicit:
            return explicit
        if label not in titles:
            raise ValueError(f"unknown cross-reference {label!r} in a classroom text")
        return f"*{titles[label]}*"

    return REF.sub(words, text)


def to_latex(markdown: str, titles: dict[str, str] | None = None) -> str:
    text = resolve_refs(markdown, titles or {})
    tokens = MarkdownIt("commonmark").enable("table").parse(text)
    return _blocks(tokens)


def _blocks(tokens) -> str:
    out: list[str] = []
    lists: list[str] = []
    table: list[list[str]] | None = None
    row: list[str] | None = None
    heading = None
    for token in tokens:
        kind = token.type
        if kind == "heading_open":
            heading = token.tag
        elif kind == "heading_close":
            heading = None
        elif kind == "inline":
            content = _inline(token.children or [])
            if heading:
                out.append(f"{HEADINGS[heading]}{{{content}}}\n")
            elif row is not None:
                row.append(content)
            else:
                out.append(content)
        elif kind == "paragraph_open":
            pass
        elif kind == "paragraph_close":
            out.append("\n" if lists else "\n\n")
        elif kind in ("bullet_list_open", "ordered_list_open"):
            environment = "itemize" if kind.startswith("bullet") else "enumerate"
            lists.append(environment)
            out.append(f"\\begin{{{environment}}}[leftmargin=*,itemsep=2pt]\n")
        elif kind in ("bullet_list_close", "ordered_list_close"):
            out.append(f"\\end{{{lists.pop()}}}\n\n" if not lists[:-1] else f"\\end{{{lists.pop()}}}\n")
        elif kind == "list_item_open":
            out.append(r"\item ")
        elif kind == "list_item_close":
            pass
        elif kind == "table_open":
            table = []
        elif kind == "tr_open":
            row = []
        elif kind == "tr_close" and table is not None and row is not None:
            table.append(row)
            row = None
        elif kind == "table_close" and table is not None:
            out.append(_table(table))
            table = None
        elif kind in (
            "thead_open",
            "thead_close",
            "tbody_open",
            "tbody_close",
            "th_open",
            "th_close",
            "td_open",
            "td_close",
        ):
            pass
        elif kind == "hr":
            out.append("\\medskip\\hrule\\medskip\n")
        else:
            raise ValueError(f"the classroom texts' LaTeX renderer does not know Markdown '{kind}'")
    return "".join(out)


def _table(rows: list[list[str]]) -> str:
    columns = len(rows[0])
    spec = "|".join([r">{\RaggedRight\arraybackslash}X"] * columns)
    lines = [f"\\begin{{tabularx}}{{\\linewidth}}{{|{spec}|}}\\hline"]
    for index, cells in enumerate(rows):
        cells = cells + [""] * (columns - len(cells))
        if index == 0:
            cells = [f"\\textbf{{{cell}}}" for cell in cells]
        lines.append(" & ".join(cells) + r" \\\hline")
    lines.append("\\end{tabularx}\n\n")
    return "\n".join(lines)


def _inline(children) -> str:
    out: list[str] = []
    for child in children:
        kind = child.type
        if kind == "text":
            # latex_text folds the ends of a text; the spaces around bold or a link are words' edges.
            content = child.content
            lead = " " if content[:1].isspace() else ""
            trail = " " if content[-1:].isspace() and content.strip() else ""
            out.append(lead + latex_text(content) + trail)
        elif kind == "softbreak":
            out.append(" ")
        elif kind == "hardbreak":
            out.append("\\\\\n")
        elif kind == "strong_open":
            out.append(r"\textbf{")
        elif kind == "em_open":
            out.append(r"\emph{")
        elif kind in ("strong_close", "em_close", "link_close"):
            out.append("}")
        elif kind == "code_inline":
            out.append(r"\texttt{" + latex_text(child.content) + "}")
        elif kind == "link_open":
            address = child.attrs.get("href", "")
            if re.match(r"^https?://", address):
                out.append(
                    r"\href{"
                    + url(address).replace("\\", r"\\").replace("%", r"\%").replace("#", r"\#")
                    + "}{"
                )
            else:
                out.append("{")  # a link inside the site: the words only
        else:
            raise ValueError(f"the classroom texts' LaTeX renderer does not know Markdown '{kind}'")
    return "".join(out)
