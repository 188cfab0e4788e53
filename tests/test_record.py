"""The record agrees with itself: codes, notes, facts shared by several tables, the corrections
log, the dates, and the counts the rendered pages state.

The rendered-text tests read the stored notebook outputs (the glued values) and the Markdown
pages, put each glued value where the prose places it, and look for one count stated two ways.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pandas as pd
import pytest
from test_data import expect_error, first_row_where, set_cell

from report.data.load import load_all
from report.foundation.paths import ROOT
from report.words import facts

CHAPTERS = ROOT / "chapters"
# The pages that state the record's counts: the chapters this record's owner keeps, the summary
# and the home page.
COUNTING_NOTEBOOKS = [
    "01_introduction",
    "10_incidents",
    "20_alliance",
    "30_us_stance",
    "40_sweden",
    "45_what_followed",
    "50_article_audit",
    "60_perspectives",
]
MARKDOWN_PAGES = [CHAPTERS / "00_summary.md", ROOT / "index.md"]


# --- codes and notes -----------------------------------------------------------------------


def test_origin_firmness_and_attributed_by_agree_in_the_data():
    incidents = load_all()["incidents"]
    unknown, none = incidents["origin"] == "unknown", incidents["firmness"] == "none"
    assert (unknown == none).all(), incidents.loc[unknown != none, ["incident_id", "origin", "firmness"]]
    assert (none == incidents["attributed_by"].isna()).all()


def test_a_stated_origin_without_attribution_is_refused(data_copy):
    row = first_row_where(data_copy, "incidents", "origin", lambda v: v == "russia")
    set_cell(data_copy, "incidents", row, "firmness", "none")
    expect_error(
        data_copy, "incidents.csv", f"row {row + 1}", "column 'firmness'", "an unknown origin is 'none'"
    )


def test_an_attribution_must_say_by_whom(data_copy):
    row = first_row_where(data_copy, "incidents", "firmness", lambda v: v == "formal")
    set_cell(data_copy, "incidents", row, "attributed_by", "")
    expect_error(
        data_copy, "incidents.csv", f"row {row + 1}", "column 'attributed_by'", "give who attributed"
    )


# A note that names a code ("hence 'suspected'", "attribution 'other' = Belarus") argues for the
# code instead of describing the evidence; the codes are the schema's words, not the notes'.
ARGUING_FOR_A_CODE = re.compile(
    r"attribution\s+'|hence\s+'|'(?:official_russia|suspected|unattributed|other|formal|none)'|\bofficial_russia\b",
    re.IGNORECASE,
)


@pytest.mark.parametrize(
    "table, id_column",
    [("incidents", "incident_id"), ("article4", "consultation_id"), ("responses", "response_id")],
)
def test_notes_describe_evidence_and_do_not_argue_for_codes(table, id_column):
    frame = load_all()[table]
    arguing = frame[frame["notes"].fillna("").str.contains(ARGUING_FOR_A_CODE)]
    assert arguing.empty, f"{table}.csv notes argue for a code: {arguing[id_column].tolist()}"


def test_the_note_pattern_catches_a_note_that_argues():
    assert ARGUING_FOR_A_CODE.search("blames the Belarusian state; hence 'suspected' rather than 'other'.")
    assert not ARGUING_FOR_A_CODE.search("Officials called them smuggling balloons from Belarus.")


# --- facts shared by several tables ---------------------------------------------------------


def test_an_article4_request_is_dated_by_the_request():
    """A request made after an incident is dated to the request (the day of the incident or the
    next), not to the Council's meeting days later: Poland's row and Estonia's are dated alike."""
    tables = load_all()
    requests, incidents = tables["article4"], tables["incidents"]
    violations = incidents[incidents["category"] == "violation"]
    late = []
    for _, request in requests[requests["status"] == "held"].iterrows():
        for country in request["requesters"].split(";"):
            before = violations[
                (violations["country"] == country)
                & violations["date_start"].between(request["date"] - pd.Timedelta(days=10), request["date"])
            ]
            if len(before) and (request["date"] - before["date_start"].max()).days > 1:
                late.append(
                    (
                        request["consultation_id"],
                        f"{before['date_start'].max():%Y-%m-%d}",
                        f"{request['date']:%Y-%m-%d}",
                    )
                )
    assert not late, (
        f"Article 4 rows dated days after the incident they answer (request, incident, row date): {late}"
    )


MODEL_WORDS = re.compile(
    r"\b(Geran(?:-\d)?|Shahed(?:-\d+)?|Gerbera|Orlan(?:-\d+)?|MiG-\d+|Su-\d+|Kh-\d+|Il-\d+)\b"
)


def test_a_drone_or_aircraft_model_is_named_alike_in_every_table():
    """Where another table describes an incident (same country, the incident's day to three days
    after), any model it names is the one the incident row gives; an incident with no official
    model gives none anywhere (Galați: no model in the incident, 'Geran-2' in two other tables)."""
    tables = load_all()
    incidents = tables["incidents"]
    texts = pd.concat(
        [
            tables["article4"].assign(
                country=tables["article4"]["requesters"],
                day=tables["article4"]["date"],
                text=tables["article4"]["trigger"],
                row_id=tables["article4"]["consultation_id"],
            ),
            tables["responses"].assign(
                country=tables["responses"]["actor"],
                day=tables["responses"]["date_start"],
                text=tables["responses"]["description"],
                row_id=tables["responses"]["response_id"],
            ),
        ]
    )[["row_id", "country", "day", "text"]]
    disagreements = []
    for _, incident in incidents.iterrows():
        window = texts[
            (texts["country"] == incident["country"])
            & texts["day"].between(incident["date_start"], incident["date_start"] + pd.Timedelta(days=3))
        ]
        model = incident["model"] if isinstance(incident["model"], str) else ""
        for _, other in window.iterrows():
            named = set(MODEL_WORDS.findall(other["text"]))
            missing = {word for word in named if word.split("-")[0] not in model}
            if missing:
                disagreements.append((incident["incident_id"], other["row_id"], sorted(missing)))
    assert not disagreements, f"models named in another table but not in the incident row: {disagreements}"


def test_the_model_check_can_fail():
    assert MODEL_WORDS.findall("A Russian-origin Geran-2 drone entered Romanian airspace") == ["Geran-2"]


# --- the corrections log --------------------------------------------------------------------

ID_COLUMNS = {
    "incidents": "incident_id",
    "incident_figures": "figure_id",
    "article4": "consultation_id",
    "responses": "response_id",
    "us_statements": "statement_id",
    "perspectives": "perspective_id",
    "sweden_statements": "statement_id",
    "sweden_actions": "action_id",
    "costs": "cost_id",
    "article_claims": "claim_id",
}


def test_the_corrections_log_names_rows_that_exist_unless_it_removed_them():
    tables = load_all()
    wrong = []
    for _, entry in tables["corrections"].iterrows():
        if entry["table"] not in ID_COLUMNS or not isinstance(entry["row_id"], str):
            continue
        present = set(tables[entry["table"]][ID_COLUMNS[entry["table"]]])
        for row_id in entry["row_id"].split(";"):
            if (row_id in present) == (entry["change"] == "removed"):
                wrong.append((entry["correction_id"], entry["table"], row_id, entry["change"]))
    assert not wrong, f"corrections that name a missing row, or a 'removed' row that is still there: {wrong}"


# --- dates ----------------------------------------------------------------------------------


def test_events_through_is_the_newest_dated_event_and_no_later_than_the_search():
    tables = load_all()
    newest = max(tables[name][column].max() for name, column in facts.EVENT_DATES.items())
    covered = facts.coverage()
    assert covered["last_event"] == newest.date()
    assert covered["last_event"] <= covered["checked"], "an event dated after the sources were searched"
    assert facts.long_date(newest) in facts.coverage_sentence()


def test_the_gap_between_events_and_search_is_stated_when_there_is_one(monkeypatch):
    covered = facts.coverage()
    monkeypatch.setattr(
        facts, "coverage", lambda: {**covered, "checked": covered["last_event"] + pd.Timedelta(days=90)}
    )
    assert "gap in the record" in facts.coverage_sentence()
    assert "lucka" in facts.coverage_sentence_sv()


# --- what the rendered pages say --------------------------------------------------------------


def glued_values(notebook: Path) -> dict[str, str]:
    """{glue name: the plain text the page shows} from a notebook's stored outputs."""
    values = {}
    for cell in json.loads(notebook.read_text(encoding="utf-8"))["cells"]:
        for output in cell.get("outputs", []):
            name = output.get("metadata", {}).get("scrapbook", {}).get("name")
            if name:
                values[name] = output["data"].get("application/papermill.record/text/plain", "")
    return values


GLUE_ROLE = re.compile(r"\{glue:text\}`(?:(?P<notebook>[\w./]+\.ipynb)::)?(?P<name>\w+)(?::[^`]*)?`")


def render(markdown: str, own: dict[str, str]) -> str:
    """Markdown with every `{glue:text}` role replaced by the value the page shows."""

    def value(match: re.Match) -> str:
        if match["notebook"]:
            return glued_values(CHAPTERS / Path(match["notebook"]).name)[match["name"]]
        return own[match["name"]]

    return re.sub(r"\s+", " ", GLUE_ROLE.sub(value, markdown))


def rendered_pages() -> dict[str, str]:
    pages = {}
    for name in COUNTING_NOTEBOOKS:
        path = CHAPTERS / f"{name}.ipynb"
        own = glued_values(path)
        cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
        pages[name] = render(
            " ".join("".join(c["source"]) for c in cells if c["cell_type"] == "markdown"), own
        )
    for path in MARKDOWN_PAGES:
        pages[path.stem] = render(path.read_text(encoding="utf-8"), {})
    return pages


NUMBER = r"(\d+|none|no)"
# One count each, as the prose may state it; every match must give the same number.
COUNT_STATEMENTS = {
    "airspace violations in 2025": [
        rf"{NUMBER} (?:confirmed )?airspace violations (?:announced by an official body )?"
        r"in (?:the whole of )?2025\b"
    ],
    "sightings formally attributed to Russia": [
        rf"formally attributed {NUMBER} of the sightings",
        rf"\b{NUMBER} of the sightings(?: of [A-Z][a-z]+ to [A-Z][a-z]+ \d{{4}})? "
        r"(?:was|were) (?:formally )?attributed to Russia",
        rf"sightings[^.;]*;[^.]*formally attributed {NUMBER} of them",
    ],
    "incidents from 20 September to 30 November 2025": [
        rf"Of the {NUMBER} incidents (?:recorded )?from 20 September to "
        r"(?:30 November 2025|the end of November)"
    ],
    "incidents of August to November 2025": [
        rf"record {NUMBER} incidents in \d+ NATO countries between August and November 2025"
    ],
}


def counts_stated(pages: dict[str, str]) -> dict[str, set[tuple[str, str]]]:
    """{count: {(page, number as stated)}} for every statement of each count."""
    found: dict[str, set[tuple[str, str]]] = {}
    for count, patterns in COUNT_STATEMENTS.items():
        for page, text in pages.items():
            for pattern in patterns:
                for match in re.finditer(pattern, text, re.IGNORECASE):
                    number = match.group(1).lower()
                    found.setdefault(count, set()).add((page, "0" if number in ("none", "no") else number))
    return found


def test_no_count_is_stated_two_ways_on_the_rendered_pages():
    stated = counts_stated(rendered_pages())
    assert stated.get("airspace violations in 2025"), (
        "the count of 2025 violations is no longer found: update the pattern"
    )
    two_ways = {count: sorted(places) for count, places in stated.items() if len({n for _, n in places}) > 1}
    assert not two_ways, f"a count stated two ways: {two_ways}"


def test_the_count_check_finds_a_count_stated_two_ways():
    pages = {
        "summary": "The data record 16 confirmed airspace violations in 2025 against 12 in 2022-2024.",
        "incidents": "The data record 18 airspace violations announced by an official body in the whole of 2025.",
        "intro": "None of the sightings was attributed to Russia by the government concerned.",
        "summary2": "37 were sightings whose origin was not established; the governments concerned formally "
        "attributed 2 of them to Russia.",
    }
    stated = counts_stated(pages)
    assert {n for _, n in stated["airspace violations in 2025"]} == {"16", "18"}
    assert {n for _, n in stated["sightings formally attributed to Russia"]} == {"0", "2"}


def test_the_pages_show_the_counts_and_dates_computed_in_report_facts():
    """The stored outputs are current: each page's glued counts and dates are those report.words.facts
    computes now (a notebook not re-run after a data change fails here)."""
    counts, dating = facts.incident_counts(), facts.dating()
    intro, incidents, followed = (
        glued_values(CHAPTERS / f"{n}.ipynb") for n in ("01_introduction", "10_incidents", "45_what_followed")
    )
    assert incidents["violations_2025"] == str(counts["violations_2025"])
    assert intro["n_focus"] == incidents["n_focus"] == str(counts["focus"])
    assert followed["followed_n"] == str(counts["followed"])
    assert intro["coverage"] == followed["coverage"] == dating["coverage"]
