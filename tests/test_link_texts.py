"""Links in the running text are short and say where they lead in a few words: a whole
chapter title ("Perspectives: who says what, and why") in the middle of a sentence reads as a
second heading, and a link of more than about 60 characters is hard to read and to tap.

Checked over every page of the built site, in the article's paragraphs and list items only
(table cells hold paragraphs too): navigation, the contents, the sidebar and the Previous/Next
links are left out, and so is a link that is its paragraph's whole text (a chapter's title set
as a heading above its questions). A title of one or two words ("Data appendix", "Classroom
guide") names the page as a phrase would and may be a link; a longer one is rewritten."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from report.site.tools import toc_pages

LONGEST_LINK = 60
# Where the page holds navigation rather than running text; and the reference list, whose
# entries show each source's address as it is (a list to look things up in, not to read).
NAVIGATION_CLASSES = {
    "toctree-wrapper",
    "prev-next-area",
    "prev-next-footer",
    "bd-toc",
    "bd-sidebar",
    "citation-list",
}
NAVIGATION_TAGS = {"nav", "header", "footer", "aside"}
VOID_TAGS = {"br", "img", "input", "meta", "link", "hr", "wbr", "source", "col", "area", "base", "embed"}


def normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ")).strip().rstrip(".").casefold()


class RunningTextLinks(HTMLParser):
    """Collects (link text, text of the paragraph or list item holding it) for the links in the
    article's paragraphs and list items, outside navigation."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, bool, bool]] = []  # (tag, in article, in navigation)
        self.blocks: list[list[str]] = []  # open paragraphs and list items: their text so far
        self.link: list[str] | None = None
        self.found: list[tuple[str, list[str]]] = []

    def handle_starttag(self, tag, attrs):
        if tag in VOID_TAGS:
            return
        attributes = dict(attrs)
        classes = set((attributes.get("class") or "").split())
        in_article, in_navigation = self.stack[-1][1:] if self.stack else (False, False)
        in_article = in_article or "bd-article" in classes
        in_navigation = in_navigation or tag in NAVIGATION_TAGS or bool(classes & NAVIGATION_CLASSES)
        self.stack.append((tag, in_article, in_navigation))
        if in_article and not in_navigation and tag in ("p", "li"):
            self.blocks.append([])
        if tag == "a" and self.blocks and in_article and not in_navigation:
            self.link = []

    def handle_endtag(self, tag):
        if tag in VOID_TAGS:
            return
        while self.stack:
            open_tag, in_article, in_navigation = self.stack.pop()
            if open_tag == "a" and self.link is not None:
                self.found.append(("".join(self.link), self.blocks[-1]))
                self.link = None
            if open_tag in ("p", "li") and in_article and not in_navigation and self.blocks:
                self.blocks.pop()
            if open_tag == tag:
                break

    def handle_data(self, data):
        if self.link is not None:
            self.link.append(data)
        for block in self.blocks:
            block.append(data)


def running_text_links(html: str) -> list[tuple[str, str]]:
    """(link text, its paragraph's or list item's whole text) for every link in running text."""
    parser = RunningTextLinks()
    parser.feed(html)
    # The block's text is read when the page is parsed through: the lists fill as it goes.
    return [(text, "".join(block)) for text, block in parser.found]


def chapter_titles(site) -> set[str]:
    """Every page's title (its first heading), as the reader sees it."""
    titles = set()
    for page in toc_pages():
        match = re.search(r"<h1[^>]*>(.*?)</h1>", (site / page).read_text(encoding="utf-8"), re.S)
        if match:
            titles.add(normalise(re.sub(r"<[^>]+>|#", "", match.group(1))))
    return titles


def link_faults(links: list[tuple[str, str]], titles: set[str]) -> list[str]:
    faults = []
    for text, block in links:
        shown = normalise(text)
        if not shown or normalise(block) == shown:
            continue  # empty, or the whole paragraph: a heading, not a link mid-sentence
        if len(shown) > LONGEST_LINK:
            faults.append(f"{len(shown)} characters: {text.strip()!r}")
        elif shown in titles and len(shown.split()) > 2:
            faults.append(f"a whole chapter title mid-sentence: {text.strip()!r}")
    return faults


def test_links_in_running_text_are_short_and_not_chapter_titles(site):
    titles = chapter_titles(site)
    assert len(titles) >= 10, titles
    faults, checked = [], 0
    for page in toc_pages():
        links = running_text_links((site / page).read_text(encoding="utf-8"))
        checked += len(links)
        faults += [f"{page}: {fault}" for fault in link_faults(links, titles)]
    assert checked > 50, f"only {checked} links in running text: is the article found?"
    assert not faults, f"{len(faults)} link texts to shorten:\n" + "\n".join(faults)


PAGE = """<html><body><nav><p><a href="x">Perspectives: who says what, and why</a> and more</p></nav>
<article class="bd-article"><p>See <a href="a">Perspectives: who says what, and why</a> for the views.</p>
<ul><li>Read <a href="b">the perspectives chapter</a> or the <a href="b">data appendix</a>.</li></ul>
<p><strong><a href="c">Perspectives: who says what, and why</a></strong></p>
<p>Listed in <a href="d">a link text that runs on for far more than sixty characters, too long</a>.</p>
<div class="prev-next-area"><p>Next <a href="e">Perspectives: who says what, and why</a></p></div>
</article></body></html>"""


def test_the_check_sees_titles_mid_sentence_and_long_links_only_in_running_text():
    titles = {normalise("Perspectives: who says what, and why"), normalise("Data appendix")}
    faults = link_faults(running_text_links(PAGE), titles)
    assert faults == [
        "a whole chapter title mid-sentence: 'Perspectives: who says what, and why'",
        "69 characters: 'a link text that runs on for far more than sixty characters, too long'",
    ], faults
