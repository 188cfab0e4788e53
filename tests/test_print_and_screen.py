"""The printed book and the site agree, and the print has no layout faults a reader would see:
the same figure and table numbers on screen and on paper, a contents page titled as such, no
page left with a line or two, document titles without LaTeX, the index in the text font."""

from __future__ import annotations

import html
import re
import subprocess
import unicodedata

import pytest

from report.foundation.paths import NOT_IN_PRINT, ROOT, SITE_DIR
from report.site.tools import toc_pages

CAPTION_NUMBER = re.compile(r'<span class="caption-number">(Fig\.|Table) (\d+) </span>(.{0,400})', re.S)
TAG = re.compile(r"<[^>]+>")
PDF_CAPTION = re.compile(r"^\s*(Fig\.|Table) (\d+): (.+)$", re.M)


def words(text: str) -> str:
    """Letters and digits only, lower case: a caption compared across HTML and pdftotext."""
    text = unicodedata.normalize("NFKD", html.unescape(text)).lower()
    return re.sub(r"[^a-z0-9]", "", text)


def pages_text(
    pdf, first: int | None = None, last: int | None = None, layout: bool = False, raw: bool = False
) -> list[str]:
    command = ["pdftotext"] + (["-layout"] if layout else []) + (["-raw"] if raw else [])
    command += (["-f", str(first)] if first else []) + (["-l", str(last)] if last else [])
    out = subprocess.run(command + [str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return out.split("\f")


def site_captions(site) -> list[tuple[str, int, str]]:
    found = []
    for page in toc_pages():
        if page.removesuffix(".html") in NOT_IN_PRINT:
            continue
        body = (site / page).read_text(encoding="utf-8")
        found += [
            (kind, int(n), words(TAG.sub("", re.split(r"</caption>|</figcaption>|</p>", text)[0]))[:24])
            for kind, n, text in CAPTION_NUMBER.findall(body)
        ]
    return found


def test_figures_and_tables_carry_the_same_numbers_on_the_site_and_in_the_pdf(site, pdf):
    on_site = site_captions(site)
    in_print = {
        (kind, int(n)): words(text) for kind, n, text in PDF_CAPTION.findall("\n".join(pages_text(pdf)))
    }
    assert any(kind == "Table" for kind, _, _ in on_site) and any(kind == "Fig." for kind, _, _ in on_site)
    differ = [
        f"{kind} {n} on the site ('{text}') is {in_print.get((kind, n), 'missing')!r} in the PDF"
        for kind, n, text in on_site
        if (kind, n) in in_print and not in_print[(kind, n)].startswith(text)
    ]
    missing = [f"{kind} {n}" for kind, n, _ in on_site if (kind, n) not in in_print]
    assert not differ and not missing, "\n".join(differ + missing)
    assert not re.search(r"^\s*(Fig\.|Table) \d+\.\d+", "\n".join(pages_text(pdf)), re.M), (
        "chapter-numbered captions"
    )


def test_the_contents_are_titled_contents(pdf):
    front = "\n".join(pages_text(pdf, 1, 4)).upper()
    assert "CONTENTS" in front and "START HERE" not in front


def test_no_page_holds_only_a_line_or_two(pdf):
    """A page that carries one or two lines of text (a contents page one line over, a chapter
    ending with a widow) is a layout fault. Header and footer lines are not counted; the title
    page is left out."""
    faults = []
    for number, text in enumerate(pages_text(pdf, layout=True)[1:-1], start=2):
        lines = [line for line in text.splitlines() if re.search(r"[A-Za-z]{3}", line)]
        body = lines[1:-1]  # the running header and footer
        if len(body) <= 2:
            faults.append(f"page {number}: {body}")
    assert not faults, "\n".join(faults)


def built_pdfs() -> list:
    return sorted((ROOT / "_build" / "pdf").glob("*.pdf")) + sorted((SITE_DIR / "packs").glob("*.pdf"))


def test_every_pdf_title_is_words_not_latex(pdf):
    titles = {}
    for path in built_pdfs():
        info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
        titles[path.name] = re.search(r"^Title:\s*(.*)$", info, re.M).group(1)
    assert len(titles) >= 3
    latex = {
        name: t for name, t in titles.items() if re.search(r"[\\{}]|\[\d*(ex|pt|em)\]", t) or not t.strip()
    }
    assert not latex, latex
    # Each names what it is (the report, its appendix, a pack, a key, slides), one dash style.
    assert len(set(titles.values())) == len(titles), titles
    assert not [t for t in titles.values() if " - " in t], titles


def test_the_index_is_set_in_the_text_font(pdf):
    last = len(pages_text(pdf)) - 1
    index_pages = [
        n
        for n, text in enumerate(pages_text(pdf), start=1)
        if "index of glossary terms" in text.lower() and n > last - 8
    ]
    assert index_pages, "no index titled 'Index of glossary terms' at the end of the PDF"
    fonts = subprocess.run(
        ["pdffonts", "-f", str(index_pages[-1]), "-l", str(last), str(pdf)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    mono = [
        line for line in fonts.splitlines() if re.search(r"Mono|Cursor|Typewriter|Courier|cmtt", line, re.I)
    ]
    assert not mono, mono


@pytest.mark.parametrize("text, fault", [("Table 3.1: Who", True), ("Table 3: Who", False)])
def test_the_caption_check_sees_chapter_numbers(text, fault):
    assert bool(re.search(r"^\s*(Fig\.|Table) \d+\.\d+", text, re.M)) is fault


# --- Page layout: where tables start and how full pages are -----------------------------------

# The printed page in points (A4, 2.2 cm top and bottom margins: _config.yml's sphinxsetup).
PAGE_HEIGHT_PT = 841.89
BODY_TOP_PT = 62.4
BODY_BOTTOM_PT = PAGE_HEIGHT_PT - 62.4
FILL_DPI = 20


def page_fills(pdf) -> list[float]:
    """How far down each page its body is inked, as a share of the body's height (0 to 1):
    each page drawn small in grey, its lowest dark pixel row between the running head and
    the footer. Charts count as ink, so a page holding a chart is as full as it looks."""
    import tempfile
    from pathlib import Path

    top, bottom = (round(pt * FILL_DPI / 72) for pt in (BODY_TOP_PT, BODY_BOTTOM_PT))
    fills = []
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run(["pdftoppm", "-r", str(FILL_DPI), "-gray", str(pdf), f"{folder}/page"], check=True)
        for image in sorted(Path(folder).glob("page-*.pgm"), key=lambda p: int(p.stem.split("-")[-1])):
            data = image.read_bytes()
            _, width, height, _, pixels = data.split(maxsplit=4)
            width, height = int(width), int(height)
            inked = [
                y for y in range(top, min(bottom, height)) if min(pixels[y * width : (y + 1) * width]) < 160
            ]
            fills.append((max(inked) - top) / (bottom - top) if inked else 0.0)
    return fills


def chapter_openers(pages: list[str]) -> set[int]:
    """Page numbers (from 1) that open a chapter: their text starts with 'CHAPTER'."""
    return {n for n, text in enumerate(pages, start=1) if text.lstrip().startswith("CHAPTER")}


def first_body_line(text: str) -> str:
    """The first line of a page under its running head (two lines: the book's title)."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return lines[2] if len(lines) > 2 else ""


def test_no_page_is_left_mostly_empty_inside_a_chapter(pdf):
    """A page inked over less than a quarter of its height, inside a chapter (not its last page,
    not the title page, not the end of the book), is a layout fault: something too tall for it
    was pushed to the next page."""
    pages = pages_text(pdf)[:-1]  # the text after the last form feed is empty
    openers = chapter_openers(pages)
    fills = page_fills(pdf)
    faults = [
        f"page {n}: inked over {fill:.0%} of its height"
        for n, fill in enumerate(fills, start=1)
        if 1 < n < len(pages) and fill < 0.25 and n + 1 not in openers
    ]
    assert not faults, "\n".join(faults)


def test_no_table_is_pushed_past_a_page_with_room_for_it(pdf):
    """When a table cannot start where its paragraph ends, LaTeX moves it whole to the next
    page and leaves the rest of this one blank (the perspectives chapter's first page was
    left 41% empty, its matrix on the next page). A page followed by a page that opens with a
    table's caption must be inked over at least 70% of its height."""
    pages = pages_text(pdf, layout=True)[:-1]
    fills = page_fills(pdf)
    faults = [
        f"page {n}: inked over {fills[n - 1]:.0%}, then page {n + 1} opens with "
        f"{first_body_line(pages[n])[:60]!r}"
        for n in range(1, len(pages))
        if re.match(r"Table \d+: ", first_body_line(pages[n])) and fills[n - 1] < 0.7
    ]
    assert not faults, "\n".join(faults)


def printed_tables() -> list[tuple[str, list[list[str]]]]:
    """(caption, rows: the header first) of every captioned table the reading PDF prints, as
    the chapters' stored outputs give them to the PDF (MyST list-tables)."""
    import json

    from report.site.tools import notebook_pages

    found = []
    for _, notebook in notebook_pages():
        if notebook.relative_to(ROOT).with_suffix("").as_posix() in NOT_IN_PRINT:
            continue
        for cell in json.loads(notebook.read_text(encoding="utf-8"))["cells"]:
            for output in cell.get("outputs", []):
                text = "".join(output.get("data", {}).get("text/markdown", ""))
                head = re.match(r"```\{list-table\} (.+)\n", text)
                if not head:
                    continue
                rows = []
                for line in text.splitlines():
                    if line.startswith("* -"):
                        rows.append([line[3:].strip()])
                    elif line.startswith("  -") and rows:
                        rows[-1].append(line[3:].strip())
                found.append((head.group(1).replace("\\", ""), rows))
    return found


def cell_words(markdown: str) -> str:
    """A cell's letters and digits as printed: link addresses and markup left out."""
    return words(re.sub(r"\]\([^)]*\)", "]", markdown))


def caption_pages(pdf) -> dict[str, tuple[int, str]]:
    """For each printed table caption (its letters): (page number, the page's text from the
    caption on, in the order LaTeX set it: caption, header, then row after row)."""
    found = {}
    for n, text in enumerate(pages_text(pdf, raw=True), start=1):
        for match in re.finditer(r"^Table \d+: (.+)$", text, re.M):
            found.setdefault(words(match.group(1))[:30], (n, text[match.start() :]))
    return found


def test_no_table_starts_with_one_row_at_the_foot_of_a_page(pdf):
    """A table that breaks across pages shows at least two rows under its header before the
    break (Table 8 once started with one row at the foot of a page, the rest overleaf)."""
    pages = caption_pages(pdf)
    faults, checked = [], 0
    for caption, rows in printed_tables():
        body = [row for row in rows[1:] if any(cell_words(c) for c in row)]
        key = words(caption)[:30]
        if len(body) < 2 or key not in pages:
            continue
        number, text = pages[key]
        if "continues on next page" not in text:
            continue  # the table ends on this page
        checked += 1
        letters = words(text)
        position = 0
        for row in body[:2]:
            first = next(cell_words(c) for c in row if cell_words(c))[:20]
            found = letters.find(first, position)
            if found < 0:
                faults.append(f"page {number}: {caption!r} shows one row before the page break")
                break
            position = found + len(first)
    assert checked, "no table breaking across pages was found to check"
    assert not faults, "\n".join(faults)


def test_no_table_header_word_is_cut(pdf):
    """Every word of a printed table's header is whole on the page where the table starts:
    not hyphenated ("Coun-try") nor run into the next column."""
    pages = caption_pages(pdf)
    faults = []
    for caption, rows in printed_tables():
        key = words(caption)[:30]
        if key not in pages:
            continue
        number, text = pages[key]
        # The header's lines: after the caption, up to the line where the first row begins.
        first_row = next((cell_words(c) for row in rows[1:2] for c in row if cell_words(c)), "")[:6]
        lines = text.splitlines()[1:40]
        end = next((i for i, line in enumerate(lines) if first_row and words(line).startswith(first_row)), 40)
        header_text = "\n".join(lines[:end])
        for cell in rows[0]:
            for word in re.findall(r"[A-Za-zÀ-ž]{4,}", cell):
                if not re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", header_text):
                    faults.append(f"page {number}, {caption!r}: header word {word!r} is cut")
    assert not faults, "\n".join(faults)


# --- How tables.py lays tables out for print (no build needed) ----------------------------------


def test_a_narrow_column_is_widened_to_hold_its_header_word():
    from report.rendering.tables import (
        PRINT_CELL_PADDING_PT,
        PRINT_TEXT_WIDTH_PT,
        header_word_width_pt,
        print_widths,
    )

    headers = ["Claim", "The article says", "Verdict", "What the sources show", "Sources"]
    before = [0.6, 2.4, 1.2, 5.2, 1.4]
    assert before[0] / sum(before) * PRINT_TEXT_WIDTH_PT - PRINT_CELL_PADDING_PT < header_word_width_pt(
        "Claim"
    )
    after = print_widths(before, headers)
    assert abs(sum(after) - 1) < 1e-9
    assert after[0] * PRINT_TEXT_WIDTH_PT - PRINT_CELL_PADDING_PT >= header_word_width_pt("Claim")
    # the others keep their proportions
    assert abs(after[3] / after[1] - 5.2 / 2.4) < 1e-9


def test_a_stacked_table_prints_one_row_per_column_under_each_name():
    import pandas as pd

    from report.rendering.tables import table

    frame = pd.DataFrame({"actor": ["Poland", "NATO"], "why": ["A test", None], "what": ["More", "Less"]})
    printed = table(frame, widths=[1, 2, 2], caption="Views", stacked_in_print=True)._repr_markdown_()
    rows = [line for line in printed.splitlines() if line.startswith("* -")]
    assert rows == ["* - Actor", "* - **Poland**", "* -", "* - **NATO**"], printed
    assert "nocolorrows" in printed and "  - *Why*" in printed and printed.count("*What*") == 2
    # a short column named by `stacked_in_print` goes under the name instead of a row of its own
    typed = table(frame, widths=[1, 2, 2], caption="Views", stacked_in_print="why")._repr_markdown_()
    assert "* - **Poland** *A test*" in typed and "*Why*" not in typed
    # on screen the table is unchanged: one row per actor
    assert table(frame, widths=[1, 2, 2], stacked_in_print=True)._repr_html_().count("<tr") == 3
