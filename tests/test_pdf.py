"""The PDF, page by page, with poppler."""

from __future__ import annotations

import json
import re
import subprocess

from helpers import expected_figures, notebook_pages


def pdf_text(pdf) -> str:
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout


def chapter_titles() -> list[str]:
    titles = []
    for _, notebook in notebook_pages():
        cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
        first_heading = next(line for c in cells if c["cell_type"] == "markdown"
                             for line in "".join(c["source"]).splitlines() if line.startswith("# "))
        titles.append(first_heading[2:].strip())
    return titles


def test_page_count(pdf):
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    assert pages >= 2 + len(notebook_pages()), f"only {pages} pages"


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
    listing = subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True, check=True).stdout
    images = [line for line in listing.splitlines()[2:] if " image " in line]
    figures = sum(expected_figures(nb) for _, nb in notebook_pages())
    assert len(images) >= figures, f"{len(images)} images for {figures} figures"


def test_no_code_cells_in_print(pdf):
    text = pdf_text(pdf)
    assert "from report.preamble import" not in text
    assert "plotly_chart(" not in text
