"""The source policy (data/README.md, "Source policy"): which pages may back a row, and the
standing of each source as a reader sees it.

Validation rules (called from `report.data.rules`), each adding a `Problem` that names file,
line and column:

* a source on a refused host (`data/refused_hosts.csv`, subdomains included) or on a bare IP
  address;
* one publisher host, one class: every page of a host carries the same `source_class`;
* state-affiliated media: its host is listed in `data/state_media.csv`, and it backs only rows
  that record that state's own position.

`standing(source)` returns the short mark printed beside each cited source (Official, News
outlet, Research, State media, Secondary, or "Copy of …"), for tables, the bibliography and the
classroom packs alike.
"""

from __future__ import annotations

import ipaddress
import re
from urllib.parse import urlsplit

import pandas as pd

from report.data.problems import CsvTable, Problem

# The mark of each class of the page read. A copy on an aggregator is marked by its original.
STANDING = {
    "official_primary": "Official",
    "news_major": "News outlet",
    "research_or_advocacy": "Research",
    "state_affiliated": "State media",
    "secondary_aggregator": "Secondary",
}
# Words in `copy_of` that mark a guess about the original, not an attribution (as report.words.bib).
HEDGES = ("apparent", "probable", "not shown", "unnamed", "cites", "citing")
# Columns that name who speaks or acts in a row: a state's media may back the row only where
# one of them names that state.
WHO_COLUMNS = ("actor", "speaker", "claimant", "affiliation", "requesters", "country")
# Tables that record a state's reaction in a column of its own: (table, state) -> column.
REACTION_COLUMNS = {("incidents", "RU"): "russia_reaction"}
SOURCE_COLUMNS = ("source_ids", "source_id", "quote_sv_source_id")


def host(url: str) -> str:
    """'https://www.err.ee/x' -> 'err.ee'."""
    return (urlsplit(str(url)).hostname or "").removeprefix("www.")


def is_bare_ip(name: str) -> bool:
    try:
        ipaddress.ip_address(name)
        return True
    except ValueError:
        return False


def listed_host(name: str, hosts) -> str | None:
    """The entry of `hosts` that covers `name` (the host itself or a parent domain)."""
    return next((h for h in hosts if name == h or name.endswith("." + h)), None)


def _original(source: pd.Series) -> str | None:
    copy_of = source.get("copy_of")
    if isinstance(copy_of, str) and copy_of and not any(hedge in copy_of.lower() for hedge in HEDGES):
        return copy_of
    return None


def standing(source: pd.Series) -> str:
    """The short mark a reader sees beside a source: 'Official', 'News outlet', 'Research',
    'State media', 'Secondary', or 'Copy of <original>' for a copy read on a secondary site.
    `source` is a row of sources.csv (as loaded by `report.data.load.load_table`)."""
    original = _original(source)
    if source["source_class"] == "secondary_aggregator" and original:
        return f"Copy of {original}"
    return STANDING[source["source_class"]]


def standing_key(source: pd.Series) -> str:
    """The standing as one filter word: official, news, research, state, copy, secondary."""
    mark = standing(source)
    return (
        "copy"
        if mark.startswith("Copy of")
        else {"News outlet": "news", "State media": "state"}.get(mark, mark.lower())
    )


# The standings as filter groups, best first: every "Copy of ..." is one group.
STANDING_GROUPS = ("Official", "News outlet", "Research", "State media", "Copy", "Secondary")


def standing_group(source: pd.Series) -> str:
    """The standing without the original's name: one of `STANDING_GROUPS`."""
    mark = standing(source)
    return "Copy" if mark.startswith("Copy of") else mark


def secondary_only(classes: list[str]) -> bool:
    """A row rests on secondary sources only when every source it cites is a copy, summary or
    aggregator (class `secondary_aggregator`)."""
    return bool(classes) and all(c == "secondary_aggregator" for c in classes)


# --- validation ------------------------------------------------------------------------------


def check(tables: dict[str, CsvTable], broken: set[str], problems: list[Problem]) -> None:
    if "sources" in broken or "sources" not in tables:
        return
    sources = tables["sources"]
    refused = _column_map(tables, "refused_hosts", "reason")
    state_of = _column_map(tables, "state_media", "state")
    _refused_hosts(sources, refused, problems)
    _one_class_per_host(sources, problems)
    media_state = _state_media_hosts(sources, state_of, problems)
    _state_media_speaks_for_its_state(tables, media_state, problems)


def _column_map(tables: dict[str, CsvTable], name: str, column: str) -> dict[str, str]:
    if name not in tables or tables[name].frame is None:
        return {}
    frame = tables[name].rows
    return dict(zip(frame["host"], frame[column]))


def _refused_hosts(sources: CsvTable, refused: dict[str, str], problems: list[Problem]) -> None:
    for line, url in sources.rows["url"].dropna().items():
        name = host(url)
        if is_bare_ip(name):
            problems.append(
                Problem(
                    sources.file,
                    line,
                    "url",
                    f"'{name}' is a bare IP address: the source policy refuses "
                    "pages with no publisher's domain name",
                )
            )
        elif entry := listed_host(name, refused):
            problems.append(
                Problem(
                    sources.file,
                    line,
                    "url",
                    f"'{name}' is a refused host (refused_hosts.csv: {refused[entry]})",
                )
            )


def _one_class_per_host(sources: CsvTable, problems: list[Problem]) -> None:
    first: dict[str, tuple[int, str]] = {}
    for line, url, source_class in zip(sources.rows.index, sources.rows["url"], sources.rows["source_class"]):
        if pd.isna(url) or pd.isna(source_class):
            continue
        name = host(url)
        if name not in first:
            first[name] = (line, source_class)
        elif first[name][1] != source_class:
            problems.append(
                Problem(
                    sources.file,
                    line,
                    "source_class",
                    f"'{source_class}' for host '{name}', which is '{first[name][1]}' on line "
                    f"{first[name][0]}: one publisher host has one class",
                )
            )


def _state_media_hosts(
    sources: CsvTable, state_of: dict[str, str], problems: list[Problem]
) -> dict[str, str]:
    """source_id -> state for every state-affiliated source; a problem where the class and the
    state_media list disagree."""
    media_state = {}
    for line, row in sources.rows.iterrows():
        if pd.isna(row["url"]):
            continue
        entry = listed_host(host(row["url"]), state_of)
        if row["source_class"] == "state_affiliated":
            if entry is None:
                problems.append(
                    Problem(
                        sources.file,
                        line,
                        "source_class",
                        f"state-affiliated, but host '{host(row['url'])}' is not in state_media.csv: "
                        "name the state it speaks for there",
                    )
                )
            else:
                media_state[row["source_id"]] = state_of[entry]
        elif entry is not None:
            problems.append(
                Problem(
                    sources.file,
                    line,
                    "source_class",
                    f"'{row['source_class']}', but host '{host(row['url'])}' is state media "
                    f"(state_media.csv): class it 'state_affiliated'",
                )
            )
    return media_state


def _records_position(table_name: str, row: pd.Series, state: str, name: str) -> bool:
    reaction = REACTION_COLUMNS.get((table_name, state))
    if reaction and reaction in row and isinstance(row[reaction], str) and row[reaction].strip():
        return True
    # The state's code, or its name's first word and what follows it ("Belarus" finds "Belarusian").
    first_word = re.match(r"[^\W\d_]+", name)
    names = [re.escape(state)] + ([re.escape(first_word.group(0)) + r"\w*"] if first_word else [])
    pattern = re.compile(rf"\b(?:{'|'.join(names)})\b")
    return any(isinstance(row.get(column), str) and pattern.search(row[column]) for column in WHO_COLUMNS)


def _state_media_speaks_for_its_state(
    tables: dict[str, CsvTable], media_state: dict[str, str], problems: list[Problem]
) -> None:
    if not media_state:
        return
    name_of = (
        {
            state: name
            for state, name in zip(
                tables["state_media"].rows["state"], tables["state_media"].rows["state_name"]
            )
        }
        if "state_media" in tables
        else {}
    )
    for table_name, table in tables.items():
        if table_name == "sources" or table.frame is None:
            continue
        for column in [c for c in SOURCE_COLUMNS if c in table.frame]:
            for line, row in table.rows[table.rows[column].notna()].iterrows():
                for source_id in str(row[column]).split(";"):
                    state = media_state.get(source_id)
                    if state and not _records_position(table_name, row, state, name_of.get(state, state)):
                        problems.append(
                            Problem(
                                table.file,
                                line,
                                column,
                                f"'{source_id}' is state media of {name_of.get(state, state)}: it may back only a row "
                                f"that records {name_of.get(state, state)}'s own position (name it in "
                                f"{'/'.join(c for c in WHO_COLUMNS if c in table.frame) or 'the row'}"
                                + (
                                    f", or fill '{REACTION_COLUMNS[table_name, state]}'"
                                    if (table_name, state) in REACTION_COLUMNS
                                    else ""
                                )
                                + ")",
                            )
                        )
