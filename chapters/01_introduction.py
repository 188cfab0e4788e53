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
# (chapter-intro)=
# # What happened in September 2025
#
# :::{admonition} In this chapter
# :class: tip
# - what happened in the airspace of NATO's eastern members in September 2025, in order;
# - where the incidents of {glue:text}`focus_period` took place, on a map;
# - what the record holds, and the one rule that decides what is in it;
# - how the rest of the report is organised, and how to read its numbers.
# :::

# %% tags=["hide-input"]
from report.data.load import load_table
from report.foundation.glue import glue
from report.rendering.charts import matplotlib_chart, plotly_chart
from report.rendering.incident_charts import CONTEXT_MARKER, incident_map, point_marker
from report.rendering.preamble import setup_chapter
from report.rendering.record_charts import calendar_alt, calendar_figure, map_alt
from report.rendering.theme import CATEGORY_COLOURS
from report.words.facts import (
    FOCUS_PERIOD,
    before_focus,
    dating,
    in_focus,
    incident_counts,
    key_figures,
    number_words,
)
from report.words.labels import labels

setup_chapter()
incidents = load_table("incidents")
focus = in_focus(incidents, "date_start")
counts = incident_counts()  # every count stated on more than one page, computed once
CATEGORY_LABELS = labels("incidents", "category")
glue("focus_period", FOCUS_PERIOD)

# %% tags=["hide-input"]
for name, value in key_figures().items():  # computed once, for every chapter that quotes them
    glue(name, value)
glue("n_focus", counts["focus"])
glue("n_focus_countries", focus["country"].nunique())
glue("n_focus_violations", counts["focus_violations"])
glue("n_focus_sightings", counts["focus_sightings"])
glue("n_all", counts["all"])
glue(
    "focus_sightings_russia_formal",
    number_words(counts["focus_sightings_russia_formal"]).capitalize(),
)
n_debris = int((focus["category"] == "debris").sum())
n_near = int((focus["category"] == "near_border").sum())
glue(
    "other_categories_clause",
    f"{n_debris} finds of drone debris and {n_near} approaches close to the border "
    "without confirmed entry",
)
glue("first_year", int(incidents["date_start"].dt.year.min()))

# %% [markdown]
# ## September 2025 in brief
#
# On the night of 9 to 10 September 2025, during a large Russian air attack on Ukraine, drones
# entered Polish airspace, many of them from Belarus. Polish F-16s and Dutch F-35s, supported
# by an Italian surveillance aircraft and NATO tankers, shot some of them down. NATO's military
# command called it the first time the alliance had eliminated a threat in its own airspace
# {cite:p}`interfaxua-20250910-tusk-19-violations,anp-20250910-navo-eerste-keer,babel-20250910-drones-shot-down-first-time,nato-20250923-nac-statement`.
# How many drones entered, and how many were shot down, depends on whom one asks: the sources
# give {glue:text}`pl_drones` and {glue:text}`pl_shot_down` shot down, and
# {ref}`the incidents chapter <chapter-incidents>` lists who gives which. Poland asked for consultations under
# Article 4 of the North Atlantic Treaty the same day
# {cite:p}`interfax-ua-20250910-rutte-confirms-article4`.
#
# On 13 September a drone entered Romanian airspace during Russian strikes on Ukrainian
# ports on the Danube; Romanian F-16s followed it for about {glue:text}`ro_minutes` minutes
# without firing {cite:p}`dcnews-20250913-f16-drone-romanian-airspace,romaniainsider-20250915-russian-drone-airspace`.
# On 19 September {glue:text}`ee_jets` Russian MiG-31 fighters flew into Estonian airspace near the island
# of Vaindloo for about {glue:text}`ee_minutes` minutes, according to Estonia, with no flight
# plan and their transponders off; Russia's defence ministry denied that they had entered
# Estonian airspace at all. Estonia then requested Article 4 consultations too
# {cite:p}`err-20250919-three-mig31,unn-20250920-russian-mod-reacted-estonia,nato-20250923-nac-statement`.
# In the following weeks drones were reported over airports and military sites in Denmark,
# Norway, Germany, Belgium and elsewhere.
#
# The data behind this report record {glue:text}`n_focus` incidents in
# {glue:text}`n_focus_countries` NATO countries between August and November 2025:
# {glue:text}`n_focus_violations` violations of national airspace announced by an official
# body, {glue:text}`n_focus_sightings` sightings whose origin was not established, and
# {glue:text}`other_categories_clause`; earlier incidents since {glue:text}`first_year` are
# included for context ({glue:text}`n_all` in all). {glue:text}`focus_sightings_russia_formal` of the
# sightings of {glue:text}`focus_period` was formally attributed to Russia by the government concerned.
# {numref}`fig-intro-map` shows where they took place.

# %% mystnb={"figure": {"caption": "Incidents affecting NATO members, {glue:text}`focus_period`, by type of incident. {screen-only}`Hover over a point for the date, place, figures and summary; earlier incidents since 2022 can be switched on in the legend.`", "name": "fig-intro-map"}} tags=["hide-input"]
earlier = before_focus(incidents, "date_start")
first, last = earlier["date_start"].min(), earlier["date_start"].max()
layers = [
    (f"Earlier incidents ({first:%Y} to {last:%B %Y})", earlier, CONTEXT_MARKER, "legendonly")
]
layers += [
    (label, focus[focus["category"] == category], point_marker(CATEGORY_COLOURS[category]))
    for category, label in CATEGORY_LABELS.items()
]
fig = incident_map(layers, title=f"Where the incidents of {FOCUS_PERIOD} took place")
columns = ["incident_id", "date_start", "country", "place", "lat", "lon", "kind", "category"]
columns += ["count_min", "count_max", "origin", "firmness", "attributed_by", "verification"]
plotly_chart(
    fig,
    "incidents-map",
    data=incidents[columns],
    alt=map_alt(focus, CATEGORY_LABELS, FOCUS_PERIOD),
    source="data/incidents.csv (government statements and news agencies; see the data appendix)",
)

# %% [markdown]
# {numref}`fig-intro-calendar` puts the same months on a calendar, one row per country, so that the
# sequence of violations and sightings is visible.

# %% mystnb={"figure": {"caption": "Incidents by country and date, {glue:text}`focus_period`. Marker shape and colour show the type of incident.", "name": "fig-intro-calendar"}} tags=["hide-input"]
calendar = focus.sort_values("date_start")
calendar = calendar[["incident_id", "date_start", "country", "place", "category", "kind"]]
fig = calendar_figure(calendar, CATEGORY_LABELS, title=f"Incidents by country, {FOCUS_PERIOD}")
matplotlib_chart(
    fig,
    "incidents-calendar",
    data=calendar,
    alt=calendar_alt(calendar, FOCUS_PERIOD),
    source="data/incidents.csv",
)

# %% tags=["hide-input"]
for name, value in dating().items():
    glue(name, value)
for origin in ("russia", "belarus", "ukraine", "other", "unknown"):
    glue(f"all_origin_{origin}", counts[f"all_origin_{origin}"])

# %% [markdown]
# ## How to read this report
#
# - {ref}`The incidents chapter <chapter-incidents>` tells what happened, where and when, with every competing figure.
# - {ref}`The alliance chapter <chapter-alliance>` covers Article 4, Eastern Sentry and national measures.
# - {ref}`The US chapter <chapter-us>` sets out what US officials said, day by day, with a published coding
#   scheme.
# - {ref}`The Sweden chapter <chapter-sweden>` follows what Sweden's government, armed forces and opposition said
#   and did.
# - {ref}`What followed <chapter-followed>` takes the record from December 2025 to the newest event found
#   ({glue:text}`events_through`).
# - {ref}`The audit of the article <chapter-audit>` checks every factual claim in the opinion article under analysis.
# - {ref}`The perspectives chapter <chapter-perspectives>` sets the main viewpoints side by side, each in its own terms.
# - {ref}`The classroom guide <chapter-classroom>` gives lesson plans, handouts and exercises for teachers.
# - {ref}`The data appendix <chapter-data>` describes every dataset, column and source.
#
# ## What the record holds, and what is left out
#
# The record holds two kinds of event. The first is Russia's violations of the airspace of
# NATO members: Russian drones, missiles and aircraft that entered it, or came close. The
# second is the incidents that arose from Russia's war against Ukraine, whatever their origin:
# a Ukrainian air-defence missile that fell in Poland in 2022, a drone that Estonian officials
# believe was Ukrainian and diverted by Russian jamming, balloons sent from Belarus, and drones
# over airports and bases whose owners no one identified. For each incident the data say separately **where it
# came from, as officials stated it** (Russia, Belarus, Ukraine, another source, or unknown),
# **how firmly** (formally attributed, suspected, or not attributed) and **by whom** (the
# affected country's authorities, NATO, or others). Across the whole record
# {glue:text}`all_origin_russia` incidents are of Russian origin as officials stated it,
# {glue:text}`all_origin_belarus` came from Belarus, {glue:text}`all_origin_ukraine` from
# Ukraine, {glue:text}`all_origin_other` from another source, and for
# {glue:text}`all_origin_unknown` no official named a source.
#
# **One rule decides what is in.** An event is included if a government, NATO or another
# official body announced it, or if an established outlet (a news agency, a public
# broadcaster or an established newspaper or broadcaster) carried it, read directly or
# through a faithful copy that names the original. A row that rests on anything less (an
# aggregator, an automated summary or a copy that does not say what it copies) is left out
# everywhere: from the incidents and from every other table. The same rule holds for
# statements, responses, perspectives and cost estimates.
#
# **Dates.** {glue:text}`coverage`. The chapters on September 2025 look closely at
# {glue:text}`focus_period`; {ref}`What followed <chapter-followed>` takes the record on from there.
#
# A few conventions hold throughout. *Violation* means that an official body says an object
# entered national airspace; *sighting* means that drones were reported but their origin was
# not established. *Origin* is where officials said an object came from, not a finding of
# this report. A range such as "19-21" means that sources disagree, and the tables say who
# gives which figure. Times are local. Every chart has a text description and a download of
# its data beside it.
