"""Published dates as inputs state them: ISO, RFC 2822, compact, written-out months, epochs.

Numeric day/month orders such as 03/04/2021 are refused: they are ambiguous, and a wrong
date puts a figure in the wrong week of a series.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from email.utils import parsedate_to_datetime

from ..errors import InputError

DATE_IN_NAME = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")

# 20210326 or 20210326T101500Z, as GDELT and some scrapers write them.
COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})(?:T?\d{4,6}Z?)?$")

# A written-out date needs a four-digit year and a word (a month name in any language);
# without both, dateparser would also accept "yesterday" or "Friday" relative to today.
WORDY = re.compile(r"(?=.*\b(?:1[89]|20)\d{2}\b)(?=.*[^\W\d_])", re.DOTALL)

# Unix time in seconds or milliseconds between 1990 and 2100.
EPOCH_SECONDS = (631_152_000, 4_102_444_800)


def parse_date(value: object, where: str) -> date:
    """The calendar date a stated published value names, or an InputError naming where.

    >>> parse_date("2021-03-26", "x")
    datetime.date(2021, 3, 26)
    >>> parse_date("2021-03-26T22:10:00+06:30", "x")
    datetime.date(2021, 3, 26)
    >>> parse_date("Fri, 26 Mar 2021 10:00:00 GMT", "x")
    datetime.date(2021, 3, 26)
    >>> parse_date("20210326T101500Z", "x")
    datetime.date(2021, 3, 26)
    >>> parse_date("26 March 2021", "x")
    datetime.date(2021, 3, 26)
    >>> parse_date(1616716800, "x")
    datetime.date(2021, 3, 26)
    >>> parse_date("26/03/2021", "a.txt")
    Traceback (most recent call last):
    tracker.errors.InputError: a.txt: cannot read the date '26/03/2021' (write it as YYYY-MM-DD)
    >>> parse_date("yesterday", "a.txt")
    Traceback (most recent call last):
    tracker.errors.InputError: a.txt: cannot read the date 'yesterday' (write it as YYYY-MM-DD)
    """
    found = _epoch(value) if isinstance(value, int | float) else _from_text(str(value).strip())
    if found is None:
        raise InputError(f"{where}: cannot read the date {value!r} (write it as YYYY-MM-DD)")
    return found


def _epoch(value: float) -> date | None:
    seconds = value / 1000 if value > EPOCH_SECONDS[1] else value
    if not EPOCH_SECONDS[0] <= seconds <= EPOCH_SECONDS[1]:
        return None
    return datetime.fromtimestamp(seconds, UTC).date()


def _from_text(value: str) -> date | None:
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        pass
    if m := COMPACT.match(value):
        return _real_date(m[1], m[2], m[3])
    try:
        return parsedate_to_datetime(value).date()
    except (TypeError, ValueError, IndexError):
        pass
    if len(value) > 60 or not WORDY.match(value):
        return None
    import dateparser  # only for written-out dates: it is slow to load and to guess

    settings = {"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"]}
    parsed = dateparser.parse(value, settings=settings)  # type: ignore[arg-type]
    return parsed.date() if parsed else None


def _real_date(year: str, month: str, day: str) -> date | None:
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        return None


def date_from_name(name: str) -> date | None:
    """The date a file name or URL contains, if it is a real date.

    >>> date_from_name("2021-03-26-myeik.md")
    datetime.date(2021, 3, 26)
    >>> date_from_name("report-2021-13-40.md") is None
    True
    """
    m = DATE_IN_NAME.search(name)
    return _real_date(m[1], m[2], m[3]) if m else None
