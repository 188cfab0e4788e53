"""The periods the report is about, and its coverage, computed from the data in one place.

The chapters on September 2025 (incidents, alliance, US, Sweden) end their close look at
the end of November 2025 (`FOCUS_END`); what came after is the subject of the chapter
"What followed", and every chart there runs to the newest dated row.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd

from report.data.load import as_of, load_all, read_package

FOCUS_START = pd.Timestamp("2025-08-01")
FOCUS_END = pd.Timestamp("2025-11-30")
# Tables whose rows are events, with their date column: what "the last event" means.
EVENT_DATES = {
    "incidents": "date_start",
    "responses": "date_start",
    "article4": "date",
    "us_statements": "date",
    "sweden_statements": "date",
    "sweden_actions": "date",
}


FOCUS_PERIOD = f"{FOCUS_START:%B} to {FOCUS_END:%B %Y}"  # "August to November 2025", as titles say it


def in_focus(frame: pd.DataFrame, column: str) -> pd.DataFrame:
    """Rows dated within the September 2025 chapters' close look (`FOCUS_START` to `FOCUS_END`)."""
    return frame[frame[column].between(FOCUS_START, FOCUS_END)]


def before_focus(frame: pd.DataFrame, column: str) -> pd.DataFrame:
    return frame[frame[column] < FOCUS_START]


def until_focus_end(frame: pd.DataFrame, column: str) -> pd.DataFrame:
    """Rows dated up to the end of the September 2025 chapters' period."""
    return frame[frame[column] <= FOCUS_END]


# The three incidents of September 2025 that the prose of several chapters quotes.
KEY_INCIDENTS = {"poland": "2025-09-10-PL", "romania": "2025-09-13-RO", "estonia": "2025-09-19-EE"}


def key_figures() -> dict[str, str]:
    """The figures of the September 2025 incidents that several chapters and the classroom texts
    quote, formatted once: Poland's count and shoot-downs as the range the sources give, the
    minutes over Romania and Estonia, and the number of Russian jets over Estonia."""
    from report.foundation.glue import span
    from report.words.wording import between

    incidents = load_all()["incidents"].set_index("incident_id")
    poland, romania, estonia = (incidents.loc[KEY_INCIDENTS[key]] for key in ("poland", "romania", "estonia"))
    return {
        "pl_count": span(poland["count_min"], poland["count_max"]),
        "pl_shot": span(poland["shot_down_min"], poland["shot_down_max"]),
        "ro_minutes": span(romania["duration_minutes"], romania["duration_minutes"]),
        "ee_minutes": span(estonia["duration_minutes"], estonia["duration_minutes"]),
        "ee_jets": span(estonia["count_min"], estonia["count_max"]),
        # As sentences use them: "between 19 and 23 drones", "between 3 and 4" (report.words.wording).
        "pl_drones": between(poland["count_min"], poland["count_max"], "drones"),
        "pl_shot_down": between(poland["shot_down_min"], poland["shot_down_max"]),
        "pl_drones_sv": between(poland["count_min"], poland["count_max"], "drönare", "sv"),
        "pl_shot_down_sv": between(poland["shot_down_min"], poland["shot_down_max"], "", "sv"),
    }


def long_date(day) -> str:
    """'9 September 2025': how dates read in prose."""
    return f"{pd.Timestamp(day).day} {pd.Timestamp(day):%B %Y}"


def coverage() -> dict[str, dt.date]:
    """First and last incident, last dated event of any kind, and when sources were checked."""
    frames = load_all()
    incidents = frames["incidents"]
    last_event = max(frames[name][column].max() for name, column in EVENT_DATES.items())
    return {
        "first_incident": incidents["date_start"].min().date(),
        "last_incident": incidents["date_start"].max().date(),
        "last_event": last_event.date(),
        "checked": as_of(read_package()),
    }


COVERAGE_WORDS = {
    "en": (
        "Events recorded from {first} through {last}; sources searched through {checked}",
        ". No event after {last} was found in the sources searched: the {gap} days to {checked} are a "
        "gap in the record, not a quiet period",
    ),
    "sv": (
        "Rapportens data täcker händelser från {first} till och med {last}; källor söktes till och med {checked}",
        ". Ingen händelse efter {last} hittades i de källor som söktes: de {gap} dagarna fram till {checked} "
        "är en lucka i materialet, inte en lugn period",
    ),
}


def coverage_sentence(language: str = "en") -> str:
    """The record's dates as a reader should meet them: events through the newest dated event,
    sources searched through the date the search stopped, and the gap between them said plainly."""
    c = coverage()
    date = long_date if language == "en" else long_date_sv
    dates = {"first": date(c["first_incident"]), "last": date(c["last_event"]), "checked": date(c["checked"])}
    dates_only, gap_words = COVERAGE_WORDS[language]
    gap = (c["checked"] - c["last_event"]).days
    return dates_only.format(**dates) + (gap_words.format(gap=gap, **dates) if gap > 31 else "")


def dating() -> dict[str, str]:
    """The dates and gap that the home page, summary and 'What followed' state, formatted once."""
    c = coverage()
    return {
        "events_through": long_date(c["last_event"]),
        "incidents_through": long_date(c["last_incident"]),
        "searched_through": long_date(c["checked"]),
        "gap_days": str((c["checked"] - c["last_event"]).days),
        "coverage": coverage_sentence(),
    }


# --- counts the prose states, each named with its period and computed here only ---------------

AFTER_SEPTEMBER_START = pd.Timestamp("2025-09-20")  # after the three September incidents


def incident_counts() -> dict[str, int]:
    """Every incident count that more than one page states, each for the period its name says.

    `violations_2025` is the calendar year 2025 (January to December), over the whole table;
    `after_*` is 20 September to 30 November 2025; `focus_*` is August to November 2025;
    `followed_*` is from 1 December 2025 to the newest incident."""
    incidents = load_all()["incidents"]
    year = incidents["date_start"].dt.year
    violation = incidents["category"] == "violation"
    russia_formal = (incidents["origin"] == "russia") & (incidents["firmness"] == "formal")
    after = incidents["date_start"].between(AFTER_SEPTEMBER_START, FOCUS_END)
    focus = incidents["date_start"].between(FOCUS_START, FOCUS_END)
    followed = incidents["date_start"] > FOCUS_END
    sighting = incidents["category"] == "sighting"
    counts = {
        "all": len(incidents),
        "violations_2025": int((violation & (year == 2025)).sum()),
        "violations_2022_2024": int((violation & year.between(2022, 2024)).sum()),
        "focus": int(focus.sum()),
        "focus_violations": int((focus & violation).sum()),
        "focus_sightings": int((focus & sighting).sum()),
        "focus_sightings_russia_formal": int((focus & sighting & russia_formal).sum()),
        "after": int(after.sum()),
        "after_sightings": int((after & sighting).sum()),
        "after_sightings_russia_formal": int((after & sighting & russia_formal).sum()),
        "after_violations": int((after & violation).sum()),
        "after_violations_russia_formal": int((after & violation & russia_formal).sum()),
        "after_russia_formal": int((after & russia_formal).sum()),
        "followed": int(followed.sum()),
        "followed_violations": int((followed & violation).sum()),
        "followed_russia_formal": int((followed & russia_formal).sum()),
    }
    for origin in ("russia", "belarus", "ukraine", "other", "unknown"):
        counts[f"followed_origin_{origin}"] = int((followed & (incidents["origin"] == origin)).sum())
        counts[f"all_origin_{origin}"] = int((incidents["origin"] == origin).sum())
    return counts


def number_words(n: int) -> str:
    """'none' for 0, otherwise the digits: how the prose states a count that may be zero."""
    return "none" if n == 0 else str(n)


def identity() -> dict[str, str]:
    """The report's title and author, set once in _config.yml (also read by CITATION.cff's test)."""
    import yaml

    from report.foundation.paths import ROOT

    config = yaml.safe_load((ROOT / "_config.yml").read_text(encoding="utf-8"))
    return {
        "title": config["title"],
        "author": config["author"],
        "repository": (config.get("repository") or {}).get("url") or "",
    }


def citation() -> str:
    """How to cite the report: author, year the sources were checked, title, coverage."""
    who, checked = identity(), as_of(read_package())
    return f"{who['author']} ({checked.year}). {who['title']}. {coverage_sentence()}."


# Classroom material, not evidence: its rows point students to the sources the evidence rows
# cite (a source pack lists an aggregator where the record rests on one), so they are left out
# of the measure of how much of the record rests on copies.
CLASSROOM_TABLES = {
    "discussion_questions",
    "source_packs",
    "article_claims_sv",
    "sweden_statements_sv",
    "terms_sv",
    "translations_sv",
}
# Not evidence either: the corrections log (its sources back the corrections, not the record),
# and the source policy's own tables.
NOT_EVIDENCE = CLASSROOM_TABLES | {
    "sources",
    "corrections",
    "refused_hosts",
    "state_media",
    "us_stance_codes",  # the report's own coding rules, not evidence
    "sweden_statement_codes",
}


# Tables whose rows record an actor's own view or estimate: for these a think tank's,
# institute's or movement's own publication is the original record.
OWN_VIEW_TABLES = {"perspectives", "article_claims", "costs"}
SECONDARY = {"secondary_aggregator"}
OWN_PUBLICATION = {"research_or_advocacy"}


def evidence_rows(tables: dict[str, pd.DataFrame]):
    """(table name, the source ids it cites) for every row of evidence: the one walk over the
    rows that the source measures count, so that they count the same rows."""
    for name, frame in tables.items():
        column = "source_ids" if "source_ids" in frame else "source_id" if "source_id" in frame else None
        if name in NOT_EVIDENCE or column is None:
            continue
        for ids in frame[column].fillna(""):
            yield name, [i for i in str(ids).split(";") if i]


def rows_on_aggregators_alone() -> tuple[int, int]:
    """(evidence rows that rest on copies, summaries and aggregators alone, all evidence rows).

    An institute's or movement's own publication counts as an original only where the row
    records that actor's own view or estimate (`OWN_VIEW_TABLES`); behind any other row it
    counts as secondary."""
    tables = load_all()
    classes = tables["sources"].set_index("source_id")["source_class"]
    weak = total = 0
    for name, cited in evidence_rows(tables):
        secondary = SECONDARY if name in OWN_VIEW_TABLES else SECONDARY | OWN_PUBLICATION
        total += 1
        weak += bool(cited) and all(classes[i] in secondary for i in cited)
    return weak, total


SWEDISH_MONTHS = [
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
]


def long_date_sv(day) -> str:
    """'9 september 2025': a date as Swedish prose writes it."""
    day = pd.Timestamp(day)
    return f"{day.day} {SWEDISH_MONTHS[day.month - 1]} {day.year}"


def coverage_sentence_sv() -> str:
    return coverage_sentence("sv")


def corrections_for(table: str) -> dict[str, str]:
    """{row id: 'corrected 6 December 2026 (corr-012)'} for every row of `table` that the
    corrections log names, so that a table can show the mark beside the affected row."""
    log = load_all()["corrections"]
    marks: dict[str, list[str]] = {}
    for _, entry in log[log["table"] == table].iterrows():
        for row_id in str(entry["row_id"] if isinstance(entry["row_id"], str) else "").split(";"):
            if row_id:
                marks.setdefault(row_id, []).append(
                    f"{entry['change']} {long_date(entry['date'])} ({entry['correction_id']})"
                )
    return {row_id: "; ".join(entries) for row_id, entries in marks.items()}


def with_correction_marks(text: pd.Series, ids: pd.Series, table: str) -> pd.Series:
    """`text` with ' [recoded 6 December 2026 (corr-012)]' appended where the corrections log names the row."""
    marks = corrections_for(table)
    return pd.Series([f"{t} [{marks[i]}]" if i in marks else t for t, i in zip(text, ids)], index=text.index)


# The standings of `report.data.source_policy.standing_key`, best first.
STANDING_RANK = ("official", "news", "research", "state", "copy", "secondary")
STANDING_WORDS = {
    "official": "an official source",
    "news": "a news agency or established outlet",
    "research": "a think tank's or institute's own publication",
    "state": "state media",
    "copy": "a copy of another publisher's text",
    "secondary": "an aggregator or summary",
}


def best_standing_counts() -> tuple[dict[str, int], int]:
    """({standing: evidence rows whose best source has that standing}, all evidence rows), over
    the rows `rows_on_aggregators_alone` counts (classroom tables left out). Standings rank
    official, news outlet, research, state media, copy, secondary (`STANDING_RANK`)."""
    from report.data.source_policy import standing_key

    tables = load_all()
    keys = {row["source_id"]: standing_key(row) for _, row in tables["sources"].iterrows()}
    counts = dict.fromkeys(STANDING_RANK, 0)
    total = 0
    for _, cited in evidence_rows(tables):
        if cited:
            total += 1
            counts[min((keys[i] for i in cited), key=STANDING_RANK.index)] += 1
    return counts, total


def best_standing_sentence() -> str:
    """The About page's sentence on how the evidence rows are sourced, best source first."""
    counts, total = best_standing_counts()
    parts = [f"{counts[key] / total:.0%} on {STANDING_WORDS[key]}" for key in STANDING_RANK if counts[key]]
    return (
        f"Of the {total} rows of evidence, the best source behind each is: "
        + "; ".join(parts[:-1])
        + f"; and {parts[-1]}."
    )
