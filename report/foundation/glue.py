"""Numbers and phrases for the prose, computed by code and placed with `{glue:text}`."""

from __future__ import annotations

from myst_nb import glue as _myst_glue


class GluedText(str):
    """A string whose plain-text form has no quotes, so `{glue:text}` prints it as is."""

    def __repr__(self) -> str:
        return str(self)


def glue(name: str, value) -> None:
    """Glue a number or phrase for the prose; strings lose their quotes. Returns nothing, so
    that a cell ending with a glue puts no stray value on the page (a trailing ';' would not
    hide it under nbval, which runs cells without IPython's history)."""
    _myst_glue(name, GluedText(value) if isinstance(value, str) else value, display=False)


def _number(value) -> str:
    return f"{value:g}" if isinstance(value, float) else str(value)


def span(low, high, unit: str = "") -> str:
    """'19' when a range collapses, '19-23' otherwise (en dash), 'at least 2' for an open range."""
    import pandas as pd

    if pd.isna(low):
        return "not reported"
    if pd.isna(high):
        text = f"at least {_number(low)}"
    else:
        text = _number(low) if low == high else f"{_number(low)}\u2013{_number(high)}"
    return f"{text}{unit}" if unit == "%" else f"{text} {unit}".strip()


def usd_span(low, high) -> str:
    """'$10,000' or '$10,000-$20,000' (en dash), for prices in US dollars."""
    low_text, high_text = f"${low:,.0f}", f"${high:,.0f}"
    return low_text if low == high else f"{low_text}\u2013{high_text}"
