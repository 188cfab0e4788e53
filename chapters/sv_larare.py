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
# (chapter-sv-larare)=
# # Lärarhandledning
#

# %% tags=["remove-input"]
from report.classroom.material import class_facts, factual_answers, model_answers
from report.foundation.glue import glue
from report.rendering.preamble import setup_chapter

setup_chapter()
# The figures the notes quote, computed from the data (report.classroom.material.class_facts),
# and the claim cards' one number (report.classroom.material.STARTER_CARDS).
facts = class_facts("sv")
claim_figures = ["n_claims", "n_factual_claims", "n_arguments"]
cards = ["card_article4", "card_baltics", "card_jonson", "card_efn"]
followed = ["followed_n", "followed_first", "followed_last", "followed_countries"]
for key in [*claim_figures, *cards, *followed, "followed_violations"]:
    glue(key, facts[key])

# %% [markdown]
# Den här sidan hör till {ref}`lektionerna och övningarna <chapter-sv-lektioner>` och är skriven för dig som undervisar. Här
# finns förslag på tidsåtgång, en beskrivning av hur du använder påståendekorten, råd om hur du
# anpassar arbetet för gymnasiet och högskolan, fördjupningsuppgifter och råd om känsliga frågor i
# klassrummet. Svaren på faktafrågorna och modellsvaren på diskussionsfrågorna finns längre ned på sidan, och rapportens
# bedömning av varje påstående i debattartikeln finns i {ref}`granskningstabellen <chapter-audit-table>`. Låt eleverna
# arbeta med källorna innan de ser rapportens bedömningar.
#
# ## Förberedelser och tidsåtgång
#
# | Moment | Tid | Kommentar |
# |---|---|---|
# | Dina förberedelser | 45–60 min | Läs {ref}`sammanfattningen på svenska <chapter-svenska>`, {ref}`granskningen av artikeln <chapter-audit>` och den här sidan, särskilt avsnittet om känsliga frågor. Skriv ut påståendekorten, tidslinjen och begreppslistan. |
# | Lektion på 45 minuter | 45 min | Kräver inga förkunskaper om Nato. Sammanfattningen på svenska räcker som gemensam text. |
# | Lektion på 90 minuter | 90 min | Varje grupp läser en kort text på svenska (ungefär en sida, se {ref}`sv-lasningar`): några minuters läsning och en kvart för att förbereda redovisningen. Kan delas upp på två tillfällen. |
# | Påståendekort och källkritisk övning | 15–20 min | Räkna med 5–7 minuter per kort och par. |
# | Perspektivövning | 15–20 min | Lotta aktörerna (se avsnittet om känsliga frågor). |
# | Dataövning | 15 min | Kalkylarket öppnas i Excel, Google Kalkylark och LibreOffice och kräver ingen installation. Prova gärna i förväg på en av skolans datorer. |
# | Diskussionsfrågor | 5–10 min per fråga | Välj två eller tre per lektion. |
# | Fördjupningsuppgifter | 1–3 lektioner | Se nedan. |
#
# ## Så använder du påståendekorten
#
# Rapporten delar upp debattartikeln i {glue:text}`n_claims` påståenden:
# {glue:text}`n_factual_claims` faktapåståenden och {glue:text}`n_arguments` tolkningar och
# förutsägelser. Varje påstående kan bli ett kort.
#
# **Förbered korten.** Skriv ett påstående på varje kort, med rapportens egna ord ur
# granskningstabellen. Skriv varken typ eller bedömning på korten. Korten i elevhäftet är färdiga att
# klippa ut: de har samma nummer som på sidan Lektioner och övningar, i facit och på bilderna, så
# du behöver inte märka något för hand.
#
# **Genomför övningen i fem steg.**
#
# 1. **Sortera.** Paren lägger korten i tre högar: faktum, tolkning och förutsägelse. De använder
#    inga källor ännu. Gå igenom högarna i helklass och stanna vid korten där paren är oense. Ett
#    bra exempel att diskutera är ett påstående om hur något *har beskrivits*: det är ett
#    faktapåstående (det går att kontrollera om någon sade så), även om själva beskrivningen är en
#    värdering.
# 2. **Kontrollera.** Varje par tar två faktakort och följer arbetsgången i elevmaterialet: egna
#    ord, typ, ursprung, förstahandskällor.
# 3. **Bedöm.** Paren väljer en av rapportens kategorier och motiverar den i en mening.
# 4. **Jämför.** Först nu visar du rapportens bedömningar i granskningstabellen. Där paren har
#    kommit fram till något annat: be dem förklara varför. En väl motiverad avvikelse är ett bra
#    resultat, inte ett fel.
# 5. **Tolkningar och förutsägelser.** Dessa kort bedöms inte. Låt i stället paren skriva ett
#    belägg som skulle tala för och ett som skulle tala emot.
#
# **Tips.**
#
# - Korten {glue:text}`card_article4` och {glue:text}`card_baltics` passar bäst för en första övning, eftersom fördragstexten och Natos
#   egna uttalanden är lätta att jämföra med artikeln. Korten {glue:text}`card_jonson` och {glue:text}`card_efn` är svårare: de handlar om citat som
#   inte går att hitta och om kedjor av källor, och passar elever som är vana vid källkritik.
# - Påminn om att ”går inte att kontrollera” inte betyder ”fel”. Det betyder att det som behövs
#   för att avgöra saken inte har gått att hitta.
# - Låt gärna två par arbeta med samma kort utan att prata med varandra och jämför sedan deras
#   bedömningar.
#
# **Vad ett bra svar innehåller.** Ett bra svar återger påståendet korrekt med egna ord, anger
# rätt typ och förklarar varför, följer uppgiften tillbaka till dess ursprung, namnger minst en
# förstahandskälla, och motiverar bedömningen med rapportens kategorier. Det skiljer mellan ”jag
# hittade ingen källa” och ”källorna visar att det är fel”, och det använder ”enligt …” när en
# uppgift bara kommer från en part.
#
# ## Vad ett bra svar innehåller i de andra övningarna
#
# Modellsvaren på diskussionsfrågorna finns sist på sidan; de visar vad ett starkt svar innehåller,
# inte ett enda rätt svar. I allmänhet känns ett bra svar igen på att eleven
#
# - skiljer mellan belägg och värderingar och säger vilket som är vilket;
# - anger varifrån en uppgift kommer och hur säker den är;
# - tar hänsyn till mer än ett perspektiv, även ett som eleven inte delar;
# - säger vilka belägg som skulle kunna få eleven att ändra uppfattning;
# - inte tillskriver någon aktör avsikter som källorna inte visar.
#
# I dataövningen visar ett bra svar att eleven har förstått att diagrammet räknar *händelser* och
# inte föremål, att en tom månad inte behöver betyda att inget hände, att en observation inte är
# detsamma som en bekräftad luftrumskränkning, och att diagrammet inte säger något om vem som låg
# bakom.
#
# I tidslinjearbetet visar ett bra svar att eleven skiljer mellan uppgifter som flera oberoende
# källor står för och uppgifter som bara en part står för, och att eleven ser var en part förnekar
# det andra påstår.
#
# ## Anpassning
#
# ### Gymnasiet
#
# Materialet passar samhällskunskap och historia ({ref}`chapter-sv-kursplan`).
#
# - Arbeta med två påståendekort i stället för tre, helst kort {glue:text}`card_article4` och {glue:text}`card_baltics`.
# - Dela ut begreppslistan och tidslinjen före lektionen. Många elever behöver tid med ord som
#   *samråd*, *suveränitet*, *territorialvatten* och *tillskriva*.
# - Ge meningsstartare, till exempel ”Enligt …”, ”Det finns inga belägg för att …”, ”Det här är
#   en tolkning eftersom …”.
# - Rapportens kapitel är på engelska, men de fyra läsningarna, korten och källpaketen finns på
#   svenska i elevhäftet. Elever som läser
#   svenska som andraspråk kan få begreppslistan i förväg och arbeta i par.
# - Gör perspektivövningen med färre aktörer, till exempel Polens regering, Rysslands regering
#   och Sveriges regering.
# - Dela vid behov upp lektionen på 90 minuter på två tillfällen, med den källkritiska övningen
#   och perspektivövningen i det andra.
#
# ### Högskolan
#
# För statsvetenskap, historia, medie- och kommunikationsvetenskap och lärarutbildning.
#
# - Låt studenterna koda om de amerikanska och svenska uttalandena med rapportens kodböcker
#   ({ref}`kapitlet om USA:s hållning <chapter-us>`, {ref}`kapitlet om Sverige <chapter-sweden>`) och jämföra sina koder med en kurskamrats. Hur ofta
#   är de överens, och vad säger det om manuell kodning?
# - Låt dem läsa källorna bakom ett påstående på originalspråket och pröva om rapportens
#   bedömning håller.
# - Diskutera metodvalen: varför räknar rapporten händelser och inte föremål, varför redovisar den
#   intervall med namngivna källor i stället för en enda siffra, och varför klassar den varje
#   källa?
# - Använd {ref}`databilagan <chapter-data>` för att diskutera hur ett öppet dataunderlag med regler och
#   kontroller gör det möjligt för andra att granska slutsatserna.
# - Använd {ref}`kapitlet om vad som följde <chapter-followed>` för att diskutera vad som händer med ett dataunderlag när
#   källorna blir färre över tid.
#
# ### Fördjupningsuppgifter
#
# 1. **Vad hände sedan?** Rapportens data innehåller {glue:text}`followed_n` incidenter mellan
#    {glue:text}`followed_first` och {glue:text}`followed_last` i {glue:text}`followed_countries`
#    medlemsländer, och {glue:text}`followed_violations` av dem är luftrumskränkningar som en
#    officiell instans har tillkännagett ({ref}`kapitlet om vad som följde <chapter-followed>`). Rumänien övervägde samråd enligt
#    artikel 4 efter att en drönare träffat ett flerbostadshus i Galați våren 2026, men valde i
#    stället informella samtal med allierade i regionen och tog upp saken i FN:s säkerhetsråd. Låt eleverna jämföra med september
#    2025: vad har förändrats, och vad kan källorna inte säga?
# 2. **Originalcitat.** Låt eleverna jämföra de svenska originalformuleringarna från svenska
#    politiker och militärer med rapportens engelska sammanfattningar i {ref}`kapitlet om Sverige <chapter-sweden>`, och
#    med artikelns återgivning av Pål Jonson (kort {glue:text}`card_jonson`). Vad händer med ett uttalande när det
#    översätts fram och tillbaka, eller förenklas?
# 3. **Historiebruk.** Polens statsminister Donald Tusk sade att landet var närmare en öppen
#    konflikt än någon gång sedan andra världskriget. Ulf Kristersson jämförde ökningen av
#    försvarsbudgeten med kalla krigets allra värsta dagar. Varför använder politiker historiska
#    jämförelser, och vad vill de uppnå med dem?
# 4. **Koda själv.** Låt eleverna koda några uttalanden från en annan svensk aktör, till exempel
#    ett oppositionsparti, med rapportens kodbok och jämföra med regeringens uttalanden.
# 5. **Debattartikel med faktakoll.** Eleverna skriver en kort debattartikel om hur Sverige bör
#    agera. Sedan byter de med en kamrat, som granskar faktapåståendena med samma metod som
#    rapporten använder.
# 6. **Drönaren i Malmö.** I februari 2026 upptäckte Försvarsmakten en drönare nära det franska
#    hangarfartyget Charles de Gaulle, som låg i Malmö. Försvarsminister Pål Jonson sade att
#    tekniska data visade att drönaren hade skickats upp från ett ryskt signalspaningsfartyg och
#    att den hade kränkt svenskt luftrum. Vilka uppgifter kommer från vem, och vad skulle eleverna
#    vilja veta mer om?
#
# ## Känsliga frågor i klassrummet
#
# Kriget i Ukraina är inte ett abstrakt ämne för alla elever. Läs det här avsnittet innan du
# börjar.
#
# ### Elever med band till Ukraina, Ryssland, Belarus, Polen eller Baltikum
#
# I många klasser finns elever med familj i Ukraina, Ryssland, Belarus, Polen, Estland, Lettland
# eller Litauen, och några har egna erfarenheter av krig och flykt.
#
# - **Be aldrig en elev tala för ett land eller en grupp** utifrån sin bakgrund. Ingen ska behöva
#   förklara eller försvara en regering.
# - **Skilj på regeringar och människor.** Rapporten granskar uttalanden från den ryska
#   *regeringen*. Det säger ingenting om ryska eller rysktalande människor, i Sverige eller någon
#   annanstans. Detsamma gäller Polens, Estlands, USA:s och Sveriges regeringar. Säg det gärna
#   högt i början av lektionen, och ingrip mot generaliseringar som ”ryssarna” eller ”ukrainarna”.
# - **Lotta rollerna i perspektivövningen** och säg tydligt att den som framför en ståndpunkt
#   inte behöver dela den. Låt elever som inte vill företräda en viss regering byta roll eller bli
#   granskare.
# - **Fråga inte efter personliga erfarenheter.** Om en elev själv vill berätta, låt eleven
#   bestämma hur mycket.
# - **Undvik bilder av förstörelse och skadade människor.** Rapportens tabeller och diagram räcker
#   för alla övningar.
#
# ### Oro för krig
#
# Frågor om drönare, stridsflygplan och Nato kan väcka rädsla, även hos elever utan egen koppling
# till kriget.
#
# - **Ta oron på allvar, men förstärk den inte.** Det hjälper ofta att visa vad källorna faktiskt
#   säger. Artikel 4 handlar om samråd, inte om krig. Överbefälhavaren Michael Claesson bedömde i
#   september 2025 att Ryssland inte vill gå i krig med Nato, samtidigt som han inte uteslöt en
#   upptrappning.
# - **Avsluta med något konkret.** Den källkritiska metoden är något eleverna kan använda själva
#   när de möter skrämmande inlägg i sociala medier.
# - **Ge tid för frågor efteråt**, och hänvisa vid behov till elevhälsan. Tala med mentorn om en
#   elev verkar särskilt påverkad.
#
# ### Politiska meningsskiljaktigheter i klassen
#
# Ämnet berör säkerhetspolitik, Nato och försvarsutgifter, där elever och deras familjer kan ha
# starka och olika uppfattningar.
#
# - **Bestäm samtalsregler i förväg:** vi granskar påståenden, inte personer; vi anger källa; vi
#   låter varandra tala till punkt.
# - **Håll isär fakta och politik.** Rapporten kontrollerar debattartikelns fakta men betygsätter
#   inte dess argument. Samma krav gäller regeringarnas uttalanden: en uppgift blir inte sann för
#   att en regering står för den, och inte falsk för att en politisk rörelse gör det.
# - **Var saklig och allsidig.** Se till att flera uppfattningar kommer till tals, och var tydlig
#   med när du själv uttrycker en åsikt.
# - **Ta desinformation på allvar.** Elever kan ha mött påståenden om händelserna i sociala medier,
#   på olika språk. Pröva dem med samma metod som eleverna använde på debattartikeln, i stället för
#   att avfärda dem.
#

# %% [markdown]
# ## Svar på faktafrågorna
#

# %% tags=["remove-input"]
factual_answers("sv")

# %% [markdown]
# ## Modellsvar på diskussionsfrågorna
#
# Svaren visar vad ett bra svar innehåller. På frågor som gäller åsikter väger de skälen på båda sidor i stället för att ge ett enda rätt svar.
#

# %% tags=["remove-input"]
model_answers("sv")

# %% [markdown]
# (chapter-sv-kursplan)=
# ## Koppling till ämnesplanerna
#
# Materialet passar i samhällskunskap och historia på gymnasiet. Här beskrivs med egna ord vilka
# delar av ämnesplanerna det knyter an till. Ämnesplanernas exakta lydelse finns hos Skolverket;
# kontrollera alltid den gällande texten innan du planerar.
#
# ### Vilka ämnesplaner gäller?
#
# Sedan den 1 juli 2025 gäller Gy25 i gymnasieskolan. Kursbetyg ersätts av ämnesbetyg, och
# ämnena delas in i nivåer i stället för kurser. De nya ämnesplanerna gäller för utbildning som
# påbörjas efter den 30 juni 2025. Elever som började tidigare läser enligt de äldre
# ämnesplanerna (Gy11) och får kursbetyg, och fram till den 30 juni 2030 kan påbörjade kurser
# avslutas med kursbetyg. Därför tar sidan upp både Gy25 och Gy11.
#
# - Skolverket: *Ämnesbetyg ersätter kursbetyg i all gymnasial utbildning 2025*
#   ([skolverket.se](https://www.skolverket.se/om-oss/aktuellt/nyheter/nyheter/2024-05-30-amnesbetyg-ersatter-kursbetyg-i-all-gymnasial-utbildning-2025))
#   – Skolverkets nyhet om att ämnesplanerna för Gy25 är beslutade och hur ämnesbetygen fungerar.
# - [Skolverket: Gy25 – för dig som är skolchef eller rektor](https://www.skolverket.se/regler-och-ansvar/forandringar-inom-skolomradet/gy25----amnesbetyg-pa-gymnasial-niva/for-dig-som-ar-skolchef-eller-rektor)
#   – sammanfattning av reformen: när Gy25 börjar gälla, vilka elever som berörs och övergångsregeln.
# - [Skolverket: Aktuell information om Gy25](https://www.skolverket.se/regler-och-ansvar/forandringar-inom-skolomradet/gy25----amnesbetyg-pa-gymnasial-niva/aktuell-information-om-gy25)
#   – lista över beslutade ämnesplaner för Gy25; samhällskunskap och historia finns med i listan för gymnasieskolan.
#
# ### Samhällskunskap
#
# #### Gy25: samhällskunskap nivå 1
#
# Ämnet heter samhällskunskap (ämneskod SAM) och nivån samhällskunskap nivå 1 (kod SAML1N0,
# 50 poäng). Ämnesplanen finns på Skolverkets webbplats under gymnasieskolans ämnen; någon
# Skolverkssida för nivån har inte kunnat länkas här, så den citeras utan länk. Flera punkter i
# det centrala innehållet passar materialet:
#
# | Centralt innehåll (sammanfattat med egna ord) | Moment i materialet |
# |---|---|
# | En översikt över organiserat samarbete för fred, säkerhet och försvar, bland annat FN och Nato, och en översikt över Sveriges totalförsvar. | Begreppslistan (artikel 4, artikel 5, Nordatlantiska rådet), kapitlen om alliansens svar och om Sverige. |
# | Sveriges politiska system, bland annat riksdagens och regeringens ansvar och befogenheter, och Sveriges deltagande i EU. | Regeringens beslut om försvarsbudgeten och om stödet till Danmark; drönarmuren som EU-initiativ. |
# | En översikt över mediernas roll i samhället. | Den källkritiska övningen, särskilt kedjan tidning – ekonomikanal – debattartikel (kort {glue:text}`card_efn`). |
# | Reflektion över aktuella politiska samhällsfrågor. | Diskussionsfrågorna och perspektivövningen. |
# | Sätt att söka, kritiskt granska, värdera och använda information om samhällsfrågor från olika källor. | Påståendekorten, den källkritiska övningen och dataövningen. |
#
# #### Gy11: samhällskunskap 1a1 och 1b, internationella relationer
#
# Kurserna heter samhällskunskap 1a1 (50 poäng), samhällskunskap 1b (kod SAMSAM01b, 100 poäng)
# och internationella relationer. Kursplanerna finns på Skolverkets webbplats och citeras här utan
# länk. Det centrala innehållet i 1a1 och 1b tar upp politiska system från lokal nivå till EU,
# internationellt och nordiskt samarbete, mediers nyhetsvärdering, metoder för att kritiskt
# bearbeta information (till exempel källkritik och argumentationsanalys) och presentation i form
# av debatter och debattartiklar. Internationella relationer tar upp aktörer, mål och medel i
# utrikes- och säkerhetspolitik.
#
# Så här knyter materialet an:
#
# - *Politiska system, internationellt samarbete och mediernas nyhetsvärdering*: kapitlen om
#   alliansen och om Sverige, och frågan om hur medier återger anonyma källor.
# - *Källkritik och argumentationsanalys*: påståendekorten och arbetet med att skilja fakta,
#   tolkningar och förutsägelser i debattartikeln.
# - *Debattartiklar*: fördjupningsuppgiften där eleverna skriver en debattartikel och låter en
#   kamrat faktagranska den.
# - *Internationella relationer*: perspektivövningen, där eleverna jämför hur regeringar, Nato,
#   analytiker och en politisk rörelse förklarar samma händelser.
#
# ### Historia
#
# #### Gy11: ämnets syfte och centralt innehåll
#
# Ämnet heter historia (ämneskod HIS), med kurserna historia 1a1, 1a2 och 1b. Ämnesplanen finns
# på Skolverkets webbplats och citeras här utan länk. Ämnets syfte tar upp tolkningar och
# perspektiv på händelser, en historisk referensram för att förstå nutiden, källkritiska metoder
# och hur historia används i olika sammanhang. Det centrala innehållet i kurserna tar upp globala
# förändringsprocesser som fredssträvanden, internationellt samarbete och konflikter, källmaterial
# om människors roll i politiska konflikter och kritisk granskning av källor med källkritiska
# kriterier.
#
# Så här knyter materialet an:
#
# - *Politiska system, internationellt samarbete och mediernas nyhetsvärdering*: kapitlen om
#   alliansen och om Sverige, och frågan om hur medier återger anonyma källor.
# - *Källkritik och argumentationsanalys*: påståendekorten och arbetet med att skilja fakta,
#   tolkningar och förutsägelser i debattartikeln.
# - *Debattartiklar*: fördjupningsuppgiften där eleverna skriver en debattartikel och låter en
#   kamrat faktagranska den.
# - *Internationella relationer*: perspektivövningen, där eleverna jämför hur regeringar, Nato,
#   analytiker och en politisk rörelse förklarar samma händelser.
#
# ### Historia
#
# #### Gy11: ämnets syfte och centralt innehåll
#
# - [Kalix kommun, vuxenutbildningen: Historia](https://www.kalix.se/Utbildning/Vuxenutbildning/gymnasial-vuxenutbildning/kurser/historia/)
#   – ämnets syfte: tolkningar och perspektiv på händelser, en historisk referensram för att
#   förstå nutiden, källkritiska metoder och hur historia används i olika sammanhang.
# - [Riksarkivet: lärarsida om allmän och lika rösträtt](https://riksarkivet.se/default.aspx?id=114517)
#   – sidan återger centralt innehåll i historia 1a1, 1a2 och 1b: globala förändringsprocesser som
#   fredssträvanden, internationellt samarbete och konflikter; källmaterial om människors roll i
#   politiska konflikter; kritisk granskning av källor med källkritiska kriterier.
#
# Så här knyter materialet an:
#
# | Centralt innehåll (sammanfattat med egna ord) | Moment i materialet |
# |---|---|
# | Globala förändringsprocesser och händelser, bland annat fredssträvanden, internationellt samarbete och konflikter (historia 1b). | Artikel 4 i ett längre perspektiv, från de första samråden till september 2025 (kapitlet om alliansens svar). |
# | Källmaterial som visar människors roll i politiska konflikter, sett ur olika perspektiv (historia 1b). | Perspektivövningen och tidslinjen, där det framgår vem som uppger vad. |
# | Kritisk granskning, tolkning och användning av källor med källkritiska kriterier och metoder (historia 1a2 och 1b). | Den källkritiska övningen med kriterierna äkthet, tid, beroende och tendens. |
#
# #### Gy25: historia
#
# Historia finns bland de beslutade ämnesplanerna för Gy25 (se Skolverkets sida *Aktuell
# information om Gy25* ovan). Det centrala innehållet för historia på nivå 1 återges inte här;
# läs det hos Skolverket. Materialet knyter an till ämnets arbete med källor, källkritik och
# historiebruk.
#
# #### Historiebruk
#
# Hur historia används för att påverka är ett naturligt tema. Politiker jämförde hösten 2025 med
# andra världskriget och med kalla kriget. Fördjupningsuppgiften om historiebruk i
# {ref}`chapter-sv-larare` bygger på de jämförelserna.
#
