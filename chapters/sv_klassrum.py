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
# (chapter-svenska)=
# # På svenska: rapporten i korthet
#
# :::{admonition} För lärare och elever
# :class: tip
# En sammanfattning på svenska för gymnasiets samhällskunskap och historia. Lektionsplaneringar,
# diskussionsfrågor och övningar på svenska finns på sidan Lektioner och övningar, lärarhandledningen
# med facit på sidan Lärarhandledning (på webbplatsen och som tryckta häften).
# Alla siffror nedan räknas fram ur rapportens data, precis som i de engelska kapitlen.
# :::
#

# %% tags=["remove-input"]
import pandas as pd

from report.data.load import load_table
from report.foundation.glue import glue
from report.rendering.preamble import setup_chapter
from report.rendering.tables import table
from report.words.facts import coverage_sentence_sv, key_figures, long_date_sv

setup_chapter()
# Swedish prose takes the same numbers as the English chapters, computed here from the data.
article4 = load_table("article4")
claims = load_table("article_claims")
held = article4[article4["status"] == "held"]
factual = claims[claims["claim_type"] == "factual"]
verdicts = factual["verdict"].value_counts()

for name, value in key_figures().items():  # the same figures as the English chapters
    glue(f"sv_{name}", value)
glue("sv_a4_held", len(held))
glue("sv_a4_2025", int((held["date"].dt.year == 2025).sum()))
glue("sv_a4_first", int(held["date"].dt.year.min()))
glue("sv_n_factual", len(factual))
for verdict in ("supported", "partly_supported", "contradicted", "not_verifiable"):
    glue(f"sv_{verdict}", int(verdicts.get(verdict, 0)))
glue("sv_n_perspectives", len(load_table("perspectives")))
glue("sv_coverage", coverage_sentence_sv())

# %% [markdown]
# ## Vad hände?
#
# Natten mellan den 9 och 10 september 2025, mitt under en stor rysk flygattack mot Ukraina, flög
# ryska drönare in i polskt luftrum. Hur många det var beror på vem man frågar: uppgifterna varierar
# mellan källorna, {glue:text}`sv_pl_count` drönare, och {glue:text}`sv_pl_shot` av dem sköts ned av polska och
# nederländska stridsflygplan. Vem som uppger vilken siffra står i {ref}`kapitlet om incidenterna <chapter-incidents>`.
#
# Den 13 september var en drönare i rumänskt luftrum i ungefär {glue:text}`sv_ro_minutes` minuter.
# Den 19 september flög {glue:text}`sv_ee_jets` ryska MiG-31 in över Estland och stannade där i
# ungefär {glue:text}`sv_ee_minutes` minuter, enligt Estland. Rysslands försvarsministerium förnekar
# att planen var i estniskt luftrum.
#
# ## Hur svarade Nato?
#
# Polen och Estland begärde samråd enligt artikel 4 i Nordatlantiska fördraget. Artikel 4 betyder
# att de allierade ska *rådgöra* med varandra; löftet om gemensamt försvar finns i artikel 5, som
# inte åberopades. I rapportens data har artikel 4 lett till {glue:text}`sv_a4_held` samråd, det
# första {glue:text}`sv_a4_first` och {glue:text}`sv_a4_2025` av dem i september 2025. Nato inledde
# samtidigt Eastern Sentry, en förstärkning av luftförsvaret längs alliansens östra flank
# ({ref}`kapitlet om alliansens svar <chapter-alliance>`). Hur USA och Sverige reagerade beskrivs i {ref}`kapitlet om USA:s hållning <chapter-us>` och
# {ref}`kapitlet om Sverige <chapter-sweden>`.
#
# ## Debattartikeln
#
# Rapporten granskar en debattartikel från den antimilitaristiska vänstern, skriven av Per Olsson
# och publicerad den 1 oktober 2025. Artikeln är rapportens studieobjekt, inte dess röst. Av
# artikelns {glue:text}`sv_n_factual` faktapåståenden som går att kontrollera är
# {glue:text}`sv_supported` styrkta, {glue:text}`sv_partly_supported` delvis styrkta,
# {glue:text}`sv_contradicted` motsägs av källorna och {glue:text}`sv_not_verifiable` går inte att
# kontrollera. Artikelns tolkningar och förutsägelser får inget omdöme; de redovisas som
# författarens argument ({ref}`granskningen av artikeln <chapter-audit>`). Rapporten jämför dessutom
# {glue:text}`sv_n_perspectives` perspektiv, från Polens och de baltiska ländernas
# regeringar till Nato, USA, Rysslands regering, Sveriges regering och artikelns författare
# ({ref}`kapitlet om perspektiven <chapter-perspectives>`).
#
# ## Att tänka på i klassrummet
#
# - **Håll isär fakta, påståenden och åsikter.** En uppgift som bara en part står för redovisas som
#   den partens uppgift: ”enligt Estland”, ”enligt Rysslands försvarsministerium”.
# - **Kriget berör många elever personligen.** Elever med ukrainsk, rysk eller baltisk bakgrund
#   ska aldrig behöva företräda ett land eller en regering; låt dem välja roll själva.
# - **Källorna finns i rapporten.** Varje tabell i de engelska kapitlen länkar till sina källor.
#
# {glue:text}`sv_coverage`.
#

# %% [markdown]
# ## Svenska uttalanden i original
#
# Rapportens kapitel om Sverige återger uttalandena med egna ord på engelska. Här står de uttalanden som en svensk källa återger ordagrant, med de svenska orden bredvid en sammanfattning på svenska. Kontrollera gärna citaten i källan: ordalydelsen kan ha förkortats av nyhetsbyrån eller tidningen.
#

# %% tags=["remove-input"]
statements = load_table("sweden_statements")
summaries = load_table("sweden_statements_sv").set_index("statement_id")["summary_sv"]
quoted = statements[statements["quote_sv"].notna()].sort_values("date")
quotes = {
    "Datum": quoted["date"].map(long_date_sv),
    "Vem": quoted["speaker"],
    "På svenska": quoted["quote_sv"],
    "Sammanfattning": quoted["statement_id"].map(summaries),
}
table(
    pd.DataFrame(quotes),
    widths=[1.2, 1.4, 2.4, 3.2],
    caption="Svenska uttalanden med originalets ord",
    sources=quoted["quote_sv_source_id"],
    sources_header="Källa",
)
