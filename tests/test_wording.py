"""Numbers written as a writer would (report/words/wording.py), and the fault finder that the page
and PDF tests run over every rendered text."""

from __future__ import annotations

import math

import pytest

from report.words import wording


@pytest.mark.parametrize(
    "low, high, unit, lang, expected",
    [
        (19, 23, "drones", "en", "between 19 and 23 drones"),
        (19, 19, "drones", "en", "19 drones"),
        (19, math.nan, "drones", "en", "at least 19 drones"),
        (3, 4, "", "sv", "mellan 3 och 4"),
        (1000, 370000, "", "en", "between 1,000 and 370,000"),
        (12500, 13000, "kr", "sv", "mellan 12\u00a0500 och 13\u00a0000 kr"),
    ],
)
def test_between(low, high, unit, lang, expected):
    assert wording.between(low, high, unit, lang) == expected


@pytest.mark.parametrize(
    "value, singular, plural, lang, start, expected",
    [
        (1, "statement", None, "en", False, "one statement"),
        (3, "statement", None, "en", True, "Three statements"),
        (17, "viewpoint", None, "en", False, "17 viewpoints"),
        (1, "country", "countries", "en", False, "one country"),
        (2, "drönare", "drönare", "sv", False, "två drönare"),
    ],
)
def test_count(value, singular, plural, lang, start, expected):
    assert wording.count(value, singular, plural, lang, start=start) == expected


def test_a_sentence_cannot_open_with_a_large_number():
    with pytest.raises(ValueError, match="reword"):
        wording.number(17, start=True)


def test_swedish_neuter_one():
    assert wording.count(1, "uttalande", "uttalanden", "sv", neuter=True) == "ett uttalande"


def test_from_to_and_lists():
    assert wording.from_to(wording.usd(1000), wording.usd(370000)) == "from $1,000 to $370,000"
    assert wording.and_list(["Poland", "Estonia", "Poland", "Romania"]) == "Poland, Estonia and Romania"
    assert wording.and_list(["SVT", "DN", "TT"], "sv", sort=True) == "DN, SVT och TT"
    assert wording.and_list(["NATO"]) == "NATO"


@pytest.mark.parametrize(
    "text",
    [
        "between 19–23 drones",
        "from $1,000–$370,000 each",
        "and 1 statements call for calm",
        "on 24 February 2022 8 eastern allies asked",
        "It ends here. 17 viewpoints are set side by side.",
        "4 airports closed",
    ],
)
def test_faults_are_found(text):
    assert wording.faults(text), text


@pytest.mark.parametrize(
    "text",
    [
        "between 19 and 23 drones",
        "from $1,000 to $370,000 each",
        "one statement calls for calm",
        "on 24 February 2022, eight eastern allies asked",
        "It ends here. In all, 17 viewpoints are set side by side.",
        "Four airports closed. 9 September 2025 was the night.",
        "As Fig. 6 shows, prices vary. See Table 3 for more.",
        "NATO art. 4 procedure",
        "The range 19–23 is shown in the table.",
    ],
)
def test_good_text_passes(text):
    assert wording.faults(text) == [], wording.faults(text)


def page_paragraphs(html: str) -> str:
    """A page's prose, one paragraph per line: tables, code and scripts left out."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    main = soup.select_one("article") or soup
    for node in main.select("script, style, .cell_input, pre, table, .report-chart"):
        node.decompose()
    blocks = main.select("p, li, h1, h2, h3, figcaption, dd, dt")
    return "\n".join(dict.fromkeys(" ".join(block.get_text(" ").split()) for block in blocks))


def test_every_page_writes_numbers_as_a_writer_would(site):
    from report.site.tools import toc_pages

    found = []
    for page in toc_pages():
        found += [
            f"{page}: {fault}"
            for fault in wording.faults(page_paragraphs((site / page).read_text(encoding="utf-8")))
        ]
    assert not found, "\n".join(found)


def test_every_pdf_writes_ranges_and_plurals_as_a_writer_would(pdf):
    """In print, tables sit beside the prose, so only the patterns that cannot span two cells
    are checked: ranges after 'between' or 'from', and '1' with a plural noun."""
    import subprocess

    from report.foundation.paths import SITE_DIR

    kinds = ("a range after", "'1' with a plural noun")
    found = []
    for path in [pdf, *sorted((SITE_DIR / "packs").glob("*.pdf"))]:
        text = subprocess.run(
            ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
        ).stdout
        paragraphs = "\n".join(" ".join(block.split()) for block in text.split("\n\n"))
        found += [f"{path.name}: {f}" for f in wording.faults(paragraphs) if f.startswith(kinds)]
    assert not found, "\n".join(found)
