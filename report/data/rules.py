"""The report's own rules across tables, beyond what a CsvTable Schema can say.

Each rule reads the typed frames (indexed by the real CSV line of each row) and adds a
`Problem` per breach. The schema names the first two in custom properties:

* `x-list-foreign-key`: a semicolon list of ids, each of which must exist in another table;
* `x-ranges`: pairs of columns where the first must not exceed the second;

and two are the report's scope and honesty rules:

* incident countries and Article 4 requesters were NATO members on the date;
* the count ranges in `incidents.csv` are exactly the span of the attributed figures in
  `incident_figures.csv`, so that no number is picked silently;
* an incident's origin, how firmly it was stated and by whom agree with each other: an
  unknown origin is not attributed, a known one is, and only an attribution names who made it;

and the source policy's rules live in `report.data.source_policy`.
"""

from __future__ import annotations

import pandas as pd

from report.data import source_policy
from report.data.problems import CsvTable, Problem, follow_on_problem


def check_all(tables: dict[str, CsvTable], broken: set[str], problems: list[Problem]) -> None:
    list_references(tables, broken, problems)
    ranges(tables, problems)
    nato_membership(tables, problems)
    figures_span(tables, problems)
    attribution_agrees(tables, problems)
    source_policy.check(tables, broken, problems)


def _value(cell):
    return None if pd.isna(cell) else cell


def list_references(tables: dict[str, CsvTable], broken: set[str], problems: list[Problem]) -> None:
    """Every id in a semicolon list exists in the table it points to."""
    known: dict[tuple[str, str], set] = {}
    for table in tables.values():
        follow_on: dict[str, int] = {}
        for spec in table.resource["schema"]["fields"]:
            link = spec.get("x-list-foreign-key")
            if not link:
                continue
            target, target_field = link["resource"], link["field"]
            if (target, target_field) not in known:
                known[target, target_field] = (
                    set(tables[target].rows[target_field].dropna()) if target in tables else set()
                )
            for line, cell in table.rows[spec["name"]].dropna().items():
                for ref in cell.split(";"):
                    if not ref or ref in known[target, target_field]:
                        continue
                    if target in broken:
                        follow_on[target] = follow_on.get(target, 0) + 1
                    else:
                        problems.append(
                            Problem(
                                table.file,
                                line,
                                spec["name"],
                                f"'{ref}' does not exist in {target}.csv ({target_field})",
                            )
                        )
        problems.extend(follow_on_problem(table.file, target, count) for target, count in follow_on.items())


def ranges(tables: dict[str, CsvTable], problems: list[Problem]) -> None:
    """A minimum never exceeds its maximum; a maximum never stands without a minimum."""
    for table in tables.values():
        for low_name, high_name in table.resource["schema"].get("x-ranges", []):
            for line, low, high in zip(table.rows.index, table.rows[low_name], table.rows[high_name]):
                low, high = _value(low), _value(high)
                if low is not None and high is not None and low > high:
                    if isinstance(low, pd.Timestamp):
                        problems.append(
                            Problem(
                                table.file,
                                line,
                                high_name,
                                f"{high.date()} is before {low_name} {low.date()}",
                            )
                        )
                    else:
                        problems.append(
                            Problem(
                                table.file,
                                line,
                                low_name,
                                f"minimum {low:g} exceeds maximum {high_name}={high:g}",
                            )
                        )
                elif low is None and high is not None:
                    # A lower bound alone is allowed ("more than one": at least 2); an upper bound alone is not.
                    problems.append(
                        Problem(
                            table.file,
                            line,
                            low_name,
                            f"range has a maximum but no minimum: give {low_name} too",
                        )
                    )


def nato_membership(tables: dict[str, CsvTable], problems: list[Problem]) -> None:
    """Incident countries and Article 4 requesters were NATO members on the date."""
    if "nato_members" not in tables:
        return
    members = tables["nato_members"].rows.dropna(subset=["country", "joined"])
    joined = dict(zip(members["country"], members["joined"]))
    for name, column, date_column in [
        ("incidents", "country", "date_start"),
        ("article4", "requesters", "date"),
    ]:
        if name not in tables:
            continue
        table = tables[name]
        for line, countries, day in zip(table.rows.index, table.rows[column], table.rows[date_column]):
            if pd.isna(countries) or pd.isna(day):
                continue
            for country in countries.split(";"):
                # A country missing from nato_members.csv is reported as a missing reference.
                if country in joined and day < joined[country]:
                    problems.append(
                        Problem(
                            table.file,
                            line,
                            column,
                            f"{country} was not a NATO member on {day.date()} "
                            f"(joined {joined[country].date()})",
                        )
                    )


MEASURE_COLUMNS = {
    "objects_entered": ("count_min", "count_max"),
    "objects_shot_down": ("shot_down_min", "shot_down_max"),
}


def figures_span(tables: dict[str, CsvTable], problems: list[Problem]) -> None:
    """The range in an incident row is the span of the attributed figures for it."""
    if "incidents" not in tables or "incident_figures" not in tables:
        return
    figures = tables["incident_figures"].rows
    figures = figures[figures["measure"].isin(list(MEASURE_COLUMNS)) & figures["value_min"].notna()]
    spans = {}
    for key, group in figures.groupby(["incident_id", "measure"]):
        # A lower bound alone ("at least 19") is consistent with a closed figure above it;
        # only when some source's lower bound exceeds every closed figure is the range open.
        low, highest_low = group["value_min"].min(), group["value_min"].max()
        closed = group["value_max"].dropna()
        high = closed.max() if len(closed) and closed.max() >= highest_low else None
        spans[key] = (float(low), None if high is None else float(high))
    incidents = tables["incidents"]
    for line, row in incidents.rows.iterrows():
        for measure, (low_name, high_name) in MEASURE_COLUMNS.items():
            span = spans.get((row["incident_id"], measure))
            shown = (_value(row[low_name]), _value(row[high_name]))
            if span and shown != span:
                problems.append(
                    Problem(
                        incidents.file,
                        line,
                        low_name,
                        f"range {shown[0]}-{shown[1]} differs from the span of the attributed figures in "
                        f"incident_figures.csv ({span[0]:g}-{'open' if span[1] is None else f'{span[1]:g}'})",
                    )
                )


def attribution_agrees(tables: dict[str, CsvTable], problems: list[Problem]) -> None:
    """Origin, firmness and attributed_by of an incident tell one story: an origin is unknown
    exactly when no one attributed it, and `attributed_by` is filled exactly when someone did."""
    if "incidents" not in tables:
        return
    incidents = tables["incidents"]
    for line, row in incidents.rows.iterrows():
        origin, firmness, by = _value(row["origin"]), _value(row["firmness"]), _value(row["attributed_by"])
        if origin is None or firmness is None:
            continue  # a missing required value is the schema's problem
        if (origin == "unknown") != (firmness == "none"):
            problems.append(
                Problem(
                    incidents.file,
                    line,
                    "firmness",
                    f"origin '{origin}' with firmness '{firmness}': an unknown origin is "
                    "'none', a stated one is 'formal' or 'suspected'",
                )
            )
        if (firmness == "none") != (by is None):
            problems.append(
                Problem(
                    incidents.file,
                    line,
                    "attributed_by",
                    "give who attributed the origin when firmness is 'formal' or 'suspected', "
                    "and leave it blank when it is 'none'",
                )
            )
