"""Every row of data/state_media.csv cites a public page that says the outlet is state media.

The report marks a source "State media" because its host is listed in state_media.csv, so that
listing is itself a claim and needs a source like any other row. Wikipedia is not accepted as
that source, nor is a page on a host the source policy refuses (data/refused_hosts.csv).

The files are read with the csv module only, so that this test does not depend on where the
report package keeps its loader.
"""

import csv
from pathlib import Path
from urllib.parse import urlsplit

import pytest

DATA = Path(__file__).resolve().parents[1] / "data"
# Wikipedia and its language and mobile subdomains (en.wikipedia.org, en.m.wikipedia.org).
NOT_A_SOURCE = {"wikipedia.org": "Wikipedia is not accepted as the source"}


def read_rows(name: str) -> list[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def host_of(url: str) -> str:
    return (urlsplit(url).hostname or "").removeprefix("www.")


def listed(host: str, hosts: dict[str, str]) -> str | None:
    """The entry of `hosts` that covers `host`: the host itself or a parent domain."""
    return next((entry for entry in hosts if host == entry or host.endswith("." + entry)), None)


def unsourced_rows(rows: list[dict[str, str]], refused: dict[str, str]) -> list[str]:
    """One message per state_media row whose source is missing, not a web address, or on a
    host that may not be the source."""
    barred = {**refused, **NOT_A_SOURCE}
    problems = []
    for line, row in enumerate(rows, start=2):
        where = f"state_media.csv line {line} ({row.get('host') or '?'}), column 'source_url'"
        url = (row.get("source_url") or "").strip()
        if not url:
            problems.append(f"{where}: no source")
            continue
        name = host_of(url)
        if urlsplit(url).scheme != "https" or not name:
            problems.append(f"{where}: '{url}' is not an https address")
        elif entry := listed(name, barred):
            problems.append(f"{where}: '{name}' may not be the source ({barred[entry]})")
    return problems


def test_every_state_media_row_cites_an_acceptable_source():
    rows = read_rows("state_media.csv")
    refused = {row["host"]: row["reason"] for row in read_rows("refused_hosts.csv")}
    assert rows, "state_media.csv has no rows"
    assert "source_url" in rows[0], "state_media.csv has no source_url column"
    assert unsourced_rows(rows, refused) == []


def test_state_media_keeps_its_crlf_line_endings():
    raw = (DATA / "state_media.csv").read_bytes()
    assert raw.count(b"\n") == raw.count(b"\r\n") > 1


REFUSED = {"news-pravda.com": "Propaganda network", "archive.ph": "Archive copy"}


@pytest.mark.parametrize(
    "url, expected",
    [
        ("", "no source"),
        ("   ", "no source"),
        (None, "no source"),
        ("https://en.wikipedia.org/wiki/TASS", "'en.wikipedia.org' may not be the source (Wikipedia"),
        ("https://en.m.wikipedia.org/wiki/Izvestia", "'en.m.wikipedia.org' may not be the source"),
        ("https://wikipedia.org/wiki/Sputnik", "'wikipedia.org' may not be the source"),
        ("https://www.news-pravda.com/world/1.html", "'news-pravda.com' may not be the source (Propaganda"),
        ("https://eu.news-pravda.com/world/1.html", "'eu.news-pravda.com' may not be the source"),
        ("https://archive.ph/abc", "'archive.ph' may not be the source (Archive copy)"),
        ("http://www.politico.eu/article/x/", "is not an https address"),
        ("politico.eu/article/x/", "is not an https address"),
    ],
)
def test_a_row_without_an_acceptable_source_is_named(url, expected):
    row = {"host": "tass.com", "state": "RU", "state_name": "Russia", "note": "", "source_url": url}
    problems = unsourced_rows([row], REFUSED)
    assert len(problems) == 1 and expected in problems[0], problems
    assert problems[0].startswith("state_media.csv line 2 (tass.com), column 'source_url'")


def test_a_missing_source_column_is_caught():
    row = {"host": "tass.com", "state": "RU", "state_name": "Russia", "note": ""}
    assert unsourced_rows([row], REFUSED) == [
        "state_media.csv line 2 (tass.com), column 'source_url': no source"
    ]


@pytest.mark.parametrize(
    "url",
    [
        "https://www.politico.eu/article/x/",
        # A host that merely ends in the same letters is not a subdomain of a refused host.
        "https://notnews-pravda.com/x",
        "https://wikipedia.org.example.net/x",
    ],
)
def test_an_acceptable_source_passes(url):
    row = {"host": "tass.com", "state": "RU", "state_name": "Russia", "note": "", "source_url": url}
    assert unsourced_rows([row], REFUSED) == []
