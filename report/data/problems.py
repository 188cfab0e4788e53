"""What every layer of data validation shares: a problem found at a file, row and column; the
error that lists them; and one CSV file as read (its cells and the real line of each row).

A module of its own so that the validation layers (`report.data.load`, `report.data.rules`,
`report.data.source_policy`) import these from below instead of from each other.
"""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field as dataclass_field
from pathlib import Path

import pandas as pd

from report.foundation.paths import display_path

# At most this many problems are listed; the rest are counted.
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


@dataclass
class CsvTable:
    """One CSV file as read: its cells as text, and the real line each row starts on."""

    name: str
    path: Path
    resource: dict
    header: list[str]
    cells: list[list[str]]  # every row after the header, blank and ragged ones too
    lines: list[int]
    bad_lines: set[int] = dataclass_field(default_factory=set)  # rows refused as a whole
    frame: pd.DataFrame | None = None

    @property
    def file(self) -> str:
        return display_path(self.path)

    @property
    def rows(self) -> pd.DataFrame:
        """The typed frame; the cross-table rules run only on tables the schema layer read."""
        if self.frame is None:
            raise ValueError(f"{self.file} has not been read into a frame")
        return self.frame

    def line_of(self, row_number: int) -> int:
        """The real line of frictionless's row number (the header is row 1)."""
        return self.lines[row_number - 2]


def follow_on_problem(file: str, target: str, count: int) -> Problem:
    return Problem(
        file,
        None,
        None,
        f"{count} reference(s) to {target}.csv not found; {target}.csv has errors of its "
        "own (above): fix those first, these may follow from them",
    )
