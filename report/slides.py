"""A short slide deck for class (LaTeX beamer, built offline with the packs): the map, the
timeline, Article 4 against Article 5, the verdict chart and the discussion prompts.

Every figure is the chart the book exports to `figures/`; every number and every text comes
from the data (the glossary's definitions, the claims, the questions) and is escaped.
"""

from __future__ import annotations

import pandas as pd

from .classroom import (QUESTION_CHAPTERS, chapter_titles, claim_number, class_facts, discussion_questions_table,
                        timeline_events)
from .data import load_all
from .escape import latex_text
from .facts import coverage_sentence, identity, long_date
from .glue import span
from .paths import figures_dir

# The claims the classroom guide suggests starting with (Article 4's meaning, Lithuania and
# Latvia, the size of the operation over Poland).
STARTER_CLAIMS = ["c06", "c07", "c02"]


def _frame(title: str, *body: str, options: str = "") -> list[str]:
    return [rf"\begin{{frame}}{options}{{{latex_text(title)}}}", *body, r"\end{frame}", ""]


def _figure(name: str, height: str = "0.78\\textheight") -> str:
    path = figures_dir() / f"{name}.png"
    if not path.is_file():
        raise FileNotFoundError(f"the slides need figures/{name}.png: build the chapters first")
    return rf"\centering\includegraphics[height={height},width=\linewidth,keepaspectratio]{{{path.as_posix()}}}"


def _items(lines) -> str:
    return "\\begin{itemize}\n" + "\n".join(rf"\item {line}" for line in lines) + "\n\\end{itemize}"


def slides_tex() -> str:
    tables = load_all()
    incidents = tables["incidents"].set_index("incident_id")
    glossary = tables["glossary"].set_index("term")
    claims = tables["article_claims"].set_index("claim_id")
    facts = class_facts("en")
    poland, romania, estonia = (incidents.loc[i] for i in ("2025-09-10-PL", "2025-09-13-RO", "2025-09-19-EE"))
    who = identity()
    frames: list[str] = []
    frames += _frame("What happened in September 2025", _items([
        rf"Night to {latex_text(long_date(poland['date_start'] + pd.Timedelta(days=1)))}: drones over Poland, "
        rf"{latex_text(span(poland['count_min'], poland['count_max']))} by the sources' different counts; "
        rf"{latex_text(span(poland['shot_down_min'], poland['shot_down_max']))} shot down.",
        rf"{latex_text(long_date(romania['date_start']))}: a drone in Romanian airspace, about "
        rf"{romania['duration_minutes']:g} minutes.",
        rf"{latex_text(long_date(estonia['date_start']))}: {latex_text(span(estonia['count_min'], estonia['count_max']))} "
        rf"MiG-31s over Estonia, about {estonia['duration_minutes']:g} minutes according to Estonia.",
        "Poland and Estonia asked for consultations under Article 4; NATO launched Eastern Sentry.",
        rf"After November 2025: {facts['followed_n']} more incidents in the data, {latex_text(facts['followed_first'])} "
        rf"to {latex_text(facts['followed_last'])}.",
    ]))
    frames += _frame("Where: every incident in the data", _figure("incidents-map"))
    frames += _frame("When: the incidents over time", _figure("incidents-timeline"))
    # The timeline runs over as many slides as it needs (beamer breaks the frame).
    frames += _frame("September and October 2025", r"\footnotesize" + _items(
        [rf"\textbf{{{latex_text(long_date(day))}}}: {latex_text(event)}" for day, event in timeline_events()]),
        options="[allowframebreaks]")
    frames += _frame("Article 4 against Article 5", r"\begin{columns}[T]",
                     r"\column{0.48\textwidth}\textbf{Article 4: consult}\par\small " + latex_text(glossary.loc["Article 4", "definition"]),
                     r"\column{0.48\textwidth}\textbf{Article 5: defend}\par\small " + latex_text(glossary.loc["Article 5", "definition"]),
                     r"\end{columns}")
    frames += _frame("Article 4 consultations since 1949", _figure("article4-consultations"))
    frames += _frame("Fact, claim or opinion?", _items([
        r"\textbf{Fact}: can be checked against sources (a government statement, a treaty text, a news agency's report).",
        r"\textbf{Claim}: stated by one party and not confirmed by others; write ``according to \dots''.",
        r"\textbf{Opinion}: a judgement about what something means or what should be done.",
        rf"The article under analysis makes {facts['n_claims']} claims: {facts['n_factual_claims']} checkable facts and "
        rf"{facts['n_arguments']} interpretations and predictions.",
    ]))
    frames += _frame("Claim cards: start with these", *[
        rf"\begin{{block}}{{Claim {claim_number(claim_id)} (the article, paragraph {int(claims.loc[claim_id, 'paragraph'])})}}"
        rf"``{latex_text(claims.loc[claim_id, 'article_phrase'])}''\end{{block}}" for claim_id in STARTER_CLAIMS])
    frames += _frame("How the article's factual claims hold up", _figure("audit-verdicts"))
    questions = discussion_questions_table()
    titles = chapter_titles("en")
    prompts = [(titles[chapter], questions[(questions["chapter"] == chapter) & (questions["kind"] == "discussion")
                                           & (questions["number"] == 1)]["question"].iloc[0]) for chapter in QUESTION_CHAPTERS]
    for part, chunk in enumerate((prompts[:3], prompts[3:]), start=1):
        frames += _frame(f"Discuss ({part} of 2)", r"\small" + _items(
            [rf"\textbf{{{latex_text(title)}}}\\ {latex_text(question)}" for title, question in chunk]))
    frames += _frame("Where to go next", _items([
        "The report online: every chart interactive, every source linked, the data to download.",
        "The student pack (claim cards, worksheet, source packs, questions, glossary, timeline) and the teacher key.",
        latex_text(coverage_sentence()) + ".",
    ]))
    return "\n".join([
        r"\documentclass[aspectratio=169,11pt]{beamer}",
        r"\usepackage[utf8]{inputenc}", r"\usepackage[T1]{fontenc}", r"\usepackage[english]{babel}",
        r"\usepackage{tgheros}", r"\usetheme{default}", r"\setbeamertemplate{navigation symbols}{}",
        r"\setbeamertemplate{footline}[frame number]", r"\usepackage{xurl}",
        rf"\title{{{latex_text(who['title'])}}}", r"\subtitle{Slides for class}",
        rf"\author{{{latex_text(who['author'])}}}", rf"\date{{{latex_text(coverage_sentence())}}}",
        r"\begin{document}", r"\begin{frame}\titlepage\end{frame}", "", *frames, r"\end{document}", ""])
