"""The classroom packs as PDFs: a student pack and a teacher key, in English and in Swedish.

Everything in them comes from the data (claims, source packs, questions and model answers,
the glossary, the timeline) or from the classroom texts in `classroom/` (worksheet steps,
teacher notes), rendered as LaTeX with every text escaped. The student pack holds no answer:
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
from report.foundation.escape import latex_text, url
from report.rendering.markdown_latex import to_latex
from report.rendering.tables import source_links
from report.words.facts import coverage_sentence, coverage_sentence_sv, identity, long_date, long_date_sv
from report.words.labels import labels

PACKS = {  # file name -> (language, audience)
    "student-pack-en": ("en", "student"),
    "teacher-key-en": ("en", "teacher"),
    "student-pack-sv": ("sv", "student"),
    "teacher-key-sv": ("sv", "teacher"),
}

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

PREAMBLE = r"""\documentclass[a4paper,11pt,oneside]{article}
\usepackage[utf8]{inputenc}
\usepackage[T2A,T1]{fontenc}
BABEL
\usepackage{sphinxpackagesubstitutefont}
\usepackage[TtwoA]{sphinxpackagecyrillic}
\usepackage{tgtermes}\usepackage{tgheros}
\substitutefont{T2A}{\rmdefault}{cmr}\substitutefont{T2A}{\sfdefault}{cmss}\substitutefont{T2A}{\ttdefault}{cmtt}
\usepackage[margin=2cm]{geometry}
\usepackage{array,tabularx,ragged2e,xurl,enumitem,mdframed,needspace,graphicx}
\usepackage[hidelinks,pdfusetitle]{hyperref}
\setlength{\emergencystretch}{3em}
\setlength{\parindent}{0pt}\setlength{\parskip}{0.6ex}
\urlstyle{same}
\DeclareUnicodeCharacter{200B}{\hspace{0pt}}
"""


def _lines(count: int) -> str:
    return "\n".join([r"\par\vspace{0.55cm}\hrule"] * count) + "\n"


def _swedish_claims() -> pd.DataFrame:
    return load_all()["article_claims_sv"].set_index("claim_id")


def _claim_cards(tables, words, language) -> list[str]:
    claims = tables["article_claims"].sort_values("order")
    out = [r"\newpage", rf"\section*{{{words['cards']}}}", ""]
    if language == "sv":
        swedish = _swedish_claims()
        out += [latex_text(words["cards_intro"]), ""]
    for _, claim in claims.iterrows():
        number = claim_number(claim["claim_id"])
        out += [
            r"\needspace{6\baselineskip}\begin{mdframed}",
            rf"\textbf{{{words['card']} {number}}}\hfill {latex_text(words['para'])} {int(claim['paragraph'])}\par",
        ]
        if language == "en":
            out += [
                rf"\emph{{``{latex_text(claim['article_phrase'])}''}}\par",
                rf"\small {latex_text(claim['paraphrase'])}",
            ]
        else:
            row = swedish.loc[claim["claim_id"]]
            original = row["original_sv"]
            if isinstance(original, str) and original:
                out.append(rf"\emph{{”{latex_text(original)}”}}\par\small {latex_text(words['original'])}")
            else:
                out += [
                    rf"\emph{{”{latex_text(row['article_phrase_sv'])}”}}\par",
                    rf"\small {latex_text(words['translation'])}. Engelska: \foreignlanguage{{english}}{{”{latex_text(claim['article_phrase'])}”}}",
                ]
        out += [r"\end{mdframed}", ""]
    return out


def _readings(words) -> list[str]:
    """The four short readings of the 90-minute lesson, each with its chart and its sources."""
    from report.classroom.material import readings
    from report.classroom.slide_charts import chart_png

    out = []
    for reading in readings():
        chart = chart_png(reading["chart"], "sv")
        out += [
            r"\newpage",
            rf"\section*{{{latex_text(reading['title'])}}}",
            to_latex(reading["text"]),
            rf"\begin{{center}}\includegraphics[width=0.8\linewidth]{{{chart.as_posix()}}}\end{{center}}",
            rf"\subsection*{{{words['sources']}}}",
            r"\begin{itemize}[leftmargin=*,itemsep=0pt]\small",
        ]
        for source_id in reading["source_ids"]:
            for name, address in source_links(source_id):
                out.append(
                    rf"\item {latex_text(name)}: \url{{{url(address)}}}"
                    if address
                    else rf"\item {latex_text(name)}"
                )
        out += [r"\end{itemize}", ""]
    return out


# Where the texts the packs print are written: a section of a classroom page.
WORKSHEET = {
    "en": ("70_classroom", "## Source-criticism exercise: the article"),
    "sv": ("sv_lektioner", "### Arbetsgång"),
}
TEACHER_NOTES = {
    "en": ("71_teacher_key", "## Teacher notes", "## Model answers to the discussion questions"),
    "sv": ("sv_larare", "## Förberedelser och tidsåtgång", "## Svar på faktafrågorna"),
}


def _page_text(where: tuple, language: str) -> str:
    return to_latex(
        notebook_section(*where[:2], class_facts(language), *where[2:]), chapter_titles_by_label(language)
    )


def _worksheet(words, language) -> list[str]:
    return [
        r"\newpage",
        rf"\section*{{{words['worksheet']}}}",
        _page_text(WORKSHEET[language], language),
        rf"\subsection*{{{words['write']}}}",
        _lines(14),
    ]


def _source_packs(tables, words, language) -> list[str]:
    packs = tables["source_packs"]
    sources = tables["sources"].set_index("source_id")
    out = [r"\newpage", rf"\section*{{{words['packs']}}}", latex_text(words["packs_intro"]), ""]
    for claim_id, group in packs.groupby("claim_id", sort=True):
        number = claim_number(claim_id)
        out += [rf"\subsection*{{{words['card']} {number}}}", r"\begin{itemize}[leftmargin=*]"]
        for _, row in group.iterrows():
            source = sources.loc[row["source_id"]]
            who = "; ".join(latex_text(name) for name, _ in source_links(row["source_id"]))
            # In Swedish the title (in the source's own language) is left out: the key point says
            # what the source shows, and the address leads to it.
            point = row["key_point"] if language == "en" else row["key_point_sv"]
            title = f"{latex_text(source['title'])}. " if language == "en" else ""
            out.append(
                rf"\item \textbf{{{who}}}: {title}{latex_text(point)}"
                rf" \url{{{url(source['url'])}}}"
            )
        out += [r"\end{itemize}", ""]
    return out


def _questions(tables, words, language, answers: bool) -> list[str]:
    questions = discussion_questions_table()
    titles = chapter_titles(language)
    text_column = "question" if language == "en" else "question_sv"
    answer_column = "model_answer" if language == "en" else "model_answer_sv"
    discussion = questions[questions["kind"] == "discussion"]
    out = [r"\newpage", rf"\section*{{{words['answers'] if answers else words['questions']}}}"]
    for chapter, group in discussion.groupby("chapter", sort=True):
        out.append(rf"\subsection*{{{latex_text(titles[chapter])}}}")
        out.append(r"\begin{enumerate}[leftmargin=*]")
        for _, row in group.sort_values("number").iterrows():
            item = (
                rf"\item \textbf{{{latex_text(row[text_column])}}}"
                if answers
                else rf"\item {latex_text(row[text_column])}"
            )
            if answers:
                item += rf"\par {latex_text(row[answer_column])}"
                ids = [i for i in str(row["source_ids"]).split(";") if i and i != "nan"]
                if ids:
                    names = [latex_text(name) for i in ids for name, _ in source_links(i)]
                    item += rf"\par\small {words['sources']}: " + "; ".join(names) + r"\normalsize"
            out.append(item)
        out.append(r"\end{enumerate}")
    if not answers:
        factual = questions[questions["kind"] == "factual"].sort_values("number")
        out += [rf"\section*{{{words['factual']}}}", r"\begin{enumerate}[leftmargin=*]"]
        out += [rf"\item {latex_text(row[text_column])}" + _lines(2) for _, row in factual.iterrows()]
        out.append(r"\end{enumerate}")
    return out


def _factual_answers(words, language) -> list[str]:
    facts = class_facts(language)
    questions = discussion_questions_table()
    factual = questions[questions["kind"] == "factual"].sort_values("number")
    column = "question" if language == "en" else "question_sv"
    out = [rf"\section*{{{words['factual_answers']}}}", r"\begin{enumerate}[leftmargin=*]"]
    for _, row in factual.iterrows():
        out.append(
            rf"\item \textbf{{{latex_text(row[column])}}}\par {latex_text(facts['factual_answers'][row['question_id']])}"
        )
    out.append(r"\end{enumerate}")
    return out


def _glossary(tables, words, language) -> list[str]:
    glossary = tables["glossary"]
    term, definition = ("term", "definition") if language == "en" else ("term_sv", "definition_sv")
    glossary = glossary.sort_values(term, key=lambda s: s.str.lower())
    out = [
        r"\newpage",
        rf"\section*{{{words['glossary']}}}",
        r"\begin{description}[style=unboxed,leftmargin=0pt]",
    ]
    out += [
        rf"\item[{{{latex_text(row[term])}}}] {latex_text(row[definition])}" for _, row in glossary.iterrows()
    ]
    out.append(r"\end{description}")
    return out


def _timeline(words, language) -> list[str]:
    date = long_date if language == "en" else long_date_sv
    out = [
        r"\newpage",
        rf"\section*{{{words['timeline']}}}",
        r"\begin{description}[style=nextline,leftmargin=0pt]",
    ]
    out += [
        rf"\item[{latex_text(date(day))}] {latex_text(event)}" for day, event in timeline_events(language)
    ]
    out.append(r"\end{description}")
    return out


def _claim_key(tables, words, language) -> list[str]:
    claims = tables["article_claims"].sort_values("order")
    types, verdicts = (
        labels("article_claims", "claim_type", language),
        labels("article_claims", "verdict", language),
    )
    swedish = _swedish_claims() if language == "sv" else None
    out = [
        r"\newpage",
        rf"\section*{{{words['key']}}}",
        r"\begin{description}[style=nextline,leftmargin=0pt]",
    ]
    for _, claim in claims.iterrows():
        number = claim_number(claim["claim_id"])
        verdict = "" if pd.isna(claim["verdict"]) else f"; {words['verdict']}: {verdicts[claim['verdict']]}"
        if language == "en":
            phrase, evidence = rf"``{latex_text(claim['article_phrase'])}''", claim["evidence"]
        else:
            phrase, evidence = (
                rf"”{latex_text(swedish.loc[claim['claim_id'], 'article_phrase_sv'])}”",
                swedish.loc[claim["claim_id"], "evidence_sv"],
            )
        out.append(
            rf"\item[{words['card']} {number}: {phrase}]"
            rf"{words['type']}: {latex_text(types[claim['claim_type']])}{latex_text(verdict)}.\par"
            rf"\small {latex_text(evidence)}\normalsize"
        )
    out.append(r"\end{description}")
    return out


def pack_tex(name: str) -> str:
    language, audience = PACKS[name]
    words = WORDS[language]
    tables = load_all()
    who = identity()
    coverage = coverage_sentence() if language == "en" else coverage_sentence_sv()
    body: list[str] = []
    if audience == "student":
        body += _readings(words) if language == "sv" else []
        body += (
            _claim_cards(tables, words, language)
            + _worksheet(words, language)
            + _source_packs(tables, words, language)
        )
        body += _questions(tables, words, language, answers=False) + _glossary(tables, words, language)
        body += _timeline(words, language)
    else:
        body += [rf"\section*{{{words['notes']}}}", _page_text(TEACHER_NOTES[language], language)]
        body += _factual_answers(words, language) + _claim_key(tables, words, language)
        body += _questions(tables, words, language, answers=True)
    # Swedish hyphenation and words from babel's Swedish locale (an .ini file in TeX Live's
    # babel; the older swedish.ldf is not in the Debian packages the build installs).
    babel = (
        r"\usepackage[english]{babel}"
        if language == "en"
        else r"\usepackage[english]{babel}\babelprovide[import,main]{swedish}"
    )
    return "\n".join(
        [
            PREAMBLE.replace("BABEL", babel),
            rf"\title{{{latex_text(words.get('title', who['title']))}\\[1ex]\large {latex_text(words[audience])}}}",
            rf"\author{{{latex_text(words.get('author', who['author']))}}}",
            # The document's title in the reader's title bar: the words alone, not the line break.
            rf"\hypersetup{{pdftitle={{{latex_text(words.get('title', who['title']))} – {latex_text(words[audience])}}}}}",
            rf"\date{{{latex_text(coverage)}}}",
            r"\begin{document}",
            r"\maketitle",
            *body,
            r"\end{document}",
            "",
        ]
    )


def documents() -> dict:
    """Every classroom PDF the build makes: {file name: function writing its LaTeX}."""
    from functools import partial

    from report.pdf.slides import slides_tex

    return {
        **{name: partial(pack_tex, name) for name in PACKS},
        "slides-en": partial(slides_tex, "en"),
        "slides-sv": partial(slides_tex, "sv"),
    }
