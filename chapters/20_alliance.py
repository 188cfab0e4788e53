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
# (chapter-alliance)=
# # The alliance's responses: consultation, Eastern Sentry, national measures
#
# :::{admonition} In this chapter
# :class: tip
# - what Article 4 of the North Atlantic Treaty says, and what it does not (it is not Article 5);
# - every Article 4 consultation since 1949, and the two of September 2025;
# - what Eastern Sentry is and who contributed what;
# - which national measures followed, and the debate over shooting down manned aircraft.
# :::

# %% tags=["hide-input"]
import pandas as pd

from report.data.load import load_table
from report.foundation.glue import glue
from report.rendering.preamble import setup_chapter
from report.rendering.tables import table
from report.words.facts import until_focus_end
from report.words.labels import country, country_names

setup_chapter()
article4 = load_table("article4").sort_values("date")
held = article4[article4["status"] == "held"]
considered = article4[article4["status"] == "considered_not_requested"]
held_2025 = held[held["date"].dt.year == 2025]
# Measures from December 2025 on are in the chapter "What followed".
responses = until_focus_end(load_table("responses"), "date_start")
responses = responses.sort_values(["date_start", "response_id"])
sentry = responses[responses["kind"] == "eastern_sentry"]
contributors = sentry[sentry["actor"] != "NATO"]
NATIONAL_KINDS = ["airspace_restriction", "air_defence_deployment", "rules_of_engagement"]
national = responses[
    responses["actor"].isin(country_names()) & responses["kind"].isin(NATIONAL_KINDS)
]

# %% tags=["hide-input"]
source_class = load_table("sources").set_index("source_id")["source_class"]
# A contribution is weakly sourced when every source behind it is a secondary one.
weak = contributors[
    contributors["source_ids"].map(
        lambda ids: all(source_class[i] == "secondary_aggregator" for i in ids.split(";"))
    )
]
glue("n_turkey", int(held["requesters"].eq("TR").sum()))
glue("n_held_2025", len(held_2025))
glue("n_held_before_2025", int((held["date"].dt.year < 2025).sum()))
glue("first_a4_year", int(held["date"].dt.year.min()))
glue("n_sentry_contributors", contributors["actor"].nunique())
glue(
    "sentry_weak_clause",
    "each contribution is backed by an official source, a news agency or an established outlet"
    if len(weak) == 0
    else f"for {len(weak)} of them the only source found is a secondary one",
)
glue("n_national", len(national))
glue("n_national_countries", national["actor"].nunique())

# %% [markdown]
# :::{admonition} Key findings
# :class: important
# - Article 4 obliges allies to **consult**, nothing more. Before 2025 it had been used
#   {glue:text}`n_held_before_2025` times, the first in {glue:text}`first_a4_year`,
#   {glue:text}`n_turkey` of them by Türkiye (Turkey); September 2025 added {glue:text}`n_held_2025`, by
#   Poland and by Estonia.
# - Eastern Sentry, announced on 12 September, drew contributions from
#   {glue:text}`n_sentry_contributors` allies in the data;
#   {glue:text}`sentry_weak_clause`.
# - The data record {glue:text}`n_national` national measures in
#   {glue:text}`n_national_countries` countries: airspace restrictions, counter-drone
#   deployments, and new rules allowing drones, and in some cases aircraft, to be shot down.
# :::
#
# ## What Article 4 says, and what it does not
#
# Article 4 of the North Atlantic Treaty provides that the allies will "consult together"
# whenever any one of them considers that the territorial integrity, political independence or
# security of any of them is threatened. In practice an ally raises the matter in the North
# Atlantic Council, NATO's main political body, where decisions are taken by consensus
# {cite:p}`nato-20230718-article4-topic-en`. Article 4 does not commit anyone to act.
#
# Article 5 is different in kind: an armed attack against one ally is treated as an attack
# against all, and each ally then takes the action it deems necessary, which may include the
# use of armed force {cite:p}`nato-20151221-collective-defence`. Article 5 has been invoked
# once, after the attacks of 11 September 2001 {cite:p}`nato-20151221-collective-defence`.
# In September 2025 the allies consulted under Article 4; the North Atlantic Council's statement
# of 23 September reaffirmed the Article 5 commitment as "ironclad" without invoking it
# {cite:p}`nato-20250923-nac-statement`. The confusion between the two articles is one of the
# errors examined in {ref}`the audit of the article <chapter-audit>`.

# %% tags=["hide-input"]
in_2025 = " and ".join(
    f"{country(r)} ({d:%-d %b})" for d, r in zip(held_2025["date"], held_2025["requesters"])
)
rows = [
    (
        "What triggers it",
        "Any ally's view that its territorial integrity, political independence or security "
        "is threatened",
        "An armed attack against one or more allies",
    ),
    (
        "What it obliges",
        "Consultation among all allies in the North Atlantic Council",
        "Each ally to assist the attacked, by the action it deems necessary, which may include "
        "armed force",
    ),
    (
        "Times used (as recorded here)",
        f"{len(held)} consultations held",
        "Once, after 11 September 2001",
    ),
    (
        "Used in September 2025?",
        f"Yes: {in_2025}",
        "No: the commitment was reaffirmed, not invoked",
    ),
]

# %% tags=["hide-input"]
table(
    pd.DataFrame(rows, columns=["", "Article 4", "Article 5"]),
    widths=[1.6, 3.0, 3.0],
    caption="Article 4 and Article 5 compared",
)

# %% tags=["hide-input"]
glue("n_held", len(held))
glue("n_considered", len(considered))

# %% [markdown]
# ## Every Article 4 consultation since 1949
#
# {numref}`fig-alliance-article4` shows the {glue:text}`n_held` consultations held and the
# {glue:text}`n_considered` cases in which an ally publicly considered a request and did not
# make one. Counting is less simple than it looks: NATO's own page, last updated in 2023,
# says seven; news reports in 2012 and 2015 gave lower counts, and reports in 2025 called
# Poland's request the eighth {cite:p}`nato-20230718-article4-topic-en,economist-20150728-why-turkey-article4,thesun-my-afp-20250910-poland-article4`.
# The data explain each case in their notes.

# %% mystnb={"figure": {"caption": "Article 4 consultations by requesting ally: held (filled) and considered but not requested (open); there was none before 2003. {screen-only}`Hover for the trigger and the outcome.`", "name": "fig-alliance-article4"}} tags=["hide-input"]
from report.rendering.alliance_charts import article4_chart, article4_points
from report.rendering.charts import plotly_chart

points = article4_points(article4)
first = points["date"].min()
held_list = "; ".join(
    f"{d:%b %Y} ({r.replace(';', ', ')})" for d, r in zip(held["date"], held["requesters"])
)
considered_list = "; ".join(
    f"{d:%b %Y} ({r})" for d, r in zip(considered["date"], considered["requesters"])
)
plotly_chart(
    article4_chart(
        points,
        title=f"Article 4 consultations: none from 1949 to {first.year - 1}, then {len(held)} "
        f"from {first.year} to {held['date'].max().year}",
    ),
    "article4-consultations",
    data=points[["consultation_id", "date", "requesters", "status", "trigger", "outcome"]],
    alt=f"Dot chart of Article 4 consultations by date, one row per requesting ally or group. "
    f"No consultation from 1949 until 2003; then {len(held)} held: {held_list}. "
    f"Considered but not requested: {considered_list}.",
    source="data/article4.csv (NATO statements, UK House of Commons Library, news agencies)",
)

# %% tags=["hide-input"]
from report.words.wording import number

glue("n_turkey_again", int(held["requesters"].eq("TR").sum()) - 1)
requesters_2022 = held.loc[held["date"] == "2022-02-24", "requesters"].iloc[0]
glue("n_requesters_2022", number(len(requesters_2022.split(";"))))

# %% [markdown]
# For half a century nobody used the article. Turkey asked first, in February 2003, as war in
# neighbouring Iraq approached, and {glue:text}`n_turkey_again` more times over Syria and terrorist attacks; NATO
# answered in 2003 with surveillance aircraft and missile defences
# {cite:p}`nato-20030219-defensive-assistance-turkey`. Poland asked in March 2014 after Russia
# seized Crimea, and on 24 February 2022, as Russia invaded Ukraine, {glue:text}`n_requesters_2022`
# eastern allies asked together {cite:p}`nato-20140303-pr-poland-article4,latvia-mod-20220224-nac-article4`.
# In November 2022, after the missile that fell at Przewodów, Poland weighed a request and
# decided against it because the strike was not deliberate
# {cite:p}`reuters-devdiscourse-20221116-poland-may-not-article4,apa-20221117-warsaw-wont-invoke-article4`.
#
# ## September 2025: Poland and Estonia
#
# Poland requested consultations on 10 September, the morning after the drones. The North
# Atlantic Council met the same day; afterwards Secretary General Mark Rutte said the allies
# had expressed solidarity with Poland and condemned Russia's reckless behaviour, and that the
# violation was not an isolated one {cite:p}`interfaxua-20250910-rutte-nac-statement,interfax-ua-20250910-rutte-confirms-article4`.
# Estonia requested consultations after the MiG-31 flight of 19 September, and the Council met
# on 23 September. Its statement said Russia bore full responsibility, called the allies'
# commitment to Article 5 "ironclad", and warned that NATO would use all necessary military
# and non-military tools to defend itself {cite:p}`nato-20250923-nac-statement`. Both countries
# also took the incidents to the UN Security Council, which met on 12 and 22 September
# {cite:p}`un-sc16168-20250912-poland-copy,un-sc16177-20250922-estonia-copy`.
#
# In October Lithuania's prime minister said her government might consider Article 4
# consultations over smuggling balloons from Belarus that kept closing Vilnius airport; no
# request was found in the sources read {cite:p}`moscowtimes-20251027-lithuania-closes-border`.
#
# ## Eastern Sentry
#
# On 12 September Rutte and NATO's Supreme Allied Commander Europe, General Alexus Grynkewich,
# announced Eastern Sentry: a military activity along the whole eastern flank, combining
# fighter aircraft and ships with newer counter-drone means
# {cite:p}`defenceindustryeu-20250912-eastern-sentry,babel-20250912-eastern-sentry-reuters`.
# The table lists the contributions in the data, with how well each is sourced. Rows backed
# only by secondary sources are kept, and marked, because the reports exist; they should not
# be read as confirmed.

# %% tags=["hide-input"]
table(
    contributors.assign(
        country=contributors["actor"].map(country),
        asset=contributors["asset"].fillna("not specified"),
        date=contributors["date_start"].dt.strftime("%-d %b %Y"),
    )[["country", "date", "asset", "description"]],
    widths=[1.0, 0.9, 1.7, 3.4],
    caption="Contributions to Eastern Sentry announced in September 2025",
    sources=contributors["source_ids"],
)

# %% [markdown]
# ## National measures
#
# Beyond NATO, governments changed their own rules and deployments. {numref}`fig-alliance-measures` counts the
# measures in the data by country and type; the table after it lists them.

# %% mystnb={"figure": {"caption": "National measures after the incidents, September to November 2025, by country and type.", "name": "fig-alliance-measures"}} tags=["hide-input"]
from report.rendering.alliance_charts import measure_counts, measures_alt, measures_chart
from report.rendering.charts import matplotlib_chart

counts = measure_counts(national)
matplotlib_chart(
    measures_chart(counts, title="National measures by country and type"),
    "national-measures",
    data=counts.rename(index=country).rename_axis("country").reset_index(),
    alt=measures_alt(counts),
    source="data/responses.csv",
)

# %% tags=["hide-input"]
from report.rendering.alliance_charts import measure_kind_labels

table(
    national.assign(
        country=national["actor"].map(country),
        date=national["date_start"].dt.strftime("%-d %b %Y"),
        kind=national["kind"].map(measure_kind_labels()),
    )[["date", "country", "kind", "description"]],
    widths=[0.9, 0.9, 1.3, 4.3],
    caption="National measures, September to November 2025",
    sources=national["source_ids"],
)

# %% [markdown]
# ## Should allies shoot down manned aircraft?
#
# Drones were shot down; the MiG-31s over Estonia were escorted out. The difference opened a
# public argument about aircraft. At the Security Council on 22 September Poland's foreign
# minister Radosław Sikorski warned Russia that any missile or aircraft entering Polish
# airspace without permission could be shot down {cite:p}`diplomaticinfo-aa-20250922-sikorski-warns,un-sc16177-20250922-estonia-copy`.
# Prime Minister Tusk said Poland would shoot down objects violating its territory without
# discussion, but would be cautious in unclear cases such as the flight near the Petrobaltic
# platform {cite:p}`liga-20250922-tusk-shoot-down-objects`. The next day, asked whether NATO
# countries should shoot down Russian aircraft that enter their airspace, President Donald
# Trump answered "Yes, I do", and said US backing would depend on the circumstances
# {cite:p}`interfaxua-20250923-trump-shoot-down,devdiscourse-20250923-trump-shooting-down` (see
# {ref}`the US chapter <chapter-us>`). Rutte said that such decisions are taken in real time, on intelligence
# about the aircraft's intent and armament and the risk to allied forces and civilians, and
# that the MiG-31s had been escorted out because no immediate threat was assessed
# {cite:p}`liga-2025-trump-shoot-down-rubio`. Romania approved procedures letting mission
# commanders order the downing of drones and military aircraft that violate its airspace
# {cite:p}`rri-20250926-airspace-security-procedures`.
#
# The Russian government, for its part, denied that its aircraft had entered Estonian
# airspace at all (see {ref}`the incidents chapter <chapter-incidents>` and {ref}`the perspectives chapter <chapter-perspectives>`).

# %% [markdown]
# ## Limitations
#
# - NATO publishes few details of consultations; outcomes come from statements and reports.
# - Eastern Sentry contributions changed over time; the data hold what was announced or
#   reported in September 2025, not a complete order of battle.
# - National measures are those found in the sources; countries with fewer English- or
#   Polish-language reports may be under-represented.
#
# ## Discussion questions
#

# %% tags=["hide-input"]
from report.classroom.material import discussion_questions

discussion_questions("20_alliance")
