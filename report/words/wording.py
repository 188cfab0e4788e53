"""Numbers written as a writer would write them, in English and Swedish: one place for ranges
("between 19 and 23 drones"), counts with the right plural ("1 statement", "three airports"),
number words where a sentence starts or style asks, and lists ("A, B and C").

The chapters, the classroom packs and the slides word their numbers here, so a fault is fixed
once. `faults()` finds the patterns this module exists to prevent in any rendered text; the
tests run it over every page and every PDF.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable

WORDS = {
    "en": [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
    ],
    # Swedish "en" (common gender) forms; "ett" for neuter nouns is asked for with neuter=True.
    "sv": ["noll", "en", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "elva", "tolv"],
}
AND = {"en": "and", "sv": "och"}
BETWEEN = {"en": ("between", "and"), "sv": ("mellan", "och")}
FROM_TO = {"en": ("from", "to"), "sv": ("från", "till")}
AT_LEAST = {"en": "at least", "sv": "minst"}
# Style: numbers up to nine are words in running text (ten and above are digits).
WORD_LIMIT = 9


def _is_missing(value) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def digits(value, lang: str = "en") -> str:
    """12,500 in English, 12 500 in Swedish; a float keeps only the decimals it has; a text
    (a figure already formatted, such as '1.06%') is kept as it is."""
    if isinstance(value, str):
        return value
    if isinstance(value, float) and not value.is_integer():
        text = f"{value:,}".rstrip("0").rstrip(".")
    else:
        text = f"{int(value):,}"
    return text.replace(",", "\u00a0").replace(".", ",") if lang == "sv" else text


def number(value, lang: str = "en", *, start: bool = False, neuter: bool = False) -> str:
    """A count in running text: a word up to nine, digits above; capitalised at a sentence start
    (where a number above nine cannot be a word either, so the caller rewrites the sentence:
    `number(17, start=True)` raises)."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int) and 0 <= value <= WORD_LIMIT:
        word = WORDS[lang][value]
        if lang == "sv" and neuter and value == 1:
            word = "ett"
        return word[0].upper() + word[1:] if start else word
    if start:
        raise ValueError(
            f"a sentence may not open with the number {value}: reword it (e.g. 'In all, {value} ...')"
        )
    return digits(value, lang)


def count(
    value,
    singular: str,
    plural: str | None = None,
    lang: str = "en",
    *,
    start: bool = False,
    neuter: bool = False,
) -> str:
    """'1 statement' is 'one statement', 3 -> 'three statements', 17 -> '17 statements'."""
    noun = singular if value == 1 else (plural or singular + "s")
    return f"{number(value, lang, start=start, neuter=neuter)} {noun}"


def between(low, high, unit: str = "", lang: str = "en") -> str:
    """'between 19 and 23 drones'; '19 drones' when both ends agree; 'at least 19' when open."""
    if _is_missing(low):
        raise ValueError("no lower figure")
    if _is_missing(high):
        text = f"{AT_LEAST[lang]} {digits(low, lang)}"
    elif low == high:
        text = digits(low, lang)
    else:
        first, second = BETWEEN[lang]
        text = f"{first} {digits(low, lang)} {second} {digits(high, lang)}"
    return f"{text} {unit}".strip()


def from_to(low: str, high: str, lang: str = "en") -> str:
    """'from $1,000 to $370,000' (the ends already formatted), or the one value when equal."""
    if low == high:
        return low
    first, second = FROM_TO[lang]
    return f"{first} {low} {second} {high}"


def usd(value) -> str:
    return f"${value:,.0f}"


def and_list(items: Iterable[str], lang: str = "en", *, sort: bool = False) -> str:
    """'A', 'A and B', 'A, B and C' (no serial comma, as in the rest of the report); each item
    once, in the order given unless sort=True."""
    seen: list[str] = []
    for item in items:
        if item and item not in seen:
            seen.append(item)
    if sort:
        seen.sort(key=str.casefold)
    if len(seen) <= 1:
        return "".join(seen)
    return f"{', '.join(seen[:-1])} {AND[lang]} {seen[-1]}"


# --- the faults, in rendered text ---------------------------------------------------------

_FAULTS = {
    "a range after 'between' or 'from' written with a dash": re.compile(
        r"\b(between|from|mellan|från) \$?\d[\d,.\u00a0]*\s?[\u2013-]\s?\$?\d", re.I
    ),
    "'1' with a plural noun": re.compile(
        r"(?<![\d.,:/$-])\b1 (statements|incidents|drones|airports|rows|sources|claims|countries|cases|"
        r"viewpoints|codes|consultations|measures|requests|violations|sightings|days|times)\b"
    ),
    "two numbers run together": re.compile(
        r"\b(19|20)\d\d \d+ (?!(January|February|March|April|May|June|July|August|September|October|"
        r"November|December|januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|"
        r"november|december)\b)[a-zåäö]",
        re.I,
    ),
    "a sentence that opens with digits": re.compile(
        r"(?:^|(?<!Fig)(?<!Table)(?<!art)(?<!No)(?<!p)[.!?]\s+)(\d[\d,]*) (?!(January|February|March|April|May|June|July|August|September|"
        r"October|November|December|januari|februari|mars|april|maj|juni|juli|augusti|september|"
        r"oktober|november|december)\b)[a-zåäö]"
    ),
}


def faults(text: str) -> list[str]:
    """Every place in `text` (one paragraph, or paragraphs one per line) where a number is
    written as no writer would, named."""
    found = []
    for name, pattern in _FAULTS.items():
        for match in (m for line in text.splitlines() for m in pattern.finditer(line.strip())):
            around = match.string[max(0, match.start() - 30) : match.end() + 30]
            found.append(f"{name}: ...{around}...")
    return found
