"""Slides for class (LaTeX beamer, built offline with the packs), in English and in Swedish:
one message per slide and few words, charts drawn for the slide (full width, text at 14 pt).

The charts here are the classroom versions of the book's charts: drawn with matplotlib at the
slide's own size, so that a label set at 14 pt is 14 pt on the slide (the book's exported
charts, shrunk onto a slide, set their legends at about 5 pt). The same charts illustrate the
Swedish readings. Every number and every text comes from the data and is escaped (the deck is
the template `templates/slides.tex`); glossary terms are looked up by their stable `term_id`,
never by their wording.
"""

from __future__ import annotations

import pandas as pd

from report.classroom.material import (
    QUESTION_CHAPTERS,
    STARTER_CARDS,
    chapter_titles,
    claim_number,
    discussion_questions_table,
)
from report.classroom.slide_charts import SLIDE_CARDS, WORDS, chart_png
from report.data.load import load_all
from report.foundation.glue import span
from report.pdf.templating import render
from report.words.facts import coverage_sentence, coverage_sentence_sv, identity, long_date, long_date_sv


def slides_tex(language: str = "en") -> str:
    words = WORDS[language]
    tables = load_all()
    incidents = tables["incidents"].set_index("incident_id")
    glossary = tables["glossary"].set_index("term_id")
    claims = tables["article_claims"].set_index("claim_id")
    claims_sv = tables["article_claims_sv"].set_index("claim_id")
    date = long_date if language == "en" else long_date_sv
    poland, romania, estonia = (incidents.loc[i] for i in ("2025-09-10-PL", "2025-09-13-RO", "2025-09-19-EE"))
    term = "term" if language == "en" else "term_sv"
    night = date(poland["date_start"] + pd.Timedelta(days=1))
    if language == "en":
        key_facts = [
            f"{night}: {span(poland['count_min'], poland['count_max'])} drones over Poland; "
            f"{span(poland['shot_down_min'], poland['shot_down_max'])} shot down.",
            f"{date(romania['date_start'])}: a drone over Romania, about {romania['duration_minutes']:g} minutes.",
            f"{date(estonia['date_start'])}: {span(estonia['count_min'], estonia['count_max'])} "
            f"MiG-31s over Estonia, {estonia['duration_minutes']:g} minutes according to Estonia.",
        ]
    else:
        key_facts = [
            f"{night}: {span(poland['count_min'], poland['count_max'])} drönare över Polen; "
            f"{span(poland['shot_down_min'], poland['shot_down_max'])} sköts ned.",
            f"{date(romania['date_start'])}: en drönare över Rumänien, cirka {romania['duration_minutes']:g} minuter.",
            f"{date(estonia['date_start'])}: {span(estonia['count_min'], estonia['count_max'])} "
            f"MiG-31 över Estland, {estonia['duration_minutes']:g} minuter enligt Estland.",
        ]
    charts = {
        key: chart_png(name, language)
        for key, name in [
            ("map", "incidents-map"),
            ("by_country", "incidents-by-country"),
            ("a4_years", "article4-by-decade"),
            ("verdicts", "audit-verdicts"),
            ("us", "us-stance"),
            ("sweden", "sweden-budget"),
        ]
    }
    cards = [
        {
            "number": claim_number(STARTER_CARDS[card]),
            "phrase": claims.loc[STARTER_CARDS[card], "article_phrase"]
            if language == "en"
            else claims_sv.loc[STARTER_CARDS[card], "article_phrase_sv"],
        }
        for card in SLIDE_CARDS
    ]
    questions = discussion_questions_table()
    titles = chapter_titles(language)
    column = "question" if language == "en" else "question_sv"
    discussion = []
    for chapter in QUESTION_CHAPTERS:
        first = questions[
            (questions["chapter"] == chapter)
            & (questions["kind"] == "discussion")
            & (questions["number"] == 1)
        ]
        discussion.append((titles[chapter], first[column].iloc[0]))
    title = (
        identity()["title"]
        if language == "en"
        else "Drönare, stridsflyg och artikel 4: Rysslands luftrumskränkningar mot Natoländer och incidenterna i dess krig, 2025–2026"
    )
    return render(
        "slides.tex",
        language=language,
        words=words,
        title=title,
        coverage=coverage_sentence() if language == "en" else coverage_sentence_sv(),
        key_facts=key_facts,
        charts=charts,
        article_4=glossary.loc["article-4", term],
        article_5=glossary.loc["article-5", term],
        cards=cards,
        discussion=discussion,
    )
