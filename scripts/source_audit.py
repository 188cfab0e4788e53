"""Measure how well the data's rows are sourced (issue 20): run before and after a change of
sources.csv and compare. Standard library only, so that it also runs on an old copy of data/.

    python scripts/source_audit.py [DATA_FOLDER] [--refused PATH] [--site _build/html]

Prints: evidence rows whose best source is official or an established outlet by ORIGINAL
publisher (a copy counts as its original where the data name the original); sources on refused
hosts (data/refused_hosts.csv, and any bare IP address); publisher hosts found in two classes;
items shown without a date ("n.d.") although the data know a date, and with no date at all.
"""

from __future__ import annotations

import argparse
import collections
import csv
import ipaddress
import re
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[1]
# Tables whose rows are evidence (facts, figures, statements); teaching tables and the
# source packs only point at evidence.
EVIDENCE_TABLES = (
    "incidents",
    "incident_figures",
    "costs",
    "article4",
    "responses",
    "us_statements",
    "us_reactions",
    "sweden_statements",
    "sweden_actions",
    "sweden_spending",
    "article_claims",
    "perspectives",
    "glossary",
    "nato_members",
)
TRUSTED_CLASSES = {"official_primary", "news_major"}
HEDGES = ("apparent", "probable", "not shown", "unnamed", "cites", "citing")


def host(url: str) -> str:
    return (urlsplit(url).hostname or "").removeprefix("www.")


def is_ip(name: str) -> bool:
    try:
        ipaddress.ip_address(name)
        return True
    except ValueError:
        return False


def read(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("data", nargs="?", default=str(ROOT / "data"))
    parser.add_argument("--refused", default=str(ROOT / "data" / "refused_hosts.csv"))
    parser.add_argument("--site", default=None, help="a built site: count 'n.d.' in its pages")
    args = parser.parse_args()
    data = Path(args.data)
    sources = {row["source_id"]: row for row in read(data / "sources.csv")}
    refused = {row["host"] for row in read(Path(args.refused))} if Path(args.refused).exists() else set()

    def refused_host(name: str) -> bool:
        return is_ip(name) or any(name == r or name.endswith("." + r) for r in refused)

    # The class of a publisher named as an original: the class its own (uncopied) pages have
    # in the data, where it has any.
    own_class = collections.defaultdict(collections.Counter)
    for row in sources.values():
        if not row["copy_of"]:
            own_class[row["publisher"].strip().lower()][row["source_class"]] += 1

    def original_of(row):
        copy_of = row["copy_of"]
        if copy_of and not any(h in copy_of.lower() for h in HEDGES):
            return copy_of
        return None

    def trusted(source_id: str) -> bool:
        row = sources.get(source_id)
        if row is None or refused_host(host(row["url"])):
            return False
        original = original_of(row)
        if original:
            names = [part.strip().lower() for part in re.split(r"[;/]", original)]
            if row["source_class"] in TRUSTED_CLASSES and row["source_class"] != "secondary_aggregator":
                return True
            # A copy stands for its original where that original publishes as official or established.
            return any(
                own_class[name] and own_class[name].most_common(1)[0][0] in TRUSTED_CLASSES for name in names
            ) or bool(
                re.search(
                    r"\b(Reuters|AP|AFP|dpa|TT|PAP|BNS|ERR|LRT|LSM|Yle|SVT|SR|DR|NRK|STT|Agerpres|ANP|BBC|"
                    r"NATO|Ministry|Government|government|Armed Forces|Försvarsmakten|MApN|Financial Times|"
                    r"Politico|POLITICO|Bloomberg|Economist|Ukrinform|CNN|NBC|France 24|Guardian|Independent)\b",
                    original,
                )
            )
        return row["source_class"] in TRUSTED_CLASSES

    evidence = trusted_rows = 0
    for table in EVIDENCE_TABLES:
        path = data / f"{table}.csv"
        if not path.exists():
            continue
        for row in read(path):
            ids = [
                s.strip()
                for s in (row.get("source_ids") or row.get("source_id") or "").split(";")
                if s.strip()
            ]
            if not ids:
                continue
            evidence += 1
            trusted_rows += any(trusted(s) for s in ids)
    print(f"evidence rows: {evidence}")
    print(
        f"rows whose best source is official or an established outlet (by original publisher): "
        f"{trusted_rows} ({trusted_rows / evidence:.1%})"
    )

    on_refused = sorted(s for s, row in sources.items() if refused_host(host(row["url"])))
    print(f"sources on refused hosts (refused list: {len(refused)} hosts, plus bare IPs): {len(on_refused)}")
    for s in on_refused:
        print(f"  {host(sources[s]['url'])}  {s}")

    classes = collections.defaultdict(set)
    for row in sources.values():
        classes[host(row["url"])].add(row["source_class"])
    mixed = {h: sorted(c) for h, c in classes.items() if len(c) > 1}
    print(f"publisher hosts in two or more classes: {len(mixed)}")
    for h, c in sorted(mixed.items()):
        print(f"  {h}: {', '.join(c)}")

    no_publication_date = [row for row in sources.values() if not row["date_published"]]
    no_date_at_all = [row for row in no_publication_date if not row["original_date"]]
    print(
        f"sources without a publication date: {len(no_publication_date)}; of these with no date at all "
        f"(no original date either): {len(no_date_at_all)}"
    )
    if args.site:
        pages = list(Path(args.site).rglob("*.html"))
        shown = sum(
            re.sub(r"<[^>]+>", " ", p.read_text(encoding="utf-8", errors="replace")).count("n.d.")
            for p in pages
        )
        print(f"'n.d.' shown in the built site ({args.site}, {len(pages)} pages): {shown}")


if __name__ == "__main__":
    main()
