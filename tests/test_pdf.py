"""The PDF, page by page, with poppler."""

from __future__ import annotations

import json
import re
import subprocess
import unicodedata

from report.site.tools import expected_figures, notebook_pages


def pdf_text(pdf) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


def chapter_titles() -> list[str]:
    """The titles of the chapters the reading PDF prints (the classroom packs print the rest)."""
    from report.foundation.paths import NOT_IN_PRINT, ROOT

    titles = []
    for _, notebook in notebook_pages():
        if notebook.relative_to(ROOT).with_suffix("").as_posix() in NOT_IN_PRINT:
            continue
        cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
        first_heading = next(
            line
            for c in cells
            if c["cell_type"] == "markdown"
            for line in "".join(c["source"]).splitlines()
            if line.startswith("# ")
        )
        titles.append(first_heading[2:].strip())
    return titles


def page_count(path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", info).group(1))


def test_reading_pdf_is_a_report_not_a_reference_work(pdf):
    """Every chapter starts on a page of its own, and the whole stays near 100 pages (105 at
    most): the data dictionary, the corrections log and the source list live in the appendix
    PDF, and long tables are set at 9 pt. (The bound was 100 before the record grew by the
    incidents of 2026 and the sweep of August to November 2025.)"""
    pages = page_count(pdf)
    assert 2 + len(notebook_pages()) <= pages <= 105, f"{pages} pages"


def test_appendix_pdf_holds_the_dictionary_and_every_source(pdf):
    from report.data.load import load_table

    appendix = pdf.with_name("appendix.pdf")
    assert appendix.is_file(), "no appendix PDF beside the reading PDF"
    text = subprocess.run(
        ["pdftotext", str(appendix), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Data dictionary" in text and "Sources" in text

    def letters(value: str) -> str:
        # Hyphenation, line breaks and accents aside: the ASCII letters and digits, in order.
        return re.sub(r"[^a-z0-9]", "", unicodedata.normalize("NFKD", value).lower())

    printed = letters(text)
    sources = load_table("sources")
    checkable = [t for t in sources["title"] if len(letters(t)) >= 12]
    missing = [t for t in checkable if letters(t)[:30] not in printed]
    assert len(checkable) > len(sources) * 0.8 and not missing, (
        f"{len(missing)} titles not found, e.g. {missing[:3]}"
    )
    assert page_count(appendix) >= 20


def normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"'))


def test_title_page_and_contents(pdf):
    pages = pdf_text(pdf).split("\f")
    assert "Drones, jets and Article 4" in pages[0]
    contents = normalise(" ".join(p for p in pages[1:6] if re.search(r"(\. ){5,}", p)))
    assert contents, "no table of contents (dotted leaders) in the first pages"
    for title in chapter_titles():
        assert normalise(title)[:30] in contents, f"{title!r} not in the table of contents"


def test_every_chapter_title_is_in_the_text(pdf):
    text = normalise(pdf_text(pdf))
    for title in chapter_titles():
        assert normalise(title) in text, title


def test_at_least_as_many_images_as_figures(pdf):
    listing = subprocess.run(
        ["pdfimages", "-list", str(pdf)], capture_output=True, text=True, check=True
    ).stdout
    images = [line for line in listing.splitlines()[2:] if " image " in line]
    figures = sum(expected_figures(nb) for _, nb in notebook_pages())
    assert len(images) >= figures, f"{len(images)} images for {figures} figures"


def test_no_code_cells_in_print(pdf):
    text = pdf_text(pdf)
    assert "from report.rendering.preamble import" not in text
    assert "plotly_chart(" not in text


def pdf_xml(pdf) -> str:
    return subprocess.run(
        ["pdftohtml", "-xml", "-i", "-q", "-stdout", str(pdf)], capture_output=True, text=True, check=True
    ).stdout


def test_every_chapter_has_a_bookmark(pdf):
    outline = re.search(r"<outline>.*</outline>", pdf_xml(pdf), re.S)
    assert outline, "the PDF has no bookmarks"
    bookmarks = {normalise(item) for item in re.findall(r"<item[^>]*>([^<]+)</item>", outline.group(0))}
    for title in chapter_titles():
        assert normalise(title) in bookmarks, f"no bookmark for {title!r}"


def test_contents_entries_link_to_their_pages(pdf):
    """The table of contents is clickable: internal links on the contents pages."""
    contents_pages = subprocess.run(
        ["pdftohtml", "-xml", "-i", "-q", "-stdout", "-f", "1", "-l", "6", str(pdf)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    links = re.findall(r'<a href="[^"#]*#(\d+)"', contents_pages)
    assert len(set(links)) >= len(chapter_titles()), f"{len(set(links))} linked pages in the contents"


def test_no_line_runs_past_the_margin(pdf):
    """LaTeX reports a line too wide for its box. In a table, an excess of up to 12 pt stays
    inside the padding between columns (2 x 6 pt); more runs into the next column or off the
    page. Before the print fixes there were 608 such lines, the widest 320 pt."""
    from conftest import ROOT

    log = (ROOT / "_build" / "work" / "print" / "_build" / "latex" / "book.log").read_text(
        encoding="utf-8", errors="replace"
    )
    too_wide = [
        float(w) for w in re.findall(r"Overfull \\hbox \((\d+\.\d+)pt too wide\)", log) if float(w) > 12
    ]
    assert not too_wide, (
        f"{len(too_wide)} lines more than 12 pt too wide (widest {max(too_wide):.0f} pt); see book.log"
    )


def test_figures_are_printed_at_a_readable_resolution(pdf):
    """Every chart image is printed at 150 ppi or more (sharp text at its printed size)."""
    listing = subprocess.run(
        ["pdfimages", "-list", str(pdf)], capture_output=True, text=True, check=True
    ).stdout
    rows = [line.split() for line in listing.splitlines()[2:] if " image " in line]
    # columns: page num type width height color comp bpc enc interp object ID x-ppi y-ppi size ratio
    low = [(row[0], row[3], row[4], row[12]) for row in rows if int(row[12]) < 150]
    assert rows and not low, f"images under 150 ppi (page, width, height, ppi): {low[:10]}"


def test_no_table_header_runs_into_the_next_column(pdf):
    """Table headers are set in the sans-serif font (TeX Gyre Heros, 'qhv' in the log); a header
    word wider than its column runs over the padding into the next header ("Claim" in a column
    of 5 % once read "Clain" where the next cell's shading covered its last letter). Any
    overfull line set in that font is such a word: report.rendering.tables gives each column
    room for its header's longest word."""
    from conftest import ROOT

    log = (ROOT / "_build" / "work" / "print" / "_build" / "latex" / "book.log").read_text(
        encoding="utf-8", errors="replace"
    )
    overfull = re.findall(r"Overfull \\hbox \((\d+\.\d+)pt too wide\)[^\n]*\n([^\n]*)", log)
    in_header_font = [f"{text.strip()} ({width} pt)" for width, text in overfull if r"/qhv/" in text]
    assert not in_header_font, f"header words wider than their columns: {in_header_font}"
