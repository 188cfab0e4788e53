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
# (chapter-perspectives)=
# # Perspectives: who says what, and why
#
# :::{admonition} In this chapter
# :class: tip
# - the main viewpoints on the incidents and the responses, each in its own terms;
# - how they differ on three questions: what happened, why, and what should be done;
# - how to tell a report of a position from an endorsement of it.
# :::

# %% tags=["hide-input"]
from report.data.load import load_table
from report.foundation.glue import glue
from report.rendering.preamble import setup_chapter
from report.rendering.tables import table
from report.words.labels import labels

setup_chapter()
perspectives = load_table("perspectives")
TYPE_LABELS = labels("perspectives", "actor_type")
glue("n_perspectives", len(perspectives))
glue("n_governments", int((perspectives["actor_type"] == "government").sum()))
glue("n_analysts", int((perspectives["actor_type"] == "analyst").sum()))

# %% [markdown]
# The same night over Poland can be described as a deliberate provocation, a test of the
# alliance, a mistake, a pretext for escalation or a fabrication. This chapter sets out
# {glue:text}`n_perspectives` perspectives side by side: {glue:text}`n_governments`
# governments, NATO, {glue:text}`n_analysts` groups of independent analysts (from hawkish to
# restraint-minded) and the anti-militarist left represented by the article this report
# examines. Every view is attributed to the people who hold it and paraphrased from the
# sources listed in the data; none of them is the report's own voice. The Russian
# government's position is taken from its official statements and is labelled as such.

# %% [markdown]
# ## The comparison matrix
#
# :::{only} html
# Read across a row to follow one actor's reasoning; read down a column to compare answers to
# the same question.
# :::
#
# :::{only} latex
# Each actor's answers to the three questions follow one another under its name.
# :::

# %% tags=["hide-input"]
columns = ["actor", "type", "what_happened", "why", "what_should_be_done"]
table(
    perspectives.assign(type=perspectives["actor_type"].map(TYPE_LABELS))[columns].rename(
        columns={"what_happened": "what happened", "what_should_be_done": "what should be done"}
    ),
    widths=[1.6, 0.9, 2.6, 2.2, 2.6],
    caption="Perspectives on the incidents and the responses",
    sources=perspectives["source_ids"],
    stacked_in_print="type",  # in print: each actor's answers one under another
)

# %% [markdown]
# ## Article 4, Article 5 and collective defence
#
# Whether the incidents called for consultation (Article 4), for collective defence
# (Article 5) or for neither is one of the clearest dividing lines between the perspectives.

# %% tags=["hide-input"]
table(
    perspectives.dropna(subset=["article4_or_5"])[["actor", "article4_or_5", "key_quote"]].rename(
        columns={"article4_or_5": "on Article 4 or 5", "key_quote": "in their words"}
    ),
    widths=[1.6, 3.6, 2.8],
    caption="What each actor said about Article 4 or Article 5",
)

# %% [markdown]
# ## Reading the matrix
#
# - **Facts and framing.** Most actors agree on the core facts of the Polish night (drones
#   entered, a few were shot down); they differ on intent and on what follows. The Russian
#   government is the exception: its defence ministry said no targets in Poland were
#   planned, and its chargé d'affaires in Warsaw said no evidence of Russian origin had been
#   shown. Its statements are reported as its position, not as evidence about the drones.
#   Belarusian officials put stray drones down to the electronic warfare of both sides.
# - **The governments closest to the war.** Ukraine's government calls the drones over Poland
#   a deliberate and dangerous precedent, and in 2026 apologised to the Baltic states for
#   Ukrainian drones that, it says, Russian jamming steered towards them. Belarusian officials
#   call Lithuania's measures against the balloons a pretext. Denmark's government speaks of a
#   hybrid attack by a professional actor that it does not name.
# - **Deterrence and restraint.** Governments on the eastern flank and hawkish analysts call
#   for stronger air defences and a readiness to shoot down intruders; restraint-minded
#   analysts warn against alarm and pressure to hit back, and recall that far more serious
#   Cold War incidents were handled by careful de-escalation.
#   The article under analysis shares the warning about escalation but blames rhetoric on
#   both sides and calls for a mass anti-war movement rather than for a policy choice within
#   NATO.
# - **Washington's role.** Several European actors read US statements as a shift of
#   responsibility to Europe; US officials stressed their commitment to defend allied
#   territory. The chapter on the US stance sets out the dated statements.
#
# ## Limitations
#
# - A perspective is compressed into a few sentences; each actor said more than the matrix
#   can hold, and positions moved over the weeks covered.
# - The selection of analysts is not a sample of expert opinion; it was chosen to show the
#   range of views, from hawkish to restraint-minded.
# - Quotations are short and may lose context; the sources in the data give the full text.
#
# ## Discussion questions
#

# %% tags=["hide-input"]
from report.classroom.material import discussion_questions

discussion_questions("60_perspectives")
