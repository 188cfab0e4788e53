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
# (chapter-sweden)=
# # Swedish rhetoric and actions
#
# :::{admonition} In this chapter
# :class: tip
# - what Sweden's government and military leaders said about the violations in September to November 2025;
# - what Sweden did: contributions to allies, deployments, budget decisions;
# - how Sweden's defence spending has changed since 2014, and why the figures differ by source;
# - how to test a claim such as "bellicose rhetoric" against a coded record of statements.
# :::
#
# Sweden joined NATO in March 2024; no Russian violation of Swedish airspace in these weeks
# was found in the sources (a Russian drone off Malmö in February 2026 is in {ref}`What followed <chapter-followed>`).
# Its leaders nevertheless spoke often about the incidents over Poland, Estonia and Denmark,
# and Swedish aircraft took part in the response. The article under analysis accuses the
# Swedish government of "bellicose rhetoric" that increases tensions (see {ref}`the audit of the article <chapter-audit>`).
# This chapter sets out the record so that readers can judge that charge themselves.

# %% tags=["hide-input"]
import pandas as pd

from report.data.load import load_table
from report.foundation.glue import glue, span
from report.rendering.charts import matplotlib_chart, plotly_chart
from report.rendering.preamble import setup_chapter
from report.rendering.sweden_charts import (
    spending_alt,
    spending_figure,
    themes_alt,
    themes_data,
    themes_figure,
)
from report.rendering.tables import table
from report.words.coding import SPEAKER_GROUPS, basis_family, speaker_group, sweden_codebook
from report.words.facts import until_focus_end
from report.words.labels import labelled, labels
from report.words.wording import between, count

setup_chapter()
# Statements and actions from December 2025 on are in the chapter "What followed".
statements = until_focus_end(load_table("sweden_statements"), "date")
statements = statements.sort_values(["date", "statement_id"])
actions = until_focus_end(load_table("sweden_actions"), "date").sort_values("date")
spending = load_table("sweden_spending").sort_values(["year", "basis"])
CODE_LABELS = labels("sweden_statements", "codes")

# %% tags=["hide-input"]
statements = statements.assign(group=statements["office"].map(speaker_group))
coded = statements.assign(code=statements["codes"].str.split(";")).explode("code")
code_counts = (
    pd.crosstab(coded["code"], coded["group"])
    .reindex(list(CODE_LABELS), fill_value=0)
    .reindex(columns=list(SPEAKER_GROUPS), fill_value=0)
)
with_theme = code_counts.sum(axis=1)  # statements that contain each theme
glue("n_statements", len(statements))
glue("n_government", int((statements["group"] == "Government").sum()))
glue("n_threat", int(with_theme["threat_framing"]))
glue("n_readiness", int(with_theme["readiness_deterrence"]))
glue("n_solidarity", int(with_theme["solidarity"]))
glue("n_escalation_statements", count(int(with_theme["escalation_warning"]), "statement"))
glue("n_deescalation_statements", count(int(with_theme["de_escalation"]), "statement"))
share_2014 = spending[spending["year"] == 2014]["share_gdp_pct"]
share_2026 = spending[spending["year"] == 2026]["share_gdp_pct"]
glue("share_2014_phrase", between(f"{share_2014.min():g}%", f"{share_2014.max():g}%"))
glue("share_2026", span(share_2026.min(), share_2026.max(), "%"))

# %% [markdown]
# :::{admonition} Key findings
# :class: important
# - The record holds {glue:text}`n_statements` statements by Swedish leaders, of which
#   {glue:text}`n_government` by ministers. Most frame Russia as a threat
#   ({glue:text}`n_threat`), stress readiness and deterrence ({glue:text}`n_readiness`) or
#   express solidarity with allies ({glue:text}`n_solidarity`).
# - Warnings of war or a worsening situation come in {glue:text}`n_escalation_statements`; calls for calm or
#   dialogue in {glue:text}`n_deescalation_statements`.
# - Sweden's recorded actions were Gripen jets in allied air policing, radars and a
#   counter-drone unit lent to Denmark, and support for Eastern Sentry. The government
#   presents them as deterrence and defence; the article under analysis reads the rhetoric
#   around them as raising tensions.
# - Defence spending was {glue:text}`share_2014_phrase` of GDP in 2014 and is planned at
#   {glue:text}`share_2026` in 2026, depending on the source.
# :::
#
# ## How the statements are coded
#
# Each statement was read in the source and given every code from the code book below that it
# clearly contains; a statement can carry several codes. The coding is manual, so the rules
# are published here and the codes are in `data/sweden_statements.csv`, where anyone can
# check or change them.

# %% tags=["hide-input"]
table(
    sweden_codebook(),
    widths=[1.6, 1.6, 5],
    caption="Code book for Swedish statements (a statement may carry several codes)",
)

# %% [markdown]
# ## What Swedish leaders said
#
# {numref}`fig-sweden-codes` counts how often each theme appears, by who spoke: ministers, military leaders,
# or the opposition.

# %% mystnb={"figure": {"caption": "Themes in Swedish statements on the violations, September to November 2025, by speaker group. A statement can contain several themes.", "name": "fig-sweden-codes"}} tags=["hide-input"]
plotly_chart(
    themes_figure(code_counts, CODE_LABELS, len(statements)),
    "sweden-statement-themes",
    data=themes_data(code_counts, CODE_LABELS),
    alt=themes_alt(code_counts),
    source="data/sweden_statements.csv, coded with the published code book",
)

# %% tags=["hide-input"]
themes = labelled(statements["codes"], "sweden_statements", "codes", sep=";")
table(
    statements[["date", "speaker", "office", "paraphrase"]].assign(themes=themes),
    widths=[1.1, 1.3, 1.5, 4.5, 1.6],
    caption="Swedish statements, with their themes",
    sources=statements["source_ids"],
)

# %% [markdown]
# ## What Sweden did

# %% tags=["hide-input"]
table(
    actions[["date", "kind", "description"]].assign(
        kind=labelled(actions["kind"], "sweden_actions", "kind")
    ),
    widths=[1.1, 1.2, 6],
    caption="Swedish actions",
    sources=actions["source_ids"],
)

# %% [markdown]
# ## Defence spending since 2014
#
# Spending figures depend on who counts and how: NATO, research institutes and the Swedish
# government define defence spending differently, and plans change from one budget to the
# next. {numref}`fig-sweden-spending` shows every figure in the data with its basis rather than one line.

# %% mystnb={"figure": {"caption": "Sweden's defence spending as a share of GDP, 2014-2026, by source and basis. Planned figures for 2025-2026 are government targets.", "name": "fig-sweden-spending"}} tags=["hide-input"]
share = spending.dropna(subset=["share_gdp_pct"])
share = share.assign(family=share["basis"].map(basis_family))
matplotlib_chart(
    spending_figure(share),
    "sweden-defence-spending",
    data=share[["year", "share_gdp_pct", "sek_billion", "basis", "family"]],
    alt=spending_alt(share),
    source="data/sweden_spending.csv (NATO, SIPRI, IISS, FOI, KKrVA, Swedish government)",
)

# %% tags=["hide-input"]
calming = statements[statements["codes"].str.split(";").map(lambda codes: "de_escalation" in codes)]
callers = "; ".join(
    f"{r['speaker']} ({r['office']}, {r['date'].day} {r['date']:%B})" for _, r in calming.iterrows()
)
glue(
    "calm_clause",
    "no statement in the data called for calm or dialogue"
    if calming.empty
    else f"only {callers} told the public there was no cause for alarm or called for calm",
)
glue("n_deescalation", int(with_theme["de_escalation"]))

# %% [markdown]
# ## "Bellicose rhetoric"? Setting the record against the critique
#
# The article's charge has two parts. The first is a factual claim: that Defence Minister Pål
# Jonson said in late September that NATO was prepared for an armed conflict with Russia. No
# statement with that wording was found; the closest, in the same week, are his call in Berlin
# for Europe to move "from a peacetime mindset to a wartime readiness" and his statement that
# the cause of escalation was Russia, not NATO. The audit therefore rates that claim as not
# verifiable.
#
# The second part is a judgement: that such rhetoric raises tensions. The coded record can
# inform that judgement but not settle it. It shows a government that framed Russia as a
# threat, stressed readiness and the right to shoot down intruders, and expressed solidarity
# with allies, while {glue:text}`calm_clause` ({glue:text}`n_deescalation` of the
# statements in all). Whether that is deterrence that
# lowers the risk of war, as the government argues, or rhetoric that raises it, as the article
# argues, depends on one's theory of how Russia responds to signals of resolve; the
# perspectives in {ref}`the perspectives chapter <chapter-perspectives>` set out both views.
#
# ## Limitations
#
# - Several statements are known only through secondary sites or in translation; the sources
#   and their classes are in the data, and weak ones are flagged.
# - No source names the Swedish aircraft assigned to Eastern Sentry; only the decision to
#   support it is recorded.
# - Spending figures for 2017, 2019 and 2020 are missing, and 2015-2016 rest on rough
#   estimates.
# - Manual coding involves judgement; a single coder applied the code book.
#
# ## Discussion questions
#

# %% tags=["hide-input"]
from report.classroom.material import discussion_questions

discussion_questions("40_sweden")
