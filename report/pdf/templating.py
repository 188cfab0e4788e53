"""LaTeX documents written from templates (report/pdf/templates/), with every value escaped.

A template is LaTeX with Jinja2 placeholders whose delimiters cannot be mistaken for LaTeX's
own braces: `\\VAR{value}` prints a value, a line starting with `%%` is a statement
(`%% for source in sources`) and `\\#{...}` a comment. Every printed value passes through
`report.foundation.escape.latex_text` unless it is marked as LaTeX already: by the filter
`safe` in the template (for LaTeX the code itself wrote) or as `LaTeX(...)` in Python (for
LaTeX made by a function that escapes its own input, such as the Markdown converter). So data
text can never become markup by being forgotten at one place.

    url      an http(s) address for \\url{...}, percent-encoded (escape.url)
    cell     text that may break after an underscore (long column names and codes)
    thousands  an integer with thousands separators
    path     a file the build wrote (a chart), as LaTeX reads a path
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from markupsafe import Markup

from report.foundation import escape

TEMPLATES = Path(__file__).resolve().parent / "templates"

# Text that is LaTeX already: printed as it is. (Never concatenate it with a str in Python:
# markupsafe would HTML-escape the str.)
LaTeX = Markup


def _escaped(value) -> str:
    return value if isinstance(value, Markup) else escape.latex_text(value)


def _cell(text) -> Markup:
    # Long identifiers (column names, codes) may break after an underscore.
    return Markup(escape.latex_text(text).replace(r"\_", r"\_\allowbreak{}"))


@lru_cache(maxsize=1)
def environment():
    from jinja2 import Environment, FileSystemLoader, StrictUndefined

    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        variable_start_string=r"\VAR{",
        variable_end_string="}",
        block_start_string=r"\BLOCK{",
        block_end_string="}",
        comment_start_string=r"\#{",
        comment_end_string="}",
        line_statement_prefix="%%",
        trim_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,  # HTML escaping: LaTeX's is `finalize`, for every printed value
        finalize=_escaped,
        undefined=StrictUndefined,
    )
    env.filters["url"] = lambda address: Markup(escape.url(address))
    env.filters["cell"] = _cell
    env.filters["thousands"] = lambda number: f"{number:,}"
    env.filters["path"] = lambda path: Markup(Path(path).as_posix())
    return env


def render(template: str, **values) -> str:
    """The template's LaTeX with these values."""
    return environment().get_template(template).render(**values)
