"""Material for the classroom guide, drawn from the chapters and the data so that it never
drifts from them: each chapter's discussion questions, the glossary, the one-page timeline."""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
import pandas as pd

from .escape import myst_text
from .paths import ROOT


class Markdown:
    """Markdown that the book renders as MyST (roles and directives work) on screen and in print."""

    def __init__(self, text: str):
        self.text = text

    def _repr_markdown_(self) -> str:
        return self.text

    def __repr__(self) -> str:
        return self.text


def chapter_title_and_label(notebook: Path) -> tuple[str, str | None]:
    first = nbformat.read(notebook, as_version=4).cells[0].source
    label = re.search(r"^\((chapter-[a-z-]+)\)=", first, re.M)
    title = re.search(r"^# (.+)$", first, re.M)
    return title.group(1).strip(), label.group(1) if label else None


def discussion_questions(notebook: Path) -> str:
    """The numbered list under the chapter's '## Discussion questions' heading, as written."""
    for cell in nbformat.read(notebook, as_version=4).cells:
        if cell.cell_type == "markdown" and "## Discussion questions" in cell.source:
            section = cell.source.split("## Discussion questions", 1)[1]
            return re.split(r"^#{1,2} ", section, flags=re.M)[0].strip()
    raise ValueError(f"{notebook.relative_to(ROOT)} has no '## Discussion questions' section")


def questions_by_chapter(notebooks: list[Path]) -> Markdown:
    parts = []
    for notebook in notebooks:
        title, label = chapter_title_and_label(notebook)
        heading = f"{{ref}}`{label}`" if label else title
        parts.append(f"**{heading}**\n\n{discussion_questions(notebook)}")
    return Markdown("\n\n".join(parts))


def glossary_directive(glossary: pd.DataFrame) -> Markdown:
    """A Sphinx glossary (each term gets an anchor) with the sources of each definition.

    Terms and definitions are data: escaped, so they read as typed and cannot add markup.
    Source ids are safe to place in a role: the loader holds them to `[a-z0-9-]` slugs."""
    lines = [":::{glossary}", ":sorted:", ""]
    for _, row in glossary.iterrows():
        cites = ",".join(row["source_ids"].split(";"))
        lines += [myst_text(row["term"]), f"  {myst_text(row['definition'])} {{cite:p}}`{cites}`", ""]
    lines.append(":::")
    return Markdown("\n".join(lines))
