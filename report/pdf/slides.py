"""Slides for class (LaTeX beamer, built offline with the packs), in English and in Swedish:
one message per slide and few words, charts drawn for the slide (full width, text at 14 pt).

The charts here are the classroom versions of the book's charts: drawn with matplotlib at the
slide's own size, so that a label set at 14 pt is 14 pt on the slide (the book's exported
charts, shrunk onto a slide, set their legends at about 5 pt). The same charts illustrate the
Swedish readings. Every number and every text comes from the data and is escaped; glossary
terms are looked up by their stable `term_id`, never by their wording.
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
from report.foundation.escape import latex_text
from report.foundation.glue import span
from report.words.facts import coverage_sentence, coverage_sentence_sv, identity, long_date, long_date_sv


def _frame(title: str, *body: str) -> list[str]:
    return [rf"\begin{{frame}}{{{latex_text(title)}}}", *body, r"\end{frame}", ""]


def _chart_frame(title: str, name: str, language: str) -> list[str]:
    path = chart_png(name, language)
    return _frame(title, rf"\centering\includegraphics[width=\linewidth]{{{path.as_posix()}}}")


def _items(lines, size: str = r"\Large") -> str:
    return size + "\n\\begin{itemize}\n" + "\n".join(rf"\item {line}" for line in lines) + "\n\\end{itemize}"


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
    night = latex_text(date(poland["date_start"] + pd.Timedelta(days=1)))
    if language == "en":
        key_facts = [
            rf"{night}: {latex_text(span(poland['count_min'], poland['count_max']))} drones over Poland; "
            rf"{latex_text(span(poland['shot_down_min'], poland['shot_down_max']))} shot down.",
            rf"{latex_text(date(romania['date_start']))}: a drone over Romania, about {romania['duration_minutes']:g} minutes.",
            rf"{latex_text(date(estonia['date_start']))}: {latex_text(span(estonia['count_min'], estonia['count_max']))} "
            rf"MiG-31s over Estonia, {estonia['duration_minutes']:g} minutes according to Estonia.",
        ]
    else:
        key_facts = [
            rf"{night}: {latex_text(span(poland['count_min'], poland['count_max']))} drönare över Polen; "
            rf"{latex_text(span(poland['shot_down_min'], poland['shot_down_max']))} sköts ned.",
            rf"{latex_text(date(romania['date_start']))}: en drönare över Rumänien, cirka {romania['duration_minutes']:g} minuter.",
            rf"{latex_text(date(estonia['date_start']))}: {latex_text(span(estonia['count_min'], estonia['count_max']))} "
            rf"MiG-31 över Estland, {estonia['duration_minutes']:g} minuter enligt Estland.",
        ]
    frames: list[str] = []
    frames += _frame(words["facts"], _items(key_facts))
    frames += _chart_frame(words["map"], "incidents-map", language)
    frames += _chart_frame(words["by_country"], "incidents-by-country", language)
    frames += _frame(
        words["a4a5"],
        r"\Large\begin{columns}[T]",
        rf"\column{{0.48\textwidth}}\textbf{{{latex_text(glossary.loc['article-4', term])}}}\par\medskip {latex_text(words['a4'])}",
        rf"\column{{0.48\textwidth}}\textbf{{{latex_text(glossary.loc['article-5', term])}}}\par\medskip {latex_text(words['a5'])}",
        r"\end{columns}",
    )
    frames += _chart_frame(words["a4_years"], "article4-by-decade", language)
    frames += _frame(words["fcs"], _items(words["fcs_items"]))
    frames += _frame(words["cards"], _items(words["cards_items"]))
    blocks = []
    for card in SLIDE_CARDS:
        claim_id = STARTER_CARDS[card]
        phrase = (
            claims.loc[claim_id, "article_phrase"]
            if language == "en"
            else claims_sv.loc[claim_id, "article_phrase_sv"]
        )
        quote = rf"``{latex_text(phrase)}''" if language == "en" else rf"”{latex_text(phrase)}”"
        note = rf" \small({latex_text(words['translation'])})" if words["translation"] else ""
        blocks.append(
            rf"\begin{{block}}{{\Large {words['card']} {claim_number(claim_id)}}}\Large {quote}{note}\end{{block}}"
        )
    frames += _frame(words["start"], *blocks)
    frames += _chart_frame(words["verdicts"], "audit-verdicts", language)
    frames += _chart_frame(words["us"], "us-stance", language)
    frames += _chart_frame(words["sweden"], "sweden-budget", language)
    questions = discussion_questions_table()
    titles = chapter_titles(language)
    column = "question" if language == "en" else "question_sv"
    for chapter in QUESTION_CHAPTERS:
        first = questions[
            (questions["chapter"] == chapter)
            & (questions["kind"] == "discussion")
            & (questions["number"] == 1)
        ]
        frames += _frame(
            f"{words['discuss']}: {titles[chapter]}", r"\Large " + latex_text(first[column].iloc[0])
        )
    frames += _frame(words["exit"], r"\Large " + words["exit_text"])
    who = identity()
    coverage = coverage_sentence() if language == "en" else coverage_sentence_sv()
    title = (
        who["title"]
        if language == "en"
        else "Drönare, stridsflyg och artikel 4: Rysslands luftrumskränkningar mot Natoländer och incidenterna i dess krig, 2025–2026"
    )
    babel = (
        r"\usepackage[english]{babel}"
        if language == "en"
        else r"\usepackage[english]{babel}\babelprovide[import,main]{swedish}"
    )
    return "\n".join(
        [
            r"\documentclass[aspectratio=169,11pt]{beamer}",
            r"\usepackage[utf8]{inputenc}",
            r"\usepackage[T1]{fontenc}",
            babel,
            r"\usepackage{tgheros}",
            r"\usetheme{default}",
            r"\setbeamertemplate{navigation symbols}{}",
            r"\setbeamertemplate{footline}[frame number]",
            r"\usepackage{xurl}",
            rf"\title{{{latex_text(title)}}}",
            rf"\subtitle{{{latex_text(words['subtitle'])}}}",
            rf"\date{{{latex_text(coverage)}}}",
            r"\begin{document}",
            r"\begin{frame}\titlepage\end{frame}",
            "",
            *frames,
            r"\end{document}",
            "",
        ]
    )
