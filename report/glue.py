"""Numbers and phrases for the prose, computed by code and placed with `{glue:text}`."""

from __future__ import annotations

from myst_nb import glue as _myst_glue


class GluedText(str):
    """A string whose plain-text form has no quotes, so `{glue:text}` prints it as is."""

    def __repr__(self) -> str:
        return str(self)


def glue(name: str, value):
    """Glue a number or phrase for the prose; strings lose their quotes. Returns the value."""
    _myst_glue(name, GluedText(value) if isinstance(value, str) else value, display=False)
    return value


def span(low, high, unit: str = "") -> str:
    """'19' when a range collapses, '19-23' otherwise (en dash), with an optional unit."""
    low_text, high_text = f"{low:g}" if isinstance(low, float) else str(low), f"{high:g}" if isinstance(high, float) else str(high)
    text = low_text if low == high else f"{low_text}\u2013{high_text}"
    return f"{text}{unit}" if unit == "%" else f"{text} {unit}".strip()
