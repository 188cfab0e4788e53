"""Load the report's data and refuse bad rows.

`data/datapackage.json` is the single schema: the test suite validates it with the
`frictionless` library, and this module enforces the same field types and constraints,
primary and foreign keys, plus the report's own rules (custom `x-` properties):

* `x-list-foreign-key`: a semicolon list of ids, each of which must exist in another table;
* `x-ranges`: pairs of columns where the first must not exceed the second;
* incident countries must have been NATO members on the incident date;
* the count ranges in `incidents.csv` must be exactly the span of the attributed figures
  in `incident_figures.csv`, so that no number is picked silently.

Every problem is reported with the file, the real line, the column and the rule, and
all problems are collected before the caller is stopped: a notebook never sees bad data.

Cell text is untrusted. A cell is one line of printable text: line breaks, control
characters and invisible format characters (zero-width spaces, direction marks, byte-order
marks) are refused, so that a cell can never change the structure of a page and two ids
can never look alike while differing. Numbers are ASCII digits only.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import unicodedata
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
        if not re.fullmatch(r"-?[0-9]+", value):
            raise ValueError(f"'{value}' is not an integer (digits 0-9 only)")
        return int(value)
    if kind == "number":
        # ASCII digits and one decimal point: Python's float() would also take '5_7.83',
        # 'inf' and Arabic-Indic digits.
        if not re.fullmatch(r"-?[0-9]+(\.[0-9]+)?", value):
            raise ValueError(f"'{value}' is not a number (digits 0-9 and one decimal point)")
        return float(value)
    if kind == "date":
        if not re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", value):
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


def _invisible_or_control(value: str) -> str | None:
    """The first character a reader cannot see or that breaks a line, described, or None."""
    if value.isprintable():  # fast path: no control, format or separator character but the space
        return None
    for ch in value:
        category = unicodedata.category(ch)
        if ch in "\r\n" or category in ("Zl", "Zp"):
            return "holds a line break (a cell is one line of text)"
        if category == "Cc":
            return f"holds the control character U+{ord(ch):04X}"
        if category == "Cf":
            name = unicodedata.name(ch, "format character").lower()
            return f"holds the invisible character U+{ord(ch):04X} ({name}), which makes text look like other text"
    return None


def _check_cell(value: str, field: dict, latest: dt.date) -> tuple[object, str | None]:
    """Return (parsed value or None, problem message or None) for one cell."""
    constraints = field.get("constraints", {})
    hidden = _invisible_or_control(value)
    if hidden:
        return None, hidden
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
    if isinstance(parsed, dt.date) and parsed > latest:
        return None, (f"'{value}' is after the date the sources were last checked ({latest}, "
                      "'x-as-of' in datapackage.json)" if latest < dt.date.today() else f"'{value}' is in the future")
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


def _decode(path: Path, shown: str, problems: list[Problem]) -> str | None:
    """The file's text, or None after naming the line of the first byte that cannot be read."""
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")  # a byte-order mark (spreadsheets write one) is dropped
    except UnicodeDecodeError as exc:
        line = raw[:exc.start].count(b"\n") + 1
        problems.append(Problem(shown, line, None, f"is not UTF-8 text (byte 0x{raw[exc.start]:02x} cannot be read)"))
        return None
    if "\x00" in text:
        problems.append(Problem(shown, text[:text.index("\x00")].count("\n") + 1, None,
                                "holds a NUL byte: is this a spreadsheet or binary file saved as .csv?"))
        return None
    bare_cr = re.search(r"\r(?!\n)", text)
    if bare_cr:
        problems.append(Problem(shown, text[:bare_cr.start()].count("\n") + 1, None,
                                "has a carriage return that does not end a line (CR CR LF or old Mac line "
                                "endings): save the file with LF or CRLF line endings"))
        return None
    return text


def _read_table(resource: dict, folder: Path, problems: list[Problem], latest: dt.date) -> Table | None:
    path = folder / resource["path"]
    shown = display_path(path)
    if not path.is_file():
        problems.append(Problem(shown, None, None,
                                f"file not found (resource '{resource['name']}' in datapackage.json)"))
        return None
    fields = resource["schema"]["fields"]
    names = [f["name"] for f in fields]
    text = _decode(path, shown, problems)
    if text is None:
        return None
    try:
        reader = csv.reader(io.StringIO(text, newline=""))
        header = next(reader, None)
        raw_rows, end = [], reader.line_num
        for row in reader:
            # A row starts on the line after the previous one ended (a quoted cell may span
            # lines; such a cell is refused below, at the line where it starts).
            raw_rows.append((end + 1, row))
            end = reader.line_num
    except csv.Error as exc:
        problems.append(Problem(shown, reader.line_num, None, f"is not valid CSV ({exc})"))
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
    if not raw_rows:
        problems.append(Problem(shown, 1, None, "has a header but no rows"))
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
            value, problem = _check_cell(record[field["name"]], field, latest)
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
                if isinstance(low, dt.date):
                    problems.append(Problem(table.file, line, high_name, f"{high} is before {low_name} {low}"))
                else:
                    problems.append(Problem(table.file, line, low_name,
                                            f"minimum {low:g} exceeds maximum {high_name}={high:g}"))
            elif low is None and high is not None:
                # A lower bound alone is allowed ("more than one": at least 2); an upper bound alone is not.
                problems.append(Problem(table.file, line, low_name,
                                        f"range has a maximum but no minimum: give {low_name} too"))


def _references(table: Table):
    """(column, target resource, target field, value, line) for every id this table cites."""
    schema = table.resource["schema"]
    for fk in schema.get("foreignKeys", []):
        (column,) = fk["fields"]
        target, (target_field,) = fk["reference"]["resource"], fk["reference"]["fields"]
        for row, line in zip(table.rows, table.lines):
            if row[column] is not None:
                yield column, target, target_field, row[column], line
    for field in schema["fields"]:
        link = field.get("x-list-foreign-key")
        if link:
            for row, line in zip(table.rows, table.lines):
                for ref in (row[field["name"]] or "").split(";"):
                    if ref:
                        yield field["name"], link["resource"], link["field"], ref, line


def _check_foreign_keys(tables: dict[str, Table], broken: set[str], problems: list[Problem]) -> None:
    """Every cited id exists. When the cited table has errors of its own, the misses that
    follow from them are summed up in one line per file, not listed one by one."""
    known: dict[tuple[str, str], set] = {}
    for table in tables.values():
        follow_on: dict[str, int] = {}
        for column, target, target_field, value, line in _references(table):
            if (target, target_field) not in known:
                target_table = tables.get(target)
                known[target, target_field] = {row.get(target_field) for row in target_table.rows} if target_table else set()
            if value in known[target, target_field]:
                continue
            if target in broken:
                follow_on[target] = follow_on.get(target, 0) + 1
            else:
                problems.append(Problem(table.file, line, column, f"'{value}' does not exist in {target}.csv ({target_field})"))
        for target, count in follow_on.items():
            problems.append(Problem(table.file, None, None,
                                    f"{count} reference(s) to {target}.csv not found; {target}.csv has errors of its "
                                    "own (above): fix those first, these may follow from them"))


def _check_nato_membership(tables: dict[str, Table], problems: list[Problem]) -> None:
    """Incident countries and Article 4 requesters were NATO members on the date."""
    members = tables.get("nato_members")
    if not members:
        return
    joined = {row["country"]: row["joined"] for row in members.rows}
    checks = [("incidents", "country", "date_start"), ("article4", "requesters", "date")]
    for name, column, date_column in checks:
        table = tables.get(name)
        if not table:
            continue
        for row, line in zip(table.rows, table.lines):
            day = row[date_column]
            for country in (row[column] or "").split(";"):
                if not country or day is None:
                    continue
                # A country missing from nato_members.csv is reported by the foreign-key check.
                if country in joined and day < joined[country]:
                    problems.append(Problem(table.file, line, column,
                                            f"{country} was not a NATO member on {day} (joined {joined[country]})"))


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

SUPPORTED_TYPES = {"string", "integer", "number", "date", "boolean"}


def _package_shape(package, shown: str) -> list[Problem]:
    """What is wrong with datapackage.json's structure, so that no later step meets a
    missing key or an invalid pattern with a traceback."""
    def problem(where: str, message: str) -> Problem:
        return Problem(shown, None, None, f"{where}: {message}")

    if not isinstance(package, dict):
        return [problem("top level", "must be an object with a 'resources' list")]
    resources = package.get("resources")
    if not isinstance(resources, list) or not resources:
        return [problem("'resources'", "must be a non-empty list of tables")]
    problems = []
    for index, resource in enumerate(resources):
        where = f"resources[{index}]"
        if not isinstance(resource, dict):
            problems.append(problem(where, "must be an object"))
            continue
        name, path, schema = resource.get("name"), resource.get("path"), resource.get("schema")
        if not isinstance(name, str) or not re.fullmatch(r"[a-z0-9_]+", name):
            problems.append(problem(where, "'name' must be lowercase letters, digits and underscores"))
        where = f"resource '{name}'" if isinstance(name, str) else where
        # A table is a file directly in the data folder: no folders, no '..', no absolute path.
        if not isinstance(path, str) or not re.fullmatch(r"[A-Za-z0-9_-]+\.csv", path):
            problems.append(problem(where, f"'path' {path!r} must be a file name in the data folder, like 'incidents.csv'"))
        if not isinstance(schema, dict) or not isinstance(schema.get("fields"), list) or not schema["fields"]:
            problems.append(problem(where, "needs a 'schema' with a non-empty 'fields' list"))
            continue
        for position, field in enumerate(schema["fields"]):
            if not isinstance(field, dict) or not isinstance(field.get("name"), str):
                problems.append(problem(where, f"field {position + 1} must be an object with a 'name'"))
                continue
            at = f"{where}, field '{field['name']}'"
            if field.get("type", "string") not in SUPPORTED_TYPES:
                problems.append(problem(at, f"type {field.get('type')!r} is not one of {sorted(SUPPORTED_TYPES)}"))
            constraints = field.get("constraints", {})
            if not isinstance(constraints, dict):
                problems.append(problem(at, "'constraints' must be an object"))
                continue
            if "pattern" in constraints:
                try:
                    re.compile(str(constraints["pattern"]))
                except re.error as exc:
                    problems.append(problem(at, f"'pattern' is not a valid regular expression ({exc})"))
            if "enum" in constraints and not isinstance(constraints["enum"], list):
                problems.append(problem(at, "'enum' must be a list"))
            # Readers see words, not codes: a coded field names each value once, here.
            elif "enum" in constraints:
                labels = field.get("x-labels")
                if not isinstance(labels, dict) or set(labels) != set(constraints["enum"]) or not all(
                        isinstance(v, str) and v.strip() for v in labels.values()):
                    missing = sorted(set(constraints["enum"]) - set(labels or {}))
                    problems.append(problem(at, "'x-labels' must give a reader-facing label for each allowed value"
                                            + (f" (missing: {', '.join(missing)})" if missing else "")))
                # Labels in another language, where given, are complete too.
                for other in [key for key in field if key.startswith("x-labels-")]:
                    translated = field[other]
                    if not isinstance(translated, dict) or set(translated) != set(constraints["enum"]) or not all(
                            isinstance(v, str) and v.strip() for v in translated.values()):
                        problems.append(problem(at, f"'{other}' must give a label for each allowed value, as 'x-labels' does"))
            for key in ("minimum", "maximum"):
                if field.get("type") == "date" and key in constraints:
                    try:
                        dt.date.fromisoformat(str(constraints[key]))
                    except ValueError:
                        problems.append(problem(at, f"'{key}' {constraints[key]!r} is not a date (YYYY-MM-DD)"))
    as_of = package.get("x-as-of")
    try:
        dt.date.fromisoformat(str(as_of))
    except ValueError:
        problems.append(problem("'x-as-of'", f"{as_of!r} must be the date the sources were last checked (YYYY-MM-DD)"))
    return problems


def read_package(folder: Path | None = None) -> dict:
    folder = Path(folder) if folder else data_dir()
    path = folder / "datapackage.json"
    shown = display_path(path)
    if not path.is_file():
        raise DataError([Problem(shown, None, None, "file not found")])
    raw = path.read_bytes()
    try:
        package = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        line = raw[:exc.start].count(b"\n") + 1
        raise DataError([Problem(shown, line, None, f"is not UTF-8 text (byte 0x{raw[exc.start]:02x} cannot be read)")]) from None
    except json.JSONDecodeError as exc:
        raise DataError([Problem(shown, exc.lineno, None, f"is not valid JSON ({exc.msg})")]) from None
    problems = _package_shape(package, shown)
    if problems:
        raise DataError(problems)
    return package


def described_files(package: dict) -> set[str]:
    """The data files the package describes: the only ones read and published."""
    return {resource["path"] for resource in package["resources"]} | {"datapackage.json"}


def as_of(package: dict) -> dt.date:
    """The date the sources were last checked: no date in the data may be later."""
    return dt.date.fromisoformat(package["x-as-of"])


def validate(folder: Path | None = None) -> dict[str, Table]:
    """Check every table of the package; raise DataError listing every problem found."""
    folder = Path(folder) if folder else data_dir()
    package = read_package(folder)
    problems: list[Problem] = []
    for stray in sorted(set(p.name for p in folder.glob("*.csv")) - described_files(package)):
        problems.append(Problem(display_path(folder / stray), None, None,
                                "is not described in datapackage.json: add it as a resource or move it out of "
                                "the data folder (undescribed files are never read or published)"))
    latest = min(as_of(package), dt.date.today())
    tables, broken = {}, set()
    for resource in package["resources"]:
        before = len(problems)
        table = _read_table(resource, folder, problems, latest)
        if table:
            tables[resource["name"]] = table
        if len(problems) > before or not table:
            broken.add(resource["name"])
    _check_foreign_keys(tables, broken, problems)
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


def value_labels(table: str, field: str, folder: Path | None = None, language: str = "en") -> dict[str, str]:
    """Reader-facing words for a coded field's values, in the schema's order ('x-labels', or
    'x-labels-sv' for Swedish)."""
    key = "x-labels" if language == "en" else f"x-labels-{language}"
    for resource in read_package(folder)["resources"]:
        if resource["name"] == table:
            for spec in resource["schema"]["fields"]:
                if spec["name"] == field and key in spec:
                    return dict(spec[key])
    raise KeyError(f"datapackage.json has no '{key}' for {table}.{field}")
