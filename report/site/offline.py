"""The one check that the built site loads nothing from another host.

It parses every HTML page and stylesheet instead of matching a pattern: every attribute a
browser fetches from (quoted or not, with spaces around '=' or not), `srcset` lists,
CSS `url()` and `@import` in `<style>`, in `style="..."` and in `.css` files. Links a
reader follows (`<a href>`) are not fetched by the page, so they may point anywhere.
Used by the build (which refuses to publish) and by the tests.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

# Attributes whose address the browser fetches (or submits to) without a click on a link.
FETCHED_ATTRIBUTES = {
    "src",
    "data",
    "poster",
    "action",
    "formaction",
    "background",
    "xlink:href",
    "manifest",
    "codebase",
    "archive",
    "longdesc",
    "ping",
    "lowsrc",
    "dynsrc",
    "icon",
}
# href is fetched on these elements (a stylesheet, an icon, an SVG image or use), not on <a>.
FETCHED_HREF_TAGS = {"link", "image", "use", "base", "feimage", "script"}
CSS_URL = re.compile(r"""url\(\s*(['"]?)(.*?)\1\s*\)|@import\s+(['"])(.*?)\3""", re.I | re.S)


def is_external(address: str) -> bool:
    """An address that reaches another host: any scheme but data:, blob:, about: and
    javascript:, or a scheme-relative '//host'."""
    address = address.strip().replace("\\", "/")
    if address.startswith("//"):
        return True
    scheme = urlsplit(address).scheme.lower()
    return bool(scheme) and scheme not in {"data", "blob", "about", "javascript", "mailto", "tel"}


def css_addresses(css: str) -> list[str]:
    return [m.group(2) if m.group(2) is not None else m.group(4) for m in CSS_URL.finditer(css)]


class _Collector(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.addresses: list[tuple[str, str]] = []  # (where, address)
        self._in_style = False

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if value is None:
                continue
            name = name.lower()
            where = f"<{tag} {name}>"
            if name in FETCHED_ATTRIBUTES or (name == "href" and tag in FETCHED_HREF_TAGS):
                self.addresses.append((where, value))
            elif name in ("srcset", "imagesrcset"):
                self.addresses += [
                    (where, part.strip().split(" ")[0]) for part in value.split(",") if part.strip()
                ]
            elif name == "style":
                self.addresses += [(where, a) for a in css_addresses(value)]
            elif name == "content" and tag == "meta" and "url=" in value.lower():
                self.addresses.append(("<meta refresh>", value.lower().split("url=", 1)[1]))
        self._in_style = tag == "style"

    handle_startendtag = handle_starttag

    def handle_endtag(self, tag):
        if tag == "style":
            self._in_style = False

    def handle_data(self, data):
        if self._in_style:
            self.addresses += [("<style>", a) for a in css_addresses(data)]


def external_addresses(site: Path, changed_since: float | None = None) -> list[tuple[str, str, str]]:
    """(file, where, address) for everything in the site that a page would fetch from another host.

    With `changed_since` (a time stamp), only files written since then are read: an
    incremental build checks what it wrote, the files it kept were checked when written."""
    found = []
    for path in sorted(site.rglob("*")):
        if (
            changed_since is not None
            and path.suffix in (".html", ".css")
            and path.stat().st_mtime < changed_since
        ):
            continue
        if path.suffix == ".html":
            collector = _Collector()
            collector.feed(path.read_text(encoding="utf-8", errors="replace"))
            addresses = collector.addresses
        elif path.suffix == ".css":
            addresses = [
                ("css", a) for a in css_addresses(path.read_text(encoding="utf-8", errors="replace"))
            ]
        else:
            continue
        found += [(str(path.relative_to(site)), where, a) for where, a in addresses if is_external(a)]
    return found
