# ---
# jupyter:
#   jupytext:
#     formats: ipynb,py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
#       format_version: '1.3'
#       jupytext_version: 1.19.7
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% [markdown]
# (chapter-followed)=
# # What followed: from December 2025 to the newest event found
#
# :::{admonition} In this chapter
# :class: tip
# - whether the violations went on after the autumn of 2025, where, and of what kind;
# - which allies weighed Article 4 and decided against it, and what the alliance did next;
# - how the September 2025 pattern compares with what came after, and what the sources cannot tell;
# - what was corrected in the record, when and why.
# :::
#
# {glue:text}`coverage`.

# %% tags=["hide-input"]
import pandas as pd

from report.data.load import load_table
from report.foundation.glue import glue
from report.rendering.charts import plotly_chart
from report.rendering.preamble import setup_chapter
from report.rendering.record_charts import monthly_alt, monthly_counts, monthly_figure
from report.rendering.tables import table
from report.words.facts import FOCUS_END, dating, incident_counts, long_date, with_correction_marks
from report.words.labels import attribution_phrases, countries, country, labelled, labels

setup_chapter()
incidents = load_table("incidents").sort_values(["date_start", "incident_id"])
article4 = load_table("article4").sort_values("date")
responses = load_table("responses").sort_values("date_start")
KIND = labels("incidents", "kind")
CATEGORY = labels("incidents", "category")
STATUS = labels("article4", "status")
counts = incident_counts()  # every count stated on more than one page, computed once for its period
for name, value in dating().items():
    glue(name, value)

# %% tags=["hide-input"]
later = incidents[incidents["date_start"] > FOCUS_END]
september = incidents[incidents["date_start"].dt.to_period("M") == pd.Period("2025-09", "M")]
since_september = article4[article4["date"] >= "2025-09-01"]
glue("followed_n", counts["followed"])
glue("followed_first", long_date(later["date_start"].min()))
glue("followed_last", long_date(later["date_start"].max()))
glue("followed_countries", len(later["country"].unique()))
glue("followed_country_names", ", ".join(sorted(country(c) for c in later["country"].unique())))
glue("september_n", len(september))
glue("followed_violations", counts["followed_violations"])
glue("followed_debris", int((later["category"] == "debris").sum()))
glue("followed_official", counts["followed_russia_formal"])
for origin in ("russia", "belarus", "ukraine", "other", "unknown"):
    glue(f"followed_origin_{origin}", counts[f"followed_origin_{origin}"])
glue("a4_held_since", int((since_september["status"] == "held").sum()))
glue("a4_declined_since", int((since_september["status"] == "considered_not_requested").sum()))

# %% [markdown]
# :::{admonition} Key findings
# :class: important
# - The data record {glue:text}`followed_n` incidents between {glue:text}`followed_first` and
#   {glue:text}`followed_last`, in {glue:text}`followed_countries` member states
#   ({glue:text}`followed_country_names`), against {glue:text}`september_n` in September 2025 alone.
# - Among them are {glue:text}`followed_violations` airspace violations announced by an official
#   body; {glue:text}`followed_debris` are finds of debris. As officials stated the origin,
#   {glue:text}`followed_origin_russia` came from Russia (formally attributed in
#   {glue:text}`followed_official`), {glue:text}`followed_origin_belarus` from Belarus (mostly
#   smuggling balloons), {glue:text}`followed_origin_ukraine` from Ukraine and
#   {glue:text}`followed_origin_other` from another source; for {glue:text}`followed_origin_unknown`
#   no official named a source.
# - The newest event in the record is dated {glue:text}`events_through`; the sources were searched
#   through {glue:text}`searched_through`. No event of the {glue:text}`gap_days` days between was
#   found in the sources searched, which is a gap in the record, not a sign that nothing happened.
# - Since September 2025, {glue:text}`a4_held_since` Article 4 consultations were held and
#   {glue:text}`a4_declined_since` times an ally publicly weighed a request and decided against it.
# :::

# %% tags=["hide-input"]
last_month = later["date_start"].max().to_period("M")
months_after = pd.period_range(FOCUS_END.to_period("M") + 1, last_month, freq="M")
per_month_after = (
    later["date_start"].dt.to_period("M").value_counts().reindex(months_after, fill_value=0)
)
glue("followed_balloons", int((later["kind"] == "balloon").sum()))
galati = incidents.set_index("incident_id").loc["2026-05-29-RO", "date_start"]
glue("galati_date", long_date(galati))
glue("followed_peak_month", f"{per_month_after.idxmax():%B %Y}")
glue("followed_peak_n", int(per_month_after.max()))
glue("followed_months_without", int((per_month_after == 0).sum()))
glue("followed_months", len(per_month_after))

# %% [markdown]
# ## Did the violations go on?
#
# They did, but in another form. The autumn of 2025 had drones over Poland, jets over Estonia
# and a wave of drone sightings at airports from Denmark to Belgium. From December 2025 the
# data hold mostly smaller events near the eastern border: {glue:text}`followed_balloons`
# nights of balloons drifting from Belarus into Poland and Lithuania, drone wreckage washed up
# or found in Romania and Türkiye, and drones that strayed from the war in Ukraine. The gravest
# was in Galați, Romania, on {glue:text}`galati_date`, when a drone that Romania attributed to Russia hit a
# block of flats (see the table below). The busiest
# month after November 2025 was {glue:text}`followed_peak_month`, with
# {glue:text}`followed_peak_n` incidents; in {glue:text}`followed_months_without` of the
# {glue:text}`followed_months` months from December 2025 the data record none.
# {numref}`fig-followed-monthly` shows the whole period month by month.

# %% mystnb={"figure": {"caption": "Incidents affecting NATO members per month, by type of incident, from August 2025 to the newest incident in the data.", "name": "fig-followed-monthly"}} tags=["hide-input"]
monthly = monthly_counts(incidents, "2025-08", CATEGORY)
plotly_chart(
    monthly_figure(monthly, CATEGORY),
    "followed-monthly",
    data=monthly.rename_axis("month").reset_index().astype({"month": str}),
    alt=monthly_alt(monthly),
    source="data/incidents.csv",
)

# %% [markdown]
# The incidents after November 2025, one per row. The origin is given as officials stated it,
# with how firmly and by whom; the sources of each row are in `data/incidents.csv` and on the
# page of sources.

# %% tags=["hide-input"]
later_rows = pd.DataFrame(
    {
        "Date": later["date_start"].dt.strftime("%-d %b %Y"),
        "Country": later["country"].map(country),
        "What": later["kind"].map(KIND),
        "Type": later["category"].map(CATEGORY),
        "Origin as officials stated it": attribution_phrases(later),
        "What happened": with_correction_marks(later["summary"], later["incident_id"], "incidents"),
    }
)
table(
    later_rows,
    widths=[1.1, 1, 0.9, 1.1, 1.2, 4.7],
    caption="Incidents from December 2025 on",
    sources=later["source_ids"],
)

# %% [markdown]
# ## Article 4, and what the alliance did next
#
# Article 4 lets any ally ask for consultations when it feels threatened; it commits no one to
# act (see {ref}`the alliance chapter <chapter-alliance>`). After Poland and Estonia used it in September 2025, other
# allies that faced incidents weighed it in public and chose other channels. The table lists
# every request or public decision against one since September 2025.

# %% tags=["hide-input"]
a4_rows = pd.DataFrame(
    {
        "Date": since_september["date"].map(long_date),
        "Ally": since_september["requesters"].map(countries),
        "Decision": since_september["status"].map(STATUS),
        "What prompted it": with_correction_marks(
            since_september["trigger"], since_september["consultation_id"], "article4"
        ),
        "What followed": since_september["outcome"],
    }
)
table(
    a4_rows,
    widths=[1, 1, 1.2, 3, 3.3],
    caption="Article 4 requests and decisions against a request, since September 2025",
    sources=since_september["source_ids"],
)

# %% tags=["hide-input"]
later_responses = responses[responses["date_start"] > FOCUS_END]
glue("followed_responses", len(later_responses))

# %% [markdown]
# The data hold {glue:text}`followed_responses` measures or statements by NATO and member
# states from December 2025 on:

# %% tags=["hide-input"]
response_rows = pd.DataFrame(
    {
        "Date": later_responses["date_start"].map(long_date),
        "Actor": later_responses["actor"].map(country),
        "What was done or said": with_correction_marks(
            later_responses["description"], later_responses["response_id"], "responses"
        ),
    }
)
table(
    response_rows,
    widths=[1, 1, 6],
    caption="Measures and statements from December 2025 on",
    sources=later_responses["source_ids"],
)

# %% tags=["hide-input"]
us_later = load_table("us_statements").query("date > @FOCUS_END").sort_values("date")
glue("us_last", long_date(us_later["date"].max()))

# %% [markdown]
# ## What US officials said about NATO after November 2025
#
# The chapter on the US stance ({ref}`the US chapter <chapter-us>`) ends with November 2025. The statements
# found after that, coded by the same rules, are below; the newest is dated
# {glue:text}`us_last`. The sources searched hold few US statements for the spring and summer
# of 2026, so this list is not a complete record of the US position in those months.

# %% tags=["hide-input"]
us_rows = pd.DataFrame(
    {
        "Date": us_later["date"].map(long_date),
        "Speaker": us_later["speaker"],
        "Office": us_later["office"],
        "What was said": us_later["paraphrase"],
        "Code": labelled(us_later["stance"], "us_statements", "stance"),
    }
)
table(
    us_rows,
    widths=[1, 1.1, 1.3, 5, 1],
    caption="US statements on NATO and the allies from December 2025 on",
    sources=us_later["source_ids"],
)

# %% [markdown]
# ## What the sources can and cannot tell
#
# - **Fewer sources, not necessarily fewer incidents.** The collection of public pages searched
#   for this report thins out after the spring of 2026. The newest event found is dated
#   {glue:text}`events_through` and the search ran through {glue:text}`searched_through`; a month
#   without a row means that no incident was found in the sources searched, not that none happened.
# - **One inclusion rule.** An event is in if an official body announced it or an established
#   outlet carried it, read directly or through a faithful copy that names the original; a row
#   resting on anything less is out of every table (see {ref}`the introduction <chapter-intro>`). Events that only
#   aggregator sites reported, among them several 2026 drone crashes, are therefore not in the
#   record. Where an established outlet names an event without details, as for the drone
#   incident on Latvia's eastern border in May 2026, the event appears only in the measure it
#   prompted, not as an incident row.
# - **Independent checks changed the picture of the autumn.** Trackers that followed up each
#   drone report of September to November 2025 found that few were proven Russian drones;
#   their view is set out in {ref}`the perspectives chapter <chapter-perspectives>`.

# %% tags=["hide-input"]
corrections = load_table("corrections").sort_values(["date", "correction_id"])
glue("n_corrections", len(corrections))

# %% [markdown]
# (updates-and-corrections)=
# ## Updates and corrections
#
# Every change to a published fact of the record (a recoded value, a corrected fact or a
# removed row) is logged with its date and reason in `data/corrections.csv`, and the tables
# above mark the rows it concerns. The log holds {glue:text}`n_corrections` entries. The full log
# follows on the site and in the appendix PDF.

# %% tags=["hide-input"]
correction_rows = pd.DataFrame(
    {
        "Entry": corrections["correction_id"],
        "Date": corrections["date"],
        "Table": corrections["table"],
        "Row": corrections["row_id"].fillna("all rows").str.replace(";", "; "),
        "Change": labelled(corrections["change"], "corrections", "change"),
        "What changed": corrections["description"],
        "Why": corrections["reason"],
    }
)
table(
    correction_rows,
    widths=[0.8, 0.9, 0.9, 1.4, 0.8, 3, 3],
    caption="Updates and corrections",
    online_only=True,  # in print: the appendix PDF, with the data dictionary and the sources
    sources=corrections["source_ids"],
)
