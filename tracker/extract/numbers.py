"""Find the numbers in a sentence: digits, words, dozens, ranges and split counts.

A number here is only a candidate; `rules` decides whether it counts people.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

ONES = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
# South Asian scales: "7.24 lakh" is 724,000, "1.2 crore" twelve million.
DIGIT_SCALES = {
    **SCALES, "m": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000, "k": 1_000, "lakh": 100_000,
    "lakhs": 100_000, "lac": 100_000, "crore": 10_000_000, "crores": 10_000_000,
}  # fmt: skip

_WORD = "|".join(sorted([*ONES, *TENS], key=len, reverse=True))
_SCALE = "|".join(SCALES)
# One number in words below a hundred: "twenty-one", "three"; never two units ("three nine").
_UNITS = "one|two|three|four|five|six|seven|eight|nine"
_COMPOUND = rf"(?:(?:{'|'.join(TENS)})(?:[\s-]+(?:{_UNITS})(?![\w-]))?|(?:{_WORD}))"

# Families of number surfaces, tried in this order at each position (longest first).
NUMBER = re.compile(
    rf"""
    (?<![\w.,/:])(?<![A-Za-z]-)                      # not inside a word, code or decimal
    (?:
      (?P<digits>\d{{1,3}}(?:,\d{{3}})+|\d+)          # 3,000  320  12
      (?P<frac>\.\d+)?                                # 1.2
      (?:\s*(?P<dscale>million|thousand|billion|hundred|lakhs?|lac|crores?|mn|bn|m|k)\b)?  # 1.2 million, 7.24 lakh
      |
      (?P<words>(?:an?\s+)?                           # "a hundred", "a dozen"
        (?:{_COMPOUND}                                 # twenty-one, twenty one, three
           (?:\s+(?:and\s+)?(?:{_SCALE}|dozen)(?![\w-])  # three hundred and twelve
              (?:\s+(?:and\s+)?{_COMPOUND}(?![\w-]))?)*
         |(?:{_SCALE}|dozen)(?![\w-])))               # "a dozen", "a hundred"
      |
      (?P<handful>a\s+handful)
      |
      (?P<half>half\s+a\s+(?:million|billion))          # half a million
    )
    (?![\w-](?!year|old|month|week|day|\d))          # not the start of a word like "3rd"
    """,
    re.VERBOSE | re.IGNORECASE,
)

# Ranges: the two ends of "between 10 and 15", "10 to 15", "10-15", "two or three".
RANGE_JOINERS = re.compile(r"^\s*(?:-|–|—|to|or)\s*$|^\s+and\s+$", re.IGNORECASE)

HANDFUL = 5  # "a handful": a small count, read as five, qualifier approx


@dataclass
class Number:
    """A number's value and span within its sentence."""

    value: int
    start: int
    end: int
    low: int | None = None
    high: int | None = None
    words: bool = False  # written in words rather than digits
    vague: bool = False  # "a handful", "a dozen": approximate by nature


def words_to_int(text: str) -> int | None:
    """The value of a number written in words.

    >>> [words_to_int(t) for t in ["three", "twenty-one", "two dozen", "a dozen"]]
    [3, 21, 24, 12]
    >>> words_to_int("three hundred and twelve"), words_to_int("six thousand")
    (312, 6000)
    >>> words_to_int("a hundred"), words_to_int("nothing") is None
    (100, True)
    """
    tokens = re.split(r"[\s-]+", text.lower().strip())
    total, current, seen = 0, 0, False
    for token in tokens:
        if token in ("a", "an"):
            current = current or 1
        elif token in ONES:
            current += ONES[token]
        elif token in TENS:
            current += TENS[token]
        elif token == "dozen":
            current = (current or 1) * 12
        elif token == "hundred":
            current = (current or 1) * 100
        elif token in SCALES:
            total += (current or 1) * SCALES[token]
            current = 0
        elif token == "and":
            continue
        else:
            return None
        seen = seen or token not in ("a", "an")
    return total + current if seen else None


def find_numbers(sentence: str) -> list[Number]:
    """Every number in the sentence, ranges joined into one Number with low and high.

    >>> [(n.value, n.low, n.high) for n in find_numbers("between 10 and 15 people")]
    [(10, 10, 15)]
    >>> [n.value for n in find_numbers("1.2 million fled; 320+ dead; two dozen hurt")]
    [1200000, 320, 24]
    >>> [n.value for n in find_numbers("the 3rd day, Covid-19, 5G")]
    []
    >>> [n.value for n in find_numbers("from 315,000 in December 2023 to 1,041,000")]
    [315000, 2023, 1041000]
    """
    found = [n for m in NUMBER.finditer(sentence) if (n := _number(m)) is not None]
    return _join_ranges(sentence, found)


def _number(m: re.Match[str]) -> Number | None:
    if m["digits"]:
        if m["frac"] and not m["dscale"]:
            return None  # 2.5 on its own is no head count
        value = float(m["digits"].replace(",", "") + (m["frac"] or ""))
        if m["dscale"]:
            scale = m["dscale"].lower()
            if scale in ("m", "k") and not m["frac"] and len(m["digits"]) > 3:
                return None
            value *= DIGIT_SCALES[scale]
        return Number(round(value), m.start(), m.end())
    if m["handful"]:
        return Number(HANDFUL, m.start(), m.end(), words=True, vague=True)
    if m["half"]:
        return Number(SCALES[m["half"].split()[-1].lower()] // 2, m.start(), m.end(), words=True)
    text = m["words"]
    value = words_to_int(text)
    if value is None:
        return None
    return Number(value, m.start(), m.end(), words=True, vague="dozen" in text.lower())


MONTH_BEFORE = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?$", re.IGNORECASE
)


# "from" opening a change, with a qualifier of the old figure: "rose from at least 408 to 423".
FROM_BEFORE = re.compile(r"\bfrom(?:\s+(?:at\s+least|more\s+than|about|around|some|nearly|almost|over))?$")


def _join_ranges(sentence: str, numbers: list[Number]) -> list[Number]:
    out: list[Number] = []
    for n in numbers:
        prev = out[-1] if out else None
        if prev and prev.low is None and RANGE_JOINERS.match(sentence[prev.end : n.start]):
            joiner = sentence[prev.end : n.start].strip().lower()
            before = sentence[max(0, prev.start - 20) : prev.start].rstrip().lower()
            is_between = joiner == "and" and before.endswith("between")
            # "rose from 300 to 320" is two numbers; "estimates range from 60,000 to 100,000" is one range
            is_change = bool(FROM_BEFORE.search(before)) and not re.search(r"\brang(?:e|es|ed|ing)\s+from$", before)
            is_year = bool(re.fullmatch(r"(?:19|20)\d\d", sentence[prev.start : prev.end]))  # "in 2023 to 1,041,000"
            is_date = bool(MONTH_BEFORE.search(before))  # "since its rally on March 12 to 83": a day, then a count
            if (joiner != "and" or is_between) and not (is_change or is_year or is_date) and prev.value < n.value:
                start = prev.start - len("between ") if is_between else prev.start
                out[-1] = Number(prev.value, start, n.end, prev.value, n.value, prev.words)
                continue
        out.append(n)
    return out
