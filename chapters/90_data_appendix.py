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
# (chapter-data)=
# # Data appendix

# %% tags=["hide-input"]
from IPython.display import display

from report.data.load import load_all, read_package
from report.foundation.glue import glue
from report.rendering.catalog import catalogue
from report.rendering.preamble import setup_chapter
from report.rendering.tables import table
from report.words.facts import citation, coverage_sentence, rows_on_aggregators_alone
from report.words.labels import labelled

setup_chapter()
package = read_package()
tables = load_all()
glue("total_rows", sum(len(frame) for name, frame in tables.items() if name != "sources"))
glue("n_sources", len(tables["sources"]))
glue("coverage", coverage_sentence())
# The About page quotes these: how to cite the report, and how many rows rest on aggregators.
glue("citation", citation())
weak_rows, all_rows = rows_on_aggregators_alone()
glue("rows_on_aggregators", f"{weak_rows} of {all_rows} ({weak_rows / all_rows:.0%})")

# %% [markdown]
# Every number, table and chart in this report is drawn from the datasets described here.
# The descriptions below are generated from the machine-readable schema
# (`data/datapackage.json`), the same schema that the build enforces: a row that breaks it
# stops the build with the file, row and column named. {glue:text}`coverage`. Together the tables hold {glue:text}`total_rows` rows citing
# {glue:text}`n_sources` sources.
#
# :::{only} latex
# In print, this chapter is short: the column-by-column data dictionary and the full list of
# sources, with every address, are in the separate appendix PDF, published beside this one.
# :::
#

# %% [markdown]
# ## Source policy
#
# Each source is classified. Official primary sources (governments, ministries, armed
# forces, NATO) and news agencies or established outlets are preferred; secondary
# aggregators (encyclopaedias, blogs, summaries) are used only where nothing better was
# found, and say so; state-affiliated media document only that state's own position.

# %% tags=["hide-input"]
source_classes = (
    labelled(tables["sources"]["source_class"], "sources", "source_class")
    .value_counts()
    .rename_axis("source class")
    .reset_index(name="sources")
)
table(source_classes, widths=[3, 1], caption="Sources by class")

# %% [markdown]
# ## The tables
#
# For each table: what a row is, how many rows it has, its caveats, a download link, and a
# dictionary of its columns with their types, units and rules.

# %% tags=["hide-input"]
for card, columns in catalogue():
    display(card)
    display(columns)

# %% [markdown]
# ## All sources
#
# The full list of the sources cited by the data, with the address of each page that was
# read and its class, is on its own page: {ref}`the source list <chapter-sources>`. The same list can be
# downloaded as [sources.csv](../data/sources.csv).
