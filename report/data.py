"""Load the report's data and refuse bad rows.

`data/datapackage.json` is the single schema: the test suite validates it with the
`frictionless` library, and this module enforces the same field types and constraints,
primary and foreign keys, plus the report's own rules (custom `x-` properties):

* `x-list-foreign-key`: a semicolon list of ids, each of which must exist in another table;
* `x-ranges`: pairs of columns where the first must not exceed the second;
* incident countries must have been NATO members on the incident date;
* the count ranges in `incidents.csv` must be exactly the span of the attributed figures
  in `incident_figures.csv`, so that no number is picked silently.

Every problem is reported with the file, the row and the column, and the first problem
stops the caller: a notebook never sees bad data.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlparse

import pandas as pd

from .paths import data_dir, display_path

MAX_REPORTED = 20


@dataclass(frozen=True)
class Problem:
    file: str
    line: int | None  # line in the CSV file (the header is line 1)
    column: str | None
    message: str

    def __str__(self) -> str:
        where = [self.file]
        if self.line is not None:
            where.append(f"row {self.line - 1} (line {self.line})" if self.line > 1 else "header (line 1)")
        if self.column is not None:
            where.append(f"column '{self.column}'")
        return ", ".join(where) + f": {self.message}"


class DataError(ValueError):
    """Bad or missing data; the message names the file, row and column of each problem."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        shown = "\n".join(f"  - {p}" for p in problems[:MAX_REPORTED])
        more = f"\n  ... and {len(problems) - MAX_REPORTED} more" if len(problems) > MAX_REPORTED else ""
        super().__init__(f"{len(problems)} data problem(s):\n{shown}{more}")


# --- field parsing -----------------------------------------------------------------------

def _parse(value: str, field: dict):
    """Turn a CSV cell into a Python value of the field's type, or raise ValueError."""
    kind = field.get("type", "string")
    if kind == "string":
        return value
    if kind == "integer":
        if not re.fullmatch(r"-?\d+", value):
            raise ValueError(f"'{value}' is not an integer")
        return int(value)
    if kind == "number":
        try:
            number = float(value)
        except ValueError:
            raise ValueError(f"'{value}' is not a number") from None
        if number != number or number in (float("inf"), float("-inf")):
            raise ValueError(f"'{value}' is not a finite number")
        return number
    if kind == "date":
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            raise ValueError(f"'{value}' is not a date (expected YYYY-MM-DD)")
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            raise ValueError(f"'{value}' is not a real calendar date") from None
    if kind == "boolean":
        if value not in ("true", "false"):
            raise ValueError(f"'{value}' is not true or false")
        return value == "true"
    raise ValueError(f"field type '{kind}' is not supported by the loader")


def _bound(field: dict, key: str):
    bound = field.get("constraints", {}).get(key)
    if bound is not None and field.get("type") == "date":
        return dt.date.fromisoformat(bound)
    return bound


def _is_url(value: str) -> bool:
    parsed = urlparse(value)
    return (
        parsed.scheme in ("http", "https")
        and "." in parsed.netloc
        and not re.search(r"\s", value)
    )


def _check_cell(value: str, field: dict) -> tuple[object, str | None]:
    """Return (parsed value or None, problem message or None) for one cell."""
    constraints = field.get("constraints", {})
    if value.strip() != value:
        return None, f"'{value}' has leading or trailing spaces"
    if value == "":
        return None, ("is empty but required" if constraints.get("required") else None)
    try:
        parsed = _parse(value, field)
    except ValueError as exc:
        return None, str(exc)
    if "enum" in constraints and parsed not in constraints["enum"]:
        allowed = ", ".join(map(str, constraints["enum"]))
        return None, f"'{value}' is not an allowed value (allowed: {allowed})"
    if "pattern" in constraints and not re.fullmatch(constraints["pattern"], value):
        return None, f"'{value}' does not match the pattern {constraints['pattern']}"
    low, high = _bound(field, "minimum"), _bound(field, "maximum")
    if low is not None and parsed < low:
        return None, f"'{value}' is below the minimum {low}"
    if high is not None and parsed > high:
        return None, f"'{value}' is above the maximum {high}"
    if field.get("format") == "uri" and not _is_url(value):
        return None, f"'{value}' is not a well-formed http(s) URL"
    return parsed, None


# --- tables ------------------------------------------------------------------------------

@dataclass
class Table:
    name: str
    path: Path
    resource: dict
    rows: list[dict]  # parsed values, one dict per data row
    lines: list[int]  # CSV line of each row

    @property
    def file(self) -> str:
        return display_path(self.path)


def _read_table(resource: dict, folder: Path, problems: list[Problem]) -> Table | None:
    path = folder / resource["path"]
    shown = display_path(path)
    if not path.is_file():
        problems.append(Problem(shown, None, None,
                                f"file not found (resource '{resource['name']}' in datapackage.json)"))
        return None
    fields = resource["schema"]["fields"]
    names = [f["name"] for f in fields]
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.reader(handle)
            header = next(reader, None)
            raw_rows = [(reader.line_num, row) for row in reader]
    except UnicodeDecodeError as exc:
        problems.append(Problem(shown, None, None, f"is not UTF-8 text ({exc.reason})"))
        return None
    except csv.Error as exc:
        problems.append(Problem(shown, None, None, f"is not valid CSV ({exc})"))
        return None
    if header is None:
        problems.append(Problem(shown, 1, None, "file is empty (no header row)"))
        return None
    missing = [n for n in names if n not in header]
    unknown = [h for h in header if h not in names]
    for name in missing:
        problems.append(Problem(shown, 1, name, "required column is missing from the header"))
    for name in unknown:
        problems.append(Problem(shown, 1, name, "column is not in the schema (datapackage.json)"))
    if missing or unknown:
        return None

    table = Table(resource["name"], path, resource, [], [])
    seen_unique: dict[str, dict] = {f["name"]: {} for f in fields if f.get("constraints", {}).get("unique")}
    for line, cells in raw_rows:
        if not any(cells):
            problems.append(Problem(shown, line, None, "row is blank"))
            continue
        if len(cells) != len(header):
            problems.append(Problem(shown, line, None,
                                    f"has {len(cells)} cells but the header has {len(header)}"))
            continue
        record = dict(zip(header, cells))
        parsed_row = {}
        for field in fields:
            value, problem = _check_cell(record[field["name"]], field)
            if problem:
                problems.append(Problem(shown, line, field["name"], problem))
            parsed_row[field["name"]] = value
            if field["name"] in seen_unique and value is not None:
                first = seen_unique[field["name"]].setdefault(value, line)
                if first != line:
                    problems.append(Problem(shown, line, field["name"],
                                            f"duplicate id '{value}' (first used on line {first})"))
        table.rows.append(parsed_row)
        table.lines.append(line)
    _check_primary_key(table, problems)
    _check_ranges(table, problems)
    return table


def _check_primary_key(table: Table, problems: list[Problem]) -> None:
    key = table.resource["schema"].get("primaryKey", [])
    if len(key) < 2:  # single-column keys are caught by the field's unique constraint
        return
    seen: dict[tuple, int] = {}
    for row, line in zip(table.rows, table.lines):
        value = tuple(row[k] for k in key)
        first = seen.setdefault(value, line)
        if first != line:
            problems.append(Problem(table.file, line, ", ".join(key),
                                    f"duplicate key {value} (first used on line {first})"))


def _check_ranges(table: Table, problems: list[Problem]) -> None:
    for low_name, high_name in table.resource["schema"].get("x-ranges", []):
        for row, line in zip(table.rows, table.lines):
            low, high = row[low_name], row[high_name]
            if low is not None and high is not None and low > high:
                problems.append(Problem(table.file, line, low_name,
                                        f"minimum {low} exceeds maximum {high_name}={high}"))
            elif low is None and high is not None:
                # A lower bound alone is allowed ("more than one": at least 2); an upper bound alone is not.
                problems.append(Problem(table.file, line, low_name,
                                        f"range has a maximum but no minimum: give {low_name} too"))


def _check_foreign_keys(tables: dict[str, Table], problems: list[Problem]) -> None:
    def ids_of(resource: str, field: str) -> set:
        target = tables.get(resource)
        return {row[field] for row in target.rows} if target else set()

    for table in tables.values():
        schema = table.resource["schema"]
        for fk in schema.get("foreignKeys", []):
            (column,) = fk["fields"]
            target, (target_field,) = fk["reference"]["resource"], fk["reference"]["fields"]
            known = ids_of(target, target_field)
            for row, line in zip(table.rows, table.lines):
                if row[column] is not None and row[column] not in known:
                    problems.append(Problem(table.file, line, column,
                                            f"'{row[column]}' does not exist in {target}.csv ({target_field})"))
        for field in schema["fields"]:
            link = field.get("x-list-foreign-key")
            if not link:
                continue
            known = ids_of(link["resource"], link["field"])
            for row, line in zip(table.rows, table.lines):
                for ref in (row[field["name"]] or "").split(";"):
                    if ref and ref not in known:
                        problems.append(Problem(table.file, line, field["name"],
                                                f"'{ref}' does not exist in {link['resource']}.csv ({link['field']})"))


def _check_nato_membership(tables: dict[str, Table], problems: list[Problem]) -> None:
    members, incidents = tables.get("nato_members"), tables.get("incidents")
    if not members or not incidents:
        return
    joined = {row["country"]: row["joined"] for row in members.rows}
    for row, line in zip(incidents.rows, incidents.lines):
        country, start = row["country"], row["date_start"]
        if country in joined and start is not None and start < joined[country]:
            problems.append(Problem(incidents.file, line, "country",
                                    f"{country} was not a NATO member on {start} (joined {joined[country]})"))


def _check_figures_span(tables: dict[str, Table], problems: list[Problem]) -> None:
    """The range in an incident row must be the span of the attributed figures for it."""
    incidents, figures = tables.get("incidents"), tables.get("incident_figures")
    if not incidents or not figures:
        return
    measures = {"objects_entered": ("count_min", "count_max"),
                "objects_shot_down": ("shot_down_min", "shot_down_max")}
    lows: dict[tuple[str, str], list[float]] = {}
    closed_highs: dict[tuple[str, str], list[float]] = {}
    for row in figures.rows:
        if row["measure"] in measures and row["value_min"] is not None:
            key = (row["incident_id"], row["measure"])
            lows.setdefault(key, []).append(row["value_min"])
            if row["value_max"] is not None:
                closed_highs.setdefault(key, []).append(row["value_max"])
    spans: dict[tuple[str, str], tuple[float, float | None]] = {}
    for key, values in lows.items():
        # A lower bound alone ("at least 19") is consistent with a closed figure above it;
        # only when some source's lower bound exceeds every closed figure is the range open.
        high = max(closed_highs[key]) if key in closed_highs else None
        spans[key] = (min(values), high if high is not None and high >= max(values) else None)
    for row, line in zip(incidents.rows, incidents.lines):
        for measure, (low_name, high_name) in measures.items():
            span = spans.get((row["incident_id"], measure))
            if span and (row[low_name], row[high_name]) != (span[0], span[1]):
                problems.append(Problem(
                    incidents.file, line, low_name,
                    f"range {row[low_name]}-{row[high_name]} differs from the span of the attributed "
                    f"figures in incident_figures.csv ({span[0]:g}-{'open' if span[1] is None else f'{span[1]:g}'})"))


# --- public API ------------------------------------------------------------------------

def read_package(folder: Path | None = None) -> dict:
    folder = Path(folder) if folder else data_dir()
    path = folder / "datapackage.json"
    if not path.is_file():
        raise DataError([Problem(display_path(path), None, None, "file not found")])
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise DataError([Problem(display_path(path), exc.lineno, None, f"is not valid JSON ({exc.msg})")]) from None


def validate(folder: Path | None = None) -> dict[str, Table]:
    """Check every table of the package; raise DataError listing every problem found."""
    folder = Path(folder) if folder else data_dir()
    package = read_package(folder)
    problems: list[Problem] = []
    tables = {}
    for resource in package["resources"]:
        table = _read_table(resource, folder, problems)
        if table:
            tables[resource["name"]] = table
    _check_foreign_keys(tables, problems)
    _check_nato_membership(tables, problems)
    _check_figures_span(tables, problems)
    if problems:
        raise DataError(problems)
    return tables


def _to_frame(table: Table) -> pd.DataFrame:
    frame = pd.DataFrame(table.rows, columns=[f["name"] for f in table.resource["schema"]["fields"]])
    for field in table.resource["schema"]["fields"]:
        column, kind = field["name"], field.get("type", "string")
        if kind == "integer":
            frame[column] = frame[column].astype("Int64")
        elif kind == "number":
            frame[column] = frame[column].astype("Float64")
        elif kind == "date":
            frame[column] = pd.to_datetime(frame[column])
        else:
            frame[column] = frame[column].astype("string")
    frame.attrs["source_file"] = table.file
    return frame


@lru_cache(maxsize=4)
def _load_all(folder: str) -> dict[str, pd.DataFrame]:
    return {name: _to_frame(table) for name, table in validate(Path(folder)).items()}


def load_all(folder: Path | None = None) -> dict[str, pd.DataFrame]:
    """Every table as a validated DataFrame (copies, so callers cannot spoil the cache)."""
    folder = Path(folder) if folder else data_dir()
    return {name: frame.copy() for name, frame in _load_all(str(folder)).items()}


def load_table(name: str, folder: Path | None = None) -> pd.DataFrame:
    """One validated table. The whole package is checked, so cross-table links hold too."""
    tables = load_all(folder)
    if name not in tables:
        raise KeyError(f"no table '{name}' in datapackage.json (tables: {', '.join(tables)})")
    return tables[name]


def resource_meta(name: str, folder: Path | None = None) -> dict:
    for resource in read_package(folder)["resources"]:
        if resource["name"] == name:
            return resource
    raise KeyError(name)
