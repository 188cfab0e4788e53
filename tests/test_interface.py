"""The interface around the text, as a reader meets it at phone (390 px) and laptop (1280 px)
width: one search entry, a short sidebar title, compact Previous/Next links on a phone, and no
code switch on the classroom pages."""

from __future__ import annotations

import pytest

from report.site.sphinx_ext import CLASSROOM_PAGES
from report.site.tools import toc_pages


def visible_count(page, selector: str) -> int:
    return page.evaluate(
        """sel => [...document.querySelectorAll(sel)].filter(e => {
               const r = e.getBoundingClientRect(), s = getComputedStyle(e);
               return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.display !== 'none';
           }).length""",
        selector,
    )


@pytest.mark.parametrize("width", [390, 1280])
def test_one_search_entry(browser, server, width):
    page = browser.new_page(viewport={"width": width, "height": 900})
    page.goto(f"{server}/chapters/10_incidents.html")
    entries = visible_count(
        page, ".search-button-field, .search-button__button, button.search-button, form.bd-search"
    )
    page.close()
    assert entries == 1, f"{entries} search entries at {width} px"


def test_the_sidebar_title_is_short(browser, server):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(f"{server}/index.html")
    lines = page.evaluate("""() => {
        const t = document.querySelector('.navbar-brand .logo__title') || document.querySelector('.navbar-brand');
        const s = getComputedStyle(t);
        const line = parseFloat(s.lineHeight) || 1.2 * parseFloat(s.fontSize);
        return Math.round(t.getBoundingClientRect().height / line);
    }""")
    page.close()
    assert 1 <= lines <= 2, f"the sidebar title runs to {lines} lines"


def test_previous_and_next_are_compact_on_a_phone(browser, server):
    page = browser.new_page(viewport={"width": 390, "height": 900})
    page.goto(f"{server}/chapters/10_incidents.html")
    box = page.locator(".prev-next-area").first.bounding_box()
    page.close()
    assert box and box["height"] <= 110, (
        f"Previous/Next block is {box['height'] if box else None:.0f} px tall"
    )


def test_no_code_switch_on_classroom_pages_and_one_elsewhere(browser, server):
    assert set(CLASSROOM_PAGES) <= {p.removesuffix(".html") for p in toc_pages()}
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    found = {}
    for path in [*CLASSROOM_PAGES, "chapters/10_incidents"]:
        page.goto(f"{server}/{path}.html")
        page.wait_for_load_state("load")
        found[path] = page.locator(".report-code-switch").count()
    page.close()
    assert found.pop("chapters/10_incidents") == 1
    assert not any(found.values()), found


LAPTOP_SCREENS = 3  # a table at 1280 x 800 may be at most about three screens tall


def test_tables_read_on_a_laptop(browser, server, artifacts):
    """At 1280 px no table is clipped (wider than the text column) and none is taller than about
    three screens before the reader asks for more rows; each table's height is reported."""
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    report, faults = [], []
    for path in toc_pages():
        page.goto(f"{server}/{path}", wait_until="load")
        for caption, height, wide, room in page.evaluate(
            """() => [...document.querySelectorAll('article table')].map(t => [
                   (t.querySelector('caption') || {innerText: '(no caption)'}).innerText.slice(0, 50),
                   Math.round(t.getBoundingClientRect().height), t.scrollWidth,
                   (t.closest('.report-table-wrapper') || t.parentElement).clientWidth])"""
        ):
            report.append(f"{height:6d} px  {path}: {caption}")
            if wide > room + 2:
                faults.append(f"{path}: '{caption}' is clipped ({wide} px in {room} px)")
            if height > LAPTOP_SCREENS * 800:
                faults.append(f"{path}: '{caption}' is {height} px tall")
    page.close()
    (artifacts / "table-heights-1280.txt").write_text(
        "\n".join(sorted(report, reverse=True)), encoding="utf-8"
    )
    assert not faults, "\n".join(faults)
