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
# (chapter-incidents)=
# # The incidents: what crossed into allied airspace, where and when
#
# :::{admonition} In this chapter
# :class: tip
# - what happened over Poland, Romania and Estonia in September 2025, and what followed;
# - how September 2025 compares with the incidents recorded since 2022;
# - why the number of drones and the number shot down are given as ranges, and who says what;
# - what was used to shoot the drones down, and what sources say it costs.
# :::

# %% tags=["hide-input"]
from report.data.load import load_table
from report.foundation.glue import glue
from report.rendering.preamble import setup_chapter
from report.words.facts import (
    AFTER_SEPTEMBER_START,
    KEY_INCIDENTS,
    before_focus,
    in_focus,
    incident_counts,
    until_focus_end,
)

setup_chapter()
# This chapter is about September 2025 and the years before; what came after December 2025
# is the subject of the chapter "What followed".
incidents = until_focus_end(load_table("incidents"), "date_start")
incidents = incidents.sort_values(["date_start", "incident_id"])
figures = load_table("incident_figures")
POLAND = KEY_INCIDENTS["poland"]
PETROBALTIC = "2025-09-19-PL"  # the jets over the drilling platform, outside Polish airspace
CORE = [*KEY_INCIDENTS.values(), PETROBALTIC]
core = incidents.set_index("incident_id").loc[CORE]
focus = in_focus(incidents, "date_start")
earlier = before_focus(incidents, "date_start")
after = focus[focus["date_start"] >= AFTER_SEPTEMBER_START]
counts = incident_counts()  # every count stated on more than one page, computed once for its period

# %% tags=["hide-input"]
from report.words.facts import key_figures, number_words
from report.words.reported_figures import figure_span

for name, value in key_figures().items():  # computed once, for every chapter that quotes them
    glue(name, value)
said = figures[figures["incident_id"] == POLAND]
entered = said.loc[(said["measure"] == "objects_entered") & said["value_max"].notna(), "value_max"]
closed_counts = sorted(entered.astype(int).unique())
glue("pl_count_values", ", ".join(map(str, closed_counts[:-1])) + f" and {closed_counts[-1]}")
glue("ua_drones", figure_span(figures, POLAND, "ukraine_strike_drones"))
missiles = said.loc[said["measure"] == "ukraine_strike_missiles", "value_min"]
glue("ua_missiles_floor", f"{missiles.min():g}")  # Zelensky: "more than 40"
glue("violations_2025", counts["violations_2025"])  # calendar 2025, December included
glue("violations_2022_2024", counts["violations_2022_2024"])
glue("n_after", counts["after"])
glue("n_after_sightings", counts["after_sightings"])
glue("n_after_sightings_russia_formal", number_words(counts["after_sightings_russia_formal"]))
glue("n_after_violations", counts["after_violations"])
glue("n_after_violations_russia_formal", counts["after_violations_russia_formal"])

# %% [markdown]
# :::{admonition} Key findings
# :class: important
# - On the night of 9 to 10 September 2025 {glue:text}`pl_drones` entered
#   Poland, depending on the source, and {glue:text}`pl_shot_down` were shot down: officials and
#   media gave counts of {glue:text}`pl_count_values`.
# - The same night Russia launched about {glue:text}`ua_drones` drones and more than
#   {glue:text}`ua_missiles_floor` missiles at Ukraine, according to President Zelensky; the
#   drones over Poland were a small part of a large attack.
# - The data record {glue:text}`violations_2025` airspace violations announced by an official body
#   in the whole of 2025 (January to December), against {glue:text}`violations_2022_2024` in
#   2022-2024.
# - Of the {glue:text}`n_after` incidents recorded from 20 September to 30 November 2025,
#   {glue:text}`n_after_sightings` were sightings whose origin was not established, and the
#   governments concerned formally attributed {glue:text}`n_after_sightings_russia_formal` of
#   the sightings to Russia; of the {glue:text}`n_after_violations` airspace violations in those
#   weeks, they formally attributed {glue:text}`n_after_violations_russia_formal` to Russia.
# :::

# %% tags=["hide-input"]
glue("n_incidents", len(incidents))
glue("n_earlier", len(earlier))
glue("n_focus", len(focus))

# %% [markdown]
# ## September 2025 against the years before
#
# Russian drones, missiles and aircraft had strayed into the airspace of NATO members before
# September 2025. The data hold {glue:text}`n_earlier` notable incidents from 2022 to July
# 2025 for context: the missile that killed two people at Przewodów in Poland in November
# 2022, which Poland's president said was probably a Ukrainian air-defence missile
# {cite:p}`reuters-devdiscourse-20221116-poland-may-not-article4`; drone debris repeatedly found in Romania near the Danube; a drone that crashed in
# Latvia in September 2024; and short violations of Estonian and Finnish airspace by
# Russian aircraft (see {ref}`the alliance chapter <chapter-alliance>` for Poland's decision not to request Article 4
# consultations in 2022). {numref}`fig-incidents-timeline` sets them beside the incidents of August to
# November 2025. Each point is one incident. {screen-only}`Hover over it for the details.`

# %% mystnb={"figure": {"caption": "Every incident in the data up to the end of November 2025, by country and type. {screen-only}`Drag across the chart to zoom into a period (double-click to zoom out); hover for details.`", "name": "fig-incidents-timeline"}} tags=["hide-input"]
from report.rendering.charts import plotly_chart
from report.rendering.incident_charts import incident_timeline
from report.words.facts import FOCUS_END, FOCUS_PERIOD, FOCUS_START
from report.words.labels import country

first, last = incidents["date_start"].min(), incidents["date_start"].max()
by_country = "; ".join(
    f"{country(code)} {n}" for code, n in focus["country"].value_counts().items()
)
columns = ["incident_id", "date_start", "country", "place", "kind", "category", "origin"]
plotly_chart(
    incident_timeline(incidents, title=f"Incidents by country, {first:%Y} to {FOCUS_END:%Y}"),
    "incidents-timeline",
    data=incidents[[*columns, "firmness", "attributed_by"]],
    alt=f"Timeline of {len(incidents)} incidents from {first:%B %Y} to {last:%B %Y}, one row per "
    f"country. Before {FOCUS_START:%B %Y} points are sparse ({len(earlier)} incidents from "
    f"{earlier['date_start'].min():%B %Y} to {earlier['date_start'].max():%B %Y}); "
    f"in {FOCUS_PERIOD} there are {len(focus)}: {by_country}.",
    source="data/incidents.csv",
)

# %% [markdown]
# Counted by quarter ({numref}`fig-incidents-quarterly`), the change is plain. Most of the rise after September is made of
# sightings near airports and military sites, whose origin was not established, rather than
# violations of airspace announced by officials. The chart runs to the end of 2025; what came
# after is in {ref}`What followed <chapter-followed>`.

# %% mystnb={"figure": {"caption": "Incidents per quarter, by type, up to the end of 2025.", "name": "fig-incidents-quarterly"}} tags=["hide-input"]
from report.rendering.charts import matplotlib_chart
from report.rendering.incident_charts import quarterly_bars, quarterly_counts

quarterly = quarterly_counts(incidents)
per_quarter = "; ".join(f"{q}: {int(row.sum())}" for q, row in quarterly.iterrows() if row.sum())
matplotlib_chart(
    quarterly_bars(quarterly, title="Incidents per quarter"),
    "incidents-by-quarter",
    data=quarterly.rename_axis("quarter").reset_index().astype({"quarter": str}),
    alt=f"Stacked bar chart of incidents per quarter from 2022 to 2025. {per_quarter}.",
    source="data/incidents.csv",
)

# %% tags=["hide-input"]
from report.words.reported_figures import claimed

glue("tusk_count", claimed(figures, POLAND, "objects_entered", "Tusk (to the Sejm)"))
glue("tusk_shot", claimed(figures, POLAND, "objects_shot_down", "Tusk (to the Sejm)"))
glue("przydacz_count", claimed(figures, POLAND, "objects_entered", "Przydacz"))

# %% [markdown]
# ## The night of 9 to 10 September over Poland
#
# Prime Minister Donald Tusk told the Sejm on 10 September that the army had recorded
# {glue:text}`tusk_count` violations of Polish airspace overnight, many of them by drones coming
# from Belarus, and that {glue:text}`tusk_shot` drones had been shot down, the higher figure not
# yet confirmed {cite:p}`interfaxua-20250910-tusk-19-violations,24hu-20250910-19-dron-legter`. Other counts
# followed: the table below lists every figure in the data with the person or outlet that gave
# it. The differences are not necessarily contradictions. Tusk's {glue:text}`tusk_count` was a
# preliminary count of violations recorded by the army; the figure of
# {glue:text}`przydacz_count`, reported on 12 September, came when the
# Interior Ministry had confirmed that 17 drones had been found on the ground
# {cite:p}`liga-20250912-przydacz-21-violations`.
#
# Polish investigators identified debris of Gerbera drones, cheap decoys built to saturate air
# defences, while the Dutch defence minister said the drones his pilots shot down were
# Shahed-type attack drones {cite:p}`pravda-20250921-gerbera-debris-sulmice,dutchnews-20250910-dutch-confirm-shooting-down-drones`.
# A house roof in the village of Wyryki was destroyed that night. It was first blamed on a
# drone; on 18 September a Polish minister said that everything pointed to a missile fired by a
# Polish F-16 {cite:p}`24ur-20250918-wyryki-polish-missile`.

# %% tags=["hide-input"]
from report.foundation.glue import span
from report.rendering.tables import table
from report.words.labels import labels

CORE_LABELS = {
    "2025-09-10-PL": "Poland, 9-10 Sept",
    "2025-09-13-RO": "Romania, 13 Sept",
    "2025-09-19-EE": "Estonia, 19 Sept",
    "2025-09-19-PL": "Poland (Petrobaltic), 19 Sept",
}
MEASURE_LABELS = labels("incident_figures", "measure")
core_figures = figures[figures["incident_id"].isin(CORE)].assign(
    order=lambda d: d["incident_id"].map({i: n for n, i in enumerate(CORE)}),
    measure_order=lambda d: d["measure"].map({m: n for n, m in enumerate(MEASURE_LABELS)}),
)
core_figures = core_figures.sort_values(["order", "measure_order", "value_min"])
table(
    core_figures.assign(
        incident=core_figures["incident_id"].map(CORE_LABELS),
        measure=core_figures["measure"].map(MEASURE_LABELS),
        figure=core_figures.apply(lambda r: span(r["value_min"], r["value_max"]), axis=1),
    )[["incident", "measure", "figure", "claimant", "note"]],
    widths=[1.3, 1.5, 0.8, 2.2, 3.2],
    caption="Who says how many: every figure for the September incidents",
    sources=core_figures["source_id"],
)

# %% tags=["hide-input"]
glue("n_airports", len(core.loc[POLAND, "airports_closed"].split(";")))

# %% [markdown]
# The drones over Poland were a small part of a larger attack. President Volodymyr Zelensky
# said Russia launched about {glue:text}`ua_drones` drones and more than
# {glue:text}`ua_missiles_floor` missiles at Ukraine that night
# {cite:p}`forbesua-20250910-russia-attacked-ukraine-poland`; a breakdown from Ukraine's air
# force was not found in the sources read.
#
# **What was used.** NATO's Secretary General listed the assets involved: Polish F-16s, Dutch
# F-35s, an Italian airborne early-warning (AWACS) aircraft, a NATO tanker aircraft, and German
# Patriot air-defence units, which according to reports raised their alert and helped track
# the drones without firing {cite:p}`interfaxua-20250910-rutte-nac-statement,unn-20250910-german-patriots-detected-drones`. Poland closed {glue:text}`n_airports` airports, including Warsaw Chopin,
# for part of the night {cite:p}`babel-20250910-drones-shot-down-first-time,rp-20250910-loty-opoznione-drony`.

# %% tags=["hide-input"]
from report.words.labels import labelled

responses = load_table("responses")
night = responses[
    responses["date_start"].between("2025-09-09", "2025-09-10")
    & responses["kind"].isin(["engagement", "air_defence_deployment", "airspace_restriction"])
].sort_values(["kind", "actor"])
table(
    night[["actor", "kind", "asset", "description"]].assign(
        actor=lambda d: d["actor"].map(country),
        kind=lambda d: labelled(d["kind"], "responses", "kind"),
    ),
    widths=[0.8, 1.2, 1.6, 4.2],
    caption="The response on the night of 9-10 September",
    sources=night["source_ids"],
)

# %% tags=["hide-input"]
glue("petrobaltic_jets", f"{core.loc[PETROBALTIC, 'count_min']:g}")

# %% [markdown]
# ## Romania, Estonia and the Petrobaltic platform
#
# **Romania, 13 September.** During Russian strikes on Ukrainian ports on the Danube, two
# Romanian F-16s took off to watch the border and tracked a drone inside Romanian airspace in
# northern Tulcea County until it left radar; the pilots were cleared to fire but judged the
# risk to people on the ground too high {cite:p}`dcnews-20250913-f16-drone-romanian-airspace,romaniainsider-20250915-russian-drone-airspace`.
# Reports put its time in Romanian airspace at about {glue:text}`ro_minutes` minutes.
#
# **Estonia, 19 September.** {glue:text}`ee_jets` Russian MiG-31s entered Estonian airspace near Vaindloo
# island in the Gulf of Finland for about {glue:text}`ee_minutes` minutes, without flight
# plans, with transponders off and without radio contact, according to Estonia; Italian F-35s
# on NATO's Baltic air-policing mission responded and escorted them out
# {cite:p}`err-20250919-three-mig31,jointforces-20250919-estonia-press-release-mig31`. The
# North Atlantic Council later spoke of "over ten minutes" {cite:p}`nato-20250923-nac-statement`.
# Russia's defence ministry said the jets had kept to their route over neutral waters more
# than 3 km from the island {cite:p}`unn-20250920-russian-mod-reacted-estonia`.
#
# **The Petrobaltic platform, 19 September.** Poland's Border Guard said {glue:text}`petrobaltic_jets` Russian fighters
# flew low over the Petrobaltic drilling platform in the Baltic Sea. The platform lies outside
# Poland's territorial waters, and the reports read say Polish airspace was not violated: the
# data classify it as *near the border*, not as a violation {cite:p}`ingr-20250919-petrobaltic-russian-jets`.

# %% tags=["hide-input"]
glue("n_after_countries", after["country"].nunique())

# %% [markdown]
# ## After September: sightings, closures, few attributions
#
# From 20 September to 30 November 2025 the data record {glue:text}`n_after` incidents in
# {glue:text}`n_after_countries` countries. Most were drones seen over or near airports and
# military bases, in Denmark, Norway, Germany, Belgium and elsewhere, that closed airports
# for hours. Who flew them was rarely established. The table gives, for each country, where
# officials said the objects came from and how firmly: *suspected* means that an official
# named a source as likely or possible for that incident; a general remark about drone flights
# at large is not counted as an attribution.

# %% tags=["hide-input"]
from report.rendering.incident_charts import ORIGIN_LAYERS

ORIGIN, FIRMNESS = labels("incidents", "origin"), labels("incidents", "firmness")


def stated_origin(origin: str, firmness: str) -> str:
    return ORIGIN[origin] if firmness == "none" else f"{ORIGIN[origin]}, {FIRMNESS[firmness]}"


stated = after.assign(
    stated=[stated_origin(o, f) for o, f in zip(after["origin"], after["firmness"])]
)
column_order = [stated_origin(o, f) for o, f, _ in ORIGIN_LAYERS]
origin_table = stated.pivot_table(
    index="country", columns="stated", values="incident_id", aggfunc="count", fill_value=0
).reindex(columns=[c for c in column_order if c in set(stated["stated"])])
origin_table["Total"] = origin_table.sum(axis=1)
origin_table = origin_table.sort_values("Total", ascending=False)
origin_table.index = origin_table.index.map(country)
glue("focus_period", FOCUS_PERIOD)
table(
    origin_table.rename_axis("Country").reset_index(),
    caption="Incidents from 20 September to 30 November 2025, by country and by the origin "
    "officials stated",
)

# %% [markdown]
# The map ({numref}`fig-incidents-attribution-map`) puts the whole period on one page. Incidents of {glue:text}`focus_period` are
# coloured by the origin officials stated and how firmly they stated it. {screen-only}`Earlier incidents can be switched on in the legend.`

# %% mystnb={"figure": {"caption": "Incidents of {glue:text}`focus_period` by attribution. {screen-only}`The earlier incidents since 2022 can be switched on in the legend; hover for details.`", "name": "fig-incidents-attribution-map"}} tags=["hide-input"]
from report.rendering.incident_charts import CONTEXT_MARKER, incident_map, origin_layers

earlier_label = (
    f"Earlier incidents ({earlier['date_start'].min():%Y} to {earlier['date_start'].max():%B %Y})"
)
layers = origin_layers(focus)
fig = incident_map(
    layers + [(earlier_label, earlier, CONTEXT_MARKER, "legendonly")],
    title=f"Where did officials say the objects came from? Incidents of {FOCUS_PERIOD}",
)
columns = ["incident_id", "date_start", "country", "place", "lat", "lon", "origin", "firmness"]
by_origin = "; ".join(f"{len(rows)} {label}" for label, rows, _ in layers)
plotly_chart(
    fig,
    "incidents-attribution-map",
    data=incidents[[*columns, "attributed_by", "verification"]],
    alt=f"Map of Europe with the incidents of {FOCUS_PERIOD} coloured by the origin officials "
    f"stated: {by_origin}.",
    source="data/incidents.csv",
)

# %% [markdown]
# ## What shooting down a drone costs
#
# Soon after 10 September officials and commentators pointed to the gap between the price of
# the drones and the price of the weapons used against them. No official figure for the cost
# of the operation over Poland was found: the Polish military declined to say what had been
# fired {cite:p}`businessinsider-pl-20250911-koszt-operacji-drony`. {numref}`fig-incidents-costs` gathers the unit prices
# that sources give, each with who gives it; the estimates vary widely because they concern
# different drones (a cheap decoy or a Shahed attack drone) and different missiles, and only
# some sources give a basis for them.

# %% mystnb={"figure": {"caption": "Unit prices of drones and interceptor missiles as given by sources, in US dollars (logarithmic scale). Each line is one source's range; figures quoted only in euros or zloty are in the data but not drawn.", "name": "fig-incidents-costs"}} tags=["hide-input"]
from report.rendering.incident_charts import price_ranges, unit_prices
from report.words.reported_figures import usd_range

priced = unit_prices(load_table("costs"))  # unit prices only, not a source's total for a batch
drones, missiles = (priced[priced["kind"] == kind] for kind in ("drone", "interceptor_missile"))
glue("drone_usd", usd_range(drones["cost_min_usd"].min(), drones["cost_max_usd"].max()))
glue("missile_usd", usd_range(missiles["cost_min_usd"].min(), missiles["cost_max_usd"].max()))
title = "What a drone and a missile cost, according to sources"
prices = "; ".join(
    f"{r['item']} per {r['claimant']}: {span(r['cost_min_usd'], r['cost_max_usd'])}"
    for _, r in priced.iterrows()
)
matplotlib_chart(
    price_ranges(priced, title=title),
    "incident-costs",
    phone=price_ranges(priced, title=title, phone=True),
    data=priced[["cost_id", "item", "kind", "cost_min_usd", "cost_max_usd", "claimant"]],
    alt=f"Range chart, logarithmic scale, of unit prices in US dollars: {prices}.",
    source="data/costs.csv (news reports quoting officials, analysts and budgets)",
)

# %% [markdown]
# Drone prices in {numref}`fig-incidents-costs` run {glue:text}`drone_usd` and missile prices
# {glue:text}`missile_usd`: the highest drone figure is the 2022 price of a Shahed in leaked
# Iran-Russia documents, the lowest a generic figure from NATO's Secretary General. The argument drawn from the gap is contested. NATO's
# Secretary General, the EU's defence commissioner and the Dutch defence minister all said that firing expensive missiles from fighter jets at cheap drones
# could not be sustained, and called for cheaper counter-drone means
# {cite:p}`rbc-ukraine-20250926-rutte-new-tech-counter-drones,liga-20250926-rutte-nato-cant-shoot-down-drones-expensive-missiles,defence-ua-kubilius-eu-anti-drone-strategy,dziennik-20251004-brekelmans-piloci-fantastyczna-robota`.
# Poland's chief of the general staff answered that what counts is what a drone could destroy,
# not the price of the missile, and analysts at CSIS argue that comparing the two prices
# ignores the value of what the interceptor protects {cite:p}`dorzeczy-20250911-bild-uzycie-f35-nie-ma-sensu,csis-cost-and-value-air-missile-defense-intercepts`.

# %% [markdown]
# ## Limitations
#
# - The data hold the incidents that an official body announced or an established outlet
#   carried, and that the authors found; small incidents, especially before 2025, may be
#   missing. Romania's defence ministry has counted many more drone incursions and falls of
#   drone fragments since the start of the war than the record lists
#   {cite:p}`mediafax-20251125-mapn-13-patrunderi`: its Romanian debris rows are a selection.
# - Counts are as given at the time. Several were preliminary, and no final official count
#   for the night of 9-10 September was found.
# - Places on the map are representative points, often approximate (the data say where);
#   drones crossed whole regions.
# - Most cost figures come from news reports and commentary, not from official accounts.
#
# ## Discussion questions
#

# %% tags=["hide-input"]
from report.classroom.material import discussion_questions

discussion_questions("10_incidents")
