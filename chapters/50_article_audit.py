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
# (chapter-audit)=
# # Checking the article's claims
#
# :::{admonition} In this chapter
# :class: tip
# - how to separate an opinion article's checkable facts from its interpretations and predictions;
# - what the sources show for each factual claim in the article under analysis;
# - where the article is right, where it is partly right, and where it is contradicted by the record.
# :::
#
# The article under analysis is an opinion piece by Per Olsson of Socialistiskt Alternativ, the
# Swedish section of International Socialist Alternative, first published on 1 October 2025
# {cite:p}`olsson-20251001-article`. It argues from an anti-militarist socialist position that
# the airspace violations, Washington's wavering and the Swedish government's rhetoric raise
# the risk of a war between NATO and Russia, and that only a mass movement against militarism
# and "all imperialism" offers a way out. This chapter does not judge that argument. It checks
# the facts the argument rests on.

# %% tags=["hide-input"]
import matplotlib.pyplot as plt
import pandas as pd
import plotly.graph_objects as go

from report.data.load import load_table
from report.foundation.glue import glue
from report.rendering.charts import matplotlib_chart, plotly_chart
from report.rendering.preamble import setup_chapter
from report.rendering.tables import table
from report.rendering.theme import VERDICT_COLOURS
from report.words.labels import labelled, labels

setup_chapter()
claims = load_table("article_claims")
factual = claims[claims["claim_type"] == "factual"]
arguments = claims[claims["claim_type"] != "factual"]
VERDICT_LABELS = labels("article_claims", "verdict")
# The schema's order; interpretations and predictions are not scored.
VERDICT_ORDER = [verdict for verdict in VERDICT_LABELS if verdict != "not_scored"]
verdict_counts = factual["verdict"].value_counts().reindex(VERDICT_ORDER, fill_value=0)

# %% tags=["hide-input"]
glue("n_claims", len(claims))
glue("n_factual", len(factual))
glue("n_arguments", len(arguments))
for verdict, count in verdict_counts.items():
    glue(f"n_{verdict}", int(count))
# Verdicts changed when the verdict rule was written down and re-applied, from the corrections log.
corrections = load_table("corrections")
recoded = (corrections["table"] == "article_claims") & (corrections["change"] == "recoded")
verdict_changes = corrections[recoded]
glue("n_verdict_changes", len(verdict_changes))
glue("rule_applied", pd.Timestamp(verdict_changes["date"].max()).strftime("%-d %B %Y"))
changes = zip(verdict_changes["row_id"], verdict_changes["description"])
glue(
    "verdict_changes",
    "; ".join(
        f"claim {cid.lstrip('c').lstrip('0')}: {desc.rstrip('.').lower()}" for cid, desc in changes
    ),
)

# %% [markdown]
# ## Method
#
# The article was read sentence by sentence and split into {glue:text}`n_claims` claims.
# Each was classed as **factual** (a checkable statement about what happened or what someone
# said), **interpretation** (a reading of motives or meaning) or **prediction**. The
# {glue:text}`n_factual` factual claims were checked against the report's sources, preferring
# official statements and established news outlets; the {glue:text}`n_arguments`
# interpretations and predictions are presented as the author's arguments and are not scored.
#
# **The verdict rule.** A verdict grades the claim as the article writes it, against all the
# sources checked: not a stronger or weaker claim, not a word the article does not use, and not
# the outlet the article cites if that outlet could not be read while other sources settle the
# fact. A factual claim is **supported** when the sources confirm it as stated; **partly supported**
# when its core holds but a detail (a date, a word, an attribution) does not; **unsupported**
# when no source confirms it though none refutes it; **contradicted** when reliable sources
# show it is wrong; **not verifiable** when the evidence needed (an interview, a quotation)
# could not be found in the sources available.
#
# The rule was written down and re-applied to all {glue:text}`n_claims` claims on
# {glue:text}`rule_applied`; it changed {glue:text}`n_verdict_changes` verdicts
# ({glue:text}`verdict_changes`). Every change is recorded in `data/corrections.csv` and on
# the page {ref}`What followed <chapter-followed>` under *Updates and corrections*.
#
# ## What the check found
#
# Of the {glue:text}`n_factual` factual claims, {glue:text}`n_supported` are supported and
# {glue:text}`n_partly_supported` partly supported; {glue:text}`n_contradicted` are
# contradicted and {glue:text}`n_not_verifiable` could not be verified ({numref}`fig-audit-verdicts`).

# %% tags=["hide-input"]
verdict_chart_data = verdict_counts.rename_axis("verdict").reset_index(name="claims")
held_up = verdict_counts["supported"] + verdict_counts["partly_supported"]
contradicted = verdict_counts["contradicted"]
fig = go.Figure(
    go.Bar(
        x=verdict_chart_data["claims"],
        y=verdict_chart_data["verdict"].map(VERDICT_LABELS),
        orientation="h",
        marker_color=[VERDICT_COLOURS[v] for v in verdict_chart_data["verdict"]],
        text=verdict_chart_data["claims"],
        textposition="outside",
        hovertemplate="%{y}: %{x} claims<extra></extra>",
    )
)
fig.update_layout(
    # The title states the finding, computed: how many hold up (fully or partly), how many are
    # contradicted.
    title=(
        f"Of the article's {len(factual)} factual claims, {held_up} hold up fully or partly "
        f"and {contradicted} {'is' if contradicted == 1 else 'are'} contradicted"
    ),
    xaxis_title="Factual claims",
    yaxis=dict(autorange="reversed", showgrid=False),
    height=420,
)
verdict_list = ", ".join(f"{VERDICT_LABELS[v].lower()} {n}" for v, n in verdict_counts.items())

# %% mystnb={"figure": {"caption": "Verdicts on the article's factual claims. Interpretations and predictions are not scored.", "name": "fig-audit-verdicts"}} tags=["hide-input"]
plotly_chart(
    fig,
    "audit-verdicts",
    data=verdict_chart_data,
    alt=f"Horizontal bar chart of verdicts on {len(factual)} factual claims: {verdict_list}.",
    source="report's audit of the article (data/article_claims.csv)",
)

# %% [markdown]
# The two contradicted claims matter for a reader's understanding of NATO. The article says
# Article 4 commits allies to "coordinate responses and attacks"; the treaty provides only for
# consultation when a member feels its territorial integrity, political independence or
# security is threatened, while collective defence is the business of Article 5
# {cite:p}`nato-20230718-article4-topic-en,nato-20250923-nac-statement`. And it says Lithuania and Latvia also invoked
# Article 4 after Estonia; the North Atlantic Council's statement of 23 September describes
# Estonia's request as the second in two weeks, after Poland's, and no later request by
# Lithuania or Latvia was found (see {ref}`the audit's table of claims <chapter-audit-table>`).
#
# The article's claims follow its argument: the early paragraphs report events and are mostly
# accurate; the later ones interpret and predict. {numref}`fig-audit-sequence` shows where in the article
# each kind of claim falls.

# %% tags=["hide-input"]
columns = ["order", "claim_id", "claim_type", "verdict", "verdict_label"]
sequence = claims.assign(verdict_label=claims["verdict"].map(VERDICT_LABELS))[columns]
# The title and the alt text state what the sequence shows, computed from it.
in_order = sequence.sort_values("order")
leading_facts = int((in_order["claim_type"] != "factual").cumsum().eq(0).sum())
interpretations = in_order.loc[in_order["claim_type"] == "interpretation", "order"]
first_interpretation = int(interpretations.min())
last_factual = int(in_order.loc[in_order["claim_type"] == "factual", "order"].max())
predictions = in_order.loc[in_order["claim_type"] == "prediction", "order"].astype(int).tolist()
prediction_places = (
    " and ".join(map(str, predictions))
    if len(predictions) <= 2
    else ", ".join(map(str, predictions))
)
sequence_title = (
    f"The article opens with {leading_facts} factual claims in a row; "
    f"its predictions are claims {prediction_places} of {len(in_order)}"
)
sequence_alt = (
    f"Dot chart of the article's {len(in_order)} claims in order: the first {leading_facts} "
    f"are factual, interpretations begin at claim {first_interpretation}, the last factual claim "
    f"is number {last_factual}, and the predictions are claims {prediction_places}."
)

# %% mystnb={"figure": {"caption": "Each claim in the order it appears in the article, by type and verdict.", "name": "fig-audit-sequence"}} tags=["hide-input"]
fig, ax = plt.subplots(figsize=(8.6, 2.8))
rows = {"factual": 2, "interpretation": 1, "prediction": 0}
for verdict in VERDICT_LABELS:  # the legend in the schema's order
    group = sequence[sequence["verdict"] == verdict]
    if group.empty:
        continue
    ax.scatter(
        group["order"],
        group["claim_type"].map(rows),
        s=170,
        color=VERDICT_COLOURS[verdict],
        edgecolor="#444444",
        linewidth=0.6,
        label=VERDICT_LABELS[verdict],
        zorder=3,
    )
ax.set_yticks(list(rows.values()), [k.capitalize() for k in rows])
ax.set_xticks(sequence["order"], sequence["order"])
ax.set_xlabel("Position of the claim in the article (1 = first)")
ax.set_ylim(-0.6, 2.6)
ax.grid(axis="y", visible=False)
ax.set_title(sequence_title, wrap=True)
ax.legend(ncol=3, loc="upper center", bbox_to_anchor=(0.5, -0.35))
source = "report's audit of the article (data/article_claims.csv)"
matplotlib_chart(fig, "audit-sequence", data=sequence, alt=sequence_alt, source=source)

# %% [markdown]
# (chapter-audit-table)=
# ## Every factual claim, with the evidence
#
# Each row gives the article's own short phrase, the claim in the report's words, the verdict
# and a summary of the evidence. The sources for each row are listed in
# `data/article_claims.csv` and in the data appendix.

# %% tags=["hide-input"]
columns = {
    "claim_id": "claim",
    "article_phrase": "the article says",
    "evidence": "what the sources show",
}
table(
    factual.assign(verdict=factual["verdict"].map(VERDICT_LABELS))[
        ["claim_id", "article_phrase", "verdict", "evidence"]
    ].rename(columns=columns),
    widths=[0.6, 2.4, 1.2, 5.2],
    caption="The article's factual claims and the evidence",
    sources=factual["source_ids"],
)

# %% [markdown]
# ## The article's arguments, in its own terms
#
# The interpretations and predictions below are the author's. They are presented, not
# scored: whether the violations were meant to test Washington, or whether rhetoric raises
# the risk of war, is a matter of judgement on which the perspectives in this report differ.

# %% tags=["hide-input"]
kind = labelled(arguments["claim_type"], "article_claims", "claim_type")
table(
    arguments.assign(kind=kind)[["claim_id", "kind", "paraphrase"]].rename(
        columns={"claim_id": "claim", "paraphrase": "the argument, paraphrased"}
    ),
    widths=[0.6, 1.2, 6],
    caption="Interpretations and predictions (not scored)",
)

# %% [markdown]
# ## Limitations
#
# - The check relies on copies of public pages saved when they were read. Some items the article cites, such as
#   the Financial Times report of 11 September and the Yle interview of 24 September, were not
#   found; their verdicts reflect that gap, not a finding that the article invented them.
# - Translation matters: the article was written in Swedish, and a quotation that cannot be
#   matched word for word (the defence minister's) may be the author's own rendering.
# - The line between fact and interpretation is itself a judgement; the classification of each
#   claim is in the data, so readers can contest it.
#
# ## Discussion questions
#

# %% tags=["hide-input"]
from report.classroom.material import discussion_questions

discussion_questions("50_article_audit")
