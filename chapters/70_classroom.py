# ---
# jupyter:
#   jupytext:
#     formats: ipynb,py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
#       format_version: '1.3'
#       jupytext_version: 1.19.7
# ---

# %% [markdown]
# (chapter-classroom)=
# # Classroom guide
#
# :::{admonition} In this chapter
# :class: tip
# - two lesson plans, for 45 and for 90 minutes;
# - the discussion questions of every chapter, in one place;
# - a source-criticism exercise with the opinion article, and a data exercise to run;
# - a glossary and a one-page timeline to print; the model answers are on a page of their own
#   for teachers.
# :::
#
# The report is written for upper-secondary and university students in history, civics,
# politics or media studies. Students need no prior knowledge of NATO; the glossary at the end
# of this chapter explains the terms. The aim is less to teach what happened than to practise
# telling facts, claims and opinions apart on a contested subject.

# %% [markdown]
# ```{only} html
# **Printed packs.** To print for a class: the <a href="../packs/student-pack-en.pdf">student pack</a> (claim cards, worksheet, source packs, questions, glossary, timeline; no answers) and, for teachers, the <a href="../packs/teacher-key-en.pdf">teacher key</a> (model answers, timings, routes for school and university, a note on sensitive topics). In Swedish: <a href="../packs/student-pack-sv.pdf" hreflang="sv">elevhäfte</a> and <a href="../packs/teacher-key-sv.pdf" hreflang="sv">lärarhandledning med facit</a>; for the board, <a href="../packs/slides-en.pdf">slides</a> (<a href="../packs/slides-sv.pdf" hreflang="sv">på svenska</a>) (the map, the timeline, Article 4 against Article 5, the verdicts, the discussion prompts). The Swedish pages hold <a href="sv_lektioner.html" hreflang="sv">the lessons and exercises</a> and <a href="sv_larare.html" hreflang="sv">the teacher's guide</a>.
# ```
#

# %% tags=["hide-input"]
import matplotlib.pyplot as plt
import pandas as pd

from report.classroom.material import (
    STARTER_CARDS,
    claim_number,
    factual_questions,
    glossary_directive,
    launch_links,
    questions_by_chapter,
    timeline_events,
)
from report.data.load import load_table
from report.foundation.glue import glue
from report.rendering.charts import matplotlib_chart
from report.rendering.preamble import setup_chapter
from report.rendering.tables import table
from report.rendering.theme import OKABE_ITO

setup_chapter()
incidents = load_table("incidents")

# %% [markdown]
# ## A 45-minute lesson
#
# | Time | Activity | Material |
# |---|---|---|
# | 0-5 min | Ask: "What do you know about drones over Poland in 2025?" Note answers on the board, without correcting them yet. | none |
# | 5-15 min | Read {ref}`the introduction <chapter-intro>` together, with its map. Students list three facts and the source of each. | the introduction |
# | 15-30 min | In pairs, the source-criticism exercise below on two claims of the article. | the article, {ref}`the audit of the article <chapter-audit>` |
# | 30-40 min | Pairs report back. Compare their verdicts with the audit table. Where do they differ, and why? | {ref}`the audit's table of claims <chapter-audit-table>` |
# | 40-45 min | Return to the board: which of the opening answers were facts, which claims, which opinions? | the board |
#
# ## A 90-minute lesson
#
# | Time | Activity | Material |
# |---|---|---|
# | 0-10 min | Opening question as above; hand out the one-page timeline. | timeline handout |
# | 10-30 min | Groups of four each take one chapter: {ref}`the incidents chapter <chapter-incidents>`, {ref}`the alliance chapter <chapter-alliance>`, {ref}`the US chapter <chapter-us>` or {ref}`the Sweden chapter <chapter-sweden>`. Each group prepares a three-minute summary with one chart. | chapters |
# | 30-45 min | Groups present; the class adds events to the timeline. | timeline handout |
# | 45-65 min | The source-criticism exercise, then the perspectives matrix: each group argues one actor's view in its own terms. | {ref}`the perspectives chapter <chapter-perspectives>` |
# | 65-80 min | The data exercise below, in a notebook or on the teacher's screen. | this chapter |
# | 80-90 min | Discussion questions from the chapters; exit ticket: "one thing I would check before sharing a post about this". | below |
#
# ## Discussion questions, chapter by chapter
#
# The questions are those printed at the end of each chapter, gathered here.

# %% tags=["hide-input"]
questions_by_chapter()

# %% tags=["hide-input"]
claims = load_table("article_claims")
glue("n_factual_claims", int((claims["claim_type"] == "factual").sum()))
for (
    key,
    claim_id,
) in STARTER_CARDS.items():  # the claim cards' one number, as in the packs and slides
    glue(key, claim_number(claim_id))

# %% [markdown]
# ## Source-criticism exercise: the article
#
# The article under analysis ({ref}`the audit of the article <chapter-audit>`) makes {glue:text}`n_factual_claims`
# checkable factual claims alongside its interpretations. Give students the article and ask,
# for two or three claims:
#
# 1. **What exactly is claimed?** Write the claim in one sentence of your own.
# 2. **Is it a fact, an interpretation or a prediction?** Could any evidence settle it?
# 3. **Where does it come from?** Does the article name a source? Is that source the original,
#    or a report of a report?
# 4. **What do primary sources say?** Look for the government, NATO or treaty text; then for a
#    news agency's report. Use the sources cited in the report's data.
# 5. **Verdict.** Supported, partly supported, unsupported, contradicted, or not verifiable?
#    Give the reason in one sentence.
#
# Good claims to start with are what the article says Article 4 does (card {glue:text}`card_article4`),
# whether Lithuania and Latvia invoked Article 4 (card {glue:text}`card_baltics`), and how large the
# operation over Poland was (card {glue:text}`card_large_scale`); the cards carry the same numbers in the
# packs, the teacher key and the slides. The audit table gives the
# report's verdicts for comparison; students may disagree with them, if they can say why.
#
# ## Data exercise: change a filter, redraw a chart
#
# With no install at all (a school Chromebook will do), the same exercise is a spreadsheet:
# <a href="../downloads/dataovning.xlsx" download>the workbook (xlsx)</a> opens in Excel, Google
# Sheets and LibreOffice, with the tasks in English and Swedish; type a country code in cell B1
# of the sheet *Per month* and the table and chart recount. Students can also run this exercise
# in any Jupyter installation: download
# <a href="../downloads/data-exercise.zip" download>the exercise notebook with its data (zip)</a>
# (or <a href="../downloads/data-exercise.ipynb" download>the notebook alone</a>), unpack it and open
# `data-exercise.ipynb`; its first cell lists the steps. It counts the
# incidents in one country by month. Change `COUNTRY` to another code (`"RO"`, `"EE"`, `"DK"`,
# `"DE"`...) or `CATEGORY` to `"sighting"` and run it again. What changes? What does the chart ({numref}`fig-classroom-exercise`)
# not show?

# %% tags=["hide-input"]
launch_links()

# %% mystnb={"figure": {"caption": "Data exercise: incidents per month in one country (the country and category can be changed in the code).", "name": "fig-classroom-exercise"}}
COUNTRY = "PL"  # try "RO", "EE", "LT", "DK", "DE", "BE"
CATEGORY = "violation"  # try "sighting", or None for every category

chosen = incidents[incidents["country"] == COUNTRY]
if CATEGORY:
    chosen = chosen[chosen["category"] == CATEGORY]
months = pd.period_range("2022-01", incidents["date_start"].max().to_period("M"), freq="M")
per_month = chosen.groupby(chosen["date_start"].dt.to_period("M")).size()
per_month = per_month.reindex(months, fill_value=0)

fig, ax = plt.subplots(figsize=(8.6, 3.4))
ax.bar(per_month.index.to_timestamp(), per_month.to_numpy(), width=25, color=OKABE_ITO["blue"])
ax.set_title(f"Incidents per month: {COUNTRY}, {CATEGORY or 'all categories'}")
ax.set_ylabel("incidents")
ax.yaxis.set_major_locator(plt.matplotlib.ticker.MaxNLocator(integer=True))
counts = "; ".join(f"{month}: {n}" for month, n in per_month.items() if n)
matplotlib_chart(
    fig,
    "classroom-exercise",
    data=per_month.rename_axis("month").reset_index(name="incidents").astype({"month": str}),
    alt=f"Bar chart of {CATEGORY or 'all'} incidents per month in {COUNTRY}, January 2022 to "
    f"{per_month.index[-1]:%B %Y}: {counts}; no incidents in the other months.",
    source="data/incidents.csv",
)

# %% [markdown]
# ## Factual questions
#
# Questions to answer from the report, with the source for each answer:
#

# %% tags=["hide-input"]
factual_questions()

# %% [markdown]
# Model answers are kept apart for teachers, in the teacher key (a page on the website and a printed
# pack), so that they
# do not sit beside the handouts.
#
# ```{raw} latex
# \clearpage
# ```
#
# ## Handout: the September 2025 timeline
#
# One page to print. Dates are local; sources are in the data.

# %% tags=["hide-input"]
timeline = pd.DataFrame(timeline_events(), columns=["date", "event"])
table(
    timeline.assign(date=timeline["date"].dt.strftime("%-d %b %Y")),
    widths=[1.4, 6.1],
    caption="September-October 2025: the main events",
)

# %% tags=["hide-input"]
glossary = load_table("glossary").sort_values("term", key=lambda s: s.str.lower())
glue("n_glossary", len(glossary))

# %% [markdown]
# ```{raw} latex
# \clearpage
# ```
#
# ## Handout: glossary
#
# The {glue:text}`n_glossary` terms below are defined in the report's own words from the
# sources cited with each.

# %% tags=["hide-input"]
glossary_directive(glossary)
