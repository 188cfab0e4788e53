"""The libraries kept where they fit (issue 24): one hashing helper for every cache, frictionless'
own error details and descriptor checks, and LaTeX written from templates that escape data text
unless it is marked safe."""

from __future__ import annotations

import hashlib
import json
import os
from types import SimpleNamespace

import pytest

from report.foundation.hashing import digest_of, text_digest

# --- one hashing helper ---------------------------------------------------------------------


def test_digest_reads_a_file_as_its_name_and_bytes(tmp_path):
    (tmp_path / "a.csv").write_bytes(b"x,y\n1,2\n")
    expected = hashlib.sha256(b"v1\0" + b"a.csv\0x,y\n1,2\n").hexdigest()
    assert digest_of([tmp_path / "a.csv"], extra=["v1"]) == expected


def test_digest_changes_with_content_and_never_follows_a_link(tmp_path):
    target = tmp_path / "outside.txt"
    target.write_text("secret one", encoding="utf-8")
    link = tmp_path / "data.csv"
    link.symlink_to(target)
    before = digest_of([link])
    target.write_text("secret two", encoding="utf-8")
    assert digest_of([link]) == before  # the target's bytes were never read
    assert before == hashlib.sha256(b"data.csv\0link\0" + os.fsencode(target)).hexdigest()


def test_digest_normalises_crlf_only_when_asked(tmp_path):
    unix, windows = tmp_path / "unix", tmp_path / "windows"
    unix.mkdir()
    windows.mkdir()
    (unix / "t.py").write_bytes(b"a = 1\nb = 2\n")
    (windows / "t.py").write_bytes(b"a = 1\r\nb = 2\r\n")
    assert digest_of([unix / "t.py"], unix_newlines=True) == digest_of([windows / "t.py"], unix_newlines=True)
    assert digest_of([unix / "t.py"]) != digest_of([windows / "t.py"])


def test_text_digest_joins_parts_with_nul_and_cuts_to_length():
    assert text_digest("a", "b", length=12) == hashlib.sha256(b"a\0b").hexdigest()[:12]
    assert text_digest("ab") != text_digest("a", "b")


def test_code_fingerprint_is_the_one_notebooks_store():
    """The fingerprint each executed notebook stores: the helper must give the same value."""
    from report.foundation.paths import code_fingerprint

    notebook = {
        "cells": [
            {"cell_type": "code", "source": ["x = 1\r\n", "y = 2"]},
            {"cell_type": "markdown", "source": "words"},
            {"cell_type": "code", "source": "print(x)"},
        ]
    }
    expected = hashlib.sha256(b"x = 1\ny = 2\0print(x)\0").hexdigest()
    assert code_fingerprint(notebook) == expected
    assert code_fingerprint({"cells": []}) == hashlib.sha256(b"").hexdigest()


def test_no_module_hashes_by_hand():
    """Every content hash goes through report.foundation.hashing (charts.py excepted until its
    owner moves it: see the report of issue 24)."""
    from report.foundation.paths import ROOT

    allowed = {"report/foundation/hashing.py"}
    offenders = [
        str(path.relative_to(ROOT))
        for path in [*(ROOT / "report").rglob("*.py"), ROOT / "scripts" / "build_book.py"]
        if "hashlib" in path.read_text(encoding="utf-8") and str(path.relative_to(ROOT)) not in allowed
    ]
    assert offenders == []


# --- frictionless's own details, never its English notes -----------------------------------


def _broken(folder, change) -> str:
    from report.data.load import DataError, validate

    path = folder / "datapackage.json"
    package = json.loads(path.read_text(encoding="utf-8"))
    change(package)
    path.write_text(json.dumps(package), encoding="utf-8")
    with pytest.raises(DataError) as caught:
        validate(folder)
    return str(caught.value)


def _table(rows: list[list[str]], schema: dict):
    from pathlib import Path

    from report.data.problems import CsvTable

    resource = {"name": "things", "path": "things.csv", "schema": schema}
    return CsvTable("things", Path("things.csv"), resource, rows[0], rows[1:], list(range(2, len(rows) + 1)))


class _Error(SimpleNamespace):
    """A frictionless error as the loader sees it, with a note in words it cannot parse."""

    note = "примечание на другом языке"
    title = "Error"


def test_a_constraint_is_named_from_frictionless_cell_reader_not_its_note():
    from report.data.load import _reworded

    schema = {"fields": [{"name": "size", "type": "integer", "constraints": {"minimum": 1, "maximum": 9}}]}
    table = _table([["size"], ["4"], ["12"]], schema)
    error = _Error(type="constraint-error", field_name="size", cell="12", row_number=3)
    assert _reworded(error, table, 3).message == "'12' is above the maximum 9"


def test_a_repeated_id_names_the_first_line_it_was_used_on():
    from report.data.load import _reworded

    schema = {"fields": [{"name": "id", "constraints": {"unique": True}}]}
    table = _table([["id"], ["a"], ["b"], ["a"], ["a"]], schema)
    error = _Error(type="unique-error", field_name="id", cell="a", row_number=5)
    assert _reworded(error, table, 5).message == "duplicate id 'a' (first used on line 2)"


def test_an_empty_primary_key_is_left_to_the_required_rule():
    from report.data.load import _reworded

    schema = {"fields": [{"name": "id"}, {"name": "n"}], "primaryKey": ["id"]}
    table = _table([["id", "n"], ["a", "1"], ["", "2"], ["a", "3"]], schema)
    assert _reworded(_Error(type="primary-key", cells=["", "2"], row_number=3), table, 3) is None
    repeated = _reworded(_Error(type="primary-key", cells=["a", "3"], row_number=4), table, 4)
    assert (repeated.column, repeated.message) == ("id", "duplicate key (first used on line 2)")


def test_descriptor_errors_of_the_standard_come_from_frictionless_with_file_and_field(data_copy):
    def untyped(package):
        package["resources"][0]["schema"]["fields"][1]["type"] = "datetme"

    message = _broken(data_copy, untyped)
    name = json.loads((data_copy / "datapackage.json").read_text(encoding="utf-8"))["resources"][0]
    assert "datapackage.json" in message and f"resource '{name['name']}'" in message
    assert f"field '{name['schema']['fields'][1]['name']}'" in message and "datetme" in message


def test_two_tables_of_one_name_are_refused_without_a_traceback(data_copy):
    def twin(package):
        package["resources"][1]["name"] = package["resources"][0]["name"]

    assert "names of the resources are not unique" in _broken(data_copy, twin)


def test_a_field_without_a_name_is_named_by_its_position(data_copy):
    def nameless(package):
        del package["resources"][0]["schema"]["fields"][1]["name"]

    message = _broken(data_copy, nameless)
    assert "field 2: 'name' is a required property" in message


def test_a_descriptor_given_as_text_is_never_read_as_a_path(data_copy, tmp_path):
    """frictionless reads a descriptor given as a string as a file: the loader never passes one."""

    def as_path(package):
        package["resources"][0]["schema"]["fields"][1] = str(tmp_path / "elsewhere.json")

    (tmp_path / "elsewhere.json").write_text('{"name": "secret"}', encoding="utf-8")
    message = _broken(data_copy, as_path)
    assert "field 2: must be an object with a 'name'" in message and "secret" not in message


# --- LaTeX from templates, escaped unless marked as LaTeX -----------------------------------

HOSTILE = r"\input{/etc/passwd} 100% & $x$ #1 ^_~ {}"


def test_every_value_a_template_prints_is_escaped():
    from report.foundation.escape import latex_text
    from report.pdf.templating import render

    tex = render(
        "appendix.tex",
        title=HOSTILE,
        author=HOSTILE,
        coverage=HOSTILE,
        tables=[
            {
                "title": HOSTILE,
                "description": HOSTILE,
                "path": "t.csv",
                "row": HOSTILE,
                "rows": 1234,
                "caveats": HOSTILE,
                "columns": [{"column": "a_b", "type": "string", "meaning": HOSTILE, "rules": HOSTILE}],
            }
        ],
        corrections=[],
        sources=[
            {
                "title": HOSTILE,
                "read": HOSTILE,
                "date": "1 May 2025",
                "standing": HOSTILE,
                "url": "https://e.org/a b",
            }
        ],
    )
    assert r"\input{" not in tex and "$x$" not in tex
    assert tex.count(latex_text(HOSTILE)) >= 10
    assert r"\url{https://e.org/a%20b}" in tex and "1,234" in tex and r"a\_\allowbreak{}b" in tex


def test_latex_marked_as_such_is_printed_as_it_is_and_a_missing_value_stops():
    import jinja2

    from report.pdf.templating import LaTeX, environment

    template = environment().from_string(r"\VAR{code} \VAR{text} \VAR{literal|safe}")
    assert template.render(code=LaTeX(r"\emph{a}"), text="_", literal=r"\dots") == r"\emph{a} \_ \dots"
    with pytest.raises(jinja2.UndefinedError):
        template.render(code="", text="")


def test_no_pdf_module_escapes_by_hand():
    """The documents escape through their templates: an escaper called at one place and
    forgotten at another is what the templates replace."""
    from report.foundation.paths import ROOT

    for path in (ROOT / "report" / "pdf").glob("*.py"):
        if path.name != "templating.py":
            text = path.read_text(encoding="utf-8")
            assert "latex_text" not in text and 'rf"\\' not in text, path.name
