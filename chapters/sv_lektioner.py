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
# (chapter-sv-lektioner)=
# # Lektioner och övningar
#

# %% tags=["remove-input"]
from report.classroom.material import (
    class_facts,
    factual_questions,
    glossary_list,
    questions_by_chapter,
)
from report.classroom.slide_charts import readings_markdown
from report.data.load import load_table
from report.foundation.glue import glue
from report.rendering.preamble import setup_chapter

setup_chapter()
# The figures the lessons quote, computed from the data (report.classroom.material.class_facts),
# and the claim cards' one number (report.classroom.material.STARTER_CARDS).
facts = class_facts("sv")
for key in ("card_article4", "card_baltics"):
    glue(key, facts[key])

# %% [markdown]
# Här finns två lektionsplaneringar, en källkritisk övning med påståendekort, en dataövning och
# diskussionsfrågor till rapportens kapitel. Allt bygger på rapportens kapitel och data. En
# sammanfattning av rapporten finns {ref}`på svenska <chapter-svenska>`.
#
# Målet är inte i första hand att ni ska lära er vad som hände hösten 2025, utan att ni ska öva
# på att skilja mellan tre saker:
#
# - **fakta**: uppgifter som kan beläggas med källor;
# - **påståenden**: uppgifter som en part står för men som inte är bekräftade av andra;
# - **åsikter**: värderingar och tolkningar av vad något betyder eller vad man borde göra.
#
# Ämnet är omstritt, och just därför passar det bra att öva på. Skriv gärna ”enligt …” när en
# uppgift bara kommer från en part: ”enligt Estland”, ”enligt Rysslands försvarsministerium”.
#
# ## Lektion på 45 minuter
#
# | Tid | Vad ni gör | Material |
# |---|---|---|
# | 0–5 min | Startfråga: ”Vad vet ni om drönarna över Polen hösten 2025?” Läraren skriver upp svaren på tavlan utan att rätta dem. | tavlan |
# | 5–15 min | Läs {ref}`sammanfattningen på svenska <chapter-svenska>` tillsammans och titta på kartan i {ref}`inledningen <chapter-intro>`. Skriv ner tre uppgifter och vem som står för var och en av dem. | sammanfattningen på svenska, kartan |
# | 15–30 min | Arbeta i par med den källkritiska övningen nedan. Ni får två påståendekort (förslag: kort {glue:text}`card_article4` och {glue:text}`card_baltics`). | påståendekorten, {ref}`granskningen av artikeln <chapter-audit>` |
# | 30–40 min | Paren redovisar. Jämför era bedömningar med rapportens granskningstabell. Om ni har kommit fram till något annat: varför? | {ref}`granskningstabellen <chapter-audit-table>` |
# | 40–45 min | Tillbaka till tavlan: vilka av svaren från början var fakta, vilka var påståenden och vilka var åsikter? Avsluta med en utgångslapp (se nedan). | tavlan, lappar |
#
# ## Lektion på 90 minuter
#
# | Tid | Vad ni gör | Material |
# |---|---|---|
# | 0–10 min | Samma startfråga som ovan. Läraren delar ut tidslinjen och begreppslistan. | tidslinjen (elevhäftet), {ref}`sv-begreppslista` |
# | 10–30 min | Arbeta i fyra grupper. Varje grupp läser en av de korta texterna nedan (incidenterna, alliansens svar, USA:s hållning eller Sverige; ungefär en sida, med ett diagram) och förbereder en sammanfattning på två minuter med diagrammet. | {ref}`sv-lasningar`, elevhäftet |
# | 30–45 min | Grupperna redovisar. Klassen fyller på tidslinjen med händelser som saknas. | tidslinjen |
# | 45–65 min | Den källkritiska övningen med påståendekort. Därefter perspektivövningen: varje grupp lottar en aktör ur {ref}`kapitlet om perspektiven <chapter-perspectives>` och förklarar aktörens syn med aktörens egna argument. | påståendekorten, perspektivtabellen |
# | 65–80 min | Dataövningen nedan, i kalkylarket (Excel, Google Kalkylark eller LibreOffice). | kalkylarket |
# | 80–90 min | Två eller tre diskussionsfrågor i helklass. Utgångslapp. | frågorna nedan |
#
# **Utgångslapp:** Skriv färdigt meningen ”En sak jag skulle kontrollera innan jag delar ett
# inlägg om det här är …”.
#
# **Om perspektivövningen:** Att förklara en aktörs syn är inte detsamma som att hålla med om
# den. Ni framför aktörens argument så som aktören själv uttrycker dem, och klassen granskar
# sedan vilka belägg som finns för dem.
#

# %% [markdown]
# (sv-lasningar)=
# ## Läsningar för grupperna
#
# En kort text för varje grupp i lektionen på 90 minuter, med ett diagram och källorna. Texterna är på svenska och tar några minuter att läsa; siffrorna räknas fram ur rapportens data. Samma texter finns i elevhäftet.

# %% tags=["remove-input"]
readings_markdown()

# %% tags=["remove-input"]
for key in ("n_factual_claims", "card_large_scale", "card_jonson", "card_efn"):
    glue(key, facts[key])

# %% [markdown]
# ## Källkritisk övning: debattartikeln
#
# Rapporten granskar en debattartikel av Per Olsson från Socialistiskt Alternativ, den svenska
# sektionen av International Socialist Alternative. Artikeln publicerades första gången den
# 1 oktober 2025. Den argumenterar från en antimilitaristisk och socialistisk utgångspunkt för
# att luftrumskränkningarna, USA:s vacklande och den svenska regeringens retorik ökar risken för
# krig mellan Nato och Ryssland. Rapporten läser artikeln i en engelsk version som publicerades
# senare på en annan webbplats, så ordalydelsen kan skilja sig från originalet.
#
# Rapporten tar inte ställning till artikelns argument. Den kontrollerar de fakta som
# argumentet vilar på. Det är också er uppgift här. Artikeln innehåller
# {glue:text}`n_factual_claims` faktapåståenden som går att kontrollera, och dessutom tolkningar
# och förutsägelser.
#
# ### Påståendekorten
#
# Läraren delar ut kort med ett påstående ur artikeln på varje kort, i rapportens översättning. Korten har samma nummer på den här sidan, i elevhäftet, i lärarhandledningen och på bilderna.
# Korten säger inget om vad som är rätt eller fel. Det är det ni ska ta reda på.
#
# ### Arbetsgång
#
# Gå igenom varje påstående steg för steg:
#
# 1. **Vad påstås exakt?** Skriv påståendet med egna ord i en enda mening.
# 2. **Faktum, tolkning eller förutsägelse?** Skulle någon källa kunna avgöra saken? En tolkning,
#    till exempel om vad Ryssland ville uppnå, kan stödjas eller ifrågasättas men inte bevisas.
#    En förutsägelse handlar om något som ännu inte har hänt.
# 3. **Varifrån kommer uppgiften?** Anger artikeln en källa? Är den källan ursprunget, eller ett
#    återgivande av ett återgivande? Använd de källkritiska kriterierna:
#    - *äkthet*: är källan den den utger sig för att vara?
#    - *tid*: hur lång tid efter händelsen kom uppgiften?
#    - *beroende*: bygger källan på en annan källa?
#    - *tendens*: har källan skäl att vinkla uppgiften?
# 4. **Vad säger förstahandskällorna?** Leta först efter fördragstexten och regeringarnas eller
#    Natos egna uttalanden, sedan efter nyhetsbyråernas rapporter. Rapportens data visar vilka
#    källor som finns.
# 5. **Bedömning.** Välj en av rapportens kategorier och motivera ditt val i en mening:
#    - *styrkt*: källorna bekräftar påståendet;
#    - *delvis styrkt*: kärnan stämmer, men en detalj (ett datum, ett ord, vem som sa något)
#      stämmer inte;
#    - *inte styrkt*: ingen källa bekräftar påståendet, men ingen motsäger det heller;
#    - *motsagt*: tillförlitliga källor visar att påståendet är fel;
#    - *går inte att kontrollera*: det som behövs för att kontrollera saken, till exempel en
#      intervju eller ett citat, har inte gått att hitta.
#
# Tolkningar och förutsägelser får ingen sådan bedömning. För dem räcker det att ni skriver vilka
# belägg som skulle tala för och emot.
#
# ### Påståenden att börja med
#
# | Kort | Påstående i artikeln (med egna ord) | Att tänka på |
# |---|---|---|
# | {glue:text}`card_article4` | Artikel 4 innebär att Natoländerna ska samordna motåtgärder och attacker i en kris. | Läs vad fördraget faktiskt säger. Jämför med artikel 5. |
# | {glue:text}`card_baltics` | Efter Estland har även Litauen och Lettland åberopat artikel 4. | Vad sade Nordatlantiska rådet när Estlands begäran behandlades? Vilka samråd finns med i rapportens tabell över artikel 4? |
# | {glue:text}`card_large_scale` | Nedskjutningen av ryska drönare över Polen var en storskalig Natooperation. | Vilka länder deltog, och hur? Hur många drönare flög in, och hur många sköts ned? Vem räknade? |
# | {glue:text}`card_jonson` | Försvarsminister Pål Jonson ska ha sagt att Nato är berett på en väpnad konflikt med Ryssland. | Går citatet att hitta? Vad sade han i andra sammanhang samma vecka? |
# | {glue:text}`card_efn` | Ekonomikanalen EFN rapporterade, med Financial Times som källa, att europeiska tjänstemän var oroliga för att USA ville lägga skulden på Europa. | Hur många led finns mellan den ursprungliga källan och artikeln? Vad kan gå förlorat i varje led? |
#
# Rapportens egna bedömningar finns i {ref}`granskningstabellen <chapter-audit-table>`. Ni får gärna komma fram till
# något annat, så länge ni kan motivera varför.
#
# **Att diskutera efteråt:** Artikeln är skriven av en politisk organisation. Betyder det att
# faktauppgifterna i den är fel? Betyder det att de är rätt? Vad säger tendenskriteriet, och vad
# säger det inte?
#
# ## Dataövning: ändra ett filter och se diagrammet ändras
#
# I den här övningen räknar ni hur många incidenter rapportens data har för ett land, månad för
# månad, och ser hur bilden ändras när ni byter land eller kategori. Övningen är ett kalkylark som
# öppnas i Excel, Google Kalkylark och LibreOffice. Ingenting behöver installeras.
#
# 1. Ladda ner <a href="../downloads/dataovning.xlsx" download>kalkylarket (xlsx)</a> och öppna det.
#    I Google Kalkylark: *Arkiv → Importera → Ladda upp*.
# 2. Bladet *Läs mig* har uppgifterna på svenska och engelska.
# 3. Öppna bladet *Per månad*. I cell B1 står landskoden `PL` (Polen) och i cell B2 kategorin
#    `violation` (luftrumskränkning). Tabellen och diagrammet visar antalet incidenter per månad.
# 4. Byt landskoden i B1, till exempel till `RO` (Rumänien), `EE` (Estland), `LT` (Litauen),
#    `DK` (Danmark), `DE` (Tyskland) eller `BE` (Belgien). Tabellen och diagrammet räknas om.
# 5. Byt kategorin i B2 mot `sighting` (observation där ursprunget inte är fastställt), eller mot
#    `*` för att få med alla slags incidenter.
#
# Den som har Jupyter kan i stället göra samma övning i
# <a href="../downloads/data-exercise.zip" download>övningsfilen för Jupyter (zip, på engelska)</a>.
#
# **Frågor till diagrammet:**
#
# - Vad förändras när ni byter land eller kategori?
# - Vad räknar diagrammet egentligen: drönare eller händelser?
# - Vad visar diagrammet *inte*? Tänk på incidenter som ingen rapporterade, och på skillnaden
#   mellan en observation och en bekräftad luftrumskränkning.
#
#

# %% [markdown]
# ## Diskussionsfrågor kapitel för kapitel
#
# Frågorna finns på engelska i slutet av varje kapitel. Välj ut några; alla behöver inte hinnas
# med.
#

# %% tags=["remove-input"]
questions_by_chapter("sv")

# %% [markdown]
# ## Faktafrågor
#
# Frågor att besvara med hjälp av rapporten. Ange källan till varje svar.
#

# %% tags=["remove-input"]
factual_questions("sv")

# %% [markdown]
# (sv-begreppslista)=
# ## Begreppslista
#
# Begreppen nedan förklaras med rapportens egna ord. Källorna till varje förklaring finns i den
# engelska begreppslistan i {ref}`klassrumsguiden <chapter-classroom>`.
#

# %% tags=["remove-input"]
glossary_list(load_table("glossary"), "sv")
