"""The classroom data exercise as a spreadsheet (.xlsx), in Swedish and English: the incidents
table, a month-by-month count that follows the country and category typed at the top, a bar
chart of that count, and the tasks. It opens in Excel, Google Sheets and LibreOffice, so a
class needs no install (school Chromebooks have no Jupyter).

Every data cell is written as a value, never as a formula: a text that a spreadsheet would
read as a formula or a command (beginning with = + - @, a tab or a carriage return) is
neutralised the OWASP way, with a leading apostrophe and the cell typed as text. The only
formulas are the count's own, written here.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from report.data.load import load_table
from report.words.labels import country, labels

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
FILE_NAME = "dataovning.xlsx"
SHEETS = {"readme": "Läs mig (Read me)", "data": "Incidenter (Incidents)", "count": "Per månad (Per month)"}
# The columns of the data sheet: (header, how to get it from an incident row).
START_COUNTRY, START_CATEGORY = "PL", "violation"

TASKS = [
    (
        "Öppna bladet ”Per månad”. Överst står landskoden PL (Polen) och kategorin violation (luftrumskränkning). "
        "Tabellen och diagrammet räknar incidenter per månad för det landet och den kategorin.",
        "Open the sheet 'Per month'. At the top are the country code PL (Poland) and the category violation. "
        "The table and the chart count incidents per month for that country and category.",
    ),
    ("Vilka månader sticker ut? Skriv ner två.", "Which months stand out? Write down two."),
    (
        "Byt landskoden i cell B1 till RO (Rumänien), EE (Estland), LT (Litauen), DK (Danmark), DE (Tyskland) eller BE (Belgien). "
        "Tabellen och diagrammet räknas om av sig själva.",
        "Change the country code in cell B1 to RO, EE, LT, DK, DE or BE. The table and the chart recalculate by themselves.",
    ),
    (
        "Byt kategorin i cell B2 till sighting (observation där ursprunget inte är fastställt), eller till * för alla slags incidenter.",
        "Change the category in cell B2 to sighting (origin not established), or to * for every kind of incident.",
    ),
    (
        "Vad räknar diagrammet: drönare eller händelser? Titta på kolumnerna count_min och count_max i bladet ”Incidenter”.",
        "What does the chart count: drones or events? Look at the columns count_min and count_max in the sheet 'Incidents'.",
    ),
    (
        "Vad visar diagrammet inte? Tänk på incidenter som ingen rapporterade, och på skillnaden mellan en observation och en bekräftad luftrumskränkning.",
        "What does the chart not show? Think of incidents nobody reported, and of the difference between a sighting and a confirmed violation.",
    ),
]


def safe_cell(value):
    """A value as a spreadsheet should store it: numbers and dates as they are, missing as empty,
    text that could run as a formula neutralised with a leading apostrophe (OWASP, CSV injection)."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return None
    if isinstance(value, pd.Timestamp):
        return value.to_pydatetime().date()
    if isinstance(value, str):
        return "'" + value if value.startswith(FORMULA_STARTS) else value
    return value.item() if hasattr(value, "item") else value


def _incident_rows() -> tuple[list[str], list[list]]:
    incidents = load_table("incidents").sort_values("date_start")
    category_sv = labels("incidents", "category", "sv")
    category_en = labels("incidents", "category", "en")
    from report.classroom.material import country_sv

    headers = [
        "incident_id",
        "month",
        "date_start",
        "country",
        "land",
        "country_name",
        "category",
        "kategori",
        "category_label",
        "count_min",
        "count_max",
        "summary (English)",
    ]
    # The month as a number (202509): a text like "2025-09" would be read as a date by COUNTIFS.
    rows = [
        [
            r["incident_id"],
            int(r["date_start"].strftime("%Y%m")),
            r["date_start"],
            r["country"],
            country_sv(r["country"]),
            country(r["country"]),
            r["category"],
            category_sv[r["category"]],
            category_en[r["category"]],
            r["count_min"],
            r["count_max"],
            r["summary"],
        ]
        for _, r in incidents.iterrows()
    ]
    return headers, rows


def write_workbook(path: Path) -> Path:
    from openpyxl import Workbook
    from openpyxl.chart import BarChart, Reference
    from openpyxl.styles import Font

    workbook = Workbook()
    readme = workbook.active
    readme.title = SHEETS["readme"]
    readme.append(["Dataövning: incidenter per månad", "Data exercise: incidents per month"])
    readme.append(["Uppgifter", "Tasks"])
    for number, (sv, en) in enumerate(TASKS, start=1):
        readme.append([safe_cell(f"{number}. {sv}"), safe_cell(f"{number}. {en}")])
    readme.append([])
    readme.append(
        [
            "Källa: rapportens data (data/incidents.csv); varje rad har sina källor i rapporten.",
            "Source: the report's data (data/incidents.csv); every row's sources are listed in the report.",
        ]
    )
    for cell in readme[1] + readme[2]:
        cell.font = Font(bold=True)
    readme.column_dimensions["A"].width = readme.column_dimensions["B"].width = 90

    data = workbook.create_sheet(SHEETS["data"])
    headers, rows = _incident_rows()
    data.append(headers)
    for row in rows:
        data.append([safe_cell(value) for value in row])
        data.cell(row=data.max_row, column=3).number_format = "yyyy-mm-dd"
    for cell in data[1]:
        cell.font = Font(bold=True)
    data.freeze_panes = "A2"

    count = workbook.create_sheet(SHEETS["count"])
    last = len(rows) + 1
    count.append(["Land / country", START_COUNTRY, "← skriv en landskod / type a country code"])
    count.append(
        ["Kategori / category", START_CATEGORY, "← violation, sighting, near_border, debris eller/or *"]
    )
    count.append(["Månad / month (ååååmm / yyyymm)", "Incidenter / incidents"])
    data_sheet = f"'{SHEETS['data']}'"
    months = pd.period_range(
        load_table("incidents")["date_start"].min().to_period("M"),
        load_table("incidents")["date_start"].max().to_period("M"),
        freq="M",
    )
    for offset, month in enumerate(months):
        line = 4 + offset
        count.append(
            [
                int(month.strftime("%Y%m")),
                f"=COUNTIFS({data_sheet}!$D$2:$D${last},$B$1,{data_sheet}!$G$2:$G${last},$B$2,"
                f"{data_sheet}!$B$2:$B${last},A{line})",
            ]
        )
    for cell in count[3]:
        cell.font = Font(bold=True)
    chart = BarChart()
    chart.title = "Incidenter per månad / incidents per month"
    chart.y_axis.title = "antal / number"
    chart.add_data(Reference(count, min_col=2, min_row=3, max_row=3 + len(months)), titles_from_data=True)
    chart.set_categories(Reference(count, min_col=1, min_row=4, max_row=3 + len(months)))
    chart.width, chart.height = 24, 9
    count.add_chart(chart, "D4")
    count.column_dimensions["A"].width = 22
    count.column_dimensions["B"].width = 22
    workbook.properties.creator = "Drones, Jets and Article 4 report"
    path.parent.mkdir(parents=True, exist_ok=True)
    workbook.save(path)
    return path
