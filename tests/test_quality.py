"""Quality budgets of the published site: accessibility, integrity, findability (issue 6).

Accessibility is audited by axe-core (npm) inside Debian's headless Chromium; links and
anchors are resolved offline in the built HTML; metadata and the sitemap are read back.
"""

from __future__ import annotations

import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlparse

import pytest

from report.foundation.paths import ROOT  # noqa: E402
from report.site.tools import toc_pages

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
PAGES = toc_pages()


@pytest.mark.parametrize("path", PAGES)
def test_no_serious_accessibility_violation(browser, server, artifacts, path):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(f"{server}/{path}", wait_until="networkidle")
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("""async () => {
        const r = await axe.run(document, {resultTypes: ['violations']});
        return r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                                       nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))}));
    }""")
    page.close()
    serious = [v for v in result if v["impact"] in ("serious", "critical")]
    (artifacts / f"axe-{Path(path).stem}.txt").write_text(
        "\n".join(f"{v['impact']}: {v['id']}: {v['help']} {v['nodes']}" for v in result) or "no violations\n"
    )
    assert not serious, "\n".join(f"{v['impact']} {v['id']}: {v['help']} at {v['nodes']}" for v in serious)


def test_keyboard_reaches_the_content_first(browser, server):
    """The first Tab stop is the skip link, and following it moves focus into the main content."""
    page = browser.new_page()
    page.goto(f"{server}/{PAGES[1]}", wait_until="networkidle")
    page.bring_to_front()  # keyboard focus goes to the page in front
    page.evaluate("document.activeElement && document.activeElement.blur()")
    page.keyboard.press("Tab")
    first = page.evaluate(
        "[document.activeElement.tagName, document.activeElement.textContent.trim(), "
        "document.activeElement.getAttribute('href')]"
    )
    assert first[0] == "A" and "skip" in first[1].lower(), first
    page.keyboard.press("Enter")
    target = first[2].lstrip("#")
    assert page.evaluate(f"!!document.getElementById({target!r})")
    # Focus went there: the next Tab stop is inside the main content, not back in the header.
    page.keyboard.press("Tab")
    inside = page.evaluate(f"document.getElementById({target!r}).contains(document.activeElement)")
    where = page.evaluate(
        "[document.activeElement.tagName, document.activeElement.className, "
        "document.activeElement.textContent.trim().slice(0, 40)]"
    )
    assert inside, f"after the skip link, Tab went to {where}, outside #{target}"
    page.close()


class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if attrs.get("id"):
            self.ids.add(attrs["id"])
        if tag == "a" and attrs.get("name"):
            self.ids.add(attrs["name"])
        for key in ("href", "src"):
            if attrs.get(key) and tag in ("a", "link", "script", "img", "source"):
                self.links.append(attrs[key])


def _parse(path: Path) -> _Links:
    parser = _Links()
    parser.feed(path.read_text(encoding="utf-8", errors="replace"))
    return parser


def test_every_internal_link_and_anchor_resolves(site):
    # _static/ holds the theme's own template fragments, which are not pages.
    parsed = {
        path: _parse(path) for path in site.rglob("*.html") if "_static" not in path.relative_to(site).parts
    }
    broken = []
    for path, page in parsed.items():
        for link in page.links:
            url = urlparse(link)
            if url.scheme or link.startswith(("//", "mailto:", "javascript:", "data:")):
                continue
            target = (path.parent / unquote(url.path)).resolve() if url.path else path
            if target.is_dir():
                target = target / "index.html"
            if not target.exists():
                broken.append(f"{path.relative_to(site)}: {link} (no file)")
            elif url.fragment and target.suffix == ".html":
                ids = parsed[target].ids if target in parsed else _parse(target).ids
                if unquote(url.fragment) not in ids:
                    broken.append(f"{path.relative_to(site)}: {link} (no anchor)")
    assert not broken, "\n".join(sorted(set(broken))[:40])


def test_pages_have_description_and_opengraph_metadata(site):
    for path in PAGES:
        html = (site / path).read_text(encoding="utf-8")
        description = re.search(r'<meta name="description" content="([^"]*)"', html)
        assert description and len(description.group(1)) >= 40, f"{path}: no useful description"
        for prop in ("og:title", "og:description", "og:type"):
            assert f'property="{prop}"' in html, f"{path}: no {prop}"
        assert re.search(r"<title>[^<]{10,}</title>", html), f"{path}: no title"


def test_the_benchmarks_give_the_icon_count_the_build_makes(site):
    """Numbers in the docs are measured: BENCHMARKS.md's icon count is the built font's."""
    from fontTools.ttLib import TTFont

    font = TTFont(site / "_static" / "report-icons.woff")
    stated = re.search(r"with the (\d+) icons", (ROOT / "BENCHMARKS.md").read_text(encoding="utf-8"))
    assert stated and int(stated.group(1)) == len(font.getBestCmap())


def test_sitemap_lists_every_page(site):
    sitemap = (site / "sitemap.xml").read_text(encoding="utf-8")
    for path in PAGES:
        assert f"{path}</loc>" in sitemap, path


def test_no_file_in_the_repository_is_over_5_mb():
    files = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True).stdout.split(
        b"\0"
    )
    large = [
        (name.decode(), (ROOT / name.decode()).stat().st_size)
        for name in files
        if name and (ROOT / name.decode()).is_file() and (ROOT / name.decode()).stat().st_size > 5_000_000
    ]
    assert not large, large


@pytest.mark.parametrize("preset", ["desktop", "mobile"])
def test_lighthouse_budgets_on_home_and_heaviest_chart_page(preset):
    """Lighthouse (npm, Debian's chromium) with its desktop preset and its mobile preset (a
    mid-range phone on slow 4G), on the home page and the two heaviest chart pages, served
    gzip-compressed as a static host serves them: performance >= 90, accessibility >= 95,
    best practices >= 95. Reports go to test-artifacts/."""
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "lighthouse.py"), "--preset", preset],
        capture_output=True,
        text=True,
        timeout=900,
    )
    (ROOT / "test-artifacts" / f"lighthouse-{preset}.txt").write_text(result.stdout + result.stderr)
    assert result.returncode == 0, result.stdout + result.stderr[-2000:]


def test_the_full_icon_font_is_never_fetched(browser, server):
    """Pages with admonitions and icons draw them from the 3 KB cut of the icon font."""
    page = browser.new_page()
    fetched: list[str] = []
    page.on("request", lambda r: fetched.append(r.url))
    page.goto(f"{server}/chapters/10_incidents.html", wait_until="networkidle")
    page.close()
    assert any(url.endswith("report-icons.woff") for url in fetched), "the icon font was not loaded"
    assert not [url for url in fetched if "fa-solid-900" in url]


def test_every_source_url_is_listed_on_the_sources_page(site):
    """The appendix's sources page links every source of the data, by its exact address (as
    escaped for a link: parentheses are percent-encoded)."""
    import csv
    import html as html_lib

    from report.foundation.escape import url

    page = html_lib.unescape((site / "chapters" / "91_sources.html").read_text(encoding="utf-8"))
    with (ROOT / "data" / "sources.csv").open(encoding="utf-8", newline="") as handle:
        missing = [row["source_id"] for row in csv.DictReader(handle) if url(row["url"]) not in page]
    assert not missing, f"{len(missing)} sources not on the sources page, e.g. {missing[:5]}"


def test_every_file_in_figures_belongs_to_a_chart_in_the_book():
    """figures/ is published for download: a file no chapter draws any more is stale."""
    notebooks = " ".join(path.read_text(encoding="utf-8") for path in (ROOT / "chapters").glob("*.ipynb"))
    stale = sorted(
        {
            path.name
            for path in (ROOT / "figures").iterdir()
            if f"figures/{path.stem.removesuffix('-phone')}.png" not in notebooks
            or (path.stem.endswith("-phone") and f"figures/{path.name}" not in notebooks)
        }
    )
    assert not stale, f"files in figures/ that no chapter draws: {stale}"


WORKING_NOTES = [
    "stored excerpt",
    "stored cop",
    "stored page",
    "summary consulted",
    "left blank",
    "search tool",
    "in the excerpt",
]
SNAKE_CASE = re.compile(r"\b[a-z]+_[a-z_]+\b")


def reader_text(html: str) -> tuple[list[str], str]:
    """Table headers and the visible prose of a page, without code, scripts and file names."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    for hidden in soup.select("script, style, pre, code, .cell_input, .highlight, kbd, noscript"):
        hidden.decompose()
    headers = [th.get_text(" ", strip=True) for th in soup.select("th")]
    return headers, soup.get_text(" ", strip=True)


@pytest.mark.parametrize("path", toc_pages())
def test_readers_see_words_not_codes_or_working_notes(site, path):
    headers, text = reader_text((site / path).read_text(encoding="utf-8"))
    coded = [h for h in headers if SNAKE_CASE.search(h)]
    notes = [phrase for phrase in WORKING_NOTES if phrase in text.lower()]
    assert not coded, f"{path}: table headers in code form: {coded}"
    assert not notes, f"{path}: working notes reach the reader: {notes}"


def test_the_words_check_finds_a_code_and_a_note():
    headers, text = reader_text(
        "<table><tr><th>sourced_by</th></tr></table><p>Not in the stored excerpt.</p><pre>kept_out</pre>"
    )
    assert [h for h in headers if SNAKE_CASE.search(h)] == ["sourced_by"]
    assert "stored excerpt" in text.lower() and "kept_out" not in text


def test_citation_file_matches_the_book_settings():
    """Title and author are set once in _config.yml; CITATION.cff must say the same, and its
    release date is the date the sources were last checked."""
    import yaml

    from report.data.load import as_of, read_package
    from report.words.facts import identity

    cff = yaml.safe_load((ROOT / "CITATION.cff").read_text(encoding="utf-8"))
    assert cff["title"] == identity()["title"]
    assert [a["name"] for a in cff["authors"]] == [identity()["author"]]
    assert str(cff["date-released"]) == as_of(read_package()).isoformat()


def test_the_architecture_page_names_every_module_and_script():
    """docs/architecture.md names every module of the shared package (under the heading of its
    layer, as tests/test_architecture.py places it) and every script."""
    from test_architecture import LAYERS, layer_of, modules

    page = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    sections = {name: text for name, text in re.findall(r"^### ([^\n]+)\n(.*?)(?=^##|\Z)", page, re.M | re.S)}
    layers = list(LAYERS)
    misplaced = [
        f"{path} (layer {layers[layer_of(m)]})"
        for m in modules()
        if f"`{(path := m.replace('.', '/') + '.py')}`" not in sections.get(layers[layer_of(m)], "")
    ]
    assert not misplaced, f"docs/architecture.md does not list under its layer: {misplaced}"
    named = [p.name for p in sorted((ROOT / "report").rglob("*.mjs"))]
    named += [p.name for p in sorted((ROOT / "scripts").iterdir()) if p.suffix in (".py", ".sh")]
    missing = [name for name in named if f"`{name}`" not in page]
    assert not missing, f"docs/architecture.md does not name {missing}"
