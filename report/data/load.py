"""Load the report's data and refuse bad rows.

`data/datapackage.json` is the single schema. Validation has three layers:

1. **Untrusted text** (this module): a cell is one line of printable text. Line breaks,
   control characters and invisible format characters (zero-width spaces, direction marks,
   byte-order marks) are refused, so that a cell can never change the structure of a page
   and two ids can never look alike while differing. Text holds only characters the PDFs
   can set (Latin, accented Latin, Cyrillic), no word mixes scripts ('Аrticle' with a
   Cyrillic А), no text begins like a spreadsheet formula (=, +, -, @), and names readers
   look up (glossary terms, unique text columns) never look like one another. Numbers are
   ASCII digits and dates are written YYYY-MM-DD; no date is later than the day the sources
   were last checked. A column name appears once; a symbolic link in the data folder is
   refused before anything is read through it.
2. **The schema** (`frictionless`): field types, required values, enums, patterns, minimum
   and maximum, unique fields, primary and foreign keys. Its errors are reworded here from
   their fields (type, row, field, cell), never from their English notes; datapackage.json
   itself is checked by frictionless's descriptor validation and the report's conventions.
3. **The report's own rules** (`report.data.rules`): semicolon lists of ids, ranges,
   NATO membership on the date, and incident ranges that span the attributed figures.

Every problem is reported with the file, the real line, the column and the rule, and
all problems are collected before the caller is stopped: a notebook never sees bad data.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import re
import unicodedata
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlparse

import pandas as pd

from report.data.problems import CsvTable, DataError, Problem, follow_on_problem
from report.foundation.hashing import digest_of, text_digest
from report.foundation.paths import BUILD_DIR, data_dir, display_path

# --- layer 1: untrusted text ---------------------------------------------------------------

# The written form of each type. Python (and so frictionless) would also take '5_7.83',
# 'inf', Arabic-Indic digits and '2025-9-1'.
WRITTEN_FORM = {
    "integer": (r"-?[0-9]+", "is not an integer (digits 0-9 only)"),
    "number": (r"-?[0-9]+(\.[0-9]+)?", "is not a number (digits 0-9 and one decimal point)"),
    "date": (r"[0-9]{4}-[0-9]{2}-[0-9]{2}", "is not a date (expected YYYY-MM-DD)"),
    "boolean": (r"true|false", "is not true or false"),
}


def _invisible_or_control(value: str) -> str | None:
    """The first character a reader cannot see or that breaks a line, described, or None."""
    if value.isascii() and value.isprintable():  # fast path: no control character
        return None
    for ch in value:
        if ch in _INVISIBLE:
            return (
                f"holds the invisible character U+{ord(ch):04X} ({unicodedata.name(ch, 'filler').lower()}), "
                "which makes text look like other text"
            )
        category = unicodedata.category(ch)
        if ch in "\r\n" or category in ("Zl", "Zp"):
            return "holds a line break (a cell is one line of text)"
        if category == "Cc":
            return f"holds the control character U+{ord(ch):04X}"
        if category == "Cf":
            name = unicodedata.name(ch, "format character").lower()
            return f"holds the invisible character U+{ord(ch):04X} ({name}), which makes text look like other text"
    return None


# Characters that render as nothing but are not format characters (Unicode's
# Default_Ignorable code points outside category Cf): Hangul fillers, the combining grapheme
# joiner, variation selectors, Khmer inherent vowels, Mongolian free variation selectors.
_INVISIBLE = set("\u034f\u115f\u1160\u17b4\u17b5\u3164\uffa0\u2800") | {
    chr(c) for c in [*range(0x180B, 0x1810), *range(0xFE00, 0xFE10), *range(0xE0100, 0xE01F0)]
}

# What the PDFs can set. They are made by pdflatex with inputenc and the T1 (Latin), T2A
# (Cyrillic) and TS1 (symbols) font encodings; these are exactly the code points those
# encodings declare (\DeclareUnicodeCharacter in t1enc.dfu, t2aenc.dfu, ts1enc.dfu and
# utf8.def of TeX Live, checked by tests/test_data.py), besides printable ASCII. Anything
# else (Greek, CJK, Arabic, emoji) would stop a PDF late with "not set up for use with LaTeX".
_PDF_RANGES = (
    "00A0-00B7 00B9-0125 0128-0137 0139-013E 0141-0148 014A-0165 0168-017E 0192 01C4-01D4 01E2-01E3 "
    "01E6-01EB 01F0 01F4-01F5 0218-021B 0232-0233 0237 02C6-02C7 02D8-02D9 02DB-02DD 0400-045F 0490-0493 "
    "0496-049D 04A0-04A5 04AA-04AB 04AE-04B3 04B6-04BB 04C0-04C2 04D0-04DF 04E2-04E9 04EC-04F5 04F8-04F9 "
    "0E3F 1E02-1E03 1E0D 1E1E-1E21 1E25 1E30-1E31 1E37 1E43 1E45 1E47 1E5B 1E63 1E6D 1E8E-1E91 1E9E "
    "1EF2-1EF3 2010-2016 2018-201A 201C-201E 2020-2022 2026 2030-2031 2039-203B 203D 2044 204E 2052 20A1 "
    "20A4 20A6 20A9 20AB-20AC 20B1 2103 2116-2117 211E 2120 2122 2126-2127 212E 2190-2193 2329-232A "
    "2422-2423 25E6 25EF 266A 27E8-27E9 3008-3009 FB00-FB06"
)


def _code_points(ranges: str) -> frozenset[str]:
    points = set()
    for part in ranges.split():
        low, _, high = part.partition("-")
        points |= {chr(c) for c in range(int(low, 16), int(high or low, 16) + 1)}
    return frozenset(points)


PDF_CHARACTERS = frozenset(chr(c) for c in range(0x20, 0x7F)) | _code_points(_PDF_RANGES)


def _describe(ch: str) -> str:
    return f"'{ch}' (U+{ord(ch):04X} {unicodedata.name(ch, 'unnamed character')})"


def _not_printable_in_pdf(value: str) -> str | None:
    """The first character the PDFs cannot set, described, or None."""
    if value.isascii():
        return None
    for ch in value:
        if ch not in PDF_CHARACTERS:
            return (
                f"holds {_describe(ch)}, which the PDFs cannot set (pdflatex sets Latin, accented Latin "
                "and Cyrillic letters): write it in Latin letters or translate it, and say so in the notes"
            )
    return None


# Look-alike letters: Cyrillic and Greek letters drawn like a Latin one, mapped to it.
_LOOK_ALIKE = str.maketrans(
    dict(
        zip(
            "АВЕКМНОРСТХУЅІЈаеорсухіјѕԁһүΑΒΕΖΗΙΚΜΝΟΡΤΥΧαορτυχικνϲ",
            "ABEKMHOPCTXYSIJaeopcyxijsdhyABEZHIKMNOPTYXaoptuxikvc",
            strict=True,
        )
    )
)
_SCRIPTS = ("LATIN", "CYRILLIC", "GREEK")


def _script(ch: str) -> str | None:
    name = unicodedata.name(ch, "")
    return next((script for script in _SCRIPTS if name.startswith(script)), None)


def _mixed_script(value: str) -> str | None:
    """A word whose letters come from two scripts ('Аrticle' with a Cyrillic А): it looks
    like a word of one script and is not."""
    if value.isascii():
        return None
    for word in re.findall(r"[^\W\d_]+", value):
        scripts = {_script(ch) for ch in word} - {None}
        if len(scripts) > 1:
            # The letter to name: the one not in Latin (or not in Cyrillic, for Cyrillic and Greek).
            usual = "LATIN" if "LATIN" in scripts else "CYRILLIC"
            odd = next(ch for ch in word if _script(ch) not in (usual, None))
            return (
                f"the word '{word}' mixes {' and '.join(sorted(s.title() for s in scripts if s))} letters "
                f"({_describe(odd)}): it looks like a word it is not"
            )
    return None


def look_alike_key(value: str) -> str:
    """What a reader sees: the text after Unicode compatibility normalisation (NFKC), case
    folding, look-alike letters mapped to Latin, invisible characters dropped and spaces
    folded. Two cells with the same key cannot be told apart on a page."""
    text = unicodedata.normalize("NFKC", value)
    text = "".join(ch for ch in text if ch not in _INVISIBLE and unicodedata.category(ch) != "Cf")
    return re.sub(r"\s+", " ", text.translate(_LOOK_ALIKE).casefold().translate(_LOOK_ALIKE)).strip()


def _spreadsheet_formula(value: str) -> str | None:
    """A text that a spreadsheet would run as a formula when the CSV is opened (CSV injection):
    it begins with =, +, - or @ and is not a number."""
    if value[:1] in ("=", "+", "-", "@") and not re.fullmatch(r"[-+]?[0-9]+(\.[0-9]+)?", value):
        return (
            f"begins with '{value[0]}', so a spreadsheet opening the CSV would run it as a formula: "
            "reword it (no data cell is a formula)"
        )
    return None


def _is_url(value: str) -> bool:
    parsed = urlparse(value)
    return parsed.scheme in ("http", "https") and "." in parsed.netloc and not re.search(r"\s", value)


def _text_problem(value: str, field: dict, latest: dt.date) -> str | None:
    """What is wrong with one cell's text, before the schema is applied, or None."""
    hidden = _invisible_or_control(value)
    if hidden:
        return hidden
    if value.strip() != value:
        return f"'{value}' has leading or trailing spaces"
    if value == "":
        return None
    kind = field.get("type", "string")
    if kind == "string":
        problem = _not_printable_in_pdf(value) or _mixed_script(value) or _spreadsheet_formula(value)
        if problem:
            return problem
    form = WRITTEN_FORM.get(kind)
    if form and not re.fullmatch(form[0], value):
        return f"'{value}' {form[1]}"
    if kind == "date":
        try:
            day = dt.date.fromisoformat(value)
        except ValueError:
            return None  # not a calendar date: the schema layer says so
        maximum = field.get("constraints", {}).get("maximum")
        if day > latest and not (maximum and value > str(maximum)):  # past the maximum: the schema says so
            return (
                f"'{value}' is after the date the sources were last checked ({latest}, 'x-as-of' in "
                "datapackage.json)"
                if latest < dt.date.today()
                else f"'{value}' is in the future"
            )
    if field.get("format") == "uri" and not _is_url(value):
        return f"'{value}' is not a well-formed http(s) URL"
    return None


# --- reading the files -------------------------------------------------------------------


def _decode(path: Path, shown: str, problems: list[Problem]) -> str | None:
    """The file's text, or None after naming the line of the first byte that cannot be read."""
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")  # a byte-order mark (spreadsheets write one) is dropped
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        problems.append(
            Problem(shown, line, None, f"is not UTF-8 text (byte 0x{raw[exc.start]:02x} cannot be read)")
        )
        return None
    if "\x00" in text:
        problems.append(
            Problem(
                shown,
                text[: text.index("\x00")].count("\n") + 1,
                None,
                "holds a NUL byte: is this a spreadsheet or binary file saved as .csv?",
            )
        )
        return None
    bare_cr = re.search(r"\r(?!\n)", text)
    if bare_cr:
        problems.append(
            Problem(
                shown,
                text[: bare_cr.start()].count("\n") + 1,
                None,
                "has a carriage return that does not end a line (CR CR LF or old Mac line "
                "endings): save the file with LF or CRLF line endings",
            )
        )
        return None
    return text


def _read_table(resource: dict, folder: Path, problems: list[Problem], latest: dt.date) -> CsvTable | None:
    """The file as text rows, after the text layer's checks; None if it cannot be read as a table."""
    path = folder / resource["path"]
    shown = display_path(path)
    if path.is_symlink():
        problems.append(symlink_problem(path))
        return None
    if not path.is_file():
        problems.append(
            Problem(shown, None, None, f"file not found (resource '{resource['name']}' in datapackage.json)")
        )
        return None
    text = _decode(path, shown, problems)
    if text is None:
        return None
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader, None)
        rows, lines, end = [], [], reader.line_num
        for row in reader:
            # A row starts on the line after the previous one ended (a quoted cell may span
            # lines; such a cell is refused below, at the line where it starts).
            rows.append(row)
            lines.append(end + 1)
            end = reader.line_num
    except csv.Error as exc:
        problems.append(Problem(shown, reader.line_num, None, f"is not valid CSV ({exc})"))
        return None
    if header is None:
        problems.append(Problem(shown, 1, None, "file is empty (no header row)"))
        return None
    fields = resource["schema"]["fields"]
    names = [f["name"] for f in fields]
    if _header_problems(header, shown, problems):
        return None
    missing = [n for n in names if n not in header]
    unknown = [h for h in header if h not in names]
    for name in missing:
        problems.append(Problem(shown, 1, name, "required column is missing from the header"))
    for name in unknown:
        problems.append(Problem(shown, 1, name, "column is not in the schema (datapackage.json)"))
    if missing or unknown:
        return None
    if not rows:
        problems.append(Problem(shown, 1, None, "has a header but no rows"))
        return None
    table = CsvTable(resource["name"], path, resource, header, rows, lines)
    position = {name: header.index(name) for name in names}
    for cells, line in zip(rows, lines):
        if not any(cells):
            problems.append(Problem(shown, line, None, "row is blank"))
            table.bad_lines.add(line)
        elif len(cells) != len(header):
            problems.append(
                Problem(shown, line, None, f"has {len(cells)} cells but the header has {len(header)}")
            )
            table.bad_lines.add(line)
        else:
            for spec in fields:
                problem = _text_problem(cells[position[spec["name"]]], spec, latest)
                if problem:
                    problems.append(Problem(shown, line, spec["name"], problem))
    return table


def _header_problems(header: list[str], shown: str, problems: list[Problem]) -> bool:
    """An empty or repeated column name, named by its position; True if there was one."""
    before = len(problems)
    for position, name in enumerate(header, start=1):
        if not name.strip():
            problems.append(
                Problem(
                    shown,
                    1,
                    None,
                    f"column {position} of the header has no name (an empty header cell: a stray comma?)",
                )
            )
        elif name in header[: position - 1]:
            problems.append(
                Problem(
                    shown,
                    1,
                    name,
                    f"the column name appears twice (columns "
                    f"{header.index(name) + 1} and {position} of the header)",
                )
            )
    return len(problems) > before


def symlink_problem(path: Path) -> Problem:
    return Problem(
        display_path(path),
        None,
        None,
        f"is a symbolic link (to {os.readlink(path)}): the data folder holds real files only, so "
        "that nothing outside the repository is read or published",
    )


def _look_alikes(tables: dict[str, CsvTable], problems: list[Problem]) -> None:
    """Names a reader looks up (glossary terms, and every unique or key text column) cannot
    look like one another: 'Аrticle 4' (Cyrillic А), 'ARTICLE 4' and 'Article 4' followed by
    an invisible filler would show as one entry three times. Exact repeats are the schema's."""
    for table in tables.values():
        schema = table.resource["schema"]
        keys = schema.get("primaryKey") or []
        keys = [keys] if isinstance(keys, str) else keys
        columns = [
            f["name"]
            for f in schema["fields"]
            if f.get("type", "string") == "string"
            and (
                f.get("constraints", {}).get("unique")
                or f["name"] in keys
                or f["name"] in LOOKED_UP_COLUMNS.get(table.name, ())
            )
        ]
        for column in columns:
            index = table.header.index(column)
            seen: dict[str, tuple[str, int]] = {}
            for cells, line in zip(table.cells, table.lines):
                if line in table.bad_lines or not cells[index]:
                    continue
                key = look_alike_key(cells[index])
                first = seen.setdefault(key, (cells[index], line))
                if first[0] != cells[index]:
                    problems.append(
                        Problem(
                            table.file,
                            line,
                            column,
                            f"'{cells[index]}' looks like '{first[0]}' on line {first[1]} (the same after Unicode "
                            "normalisation NFKC, case folding and mapping look-alike letters): readers cannot "
                            "tell them apart",
                        )
                    )


# Text columns readers look entries up by, besides the unique ones: each must look unlike the others.
LOOKED_UP_COLUMNS = {"glossary": ("term", "term_sv")}


# --- layer 2: the schema, checked by frictionless -----------------------------------------


def _schema_problems(
    package: dict, tables: dict[str, CsvTable], broken: set[str], problems: list[Problem]
) -> None:
    """Types, constraints and keys, checked by frictionless on the rows already read, its
    errors reworded into file / real line / column. A cell or row the text layer refused is
    not reported twice; references into a table with errors of its own are summed up."""
    from frictionless import Package, Resource, Schema  # loaded only when data is validated

    resources = []
    for resource in package["resources"]:
        table = tables.get(resource["name"])
        names = [f["name"] for f in resource["schema"]["fields"]]
        rows = [table.header] + table.cells if table else [names]  # an unreadable table is empty here
        resources.append(
            Resource(name=resource["name"], data=rows, schema=Schema.from_descriptor(resource["schema"]))
        )
    reported = {(p.file, p.line, p.column) for p in problems}
    follow_on: dict[tuple[str, str], int] = {}
    for task in Package(resources=resources).validate().tasks:
        table = tables.get(task.name)
        if table is None:
            continue
        for error in task.errors:
            row_number = getattr(error, "row_number", None)
            line = table.line_of(row_number) if row_number else None
            if line in table.bad_lines:
                continue
            if error.type == "foreign-key" and error.reference_name in broken:
                key = (table.file, error.reference_name)
                follow_on[key] = follow_on.get(key, 0) + 1
                continue
            problem = _reworded(error, table, line)
            if problem and (problem.file, problem.line, problem.column) not in reported:
                reported.add((problem.file, problem.line, problem.column))
                problems.append(problem)
    problems.extend(follow_on_problem(file, target, count) for (file, target), count in follow_on.items())


def _reworded(error, table: CsvTable, line: int | None) -> Problem | None:
    """One frictionless error in the report's words, from the error's own fields (type, row
    number, field name, cell, reference): never from its English note."""
    column = getattr(error, "field_name", None)
    cell = getattr(error, "cell", None)
    spec: dict = next((f for f in table.resource["schema"]["fields"] if f["name"] == column), {})
    constraints = spec.get("constraints", {})
    if error.type == "type-error":
        kind = spec.get("type", "string")
        message = (
            f"'{cell}' is not a real calendar date" if kind == "date" else f"'{cell}' is not a valid {kind}"
        )
    elif error.type == "constraint-error":
        rule = _broken_constraint(spec, cell)
        if rule == "required":
            message = "is empty but required"
        elif rule == "enum":
            message = (
                f"'{cell}' is not an allowed value (allowed: {', '.join(map(str, constraints['enum']))})"
            )
        elif rule == "pattern":
            message = f"'{cell}' does not match the pattern {constraints['pattern']}"
        elif rule in ("minimum", "maximum"):
            message = (
                f"'{cell}' is {'below' if rule == 'minimum' else 'above'} the {rule} {constraints[rule]}"
            )
        else:
            message = f"'{cell}' breaks the constraint '{rule}' ({error.note})"
    elif error.type == "unique-error":
        first = _first_line_with(table, [column], error.row_number) if column else None
        message = f"duplicate id '{cell}'" + (f" (first used on line {first})" if first else "")
    elif error.type == "primary-key":
        key = table.resource["schema"]["primaryKey"]
        key = [key] if isinstance(key, str) else key
        row = table.cells[error.row_number - 2]
        if not any(row[table.header.index(name)] for name in key):
            return None  # an empty key cell, reported as required
        column, first = ", ".join(key), _first_line_with(table, key, error.row_number)
        message = "duplicate key" + (f" (first used on line {first})" if first else "")
    elif error.type == "foreign-key":
        column = error.field_names[0]
        (target_field,) = [
            fk["reference"]["fields"]
            for fk in table.resource["schema"]["foreignKeys"]
            if fk["fields"] == error.field_names
        ][0]
        message = f"'{error.field_cells[0]}' does not exist in {error.reference_name}.csv ({target_field})"
    else:
        message = f"{error.title}: {error.note}"
    return Problem(table.file, line, column, message)


def _broken_constraint(spec: dict, cell: str | None) -> str:
    """The name of the first constraint the cell breaks, as frictionless's own cell reader
    names it (its notes are keyed by constraint)."""
    from frictionless import Field

    _, notes = Field.from_descriptor(spec).read_cell(cell)
    return next((name for name in notes or {} if name != "type"), "")


def _first_line_with(table: CsvTable, columns: list[str], row_number: int) -> int | None:
    """The first line whose values in these columns equal those of frictionless's row
    `row_number` (compared as typed values, as frictionless compares them)."""
    from frictionless import Field

    readers = [
        (table.header.index(f["name"]), Field.from_descriptor(f).create_cell_reader())
        for name in columns
        for f in table.resource["schema"]["fields"]
        if f["name"] == name
    ]

    def values(cells: list[str]) -> tuple:
        return tuple(read(cells[index])[0] for index, read in readers)

    wanted = values(table.cells[row_number - 2])
    for cells, line in zip(table.cells[: row_number - 2], table.lines):
        if line not in table.bad_lines and len(cells) == len(table.header) and values(cells) == wanted:
            return line
    return None


# --- frames ------------------------------------------------------------------------------


def _frame(table: CsvTable) -> pd.DataFrame:
    """The well-formed rows as a typed DataFrame, indexed by their real line (for the rules'
    messages). A cell that cannot be read as its type becomes missing, so the rules never stop
    on it; it has been reported already, and validation fails."""
    fields = table.resource["schema"]["fields"]
    kept = [(line, cells) for line, cells in zip(table.lines, table.cells) if line not in table.bad_lines]
    order = [table.header.index(f["name"]) for f in fields]
    frame = pd.DataFrame(
        [[cells[i] for i in order] for _, cells in kept],
        columns=[f["name"] for f in fields],
        index=[line for line, _ in kept],
        dtype="string",
    )
    frame = frame.replace("", pd.NA)
    for spec in fields:
        column, kind = spec["name"], spec.get("type", "string")
        if kind == "integer":
            frame[column] = pd.to_numeric(frame[column], errors="coerce").astype("Int64")
        elif kind == "number":
            frame[column] = pd.to_numeric(frame[column], errors="coerce").astype("Float64")
        elif kind == "date":
            frame[column] = pd.to_datetime(frame[column], format="%Y-%m-%d", errors="coerce").astype(
                "datetime64[s]"
            )
        elif kind == "boolean":
            frame[column] = frame[column].map({"true": True, "false": False}).astype("boolean")
    frame.attrs["source_file"] = table.file
    return frame


# --- public API ------------------------------------------------------------------------

SUPPORTED_TYPES = {"string", "integer", "number", "date", "boolean"}


def _package_shape(package, shown: str) -> list[Problem]:
    """What is wrong with datapackage.json, so that no later step meets a missing key or an
    invalid pattern with a traceback. The Data Package standard's rules (names, types,
    constraints, keys, safe paths) are frictionless's own descriptor validation; the checks
    by hand are the report's conventions on top of the standard, each said where it is made."""
    from frictionless import Field, Package, Resource

    def problem(where: str, message: str) -> Problem:
        return Problem(shown, None, None, f"{where}: {message}")

    # Walking the tables needs an object holding a list of them (the standard allows none).
    if not isinstance(package, dict):
        return [problem("top level", "must be an object with a 'resources' list")]
    resources = package.get("resources")
    if not isinstance(resources, list) or not resources:
        return [problem("'resources'", "must be a non-empty list of tables")]
    problems = []
    for index, resource in enumerate(resources):
        # frictionless reads a descriptor given as a string as a path: only objects reach it.
        if not isinstance(resource, dict):
            problems.append(problem(f"resources[{index}]", "must be an object"))
            continue
        name, path, schema = resource.get("name"), resource.get("path"), resource.get("schema")
        where = f"resource '{name}'" if isinstance(name, str) else f"resources[{index}]"
        # Names are Python keys and file stems: stricter than the standard's [-a-z0-9._/].
        if not isinstance(name, str) or not re.fullmatch(r"[a-z0-9_]+", name):
            problems.append(problem(where, "'name' must be lowercase letters, digits and underscores"))
        # A table is a file directly in the data folder (the standard allows sub-folders).
        if not isinstance(path, str) or not re.fullmatch(r"[A-Za-z0-9_-]+\.csv", path):
            problems.append(
                problem(
                    where, f"'path' {path!r} must be a file name in the data folder, like 'incidents.csv'"
                )
            )
        problems += [
            problem(where, error.note)
            for error in Resource.validate_descriptor(resource).errors
            if error.type != "field-error"  # named field by field below
        ]
        # Every table is typed (the standard makes the schema optional).
        if not isinstance(schema, dict) or not isinstance(schema.get("fields"), list) or not schema["fields"]:
            problems.append(problem(where, "needs a 'schema' with a non-empty 'fields' list"))
            continue
        for position, field in enumerate(schema["fields"]):
            if not isinstance(field, dict):
                problems.append(problem(f"{where}, field {position + 1}", "must be an object with a 'name'"))
                continue
            named = isinstance(field.get("name"), str)
            at = f"{where}, field '{field['name']}'" if named else f"{where}, field {position + 1}"
            errors = Field.validate_descriptor(field).errors
            problems += [problem(at, error.note) for error in errors]
            if not errors:
                problems += [problem(at, message) for message in _field_conventions(field)]
    if not problems:  # what only the whole package shows (two tables of one name, say)
        problems += [
            problem("package", error.note)
            for error in Package.validate_descriptor(package).errors
            if error.type == "package-error"
        ]
    as_of = package.get("x-as-of")
    try:
        dt.date.fromisoformat(str(as_of))
    except ValueError:
        problems.append(
            problem("'x-as-of'", f"{as_of!r} must be the date the sources were last checked (YYYY-MM-DD)")
        )
    return problems


def _field_conventions(field: dict) -> list[str]:
    """The report's own rules for a field the standard accepts."""
    problems = []
    # The text layer knows the written form of these types only.
    if field.get("type", "string") not in SUPPORTED_TYPES:
        problems.append(f"type {field.get('type')!r} is not one of {sorted(SUPPORTED_TYPES)}")
    constraints = field.get("constraints", {})
    # frictionless compiles a pattern only when it meets a cell, and then stops with a traceback.
    if "pattern" in constraints:
        try:
            re.compile(str(constraints["pattern"]))
        except re.error as exc:
            problems.append(f"'pattern' is not a valid regular expression ({exc})")
    # Readers see words, not codes: a coded field names each value once, here.
    if "enum" in constraints:
        for key in ["x-labels", *(key for key in field if key.startswith("x-labels-"))]:
            labels = field.get(key)
            if (
                not isinstance(labels, dict)
                or set(labels) != set(constraints["enum"])
                or not all(isinstance(v, str) and v.strip() for v in labels.values())
            ):
                missing = sorted(set(constraints["enum"]) - set(labels if isinstance(labels, dict) else {}))
                problems.append(
                    "'x-labels' must give a reader-facing label for each allowed value"
                    + (f" (missing: {', '.join(missing)})" if missing else "")
                    if key == "x-labels"
                    else f"'{key}' must give a label for each allowed value, as 'x-labels' does"
                )
    # The standard does not check that a date's bounds are dates.
    for key in ("minimum", "maximum"):
        if field.get("type") == "date" and key in constraints:
            try:
                dt.date.fromisoformat(str(constraints[key]))
            except ValueError:
                problems.append(f"'{key}' {constraints[key]!r} is not a date (YYYY-MM-DD)")
    return problems


def read_package(folder: Path | None = None) -> dict:
    folder = Path(folder) if folder else data_dir()
    path = folder / "datapackage.json"
    shown = display_path(path)
    if path.is_symlink():
        raise DataError([symlink_problem(path)])
    if not path.is_file():
        raise DataError([Problem(shown, None, None, "file not found")])
    raw = path.read_bytes()
    try:
        package = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise DataError(
            [Problem(shown, line, None, f"is not UTF-8 text (byte 0x{raw[exc.start]:02x} cannot be read)")]
        ) from None
    except json.JSONDecodeError as exc:
        raise DataError([Problem(shown, exc.lineno, None, f"is not valid JSON ({exc.msg})")]) from None
    problems = _checked_shape(raw, shown)
    if problems:
        raise DataError(list(problems))
    return package


@lru_cache(maxsize=8)
def _checked_shape(raw: bytes, shown: str) -> tuple[Problem, ...]:
    """`_package_shape` once per descriptor and process (every label look-up reads the
    package), and once at all for a descriptor that passed it with this validator: a stamp
    named by its hash, as for the data (`_validated_stamp`)."""
    from importlib.metadata import version

    text = raw.decode("utf-8-sig")
    key = text_digest(text, Path(__file__).read_text(encoding="utf-8"), version("frictionless"))
    stamp = BUILD_DIR / "validated-descriptor" / key
    if stamp.is_file():
        return ()
    problems = tuple(_package_shape(json.loads(text), shown))
    if not problems:
        stamp.parent.mkdir(parents=True, exist_ok=True)
        stamp.touch()
    return problems


def described_files(package: dict) -> set[str]:
    """The data files the package describes: the only ones read and published."""
    return {resource["path"] for resource in package["resources"]} | {"datapackage.json"}


def as_of(package: dict) -> dt.date:
    """The date the sources were last checked: no date in the data may be later."""
    return dt.date.fromisoformat(package["x-as-of"])


def validate(folder: Path | None = None) -> dict[str, pd.DataFrame]:
    """Check every table of the package; return them as typed frames (indexed by their real
    line) or raise DataError listing every problem found."""
    from report.data import rules as data_rules

    folder = Path(folder) if folder else data_dir()
    package = read_package(folder)
    problems: list[Problem] = [
        symlink_problem(path)
        for path in sorted(folder.iterdir())
        if path.is_symlink() and path.name not in described_files(package)
    ]
    for stray in sorted(set(p.name for p in folder.glob("*.csv")) - described_files(package)):
        problems.append(
            Problem(
                display_path(folder / stray),
                None,
                None,
                "is not described in datapackage.json: add it as a resource or move it out of "
                "the data folder (undescribed files are never read or published)",
            )
        )
    latest = min(as_of(package), dt.date.today())
    tables, broken = {}, set()
    for resource in package["resources"]:
        before = len(problems)
        table = _read_table(resource, folder, problems, latest)
        if table:
            tables[resource["name"]] = table
        if len(problems) > before or not table:
            broken.add(resource["name"])
    _look_alikes(tables, problems)
    stamp = _validated_stamp(folder, package)
    if problems or not stamp.is_file():
        _schema_problems(package, tables, broken, problems)
    broken |= {name for name, table in tables.items() if any(p.file == table.file for p in problems)}
    for table in tables.values():
        table.frame = _frame(table)
    data_rules.check_all(tables, broken, problems)
    if problems:
        raise DataError(problems)
    if not stamp.is_file():
        stamp.parent.mkdir(parents=True, exist_ok=True)
        stamp.touch()
    return {name: table.frame for name, table in tables.items()}


def _validated_stamp(folder: Path, package: dict) -> Path:
    """A file whose name is the hash of exactly these data files and this validator: once the
    schema layer has passed them, loading them again (in every notebook's kernel) skips it.
    The text layer and the report's rules still run; any other bytes are checked in full."""
    from importlib.metadata import version

    files = [folder / name for name in sorted(described_files(package))]
    files += [Path(__file__), Path(__file__).with_name("rules.py")]
    return BUILD_DIR / "validated-data" / digest_of(files, extra=[version("frictionless")])


@lru_cache(maxsize=4)
def _load_all(folder: str) -> dict[str, pd.DataFrame]:
    return {name: frame.reset_index(drop=True) for name, frame in validate(Path(folder)).items()}


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
