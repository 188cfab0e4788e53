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
# (chapter-us)=
# # The US stance: commitment, conditions, or both?
#
# :::{admonition} In this chapter
# :class: tip
# - what US officials said, day by day, about the violations and about defending European allies;
# - how the statements are coded, with the rules published so that readers can re-code them;
# - where the President, the Secretary of State and the ambassadors diverged;
# - whether the claim that Washington's response was "contradictory" stands up.
# :::

# %% tags=["hide-input"]
from report.data.load import load_table
from report.foundation.glue import glue
from report.rendering.charts import matplotlib_chart, plotly_chart
from report.rendering.preamble import setup_chapter
from report.rendering.tables import table
from report.rendering.us_charts import (
    by_office_alt,
    by_office_figure,
    stances_by_office,
    timeline_alt,
    timeline_figure,
)
from report.words.coding import us_stance_codebook
from report.words.facts import until_focus_end
from report.words.labels import labels

setup_chapter()
# Statements from December 2025 on are in the chapter "What followed".
statements = until_focus_end(load_table("us_statements"), "date")
statements = statements.sort_values(["date", "statement_id"])
reactions = until_focus_end(load_table("us_reactions"), "date").sort_values(["date", "reaction_id"])
STANCE_LABELS = labels("us_statements", "stance")
STANCE_ORDER = list(STANCE_LABELS)  # the schema's order

# %% tags=["hide-input"]
president = statements[statements["office"] == "President"]
glue("n_president", len(president))
glue("n_president_affirm", int((president["stance"] == "affirm").sum()))
glue("n_president_not_affirm", int(president["stance"].isin(["conditional", "downplay"]).sum()))
others = statements[statements["office"] != "President"]
glue("n_others", len(others))
glue("n_others_affirm", int((others["stance"] == "affirm").sum()))
# Days on which one official affirmed the commitment while another (or the same) hedged or
# downplayed it.
by_day = statements.groupby("date")["stance"].agg(set)
mixed_days = by_day[by_day.apply(lambda s: "affirm" in s and bool(s & {"conditional", "downplay"}))]
glue("n_mixed_days", len(mixed_days))
glue("n_statements", len(statements))
glue("n_speakers", statements["speaker"].nunique())
glue("first_date", statements["date"].min().strftime("%-d %B %Y"))
glue("last_date", statements["date"].max().strftime("%-d %B %Y"))

# %% [markdown]
# :::{admonition} Key findings
# :class: important
# - Of {glue:text}`n_president` statements by the President in the data,
#   {glue:text}`n_president_affirm` affirm the defence of allies and
#   {glue:text}`n_president_not_affirm` attach conditions or play the incidents down.
# - Of {glue:text}`n_others` statements by other US officials, {glue:text}`n_others_affirm`
#   affirm the commitment; the ambassadors to NATO and the UN spoke of defending "every inch".
# - On {glue:text}`n_mixed_days` days US officials both affirmed the commitment and hedged it.
#   The article under analysis calls this "contradictory"; others read it as a division of
#   labour or as deliberate ambiguity (see {ref}`the perspectives chapter <chapter-perspectives>`).
# :::
#
# The dataset holds {glue:text}`n_statements` statements by {glue:text}`n_speakers` US
# speakers between {glue:text}`first_date` and {glue:text}`last_date`: the President, the
# Secretary of State, the Secretary of Defense (also styled Secretary of War),
# the Vice President, the ambassadors to NATO and the UN, embassies, and anonymous White House
# officials quoted by news agencies. Each row gives the date, the speaker, the channel, a
# paraphrase, a short quotation where the wording matters, and the sources.
#
# ## How the statements are coded
#
# Each statement receives one code for its stance **toward defending European allies**. The
# coding looks only at what was said, not at what the speaker may have meant. The rules are:

# %% tags=["hide-input"]
table(
    us_stance_codebook(),
    widths=[1.35, 1.6, 3, 3.8],  # the codes and labels whole, unbroken
    caption="Coding scheme for US statements (one code per statement)",
)

# %% tags=["hide-input"]
stance_counts = statements["stance"].value_counts().reindex(STANCE_ORDER, fill_value=0)
for stance, count in stance_counts.items():
    glue(f"n_{stance}", int(count))

# %% [markdown]
# Where a statement could take two codes, the coder chose the one its main clause supports
# and recorded the reason in the `coding_rationale` column; borderline cases are flagged in
# the `notes` column of `data/us_statements.csv`. Readers who disagree with a code can change
# it there and re-run this chapter.
#
# ## The timeline
#
# Of the {glue:text}`n_statements` statements, {glue:text}`n_affirm` affirm the commitment to
# defend allies, {glue:text}`n_conditional` attach conditions, {glue:text}`n_downplay`
# downplay the incidents and {glue:text}`n_neutral` are neutral ({numref}`fig-us-timeline`). {screen-only}`Hover over a point to read
# the statement.`

# %% mystnb={"figure": {"caption": "US statements on the violations and on defending allies, by speaker and coded stance. Each point is one statement. {screen-only}`Hover for the paraphrase.`", "name": "fig-us-timeline"}} tags=["hide-input"]
plotly_chart(
    timeline_figure(statements, STANCE_LABELS),
    "us-statements-timeline",
    data=statements[["date", "speaker", "office", "channel", "stance", "paraphrase", "quote"]],
    alt=timeline_alt(statements, STANCE_LABELS),
    source=(
        "data/us_statements.csv (news agencies, outlets and official posts; see the data appendix)"
    ),
)

# %% [markdown]
# ## Who said what: the President and the rest
#
# The divergence is sharpest between the President and his officials. Of the President's
# {glue:text}`n_president` statements, {glue:text}`n_president_affirm` affirm the
# commitment and {glue:text}`n_president_not_affirm` attach conditions or downplay the
# incidents. Of the {glue:text}`n_others` statements by other officials,
# {glue:text}`n_others_affirm` affirm it ({numref}`fig-us-by-office`).

# %% mystnb={"figure": {"caption": "Coded stance of US statements by speaker's office.", "name": "fig-us-by-office"}} tags=["hide-input"]
by_office = stances_by_office(statements, STANCE_ORDER)
matplotlib_chart(
    by_office_figure(by_office, STANCE_LABELS),
    "us-stance-by-office",
    data=by_office.reset_index().rename(columns={"office": "speaker group"}),
    alt=by_office_alt(by_office, STANCE_LABELS),
    source="data/us_statements.csv, coded with the published scheme",
)

# %% [markdown]
# Three moments show the pattern.
#
# - **10-12 September, Poland.** The ambassador to NATO and the acting ambassador to the UN
#   pledged to defend "every inch of NATO territory", while the President said the incursion
#   "could have been a mistake" {cite:p}`newrepublic-20250912-tusk-trump-mistake`. Poland's
#   prime minister answered that Poland, too, wished it had been a mistake, but it was not.
# - **23 September, New York.** Asked whether allies should shoot down Russian aircraft that
#   enter their airspace, the President said yes; asked whether the US would back them, he
#   said it "depends on the circumstances".
# - **23 September, the post.** After meeting President Zelensky, the President wrote that
#   Ukraine, with the support of the European Union, could win back all its territory, that
#   the US would keep supplying weapons to NATO, and ended "Good luck to all!".

# %% tags=["hide-input"]
post_day = statements[statements["date"] == "2025-09-23"]
table(
    post_day[["speaker", "channel", "stance", "paraphrase"]].assign(
        stance=post_day["stance"].map(STANCE_LABELS)
    ),
    widths=[1.2, 2, 1, 5],
    caption="What US officials said on 23 September 2025",
    sources=post_day["source_ids"],
)

# %% tags=["hide-input"]
glue("n_reactions", len(reactions))

# %% [markdown]
# ## How Europe read it
#
# The dataset records {glue:text}`n_reactions` European and analyst reactions. Polish
# leaders rejected the "mistake" reading at once. Finland's leaders welcomed the 23 September
# remarks as a message to Moscow. At the same time the Financial Times reported that European
# officials feared the new line set Europe an impossible task and prepared the ground for
# Washington to shift the blame if Ukraine lost or the money ran out
# {cite:p}`ft-20250925-officials-fear-blame`; several of those officials were quoted
# anonymously. The table gives every reaction in the data.

# %% tags=["hide-input"]
glue("mixed_days", ", ".join(d.strftime("%-d %B") for d in mixed_days.index))
table(
    reactions[["date", "speaker", "affiliation", "paraphrase"]],
    widths=[1.1, 1.5, 1.9, 5],
    caption="Reactions to US statements",
    sources=reactions["source_ids"],
)

# %% [markdown]
# ## Was the US response contradictory?
#
# The article under analysis calls the Trump administration's response "contradictory"
# (see {ref}`the audit of the article <chapter-audit>`). The data record a narrower fact. On
# {glue:text}`n_mixed_days` days ({glue:text}`mixed_days`) US officials issued both a
# statement coded as affirming the commitment and one coded as conditional or downplaying.
# The pledges to defend "every inch" were never withdrawn; what varied was the President's
# framing of the incidents and of who should bear the burden. Whether that is best called
# contradiction, division of labour between a President and his diplomats, or deliberate
# ambiguity is an interpretation, and the perspectives in {ref}`the perspectives chapter <chapter-perspectives>`
# answer it differently.
#
# ## Limitations
#
# - No official US government page was found in the stored sources; official statements are
#   known through news agencies and copies of official posts, which are cited.
# - A single code per statement flattens nuance; borderline codings are flagged in the data.
# - Anonymous officials' statements are reported as reported: their authority cannot be checked.
# - This chapter covers statements up to 30 November 2025; later US statements on NATO are in
#   {ref}`What followed <chapter-followed>`.
#
# ## Discussion questions
#

# %% tags=["hide-input"]
from report.classroom.material import discussion_questions

discussion_questions("30_us_stance")
