"""The printed book and the site agree, and the print has no layout faults a reader would see:
the same figure and table numbers on screen and on paper, a contents page titled as such, no
page left with a line or two, document titles without LaTeX, the index in the text font."""

from __future__ import annotations

import html
import re
import subprocess
import unicodedata

import pytest

from report.foundation.paths import NOT_IN_PRINT, ROOT
from report.site.tools import toc_pages

CAPTION_NUMBER = re.compile(r'<span class="caption-number">(Fig\.|Table) (\d+) </span>(.{0,400})', re.S)
TAG = re.compile(r"<[^>]+>")
PDF_CAPTION = re.compile(r"^\s*(Fig\.|Table) (\d+): (.+)$", re.M)


def words(text: str) -> str:
    """Letters and digits only, lower case: a caption compared across HTML and pdftotext."""
    text = unicodedata.normalize("NFKD", html.unescape(text)).lower()
    return re.sub(r"[^a-z0-9]", "", text)


def pages_text(pdf, first: int | None = None, last: int | None = None, layout: bool = False) -> list[str]:
    command = ["pdftotext"] + (["-layout"] if layout else [])
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
    return sorted((ROOT / "_build" / "pdf").glob("*.pdf")) + sorted(
        (ROOT / "_build" / "html" / "packs").glob("*.pdf")
    )


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
