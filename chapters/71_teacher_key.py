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
# (chapter-teacher-key)=
# # Teacher key: model answers
#
# :::{admonition} For teachers
# :class: note
# The answers to the factual questions of the {ref}`classroom guide <chapter-classroom>`. They are kept on
# this page, apart from the handouts, so that students work from the sources first.
# :::
#

# %% tags=["hide-input"]
from report.classroom.material import class_facts, factual_answers, model_answers
from report.foundation.glue import glue
from report.rendering.preamble import setup_chapter

setup_chapter()

# %% [markdown]
# ## Answers to the factual questions
#

# %% tags=["hide-input"]
factual_answers("en")

# %% tags=["hide-input"]
# The figures the notes quote, computed from the data (report.classroom.material.class_facts),
# and the claim cards' one number (report.classroom.material.STARTER_CARDS).
facts = class_facts("en")
claim_figures = ["n_claims", "n_factual_claims", "n_arguments", "card_article4", "card_baltics"]
followed = ["followed_n", "followed_first", "followed_last", "followed_countries"]
for key in [*claim_figures, *followed, "followed_violations"]:
    glue(key, facts[key])

# %% [markdown]
# ## Teacher notes
#
# These notes go with the lesson plans in {ref}`the classroom guide <chapter-classroom>`: timings, how to run the claim
# cards, how to adapt the work for upper-secondary school and university, extension tasks, and
# advice on sensitive topics. The answers to the factual questions are above; the report's
# verdict on every claim in the opinion article is in {ref}`the audit's table of claims <chapter-audit-table>`. Let students
# work from the sources before they see the report's verdicts.
#
# ### Preparation and timings
#
# | Activity | Time | Notes |
# |---|---|---|
# | Your preparation | 45-60 min | Read {ref}`the introduction <chapter-intro>`, {ref}`the audit of the article <chapter-audit>` and these notes, especially the section on sensitive topics. Print the claim cards, the timeline and the glossary. |
# | 45-minute lesson | 45 min | Needs no prior knowledge of NATO. |
# | 90-minute lesson | 90 min | Can be split over two sessions, with the source-criticism exercise and the perspectives exercise in the second. |
# | Claim cards and source-criticism exercise | 15-20 min | Allow 5-7 minutes per card and pair. |
# | Perspectives exercise | 15-20 min | Draw the actors by lot (see the section on sensitive topics). |
# | Data exercise | 15 min | The spreadsheet version opens in Excel, Google Sheets and LibreOffice with nothing to install; the notebook version needs Jupyter. Check beforehand on one of the school's computers. |
# | Discussion questions | 5-10 min per question | Choose two or three per lesson. |
# | Extension tasks | 1-3 lessons | See below. |
#
# ### Running the claim cards
#
# The report splits the opinion article into {glue:text}`n_claims` claims:
# {glue:text}`n_factual_claims` factual claims and {glue:text}`n_arguments` interpretations and
# predictions. Each claim can become a card.
#
# **Preparing the cards.** Print one claim per card, in the report's own words from the audit
# table. Put neither the type nor the verdict on the card; keep a list of both for yourself. Mark
# the claims suggested as starting points (what the article says Article 4 does, whether
# Lithuania and Latvia invoked Article 4, how large the operation over Poland was, the quotation
# attributed to Pål Jonson, and the Financial Times report relayed by a business channel) so that
# they are easy to find.
#
# **Running the exercise in five steps.**
#
# 1. **Sort.** Pairs put the cards into three piles: fact, interpretation, prediction, without
#    using any sources yet. Go through the piles with the class and stop at the cards where pairs
#    disagree. A good case to discuss is a claim about how something *has been described*: it is
#    a factual claim (one can check whether someone said so), even though the description itself
#    is a judgement.
# 2. **Check.** Each pair takes two factual cards and follows the steps of the exercise: own
#    words, type, origin, primary sources.
# 3. **Judge.** Pairs choose one of the report's verdicts and give the reason in one sentence.
# 4. **Compare.** Only now show the report's verdicts in the audit table. Where a pair reached a
#    different verdict, ask them to explain why. A well-argued disagreement is a good result, not
#    a mistake.
# 5. **Interpretations and predictions.** These cards are not scored. Instead, pairs write down
#    one piece of evidence that would support the claim and one that would count against it.
#
# **Tips.**
#
# - The claims about what Article 4 does and about Lithuania and Latvia suit a first attempt,
#   because the treaty text and NATO's own statements are easy to compare with the article. The
#   Jonson quotation and the Financial Times chain are harder: they turn on quotations that
#   cannot be found and on chains of sources, and suit students used to source criticism.
# - Remind students that "not verifiable" does not mean "wrong": it means the evidence needed to
#   settle the question could not be found.
# - Give the same card to two pairs who do not talk to each other, then compare their verdicts.
#
# **What a good answer contains.** A good answer restates the claim accurately in the student's
# own words, gives its type and why, traces it back to its origin, names at least one primary
# source, and justifies the verdict with the report's categories. It tells "I found no source"
# apart from "the sources show it is wrong", and it says "according to ..." when a statement
# comes from one party only.
#
# ### What a good answer contains in the other exercises
#
# The model answers to the discussion questions are at the end of this page; they show what a
# strong answer contains rather than the one right answer. In general, a good answer
#
# - separates evidence from judgements and says which is which;
# - says where a piece of information comes from and how certain it is;
# - considers more than one perspective, including one the student does not share;
# - says what evidence could change the student's mind;
# - does not ascribe intentions to an actor that the sources do not show.
#
# In the data exercise, a good answer shows that the chart counts *events*, not objects; that an
# empty month need not mean that nothing happened; that a sighting is not a confirmed violation;
# and that the chart says nothing about who was behind an incident.
#
# In the timeline work, a good answer tells statements made by several independent sources apart
# from statements made by one party only, and notices where one party denies what another
# asserts.
#
# ### Differentiation
#
# #### Upper-secondary route
#
# - Work with two claim cards instead of three, preferably cards {glue:text}`card_article4` (Article 4)
#   and {glue:text}`card_baltics` (Lithuania and Latvia).
# - Hand out the glossary and the timeline before the lesson. Many students need time with words
#   such as *consultation*, *sovereignty*, *territorial waters* and *attribution*.
# - Give sentence starters: "According to ...", "There is no evidence that ...", "This is an
#   interpretation because ...".
# - Let students work from the tables and charts, which can be read with the glossary as support,
#   rather than from long passages. Students working in a second language can receive the
#   glossary in advance and work in pairs.
# - Run the perspectives exercise with fewer actors, for example the Polish, Russian and Swedish
#   governments.
#
# #### University route
#
# For political science, history, media and communication studies, and teacher education.
#
# - Have students re-code the US and Swedish statements with the report's code books
#   ({ref}`the US chapter <chapter-us>`, {ref}`the Sweden chapter <chapter-sweden>`) and compare their codes with a classmate's. How
#   often do they agree, and what does that say about manual coding?
# - Have them read the sources behind one claim in the original language and test whether the
#   report's verdict holds.
# - Discuss the method: why the report counts events rather than objects, why it gives ranges
#   with named claimants rather than a single figure, and why it classifies every source.
# - Use {ref}`the data appendix <chapter-data>` to discuss how an open dataset with rules and checks lets others
#   audit the conclusions.
# - Use {ref}`What followed <chapter-followed>` to discuss what happens to a dataset when sources thin out over
#   time.
#
# #### Extension tasks
#
# 1. **What followed?** The data hold {glue:text}`followed_n` incidents between
#    {glue:text}`followed_first` and {glue:text}`followed_last` in {glue:text}`followed_countries` member
#    states; {glue:text}`followed_violations` of them are airspace violations announced by an
#    official body ({ref}`What followed <chapter-followed>`). Romania weighed Article 4 consultations after a
#    drone hit a block of flats in Galați in spring 2026, but chose informal talks with allies in
#    the region and took the case to the UN Security Council instead. Students compare this with
#    September 2025: what has changed, and what can the sources not tell?
# 2. **Original wording.** Students compare the Swedish original wording of statements by Swedish
#    politicians and military leaders with the report's English summaries in {ref}`the Sweden chapter <chapter-sweden>`,
#    and with the article's rendering of Pål Jonson. What happens to a statement when it is
#    translated, translated back, or simplified?
# 3. **Uses of history.** Poland's prime minister Donald Tusk said the country was closer to open
#    conflict than at any time since the Second World War; Ulf Kristersson compared the rise in
#    Sweden's defence budget with the very worst days of the Cold War. Why do politicians reach
#    for historical comparisons, and what do they want them to achieve?
# 4. **Code it yourself.** Students code a few statements by another Swedish actor, for example
#    an opposition party, with the report's code book, and compare them with the government's.
# 5. **Opinion piece with a fact check.** Students write a short opinion piece on how Sweden
#    should act, then swap with a classmate who checks its factual claims with the report's
#    method.
# 6. **The drone in Malmö.** In February 2026 the Swedish Armed Forces detected a drone near the
#    French aircraft carrier Charles de Gaulle, which was visiting Malmö. Defence Minister Pål
#    Jonson said technical data showed it had been launched from a Russian signals-intelligence
#    ship and had violated Swedish airspace. Which statements come from whom, and what would
#    students want to know more about?
#
# ### Sensitive topics
#
# The war in Ukraine is not an abstract subject for every student. Read this section before you
# start.
#
# #### Students with ties to Ukraine, Russia, Belarus, Poland or the Baltic states
#
# Many classes include students with family in Ukraine, Russia, Belarus, Poland, Estonia, Latvia
# or Lithuania, and some have their own experience of war and flight.
#
# - **Never ask a student to speak for a country or a group** because of their background. No
#   one should have to explain or defend a government.
# - **Separate governments from people.** The report examines statements by the Russian
#   *government*; that says nothing about Russian or Russian-speaking people anywhere. The same
#   holds for the Polish, Estonian, US and Swedish governments. Say so at the start of the lesson,
#   and step in against generalisations such as "the Russians" or "the Ukrainians".
# - **Draw roles by lot in the perspectives exercise** and say clearly that presenting a view is
#   not the same as holding it. Let students who do not want to represent a given government
#   swap roles or act as reviewers.
# - **Do not ask about personal experiences.** If a student wants to share, let the student
#   decide how much.
# - **Avoid images of destruction and injured people.** The report's tables and charts are enough
#   for every exercise.
#
# #### Anxiety about war
#
# Questions about drones, fighter jets and NATO can frighten students, including those with no
# personal link to the war.
#
# - **Take the worry seriously without amplifying it.** It often helps to show what the sources
#   actually say. Article 4 is about consultation, not war. Sweden's Supreme Commander Michael
#   Claesson judged in September 2025 that Russia does not want war with NATO, while not ruling
#   out escalation.
# - **End with something concrete.** The source-criticism method is something students can use
#   themselves when they meet frightening posts on social media.
# - **Leave time for questions afterwards**, and refer students to the school's pupil welfare
#   or counselling services where needed. Talk to the student's mentor or tutor if someone seems
#   particularly affected.
#
# #### Political disagreements in class
#
# The subject touches on security policy, NATO and defence spending, on which students and their
# families may hold strong and differing views.
#
# - **Agree ground rules beforehand:** we examine claims, not people; we name our sources; we let
#   each other finish.
# - **Keep facts and politics apart.** The report checks the opinion article's facts but does
#   not grade its argument. The same standard applies to governments: a statement does not become
#   true because a government makes it, nor false because a political movement does.
# - **Be factual and balanced.** Make sure several views are heard, and be clear when you are
#   expressing an opinion of your own.
# - **Take disinformation seriously.** Students may have met claims about these events on social
#   media, in several languages. Test them with the method used on the opinion article rather than
#   dismissing them.
#

# %% [markdown]
# ## Model answers to the discussion questions
#
# The answers say what a strong answer contains; on questions of opinion they weigh the reasons on each side rather than give one right answer.
#

# %% tags=["hide-input"]
model_answers("en")
