"""The coding decisions of the US and Sweden chapters (report/words/coding.py) and their code
books (data/us_stance_codes.csv, data/sweden_statement_codes.csv).

The grouping rules were substring tests in the chapters; they moved here unchanged in result,
which the tests below check row by row against the data, and they now refuse a value no rule
was written for instead of filing it in a default group.
"""

from __future__ import annotations

import csv

import pytest

from report.data.load import DataError, load_table, read_package, validate
from report.words.coding import (
    SPEAKER_GROUPS,
    basis_family,
    speaker_group,
    speaker_label,
    sweden_codebook,
    us_stance_codebook,
)
from report.words.labels import labels

# Every office in data/sweden_statements.csv and the group the chapter has always put it in.
OFFICE_GROUPS = {
    "Prime Minister": "Government",
    "Defence Minister": "Government",
    "Foreign Minister": "Government",
    "Supreme Commander of the Armed Forces (ÖB)": "Armed forces",
    "Armed forces (official X account)": "Armed forces",
    "Vice Admiral, Chief of Joint Operations, Swedish Armed Forces": "Armed forces",
    "Major General, Commander of the Swedish Air Force": "Armed forces",
    "Leader of the Social Democrats (opposition)": "Opposition",
}

# Every basis in data/sweden_spending.csv and its family.
BASIS_FAMILIES = {
    "NATO estimate": "NATO estimate",
    "NATO estimate (later revision)": "NATO estimate",
    "government budget": "Swedish government",
    "government budget (Sept 2024 plan)": "Swedish government",
    "government budget (as stated Sept 2025)": "Swedish government",
    "government budget (earlier plan)": "Swedish government",
    "government statement (Reuters, June 2025)": "Swedish government",
    "SIPRI": "Research institutes (SIPRI, IISS, FOI, KKrVA)",
    "IISS Military Balance": "Research institutes (SIPRI, IISS, FOI, KKrVA)",
    "FOI": "Research institutes (SIPRI, IISS, FOI, KKrVA)",
    "KKrVA analysis (defence appropriation)": "Research institutes (SIPRI, IISS, FOI, KKrVA)",
}


def substring_group(office: str) -> str:
    """The rule as 40_sweden.ipynb wrote it before it moved: the reference the new one must match."""
    if "opposition" in office.lower():
        return "Opposition"
    if "Minister" in office:
        return "Government"
    return "Armed forces"


# --- speaker_label (US timeline rows) ---------------------------------------------------------


@pytest.mark.parametrize(
    "speaker, office, expected",
    [
        ("Donald Trump", "President", "Donald Trump"),
        ("Matthew Whitaker", "US Ambassador to NATO", "Matthew Whitaker"),
        (
            "unnamed White House official",
            "White House official (anonymous)",
            "White House official (anonymous)",
        ),
        (
            "United States (with allied states)",
            "US Mission to the UN (joint statement)",
            "US Mission to the UN (joint statement)",
        ),
        ("US Embassy in Romania", "US Embassy (Bucharest)", "US Embassy (Bucharest)"),
        ("Usha Vance", "Second Lady", "Usha Vance"),  # 'US ' needs the space: a name is kept
    ],
)
def test_speaker_label_names_people_and_gives_institutions_their_office(speaker, office, expected):
    assert speaker_label(speaker, office) == expected


def test_speaker_label_over_every_us_statement():
    statements = load_table("us_statements")
    rows = {speaker_label(s, o) for s, o in zip(statements["speaker"], statements["office"])}
    assert "unnamed White House official" not in rows and "US Embassy in Romania" not in rows
    assert {"Donald Trump", "White House official (anonymous)", "US Embassy (Bucharest)"} <= rows


# --- speaker_group (Swedish speakers) ---------------------------------------------------------


def test_every_office_in_the_data_has_its_expected_group():
    offices = set(load_table("sweden_statements")["office"])
    assert offices <= set(OFFICE_GROUPS), (
        f"offices without an expected group here: {offices - set(OFFICE_GROUPS)}"
    )
    for office in offices:
        assert speaker_group(office) == OFFICE_GROUPS[office], office


def test_speaker_group_gives_every_row_what_the_substring_rule_gave():
    statements = load_table("sweden_statements")
    for _, row in statements.iterrows():
        assert speaker_group(row["office"]) == substring_group(row["office"]), row["statement_id"]
    assert set(statements["office"].map(speaker_group)) == set(SPEAKER_GROUPS)


@pytest.mark.parametrize(
    "office", ["Director General, Swedish Civil Contingencies Agency", "Press secretary"]
)
def test_an_office_no_rule_covers_is_refused_not_called_armed_forces(office):
    assert substring_group(office) == "Armed forces"  # what the old rule silently did
    with pytest.raises(ValueError, match="no speaker group"):
        speaker_group(office)


# --- basis_family (Swedish spending figures) --------------------------------------------------


def test_every_spending_basis_in_the_data_has_its_family():
    bases = set(load_table("sweden_spending")["basis"])
    assert bases <= set(BASIS_FAMILIES), (
        f"bases without an expected family here: {bases - set(BASIS_FAMILIES)}"
    )
    for basis in bases:
        assert basis_family(basis) == BASIS_FAMILIES[basis], basis


def test_a_basis_no_rule_covers_is_refused():
    with pytest.raises(ValueError, match="no family"):
        basis_family("World Bank")


# --- the code books ---------------------------------------------------------------------------


def stance_field() -> dict:
    resource = next(r for r in read_package()["resources"] if r["name"] == "us_statements")
    return next(f for f in resource["schema"]["fields"] if f["name"] == "stance")


def test_the_us_code_book_holds_exactly_the_schemas_codes():
    field = stance_field()
    codebook = load_table("us_stance_codes")
    assert sorted(codebook["code"]) == sorted(field["constraints"]["enum"]) == sorted(field["x-labels"])
    assert list(us_stance_codebook()["code"]) == list(field["x-labels"])  # shown in the schema's order


def test_each_us_example_is_a_statement_with_that_code():
    statements = load_table("us_statements").set_index("statement_id")
    for _, row in load_table("us_stance_codes").iterrows():
        assert statements.loc[row["example_statement_id"], "stance"] == row["code"], row["code"]


def test_the_us_code_book_shows_the_example_from_the_data():
    statements = load_table("us_statements").set_index("statement_id")
    shown = us_stance_codebook().set_index("code")
    example = statements.loc["us-2025-09-10-trump-here-we-go"]
    assert shown.loc["neutral", "example"] == f"Donald Trump, 10 September 2025: {example['paraphrase']}"
    assert list(shown.columns) == ["label", "rule", "example"]
    assert shown.loc["affirm", "label"] == labels("us_statements", "stance")["affirm"]


def rewrite(folder, name, change):
    path = folder / f"{name}.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    change(rows)
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, lineterminator="\r\n").writerows(rows)


def test_an_example_that_is_not_a_statement_is_refused_by_the_loader(data_copy):
    rewrite(
        data_copy, "us_stance_codes", lambda rows: rows[1].__setitem__(2, "us-2025-09-10-no-such-statement")
    )
    with pytest.raises(DataError) as caught:
        validate(data_copy)
    assert "us_stance_codes.csv" in str(caught.value)


def test_an_example_coded_otherwise_is_refused_by_the_code_book(data_copy, monkeypatch):
    # The 'affirm' row points at a statement coded neutral.
    rewrite(
        data_copy, "us_stance_codes", lambda rows: rows[1].__setitem__(2, "us-2025-09-10-trump-here-we-go")
    )
    monkeypatch.setenv("REPORT_DATA_DIR", str(data_copy))
    with pytest.raises(ValueError, match="coded otherwise"):
        us_stance_codebook()


def test_a_code_book_that_misses_a_code_is_refused(data_copy, monkeypatch):
    rewrite(data_copy, "sweden_statement_codes", lambda rows: rows.pop())
    monkeypatch.setenv("REPORT_DATA_DIR", str(data_copy))
    with pytest.raises(ValueError, match="the schema's labels"):
        sweden_codebook()


def test_the_swedish_code_book_labels_each_code_with_the_schemas_words():
    shown = sweden_codebook()
    words = labels("sweden_statements", "codes")
    assert list(shown["code"]) == list(words)
    assert list(shown["label"]) == list(words.values())
    assert shown["rule"].str.len().gt(20).all()
