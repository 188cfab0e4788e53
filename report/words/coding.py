"""The coding decisions behind the US and Swedish chapters, in one place with their tests.

The code books themselves are data (`data/us_stance_codes.csv`, `data/sweden_statement_codes.csv`:
a rule per code, the US one with an example that is a row of `us_statements.csv`); the labels
are the schema's `x-labels`. Here are the functions that turn them into the tables the
chapters show, and the rules that group speakers and spending figures. A rule that meets a
value it was not written for raises, rather than filing it in a default group unseen.
"""

from __future__ import annotations

import pandas as pd

from report.data.load import load_table
from report.words.facts import long_date
from report.words.labels import labels

# Speakers that are an institution or an anonymous official: the chart names their office.
UNNAMED_SPEAKERS = ("unnamed", "United States", "US ")

SPEAKER_GROUPS = ("Government", "Armed forces", "Opposition")  # in the order charts show them
# Offices of the armed forces as the data write them: a unit, a branch or the service itself.
ARMED_FORCES_WORDS = ("armed forces", "air force", "navy", "army", "försvarsmakten")

SPENDING_FAMILIES = {
    "NATO": "NATO estimate",
    "government": "Swedish government",
    "research": "Research institutes (SIPRI, IISS, FOI, KKrVA)",
}
RESEARCH_BASES = ("SIPRI", "IISS", "FOI", "KKrVA")


def speaker_label(speaker: str, office: str) -> str:
    """How a US speaker is named on the timeline's rows: the person, or the office where the
    speaker is an institution or an anonymous official ('White House official (anonymous)')."""
    return office if speaker.startswith(UNNAMED_SPEAKERS) else speaker


def speaker_group(office: str) -> str:
    """Government, Armed forces or Opposition, for a Swedish speaker's office as the data
    write it: a minister is the government, a party leader marked '(opposition)' the opposition,
    an officer or the service's own account the armed forces."""
    lowered = office.lower()
    if "opposition" in lowered:
        return "Opposition"
    if "Minister" in office:
        return "Government"
    if any(word in lowered for word in ARMED_FORCES_WORDS):
        return "Armed forces"
    raise ValueError(f"no speaker group for the office {office!r}: add a rule in {__name__}")


def basis_family(basis: str) -> str:
    """The family of a Swedish spending figure's basis: NATO's estimate, the Swedish
    government's budgets and statements, or the research institutes."""
    if basis.startswith("NATO"):
        return SPENDING_FAMILIES["NATO"]
    if basis.startswith("government"):
        return SPENDING_FAMILIES["government"]
    if basis.startswith(RESEARCH_BASES):
        return SPENDING_FAMILIES["research"]
    raise ValueError(f"no family for the spending basis {basis!r}: add a rule in {__name__}")


def _rules(codebook: pd.DataFrame, table: str, field: str) -> pd.DataFrame:
    """The code book in the schema's order; it must hold exactly the codes the schema labels."""
    order = list(labels(table, field))
    if sorted(codebook["code"]) != sorted(order):
        raise ValueError(
            f"the code book for {table}.{field} holds {sorted(codebook['code'])}, "
            f"the schema's labels {sorted(order)}"
        )
    return codebook.set_index("code").loc[order].reset_index()


def us_stance_codebook() -> pd.DataFrame:
    """Code, label, rule and example for each US stance (as the Swedish code book shows its
    themes, and the chapter's charts name them): the example is the statement the code book
    names, as the data give it (speaker, date, paraphrase), and must carry that code."""
    codebook = _rules(load_table("us_stance_codes"), "us_statements", "stance")
    statements = load_table("us_statements").set_index("statement_id")
    examples = statements.loc[codebook["example_statement_id"]]
    wrong = examples.index[examples["stance"].to_numpy() != codebook["code"].to_numpy()]
    if len(wrong):
        raise ValueError(
            f"examples in us_stance_codes.csv coded otherwise in us_statements.csv: {list(wrong)}"
        )
    example = [
        f"{row['speaker']}, {long_date(row['date'])}: {row['paraphrase']}" for _, row in examples.iterrows()
    ]
    label = codebook["code"].map(labels("us_statements", "stance"))
    return codebook.assign(label=label, example=example)[["code", "label", "rule", "example"]]


def sweden_codebook() -> pd.DataFrame:
    """Code, label and rule for each theme of the Swedish statements."""
    codebook = _rules(load_table("sweden_statement_codes"), "sweden_statements", "codes")
    label = codebook["code"].map(labels("sweden_statements", "codes"))
    return codebook.assign(label=label)[["code", "label", "rule"]]
