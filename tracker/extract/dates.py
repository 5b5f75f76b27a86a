"""The day a figure holds for: date words in a sentence, resolved against the published date.

Weekday words are resolved here rather than by a date library on purpose: a Friday
report's "on Friday" is that same day, which `PREFER_DATES_FROM='past'` gets wrong.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))

# Date phrases, one named group per family.
DATE_PHRASE = re.compile(
    rf"""
    (?P<iso>\b\d{{4}}-\d{{2}}-\d{{2}}\b)
    |(?P<dmy>\b(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>{_MONTH})\.?(?:,?\s+(?P<y1>\d{{4}}))?\b)
    |(?P<mdy>\b(?P<m2>{_MONTH})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?
       (?:\s*[-–]\s*(?P<d2end>\d{{1,2}}))?\b  # "March 3-4": a period, held for its last day
       (?!\s*(?:people|protesters))(?:,?\s+(?P<y2>\d{{4}}))?)
    |(?P<weekday>\b(?:(?P<wlast>last|this\s+past|past)\s+)?(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\b
       (?P<wprev>\s+(?:(?:morning|afternoon|evening|night)\s+)?(?:of\s+)?last\s+week\b)?)  # "Thursday last week"
    |(?P<yesterday>\byesterday\b|\blast\s+night\b|\bthe\s+previous\s+(?:day|night)\b|\bthe\s+day\s+before\b)
    |(?P<today>\btoday\b|\btonight\b|\bthis\s+(?:morning|afternoon|evening)\b|\bearlier\s+today\b)
    |(?P<weekend>\b(?:(?P<wklast>last)|this|(?:over|at|during)\s+the)\s+weekend\b)  # a period: its Sunday
    |(?P<thisweek>\b(?:earlier\s+)?this\s+week\b)
    |(?P<lastweek>\blast\s+week\b|\bthe\s+previous\s+week\b)
    |(?P<thismonth>\b(?:earlier\s+)?this\s+month\b)
    |(?P<lastmonth>\blast\s+month\b)
    |(?P<lastyear>\blast\s+year\b)
    |(?P<month>\b(?:in|during)\s+(?P<m3>january|february|march|april|may|june|july|august|september|
       october|november|december)(?:\s+(?P<y3>\d{{4}}))?\b)
    |(?P<monthend>\b(?:the\s+)?end\s+of\s+(?P<m4>january|february|march|april|may|june|july|august|september|
       october|november|december)(?:\s+(?P<y4>\d{{4}}))?\b)           # "by the end of April": its last day
    |(?P<year>\b(?:in|during|throughout)\s+(?P<y5>(?:19|20)\d\d)\b(?!\s*[-–/]))  # "in 2013 alone": its last day
    |(?P<holiday>\b(?P<feast>Christmas|New\s+Year['’]s)\s+(?P<part>Day|Eve)\b)  # fixed-date holidays
    """,
    re.VERBOSE | re.IGNORECASE,
)
# Holidays on a fixed day: (month, day).
HOLIDAYS = {("christmas", "day"): (12, 25), ("christmas", "eve"): (12, 24), ("new year", "day"): (1, 1),
            ("new year", "eve"): (12, 31)}
# Every date phrase holds a digit or one of these words: a cheap test before the full search.
DATE_HINT = re.compile(
    r"\d|day|night|week|month|year|today|tonight|morning|afternoon|evening|"
    rf"{_MONTH}|previous|christmas|new\s+year",
    re.IGNORECASE,
)
# Words before a date that make it the start of a period, not the day a figure holds for.
START_MARK = re.compile(
    r"\b(?:from|starting|started|began|begun|beginning|between|later|next)\s+(?:on\s+)?"
    r"(?:the\s+)?$|\bsince\b(?:(?!\b(?:until|till|through|to)\b)[^,.;\d]){0,140}$|"  # "since it broke out on April 15"
    r"\b(?:up|down)\s+from\b(?:[^,;]|,\d){0,60}$|"  # "up from 82,000 on Thursday": an older count
    r"\b(?:after|before|ahead\s+of|following)\s+(?:the\s+|an?\s+)?$|"  # "before an Aug. 31 deadline"
    # "sentenced 262 over their role in protests in October": the day of what they are tried over
    r"\b(?:over|for|in\s+connection\s+with|linked\s+to|related\s+to)\b[^,.;]{0,60}?\b(?:protests?|demonstrations?|"
    r"riots?|rioting|unrest|violence|uprising|attacks?|clashes|coup|storming)(?:\s+(?:in|on|of))?\s+$",
    re.IGNORECASE,
)
# Words before a date that make it the day a statement was made: "told reporters in Geneva on Tuesday".
SAID_MARK_TEXT = (
    r"(?<!Port\s)\b(?:said|says|reported|announced|confirmed|added|stated|told|estimated|"
    r"(?:figures|data|report|count|tally|update|bulletin)\s+(?:released|published|issued))\b"
    r"(?:(?!\bthat\b)[^.;,\d]){0,40}?\s+(?:on\s+)?$"  # not a day inside what was said ("said that ... on Monday")
)
SAID_MARK = re.compile(SAID_MARK_TEXT, re.IGNORECASE)
# ... or after it: "Chief Minister N. Biren Singh on Monday said".
SAID_AFTER = re.compile(r"\s+(?:said|says|told|announced|confirmed|reported|stated|added)\b", re.IGNORECASE)
# Words before a date that make it the day a count or statement holds for.
AS_OF_MARK = re.compile(
    r"\b(?:as\s+of|as\s+at|by|up\s+to|until|till|through)\s+(?:on\s+)?$|" + SAID_MARK_TEXT,
    re.IGNORECASE,
)


@dataclass(frozen=True)
class DateMention:
    """A date phrase in a sentence and the day it resolves to."""

    day: date
    start: int
    end: int
    as_of: bool  # "as of 31 October": a statement date that carries to what follows
    attributive: bool = False  # "Sunday's election": it dates a noun, weaker than any other date
    relative: int = -1  # where a relative clause holding the date opens ("the violence that broke out on May 3")
    foreign: bool = False  # the clause dates another act than any count before it ("arrested over the rally on May 6")
    said: bool = False  # the day a statement was made, which carries only to that statement
    aside: tuple[int, int] | None = None  # a ", who ...," aside holding the date: it dates that aside's act


def find_dates(sentence: str, published: date) -> list[DateMention]:
    """The date phrases of a sentence that can be a figure's as_of, resolved.

    >>> pub = date(2021, 3, 27)  # a Saturday
    >>> [d.day.isoformat() for d in find_dates("five on Friday and seven on Saturday", pub)]
    ['2021-03-26', '2021-03-27']
    >>> [d.day.isoformat() for d in find_dates("since the February 1 coup, as of March 14", pub)]
    ['2021-03-14']
    >>> [d.day.isoformat() for d in find_dates("on 30 December", pub)]
    ['2020-12-30']
    >>> [d.day.isoformat() for d in find_dates("on Friday and Saturday, up to August 15 last year", pub)]
    ['2021-03-27', '2020-08-15']
    >>> [d.day.isoformat() for d in find_dates("charged over the July 11 protests, since May until March 2", pub)]
    ['2021-03-02']
    >>> [d.day.isoformat() for d in find_dates("killed 71 people in February 2019, and 12 in March", pub)]
    ['2019-02-28', '2021-03-27']
    >>> [d.day.isoformat() for d in find_dates("told a news conference on Christmas Day", pub)]
    ['2020-12-25']
    """
    out: list[DateMention] = []
    if not DATE_HINT.search(sentence):
        return out
    matches = list(DATE_PHRASE.finditer(sentence))
    year_of_date = -1  # the end of a "last year" read as the year of the date before it
    for m, following in zip(matches, [*matches[1:], None], strict=False):
        before = sentence[: m.start()]
        # "Sunday's election", "the July 11 protests": a day that names an occasion
        possessive = sentence.startswith(("'s", "’s"), m.end()) or bool(
            NOUN_DATE_BEFORE.search(before) and NOUN_AFTER.match(sentence, m.end())
        )
        # "Union leaders, who called the strike on Jan. 10, say ...": an aside dates its own act
        opens = ASIDE_BEFORE.search(before)
        closes = opens and ASIDE_CLOSES.match(sentence, m.end())
        # "the bombing that tore through ... on Saturday", "arrested over the killing of ... on February 14"
        foreign = OVER_ACT_BEFORE.search(before)
        clause = foreign or RELATIVE_BEFORE.search(before)
        relative = clause.start() if clause else -1
        incident = possessive and (AFTER.search(before) or INCIDENT_AFTER.match(sentence, m.end()))
        if m.start() < year_of_date or (START_MARK.search(before) and not incident):
            continue  # "since Sunday", "after March 3": a period's start
        if following and PERIOD_JOIN.match(sentence, m.end(), following.start()):
            continue  # "on Friday and Saturday": a period, told by its last day
        day = _resolve(m, published)
        if day is not None and (UNTIL.search(before) or FUTURE.search(before)) and _ahead(day, published):
            continue  # "remanded in custody until April 4", "scheduled to open on 18 April": still to come
        undated_year = m.lastgroup in ("dmy", "mdy") and not (m["y1"] or m["y2"])
        if day is not None and undated_year and (last_year := LAST_YEAR_AFTER.match(sentence, m.end())):
            day = _calendar_day(published.year - 1, day.month, day.day, published)
            year_of_date = last_year.end()
        governed = GOVERNED.search(NOUN_DATE_BEFORE.sub("", before)) or ACT_AFTER.match(sentence, m.end())
        if day is None or day > published or (possessive and not governed):
            continue  # "the protests that followed Sunday's election": the day of something else
        if possessive and m.lastgroup in PERIODS:
            continue  # "in last week's floods", "during this month's unrest": a period's occasion, no day
        stamp = not before.strip() and LIVE_STAMP.match(sentence, m.end())  # "Saturday 11:00 Three people ..."
        said = bool(stamp or SAID_MARK.search(before) or SAID_AFTER.match(sentence, m.end()))
        out.append(DateMention(day, m.start(), m.end(), bool(said or AS_OF_MARK.search(before)),
                               attributive=possessive, relative=relative, foreign=bool(foreign), said=said,
                               aside=(opens.start(), closes.end()) if opens and closes else None))  # fmt: skip
    return out


# A possessive day that tells the figure's incident: after a preposition of time ("during
# Monday's protests", not "arrested over last month's collision") or as the sentence's
# subject ("Friday's explosion killed 41 miners").
GOVERNED = re.compile(r"\b(?:during|in|at|from|on|amid|after)\s+(?:last\s+|this\s+)?$|^\W*(?:last\s+)?$", re.I)


# A date inside a relative clause dates what the clause tells ("the violence that broke out on
# May 3", "the bombing that tore through a junction on Saturday"): the count's incident at most.
ASIDE_BEFORE = re.compile(r",\s+(?:who|which)\s[^,;]*$", re.IGNORECASE)
ASIDE_CLOSES = re.compile(r"[^,.;]{0,40},")
RELATIVE_BEFORE = re.compile(
    r"\b(?:that|which|where\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?)\s*(?:(?:first|later|then|had|has|have|was|were)\s+)?"
    r"(?:\w+ed|began|broke|tore|struck|hit|swept|left|fell|took|spread|led|ran|came|went|saw|shook)\b"
    r"(?!(?:[^,.;]*)\b(?:said|says|from|between)\b)[^,.;]{0,90}$",  # "which lasted from 13 to 24 June": the period
    re.IGNORECASE,
)


# A date in the phrase naming the act that arrests, charges or a trial are over dates that act:
# "arrested over the killing of 10 villagers on February 14".
OVER_ACT_BEFORE = re.compile(
    r"\b(?:over|for|in\s+connection\s+with)\s+the\s+(?:[\w-]+\s+)?(?:killings?|murders?|massacre|deaths?|"
    r"abductions?|kidnappings?|lynching)\s+of\b[^,;.]{0,90}$|"
    # "prosecuted over the rally on Bolotnaya Square on May 6, 2012": the rally's day
    r"\b(?:over|for)\s+(?:the|a|an|last\s+\w+['’]s)\s+(?:[\w-]+\s+)?(?:rally|protests?|riots?|demonstrations?|"
    r"attacks?|bombings?|clashes|unrest|violence|coup\s+attempt|march)\b(?![^,;.]*\b(?:which|that)\b)[^,;.]{0,60}$|"
    # "detained under a state of emergency imposed in October": the emergency's day
    r"\b(?:imposed|declared|proclaimed|called|(?<!being\s)(?<!still\s)held|signed|passed|introduced|lifted)\s+"
    r"(?:(?:in|on)\s+)?$",  # not people "still being held on Sunday"
    re.IGNORECASE,
)


# A possessive day before the act a figure counts dates that act: "Thursday's arrest of three men".
ACT_AFTER = re.compile(
    r"['’]s\s+(?:[\w-]+\s+)?(?:arrests?|killings?|deaths?|releases?|detentions?|executions?|abductions?|"
    r"kidnappings?|sentencing|indictments?|evacuations?)\b",
    re.IGNORECASE,
)


# "49 people arrested after Sunday's clashes": the acts of that day, not a period from it.
# An incident a day names, after which people were counted: "taken to hospitals after Wednesday's clashes".
INCIDENT_AFTER = re.compile(
    r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:clashes|protests?|attacks?|bombings?|blasts?|shootings?|raids?|march|rally|"
    r"riots?|violence|crackdown|unrest|stampede|crush|fire|explosion|earthquake|quake|floods?|storm|massacre)\b",
    re.IGNORECASE,
)
AFTER = re.compile(
    r"\b(?:arrested|detained|killed|injured|wounded|hurt|held|rounded\s+up)\s+(?:after|following)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
UNTIL = re.compile(r"\b(?:until|till)\s+$", re.IGNORECASE)
FUTURE = re.compile(
    r"\b(?:(?:scheduled|due|set|expected|planned)\s+(?:to\s+\w+\s+)?|will\s+\w+\s+|next\s+)(?:on\s+)?$", re.IGNORECASE
)
NOUN_DATE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
NOUN_AFTER = re.compile(r",?\s+(?!and\b|or\b|to\b|through\b)[a-z]")  # "the May 6, 2012, protest"
# A live blog's stamp after a day: the day the post was written, not the day of what it tells.
LIVE_STAMP = re.compile(r"\s+\d{1,2}[:.]\d{2}\b")
# Between two dates, the words that make them one period: "on Friday and Saturday".
PERIOD_JOIN = re.compile(r"\s*(?:and|to|through|until|till|-|–|—)\s*(?:on\s+)?$", re.IGNORECASE)
# "August 15 last year": the year of a date written without one.
LAST_YEAR_AFTER = re.compile(r"\s+(?:of\s+)?last\s+year\b", re.IGNORECASE)


def _ahead(day: date, published: date) -> bool:
    """Whether the day, in the published year, is still to come (29 February aside)."""
    try:
        return day.replace(year=published.year) > published
    except ValueError:
        return False


# Relative periods, which name no day of their own when they date an occasion ("last week's floods").
PERIODS = ("thisweek", "lastweek", "thismonth", "lastmonth", "lastyear")


def _resolve(m: re.Match[str], published: date) -> date | None:
    kind = m.lastgroup
    if kind == "iso":
        try:
            return date.fromisoformat(m["iso"])
        except ValueError:
            return None
    if kind in ("dmy", "mdy"):
        month = MONTHS[(m["m1"] or m["m2"]).lower().rstrip(".")]
        day = int(m["d1"] or m["d2end"] or m["d2"])  # a stated period holds for its last day
        year = m["y1"] or m["y2"]
        return _calendar_day(int(year) if year else None, month, day, published)
    if kind in ("month", "monthend"):  # a month as a period ("in July alone", "by the end of April"): its last
        # day, or the published date while it runs; the latest such month not after publishing
        year, month = (m["y3"], m["m3"]) if kind == "month" else (m["y4"], m["m4"])
        first = _calendar_day(int(year) if year else None, MONTHS[month.lower()], 1, published)
        return None if first is None else min(published, _month_end(first))
    if kind == "year":  # a past year as a period: its last day; the current year is still running
        year = int(m["y5"])
        return date(year, 12, 31) if year < published.year else None
    if kind == "holiday":  # the latest such day not after publishing
        feast = "christmas" if m["feast"].lower().startswith("christmas") else "new year"
        return _calendar_day(None, *HOLIDAYS[feast, m["part"].lower()], published)
    if kind == "weekday":
        if m["wprev"]:  # the day of the week before the published date's week
            monday = published - timedelta(days=published.weekday() + 7)
            return monday + timedelta(days=WEEKDAYS.index(m["wd"].lower()))
        back = (published.weekday() - WEEKDAYS.index(m["wd"].lower())) % 7
        if m["wlast"] and back == 0:
            back = 7
        return published - timedelta(days=back)
    monday = published - timedelta(days=published.weekday())
    if kind == "weekend":  # its last day not after publishing: the weekend now on, else the last week's Sunday
        return published if published.weekday() >= 5 and not m["wklast"] else monday - timedelta(days=1)
    first = published.replace(day=1)
    return {
        "yesterday": published - timedelta(days=1),
        "today": published,
        "thisweek": monday,
        "lastweek": monday - timedelta(days=7),
        "thismonth": first,
        "lastmonth": (first - timedelta(days=1)).replace(day=1),
        "lastyear": date(published.year - 1, 1, 1),
    }.get(kind or "")


def _month_end(first: date) -> date:
    """The last day of the month that starts on `first`."""
    return (first.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)


def _calendar_day(year: int | None, month: int, day: int, published: date) -> date | None:
    try:
        if year is not None:
            return date(year, month, day)
        guess = date(published.year, month, day)
        return guess if guess <= published else date(published.year - 1, month, day)
    except ValueError:
        return None


DATELINE = re.compile(
    rf"^[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ .'-]{{2,40}},\s*(?:[A-Z][A-Za-z .'-]+,\s*)?(?:[A-Z][a-z]+\s+)?"
    rf"(?P<phrase>(?:{_MONTH})\.?\s+\d{{1,2}}|\d{{1,2}}\s+(?:{_MONTH}))"
    r"\b[^\n]{0,40}?(?:\s[-—–]{1,2}\s*|:\s*)",
    re.IGNORECASE,
)


def dateline_day(text: str, published: date) -> date | None:
    """The date of a dateline that opens a report ("YANGON, March 26 (Wire) -").

    >>> dateline_day("YANGON, March 26 (Wire) - Troops fired...", date(2021, 3, 27))
    datetime.date(2021, 3, 26)
    >>> dateline_day("ÖREBRO, Sweden, Feb 5 (Reuters) - Eleven people...", date(2025, 2, 5))
    datetime.date(2025, 2, 5)
    """
    for line in [line for line in text.splitlines() if line.strip()][:4]:
        m = DATELINE.match(line.strip())
        if m:
            found = find_dates(m["phrase"], published)
            return found[0].day if found else None
    return None


def after_dateline(sentence: str) -> int:
    """Where a sentence's text starts after a dateline it opens with (0 if none): the
    dateline's date is the report's, not a figure's.

    >>> s = "YANGON, March 26 (Wire) - At least 40 were killed on Friday."
    >>> s[after_dateline(s):]
    'At least 40 were killed on Friday.'
    """
    m = DATELINE.match(sentence)
    return m.end() if m else 0
