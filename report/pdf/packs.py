"""The classroom packs as PDFs: a student pack and a teacher key, in English and in Swedish.

Everything in them comes from the data (claims, source packs, questions and model answers,
the glossary, the timeline) or from the classroom texts in `classroom/` (worksheet steps,
teacher notes), rendered as LaTeX from the template `templates/pack.tex` with every text
escaped unless marked as LaTeX (`report.pdf.templating`). The student pack holds no answer:
no claim's type or verdict, no model answer; a test reads the PDFs to keep it so.
`scripts/build_book.py` writes and compiles them; the classroom guide links them.
"""

from __future__ import annotations

import pandas as pd

from report.classroom.material import (
    chapter_titles,
    chapter_titles_by_label,
    claim_number,
    class_facts,
    discussion_questions_table,
    notebook_section,
    timeline_events,
)
from report.data.load import load_all
from report.pdf.registry import PACKS, SLIDES
from report.pdf.templating import LaTeX, render
from report.rendering.markdown_latex import to_latex
from report.rendering.tables import source_links
from report.words.facts import coverage_sentence, coverage_sentence_sv, identity, long_date, long_date_sv
from report.words.labels import labels

WORDS = {
    "en": {
        "student": "Student pack",
        "teacher": "Teacher key",
        "cards": "Claim cards",
        "card": "Claim",
        "para": "the article, paragraph",
        "worksheet": "Worksheet: checking a claim",
        "packs": "Source packs",
        "packs_intro": "For each claim, the sources to start from, with the key point of each in the report's own words.",
        "questions": "Discussion questions",
        "factual": "Factual questions",
        "glossary": "Glossary",
        "timeline": "Timeline: September 2025",
        "answers": "Model answers to the discussion questions",
        "factual_answers": "Answers to the factual questions",
        "key": "The claim cards: type and verdict",
        "notes": "Teacher notes",
        "type": "Type",
        "verdict": "Verdict",
        "evidence": "Evidence",
        "article": "The article",
        "write": "Your notes",
        "sources": "Sources",
    },
    "sv": {
        "title": "Drönare, stridsflyg och artikel 4: Rysslands luftrumskränkningar mot Natoländer och incidenterna i dess krig, 2025–2026",
        "author": "Rapportgruppen bakom Drones, Jets and Article 4",
        "student": "Elevhäfte",
        "teacher": "Lärarhandledning med facit",
        "cards": "Påståendekort",
        "card": "Påstående",
        "para": "artikeln, stycke",
        "worksheet": "Arbetsblad: granska ett påstående",
        "packs": "Källpaket",
        "packs_intro": "För varje påstående: de källor ni börjar med, och vad varje källa visar, sammanfattat med rapportens egna ord. Källornas titlar står på originalspråket.",
        "questions": "Diskussionsfrågor",
        "factual": "Faktafrågor",
        "glossary": "Begreppslista",
        "timeline": "Tidslinje: september 2025",
        "answers": "Modellsvar på diskussionsfrågorna",
        "factual_answers": "Svar på faktafrågorna",
        "key": "Påståendekorten: typ och bedömning",
        "notes": "Lärarhandledning",
        "type": "Typ",
        "verdict": "Bedömning",
        "evidence": "Belägg",
        "article": "Artikeln",
        "write": "Anteckningar",
        "sources": "Källor",
        "translation": "Rapportens översättning från artikelns engelska version",
        "cards_intro": "Artikelns ord i rapportens översättning. Rapporten läser artikeln i en engelsk version; "
        "det svenska originalet (publicerat den 1 oktober 2025) har inte hittats. Där det finns står "
        "originalets ord på kortet.",
        "original": "Artikelns svenska original",
        "readings": "Läsningar för grupperna",
        "figure_source": "Diagram ur rapporten",
    },
}


def _lines(count: int) -> LaTeX:
    """Ruled lines to write on."""
    return LaTeX("\n".join([r"\par\vspace{0.55cm}\hrule"] * count) + "\n")


def _swedish_claims() -> pd.DataFrame:
    return load_all()["article_claims_sv"].set_index("claim_id")


def _claims(tables, language) -> list[dict]:
    """The claim cards: the article's words (in Swedish the original's, where found)."""
    swedish = _swedish_claims() if language == "sv" else None
    out = []
    for _, claim in tables["article_claims"].sort_values("order").iterrows():
        card = {
            "number": claim_number(claim["claim_id"]),
            "paragraph": int(claim["paragraph"]),
            "phrase": claim["article_phrase"],
            "paraphrase": claim["paraphrase"],
        }
        if swedish is not None:
            row = swedish.loc[claim["claim_id"]]
            original = row["original_sv"]
            card["original"] = original if isinstance(original, str) and original else None
            card["phrase_sv"] = row["article_phrase_sv"]
        out.append(card)
    return out


def _readings() -> list[dict]:
    """The four short readings of the 90-minute lesson, each with its chart and its sources."""
    from report.classroom.material import readings
    from report.classroom.slide_charts import chart_png

    return [
        {
            "title": reading["title"],
            "text": LaTeX(to_latex(reading["text"])),
            "chart": chart_png(reading["chart"], "sv"),
            "links": [link for source_id in reading["source_ids"] for link in source_links(source_id)],
        }
        for reading in readings()
    ]


# Where the texts the packs print are written: a section of a classroom page.
WORKSHEET = {
    "en": ("70_classroom", "## Source-criticism exercise: the article"),
    "sv": ("sv_lektioner", "### Arbetsgång"),
}
TEACHER_NOTES = {
    "en": ("71_teacher_key", "## Teacher notes", "## Model answers to the discussion questions"),
    "sv": ("sv_larare", "## Förberedelser och tidsåtgång", "## Svar på faktafrågorna"),
}


def _page_text(where: tuple, language: str) -> LaTeX:
    stem, heading, *until = where
    return LaTeX(
        to_latex(
            notebook_section(stem, heading, class_facts(language), *until), chapter_titles_by_label(language)
        )
    )


def _source_packs(tables, language) -> list[dict]:
    sources = tables["sources"].set_index("source_id")
    packs = []
    for claim_id, group in tables["source_packs"].groupby("claim_id", sort=True):
        items = []
        for _, row in group.iterrows():
            source = sources.loc[row["source_id"]]
            # In Swedish the title (in the source's own language) is left out: the key point says
            # what the source shows, and the address leads to it.
            items.append(
                {
                    "who": "; ".join(name for name, _ in source_links(row["source_id"])),
                    "title": source["title"],
                    "point": row["key_point"] if language == "en" else row["key_point_sv"],
                    "url": source["url"],
                }
            )
        packs.append({"number": claim_number(claim_id), "sources": items})
    return packs


def _discussion(language) -> list[tuple[str, list[dict]]]:
    """The discussion questions by chapter, each with its model answer and its sources' names."""
    questions = discussion_questions_table()
    titles = chapter_titles(language)
    text_column = "question" if language == "en" else "question_sv"
    answer_column = "model_answer" if language == "en" else "model_answer_sv"
    discussion = questions[questions["kind"] == "discussion"]
    out = []
    for chapter, group in discussion.groupby("chapter", sort=True):
        items = []
        for _, row in group.sort_values("number").iterrows():
            ids = [i for i in str(row["source_ids"]).split(";") if i and i != "nan"]
            items.append(
                {
                    "question": row[text_column],
                    "answer": row[answer_column],
                    "sources": [name for i in ids for name, _ in source_links(i)],
                }
            )
        out.append((titles[chapter], items))
    return out


def _factual(language) -> pd.DataFrame:
    questions = discussion_questions_table()
    return questions[questions["kind"] == "factual"].sort_values("number")


def _claim_key(tables, words, language) -> list[dict]:
    types, verdicts = (
        labels("article_claims", "claim_type", language),
        labels("article_claims", "verdict", language),
    )
    swedish = _swedish_claims() if language == "sv" else pd.DataFrame()
    out = []
    for _, claim in tables["article_claims"].sort_values("order").iterrows():
        if language == "en":
            phrase, evidence = claim["article_phrase"], claim["evidence"]
        else:
            phrase = swedish.loc[claim["claim_id"], "article_phrase_sv"]
            evidence = swedish.loc[claim["claim_id"], "evidence_sv"]
        out.append(
            {
                "number": claim_number(claim["claim_id"]),
                "phrase": phrase,
                "type": types[claim["claim_type"]],
                "verdict": ""
                if pd.isna(claim["verdict"])
                else f"; {words['verdict']}: {verdicts[claim['verdict']]}",
                "evidence": evidence,
            }
        )
    return out


def pack_tex(name: str) -> str:
    language, audience = PACKS[name]
    words = WORDS[language]
    tables = load_all()
    who = identity()
    column = "question" if language == "en" else "question_sv"
    values = {
        "language": language,
        "audience": audience,
        "words": words,
        "title": words.get("title", who["title"]),
        "author": words.get("author", who["author"]),
        "coverage": coverage_sentence() if language == "en" else coverage_sentence_sv(),
        "writing_lines": _lines,
        "discussion": _discussion(language),
    }
    if audience == "student":
        values |= {
            "readings": _readings() if language == "sv" else [],
            "claims": _claims(tables, language),
            "worksheet": _page_text(WORKSHEET[language], language),
            "packs": _source_packs(tables, language),
            "factual": list(_factual(language)[column]),
            "glossary": _glossary(tables, language),
            "timeline": _timeline(language),
        }
    else:
        facts = class_facts(language)
        values |= {
            "notes": _page_text(TEACHER_NOTES[language], language),
            "factual_answers": [
                (row[column], facts["factual_answers"][row["question_id"]])
                for _, row in _factual(language).iterrows()
            ],
            "key": _claim_key(tables, words, language),
        }
    return render("pack.tex", **values)


def _glossary(tables, language) -> list[tuple[str, str]]:
    term, definition = ("term", "definition") if language == "en" else ("term_sv", "definition_sv")
    glossary = tables["glossary"].sort_values(term, key=lambda s: s.str.lower())
    return list(zip(glossary[term], glossary[definition]))


def _timeline(language) -> list[tuple[str, str]]:
    date = long_date if language == "en" else long_date_sv
    return [(date(day), event) for day, event in timeline_events(language)]


def documents() -> dict:
    """Every classroom PDF the build makes: {file name: function writing its LaTeX}."""
    from functools import partial

    from report.pdf.slides import slides_tex

    return {
        **{name: partial(pack_tex, name) for name in PACKS},
        **{name: partial(slides_tex, language) for name, language in SLIDES.items()},
    }
