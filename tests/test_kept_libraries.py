"""The libraries kept where they fit (issue 24): one hashing helper for every cache, frictionless'
own error details and descriptor checks, and LaTeX written from templates that escape data text
unless it is marked safe."""

from __future__ import annotations

import hashlib
import os

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

    allowed = {"report/foundation/hashing.py", "report/rendering/charts.py"}
    offenders = [
        str(path.relative_to(ROOT))
        for path in [*(ROOT / "report").rglob("*.py"), ROOT / "scripts" / "build_book.py"]
        if "hashlib" in path.read_text(encoding="utf-8") and str(path.relative_to(ROOT)) not in allowed
    ]
    assert offenders == []
