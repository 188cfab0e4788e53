"""What every chapter does in its hidden first cell, after importing the names it uses:

    from report.rendering.preamble import setup_chapter
    setup_chapter()

Importing this module has no side effect; chapters import each name from its own module."""

import warnings

import pandas as pd

from report.rendering.theme import apply_theme


def setup_chapter() -> None:
    """The chart theme, loud deprecations, pandas' display width."""
    apply_theme()
    warnings.simplefilter("error", FutureWarning)  # a deprecation in the stack should fail loudly, not drift
    pd.set_option("display.max_colwidth", 80)
