"""Extraction: text and published date in, figures out. Pure: no store, no I/O.

The document is read sentence by sentence, carrying what a reader carries: the source
named last ("the group said"), the date a statement was made ("as of 31 October"), and
the organisation whose own briefing the document is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date

from ..model import METRICS, Document, Figure
from .attribution import (
    KNOWN,
    NAMED_ORG,
    ORG_HEADS,
    PERSON_ROLES,
    Attribution,
    attributions,
    canonical,
    mentions,
    owner_of,
    speakers,
    spelled_out,
)
from .dates import DateMention, after_dateline, dateline_day, find_dates
from .furniture import furniture
from .lexicon import (
    ACTIVE,
    CAMPAIGN,
    CUMULATIVE,
    CUMULATIVE_WEAK,
    EVENT,
    HOURS_OF_DAY,
    PASSIVE,
    PEOPLE,
    PERSON,
    THINGS,
    TOLL_NOUNS,
)
from .numbers import Number, find_numbers
from .rules import (
    ACTIVE_RULE,
    CALL_FOR_RELEASE,
    QUAL_BEFORE,
    SECOND_ACT,
    VICTIM_BODY_RULE,
    VICTIM_DIED_RULE,
    VICTIM_NAMED_OBJECT_RULE,
    VICTIM_NAMED_RULE,
    VICTIM_OBJECT_RULE,
    VICTIM_RULE,
    Match,
    is_count,
    is_hypothetical,
    is_negated,
    metric_of,
    qualifier_of,
    shot_and_killed,
)
from .sentences import split_sentences
from .units import has_unit

EXTRACTOR_VERSION = "1.7.0"


def _stems() -> re.Pattern[str]:
    """A cheap test for a sentence that may hold a figure: a word that starts with the stem
    of some metric word. Searched in the lower-cased sentence, which `re` does faster than
    ignoring case. Built from the lexicon, so a word added there is never filtered out here.
    """
    stems = set()
    for table in (PASSIVE, ACTIVE, TOLL_NOUNS):
        for entries in table.values():
            for entry in entries:
                stems.update(w[:5] for w in re.findall(r"[a-z]{3,}", entry.replace("(?:", " ")))
    return re.compile(r"\b" + trie(stems - COMMON_STEMS))


def trie(words: set[str]) -> str:
    """An alternation of plain words as a prefix tree, which `re` scans far faster than a
    flat list: at each position it follows one branch instead of trying every word.

    >>> trie({"kill", "killed", "kidnap", "shot"})
    '(?:ki(?:dnap|ll)|shot)'
    """
    if not words:
        return ""
    heads: dict[str, set[str]] = {}
    for w in words:
        heads.setdefault(w[0], set()).add(w[1:])
    branches = []
    for head, tails in sorted(heads.items()):
        branches.append(head + _tails(tails))
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def _tails(tails: set[str]) -> str:
    if "" in tails:  # a word ends here: any longer word only extends a match already made
        return ""
    return trie(tails)


# Stems too common in any prose to say anything; a rarer word of the same entry remains.
COMMON_STEMS = {
    "their", "still", "among", "numbe", "curre", "confi", "repor", "claim", "let", "took",
    "lost", "taken", "force", "inter", "drive", "grant", "treat", "suffe", "susta", "polit",
    "count", "condi", "walke", "picke", "holds", "holdi", "were", "have", "been", "being",
    "that", "with", "from", "into", "under", "homes", "more", "the", "and", "for", "are", "out",
    "remai", "now", "who", "his", "her", "was", "has", "had", "all", "not",
    "our", "medic", "serio", "criti", "leave", "made", "day", "one",
}  # fmt: skip


CANDIDATE = _stems()
# The head words of a body's description, too common to tell one body from another.
GENERIC_HEAD = re.compile(rf"(?:{ORG_HEADS})s?|national|official|state|local|human|rights", re.IGNORECASE)
# A whole that parts are taken from, opening a sentence: "Of the 275 bodies, 88 had been identified".
WHOLE_AGAIN = re.compile(
    r"^\W*(?:of\s+)?(?:the|these|those|all)\s+(?:(?:about|some|nearly|more\s+than)\s+)?$", re.IGNORECASE
)
# A first line with no full stop, then a line break: a headline.
HEADLINE = re.compile(r"[^\n]{1,200}(?<![.!?])(?=\n)")
# A sentence that goes on with the count told just before keeps its source: "..., police said.
# Another 15 people remain unaccounted for", "Eight more were injured", "Six other people were shot
# dead", "Of those, 527 ...".
GOES_ON = re.compile(
    r"\W*(?:another|a\s+further|further|in\s+addition|also|of\s+(?:them|those|these)|among\s+(?:them|those)|"
    r"(?:[\w,-]+\s+){1,4}of\s+(?:them|those|these|the\s+(?:dead|injured|wounded|arrested|detained))\b|"
    r"[\w-]+\s+(?:others|more|other\s+[a-z]+)\b)",
    re.IGNORECASE,
)
# ... and so does one telling where the count stands now, undated: "..., the ministry said. Nearly
# 8,000 people have been injured", "More than 9,000 are sheltering in camps"; not a count since a
# day of its own ("Six people have been killed since protests began on Monday").
STATE_NOW = re.compile(r"^(?!.*\bsince\b).*\b(?:(?:have|has)\s+been|are|is|remain|remains|stands)\b", re.IGNORECASE)
# A sentence with no metric word may restate the count told before: "the real figure is above 600".
RESTATED_HINT = re.compile(r"\b(?:figure|number|count|tally|total)\b", re.IGNORECASE)
CLAUSE_BREAK = re.compile(
    r";|\s[—–]\s|(?<!\b[A-Z][a-z]{2})(?<!\b[A-Z][a-z]{3})(?<!\b[A-Z])\.\s|(?<=[,.!?])[\"'”’]\s|,\s+(?=including\s+(?:at\s+least\s+|about\s+|some\s+)?\d)|"
    r",\s+(?=(?:about\s+|some\s+|nearly\s+|at\s+least\s+)?[\w,]+\s+of\s+(?:them|whom)\b"
    r"(?![^,;.]*,\s+(?:have|has|had|were|was|are|is)\b))|"  # not an aside: "1,000, most of them Alawites, have"
    r",\s+(?:and|but|while|whereas|though|although|as|with|after|bringing|raising|taking|"
    r"pushing|putting|making|the\s+\w+est)\s+"
)
CUMULATIVE_CUE = re.compile(rf"\b(?:{'|'.join(CUMULATIVE)})\b", re.IGNORECASE)
CUMULATIVE_WEAK_CUE = re.compile(rf"\b(?:{'|'.join(CUMULATIVE_WEAK)})\b", re.IGNORECASE)
# The campaign is what the count is over ("arrested over the protests", "three months of unrest",
# a headline's "Chile unrest: 11 dead"), not a word in passing ("protests erupted after 3 were
# killed"), and not one day or night of it ("Tuesday's protests", "the second night of unrest").
_CAMPAIGN = "|".join(CAMPAIGN)
CAMPAIGN_CUE = re.compile(
    rf"(?<!night )\b(?:over|during|in|amid|throughout|of|since|at)\s+(?:the\s+|this\s+|these\s+|recent\s+)?"
    rf"(?:(?!night\b)[\w-]+\s+){{0,3}}?(?<!['’]s )(?:{_CAMPAIGN})\b|"
    rf"^[^:]{{0,40}}\b(?:{_CAMPAIGN})(?:\s+live)?:",
    re.IGNORECASE,
)
# A count of people as they are now: still being treated, remained in hospital.
STOCK_NOW = re.compile(
    r"\b(?:(?:are|were|is|was)\s+still\s+(?:being\s+)?(?:treated|held|in\s+hospital)|"
    r"remain(?:s|ed)?\s+(?:in\s+(?:hospitals?|intensive\s+care|critical|custody|detention)|hospitali[sz]ed))\b",
    re.IGNORECASE,
)
REPORTED_PLUPERFECT = re.compile(
    r"\b(?:said|says|say|told\s+\w+|reported|announced|confirmed|estimated)\b[^;]*?\bhad\s+(?:been\s+)?\w+", re.I
)
BULLET = re.compile(r"\s*[•·▪‣*–-]\s+(?=\S)")
# One night's or one day's count, a stated run of days ("during 11 days of protests"), or a new
# batch on top of earlier ones ("two more men", "another 322").
ONE_BATCH = re.compile(
    r"\b(?:overnight|tonight|last\s+night|another)\b|\b\S+\s+more\b(?!\s+than)|\b[\w-]+[\s-]days?\s+of\b|"
    r"\b(?:bloodiest|deadliest|worst)\s+(?:single\s+)?day\b",
    re.IGNORECASE,
)
# The new batch that raised a toll: "after FOUR more bodies were recovered".
AFTER_BEFORE = re.compile(r"\bafter\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
MORE_AFTER = re.compile(r"\s+more\b(?!\s+than)", re.IGNORECASE)
# The toll of one day: "Saturday's toll", "the day's death toll".
DAYS_TOLL = re.compile(r"\b(?:\w+day|today|yesterday|the\s+day)['’]s\s+(?:death\s+)?toll\b", re.IGNORECASE)
EVENT_CUE = re.compile(rf"\b(?:{'|'.join(EVENT)})\b", re.IGNORECASE)
# Perfect passive ("have been killed"), intransitive verbs ("have fled") and the toll of an
# ongoing cause ("floods have killed 100") tell a running total; "has executed four men"
# and the pluperfect of reported speech ("said 11 had been arrested") tell one act.
# "the deadliest attack since the war began" compares one event; it counts nothing since.
SUPERLATIVE = re.compile(
    r"\b(?:deadliest|bloodiest|worst|first|biggest|largest|highest|heaviest|greatest|strongest|"
    r"most\s+(?!of\b)\w+)\b",  # "the most violent", not "most of them"
    re.IGNORECASE,
)
# A count compared with another's: "far fewer than the toll given by United Nations peacekeepers", "nearly three
# times the toll given by police".
COMPARED = re.compile(r"\b(?:than|times|twice|double)\s+(?:the|an?|its|their)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
# ... unless it is the speaker's own earlier toll, which makes this one the same running count.
OWN_EARLIER = re.compile(r"\s+(?:(?:it|they|he|she)\s+had\b|(?:given\s+)?(?:earlier|previously))", re.IGNORECASE)
# Sending people to custody is an act: "nine were remanded", "ordered all six held".
REMANDED = re.compile(r"\b(?:remanded|sent\s+to\s+(?:jail|prison)|ordered\b[^.;]{0,30}\bheld)\b", re.IGNORECASE)
PERFECT = re.compile(
    r"\b(?:have|has)\s+(?:now\s+|so\s+far\s+|since\s+|already\s+|also\s+)?"
    r"(?:been|fled|crossed|died|gone\s+missing|disappeared|killed|displaced|left|lost\s+their\s+lives)\b",
    re.IGNORECASE,
)
# The present perfect of an act, right before its count, tells a running total too: "police have
# arrested 1,462 people", "the group has documented 302 deaths".
PERFECT_ACT = re.compile(
    rf"\b(?:have|has)\s+(?:now\s+|so\s+far\s+|already\s+|also\s+)?(?:arrested|detained|charged|indicted|"
    rf"sentenced|convicted|released|freed|recovered|rescued|evacuated|treated|rounded\s+up|reported|documented|"
    rf"recorded)\s+(?:only\s+)?(?:(?:{QUAL_BEFORE})\s+)?$",
    re.IGNORECASE,
)
# ... and so does a tally kept by whoever documents it, in any tense: "had separately recorded 834 deaths".
TALLY_ACT = re.compile(
    r"\b(?:documented|recorded|registered|verified|(?:has|have|had)\s+(?:[a-z]+ly\s+|so\s+far\s+|now\s+|also\s+)?"
    rf"confirmed)\s+(?:only\s+)?(?:(?:{QUAL_BEFORE})\s+)?$",
    re.IGNORECASE,
)
TALLY_NOUN = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:deaths|dead|killings|fatalities|arrests|detentions|injuries|cases)\b", re.IGNORECASE
)
PLACE = re.compile(
    r"\b(?i:in|at|near|outside|across|around|inside)\s+(?:the\s+)?"
    r"(?:(?:north|south|east|west|central|northern|southern|eastern|western|north-?western|"
    r"south-?western|north-?eastern|south-?eastern|capital|commercial|restive|border)\s+)*"
    r"(?:(?:town|city|village|township|region|state|district|province|capital|hub|area|county)"
    r"\s+of\s+)?(?P<place>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2})"
)
NOT_PLACE = re.compile(
    r"^(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|A|An|His|Her|"
    r"Their|Its|This|That|AAPP|UN|Reuters|AFP|AP|Facebook|Twitter)\b"
)
SPEECH_AFTER = re.compile(r"\b(?:said|says|told|announced|reported|added|conference|statement)\b", re.I)


# News agencies, which keep tallies but are no "he" or "she".
OUTLETS = {"AFP", "AP", "Reuters"}


# Heads of public services, which a report introduces by their job ("the disaster ministry"),
# unlike a group described again after its name ("the Oslo-based group").
SERVICE_HEADS = {
    "ministry", "service", "department", "authority", "agency", "office", "tribunal", "institute", "commission",
    "directorate", "bureau",
}  # fmt: skip


@dataclass
class Context:
    """What a reader carries from one sentence to the next."""

    published: date | None
    owner: str | None = None
    text: str = ""  # the whole report
    # Sentences read but not yet searched for the sources they name, with the attributions
    # found in them if any: most sentences are never looked back at, so they are searched
    # only when "the group said" asks who was named before.
    unread: list[tuple[str, list[Attribution] | None]] = field(default_factory=list)
    _named: list[Attribution] = field(default_factory=list)
    day: date | None = None  # the date a count was given for ("as of 31 October", a dateline)
    said_day: date | None = None  # the day of the last statement ("said on Monday"): for "it added"
    event_day: date | None = None  # the day of the incident told last
    recent: list[Figure] = field(default_factory=list)  # the figures read last: "one of them"
    people: dict[str, str] = field(default_factory=dict)  # surname -> the source that person speaks for
    headline_end: int = 0  # where a headline line ends: its figures are told again below, not parts of them
    running: bool | None = None  # whether the report's first count is a running total: its story is a tally

    def named(self) -> list[Attribution]:
        """Every source named so far, in the order read."""
        for sentence, found in self.unread:
            found = attributions(sentence) if found is None else found
            self._named += [*mentions(sentence), *(a for a in found if a.source)]
        self.unread.clear()
        return self._named

    def antecedent(self, words: str) -> tuple[str | None, bool]:
        """The earlier source that "the committee", "it" or "he" points back to.

        A descriptive phrase ("the rights commission") finds the last source whose name holds
        one of its words; "it" and "the group" find the last organisation; "he", "she", "they"
        anyone. The flag says whether the phrase went on from an earlier statement.
        """
        if self.owner and re.match(r"(?:our|we|this)\b", words, re.IGNORECASE):
            return self.owner, True  # an organisation's own page speaking of itself: "confirmed by this agency"
        content = [w for w in words.lower().split() if w not in ("the", "same")
                   and not w.endswith(("-based", "-funded"))]
        # "the emergencies ministry" is not the health ministry: its own words must match, not "ministry"
        telling = [w for w in content if not GENERIC_HEAD.fullmatch(w)] or content
        named = self.named()
        for earlier in reversed(named):
            if set(telling) & set((earlier.text or "").lower().replace("'", " ").split()):
                return earlier.source, True
        if len(content) > 1 and content[-1] in SERVICE_HEADS:
            return canonical(words), False  # "the ambulance service said": a new speaker
        people = bool(content) and (content[-1] in ("he", "she", "they") or content[-1].startswith("spokes"))
        person = bool(content) and content[-1] in ("he", "she")
        # "it" is a body; a local official may be one too: "the city government's disaster headquarters said"
        bodies = PERSON_ROLES - {"local official"} if content == ["it"] else PERSON_ROLES
        for earlier in reversed(named):
            if earlier.source and (people or earlier.source not in bodies) and not (
                person and earlier.source in OUTLETS
            ):  # "..., according to an AFP count. ..., he said": the official who spoke, not the agency
                return earlier.source, True
        # nothing named before: "the agency said" introduces its speaker
        return self.owner or canonical(words), False


def extract(
    text: str, published: date | None, title: str | None = None, url: str | None = None
) -> list[Figure]:
    """Every figure in a report, with qualifier, scope, source, date and provenance."""
    # people and acronyms by what they speak for, from anywhere in the report: a headline's "Acebes says"
    # is told by the interior minister the body introduces
    spans = list(split_sentences(text))
    ctx = Context(published, owner=owner_of(title, url, text), text=text)
    for start, end in spans:
        ctx.people |= speakers(text[start:end])
    if ctx.owner:  # "RSIPF media release" headed "ROYAL SOLOMON ISLANDS POLICE FORCE" is the police's
        ctx.owner = spelled_out(ctx.owner, text) or ctx.owner
    if headline := HEADLINE.match(text):
        ctx.headline_end = headline.end()
    if published:
        ctx.day = dateline_day(text, published)
    figures: list[Figure] = []
    carried: str | None = None
    dead_before = False
    kinds_before: set[str] = set()
    skipped = furniture(text)  # links to other stories, notes on corrections
    for start, end in spans:
        sentence = text[start:end]
        if credit := CREDIT_AFTER.match(sentence):  # "The figures were given by X at a briefing on Sunday."
            figures = _credit(figures, credit, sentence, published)
        if any(s <= start < e for s, e in skipped) or not (
            CANDIDATE.search(sentence.lower()) or (ctx.recent and RESTATED_HINT.search(sentence))
        ):
            ctx.unread.append((sentence, None))
            carried = None
            continue
        found = attributions(sentence)
        if start < ctx.headline_end:
            found = _named_by_lede(found, text, spans)
        opening = after_dateline(sentence)
        if opening and published and start > 0 and (item_day := dateline_day(sentence, published)):
            ctx.day, ctx.event_day = item_day, None  # "Tirupati, January 8: Six devotees died ...": a new story
        dates = [d for d in find_dates(sentence, published) if d.start >= opening] if published else []
        new = _sentence_figures(sentence, start, ctx, found, dates)
        # the wounded told right after a toll are of the same count: "..., police said. More than 1,300 were injured"
        wounded = dead_before and new and all(f.metric == "injured" and not f.rule.startswith("victim") for f in new)
        same_kind = all(_family(f.metric) in kinds_before for f in new)
        if carried and not ctx.owner and (
            GOES_ON.match(sentence) or (STATE_NOW.search(sentence) and not dates and same_kind) or wounded
        ):
            new = [replace(f, source=carried) if f.source is None else f for f in new]
        said = {f.source for f in new}
        # a sentence with no count that speaks with the same source keeps it: "Among the dead were ..., police said"
        if new or not carried or {a.source for a in found if a.source} != {carried}:
            carried = said.pop() if len(said) == 1 and new else None
            dead_before = any(f.metric == "killed" for f in new)
            kinds_before = {_family(f.metric) for f in new}
        figures += new
        ctx.running = ctx.running if ctx.running is not None or not new else new[0].scope == "cumulative"
        incidents = {d.day for d in dates if not d.as_of}  # a day an event was told for, not said on
        # not a past incident recalled for comparison: "the site of a truck bombing in October 2017 that killed 500"
        told = [f.as_of for f in new if f.scope == "event" and f.as_of in incidents and not _long_before(f.as_of, ctx)]
        ctx.event_day = told[-1] if told else ctx.event_day
        ctx.unread.append((sentence, found))
        ctx.day = next((d.day for d in reversed(dates) if d.as_of and not d.said), ctx.day)
        ctx.said_day = next((d.day for d in reversed(dates) if d.said), ctx.said_day)
    return _died_among_wounded(figures, ctx.text)


# A headline's speaker told only by what it is: "..., rights group says", "news portal says", "doctors say".
GENERIC_SPEAKER = re.compile(
    r"(?:^|\s)(?:group|monitor|portal|outlet|watchdog|ngo|organi[sz]ation|charity|network|platform|observatory|"
    r"(?P<medical>doctor|medic))$"
)
MEDICAL = re.compile(r"doctor|medic", re.IGNORECASE)  # "doctors say" is a doctors' body, not the ministry


def _named_by_lede(found: list[Attribution], text: str, spans: list[tuple[int, int]]) -> list[Attribution]:
    """A headline's speaker told by what it is is the one the lede names: "Myanmar toll passes 120,
    rights group says" over "..., the Assistance Association for Political Prisoners said"."""
    def kind(a: Attribution) -> re.Match[str] | None:  # "monitor says" in a headline points back to no one
        return GENERIC_SPEAKER.search(a.source or (a.text or "").lower())

    lede = next((text[s:e] for s, e in spans if s > spans[0][1]), "") if any(map(kind, found)) else ""
    named = [a for a in attributions(lede) if a.source and (a.source in KNOWN or a.source[:1].isupper())]
    out = []
    for a in found:
        m = kind(a)
        body = next((b for b in named if not (m and m["medical"]) or MEDICAL.search(b.text or "")), None)
        out.append(replace(a, source=body.source, points_back=False) if m and body else a)
    return out


# A line naming who gave the figures told just before it: a fact box's "The figures were given by
# Chief Secretary X at a briefing on Sunday", "Source: OCHA".
CREDIT_AFTER = re.compile(
    r"^\W*(?:(?:the\s+)?(?:official\s+|latest\s+|above\s+)?(?:figures|numbers|data|statistics|tolls?)\s+"
    r"(?:were|was|are|is|have\s+been)\s+(?:given|provided|released|published|compiled|issued|supplied|announced)"
    r"\s+by|sources?\s*:)\s+(?P<src>[^,;.]+?)(?=\s+(?:at|on|in|during|this|last|yesterday|today)\b|[,;.]|$)",
    re.IGNORECASE,
)


def _credit(figures: list[Figure], credit: re.Match[str], sentence: str, published: date | None) -> list[Figure]:
    """Give the figures told just before a credit line, back to the last one with a source of its
    own, that credit's source, and its day where they had only the published date. A fact box's
    line with its own credit ("Died in custody: 6 (rights groups)") keeps it, and the box goes on."""
    found = attributions(f"according to {credit['src']}")
    source = found[0].source if found else None
    days = [d.day for d in find_dates(sentence, published)] if published else []
    out = list(figures)
    for i in range(len(out) - 1, -1, -1):
        if out[i].source is not None:
            if out[i].rule == "label":
                continue
            break
        as_of = days[0] if days and out[i].as_of == published else out[i].as_of
        out[i] = replace(out[i], source=source, as_of=as_of)
    return out


def extract_document(doc: Document) -> list[Figure]:
    """The figures of one Document."""
    return extract(doc.text, doc.published, doc.title, doc.url)


def _sentence_figures(
    sentence: str,
    offset: int,
    ctx: Context,
    found: list[Attribution],
    dates: list[DateMention],
) -> list[Figure]:
    out: list[Figure] = []
    previous: Figure | None = None
    told: Figure | None = None  # the last count that is no part of another, whose scope a list shares
    restated: list[tuple[int, int]] = []  # parts of a total told before, which no victim rule may read again
    counts = [n for n in find_numbers(sentence) if is_count(sentence, n)]  # "nine-year-old" is none
    # "two of the four Americans were found dead": the whole a part is taken from is no figure
    # ... unless the whole is told with its own verb: "killing 16 of the 23 people who died in the unrest"
    counts = [
        n for i, n in enumerate(counts)
        if not (i and WHOLE_OF.fullmatch(sentence, counts[i - 1].end, n.start))
        or WHOLE_TOLD.match(sentence, n.end)
    ]  # fmt: skip
    for n, summed in _merge_splits(sentence, counts):
        if n.value <= 0 or n.value > 50_000_000:
            continue
        c_start, c_end = _clause(sentence, n.start)
        before_clause = sentence[c_start : n.start]
        if is_negated(sentence[max(0, n.start - 40) : n.start]) or is_hypothetical(before_clause):
            continue
        match = metric_of(sentence, n, before_clause)
        if match is None and previous is not None and _shares_verb(sentence, previous.end - offset, n):
            if A_FURTHER.search(sentence, 0, n.start):  # "78 treated for gunshot injuries, and a further 242
                match = Match(previous.metric, "shared-verb")  # for wounds from assaults": another group
            else:  # "28 soldiers have been charged with killing civilians and 25 with rape": 53 charged
                out[-1] = previous = replace(
                    previous, value=previous.value + n.value, end=offset + n.end, rule=previous.rule + "+sum"
                )
                continue
        if match is None and previous is not None and COUNTED_BY.match(sentence, n.end):
            match = Match(previous.metric, "counted-by")  # "at 61, far below the 118 counted by the committee"
        elif match is None and previous is not None and AND_SINCE.match(sentence, n.end) and AND_BEFORE.search(
            sentence, previous.end - offset, n.start
        ):
            match = Match(previous.metric, "and-since")  # "detained 1,000 on Sunday, and 25,000 since May"
        if (
            match is None
            or has_unit(sentence, n)
            or AMONG_THE_COUNTED.search(sentence, max(0, n.start - 90), n.start)
            or (summed and AMONG_AFTER.match(sentence, n.end))
        ):
            continue  # "Among the dead were a six-year-old girl and ...", "with 112 women ... among the dead"
        parent = previous or (ctx.recent[-1] if ctx.recent else None)
        inherited = not match.metric
        if inherited:  # "of them, 82 ...", "put the number at 700": the count told before
            since = previous.end - offset if previous else 0
            if parent is None or (match.rule == "restated" and any(since <= k.start < n.start for k in counts)):
                continue  # "estimated the crowd at 275,000; police put the number at 107,000"
            match = replace(match, metric=parent.metric)
        elif match.subcount and parent is not None and parent.metric == "killed" and SHOT_ONLY.match(sentence, n.end):
            match = replace(match, metric="killed")  # "killed 30, including nine officers who were shot by soldiers"
        if (
            not inherited
            and match.subcount
            and parent is not None
            and parent.metric == match.metric
            and not _dated(dates, c_start, c_end)
            and not CUMULATIVE_WEAK_CUE.search(sentence[c_start:c_end])
            and not CUMULATIVE_CUE.search(sentence[c_start:c_end])  # "of whom 2,282,800 ... since the takeover"
        ):
            continue  # "two were wounded ... one of them had been shot in the head": a part, not more
        told_again = summed or WHOLE_AGAIN.search(sentence, 0, n.start)  # "Of the 275 bodies, 88 ...", "The four died"
        if told_again and any(
            f.metric == match.metric and f.value == n.value and f.start >= ctx.headline_end for f in [*ctx.recent, *out]
        ):  # ... or in the same sentence: "five civilians, a woman and four children, died"
            restated.append((n.start, n.end))
            continue  # "Eight people were killed. Seven civilians and one police officer died": its parts
        part = match.subcount and match.rule != "subcount"  # "three of whom died"
        rule = match.rule + ("+sum" if summed else "") + ("+part" if part else "")
        fig = _figure(
            sentence, offset, n, match, rule, (c_start, c_end), ctx, found, dates, previous, told
        )
        out.append(fig)
        previous = fig
        told = told if match.subcount else fig
    out += _victims(sentence, offset, ctx, found, dates, out, restated)
    ctx.recent = [*ctx.recent, *out][-4:]
    return out


# A second count of the same thing by someone else: "... the 118 counted by the doctors' committee".
# ... or more of the same told by its own day: "two were released on November 21 and three MORE ON December 5".
COUNTED_BY = re.compile(
    r"\s+(?:(?:counted|recorded|documented|reported|registered|given)\s+by|more\s+(?:on|in|at|during))\b",
    re.IGNORECASE,
)
# ... or a running total after one day's count, with the verb left out: "..., and more than 25,000 since".
AND_SINCE = re.compile(r"\s+(?:since|so\s+far|in\s+total|overall)\b", re.IGNORECASE)
AND_BEFORE = re.compile(r",?\s+and\s+(?:[a-z]+\s+){0,2}$", re.IGNORECASE)
# A second count that borrows the first one's verb: "... charged with murder AND 25 WITH rape",
# "eight children were injured, ALONG WITH two adults".
SHARED_BEFORE = re.compile(r"\s+and\s+(?:another\s+|a\s+further\s+)?$", re.IGNORECASE)
A_FURTHER = re.compile(r"\ba\s+further\s+$", re.IGNORECASE)
SHARED_AFTER = re.compile(r"\s+(?:others?\s+)?(?:with|for|over|on\s+charges\s+of)\s", re.IGNORECASE)
ALONG_WITH = re.compile(r",?\s+(?:along\s+with|as\s+well\s+as|together\s+with)\s+$", re.IGNORECASE)


def _shares_verb(sentence: str, previous_end: int, n: Number) -> bool:
    between = sentence[previous_end : n.start]
    if len(between) > 120:
        return False
    if ALONG_WITH.search(between):
        return not re.search(r"\bamong\b", between)  # "745 were among the dead ... along with 125": parts
    return (
        bool(re.search(r"\s(?:with|for|over)\s", between))  # the first count said why too
        and bool(SHARED_BEFORE.search(between))
        and bool(SHARED_AFTER.match(sentence, n.end))
    )


def _dated(dates: list[DateMention], start: int, end: int) -> bool:
    return any(start <= d.start < end and not d.as_of for d in dates)


def _figure(
    sentence: str,
    offset: int,
    n: Number,
    match: Match,
    rule: str,
    clause: tuple[int, int],
    ctx: Context,
    found: list[Attribution],
    dates: list[DateMention],
    previous: Figure | None = None,
    told: Figure | None = None,
) -> Figure:
    qualifier, q_start, q_end = qualifier_of(sentence, n)
    text_clause = sentence[clause[0] : clause[1]]
    scope = _scope(text_clause, match, dates, clause, rule, told, n, sentence[clause[0] : n.start], bool(ctx.running))
    source = _source(found, n, clause, ctx, sentence)
    return Figure(
        metric=match.metric,
        value=n.value,
        low=n.low,
        high=n.high,
        qualifier=qualifier,
        scope=scope,
        source=_speaking_for(source, ctx, sentence, offset) if source else ctx.owner,
        source_text=source.text if source else None,
        as_of=_as_of(dates, n, clause, scope, ctx, bool(source and source.points_back), previous, text_clause),
        location=_location(sentence, clause, n),
        quote=sentence,
        start=offset + q_start,
        end=offset + q_end,
        rule=rule,
    )


def _long_before(day: date | None, ctx: Context) -> bool:
    """Whether a day lies more than a year before the report: a past incident, not the one told."""
    return bool(day and ctx.published and (ctx.published - day).days > 365)


def _family(metric: str) -> str:
    """What a metric counts: people harmed or displaced, or people in the hands of the state."""
    return "custody" if metric in ("arrested", "detained", "released", "charged", "sentenced") else "harm"


def _speaking_for(found: Attribution, ctx: Context, sentence: str, offset: int) -> str | None:
    """A person's name stands for the body they were introduced as speaking for ("Yerlikaya said"),
    and a full name new to the report, given bare, for the state office that spoke last: "Egypt's
    health minister said ... Ahmed Sameh Farid told reporters" is the health ministry."""
    source = found.source
    if not source or not source[:1].isupper() or source in KNOWN:
        return source
    if office := ctx.people.get(source.split()[-1]):
        return office
    if found.text == source and source not in ctx.text[:offset] and _bare_person(source, sentence):
        last = next((a.source for a in reversed(ctx.named()) if a.source), None)
        if last and (last.endswith("ministry") or last in STATE_OFFICES):
            return last
    return source


def _bare_person(name: str, sentence: str) -> bool:
    """Whether a speaker's name is a person's, told with nothing said of who they are: not a body
    ("the human rights commission, Komnas HAM,", "Foro Penal said it had", "... Commission")."""
    told = re.escape(name)
    return bool(FULL_NAME.fullmatch(name)) and not (
        ORG_WORD.search(name)
        or re.search(rf",\s*{told}\s*,|{told}\s*,\s+(?:a|an|the)\s|{told}\s+\w+\s+(?:that\s+)?its?\b", sentence)
    )


FULL_NAME = re.compile(r"(?:[A-Z][\w'’.-]+\s+){1,3}[A-Z][\w'’-]+")
ORG_WORD = re.compile(rf"\b(?:{ORG_HEADS})\b", re.IGNORECASE)
STATE_OFFICES = frozenset(["government", "prosecutor", "police", "military", "disaster agency"])


def _clause(sentence: str, pos: int) -> tuple[int, int]:
    """The span of the clause holding `pos`: between semicolons, dashes and ", and"."""
    start, end = 0, len(sentence)
    for m in CLAUSE_BREAK.finditer(sentence):
        if m.end() <= pos:
            start = m.end()
        elif m.start() >= pos:
            end = m.start()
            break
    return start, end


def _scope(
    clause_text: str,
    match: Match,
    dates: list[DateMention],
    clause: tuple[int, int],
    rule: str,
    previous: Figure | None,
    n: Number,
    lead: str,
    running: bool = False,
) -> str:
    """Cumulative for running totals (cue words, stocks, tolls), else one event.

    Counts listed together in one sentence share a scope unless a clause names its day. With no
    cue either way, people missing or displaced are a stock, and a count reported in the
    pluperfect ("police said 849 officers had been injured") goes on the tally of a report whose
    first count was a running total.
    """
    in_clause = [d for d in dates if clause[0] <= d.start < clause[1] and not (d.as_of or d.said) and not _other(d, n)]
    if match.subcount and in_clause:
        return "event"
    if DAYS_TOLL.search(clause_text):
        return "event"  # "Myanmar Now puts Saturday's toll at 114": one day's count
    if AFTER_BEFORE.search(lead) and MORE_AFTER.match(clause_text, n.end - clause[0]):
        return "event"  # "the toll rose to 58 after four more bodies were recovered": the new batch
    if (match.metric == "detained" and not REMANDED.search(clause_text)) or rule.startswith(("toll", "label")):
        return "cumulative"
    if rule.startswith("victim"):
        return "event"  # one person's act: "a student has died since", "a man was arrested since"
    if any(
        not SUPERLATIVE.search(clause_text, max(0, m.start() - 90), m.start())
        and not (
            m.start() > n.end - clause[0]
            and COMPARED.search(clause_text, max(0, m.start() - 40), m.start())
            and not OWN_EARLIER.match(clause_text, m.end())
        )
        for m in CUMULATIVE_CUE.finditer(clause_text)
    ):  # "the deadliest day since", "far more than the toll given by the junta": the cue is another count's
        return "cumulative"
    if not in_clause and TALLY_ACT.search(lead) and TALLY_NOUN.match(clause_text, n.end - clause[0]):
        return "cumulative"  # "the group said it had documented 322 deaths": a tally kept, in any tense
    if not (in_clause or ONE_BATCH.search(clause_text)) and CAMPAIGN_CUE.search(clause_text):
        return "cumulative"
    if not in_clause and STOCK_NOW.search(clause_text):
        return "cumulative"  # "Eleven miners injured in the blast were still being treated": who is there now
    if in_clause or EVENT_CUE.search(clause_text):
        return "event"  # a day named or an incident
    if CUMULATIVE_WEAK_CUE.search(clause_text) or PERFECT.search(clause_text) or PERFECT_ACT.search(lead):
        return "cumulative"
    if BULLET.match(clause_text):
        return "cumulative"  # a situation report's key figures: "• 679 people dead"
    if match.metric in ("missing", "displaced") or (running and REPORTED_PLUPERFECT.search(clause_text)):
        return "cumulative"
    return "cumulative" if previous and previous.scope == "cumulative" else "event"


def _other(d: DateMention, n: Number) -> bool:
    """Whether a date sits in a relative clause after the count, or in an aside without it, dating
    what that clause tells."""
    return n.end <= d.relative or (d.aside is not None and not d.aside[0] <= n.start < d.aside[1])


def _as_of(
    dates: list[DateMention],
    n: Number,
    clause: tuple[int, int],
    scope: str,
    ctx: Context,
    continues: bool,
    previous: Figure | None = None,
    clause_text: str = "",
) -> date | None:
    """The day a figure holds for, from the closest evidence to the farthest.

    An event told "on the same day" or "that night" takes the incident's day told before. Else
    a date in the figure's own clause (an event prefers the incident's day, a running total
    the statement's); for an event, an incident's day elsewhere in the sentence; the day the
    sentence's statement was made; a date opening the sentence before the figure's clause;
    for an event, the incident told last ("Nine others were wounded, he said"); for a
    statement going on ("it added"), the day it was made; a date the count was given for
    ("as of 31 October", a dateline); the published date. A new speaker's undated statement
    holds for the published date, not for the day someone else spoke.
    """

    def nearest(pool: list[DateMention]) -> date:
        return min(pool, key=lambda d: abs(d.start - n.end)).day

    if scope == "event" and ctx.event_day and SAME_DAY.search(clause_text):
        return ctx.event_day  # "In Jayapura on the same day, three students were killed": the day told before

    # "during Monday's protests" dates an event; a running count "over last Monday's
    # earthquake" holds for the day it was stated, not the day of what it counts.
    # Nor a day that dates another act: "freed 9,800 people detained under a state of emergency imposed in
    # October", "prosecuted over the rally on May 6, 2012".
    def in_part(d: DateMention) -> bool:  # "27 killed since April, including nine ... last Thursday": the part's day
        return bool(PART_ASIDE.search(clause_text[n.end - clause[0] : d.start - clause[0]]))

    if scope == "cumulative":
        dates = [d for d in dates if not (d.attributive or _other(d, n) or in_part(d))]
    dates = [d for d in dates if not (d.foreign and _other(d, n))]
    in_clause = [d for d in dates if clause[0] <= d.start < clause[1]]
    if in_clause and scope == "event":  # "arrested during Tuesday's protests were charged on Thursday"
        incidents = [d for d in in_clause if not d.as_of]
        return nearest([d for d in incidents if not (d.attributive or _other(d, n))] or incidents or in_clause)
    if in_clause:
        return nearest([d for d in in_clause if d.as_of] or in_clause)
    if SINCE_HOUR.search(clause_text):
        return ctx.day or ctx.published  # "30 bodies since the morning": today's, not the day of an earlier incident
    incidents = [d for d in dates if not d.as_of]
    if scope == "event" and incidents:
        return nearest(incidents)
    if statements := [d for d in dates if d.as_of]:
        return nearest(statements)
    # A date before the clause: one opening the sentence ("Also on Friday, X said"), or the
    # day of a running count told just before ("rose to 48 on Sunday, and 36 are missing").
    told_with_toll = previous is not None and previous.scope == "cumulative"
    if opening := [d for d in dates if d.start < clause[0] and (d.start < OPENING or told_with_toll)]:
        return nearest(opening)
    if scope == "event" and ctx.event_day:
        return ctx.event_day
    if continues and ctx.said_day:
        return ctx.said_day  # "..., it added": the day that statement was made
    return ctx.day or ctx.published


# A count since an hour of the day holds for the day it is told: "have died since this morning".
SINCE_HOUR = re.compile(rf"\bsince\s+{HOURS_OF_DAY}", re.IGNORECASE)
# A part told in an aside after its whole: ", including nine officers gunned down last Thursday".
PART_ASIDE = re.compile(r"\b(?:including|among\s+them)\b[^,;]*$", re.IGNORECASE)
# A day told only as the one before: "on the same day", "later that night".
SAME_DAY = re.compile(
    r"\b(?:on\s+)?(?:the\s+same|that(?:\s+same)?)\s+(?:day|night|evening|morning)\b(?!['’]s)", re.IGNORECASE
)
CITING = re.compile(r"\bciting\s+(?:the\s+)?$", re.IGNORECASE)
# A speaker in a later clause telling something else: "..., and lawyers said several of the accused".
TELLS_OTHER = re.compile(
    r"\s+(?:(?:have|has|had|also|later)\s+)*(?:said|say|says|reported|added|announced|"
    r"told\s+(?!(?:a|an|the|reporters|journalists)\b)\w+)\s+"  # not "told a news conference": whom, not what
    r"(?!(?:on|in|at|late|early|earlier|later|last|this|yesterday|today)\b)(?:that\s+)?[a-z]"
)
# A clause whose subject is who acted, not who told: "..., and investigators charged four people".
ACTOR_CLAUSE = re.compile(
    r"\W*(?:(?:and|but|while)\s+)?(?:the\s+)?(?:police|investigators|prosecutors|troops|soldiers|security\s+forces)\s+"
    r"(?:have\s+|had\s+|also\s+|later\s+)*[a-z]+ed\b",
    re.IGNORECASE,
)
# A speaker whose own count follows it in its clause: "the Ghanaian authorities report some 9,600".
LEADS_COUNT = re.compile(r"[^,;:.]{0,60}?\d")


def _source(
    found: list[Attribution], n: Number, clause: tuple[int, int], ctx: Context, sentence: str
) -> Attribution | None:
    """The attribution in the figure's clause, else the nearest one in the sentence; not one
    that follows another count ("at 61, far below the 118 counted by the committee").

    Its `points_back` says whether it goes on with a statement made before ("it added").
    """
    if not found:
        return None
    own = [a for a in found if clause[0] <= a.position < clause[1]]
    # who a speaker cites gave the counts: "put the toll at 83 dead and 1,126 injured, citing health ministry figures"
    cited = [
        a for a in own
        if CITING.search(sentence, max(0, a.position - 20), a.position) and a.source
        and (a.source in KNOWN or a.source[:1].isupper())  # a body, not "citing credible sources"
    ]  # fmt: skip
    own = [a for a in own if a.position < n.end or not re.search(r"\d", sentence[n.end : a.position])] or own
    # a speaker leading a later clause's own count, or telling something else there, speaks for that
    # clause only: "..., while the Ghanaian authorities report some 9,600", "..., and lawyers said several
    # of the accused"; one closing the sentence speaks for all its counts
    others = [
        a for a in found
        if a.position < clause[1]
        or not (LEADS_COUNT.match(sentence, a.position) or TELLS_OTHER.match(sentence, a.position + len(a.text or "")))
    ]  # fmt: skip
    if not own and clause[0] and ACTOR_CLAUSE.match(sentence, clause[0]):
        return None  # "..., the ministry said, and investigators charged four people": the outlet's own
    if not (own or others):
        return None
    nearest = min(cited or own or others, key=lambda a: abs(a.position - n.start))
    if nearest.source:
        return nearest
    if nearest.points_back and nearest.text:
        # "Police revised the toll ..., and said 25 were injured"; "Survivors told Human Rights Watch ...;
        # the group said it had confirmed 21 deaths": a group or "it" is no person
        people = not re.search(rf"\b(?:{ORG_HEADS}|it)$", nearest.text, re.IGNORECASE)
        same_sentence = [
            a for a in [*found, *mentions(sentence)]
            if a.source and a.position < nearest.position and (people or a.source not in PERSON_ROLES)
        ]  # fmt: skip
        same_sentence.sort(key=lambda a: a.position)
        if same_sentence:
            return Attribution(same_sentence[-1].source, nearest.text, False, nearest.position)
        if body := _named_here(sentence, nearest):  # "... at a Gaza Humanitarian Foundation site, the foundation says"
            return body
        name, continues = ctx.antecedent(nearest.text)
        if not name:
            return None
        speaker = Attribution(name, nearest.text, continues, nearest.position)
        if not continues:
            ctx.named().append(speaker)  # "the ministry said" introduced it: "it added" points here
        return speaker
    return None


def _named_here(sentence: str, pointer: Attribution) -> Attribution | None:
    """A body named earlier in the same sentence, spoken of, that a "the foundation" points back to by its head."""
    head = (pointer.text or "").lower().split()[-1:]
    for body in reversed(list(NAMED_ORG.finditer(sentence, 0, pointer.position))):
        if head and head[0] in body.group().lower().split():
            return Attribution(canonical(body.group()) or body.group(), pointer.text, False, pointer.position)
    return None


def _location(sentence: str, clause: tuple[int, int], n: Number) -> str | None:
    places = [
        m for m in PLACE.finditer(sentence, clause[0], clause[1]) if not NOT_PLACE.match(m["place"])
    ]
    if not places:
        return None
    after = [m for m in places if m.start() >= n.end]
    # a place before the number, unless it is where someone spoke ("told reporters in X that")
    before = [m for m in places if not SPEECH_AFTER.search(sentence, m.end(), n.start)]
    return after[0]["place"] if after else (before[0]["place"] if before else None)


# Parts of one group of people: "249 men and 73 women", "19 children and two teachers".
# Bodies, others and victims are not parts of a group: "six bodies, and 47 workers are missing".
_PART = "|".join(w for w in PEOPLE if w not in {"bodies", "souls", "lives", "others", "more", "victims", "survivors"})
# ... and plurals of who people are by trade or role: "two factory owners and two engineers"
_PART += rf"|(?!(?:{'|'.join(THINGS)})\b)[a-z]{{3,}}(?:ers|ors|ists|ians|ees|ants|ents)"
_PART += r"|(?-i:[A-Z][a-z]{2,}s)"  # communities: "790 Muslims and 254 Hindus"
SPLIT_JOINER = re.compile(  # ... whose noun may name its body: "140 members of the security forces and 76 migrants"
    rf"\s+(?:[\w-]+\s+)?(?:{_PART})(?:\s+of\s+the\s+(?:[\w-]+\s+)?[\w-]+)?\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?$",
    re.IGNORECASE,
)
SPLIT_NEXT = re.compile(rf"\s+(?:[\w-]+\s+)?(?:{_PART}|{'|'.join(PERSON)})\b", re.IGNORECASE)


# One person beside a count in the same group: "eight pupils AND A SECURITY GUARD were
# killed", "THE FERRY'S CAPTAIN AND five other officials", "the captain, Lee, and two crew";
# not "killed a man, and 12 others were wounded", where a comma joins two clauses.
_ONE = rf"(?:a|an|one|the|his|her|their|its|[\w'’-]+['’]s)\s+(?:[\w'’-]+\s+){{0,2}}?(?:{'|'.join(PERSON)})"
ONE_MORE_AFTER = re.compile(
    rf"\s+(?:[\w-]+\s+){{0,2}}(?:{_PART})(?:\s+and\s+(?:[\w-]+\s+)?(?:{_PART}))?,?\s+and\s+{_ONE}\b",
    re.IGNORECASE,
)
ONE_PERSON = re.compile(rf"\b{_ONE}\b", re.IGNORECASE)
ONES_LISTED = re.compile(rf"\s+(?:[\w-]+\s+)?(?:{_PART})(?:,\s+{_ONE})*,?\s+and\s+{_ONE}\b", re.IGNORECASE)
ONE_MORE_BEFORE = re.compile(
    rf"\b{_ONE}(?:\s+of\s+(?:the\s+)?[\w'-]+(?:\s+[\w'-]+){{0,3}}?)?(?:,\s+[A-Z][^,]{{1,40}},)?\s+and\s+"
    rf"(?:(?:his|her|their)\s+)?$",  # "the captain of the ferry Sewol and two of his crew"
    re.IGNORECASE,
)
# The head of a list of three, when the list goes on to one more person after the count.
ONE_MORE_LISTED = re.compile(rf"\b{_ONE},\s+$", re.IGNORECASE)

# A count with a passive verb of its own after its noun: "... and 48 officers WERE INJURED".
OWN_VERB = re.compile(
    r"\s+(?:[\w-]+\s+){1,3}?(?:were|was|are|is|remain|remained|had\s+been|have\s+been|has\s+been)\s+\w+", re.IGNORECASE
)
WHOLE_TOLD = re.compile(  # ... or a participle of its own: "2,000 of the nearly 6,700 people detained since"
    r"\s+(?:(?!(?:were|was|are|is|had|have|has|been)\b)[a-z]+\s+){0,2}?(?:(?:who|that)\s+(?:(?:have|had|were|was)\s+)?"
    r"(?:been\s+)?)?"
    r"(?:died|killed|injured|wounded|arrested|detained)\b",
    re.IGNORECASE,
)
WHOLE_OF = re.compile(
    r"\s+of\s+(?:(?:the|these|those|all)\s+(?:[\w-]+['’]s\s+)?|[A-Z][\w-]*['’]s\s+)"
    r"(?:(?:roughly|about|some|nearly|around|more\s+than|over|at\s+least)\s+)?",  # "of the town's roughly 6,000"
    re.IGNORECASE,
)
PART_OF = re.compile(r"(?:\bof\s+(?:them|whom)|\bamong\s+them|\bincluding)\s*,?\s*$", re.IGNORECASE)


def _merge_splits(sentence: str, numbers: list[Number]) -> list[tuple[Number, bool]]:
    """Join "249 men and 73 women" into 322 when no total is said; drop the parts when one is.
    A person named beside a count adds one: "eight pupils and a guard" are nine.

    Returns each number with whether it is such a sum.
    """
    return [_with_one_more(sentence, n, summed) for n, summed in _merge_parts(sentence, numbers)]


def _with_one_more(sentence: str, n: Number, summed: bool) -> tuple[Number, bool]:
    after = ONE_MORE_AFTER.match(sentence, n.end)
    if after and re.match(r"\s+(?:was|is|has)\b", sentence[after.end() :]):
        after = None  # "detained 144 people, and the city's police chief was dismissed": a clause of its own
    before = ONE_MORE_BEFORE.search(sentence, max(0, n.start - 120), n.start)
    if after and not before:  # "a general, nine other officers and a civilian"
        before = ONE_MORE_LISTED.search(sentence, max(0, n.start - 60), n.start)
    if before and PART_OF.search(sentence, max(0, before.start() - 20), before.start()):
        before = None  # "one of them a doctor, and 16 were injured": a part of the count before
    if not (after or before) or n.low is not None or n.vague:
        return n, summed
    value = n.value + bool(after) + bool(before)
    return Number(value, before.start() if before else n.start, after.end() if after else n.end), True


def _parts_join(sentence: str, part: Number, following: Number, first: Number) -> bool:
    """Whether the count after a part of a group is another part: "249 men and 73 women"."""
    between = sentence[part.end : following.start]
    if not (SPLIT_JOINER.match(between) and SPLIT_NEXT.match(sentence[following.end :])):
        return False
    # "killed, including 69 children, and 19,262 people arrested": the comma closes the aside; "killed 15 people,
    # and two others remain in hospital": a clause of its own
    aside = ASIDE_OPENS.search(sentence, 0, first.start)
    return "," not in between or not (aside or OTHERS.match(sentence, following.end))


OTHERS = re.compile(r"\s+others\b")


ASIDE_OPENS = re.compile(r",\s+(?:including|among\s+them)\s+(?:[a-z]+\s+){0,2}$", re.IGNORECASE)


def _merge_parts(sentence: str, numbers: list[Number]) -> list[tuple[Number, bool]]:
    out: list[tuple[Number, bool]] = []
    i = 0
    while i < len(numbers):
        j = i
        while j + 1 < len(numbers) and _parts_join(sentence, numbers[j], numbers[j + 1], numbers[i]):
            j += 1
        if j == i:
            out.append((numbers[i], False))
            i += 1
            continue
        parts = numbers[i : j + 1]
        if ACTIVE_RULE.search(sentence, max(0, parts[0].start - 80), parts[0].start) and OWN_VERB.match(
            sentence, parts[-1].end
        ):  # "police detained 79 people and 48 officers were injured": two clauses, not one group
            out.append((numbers[i], False))
            i += 1
            continue
        lead = sentence[: parts[0].start].rstrip()
        if out and (lead.endswith((",", "—", "–", "(", ":", "-")) or re.search(
            r"(?:including|of\s+whom|of\s+them|among\s+them)$", lead, re.IGNORECASE
        )):
            i = j + 1  # the parts of a total said just before: not figures of their own
            continue
        ones = ONES_LISTED.match(sentence, parts[-1].end)  # "..., four doctors, a nurse and a pharmacist"
        listed = len(ONE_PERSON.findall(ones[0])) if ones else 0
        if len(parts) + listed > 2 and parts[0].value == sum(p.value for p in parts[1:]) + listed:
            out.append((parts[0], False))  # "322 people, 249 men and 73 women": the total, then its parts
            i = j + 1
            continue
        total = sum(p.value for p in parts)
        out.append((Number(total, parts[0].start, parts[-1].end), True))
        i = j + 1
    return out


def _victims(
    sentence: str,
    offset: int,
    ctx: Context,
    found: list[Attribution],
    dates: list[DateMention],
    numbered: list[Figure],
    restated: list[tuple[int, int]],
) -> list[Figure]:
    out: list[Figure] = []
    if not _may_name_a_victim(sentence):
        return out
    taken = [(f.start - offset, f.end - offset) for f in numbered] + restated
    for rule, pattern in VICTIM_PATTERNS:
        for m in pattern.finditer(sentence):
            start, end = m.start("np"), m.end("np")
            who = (m.start("who"), m.end("who")) if m.groupdict().get("who") else (0, 0)
            # a count inside "who killed 10 people" is a figure of its own, not this person
            if any(s < m.end() and start < e and not who[0] <= s < who[1] for s, e in taken):
                continue
            if any(APPOSED_TO_COUNT.fullmatch(sentence, e, start) for _, e in taken[: len(numbered)]):
                continue  # "One man, Diubis Laurencio Tejeda, was killed": the one counted, by name
            if re.match(r"\s+(?:himself|herself|themselves)\b", sentence[m.end() :]):
                continue  # "the gunman shot himself"
            if re.match(r"\s+(?:death\s+)?(?:toll|figures?|count|tally|estimate)\b", sentence[end:]):
                continue  # "The official death toll rose": an adjective, not a person
            if RESCUED_FROM.match(sentence, end):
                continue  # "rescuers freed a girl who had been trapped under the rubble": a rescue, not a release
            if CALLED_FOR.search(sentence, max(0, start - 80), start):
                continue  # "a crowd demanding the release of a jailed opposition lawmaker": not freed
            if _told_before(m["np"], ctx):
                continue  # "A 14-year-old boy was shot ... The boy was in a serious condition": the same boy
            if is_negated(sentence[max(0, start - 40) : start]) or re.match(r"\s*(?:no|not)\b", m["np"], re.I):
                continue
            if AMONG_THE_COUNTED.search(sentence, max(0, start - 90), start):
                continue  # "among the dead was a 15-year-old boy": one of a count told already
            colon = sentence.rfind(":", 0, start)
            if colon > 0 and any(s < colon for s, _ in taken[: len(numbered)]):
                continue  # "Two protesters have died: a 20-year-old man ... and a 22-year-old shot in ..."
            metric = next((k for k in METRICS if m.groupdict().get(k)), "killed")
            groups = m.groupdict()
            value = 2 if groups.get("second") else 2 + groups["listed"].count(", ") if groups.get("listed") else 1
            if more := groups.get("more"):  # "Hassan Diab and three former ministers"
                value += next((k.value for k in find_numbers(more) if k.start == 0), 0)
            n = Number(value, start, end, words=True)
            match = Match(shot_and_killed(metric, sentence[m.end() :]), rule)
            out.append(_figure(sentence, offset, n, match, rule, _clause(sentence, start),
                               ctx, found, dates))  # fmt: skip
            if (then := SECOND_ACT.match(sentence, m.end())) and then.lastgroup not in (None, match.metric):
                act = Number(value, then.start(then.lastgroup), then.end(then.lastgroup), words=True)  # its own day
                out.append(_figure(sentence, offset, act, Match(then.lastgroup, rule), rule + "+then",
                                   _clause(sentence, act.start), ctx, found, dates))  # fmt: skip
            taken.append((m.start(), m.end()))
    return out



def _told_before(np: str, ctx: Context) -> bool:
    """Whether "the boy" is a person a victim rule counted in a sentence before."""
    words = np.lower().split()
    if len(words) != 2 or words[0] != "the":
        return False
    return any(
        f.rule.startswith("victim") and words[1] in ctx.text[f.start : f.end].lower().split() for f in ctx.recent
    )


PERSON_WORDS = frozenset(PERSON)
NAME_OR_AGE = re.compile(r"[A-ZÀ-ÖØ-Þ][\w'’.-]+(?:\s+[A-ZÀ-ÖØ-Þ]|,\s*(?:aged\s+)?\d{1,2},)|year-old")


def _may_name_a_victim(sentence: str) -> bool:
    """A cheap test before the victim patterns: each needs a person word, an age or a name."""
    return bool(PERSON_WORDS.intersection(re.findall(r"[a-z][a-z-]*", sentence.lower()))) or bool(
        NAME_OR_AGE.search(sentence)
    )


CALLED_FOR = re.compile(CALL_FOR_RELEASE + r"(?:[\w-]+\s+){0,4}$", re.IGNORECASE)
# Shot, and nothing said of wounds: among the dead, one of them.
SHOT_ONLY = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}?(?:who\s+)?(?:were|was|had\s+been)\s+shot(?!\s+and\s+(?:wounded|injured|hurt))\b",
    re.IGNORECASE,
)
# A person named after the count that holds them: "One protester, Diubis Laurencio Tejeda, ...".
APPOSED_TO_COUNT = re.compile(r"(?:\s+[a-z][\w-]*){0,2},\s+")
RESCUED_FROM = re.compile(
    r"(?:\s+who\s+had\s+been)?\s+(?:trapped|buried|pinned)\b|\s+from\s+(?:the\s+)?(?:rubble|debris|ruins|wreckage)",
    re.IGNORECASE,
)
AMONG_AFTER = re.compile(
    r"\s+(?:[\w'-]+\s+){0,3}?(?:were\s+|are\s+)?among\s+(?:the|those)\s+(?:dead|killed|victims|injured|wounded|arrested|detained)\b",
    re.IGNORECASE,
)
AMONG_THE_COUNTED = re.compile(
    r"\b(?:among|one\s+of)\s+(?:the|those)\s+(?:dead|killed|victims|injured|wounded|arrested|detained|released|freed|pardoned)"
    r"(?:,[^,]{1,40},)?\s+(?:was|were)\s+$",  # "One of the dead, according to the forum, was a 16-year-old"
    re.IGNORECASE,
)
# One victim in words, by the place the person stands in the sentence.
VICTIM_PATTERNS = [
    ("victim-object", VICTIM_OBJECT_RULE),  # troops shot dead a man (first: "hanged a man convicted of ...")
    ("victim", VICTIM_RULE),  # a man was shot dead
    ("victim-died", VICTIM_DIED_RULE),  # Name, a 31-year-old teacher, died
    ("victim-body", VICTIM_BODY_RULE),  # the body of a man was found
    ("victim-named", VICTIM_NAMED_RULE),  # Opposition leader Maria Machado was detained
    ("victim-named-object", VICTIM_NAMED_OBJECT_RULE),  # sentenced journalist Mzia Amaglobeli
]


OPENING = 30  # characters: a date this early opens the sentence and dates all of it

NEAR_INCIDENT = 300  # characters: "of them died" refers to wounded people told this close before
PART_REACH = 30  # characters before a part where its "of whom" stands ("of whom two died"), or "two of them died"


OF_THE_WOUNDED = re.compile(
    r"\b(?:of|among)\s+(?:them|whom|those|these|the\s+(?:wounded|injured|victims))\b"
    r"(?!\s+(?:killed|dead|who\s+died))",  # "32 of those killed were children" is a part of the dead
    re.IGNORECASE,
)


def _died_among_wounded(figures: list[Figure], text: str) -> list[Figure]:
    """"Four people were shot ... two of them died": injured 2 and killed 2, not injured 4."""
    out = list(figures)
    for i, fig in enumerate(out):
        if fig.metric != "killed" or not fig.rule.endswith(("+part", "subcount")) or fig.rule.startswith("of-the-dead"):
            continue  # "seven of the dead were shot" is a part of the dead, not of the wounded
        if not OF_THE_WOUNDED.search(text, max(0, fig.start - PART_REACH), fig.end + len(" of them")):
            continue  # "Sindh is the worst-hit province with 347 deaths": a part of the dead, not of the wounded
        for j in range(i - 1, -1, -1):
            parent = out[j]
            told_just_before = 0 <= fig.start - parent.end < NEAR_INCIDENT
            if parent.metric == "injured" and parent.value > fig.value and told_just_before:
                out[j] = replace(parent, value=parent.value - fig.value, rule=parent.rule + "-died")
                break
    return out


# Sentences and the scope of each figure, in order: running totals against one incident or day.
SCOPE_EXAMPLES: list[tuple[str, list[str]]] = [
    # cue words and the perfect tell a running total; a day or an incident tells one event
    ("The death toll since the coup rose to more than 320.", ["cumulative"]),
    ("At least 201 people have been killed, rights groups say.", ["cumulative"]),
    ("Nine people were killed in the blast on Sunday.", ["event"]),
    ("Police arrested 40 people during Saturday's rally.", ["event"]),
    # what was counted "by" a day or time is counted so far
    ("Rescue workers had recovered 166 bodies by Thursday evening.", ["cumulative"]),
    ("Only six bodies had been recovered by Monday, officials said.", ["cumulative"]),
    # a toll a count is compared with is another's: it makes no running total of this one
    ("Rwanda's government said 300 people died when soldiers opened fire on a camp at Kibeho, far fewer than "
     "the toll given by aid workers.", ["event"]),
    ("A rights group said 27 migrants had died when crowds stormed the border fence, more than the official toll.",
     ["event"]),
    ("At least 31 people were killed in protests on Monday, the commission said, nearly three times the toll given "
     "by police.", ["event"]),
    ("At least 2,900 people were killed in the fighting, the UN said, nearly three times the toll it had given a "
     "few days earlier.", ["cumulative"]),
    # a tally kept by whoever documents it runs on, in any tense, unless a day is named
    ("The interim government's health ministry had separately recorded 834 deaths.", ["cumulative"]),
    ("The Britain-based Syrian Observatory said it had documented 322 deaths.", ["cumulative"]),
    ("Police had confirmed 30 deaths by then.", ["cumulative"]),
    ("The government confirmed seven deaths but said the victims had drowned.", ["event"]),
    ("It documented 796 short-term detentions of dissidents in November alone.", ["event"]),
    ("More than 1,000 civilians, most of them Alawites, have been killed since Thursday.", ["cumulative"]),
    ("Myanmar Now says at least 20 people have been killed so far today.", ["event"]),
    # a count since an hour of the day is that day's; "since the morning of 5 August" starts a period
    ("15:30 Doctors say three more people have died of gunshot wounds since this morning.", ["event"]),
    ("A doctor said 15 bodies had been brought in since dawn.", ["event"]),
    ("At least 40 people have been killed since the morning of 5 August.", ["cumulative"]),
    ("Myanmar Now puts Saturday's toll at 114.", ["event"]),
    ("The death toll rose to 58 on Saturday after four more bodies were recovered, officials said.",
     ["cumulative", "event"]),
    # a whole campaign counted up to the day it is told, in any tense
    ("The prosecutor said 1,000 people had been indicted over the riots.", ["cumulative"]),
    ("Courts have sentenced 400 people over the unrest, the judiciary said.", ["cumulative"]),
    ("More than 1,000 people were killed during the uprising, the adviser said.", ["cumulative"]),
    # the day a campaign began is no day of the count
    ("At least 175 people have been killed in the violence that broke out on May 3, police said.", ["cumulative"]),
    ("Troops killed 304 people in the crackdown on protests that erupted over a fuel price hike last month.",
     ["cumulative"]),
    # "since" opening a period is a running total wherever it stands in the clause; not an adverb, not
    # a person's own past, not "the first time ... since"
    ("Ukraine's Health Ministry said that 75 people had died in clashes in the capital since Tuesday.",
     ["cumulative"]),
    ("The suspect, a doctor who had lived in Germany since 2006, was arrested at the scene.", ["event"]),
    ("Syrian forces kill at least 72 protesters in bloodiest day of uprising", ["event"]),
    ("At least 5,800 people have lost their lives in Syria, according to the UN.", ["cumulative"]),
    # the present perfect of an act, right before its count, tells a total so far
    ("Police have arrested 1,462 people, he said.", ["cumulative"]),
    ("The group says it has documented 302 deaths.", ["cumulative"]),
    # ... unless one night of it, or a new batch, is meant
    ("Police arrested 719 people overnight as the rioting eased.", ["event"]),
    ("More than 2,000 people were detained on the second night of protests.", ["event"]),
    ("The authorities hanged two more men over the protests.", ["event"]),
    # a campaign named in passing is not what the count is over
    ("Protests erupted after police said 3 people had been killed.", ["event"]),
    # a list goes on in the scope of its main count, not of a sub-count told between
    ("The agency said 1,162 people had been killed since mid-June, including 75 in the previous 24 hours, "
     "and 3,554 injured.", ["cumulative", "event", "cumulative"]),
    # with no cue either way: people missing or displaced are a stock; a count reported in the pluperfect
    # goes on the tally of a report that opened with a running total, not of one that opened with an event
    ("Some 40,000 people fled to the hills.", ["cumulative"]),
    ("Seven crew members are missing.", ["cumulative"]),
    ("The death toll has risen to 1,162. The ministry said 3,717 people had been wounded.",
     ["cumulative", "cumulative"]),
    ("Troops shot dead 12 protesters on Monday. The ministry said 40 people had been wounded.", ["event", "event"]),
    # the day figures were released is the day they were told, not a day of what they count
    ("Three years after the coup, the junta's forces have killed at least 4,474 civilians, according to AAPP "
     "figures released on Wednesday.", ["cumulative"]),
    # people as they are now, even when the incident is named: still being treated, remained in hospital
    ("Eleven miners injured in the blast were still being treated in hospital.", ["cumulative"]),
    ("Health officials said 437 people remained hospitalized.", ["cumulative"]),
    # a quotation is a clause of its own: its "toll" is no cue for the count told after it
    ("'The toll is likely to rise,' a U.N. spokesperson told reporters, adding that 3,000 people had been "
     "wounded in the attack.", ["event"]),
]

# Reports, their published date, and the days their figures must hold for, in order.
AS_OF_EXAMPLES: list[tuple[str, str, list[str]]] = [
    # a statement's day for a running count; the incident's day for an event
    ("More than 400 people have been killed since the assault on the camp began on Friday, the "
     "United Nations said on Sunday.", "2025-04-14", ["2025-04-13"]),
    ("Police arrested 22 people during Saturday's rally, the minister said on Sunday.", "2025-03-17",
     ["2025-03-15"]),
    # people counted after a day's incident were counted for that day; a running toll holds for its statement
    ("The Hospital Authority said on Thursday that 81 people had been taken to hospitals after Wednesday's clashes.",
     "2019-06-13", ["2019-06-12"]),
    ("The toll from Wednesday's clashes rose to 12 on Thursday.", "2019-06-13", ["2019-06-13"]),
    # a running total holds for its statement, not for the day of a part told in an aside
    ("At least 27 people have been killed since the unrest began in late April, including nine police officers "
     "gunned down last Thursday, according to a UN tally.", "2006-06-02", ["2006-06-02", "2006-06-01"]),
    # a past incident recalled for comparison gives no day to the one being told
    ("At least 100 people were killed when two car bombs exploded on Saturday, near the site of a truck bombing in "
     "October 2017 that killed more than 500 people. Ambulance crews carried 35 wounded to hospitals after the "
     "first blast.", "2022-10-30", ["2022-10-29", "2017-10-31", "2022-10-29"]),
    # a count since an hour of the day holds for the day it is told, not for an incident told before
    ("Troops shot dead two people on Monday. 16:20 Doctors say they have received 30 bodies since the morning.",
     "2024-08-06", ["2024-08-05", "2024-08-06"]),
    # "the same day", "that night": the incident's day told before; not "that day's protests"
    ("Troops fired on marchers on Monday, killing five. Four more were killed in Jayapura on the same day.",
     "2019-09-26", ["2019-09-23", "2019-09-23"]),
    ("State broadcaster MRTV had said late Saturday that 479 people were arrested during that day's protests.",
     "2021-02-28", ["2021-02-27"]),
    # a month is a period too: its last day, or the day published while it runs
    ("In June 2025, at least 232 civilians were killed and 1,343 injured in Ukraine, the mission said today.",
     "2025-07-10", ["2025-06-30", "2025-06-30"]),
    ("In July alone, courts sentenced 62 protesters to prison.", "2021-07-20", ["2021-07-20"]),
    # a weekend is a period: its Sunday, or the day published if that is in it
    ("About 1,800 villagers crossed into Tak province over the weekend, Thai officials said.", "2022-06-21",
     ["2022-06-19"]),
    # a date in a relative clause dates what the clause tells, not the count before it
    ("Ethiopia has freed 9,800 people detained under a state of emergency imposed in October, state media "
     "reported on Wednesday.", "2016-12-21", ["2016-12-21"]),
    ("The defendants were among more than 30 people prosecuted over the rally on Bolotnaya Square on May 6, 2012.",
     "2014-02-24", ["2014-02-24"]),
    ("Three soldiers have been arrested over the killing of 10 villagers in Ngarbuh on February 14, the "
     "presidency said yesterday.", "2020-04-21", ["2020-04-20", "2020-02-14"]),
    ("Investigators have detained six people, including the director of a coal mine where a methane blast "
     "killed 51 people on Thursday.", "2021-11-26", ["2021-11-26", "2021-11-25"]),
    # a date in an aside ("who called the strike on Jan. 10") dates the aside's act, not the count
    ("Union leaders, who called the strike on Jan. 10, say at least 59 people have been killed since it began.",
     "2007-01-23", ["2007-01-23"]),
    ("Six students, who were taken from a hospital on Friday, remain in custody.", "2024-07-30", ["2024-07-30"]),
    # a relative period dating an occasion gives no day: the statement's day holds
    ("The regional government said on Tuesday that 211 people had died in last week's floods.", "2024-11-05",
     ["2024-11-05"]),
    # a day inside what was said is the incident's, not the statement's
    ("The ombudsman said on Tuesday that 17 people were killed on Monday in clashes.", "2023-01-10",
     ["2023-01-09"]),
    # "Sunday's election" dates the election, not a count stated on Friday
    ("The attorney general said on Friday that 1,062 people had been detained in the protests that "
     "followed Sunday's election.", "2024-08-03", ["2024-08-02"]),
    # a date in a relative clause after a running count dates what the clause tells, not the count;
    # an event's own clause may still give its day
    ("The death toll from two car bombs that exploded at the ministry on Saturday has risen to 121, the "
     "health ministry said on Monday.", "2022-10-31", ["2022-10-31"]),
    ("A former police officer killed 36 people in a rampage that began at a childcare centre on Thursday "
     "afternoon, police said.", "2022-10-07", ["2022-10-06"]),
    # the day of what people are tried over is not the day of the sentence; "Thursday last week"
    ("A court has sentenced 262 people over their role in protests in October, the prosecutor said on "
     "Monday.", "2022-12-06", ["2022-12-05"]),
    ("The group said one of its members was shot dead in Manzini on Thursday last week.", "2021-07-09",
     ["2021-07-01"]),
    ("Relatives recalled the riot in Port Said that killed 74 people on Feb. 1 last year.", "2013-01-26",
     ["2012-02-01"]),
    # a second act keeps its own day; a possessive day before the act counted dates it
    ("The station master at Larissa, 59, was arrested on Wednesday and charged on Thursday.", "2023-03-03",
     ["2023-03-01", "2023-03-02"]),
    ("It follows Thursday's arrest of three men from the main contractor.", "2025-11-28", ["2025-11-27"]),
    # a past year or a month's end as the end of a stated period; the day of a dated occasion is no day of
    # the count ("over the May 6, 2012, protest")
    ("Unions said 1,235 workers had died in workplace accidents in 2013 alone.", "2014-05-15", ["2013-12-31"]),
    ("The document put the number killed between January 20 and the end of April at nearly 7,000.", "2009-05-28",
     ["2009-04-30"]),
    ("More than 30 people have been prosecuted over the May 6, 2012, protest on Bolotnaya Square.", "2014-02-24",
     ["2014-02-24"]),
    ("The group said 60 people were arrested. About 20 of them were still being held on Sunday evening.",
     "2025-06-30", ["2025-06-30", "2025-06-29"]),
    ("The junta's forces have killed at least 4,474 civilians, according to AAPP figures released on Wednesday.",
     "2024-02-02", ["2024-01-31"]),
    # a period is told by its last day, written out or as a range of days; a date written without its year takes
    # "last year"
    ("Clashes on March 3-4 killed 20 people, the ministry said.", "2013-03-10", ["2013-03-04"]),
    ("At least 63 people were killed on Friday and Saturday, the commission said on Sunday.",
     "2019-10-28", ["2019-10-26"]),
    ("The UN has estimated that up to 1,400 people were killed between July 1 and August 15 last "
     "year.", "2025-02-12", ["2024-08-15"]),
    # the day of a toll told before carries to the count after it; an event's day does not
    ("The number of people killed rose to 48 on Sunday, officials said, and 36 others are still "
     "missing.", "2023-10-30", ["2023-10-29", "2023-10-29"]),
    ("At least 56 bodies were brought to the hospital on Friday, as the toll from four days of "
     "clashes passed 100 according to an AFP count.", "2024-07-20", ["2024-07-19", "2024-07-20"]),
    # the act's own day beats a day that names its occasion; a live blog's stamp is when it was written
    ("Thirty-seven people arrested during Tuesday's protests were charged in court on Thursday.",
     "2024-06-27", ["2024-06-27"]),
    ("Saturday 11:00 Three people were stabbed to death at the festival on Friday night, police said.",
     "2024-08-25", ["2024-08-23"]),
    ("ÖREBRO, Sweden, Feb 5 (Reuters) - Eleven people were killed in a shooting on Tuesday.",
     "2025-02-05", ["2025-02-04"]),
    ("The 44 were among 49 people arrested after Sunday's clashes.", "2019-07-31", ["2019-07-28"]),
    # "the July 11 protests" names an occasion; "until 30 November" ends a count; a day to come is none
    ("Cuba's attorney general's office said on Tuesday that 790 people had been charged over the July 11 "
     "protests.", "2022-01-25", ["2022-01-25"]),
    ("Since the protests began on 18 July 2020 until 30 November 2021, at least 1,745 people have been "
     "prosecuted.", "2021-12-03", ["2021-11-30"]),
    ("A magistrate granted bail to 45 of those arrested on Friday, and nine were remanded in custody until "
     "April 4.", "2022-04-02", ["2022-04-01", "2022-04-01"]),
    # each item of a list opened by its own place and date holds for that date
    ("Prayagraj, January 29: 30 people died in a pre-dawn crush.\nTirupati, January 8: Six devotees died "
     "while queuing for tokens.", "2025-02-15", ["2025-01-29", "2025-01-08"]),
    # a date in a clause of its own, an older count's or one to come is not the figure's
    ("It was the deadliest fire since a blaze in the old city killed 71 people in February 2019.", "2024-03-01",
     ["2019-02-28"]),
    ("The commission revised the toll to 38, up from 31 it announced on Tuesday, it said on Wednesday.",
     "2025-07-10", ["2025-07-09"]),
    ("The first trial, of 189 people indicted by prosecutors, is scheduled to open on 18 April.", "2025-04-16",
     ["2025-04-16"]),
    # a credit line after a fact box gives its figures their source and day
    ("Dead: 72\nInjured: 2,100+\nThe figures were given by Chief Secretary Eknarayan Aryal at a briefing on "
     "Sunday.", "2025-09-15", ["2025-09-14", "2025-09-14"]),
    # a statement's day carries to "it added", not to the next speaker's undated statement
    ("The ministry said on Wednesday that 40 people had been killed. It added that 300 were "
     "displaced. Police said 849 officers had been injured.", "2021-05-06",
     ["2021-05-05", "2021-05-05", "2021-05-06"]),
    # an event told on keeps its incident's day, whoever tells it
    ("A gunman killed 11 people at a dance studio on Saturday night, the sheriff said on Monday. "
     "Nine other people were wounded, he said.", "2023-01-23", ["2023-01-21", "2023-01-21"]),
]
