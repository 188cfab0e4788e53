"""Tables that read well on screen and fit the printed page.

`table(frame, widths=...)` returns an object with an HTML form (a styled, scrollable
table) and a Markdown form for the PDF (a MyST list-table with relative column widths, so
that no table runs off the printed page and long tables break across pages).

Readers see words: column names are written as words ("sourced_by" reads "Sourced by"),
dates as "9 Sep 2025". With `sources=`, each row ends with links to its sources: the
original publisher first where the page was a copy, then the page read, and each source's
standing (`report.data.source_policy.standing`); a row resting on secondary sources only is marked.
"""

from __future__ import annotations

import functools
import re

import pandas as pd

from report.foundation import escape

_URL = re.compile(r"https?://\S+")
# Print only: a zero-width space after these characters lets LaTeX break a long address or
# identifier inside a narrow column (the PDF preamble maps U+200B to a break point).
_BREAK_AFTER = re.compile(r"([/.?&=_\-)|%])")
_BREAK = "\u200b"


_LONG_RUN = re.compile(r"[A-Za-z0-9%]{11,}")


def _breakable(text: str, longer_than: int = 14) -> str:
    def split_word(word: str) -> str:
        if word.isalpha():
            # A name or a word ("Rzeczpospolita", "Försvarsmakten") is never cut at an arbitrary
            # letter: LaTeX hyphenates it, or the column takes it whole.
            return word
        word = _BREAK_AFTER.sub(r"\1" + _BREAK, word)
        # Runs of letters and digits in codes and addresses: a break point every 10.
        return _LONG_RUN.sub(
            lambda m: _BREAK.join(m.group(0)[i : i + 10] for i in range(0, len(m.group(0)), 10)), word
        )

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
    from report.data.load import load_table

    return load_table("sources").set_index("source_id")


def _source_entry(source_id: str) -> tuple[list[tuple[str, str]], str]:
    """(links, standing) for one source: the original publisher first where the page read was
    a copy, then the page read ('via ...'); the standing mark of `report.data.source_policy`."""
    from report.data.source_policy import standing
    from report.words.bib import consulted_via, original_publisher

    source = _sources().loc[source_id.strip()]
    original = original_publisher(source)
    via = f"via {consulted_via(source)}"
    if original and isinstance(source["original_url"], str) and source["original_url"]:
        links = [(original, source["original_url"]), (via, source["url"])]
    elif original:
        links = [(f"{original}, {via}", source["url"])]
    else:
        links = [(source["publisher"], source["url"])]
    return links, standing(source)


def source_links(ids: str) -> list[tuple[str, str]]:
    """(link text, address) for each source id in 'a;b': the original publisher first where
    the page read was a copy, then the page read ('via ...')."""
    return [link for source_id in str(ids).split(";") for link in _source_entry(source_id)[0]]


def marked_source_links(ids: str) -> list[tuple[str, str]]:
    """As `source_links`, each source's last link ending with its standing in brackets
    ("Reuters, via CNA (News outlet)"): the form for print-outs that show text only (packs)."""
    links = []
    for source_id in str(ids).split(";"):
        entry, mark = _source_entry(source_id)
        *first, (text, address) = entry
        links += [*first, (f"{text} ({mark})", address)]
    return links


def secondary_only(ids: str) -> bool:
    """Whether every source in 'a;b' is a copy, summary or aggregator (the row is marked)."""
    from report.data.source_policy import secondary_only as all_secondary

    return all_secondary(
        [_sources().loc[i.strip(), "source_class"] for i in str(ids).split(";") if i.strip()]
    )


SECONDARY_ONLY = "Secondary sources only:"

# On screen a table stays short enough to read on a laptop (about three screens at 1280 px):
# a long text shows its first words with the rest one click away, a long list of sources its
# first two, and a long table its first rows with a button for the rest (a table of more than
# ROWS_BEFORE_CHECK rows is measured in the browser). Print shows all.
LEAD_CHARS = 90
SOURCES_SHOWN = 2
ROWS_BEFORE_CHECK = 8
# A table of this many columns is set a little smaller, so that its headers' longest words fit
# the text column of a laptop (688 px at 1280) without cutting a word.
MANY_COLUMNS = 6


def _lead_and_rest(text: str) -> tuple[str, str] | None:
    """('first words', 'the rest') for a text too long for a table row, else None."""
    if len(text) <= LEAD_CHARS + 40:
        return None
    cut = text.rfind(" ", 0, LEAD_CHARS)
    cut = cut if cut > LEAD_CHARS // 2 else LEAD_CHARS
    return text[:cut], text[cut:].lstrip()


def _html_cell(value) -> str:
    if isinstance(value, Sources):
        return value.html()
    text = _cell_text(value)
    parts = _lead_and_rest(text)
    if parts is None:
        return escape.html_text(text)
    lead, rest = parts
    return (
        f'<span class="report-lead">{escape.html_text(lead)}</span>'
        f'<details class="report-more"><summary>… more</summary>{escape.html_text(text)}</details>'
    )


class Sources(str):
    """A cell holding source ids, shown as links, each followed by its standing; a row resting
    on secondary sources only opens with a marker. `marks=False` leaves the standings out (the
    source list shows them in a column of their own)."""

    def __new__(cls, ids: str, marks: bool = True):
        cell = super().__new__(cls, ids)
        cell.marks = marks
        return cell

    def _entries(self):
        return [_source_entry(i) for i in self.split(";") if i.strip()]

    def html(self) -> str:
        parts = []
        for links, mark in self._entries():
            anchors = " ".join(
                f'<a href="{escape.html_text(escape.url(url))}">{escape.html_text(text)}</a>'
                for text, url in links
            )
            parts.append(
                anchors
                + (f' <span class="report-standing">({escape.html_text(mark)})</span>' if self.marks else "")
            )
        marker = (
            f'<strong class="report-secondary-only">{SECONDARY_ONLY}</strong> '
            if self.marks and secondary_only(self)
            else ""
        )
        if len(parts) <= SOURCES_SHOWN + 1:
            return marker + "; ".join(parts)
        # A long list of sources: the first ones, the rest one click away (a row stays short).
        rest = len(parts) - SOURCES_SHOWN
        return (
            marker
            + "; ".join(parts[:SOURCES_SHOWN])
            + f'; <details class="report-more"><summary>{rest} more sources</summary>'
            + "; ".join(parts[SOURCES_SHOWN:])
            + "</details>"
        )

    def markdown(self) -> str:
        """Links for print: the publisher's name, clickable in the PDF, and its standing."""
        parts = []
        for links, mark in self._entries():
            anchors = " ".join(
                f"[{_breakable(escape.myst_text(text))}]({escape.url(url)})" for text, url in links
            )
            parts.append(anchors + (f" ({escape.myst_text(mark)})" if self.marks else ""))
        marker = f"**{SECONDARY_ONLY}** " if self.marks and secondary_only(self) else ""
        return marker + "; ".join(parts)


# One small script per page filters a long table as the reader types (the sources list), and,
# where the table has a column to choose by (the source's standing), by that column's value.
_FILTER_SCRIPT = (
    "<script>(function (box) { var input = box.querySelector('input'), choice = box.querySelector('select');"
    "function apply() { var words = input.value.toLowerCase().split(/\\s+/).filter(Boolean);"
    "var wanted = choice ? choice.value : '';"
    "var table = box.nextElementSibling; while (table && !table.classList.contains('report-table-wrapper')) { table = table.nextElementSibling; }"
    "table.querySelectorAll('tbody tr').forEach(function (row) {"
    "var text = row.textContent.toLowerCase();"
    "row.hidden = !(words.every(function (w) { return text.indexOf(w) >= 0; }) && (!wanted || row.dataset.choice === wanted)); });"
    "table.classList.toggle('report-filtered', words.length > 0 || !!wanted); }"
    "input.addEventListener('input', apply); if (choice) { choice.addEventListener('change', apply); } })"
    "(document.currentScript.previousElementSibling);</script>"
)


# A long table shows its first rows and a button for the rest (all rows without JavaScript,
# and all matching rows while a filter is in use).
_ROWS_SCRIPT = (
    "<script>(function (wrapper) { var rows = wrapper.querySelectorAll('tbody tr'), top = null, extra = 0;"
    # Rows beyond about two and a half screens wait behind the button (measured, so the same
    # rule holds on a phone, where a row is a card, and on a laptop).
    "var budget = Math.max(1600, 2.4 * window.innerHeight);"
    "rows.forEach(function (row) { var box = row.getBoundingClientRect(); if (top === null) { top = box.top; }"
    "if (box.bottom - top > budget) { row.classList.add('report-extra-row'); extra++; } });"
    "if (extra < 3) { rows.forEach(function (row) { row.classList.remove('report-extra-row'); }); return; }"
    "var sv = document.documentElement.lang === 'sv', button = document.createElement('button');"
    "button.type = 'button'; button.className = 'report-show-rows';"
    "function label() { var open = !wrapper.classList.contains('report-collapsed');"
    "button.textContent = open ? (sv ? 'Visa färre rader' : 'Show fewer rows')"
    " : (sv ? 'Visa alla rader (' + extra + ' till)' : 'Show all rows (' + extra + ' more)');"
    "button.setAttribute('aria-expanded', open ? 'true' : 'false'); }"
    "button.addEventListener('click', function () { wrapper.classList.toggle('report-collapsed'); label(); });"
    "wrapper.classList.add('report-collapsed'); label(); wrapper.after(button); })"
    "(document.currentScript.previousElementSibling);</script>"
)


def _filter_controls(choices: list[str], label: str | None) -> str:
    text = (
        '<label>Filter the list: <input type="search" autocomplete="off" '
        'placeholder="publisher, title, year…"></label>'
    )
    if label:
        options = "".join(
            f'<option value="{escape.html_text(c)}">{escape.html_text(c)}</option>' for c in choices
        )
        text += f' <label>{escape.html_text(label)}: <select><option value="">all</option>{options}</select></label>'
    return f'<div class="report-table-filter">{text}</div>{_FILTER_SCRIPT}'


class Table:
    def __init__(
        self,
        frame: pd.DataFrame,
        widths: list[float] | None,
        caption: str | None,
        filterable: bool = False,
        online_only: bool = False,
        choose_by: tuple[str, pd.Series] | None = None,
    ):
        self.filterable = filterable  # the long source list: filterable online
        # (label, one value per row): a second filter, by value (the source list's standing)
        self.choose_by = choose_by
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
        chosen = [_cell_text(v) for v in self.choose_by[1]] if self.choose_by else [None] * len(self.frame)
        body = "".join(
            (f'<tr data-choice="{escape.html_text(choice)}">' if self.choose_by else "<tr>")
            + "".join(f'<td data-label="{label}">{_html_cell(v)}</td>' for label, v in zip(labels, row))
            + "</tr>"
            for row, choice in zip(self.frame.itertuples(index=False), chosen)
        )
        # A table left out of the reading PDF gets no number on the site either (report.site.sphinx_ext
        # numbers the plain <caption>s), so every number means the same table on screen and paper.
        caption_tag = '<caption class="report-unnumbered">' if self.online_only else "<caption>"
        caption = f"{caption_tag}{escape.html_text(self.caption)}</caption>" if self.caption else ""
        choices = []
        if self.choose_by:
            values = self.choose_by[1]
            # An ordered categorical lists its options in its own order; other values as they come.
            order = (
                values.cat.categories
                if isinstance(values.dtype, pd.CategoricalDtype)
                else dict.fromkeys(chosen)
            )
            choices = [_cell_text(c) for c in order if _cell_text(c) in set(chosen)]
        return (
            (
                _filter_controls(choices, self.choose_by[0] if self.choose_by else None)
                if self.filterable
                else ""
            )
            + f'<div class="report-table-wrapper" tabindex="0" role="region" aria-label="{escape.html_text(self.caption or "Table")}">'
            f'<table class="report-table{" report-many-columns" if len(self.frame.columns) >= MANY_COLUMNS else ""}">{caption}<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div>'
            + (_ROWS_SCRIPT if len(self.frame) > ROWS_BEFORE_CHECK else "")
        )

    def _repr_markdown_(self) -> str:
        if self.online_only:
            return "<!-- in the appendix PDF -->"
        # The PDF takes this form: a MyST list-table whose relative column widths make
        # Sphinx's LaTeX writer fit the table to the text width (long tables break pages).
        widths = " ".join(str(max(1, round(w * 100))) for w in self.widths)
        lines = [
            f"```{{list-table}} {escape.myst_text(self.caption)}" if self.caption else "```{list-table}",
            ":header-rows: 1",
            f":widths: {widths}",
            ":class: longtable",
            "",
        ]
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


def table(
    frame: pd.DataFrame,
    widths: list[float] | None = None,
    caption: str | None = None,
    sources: pd.Series | None = None,
    filterable: bool = False,
    online_only: bool = False,
    sources_header: str = "Sources",
    source_marks: bool = True,
    choose_by: tuple[str, pd.Series] | None = None,
) -> Table:
    """Display a DataFrame as a report table; `widths` are relative column widths. `sources`
    (source ids per row, 'a;b', in the frame's row order) adds a last column of links, each
    with the source's standing unless `source_marks=False`. A `filterable` table can also be
    filtered online by value: `choose_by` is (label, one value per row, in the frame's order)."""
    if choose_by is not None:
        choose_by = (choose_by[0], choose_by[1].reset_index(drop=True))
    frame = frame.reset_index(drop=True)
    if sources is not None:
        if len(sources) != len(frame):
            raise ValueError(f"{len(frame)} rows but {len(sources)} source lists")
        frame = frame.assign(
            **{
                sources_header: [
                    Sources(ids, marks=source_marks) if isinstance(ids, str) and ids.strip() else None
                    for ids in sources
                ]
            }
        )
        widths = None if widths is None else [*widths, 1.4]
    return Table(frame, widths, caption, filterable, online_only, choose_by)


def plain(text: str) -> str:
    """Collapse whitespace (for cells that hold paragraphs)."""
    return re.sub(r"\s+", " ", text).strip()
