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


def secondary_only(ids: str) -> bool:
    """Whether every source in 'a;b' is a copy, summary or aggregator (the row is marked)."""
    from report.data.source_policy import secondary_only as all_secondary

    return all_secondary(
        [_sources().loc[i.strip(), "source_class"] for i in str(ids).split(";") if i.strip()]
    )


SECONDARY_ONLY = "Secondary sources only:"

# On screen a table stays short enough to read on a laptop (about three screens at 1280 px):
# a long text in a long table shows its first words with the rest one click away, a long list of sources its
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


def _html_cell(value, shorten: bool = True) -> str:
    if isinstance(value, Sources):
        return value.html()
    text = _cell_text(value)
    parts = _lead_and_rest(text) if shorten else None
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

    marks: bool

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


# Print: the header font's letter widths (Helvetica, as TeX Gyre Heros sets the table headers),
# in thousandths of an em; any other character counts as a wide one.
_HEADER_LETTER_WIDTHS = dict(
    zip(
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789",
        [556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333]
        + [500, 278, 556, 500, 722, 500, 500, 500, 667, 667, 722, 722, 667, 611, 778, 722, 278]
        + [500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611]
        + [556] * 10,
    )
)
# The printed page: a 17 cm text column, tables set at 9 pt, 6 pt of padding each side of a cell
# (the PDF preamble in _config.yml and Sphinx's defaults).
PRINT_TEXT_WIDTH_PT = 481.9
PRINT_TABLE_FONT_PT = 9.0
PRINT_CELL_PADDING_PT = 12.0


def header_word_width_pt(header: str) -> float:
    """The printed width of a header's longest word, in points: a header word is never cut,
    so its column must be at least this wide (plus the cell's padding)."""
    words = re.split(r"[\s/]+", str(header))
    return max(
        (
            sum(_HEADER_LETTER_WIDTHS.get(ch, 720) for ch in word) * PRINT_TABLE_FONT_PT / 1000
            for word in words
        ),
        default=0.0,
    )


def least_share(header: str) -> float:
    """The narrowest share of the text width a column with this header may have in print: its
    longest word, the cell's padding and a point of room (so that rounding never cuts a letter)."""
    return (header_word_width_pt(header) + PRINT_CELL_PADDING_PT + 1.0) / PRINT_TEXT_WIDTH_PT


def print_widths(widths: list[float], headers: list[str]) -> list[float]:
    """Column shares for print (summing to 1): the given shares, except that a column too narrow
    for its header's longest word is widened to hold it ("Claim" in a column of 5 % ran into the
    next header), the other columns narrowed in proportion."""
    need = [least_share(h) for h in headers]
    total = sum(widths)
    shares = [w / total for w in widths]
    widened: set[int] = set()
    while len(widened) < len(shares):
        room = 1.0 - sum(need[i] for i in widened)
        rest = sum(share for i, share in enumerate(shares) if i not in widened)
        result = [need[i] if i in widened else share * room / rest for i, share in enumerate(shares)]
        too_narrow = {i for i, share in enumerate(result) if i not in widened and share < need[i]}
        if not too_narrow and room > 0:
            return result
        widened |= too_narrow or set(range(len(shares)))
    return [n / sum(need) for n in need]  # the headers alone fill the page: share by need


# Body text in print: Termes at 9 pt averages about 4.3 pt a character.
PRINT_CHAR_PT = 4.3


def _plain(markdown: str) -> str:
    """A printed cell's text: its Markdown without link addresses and markup."""
    return re.sub(r"\]\([^)]*\)|[*\\\[\]]", "", markdown)


def _printed_length(markdown: str) -> int:
    """Characters a printed cell shows."""
    return len(_plain(markdown).replace("\u200b", ""))


def balanced_widths(shares: list[float], lengths: list[list[int]], least: list[float]) -> list[float]:
    """Column shares that make a printed table shorter: starting from the author's shares, width
    moves (in steps of 1 %) to the column that most often makes a row tall (a long list of
    sources in a narrow column did), as long as the table's estimated height falls. Each column
    stays between 3/4 and 3/2 of its share, and never under `least` (its header's longest word).
    Rows cannot break across pages, so shorter rows leave less of a page empty."""
    import numpy as np

    chars = np.array(lengths, dtype=float).reshape(len(lengths), len(shares))
    low = np.maximum(np.array(shares) * 0.75, least)
    high = np.maximum(np.array(shares) * 1.5, low)

    def height(w):
        room = np.maximum(w * PRINT_TEXT_WIDTH_PT - PRINT_CELL_PADDING_PT, 1.0)
        return np.ceil(chars * PRINT_CHAR_PT / room).max(axis=1, initial=1).sum()

    w = np.array(shares, dtype=float)
    best = height(w)
    for _ in range(100):
        trials = []
        for j in range(len(w)):
            for k in range(len(w)):
                if j != k and w[j] + 0.01 <= high[j] and w[k] - 0.01 >= low[k]:
                    trial = w.copy()
                    trial[j] += 0.01
                    trial[k] -= 0.01
                    trials.append((height(trial), j, k, trial))
        if not trials:
            break
        score, _, _, trial = min(trials, key=lambda t: (t[0], t[1], t[2]))
        if score >= best:
            break
        best, w = score, trial
    return [float(x) for x in w]


class Table:
    def __init__(
        self,
        frame: pd.DataFrame,
        widths: list[float] | None,
        caption: str | None,
        filterable: bool = False,
        online_only: bool = False,
        choose_by: tuple[str, pd.Series] | None = None,
        stacked_in_print: bool | str = False,
    ):
        # Print: each row becomes a block of rows, one per column ("label | text"), under the
        # first column's value. A table of five long-text columns made rows half a page tall,
        # which LaTeX cannot break: a chapter's first page was left half empty.
        self.stacked_in_print = stacked_in_print
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
        # A short table (a code book, a day's statements) is read whole: its texts stay whole.
        shorten = len(self.frame) > ROWS_BEFORE_CHECK
        body = "".join(
            (f'<tr data-choice="{escape.html_text(choice)}">' if self.choose_by else "<tr>")
            + "".join(
                f'<td data-label="{label}">{_html_cell(v, shorten)}</td>' for label, v in zip(labels, row)
            )
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
        # Widths are given in thousandths, so that a column widened for its header keeps its room.
        if self.stacked_in_print:
            headers, rows, shares, classes = self._stacked_rows()
        else:
            headers = list(self.frame.columns)
            rows = [[_print_cell(v) for v in row] for row in self.frame.itertuples(index=False)]
            shares, classes = self.widths, "longtable"
        shares = print_widths(shares, headers)
        if rows and not self.stacked_in_print:
            # A column is not narrowed below its longest word either (unless it was narrower).
            longest = [
                max((len(w) for row in rows for w in re.split(r"[\s\u200b]+", _plain(row[j]))), default=0)
                for j in range(len(headers))
            ]
            least = [
                max(
                    least_share(h),
                    min(share, (n * PRINT_CHAR_PT * 1.15 + PRINT_CELL_PADDING_PT) / PRINT_TEXT_WIDTH_PT),
                )
                for h, share, n in zip(headers, shares, longest)
            ]
            lengths = [[_printed_length(cell) for cell in row] for row in rows]
            shares = balanced_widths(shares, lengths, least)
        widths = " ".join(str(max(1, round(w * 1000))) for w in shares)
        lines = [
            f"```{{list-table}} {escape.myst_text(self.caption)}" if self.caption else "```{list-table}",
            ":header-rows: 1",
            f":widths: {widths}",
            f":class: {classes}",
            "",
        ]
        # An address becomes a link, which LaTeX may break anywhere (xurl), so long
        # addresses no longer run past the column.
        for cells in [[_print_cell(h) if h else "" for h in headers], *rows]:
            lines.append(f"* - {cells[0]}".rstrip())
            lines.extend(f"  - {cell}".rstrip() for cell in cells[1:])
        lines.append("```")
        return "\n".join(lines)

    def _stacked_rows(self) -> tuple[list[str], list[list[str]], list[float], str]:
        """Print form of a table of long texts: per row of the frame, one printed row per
        further column ("What happened | Tusk told the Sejm..."), the first column's value in
        bold on the block's first row, with the column named by `stacked_in_print` (if a name)
        in italics under it. Rows stay a few lines tall, so pages break between them. Row
        colours are left out: they would stripe the lines of one block, not the blocks."""
        first, *others = self.frame.columns
        under = _header(self.stacked_in_print) if isinstance(self.stacked_in_print, str) else None
        labels = [label for label in others if label != under]
        rows = []
        for record in self.frame.to_dict("records"):
            name = f"**{_print_cell(record[first])}**"
            if under and _cell_text(record[under]) != "–":
                name += f" *{_print_cell(record[under])}*"
            shown = [label for label in labels if _cell_text(record[label]) != "–"]
            for n, label in enumerate(shown):
                lead = name if n == 0 else ""
                rows.append([lead, f"*{escape.myst_text(str(label))}*", _print_cell(record[label])])
        # The name column a quarter of the width (names of two or three lines, not hyphenated),
        # the labels' as wide as the longest label, the texts the rest.
        label_share = (
            max(len(str(label)) for label in labels) * PRINT_CHAR_PT * 1.15 + PRINT_CELL_PADDING_PT
        ) / PRINT_TEXT_WIDTH_PT
        name_share = max(self.widths[0], 0.24)
        shares = [name_share, label_share, 1 - name_share - label_share]
        return [str(first), "", ""], rows, shares, "longtable nocolorrows"

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
    stacked_in_print: bool | str = False,
) -> Table:
    """Display a DataFrame as a report table; `widths` are relative column widths. `sources`
    (source ids per row, 'a;b', in the frame's row order) adds a last column of links, each
    with the source's standing unless `source_marks=False`. A `filterable` table can also be
    filtered online by value: `choose_by` is (label, one value per row, in the frame's order).
    `stacked_in_print` prints each row as a block of "column | text" rows (for long texts); a
    column's name puts that column's value under the row's name instead (a short one, a type)."""
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
    return Table(frame, widths, caption, filterable, online_only, choose_by, stacked_in_print)
