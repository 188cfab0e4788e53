"""The built site as a reader meets it, in real headless Chromium (Debian's package)."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlparse

import pytest

from report.pdf.registry import CLASSROOM
from report.site.tools import expected_charts, notebook_pages, page_weight

PAGES = notebook_pages()


def open_page(browser, url: str):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    problems: list[str] = []
    page.on(
        "console", lambda m: problems.append(f"console {m.type}: {m.text}") if m.type == "error" else None
    )
    page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
    # A lazy image still loading when a test navigates away is aborted (net::ERR_ABORTED):
    # not a defect. A missing file shows up as an HTTP error status instead.
    page.on(
        "requestfailed",
        lambda r: (
            problems.append(f"failed request: {r.url} ({r.failure})")
            if "ERR_ABORTED" not in (r.failure or "")
            else None
        ),
    )
    page.on("response", lambda r: problems.append(f"HTTP {r.status}: {r.url}") if r.status >= 400 else None)
    outside: list[str] = []
    page.on(
        "request",
        lambda r: (
            outside.append(r.url)
            if urlparse(r.url).hostname not in ("127.0.0.1", None)
            and not r.url.startswith(("data:", "file:", "blob:"))
            else None
        ),
    )
    response = page.goto(url, wait_until="networkidle")
    return page, response, problems, outside


@pytest.mark.parametrize("path,notebook", PAGES, ids=[p for p, _ in PAGES])
def test_page_loads_cleanly_and_draws_every_chart(browser, server, artifacts, path, notebook):
    page, response, problems, outside = open_page(browser, f"{server}/{path}")
    assert response.ok
    expected = expected_charts(notebook)
    if expected:
        # Charts are drawn as a reader scrolls to them: scroll to each in turn.
        for chart in page.locator(".report-lazy-chart").all():
            chart.scroll_into_view_if_needed()
        page.wait_for_function(
            f"document.querySelectorAll('.report-lazy-chart[data-drawn=\"yes\"]').length >= {expected}",
            timeout=20000,
        )
    drawn = page.evaluate("document.querySelectorAll('.plotly-graph-div.js-plotly-plot').length")
    page.screenshot(path=str(artifacts / f"{Path(path).stem}.png"), full_page=True)
    assert drawn == expected, f"{drawn} charts drawn, {expected} expected"
    assert not problems, problems
    assert not outside, f"requests outside the site: {outside}"
    page.close()


def test_plotly_is_loaded_only_where_a_chart_is(site):
    for path, notebook in PAGES:
        html = (site / path).read_text(encoding="utf-8")
        has_bundle = "_static/plotly/plotly-" in html
        assert has_bundle == (expected_charts(notebook) > 0), path
    assert "_static/plotly/" not in (site / "search.html").read_text(encoding="utf-8")


def test_map_draws_offline_from_disk(browser, site, artifacts):
    """Opened straight from disk (file://), maps still draw: plotly.js and the map outlines
    are loaded from the site's own files when the map comes near the screen."""
    map_pages = [p for p, _ in PAGES if "topojson-" in (site / p).read_text(encoding="utf-8")]
    assert map_pages, "no page has a map"
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    failed: list[str] = []
    page.on("requestfailed", lambda r: failed.append(r.url))
    page.goto((site / map_pages[0]).as_uri(), wait_until="load")
    for chart in page.locator(".report-lazy-chart[data-plotly-topojson]").all():
        chart.scroll_into_view_if_needed()
    page.wait_for_function(
        "document.querySelectorAll('.js-plotly-plot .geo path').length > 20", timeout=15000
    )
    page.screenshot(path=str(artifacts / "map-from-file.png"))
    assert not failed, failed
    page.close()


def test_navigation_next_link_reaches_the_second_page(browser, server):
    if len(PAGES) < 2:
        pytest.skip("one page only")
    page, _, problems, _ = open_page(browser, f"{server}/{PAGES[0][0]}")
    page.click("a.right-next")
    page.wait_for_load_state("networkidle")
    assert page.url.endswith(PAGES[1][0])
    assert not problems
    page.close()


def test_search_finds_a_term_offline(browser, server, artifacts):
    page, _, problems, outside = open_page(browser, f"{server}/search.html?q=NATO")
    page.wait_for_selector("#search-results ul.search li", timeout=15000)
    hits = page.locator("#search-results ul.search li").count()
    page.screenshot(path=str(artifacts / "search.png"))
    assert hits >= 1
    assert not problems and not outside
    page.close()


def test_both_pdfs_are_linked_for_download(browser, server, site):
    assert (site / "book.pdf").stat().st_size > 10_000 and (site / "appendix.pdf").stat().st_size > 10_000
    for path in ["index.html", PAGES[0][0], "search.html"]:
        page = browser.new_page()
        page.goto(f"{server}/{path}")
        hrefs = [link.get_attribute("href") for link in page.locator(".pdf-link a").all()]
        assert sorted(h.rsplit("/", 1)[-1] for h in hrefs) == ["appendix.pdf", "book.pdf"], (path, hrefs)
        for href in hrefs:
            response = page.request.get(page.url.rsplit("/", 1)[0] + "/" + href)
            assert response.ok and response.headers["content-type"] == "application/pdf", (path, href)
        page.close()


TEXT_PAGE_BUDGET = 350_000  # bytes, uncompressed, everything a first visit loads
CONTENT_ALLOWANCE = 50_000  # a page's own HTML beyond this (the "about 50 KB" of content) is content the reader asked for
SEARCH_PAGE_BUDGET = 600_000  # the search page also loads the search index
CHART_PAGE_BUDGET = 3_000_000


@pytest.mark.parametrize(
    "path,notebook",
    PAGES + [("index.html", None), ("search.html", None)],
    ids=[p for p, _ in PAGES] + ["index.html", "search.html"],
)
def test_page_weight_budget(browser, server, site, path, notebook):
    """Budgets hold for the worst case: a chart page is measured after the reader has
    scrolled to every chart (plotly.js fetched, every chart drawn). A text page may weigh
    350 KB with everything it loads; only a page whose own text is longer than 50 KB
    (the list of all sources) may go over, by what it has beyond 50 KB."""
    has_chart = notebook is not None and expected_charts(notebook) > 0
    weight = page_weight(browser, f"{server}/{path}", site, server, scroll=has_chart)
    if has_chart:
        budget = CHART_PAGE_BUDGET
    elif path == "search.html":
        budget = SEARCH_PAGE_BUDGET
    else:
        budget = TEXT_PAGE_BUDGET + max(0, (site / path).stat().st_size - CONTENT_ALLOWANCE)
    assert weight["bytes"] <= budget, (
        f"{path}: {weight['bytes']:,} bytes > {budget:,}; largest: {weight['largest']}"
    )


def test_the_site_links_one_purged_stylesheet(browser, server, site):
    """Every page links one stylesheet, the purged bundle, and it is a fraction of the
    theme's: the theme's own stylesheets are never fetched."""
    bundle = site / "_static" / "report-site.css"
    assert bundle.is_file() and bundle.stat().st_size < 160_000, bundle.stat().st_size
    page = browser.new_page()
    fetched: list[str] = []
    page.on("request", lambda r: fetched.append(r.url))
    page.goto(f"{server}/{PAGES[1][0]}", wait_until="networkidle")
    sheets = [url for url in fetched if url.split("?")[0].endswith(".css")]
    assert [url.split("?")[0].rsplit("/", 1)[-1] for url in sheets] == ["report-site.css"], sheets
    # The rules the page uses survived: the theme's header and sidebar are styled.
    assert page.evaluate("getComputedStyle(document.querySelector('.bd-header')).zIndex") == "1030"
    assert (
        page.evaluate("getComputedStyle(document.querySelector('.bd-sidebar-primary')).borderRightWidth")
        == "1px"
    )
    page.close()


def test_charts_show_their_image_until_drawn_and_plotly_waits_for_them(browser, server):
    """A chart far down a page is a placeholder until the reader gets near it, and
    plotly.js is not fetched before then."""
    path, notebook = max(
        ((p, nb) for p, nb in PAGES if expected_charts(nb)), key=lambda item: expected_charts(item[1])
    )
    page = browser.new_page(viewport={"width": 1280, "height": 700})
    fetched: list[str] = []
    page.on("request", lambda r: fetched.append(r.url))
    page.goto(f"{server}/{path}", wait_until="networkidle")
    last = page.locator(".report-lazy-chart").last
    assert last.locator(".report-chart-placeholder").count() == 1, (
        "the last chart has no placeholder before drawing"
    )
    first_chart_top = page.evaluate(
        "document.querySelector('.report-lazy-chart').getBoundingClientRect().top"
    )
    assert first_chart_top > 700 + 150, (
        f"{path}: its first chart is within reach of the first screen; pick another page"
    )
    assert not [url for url in fetched if "/plotly/plotly-" in url], (
        "plotly.js fetched before any chart was near"
    )
    last.scroll_into_view_if_needed()
    page.wait_for_function(
        "(el) => el.getAttribute('data-drawn') === 'yes'", arg=last.element_handle(), timeout=15000
    )
    assert last.locator(".report-chart-placeholder").count() == 0, (
        "the placeholder was not replaced by the chart"
    )
    page.close()


def test_coverage_shown_equals_the_data(site):
    """Home page, about page and the PDF's title page state the period the data cover."""
    import subprocess

    from report.words.facts import coverage, long_date

    covered = coverage()
    expected = [
        long_date(covered["first_incident"]),
        long_date(covered["last_event"]),
        long_date(covered["checked"]),
    ]
    for page in ("index.html", "chapters/92_about.html"):
        text = " ".join((site / page).read_text(encoding="utf-8").split())
        for day in expected:
            assert day in text, f"{page} does not state {day}"
    first_page = subprocess.run(
        ["pdftotext", "-l", "2", str(site.parent / "pdf" / "book.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    first_page = " ".join(first_page.split())
    for day in expected:
        assert day in first_page, f"the PDF title page does not state {day}"


def test_swedish_pages_are_marked_swedish_and_others_english(site):
    """Screen readers and hyphenation follow <html lang>: Swedish pages say sv, the rest en."""
    import re as re_module

    from report.site.tools import toc_pages

    languages = {
        path: re_module.search(
            r'<html[^>]* lang="([a-z]+)"', (site / path).read_text(encoding="utf-8")
        ).group(1)
        for path in toc_pages()
    }
    swedish = {path for path in languages if path.rsplit("/", 1)[-1].startswith("sv_")}
    assert swedish, "no Swedish page in the book"
    assert all(languages[p] == "sv" for p in swedish) and all(
        languages[p] == "en" for p in set(languages) - swedish
    ), languages


TEACHER_PAGES = {"71_teacher_key.html", "sv_larare.html"}
PACKS = CLASSROOM  # report/pdf/registry.py


def _words(text: str) -> str:
    """Text as a comparison sees it: one space between words, no hyphenation at line ends."""

    text = re.sub(r"\s+", " ", re.sub(r"-\n(?=[a-zåäö])", "", text)).replace("\u00ad", "").strip()
    # Typographic quotes (Sphinx's smart quotes, LaTeX's) compare as straight ones.
    return text.translate(str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'}))


def _page_text(site, page: str) -> str:
    from bs4 import BeautifulSoup

    return _words(
        BeautifulSoup((site / "chapters" / page).read_text(encoding="utf-8"), "html.parser").get_text(" ")
    )


def _pack_text(site, name: str) -> str:
    import subprocess

    return _words(
        subprocess.run(
            ["pdftotext", str(site / "packs" / f"{name}.pdf"), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    )


def _snippet(text: str, words: int = 8) -> str:
    return _words(" ".join(str(text).split()[:words]))


def test_model_answers_are_only_for_teachers(site):
    """Every model answer (English and Swedish, from data/discussion_questions.csv) and every
    factual answer is on a teacher page and in a teacher key; none is on a page students use
    or in a student pack."""
    from report.classroom.material import class_facts
    from report.data.load import load_table

    questions = load_table("discussion_questions")
    discussion = questions[questions["kind"] == "discussion"]
    english = [_snippet(a) for a in discussion["model_answer"]] + [
        _snippet(a, 6) for a in class_facts("en")["factual_answers"].values()
    ]
    swedish = [_snippet(a) for a in discussion["model_answer_sv"]] + [
        _snippet(a, 6) for a in class_facts("sv")["factual_answers"].values()
    ]
    student_pages = [p.name for p in (site / "chapters").glob("*.html") if p.name not in TEACHER_PAGES]
    for page in student_pages:
        text = _page_text(site, page)
        leaked = [a for a in english + swedish if a in text]
        assert not leaked, f"{page} shows model answers: {leaked[:3]}"
    import subprocess

    book = _words(
        subprocess.run(
            ["pdftotext", str(site / "book.pdf"), "-"], capture_output=True, text=True, check=True
        ).stdout
    )
    assert not [a for a in english + swedish if a in book], "the reading PDF prints model answers"
    for name in ("student-pack-en", "student-pack-sv"):
        text = _pack_text(site, name)
        assert not [a for a in english + swedish if a in text], f"{name}.pdf holds model answers"
        assert "Verdict:" not in text and "Bedömning:" not in text, f"{name}.pdf shows a claim's verdict"
    for page, name, answers in (
        ("71_teacher_key.html", "teacher-key-en", english),
        ("sv_larare.html", "teacher-key-sv", swedish),
    ):
        missing_page = [a for a in answers if a not in _page_text(site, page)]
        missing_pack = [a for a in answers if a not in _pack_text(site, name)]
        assert not missing_page, f"{page} lost answers: {missing_page[:3]}"
        assert not missing_pack, f"{name}.pdf lost answers: {missing_pack[:3]}"


def test_packs_hold_every_question_and_every_claim_card(site):
    """Each student pack prints every discussion and factual question (in its language) and a
    card for every claim of the article, with the claim's words and paragraph."""
    from report.data.load import load_table

    questions = load_table("discussion_questions")
    claims = load_table("article_claims")
    for name, column in (("student-pack-en", "question"), ("student-pack-sv", "question_sv")):
        text = _pack_text(site, name)
        missing = [q for q in questions[column] if _snippet(q, 7) not in text]
        assert not missing, f"{name}.pdf lacks questions: {missing[:3]}"
        cards = [c for c in claims["article_phrase"] if _snippet(c, 5)[:20] not in text]
        assert not cards, f"{name}.pdf lacks claim cards: {cards[:3]}"
    for name in PACKS:
        assert (site / "packs" / f"{name}.pdf").stat().st_size > 20_000, name


def test_the_slides_are_a_short_deck_with_the_charts(site):
    """One slide per frame of the deck (one message each, so about twenty, never over 25), with
    the map, the charts, Article 4 against Article 5, the verdicts and the discussion prompts
    (the first question of every chapter)."""
    import subprocess

    from report.data.load import load_table
    from report.pdf.slides import slides_tex

    info = subprocess.run(
        ["pdfinfo", str(site / "packs" / "slides-en.pdf")], capture_output=True, text=True, check=True
    ).stdout
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    assert pages == slides_tex("en").count(r"\begin{frame}") and 10 <= pages <= 25
    images = (
        subprocess.run(
            ["pdfimages", "-list", str(site / "packs" / "slides-en.pdf")],
            capture_output=True,
            text=True,
            check=True,
        )
        .stdout.strip()
        .splitlines()[2:]
    )
    assert len(images) >= 4, "the map, the timeline, the Article 4 chart and the verdict chart"
    text = _pack_text(site, "slides-en")
    assert "Article 4 against Article 5" in text
    questions = load_table("discussion_questions")
    firsts = questions[(questions["kind"] == "discussion") & (questions["number"] == 1)]["question"]
    assert all(_snippet(q, 6) in text for q in firsts)


def test_the_classroom_guide_links_the_packs_and_swedish_pages(site):
    guide = (site / "chapters" / "70_classroom.html").read_text(encoding="utf-8")
    for name in PACKS:
        assert f'href="../packs/{name}.pdf"' in guide, name
    assert 'href="sv_lektioner.html' in guide and 'href="sv_larare.html' in guide


def test_the_data_exercise_downloads_and_runs_in_plain_jupyter(site, tmp_path):
    """A student downloads the zip from the classroom guide, unpacks it and runs the notebook:
    it runs top to bottom under nbval, with nothing but the notebook and its data file."""
    import subprocess
    import sys
    import zipfile

    classroom = (site / "chapters" / "70_classroom.html").read_text(encoding="utf-8")
    assert 'href="../downloads/data-exercise.zip"' in classroom
    with zipfile.ZipFile(site / "downloads" / "data-exercise.zip") as archive:
        assert sorted(archive.namelist()) == [
            "data-exercise/data-exercise.ipynb",
            "data-exercise/incidents.csv",
        ]
        archive.extractall(tmp_path)
    folder = tmp_path / "data-exercise"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-p",
            "no:cacheprovider",
            "-o",
            "addopts=",
            "--nbval-lax",
            "-q",
            "data-exercise.ipynb",
        ],
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout[-2000:]
