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
# (chapter-sources)=
# # All sources

# %% tags=["hide-input"]
import pandas as pd

from report.data.load import load_table
from report.data.source_policy import STANDING_GROUPS, standing, standing_group
from report.foundation.glue import glue
from report.rendering.preamble import setup_chapter
from report.rendering.tables import table
from report.words.bib import item_date
from report.words.facts import best_standing_sentence

setup_chapter()
sources = load_table("sources").sort_values(["publisher", "title"], key=lambda s: s.str.lower())
glue("n_listed", len(sources))
# The About page quotes this sentence: how the rows of evidence are sourced, best source first.
glue("best_standing", best_standing_sentence())

# %% [markdown]
# Every source cited by any row of the data, linked to the page that was read. Where that
# page is a copy of another outlet's report, the link names the original publisher first and
# the copy second ("Reuters, via CNA"); [sources.csv](../data/sources.csv) holds the details.
# The date is the item's own where the data know it (the original's date for a copy), and the
# standing says what kind of publisher stands behind it: *Official*, *News outlet*, *Research*,
# *State media*, *Secondary*, or *Copy of …* naming the original, as the source policy on the
# {ref}`About page <chapter-about>` sets out. {screen-only}`Type in the box to filter the list by publisher, title or year, or choose a standing.`
# This list holds {glue:text}`n_listed` sources. {glue:text}`best_standing`
#
# :::{only} latex
# In print, this chapter is short: the column-by-column data dictionary and the full list of
# sources, with every address, are in the separate appendix PDF, published beside this one.
# :::
#

# %% tags=["hide-input"]
groups = pd.Categorical(
    sources.apply(standing_group, axis=1), categories=STANDING_GROUPS, ordered=True
)
table(
    sources.assign(date=sources.apply(item_date, axis=1), standing=sources.apply(standing, axis=1))[
        ["title", "date", "standing"]
    ],
    widths=[3.6, 1.0, 1.3],
    caption="Sources",
    sources=sources["source_id"],
    filterable=True,
    online_only=True,
    sources_header="Publisher (linked)",
    source_marks=False,
    choose_by=("Standing", pd.Series(groups)),
)
