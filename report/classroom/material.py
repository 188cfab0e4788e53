"""Material for the classroom: drawn from the data and from the classroom texts in
`classroom/`, so that the chapters, the classroom pages and the printed packs never drift
apart: each chapter's discussion questions and their model answers (data/discussion_questions.csv),
the glossary, the one-page timeline, the facts the texts quote, and the texts themselves."""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
import pandas as pd

from report.data.load import load_table
from report.foundation.escape import myst_text
from report.foundation.paths import ROOT

TEXTS = ROOT / "classroom"
# The chapters whose discussion questions the data holds, in reading order, and their short
# names in Swedish (the English names are the chapters' own titles).
QUESTION_CHAPTERS = [
    "10_incidents",
    "20_alliance",
    "30_us_stance",
    "40_sweden",
    "50_article_audit",
    "60_perspectives",
]
CHAPTER_NAMES_SV = {
    "10_incidents": "Incidenterna",
    "20_alliance": "Alliansens svar",
    "30_us_stance": "USA:s hållning",
    "40_sweden": "Sveriges retorik och agerande",
    "50_article_audit": "Granskningen av artikeln",
    "60_perspectives": "Perspektiven",
    "70_classroom": "Klassrumsguiden",
}
# Key events of September and October 2025 for the one-page timeline.
TIMELINE_INCIDENTS = ["2025-09-10-PL", "2025-09-13-RO", "2025-09-19-EE", "2025-09-19-PL", "2025-09-22-DK"]
TIMELINE_RESPONSES = [
    "nato-20250912-eastern-sentry-launch",
    "us-20250923-trump-yes-shoot-down",
    "pl-20250922-sikorski-unsc-warning",
    "eu-20251001-drone-wall-copenhagen",
]


class Markdown:
    """Markdown that the book renders as MyST (roles and directives work) on screen and in print."""

    def __init__(self, text: str):
        self.text = text

    def _repr_markdown_(self) -> str:
        return self.text

    def __repr__(self) -> str:
        return self.text


def chapter_title_and_label(notebook: Path) -> tuple[str, str | None]:
    first = nbformat.read(notebook, as_version=4).cells[0].source
    label = re.search(r"^\((chapter-[a-z-]+)\)=", first, re.M)
    title = re.search(r"^# (.+)$", first, re.M)
    if title is None:
        raise ValueError(f"{notebook}: the first cell has no '# title' line")
    return title.group(1).strip(), label.group(1) if label else None


def claim_number(claim_id: str) -> str:
    """'c07' -> '7': the number a claim card and the audit table show."""
    return claim_id.lstrip("c").lstrip("0")


# The claim cards the lesson plans start with, by what each is about; every page, pack and
# slide prints them by their one number (claim_number), never by a letter of its own.
STARTER_CARDS = {
    "card_article4": "c06",
    "card_baltics": "c07",
    "card_large_scale": "c02",
    "card_jonson": "c23",
    "card_efn": "c19",
}


def translation_sv(table: str, row_id: str, field: str) -> str:
    """The Swedish text of another table's cell (data/translations_sv.csv)."""
    rows = load_table("translations_sv")
    found = rows[(rows["table"] == table) & (rows["row_id"] == row_id) & (rows["field"] == field)]
    if found.empty:
        raise KeyError(
            f"data/translations_sv.csv has no Swedish {field!r} for {table} row {row_id!r}: add it"
        )
    return found["text_sv"].iloc[0]


def swedish_terms() -> pd.DataFrame:
    """The Swedish term list (data/terms_sv.csv): preferred forms and forms to avoid."""
    return load_table("terms_sv")


def country_sv(code: str) -> str:
    """A country's Swedish name, from the term list."""
    terms = swedish_terms().set_index("term_id")
    if f"country-{code}" not in terms.index:
        raise KeyError(f"data/terms_sv.csv has no Swedish name for country {code!r} (term_id country-{code})")
    return terms.loc[f"country-{code}", "preferred"]


def countries_sv(codes: str, sep: str = ";") -> str:
    names = [country_sv(code) for code in str(codes).split(sep) if code]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " och " + names[-1]


def discussion_questions_table() -> pd.DataFrame:
    return load_table("discussion_questions").sort_values(["chapter", "number"])


def _role_title(title: str) -> str:
    """A chapter title as the text of a {ref} role: role text is not unescaped, so instead of
    backslashes, the two characters that could end it are left out (titles come from the
    chapters, not from the data)."""
    return title.replace("`", "").replace("<", "").replace(">", "")


def _numbered(texts) -> str:
    return "\n".join(f"{number}. {myst_text(text)}" for number, text in enumerate(texts, start=1))


def discussion_questions(chapter: str, language: str = "en") -> Markdown:
    """A chapter's discussion questions as a numbered list, from the data (escaped)."""
    questions = discussion_questions_table()
    chosen = questions[(questions["chapter"] == chapter) & (questions["kind"] == "discussion")]
    if chosen.empty:
        raise ValueError(f"data/discussion_questions.csv has no discussion questions for chapter {chapter!r}")
    return Markdown(_numbered(chosen["question" if language == "en" else "question_sv"]))


def factual_questions(language: str = "en") -> Markdown:
    questions = discussion_questions_table()
    chosen = questions[questions["kind"] == "factual"].sort_values("number")
    return Markdown(_numbered(chosen["question" if language == "en" else "question_sv"]))


def questions_by_chapter(language: str = "en") -> Markdown:
    """Every chapter's discussion questions, under the chapter's name (a link on the site)."""
    parts = []
    for chapter in QUESTION_CHAPTERS:
        title, label = chapter_title_and_label(ROOT / "chapters" / f"{chapter}.ipynb")
        name = title if language == "en" else CHAPTER_NAMES_SV[chapter]
        heading = f"{{ref}}`{_role_title(name)} <{label}>`" if label else myst_text(name)
        parts.append(f"**{heading}**\n\n{discussion_questions(chapter, language).text}")
    return Markdown("\n\n".join(parts))


def model_answers(language: str = "en") -> Markdown:
    """Every discussion question with its model answer and the sources behind it (teachers only)."""
    questions = discussion_questions_table()
    parts = []
    for chapter in QUESTION_CHAPTERS:
        title, label = chapter_title_and_label(ROOT / "chapters" / f"{chapter}.ipynb")
        name = title if language == "en" else CHAPTER_NAMES_SV[chapter]
        parts.append(f"**{{ref}}`{_role_title(name)} <{label}>`**\n")
        chosen = questions[(questions["chapter"] == chapter) & (questions["kind"] == "discussion")]
        for _, row in chosen.iterrows():
            question = row["question" if language == "en" else "question_sv"]
            answer = row["model_answer" if language == "en" else "model_answer_sv"]
            cites = ",".join(i for i in str(row["source_ids"]).split(";") if i and i != "nan")
            cite = f" {{cite:p}}`{cites}`" if cites else ""
            parts.append(f"{row['number']}. *{myst_text(question)}*\n\n   {myst_text(answer)}{cite}\n")
    return Markdown("\n".join(parts))


def chapter_titles(language: str = "en") -> dict[str, str]:
    """{chapter notebook name: title} for the chapters with questions."""
    if language == "sv":
        return dict(CHAPTER_NAMES_SV)
    return {
        chapter: chapter_title_and_label(ROOT / "chapters" / f"{chapter}.ipynb")[0]
        for chapter in QUESTION_CHAPTERS + ["70_classroom"]
    }


def chapter_titles_by_label(language: str = "en") -> dict[str, str]:
    """{cross-reference label: title of the chapter or section it marks}, to print {ref} roles
    as words (chapters by their Swedish names in Swedish)."""
    titles = {}
    for notebook in sorted((ROOT / "chapters").glob("*.ipynb")):
        for cell in nbformat.read(notebook, as_version=4).cells:
            if cell.cell_type == "markdown":
                for label, title in re.findall(r"^\(([a-z0-9-]+)\)=\s*\n#+ (.+)$", cell.source, flags=re.M):
                    titles[label] = title.strip()
        title, label = chapter_title_and_label(notebook)
        if label and language == "sv" and notebook.stem in CHAPTER_NAMES_SV:
            titles[label] = CHAPTER_NAMES_SV[notebook.stem]
    return titles


def class_facts(language: str = "en") -> dict:
    """The figures the classroom texts quote, computed from the data, and the answers to the
    factual questions (as sentences) for the teacher key."""
    from report.foundation.glue import span
    from report.words.facts import FOCUS_END, KEY_INCIDENTS, key_figures, long_date, long_date_sv
    from report.words.wording import and_list

    date = long_date if language == "en" else long_date_sv
    claims = load_table("article_claims")
    incidents = load_table("incidents").set_index("incident_id")
    figures = load_table("incident_figures")
    article4 = load_table("article4")
    followed = incidents[incidents["date_start"] > FOCUS_END]
    held = article4[article4["status"] == "held"]
    claims_pl = figures[
        (figures["incident_id"] == KEY_INCIDENTS["poland"]) & (figures["measure"] == "objects_entered")
    ]
    claimant = (
        (lambda r: r["claimant"])
        if language == "en"
        else (lambda r: translation_sv("incident_figures", r["figure_id"], "claimant"))
    )
    # Each figure once, smallest first, with everyone who gives it (sorted, no repeats).
    by_figure: dict[str, list[str]] = {}
    for _, r in claims_pl.sort_values(["value_min", "value_max"]).iterrows():
        # The claimant without where it was read ("(via 24.hu)", "(to the Sejm)"): one name once.
        name = re.sub(r"\s*\([^()]*\)$", "", claimant(r))
        by_figure.setdefault(span(r["value_min"], r["value_max"]), []).append(name)
    who = "; ".join(
        f"{figure}: {and_list(names, language, sort=True)}" for figure, names in by_figure.items()
    )
    facts = {
        "n_claims": len(claims),
        "n_factual_claims": int((claims["claim_type"] == "factual").sum()),
        "n_arguments": int(claims["claim_type"].isin(["interpretation", "prediction"]).sum()),
        "followed_n": len(followed),
        "followed_countries": followed["country"].nunique(),
        "followed_violations": int((followed["category"] == "violation").sum()),
        "followed_first": date(followed["date_start"].min()),
        "followed_last": date(followed["date_start"].max()),
        "n_article4_held": len(held),
        **{name: claim_number(claim_id) for name, claim_id in STARTER_CARDS.items()},
    }
    key = key_figures()
    minutes = key["ee_minutes"]
    held_2025 = int((held["date"].dt.year == 2025).sum())
    if language == "en":
        answers = {
            "factual-1": f"{key['pl_drones'][:1].upper() + key['pl_drones'][1:]}, depending on the source ({who}). "
            f"{key['pl_shot_down'][:1].upper() + key['pl_shot_down'][1:]} were shot down. "
            "A good answer gives the range and who said what.",
            "factual-2": f'About {minutes} minutes according to Estonia; NATO said "over ten minutes"; Russia denied '
            "that they entered Estonian airspace.",
            "factual-3": "To consult, in the North Atlantic Council. It does not oblige anyone to act; collective "
            "defence is Article 5.",
            "factual-4": f"The data hold {len(held)} consultations, {held_2025} of them in September 2025. Counts in the "
            "press differ (see the alliance chapter).",
            "factual-5": "No request by either was found; the article's statement is contradicted (see the audit of the article).",
            "factual-6": "The reports read say no: the platform lies outside Polish territorial waters.",
        }
    else:
        answers = {
            "factual-1": f"{key['pl_drones_sv'][:1].upper() + key['pl_drones_sv'][1:]}, beroende på källa ({who}). "
            f"{key['pl_shot_down_sv'][:1].upper() + key['pl_shot_down_sv'][1:]} sköts ned. "
            "Ett bra svar anger spannet och vem som sa vad.",
            "factual-2": f"Ungefär {minutes} minuter enligt Estland; Nato sa ”mer än tio minuter”; Ryssland förnekade "
            "att planen var i estniskt luftrum.",
            "factual-3": "Att samråda i Nordatlantiska rådet. Den tvingar ingen att agera; kollektivt försvar är artikel 5.",
            "factual-4": f"Rapportens data har {len(held)} samråd, varav {held_2025} i september 2025. Siffrorna i pressen "
            "skiljer sig åt (se kapitlet om alliansens svar).",
            "factual-5": "Ingen begäran från något av länderna har hittats; artikelns uppgift motsägs av källorna "
            "(se granskningen av artikeln).",
            "factual-6": "Enligt de rapporter som lästs nej: plattformen ligger utanför Polens territorialvatten.",
        }
    facts["factual_answers"] = answers
    facts.update(_reading_facts(language))
    return facts


def government_budget(spending: pd.DataFrame) -> pd.Series:
    """Sweden's defence budget in SEK billion by year, as the government's budget states it: the
    rows whose basis is the government budget itself, not a plan or a later statement of it
    (a basis with a qualifier in brackets); matched by its start, so text after it does not
    hide a row."""
    rows = spending[
        spending["basis"].str.match(r"government budget(?!\s*\()") & spending["sek_billion"].notna()
    ]
    return rows.drop_duplicates("year").set_index("year")["sek_billion"].astype(float)


def _decimal(value: float, language: str) -> str:
    text = f"{value:g}"
    return text.replace(".", ",") if language == "sv" else text


def _reading_facts(language: str) -> dict:
    """The figures and dates the short readings quote (classroom/lasning-*.md), from the data."""
    from report.words.facts import SWEDISH_MONTHS, long_date, long_date_sv

    date = long_date if language == "en" else long_date_sv
    article4 = load_table("article4")
    held = article4[article4["status"] == "held"]
    us = load_table("us_statements")["stance"].value_counts()
    spending = load_table("sweden_spending")
    budget = government_budget(spending)
    members = load_table("nato_members").set_index("country")
    joined = date(members.loc["SE", "joined"])
    from report.words.facts import key_figures

    incidents = load_table("incidents").set_index("incident_id")
    responses = load_table("responses").set_index("response_id")
    statements = load_table("sweden_statements").set_index("statement_id")
    us_rows = load_table("us_statements").set_index("statement_id")
    day = (
        (lambda d: f"{d.day} {SWEDISH_MONTHS[d.month - 1]}")
        if language == "sv"
        else (lambda d: f"{d.day} {d:%B}")
    )
    poland = incidents.loc["2025-09-10-PL", "date_start"]
    return {
        **key_figures(),
        # "9 och 10 september 2025": one month name when the night stays in one month.
        "pl_night": (
            f"{poland.day} och "
            if (poland + pd.Timedelta(days=1)).month == poland.month
            else f"{day(poland)} och "
        )
        + f"{day(poland + pd.Timedelta(days=1))} {poland.year}",
        "ro_day": day(incidents.loc["2025-09-13-RO", "date_start"]),
        "ee_day": day(incidents.loc["2025-09-19-EE", "date_start"]),
        "sentry_day": day(responses.loc["nato-20250912-eastern-sentry-launch", "date_start"]),
        "se_support_day": day(statements.loc["se-2025-09-10-kristersson-full-support-poland", "date"]),
        "se_deliberate_day": day(statements.loc["se-2025-09-15-kristersson-drones-deliberate", "date"]),
        "us_mistake_day": day(us_rows.loc["us-2025-09-11-trump-could-have-been-a-mistake", "date"]),
        "us_shoot_day": day(us_rows.loc["us-2025-09-23-trump-nato-should-shoot-down", "date"]),
        "a4_first": int(held["date"].dt.year.min()),
        "a4_2025": int((held["date"].dt.year == 2025).sum()),
        "us_n": int(us.sum()),
        **{
            f"us_{stance}": int(us.get(stance, 0))
            for stance in ("affirm", "conditional", "downplay", "neutral")
        },
        "se_budget_2022": _decimal(float(budget.loc[2022]), language),
        "se_budget_2026": _decimal(float(budget.loc[2026]), language),
        "se_n_statements": len(load_table("sweden_statements")),
        "se_n_actions": len(load_table("sweden_actions")),
        "se_joined": ("den " if language == "sv" else "on ") + joined,
    }


# The short readings of the 90-minute lesson, one per group: (file in classroom/, title, the
# classroom chart it shows, the sources it rests on).
READINGS = [
    (
        "lasning-incidenterna",
        "Grupp 1: Incidenterna",
        "incidents-by-country",
        [
            "reuters-20250910-poland-downs-drones",
            "interfaxua-20250910-tusk-19-violations",
            "liga-20250912-przydacz-21-violations",
            "gandul-20250913-romania-drone",
            "estoniamfa-20250922-tsahkna-unsc",
            "saudigazette-20250920-russia-rejects-estonia",
        ],
    ),
    (
        "lasning-alliansen",
        "Grupp 2: Alliansens svar",
        "article4-by-decade",
        [
            "nato-20230718-article4-topic-en",
            "nato-20151221-collective-defence",
            "nato-20250923-nac-statement",
            "twz-20250912-eastern-sentry-fighters-frigate",
            "pravdaua-20250911-latvia-airspace",
        ],
    ),
    (
        "lasning-usa",
        "Grupp 3: USA:s hållning",
        "us-stance",
        [
            "newrepublic-20250912-tusk-trump-mistake",
            "kyivindependent-20250912-us-unsc-every-inch",
            "interfaxua-20250923-trump-shoot-down",
            "globalnews-20250923-trump-ukraine-territory",
            "ft-20250925-officials-fear-blame",
        ],
    ),
    (
        "lasning-sverige",
        "Grupp 4: Sverige",
        "sweden-budget",
        [
            "8sidor-20250910-polen-skot-ner",
            "marcusoscarsson-20250915-dronare-nedskjuten",
            "anews-20250923-jonson-berlin",
            "8sidor-20250929-sverige-hjalper-danmark",
            "riksdagen-20211209-fou1-uo6-2022",
            "nyheter24-20250915-27-miljarder",
        ],
    ),
]


def readings() -> list[dict]:
    """The Swedish readings with their figures filled in from the data: title, Markdown text,
    word count, chart name and source ids."""
    out = []
    for name, title, chart, sources in READINGS:
        body = text(name, "sv")
        out.append(
            {
                "name": name,
                "title": title,
                "text": body,
                "words": len(body.split()),
                "chart": chart,
                "source_ids": sources,
            }
        )
    return out


FACT = re.compile(r"\{\{fact:([a-z_0-9]+)\}\}")


def text(name: str, language: str = "en") -> str:
    """A classroom text (classroom/<name>.md) with its {{fact:...}} figures filled in from the data."""
    facts = class_facts(language)
    source = (TEXTS / f"{name}.md").read_text(encoding="utf-8")

    def fill(match: re.Match) -> str:
        if match.group(1) not in facts:
            raise KeyError(
                f"classroom/{name}.md quotes {{{{fact:{match.group(1)}}}}}, which report.classroom.material.class_facts does not compute"
            )
        return str(facts[match.group(1)])

    return FACT.sub(fill, source)


def timeline_events(language: str = "en") -> list[tuple[pd.Timestamp, str]]:
    """The one-page timeline of September-October 2025: key incidents, Article 4 consultations
    and responses, each in the first sentence of its row's own summary (in Swedish, the row's
    translation in data/translations_sv.csv)."""
    from report.words.labels import countries, country

    incidents = load_table("incidents")
    article4 = load_table("article4")
    responses = load_table("responses")
    held = article4[(article4["status"] == "held") & (article4["date"].dt.year == 2025)]
    chosen_incidents = incidents[incidents["incident_id"].isin(TIMELINE_INCIDENTS)]
    chosen_responses = responses[responses["response_id"].isin(TIMELINE_RESPONSES)]
    if language == "sv":
        events = [
            (r["date_start"], translation_sv("incidents", r["incident_id"], "summary"))
            for _, r in chosen_incidents.iterrows()
        ]
        events += [
            (
                r["date"],
                f"Nordatlantiska rådet: samråd enligt artikel 4 på begäran av {countries_sv(r['requesters'])}.",
            )
            for _, r in held.iterrows()
        ]
        events += [
            (r["date_start"], translation_sv("responses", r["response_id"], "description"))
            for _, r in chosen_responses.iterrows()
        ]
        return sorted(events, key=lambda event: event[0])
    events = [
        (r["date_start"], f"{country(r['country'])}: {r['summary'].split('. ')[0].rstrip('.')}.")
        for _, r in chosen_incidents.iterrows()
    ]
    events += [
        (
            r["date"],
            f"North Atlantic Council: Article 4 consultations at the request of {countries(r['requesters'])}.",
        )
        for _, r in held.iterrows()
    ]
    events += [
        (r["date_start"], r["description"].split(". ")[0].rstrip(".") + ".")
        for _, r in chosen_responses.iterrows()
    ]
    return sorted(events, key=lambda event: event[0])


def glossary_directive(glossary: pd.DataFrame) -> Markdown:
    """A Sphinx glossary (each term gets an anchor) with the sources of each definition.

    Terms and definitions are data: escaped, so they read as typed and cannot add markup.
    Source ids are safe to place in a role: the loader holds them to `[a-z0-9-]` slugs."""
    lines = [":::{glossary}", ":sorted:", ""]
    for _, row in glossary.iterrows():
        cites = ",".join(row["source_ids"].split(";"))
        lines += [myst_text(row["term"]), f"  {myst_text(row['definition'])} {{cite:p}}`{cites}`", ""]
    lines.append(":::")
    return Markdown("\n".join(lines))


def factual_answers(language: str = "en") -> Markdown:
    """The factual questions with their answers, computed from the data (teachers only)."""
    answers = class_facts(language)["factual_answers"]
    questions = discussion_questions_table()
    factual = questions[questions["kind"] == "factual"].sort_values("number")
    column = "question" if language == "en" else "question_sv"
    return Markdown(
        "\n".join(
            f"- **{myst_text(row[column])}** {myst_text(answers[row['question_id']])}"
            for _, row in factual.iterrows()
        )
    )


def glossary_list(glossary: pd.DataFrame, language: str = "sv") -> Markdown:
    """The glossary as a definition list in another language (the Sphinx glossary, with its
    term anchors, stays the English one), sorted as that language sorts."""
    term, definition = ("term", "definition") if language == "en" else ("term_sv", "definition_sv")
    order = "abcdefghijklmnopqrstuvwxyzåäö"
    key = lambda word: [order.index(ch) if ch in order else 100 + ord(ch) for ch in word.lower()]  # noqa: E731
    rows = sorted(glossary.itertuples(index=False), key=lambda row: key(getattr(row, term)))
    return Markdown(
        "\n\n".join(
            f"{myst_text(getattr(row, term))}\n: {myst_text(getattr(row, definition))}" for row in rows
        )
    )


def launch_links(repository_url: str | None = None, branch: str = "main") -> Markdown | None:
    """Binder and Colab links that open the classroom exercise, when the book's repository
    address is set (`repository.url` in _config.yml, a GitHub address); None otherwise, so
    the page shows nothing (not an empty box)."""
    from urllib.parse import urlsplit

    from report.foundation.escape import url
    from report.words.facts import identity

    address = repository_url if repository_url is not None else identity().get("repository", "")
    parts = urlsplit(address or "")
    if parts.netloc != "github.com" or len(parts.path.strip("/").split("/")) != 2:
        return None
    owner_repo = parts.path.strip("/")
    binder = url(f"https://mybinder.org/v2/gh/{owner_repo}/{branch}?labpath=classroom%2Fdata-exercise.ipynb")
    colab = url(
        f"https://colab.research.google.com/github/{owner_repo}/blob/{branch}/classroom/data-exercise.ipynb"
    )
    return Markdown(
        f"Or run it online, without installing anything: [open in Binder]({binder}) · [open in Colab]({colab})"
    )


def notebook_section(stem: str, heading: str, facts: dict, until: str | None = None) -> str:
    """The Markdown of a page's section, from its heading to the next heading of the same level
    (or up to the heading `until`), with its glued figures written in from `facts` (the values
    the page glues)."""
    cells = [
        cell.source
        for cell in nbformat.read(ROOT / "chapters" / f"{stem}.ipynb", as_version=4).cells
        if cell.cell_type == "markdown"
    ]
    text = "\n\n".join(cells)
    if heading not in text or (until and until not in text):
        raise ValueError(
            f"chapters/{stem}.ipynb has no section {heading!r}" + (f" or {until!r}" if until else "")
        )
    section = text.split(heading, 1)[1]
    if until:
        section = heading + section.split(until, 1)[0]
    else:
        level = len(heading) - len(heading.lstrip("#"))
        ending = re.search(rf"^#{{1,{level}}} ", section, flags=re.M)
        section = (section[: ending.start()] if ending else section).lstrip("\n")
    section = re.sub(r"^\([a-z0-9-]+\)=\s*$", "", section, flags=re.M)  # cross-reference targets

    def value(match: re.Match) -> str:
        if match.group(1) not in facts:
            raise KeyError(
                f"chapters/{stem}.ipynb glues {match.group(1)!r} in {heading!r}; report.classroom.material.class_facts does not compute it"
            )
        return str(facts[match.group(1)])

    return re.sub(r"\{glue:text\}`([a-z_0-9]+)(?::[^`]*)?`", value, section)
