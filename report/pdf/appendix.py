"""The appendix PDF: the data dictionary and the full source list, for print.

The reading PDF stays a report (its data appendix shows each dataset's card, its source page
a pointer here); this second PDF holds what a reader looks things up in: every column of
every table with its rules, and every source with its address. It is written as LaTeX
straight from data/datapackage.json and data/sources.csv, every data text escaped by
`report.foundation.escape.latex_text`, and built by `scripts/build_book.py` with latexmk.
"""

from __future__ import annotations

import pandas as pd

from report.data.load import load_all, read_package
from report.data.source_policy import standing
from report.foundation.escape import latex_text, url
from report.rendering.catalog import column_dictionary
from report.rendering.tables import source_links
from report.words.facts import coverage_sentence, identity

PREAMBLE = r"""\documentclass[a4paper,11pt,oneside]{report}
\usepackage[utf8]{inputenc}
\usepackage[T2A,T1]{fontenc}
\usepackage[english]{babel}
% Cyrillic titles in an English text, as in the reading PDF (Sphinx's own two packages,
% copied beside this file by the build): T2A glyphs come from Computer Modern.
\usepackage{sphinxpackagesubstitutefont}
\usepackage[TtwoA]{sphinxpackagecyrillic}
\usepackage{tgtermes}\usepackage{tgheros}
\substitutefont{T2A}{\rmdefault}{cmr}\substitutefont{T2A}{\sfdefault}{cmss}\substitutefont{T2A}{\ttdefault}{cmtt}
\renewcommand{\familydefault}{\rmdefault}
\usepackage[margin=2.2cm]{geometry}
\usepackage{longtable,array,ragged2e,xurl,enumitem}
\usepackage[hidelinks,pdfusetitle]{hyperref}
\setlength{\emergencystretch}{3em}
\urlstyle{same}
\DeclareUnicodeCharacter{200B}{\hspace{0pt}}
"""


SPHINX_PACKAGES = ("sphinxpackagesubstitutefont.sty", "sphinxpackagecyrillic.sty")


def copy_sphinx_packages(folder) -> None:
    import shutil
    from pathlib import Path

    import sphinx

    for name in SPHINX_PACKAGES:
        shutil.copy2(Path(sphinx.__file__).parent / "texinputs" / name, Path(folder) / name)


def _cell(text) -> str:
    # Long identifiers (column names, codes) may break after an underscore.
    return latex_text(text).replace(r"\_", r"\_\allowbreak{}")


def _dictionary() -> list[str]:
    frames = load_all()
    lines = [
        r"\chapter{Data dictionary}",
        "Every table of the report's data, and every column with its type, meaning and rules. "
        "The files are in the folder data/ of the report's site and repository; "
        "datapackage.json holds the same description in machine-readable form.",
        "",
    ]
    for resource in read_package()["resources"]:
        lines += [
            rf"\section{{{latex_text(resource['title'])}}}",
            latex_text(resource.get("description", "")),
            "",
            r"\begin{description}[noitemsep,style=sameline,font=\normalfont\itshape]",
            rf"\item[File] data/{_cell(resource['path'])}",
            rf"\item[A row is] {latex_text(resource.get('x-row', ''))}",
            rf"\item[Rows] {len(frames[resource['name']]):,}",
        ]
        if resource.get("x-caveats"):
            lines.append(rf"\item[Caveats] {latex_text(resource['x-caveats'])}")
        lines += [
            r"\end{description}",
            r"{\small",
            r"\begin{longtable}{>{\RaggedRight}p{3.0cm}>{\RaggedRight}p{1.9cm}>{\RaggedRight}p{5.8cm}>{\RaggedRight\arraybackslash}p{3.9cm}}",
            r"\textbf{Column} & \textbf{Type} & \textbf{Meaning} & \textbf{Rules}\\\hline\endhead",
        ]
        for _, row in column_dictionary(resource).iterrows():
            lines.append(" & ".join(_cell(row[c]) for c in ("column", "type", "meaning", "rules")) + r"\\")
        lines += [r"\end{longtable}}", ""]
    return lines


def _sources() -> list[str]:
    sources = load_all()["sources"].sort_values(["publisher", "title"], key=lambda s: s.str.lower())
    lines = [
        r"\chapter{Sources}",
        f"All {len(sources)} sources cited by the data, by publisher. Where the page read was a copy of "
        "another outlet's report, the original publisher is named first and the copy second.",
        "",
        r"\begin{description}[style=nextline,font=\normalfont\bfseries]",
    ]
    for _, source in sources.iterrows():
        # The item's own date: the original's where the page read was a copy, else the page's.
        day = source["original_date"] if pd.notna(source.get("original_date")) else source["date_published"]
        date = "undated" if pd.isna(day) else f"{day.day} {day:%B %Y}"
        read = "; ".join(latex_text(text) for text, _ in source_links(source["source_id"]))
        lines.append(
            rf"\item[{{{latex_text(source['title'])}}}] {read}. {date}. {latex_text(standing(source))}.\\"
            rf" \url{{{url(source['url'])}}}"
        )
    lines += [r"\end{description}"]
    return lines


def _corrections() -> list[str]:
    """The corrections log, entry by entry (the reading PDF leaves the long table to this one)."""
    from report.words.facts import long_date

    log = load_all()["corrections"].sort_values(["date", "correction_id"])
    lines = [
        r"\chapter{Updates and corrections}",
        f"Every change to a published fact ({len(log)} entries): what changed, in which table and row, and why.",
        "",
        r"\begin{description}[style=nextline,font=\normalfont\bfseries]",
    ]
    for _, entry in log.iterrows():
        row = entry["row_id"] if isinstance(entry["row_id"], str) else "all rows"
        lines.append(
            rf"\item[{{{latex_text(entry['correction_id'])}, {latex_text(long_date(entry['date']))}: "
            rf"{_cell(entry['table'])}, {_cell(row.replace(';', '; '))} ({latex_text(entry['change'])})}}] "
            rf"{latex_text(entry['description'])} \emph{{{latex_text(entry['reason'])}}}"
        )
    return lines + [r"\end{description}"]


def appendix_tex() -> str:
    who = identity()
    return "\n".join(
        [
            PREAMBLE,
            rf"\title{{{latex_text(who['title'])}\\[1ex]\large Appendix: data dictionary and sources}}",
            rf"\author{{{latex_text(who['author'])}}}",
            # The document's title in the reader's title bar: the words alone, not the line break.
            rf"\hypersetup{{pdftitle={{{latex_text(who['title'])} – Appendix: data dictionary and sources}}}}",
            rf"\date{{{latex_text(coverage_sentence())}}}",
            r"\begin{document}",
            r"\maketitle",
            r"\tableofcontents",
            *_dictionary(),
            *_corrections(),
            *_sources(),
            r"\end{document}",
            "",
        ]
    )
