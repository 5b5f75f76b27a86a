"""What a number counts: the metric rules, each a named pattern family beside its examples.

A number in a sentence is a figure when a rule ties it to a metric word: a verb after it
("42 people were ARRESTED"), a verb before it ("troops KILLED 114"), a running count
("the death TOLL rose to 320"), a label ("Killed: 5,414"), or a sub-count or a restated
count inheriting the metric of the count before it ("including 18 on Sunday", "put the number
at 700"). One victim in words ("a man was shot dead") is read by the VICTIM rules without a
number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import (
    ACTIVE,
    COUNT_NOUNS,
    HYPOTHETICAL,
    LABELS,
    NAMED_HELD,
    NAMED_VICTIM_VERBS,
    NEGATION,
    PASSIVE,
    PEOPLE,
    PERSON,
    QUALIFIER_AFTER,
    QUALIFIER_BEFORE,
    THINGS,
    TOLL_NOUNS,
)
from .numbers import Number


def _alternation(words: list[str]) -> str:
    """A regex alternation, longest first so "shot dead" wins over "shot".

    Spaces become `\\s+` so the fragments work in verbose patterns and across line breaks.
    """
    return "|".join(w.replace(" ", r"\s+") for w in sorted(set(words), key=len, reverse=True))


def _by_metric(table: dict[str, list[str]]) -> str:
    """Named groups, one per metric, so a match tells its metric by `lastgroup`."""
    return "|".join(f"(?P<{m}>{_alternation(ws)})" for m, ws in table.items() if ws)


PEOPLE_NOUN = _alternation(PEOPLE)
THING_NOUN = _alternation(THINGS)
QUAL_BEFORE = _alternation([w for ws in QUALIFIER_BEFORE.values() for w in ws])
QUAL_AFTER = _alternation([w for ws in QUALIFIER_AFTER.values() for w in ws])

# Auxiliaries and adverbs that may stand between a subject and its participle.
AUX = (
    r"(?:were|was|are|is|have|has|had|been|being|be|got|get|reportedly|also|all|now|currently|later|"
    r"so\s+far|allegedly|then|subsequently|already|since|recently|(?:believed|estimated)\s+to|said\s+to|"
    r"feared(?:\s+to)?|thought\s+to|known\s+to|known\s+or|presumed\s+to|confirmed|who|that|either|each|reported|officially|"
    r"just|eventually|among\s+them|in\s+total|in\s+all|altogether|gone|went|left|remain|remains|still|"
    r"remained|(?:recogni[sz]ed|considered|classed|listed|designated|held|counted)\s+as|"
    r"may|might|could|would|will|"
    r"(?!currently)[a-z-]+ly)"
)
# An aside between a number and its verb: ", aged 11 to 84," "— 37 men and five women —".
ASIDE = (
    # an aside has no passive verb of its own, unless in a relative clause: ", who are accused of ..."
    r"(?:\s*,(?![^,;]*\b(?:were|was|are|is|have\s+been|has\s+been|had\s+been)\s+\w+ed\b)[^,;]{1,70},|"
    r"\s*,(?=[^,;]*\b(?:who|which)\b)[^,;]{1,70},|"
    # a list of its parts: ", four doctors, a nurse and a pharmacist,"
    r"\s*,(?![^;]*?\b(?:were|was|are|is|have\s+been|has\s+been|had\s+been)\s+\w+ed\b[^;]*?,\s+and\b)"
    r"(?:[^,;]{1,40},){1,4}[^,;]{0,40}\band\s+[^,;]{1,40},|"
    r"\s+[—–]\s*[^—–]{1,90}?\s*[—–]|\s+--\s[^-]{1,90}?\s--|\s+-\s(?:[^-]|(?<=\w)-(?=\w)){1,90}?\s-(?=\s)|"
    r"\s*\([^)]{1,90}\)|"
    r"\s+aged\s+\d{1,3}(?:\s*,\s*\d{1,3})*(?:\s*,?\s*(?:and|to)\s+\d{1,3}))"  # "aged 17, 19 and 20", no commas
)
# A short place, origin or errand phrase after the noun: "from the village", "in Mandalay",
# "heading for Britain", "suspected of people smuggling".
PLACE = (
    r"(?:\s+(?:from|in|at|of|across|near|inside|outside|around|on|during|throughout|over|heading\s+for|"
    r"headed\s+for|bound\s+for|travelling\s+to|traveling\s+to|suspected\s+of|accused\s+of)"
    r"\s+(?:(?:the|a|an|its|their|his|her)\s+)?[\w'-]+"
    # not over a clause or a count of its own ("at large and 32 others"), but "of the town's 6,000 residents"
    # and a one-digit label ("on a Line 2 train"), as wire style spells out counts under ten
    r"(?:\s+(?!(?:was|were|is|are|has|have|had|who|which|that|where|when)\b)(?:(?<=['’]s\s)|(?!\d\d))[\w'-]+){0,3}?"
    # or a body's whole name: "of the Philippine National Police Special Action Force", "of the Police and Army"
    r"|\s+of\s+the\s+(?-i:(?:[A-Z][\w'-]*\s+){0,6}[A-Z][\w'-]*(?:\s+and\s+(?:[A-Z][\w'-]*\s+){0,3}[A-Z][\w'-]*)?))"
)
# The whole a count is part of, before its noun: "150 OF THE 1,534 escapees", "2,000 OF THE TOWN'S ROUGHLY 6,000".
WHOLE_BEFORE_NOUN = (
    r"(?:\s+of\s+(?:the|these|those|all)\s+(?:[\w-]+['’]s\s+)?"
    r"(?:(?:roughly|about|some|nearly|around|more\s+than|over|at\s+least)\s+)?\d[\d,]*)"
)

# Words ending in -s that are not plural nouns.
NOT_PLURAL_NOUN = (
    r"was|has|this|thus|his|hers|its|yes|less|unless|across|plus|does|goes|whereas|perhaps|hospitals|"
    r"always|sometimes|towards|afterwards|besides|[a-z]+ous|[a-z]+ss"
)
# The noun a count is of: a people word, or any plural that is not a thing ("coordinators"),
# after up to three modifiers that are not verbs or conjunctions, perhaps in quotes ("13 'innocent
# civilians'"); or one person as the last part of a group ("seven civilians and one police OFFICER").
_PLURAL_HEAD = (
    rf"(?:(?:{PEOPLE_NOUN})\b|(?!(?:{THING_NOUN}|{NOT_PLURAL_NOUN})\b)[a-z]{{2,}}(?:s|men|ren)\b)"
)
_ONE_HEAD = rf"(?:{_alternation(PERSON)})\b"
NOUN_PHRASE = (
    rf"(?:\s+[\"“‘']?(?!(?:and|or|but|said|says|while|who|which|that|were|was|had|have|as|after|when|before)\b)"
    rf"(?:(?:[a-z]\.){{2,}}|[a-z][\w'-]*(?:\s+and\s+(?!(?:{PEOPLE_NOUN}|that|who|which|then)\b)[a-z][\w'-]*(?=\s+[a-z]))?))"
    rf"{{0,3}}?\s+[\"“‘']?(?:{_PLURAL_HEAD}|{_ONE_HEAD})[\"”’']?(?:\s+(?:and|or)\s+(?:[a-z][\w'-]*\s+)?{_PLURAL_HEAD})?"
)
# A relative clause between a subject and its verb: "two men who had spent eight years in a
# secret jail WERE FREED", "Nikolas Cruz, who murdered 17 people in Parkland, Florida, WAS".
WHO_CLAUSE = (
    # not across a new count's clause: "24 putschists who were killed, AND 1,491 people were wounded"
    # nor across a speaker's verb: "X, who heads the department, said 4,500 people had been injured"
    r"(?:,?\s+(?:who|whose\s+\w+)\s+(?:(?!,?\s+and\s+(?:\d|more\s+than|some|about|at\s+least|nearly|another|a\s+further)|"
    r",\s+(?:said|says|told|added)\b)[^;]){1,160}?,?"
    r"(?=\s+(?:were|was|are|is|(?:have|has|had)(?:\s+(?:all\s+|since\s+|now\s+)?been)?|remain|remains|remained)\s))"
)
_SUBJECT = rf"""
    (?:\s*(?:{QUAL_AFTER}))?                          # 320+, or more
    (?:{WHOLE_BEFORE_NOUN})?                          # of the 1,534
    (?:{NOUN_PHRASE}(?:{WHO_CLAUSE})?)?               # people, anti-coup protesters who ...
    (?:{PLACE})?                                      # from the village
    (?:{ASIDE})?                                      # , aged 11 to 84,
    (?:{WHO_CLAUSE})?                                 # , including 27 schoolboys, who were abducted ...
    (?:{PLACE})?"""

# DETAINED: a count of people still held ("2,608 remain in detention"); tried before PASSIVE
# so that "are still being held" is not read as an arrest.
DETAINED_RULE = re.compile(
    rf"""^{_SUBJECT}
    (?:\s+(?:are|were|is|was|have|has|had|been|who|reportedly|(?:believed|thought|said)\s+to))*
    \s*,?\s+(?P<detained>{_alternation(PASSIVE["detained"])})\b""",
    re.VERBOSE | re.IGNORECASE,
)

# PASSIVE: number, optional noun, aside, place and auxiliaries, then the metric word.
PASSIVE_RULE = re.compile(
    rf"""^{_SUBJECT}
    (?P<aux>(?:\s+{AUX}\b)*)                          # have been, were reportedly
    \s*,?\s+(?:{_by_metric(PASSIVE)})\b
    """,
    re.VERBOSE | re.IGNORECASE,
)

# Attackers breaking people out of a prison: what follows is an escape.
JAILBREAK = re.compile(
    r"\b(?:stormed|attacked|raided|broke\s+into|overran|overrun)\b[^.;]{0,80}?\b(?:prisons?|jails?)\b", re.IGNORECASE
)
ASIDE_RE = re.compile(ASIDE)
# A participle that describes the people named right after it: "five detained extremist commanders".
ADJECTIVE_BEFORE_NOUN = re.compile(  # not a clause after it: "16 detained when officers repelled"
    rf"\s+(?:(?!(?:when|where|while|after|before|as|because|if|and|or|but|by)\b)[a-z][\w-]*\s+){{0,2}}?"
    rf"(?:{PEOPLE_NOUN})\b",
    re.IGNORECASE,
)
# Words before "buried" that say the people are not found yet.
UNFOUND = re.compile(r"\b(?:still|believed|feared|thought)\b", re.IGNORECASE)
# Verbs that are finite on their own: "four prisoners died and 61 were injured" is no
# participle waiting for a main verb.
FINITE = re.compile(r"died|perished|drowned|succumbed|fled|disappeared|lost\s+their\s+lives", re.I)
# A state told as estimated or believed is still a count, not a hypothesis.
REPORTED_STATE = re.compile(r"\b(?:believed|estimated|said|thought|known|feared|reported)\s+to\s+be\b", re.I)
# A finite verb later in the clause outranks a bare participle after the noun:
# "22,000 people arrested over the protests HAD BEEN PARDONED".
# A date inside a clause, which no count crosses: "during the riots of May 9, 2023".
_MONTH_NAME = (
    r"(?i:january|february|march|april|may|june|july|august|september|october|november|december|"
    r"jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)"
)
MONTH_DAY = rf"\b(?:{_MONTH_NAME}\.?\s+\d{{1,2}}\b(?:,\s+(?:19|20)\d\d\b)?|\d{{1,2}}\s+{_MONTH_NAME}\b)"
MAIN_VERB = re.compile(
    rf"""^(?:(?!\b(?:who|which|that|whom)\b|\band\s+(?:the\s+)?(?:rest|others?|another|many|some|all)\b)
    (?:[^.;:,\d]|\b(?:19|20)\d\d\b|{MONTH_DAY}|,(?!\s+(?:and|but|while)\b)(?![^,]*\b(?:said|says|say|told|showed|shows|reported|added)\b)[^,.;:\d]{{1,70}},))
    {{0,120}}?(?:,\s+)?(?:\b(?P<detained>{_alternation(PASSIVE["detained"])})\b|\b(?P<aux>(?:had|have|has|were|was|are|is|would|will|could|may|might|
    remain|remains|remained)(?:\s+(?:now|also|since|later|all|not|still|yesterday|today|then|formally|already))?
    (?:\s+(?:been|be|being))?)
    \s+(?:{_by_metric({**PASSIVE, "detained": []})})\b)""",
    re.VERBOSE | re.IGNORECASE,
)

# People told by what befell them or what they did, at more length than a place phrase holds, before the
# main verb: "Four men ACCUSED OF carrying out the shooting at the Crocus City Hall concert venue were charged".
POSTMODIFIED = re.compile(
    rf"^{NOUN_PHRASE}\s+(?:[a-z]+ed|accused|suspected|wanted)\s+(?:of|from|in|by|over|for|with|after|at|on)\b",
    re.IGNORECASE,
)

# An object right after a bare verb makes it active, not a participle: "judges ... convicted 14 activists".
OBJECT_AFTER = re.compile(
    r"\s+(?!(?:a|an|the|this|that)\s+(?:[\w-]+\s+)?(?:day|night|week|month|year|weekend|morning|afternoon|evening|"
    r"previous|following|same|next)\b)"  # not a time: "arrested the day before"
    r"(?:at\s+least\s+|more\s+than\s+|some\s+|about\s+|nearly\s+)?(?:\d|(?:a|an|the|his|her|their|its|two|three|"
    r"four|five|six|seven|eight|nine|ten|dozens|hundreds)\s)",
    re.IGNORECASE,
)
# ... and so does a verb of dying: "78 of the protesters detained after Monday's demonstration DIED".
DIED_LATER = re.compile(r"(?:(?!\b(?:who|which|that|whom)\b)[^.;:,\d]){0,120}?\b(?:died|perished|succumbed)\b", re.I)

# ACTIVE: the metric verb or noun right before the number, a qualifier between at most.
ACTIVE_RULE = re.compile(
    rf"""\b(?:{_by_metric(ACTIVE)})
    \s+(?:(?:{QUAL_BEFORE})\s+)?                       # killed at least
    (?:(?:a\s+total\s+of|another|an\s+additional|a\s+further|the(?:\s+(?:last|remaining|first))?|some|all|only|just|
         nearly\s+all|his|her|their|its|(?:the\s+)?[\w-]+['’]s)\s+)?       # detained the club's three owners
    \(?$""",
    re.VERBOSE | re.IGNORECASE,
)

# A count of acts followed by whom they befell, which outranks any verb after: "153 deaths of people held".
COUNT_NOUN_OF = re.compile(rf"^\s+(?:[a-z][\w-]*\s+)?(?:{_by_metric(COUNT_NOUNS)})\s+of\b", re.IGNORECASE)

_PASSIVE_ANY = _alternation([w for ws in PASSIVE.values() for w in ws])

# TOLL: a running-count noun, then a linking verb or preposition, then the number.
TOLL_RULE = re.compile(
    rf"""^.*\b(?P<noun>{_alternation([w for ws in TOLL_NOUNS.values() for w in ws])}
         |(?:number|total|list|count|tally)\s+(?:of\s+)?(?:[\w-]+\s+){{0,10}}(?:{_PASSIVE_ANY}))
    \b(?:[^.;:!?]|\.\d|(?<=\b[A-Z][a-z]{{2}})\.\s|\([^()]{{0,60}}\)){{0,160}}?  # "7.8-magnitude", "Jan. 20", "(a: b)"
    \b(?:rose|risen|rising|rises|rise|climbed|climbing|climbs|jumped|jumps|increased|reached|reaching|reach|
       reaches|hit|hits|stood|stands|passed|passes|passing|topped|tops|exceeded|exceeds|surpassed|
       surpasses|crossed|crosses|approached|approaches|neared|nears|swelled|soared|is|was|are|
       were|at|to|of|now|totals?|totalled|totaled|numbered|numbers|past|above|beyond|over|rang(?:e|es|ed)\s+from)
    \s+(?:(?:{QUAL_BEFORE})\s+)?(?:about\s+)?[(\'"“‘]?$""",  # "put the toll at 'between 200 and 300'"
    re.VERBOSE | re.IGNORECASE,
)

# WITH-WOUNDS: people with their wounds, no verb: "160 patients with injuries", "more than
# 400 people with eye injuries". The noun must come right after the number.
WITH_WOUNDS = re.compile(
    rf"^\s+(?:[a-z][\w-]*\s+)?(?:{PEOPLE_NOUN})\s+with\s+(?:[\w-]+\s+){{0,3}}?(?:injuries|wounds)\b",
    re.IGNORECASE,
)

# COUNT-NOUN: a count of acts, with a word or two describing them: "almost 1,000 arbitrary
# arrests", "22 other deaths in police custody", "200 enforced disappearances".
COUNT_NOUN = re.compile(
    rf"^\s+(?:cases\s+of\s+(?:[a-z][\w-]*\s+){{0,3}}?|(?:(?!(?:and|or|of|people|persons)\b)[a-z][\w-]*\s+){{1,2}}?)"
    rf"(?:{_by_metric(COUNT_NOUNS)})\b",  # "1,000 arbitrary arrests", "32 cases of enforced disappearances"
    re.IGNORECASE,
)
# A part of the dead stays dead, whatever is told of it after: "at least seven of the dead
# were shot on Tuesday" (but "one of the wounded died" is a death).
OF_THE_DEAD = re.compile(r"^\s+of\s+the\s+(?:dead|killed|slain)\b", re.IGNORECASE)

# LIVES: "the quake claimed more than 2,000 lives", "the war has cost 10,000 lives".
LIVES_BEFORE = re.compile(
    rf"\b(?:claim(?:ed|ing|s)?|cost(?:ing|s)?|t(?:ook|aken|aking|akes)|loss\s+of)\s+(?:(?:{QUAL_BEFORE})\s+)?$",
    re.IGNORECASE,
)
LIVES_AFTER = re.compile(r"^\s+(?:[a-z]+\s+)?lives\b", re.IGNORECASE)
# The bare participle of a headline right after the held: "18 political prisoners PARDONED".
BARE_ACT = re.compile(rf"\s+(?:{_by_metric({m: ws for m, ws in PASSIVE.items() if m != 'detained'})})\b", re.IGNORECASE)
INMATES = re.compile(r"^\s+(?:inmates|prisoners|convicts)\b", re.IGNORECASE)
RESCUED_BEFORE = re.compile(
    rf"\b(?:rescued|rescuing|freed|recovered|received|receives)\s+(?:(?:{QUAL_BEFORE})\s+)?$", re.IGNORECASE
)
CAPTIVE_AFTER = re.compile(
    r"^\s+(?:[\w-]+\s+){0,4}?(?:kidnapped|abducted|hostages|captives|held\s+(?:hostage|captive))\b", re.IGNORECASE
)
LOST_BEFORE = re.compile(rf"\b(?:lost|losing|loses)\s+(?:(?:{QUAL_BEFORE})\s+)?$", re.IGNORECASE)
PEOPLE_AFTER = re.compile(rf"^\s+(?:[a-z][\w-]*\s+)?(?:{PEOPLE_NOUN})\b", re.IGNORECASE)

# TOLL, inverted: the number before the count it brings up to date: "bringing to more than
# 500 the number arrested since June", "taking to 40 the toll of people killed".
INVERTED_BEFORE = re.compile(
    rf"\b(?:bringing|taking|raising|pushing|putting|brings|brought|takes|took|raises|raised|pushed|"
    rf"puts|put)\s+(?:to|at)\s+(?:(?:{QUAL_BEFORE})\s+)?$",
    re.IGNORECASE,
)
INVERTED_AFTER = re.compile(
    rf"^\s+the\s+(?:overall\s+|total\s+|official\s+)?(?:number|total|toll|tally|count)\s+(?:of\s+)?"
    rf"(?:[\w-]+\s+){{0,3}}?(?:{_by_metric(PASSIVE)})\b",
    re.IGNORECASE,
)

# RESTATED: a count that names no metric, only "the number" or "the figure" of the count told
# just before: "The ministry put the number at 700", "activists say the real figure is above 600",
# "Foro Penal documented 11 deaths, while Provea counted at least 20". It takes that count's metric.
RESTATED_BEFORE = re.compile(
    rf"""(?:\b(?:put|puts|putting|placed|places|placing|gave|gives|giving|estimated|estimates|set|sets)\s+
           (?:the|its|their|his|her|this|that|[\w'’-]+['’]s)\s+(?:[\w-]+\s+)?(?:number|figure|count|tally|total)\s+
           (?:at|as)
        |\bthe\s+(?:real|true|actual|final|overall|official|higher|lower)\s+(?:number|figure|count|tally|total)\s+
           (?:is|was|may\s+be|could\s+be|stands\s+at|stood\s+at)
        |\b(?:counted|recorded|documented|tallied)
        |\b(?:put|putting|puts|placed|placing)\s+it\s+at

        |\b(?:bringing|brings|brought|taking|takes|took)\s+(?:the|its|their)\s+(?:overall\s+)?(?:total|tally|count)
           (?:\s+(?:since|so\s+far|to\s+date|for|in|across)\b[^,.;:\d]{{0,40}}?)?\s+to
        |\b(?:its|their|his|her)\s+(?:own\s+)?(?:count|tally|figure|number)\s+(?:stands|stood|is|was|rose|reached)
           (?:\s+at)?
    )\s+(?:(?:{QUAL_BEFORE})\s+)?$""",
    re.VERBOSE | re.IGNORECASE,
)
RESTATED_AFTER = re.compile(r"^\s*(?:[,.;:!?)]|$|\s(?:and|but|while|in|on|by|across|since|so\s+far)\b)")
# A count set against the one told before, of the same kind: "263 officers were injured, against 23 civilians",
# "45 were injured, against 79 the previous night".
AGAINST_BEFORE = re.compile(r",\s+against\s+$", re.IGNORECASE)
AGAINST_AFTER = re.compile(
    rf"^(?:\s+(?:[a-z]+\s+)?(?:{PEOPLE_NOUN}))?\s*(?:[,.;:!?)]|$|\s(?:the\s+(?:previous|day|night)|on|in)\b)",
    re.IGNORECASE,
)

# A cheap look for any count noun before trying TOLL, whose backtracking costs more.
TOLL_HINT = re.compile(
    r"toll|number|total|death|dead|fatal|kill|execution|arrest|detention|detainee|prisoner|release|"
    r"prosecution|indictment|conviction|sentence|disappearance|refugee|displace|injur|casualt|list\s+of",
    re.IGNORECASE,
)

# LABEL: a figure under a label, as in briefing tables and lists: "Killed: 5,414",
# "Arrested - 27,089", "those killed by the regime (5,414), arrested (27,089)".
LABEL_RULE = re.compile(
    rf"\b(?P<noun>{_alternation([w for ws in LABELS.values() for w in ws])})\b"
    r"(?:\s*\([^)]{0,30}\)\s*[:=—–-]|(?:\s+[\w-]+){0,3}\s*[:=—–-]|[^():;,.]{0,16}\()\s*\(?$",
    re.IGNORECASE,
)
# A label line of a briefing may say more before its colon: "Killed in connection with the
# protests: 4", "Detained at protests since 9 August: more than 13,000".
# A label in a bar-separated line, with no colon: "| Dead 15,899 | Missing 2,526".
BAR_LABEL_RULE = re.compile(
    rf"(?:^|[|•])\s*(?P<noun>{_alternation([w for ws in LABELS.values() for w in ws])})\s*$", re.IGNORECASE
)
LABEL_LINE_RULE = re.compile(
    rf"^\s*(?P<noun>{_alternation([w for ws in LABELS.values() for w in ws])})\b(?:\s+[\w'-]+){{0,7}}"
    rf"\s*:\s*(?:(?:{QUAL_BEFORE})\s+)?$",
    re.IGNORECASE,
)

# Hostages rescued or freed are released: "a total of 354 hostages were rescued".
HOSTAGES_FREED = re.compile(
    r"^\s+(?:[\w-]+\s+)?(?:hostages|captives)\s+(?:were|have\s+been|had\s+been)\s+(?:rescued|freed|released)\b",
    re.IGNORECASE,
)
# People held by kidnappers are missing, whatever the verb that holds them.
HOSTAGES = re.compile(r"^\s+(?:[\w-]+\s+)?(?:hostages|captives)\b", re.IGNORECASE)

# FORCED: displacement told as "forced/drove N people from their homes", "N to flee".
FORCED_RULE = re.compile(
    rf"\b(?:forced|forcing|forces|force|driven|drove|driving|drives|pushed|pushing|sent)\s+"
    rf"(?:(?:{QUAL_BEFORE})\s+)?$",
    re.IGNORECASE,
)
FORCED_TAIL = re.compile(
    rf"^(?:{NOUN_PHRASE})?\s+(?:(?:from|out\s+of)\s+(?:their\s+)?homes|to\s+flee|into\s+exile)",
    re.IGNORECASE,
)

# VERB ... TAIL: an act told by a verb before the count and words after it: "took N protesters into
# custody", "named six people as suspects". Each row: metric, verb before, words after.
VERB_TAIL = [
    ("arrested", r"took|taken|take|takes|taking", r"into\s+(?:police\s+|military\s+)?custody"),
    ("charged", r"named|naming|names", r"as\s+(?:criminal\s+)?suspects"),
    ("injured", r"received|receiving|admitted|admitting",
     r"(?:patients|wounded|injured|casualties|(?!bodies)[a-z]+\s+with\s+(?:burns|injuries|wounds|gunshot\s+wounds))\b"),
    ("released", r"let|lets|letting", r"go\b"),  # "let nine other hostages go"
    ("missing", r"registered|registering|listed|listing", r"as\s+missing"),  # "registered 300 people as missing"
    ("detained", r"recogni[sz]es|recogni[sz]ed|recogni[sz]e|lists|listed|considers", r"as\s+political\s+prisoners"),
    # "shot, hacked and burned 46 fellow inmates to death"
    ("killed", r"burned|burnt|beat|beaten|hacked|stabbed|stoned|clubbed|crushed|trampled|starved|tortured",
     r"to\s+death\b"),
]
VERB_TAIL_RULES = [
    (
        metric,
        re.compile(rf"\b(?:{verb})\s+(?:(?:{QUAL_BEFORE})\s+)?$", re.IGNORECASE),
        re.compile(rf"^(?:{NOUN_PHRASE})?\s+{tail}", re.IGNORECASE),
    )
    for metric, verb, tail in VERB_TAIL
]

# SUBCOUNT: part of a count named before it: "of them 82", "including 18 on Sunday".
SUBCOUNT_RULE = re.compile(
    rf"(?:\bof\s+(?:them|those|whom|these|which)|\bamong\s+(?:them|those|whom|the\s+\w+)|"
    rf"\bincluding|\bwith|(?<=\d)\s*\()\s*,?\s*(?:(?:{QUAL_BEFORE})\s+)?(?:at\s+least\s+)?$",
    re.IGNORECASE,
)
SUBCOUNT_AFTER = re.compile(
    r"^\s+of\s+(?:them|whom|those|these|the\s+(?:dead|victims|injured|wounded|killed|detainees|prisoners))\b,?",
    re.IGNORECASE,
)
# A sub-count is a figure of its own when it names its own day or period ("including 18 on
# Sunday", "29 of them in the past three months"); one that names a place ("700 of them in
# the capital") is a breakdown of the total, which series would count twice.
SUBCOUNT_TAIL = re.compile(
    r"^\s*(?:[\w'-]+\s+)?(?:(?:in|at)\s+(?:the\s+)?[^,;]{1,50}?\s+)?(?:on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the\s+\w+)|"
    r"during|yesterday|today|last|this|overnight|since|"
    r"in\s+the\s+(?:past|last|first|previous)|(?:in|on)\s+(?:january|february|march|april|may|june|july|"
    r"august|september|october|november|december|\d+))\b",
    re.IGNORECASE,
)

# What a number is when the words around it make it a non-figure.
NOT_A_COUNT_AFTER = re.compile(
    rf"""^(?:
        \s*-?\s*(?:year|month|week|day)s?[\s-]*old       # a 23-year-old
      | -(?:year|month|week|day|hour|minute|mile|km|metre|meter|strong|member|storey|point)\b
      | \s*(?:%|percent|per\s*cent|pc\b)                 # 16 per cent
      | \s*(?:a\.m\.|p\.m\.|am\b|pm\b|o'clock|hrs\b|gmt|utc)  # 3 pm
      | :\d                                              # 10:30
      | \s+(?:(?-i:[A-Z])[\w-]+\s+|(?!and\b|or\b)[a-z][\w-]+\s+)?(?:{THING_NOUN})\b  # 4 trucks, 7 Ecuadorian prisons
        (?!\s+of\s+(?:[a-z][\w-]*\s+){{0,3}}?(?:disappearances?|abductions?|kidnappings?)\b)  # not "cases of abduction"
      | \s+(?:[\w-]+\s+)?(?:years?|months?|weeks?|days?|nights?|hours?)\s+(?:in|of|behind|ago|later|after|before)\b
      | (?:st|nd|rd|th)\b                                # 75th
      | \s*(?:kyat|dollars?|euros?|pounds?|rupees?|taka|shillings?|rials?|yuan|baht|usd|mmk)\b
      | \s+missing[\s-]persons?\s+(?:reports?|cases|complaints|calls)   # 4,024 missing person reports
      | \s+(?:in|out\s+of)\s+(?:every\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten)  # a share: three in four
        \s+(?:of\b|(?:[a-z][\w-]*\s+)?(?:{PEOPLE_NOUN})\b)
    )""",
    re.VERBOSE | re.IGNORECASE,
)
# A call for a release, which has not happened: "a crowd demanding the release of ...".
CALL_FOR_RELEASE = (
    r"\b(?:demand(?:s|ed|ing)?|call(?:s|ed|ing)?\s+for|urg(?:e|es|ed|ing)|press(?:es|ed|ing)?\s+for|seek(?:s|ing)?|"
    r"sought|appeal(?:s|ed|ing)?\s+for)\s+(?:the\s+)?(?:(?:immediate|unconditional|swift)\s+(?:and\s+)?)*"
    r"release\s+of\s+"
)
NOT_A_COUNT_BEFORE = re.compile(
    r"""(?:
        [$£€¥]\s*|\b(?-i:US|Rs|KSh|Ksh|MMK|USD|K)\$?\s*|\b(?:us|rs|ksh|mmk|usd|k)\$\s*  # $500, US$ 3; not "told us 15"
      | \b(?:no|nos|number|section|article|articles|chapter|page|paragraph|clause|law|order|
           resolution|flight|route|highway|road|block|ward|room|phase|level|grade|class|aged|
           age|ages|ages\s+of|age\s+of|under|over\s+the\s+age\s+of|years?|decree|act|item|
           unit|platoon|division|brigade|battalion|regiment|precinct|district|zone|sector|pavilion|wing|cell|
           bus|train|line|gate|terminal|building|floor|code|tel|phone|call|call\s+to|dial(?:l?ed)?|share|shares|
           comments?|likes?|views?|vol|volume|issue|episode|season|covid)\.?\s*
      | \b(?:father|mother|parent|grandfather|grandmother)\s+of\s+  # a father of two
      | \b(?:built|designed|meant|intended|(?:large|big)\s+enough|room)\s+  # a capacity
           (?:to\s+(?:hold|house)|for)\s+(?:some\s+|about\s+)?
      | \bcapacity\s+(?:of|for)\s+(?:some\s+|about\s+)?
      | \b(?:crowds?|gatherings?|congregations?)\s+of\s+  # a crowd's size
           (?:more\s+than\s+|some\s+|about\s+|around\s+|up\s+to\s+)?
      | \baged\s+\d{1,3}(?:\s*,\s*\d{1,3})*\s*(?:,\s*|\s+and\s+|\s+to\s+)  # "aged 17, 19 and 20": ages
      | \bcaus(?:ing|ed|e)\s+(?:the\s+)?deaths?\s+of\s+(?:more\s+than\s+)?  # a charge: "causing the deaths of"
      | \bas\s+(?:young|old)\s+as\s+                   # boys as young as 15
      | \b(?:half|third|quarter|most|many|majority|minority|several|few|dozens|hundreds|scores|thousands)\s+of\s+
           (?:the|these|those)\s+(?:more\s+than\s+|some\s+|about\s+|nearly\s+)?  # half of the 80
      | \breturn(?:\s+home)?\s+of\s+(?:more\s+than\s+|some\s+|about\s+|nearly\s+)?  # returnees are no longer displaced
      | \b(?:city|town|country|nation|province|region|village|island|population)\s+of\s+  # a place's size
           (?:more\s+than\s+|some\s+|about\s+|around\s+|nearly\s+|over\s+|roughly\s+)?
      | """ + CALL_FOR_RELEASE + r"""(?:all\s+)?(?:the\s+)?  # a call for a release, which has not happened
      | \b(?:interviewed|spoke\s+(?:to|with)|talked\s+to|met\s+with|surveyed|identified|visited)\s+ # heard, not counted
      | \b(?:\d+|one|two|three|four|five|six|seven|eight|nine)\s+(?:in|out\s+of)\s+(?:every\s+)?  # a share
      | \+\s*                                             # +95 (a phone number)
      | \w-                                               # COVID-19, 505-A (not a dateline's " - ")
    )$""",
    re.VERBOSE | re.IGNORECASE,
)
MONTHS = (  # "600 may have been killed", "thousands march": no dates
    r"(?:january|february|(?-i:March)|april|(?-i:May)|june|july|august|september|october|november|"
    r"december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?"
)
DATE_BEFORE = re.compile(rf"\b{MONTHS}\s*$", re.IGNORECASE)
DATE_AFTER = re.compile(rf"^(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTHS}(?!\w)", re.IGNORECASE)
NAME_AGE = re.compile(r"[A-Z][\w'.-]+,\s*$")  # "Kyal Sin, 19," : an age after a name
NEGATED = re.compile(
    rf"\b(?:{_alternation(NEGATION)})\s+(?!(?:counting|including|include|includes)\b)(?:[\w-]+\s+)?$|"
    r"\bnone\s+of\s+(?:the|these|those|its|their)\s+$",  # "None of the 320 police officers ... was killed"
    re.IGNORECASE,
)
# Case-sensitive: "May 20" is a date, "may" a modal.
HYPOTHESIS = re.compile(rf"(?<![\w-])(?:{_alternation(HYPOTHETICAL)})(?![\w-])")  # not "at-risk children"

# One victim in words: "a man was shot dead", "Seven-year-old girl shot dead",
# "Kyal Sin, 19, was killed", "a 23-year-old was shot dead".
# One still held comes first, before "held" reads as an arrest: "The mayor, 53, has been held in
# Silivri prison since Sunday".
_SINGLE = {
    "detained": NAMED_HELD,
    # plural nouns ("deaths", "deaths?(?! sentences)") never tell one victim
    **{m: [w for w in ws if not re.search(r"(?:s|s\?|ies)(?:\(\?!.*\))?$", w)] for m, ws in PASSIVE.items()
       if m != "detained"},
}
_SINGLE["displaced"] = []
VICTIM_RULE = re.compile(
    rf"""(?P<np>
        \b(?:a|an|one|the|its|his|her|their|another|a\s+further)\s+(?:[\w-]+-year-old\s+)?
        (?:[a-z][\w'’-]*\s+|[A-Z][a-z]+(?:an|ian|ese|ish|i)\s+){{0,2}}?  # "the boat's Tunisian captain"
        (?:{_alternation(PERSON)})(?P<who>\s+who\s+(?:[^,.;]|,\s(?=\d{{4}})|(?<=\b[A-Z])\.){{1,120}}?(?=\s+(?:was|has\s+been|had\s+been|is|
            (?:has|had)\s+(?:died|succumbed)|died|succumbed|perished)\b)|\s+\w+ing\s+(?:with|in|on|at|from|to|near)\s+[^,.;]{{1,40}}?
            (?=\s+(?:was|has\s+been|had\s+been)\b))?
        |\b(?:a|an)\s+[\w-]+-year-old
        |(?:^|\b)(?:[A-Z][\w-]*-year-old|[\w-]+-year-old)(?:\s+[a-z][\w-]*)?\s+(?:{_alternation(PERSON)})
        |^(?:[A-Z][\w-]*\s+){{0,2}}?(?:{_alternation(PERSON)})
        |\b[A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+){{0,3}},\s*(?:aged\s+)?\d{{1,2}},
    )
    (?:{PLACE})?
    (?:{ASIDE})?
    (?:{PLACE})?
    (?P<aux>(?:\s+(?:was|has\s+been|had\s+been|is|reportedly|also|later|allegedly|
         (?:has|had)(?=\s+(?:died|succumbed|perished))))+)?  # "has died", not "had shot dead his father"
    \s+(?:{_by_metric(_SINGLE)})\b
    (?(aux)|(?!\s+(?:to\s+)?(?:\d|(?:a|an|the|his|her|their|at\s+least|more\s+than|some|about|nearly|dozens|
         hundreds|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b)))  # "a gunman killed 11" """,
    re.VERBOSE | re.IGNORECASE,
)
# One or two victims as the object of a metric verb: "hanged a 23-year-old man",
# "killing a woman and her daughter", "had arrested a man in his 60s".
_ONE_PERSON = (
    rf"(?:a|an|one|the|his|her|their|its)\s+(?:[\w-]+-year-old\s+)?(?:[a-z][\w-]*\s+){{0,2}}?"
    rf"(?:{_alternation(PERSON)})\b"
)
VICTIM_OBJECT_RULE = re.compile(
    rf"""\b(?:{_by_metric({m: ws for m, ws in ACTIVE.items() if m != "detained"})})\s+
    (?:(?:publicly|also|then|later)\s+)?
    (?P<np>{_ONE_PERSON}(?:\s+of\s+(?:the\s+|a\s+)?[\w-]+(?:\s+[\w-]+)?)?
      (?P<second>\s+and\s+(?:{_ONE_PERSON}|(?:[a-z][\w-]*\s+)?(?:{_alternation(PERSON)})\b))?)""",
    re.VERBOSE | re.IGNORECASE,
)
# One person by name, after up to five words of title: "former prime minister Sheikh
# Hasina", "Nobel Peace Prize laureate Ales Bialiatski". A title word is no preposition and
# no plural of people ("Reuters journalists Wa Lone and ..." counts two, not one); the name
# is two to four capitalised words not followed by a word for people ("Reuters journalists",
# "Wall Street Journal reporter"), a possessive or more of an organisation's name ("National
# League for Democracy").
_TITLE_WORD = (
    r"(?!(?:in|on|at|from|of|for|to|with|by|near|during|after|before|since|until|as|when|while|amid|"
    r"under|over|across|against|among|between|than|into|about|around|outside|inside|following|"
    r"including|and|or|but|if|because|who|that|which|said|says|told|according|a|an|is|are|was|were|"
    rf"has|have|had|been|{_alternation([w for w in PEOPLE if w.endswith('s')])})\b)(?:(?:[A-Z]\.){{2,}}|[\w'’-]+)"
)
_NAME = r"[A-ZÀ-ÖØ-Þ][\w'’.-]+(?:\s+(?:(?:al|el|bin|ibn|de|da|dos|van|von|der)[\s-]+)?[A-ZÀ-ÖØ-Þ][\w'’.-]+){1,3}"
_NAMED = (
    rf"(?:(?:the\s+)?{_TITLE_WORD}\s+){{0,5}}?{_NAME}"
    rf"(?![\w'’.-]|\s+[A-Z]|\s+(?:[a-z][\w-]*\s+)?(?:{PEOPLE_NOUN}|{_alternation(PERSON)})\b|['’]s?\b|"
    rf"\s+(?:for|of)\s+[A-Z])"
)
VICTIM_NAMED_OBJECT_RULE = re.compile(
    rf"""\b(?:{_by_metric(NAMED_VICTIM_VERBS)})\s+
    (?P<np>{_NAMED}(?:(?P<listed>(?:,\s+{_NAMED}){{1,4}},?\s+and\s+{_NAMED})|(?P<second>(?:{ASIDE})?,?\s+and\s+{_NAMED}))?)
    (?:\s+and\s+(?P<more>\S+)(?=\s+(?:[\w-]+\s+){{0,2}}?(?:{PEOPLE_NOUN})\b))?  # "... and three former ministers"
    """,
    re.VERBOSE,
)
# The same person as the subject of a singular passive, opening the sentence, after a role
# and before asides: "Former prime minister Khaleda Zia was freed on Tuesday", "Her home
# minister, Asaduzzaman Khan Kamal, who is also in India, was sentenced to death", "Sohel
# Rana remains in jail".
VICTIM_NAMED_RULE = re.compile(
    rf"""^(?:(?:[\w'’-]+\s+){{0,4}}[\w'’-]+,\s+)?(?P<np>{_NAMED})(?P<who>{WHO_CLAUSE})?(?:{ASIDE}(?:[^,;]{{1,70}},)?)?
    ,?\s+(?:(?:was|has\s+been|had\s+been)\s+(?:(?:briefly|later|also|reportedly|allegedly|then|formally)\s+)?
    (?:{_by_metric(NAMED_VICTIM_VERBS)})|(?P<detained>{_alternation(NAMED_HELD)}))\b""",
    re.VERBOSE,
)
# One named or described victim who died: "Roman Bondarenko, a 31-year-old art teacher,
# died in hospital"; the age phrase must open the sentence, where the subject stands.
VICTIM_DIED_RULE = re.compile(
    r"""^(?P<np>(?:[A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+){0,3},\s+)?(?:a|an|the)?\s*[\w-]+-year-old\b)
    [^.;]{0,160}?,?\s+(?:died|was\s+killed|was\s+shot\s+dead|was\s+beaten\s+to\s+death|
    succumbed)\b""",
    re.VERBOSE | re.IGNORECASE,
)

# The same people's next act, told by a second verb: "was arrested on Wednesday AND CHARGED on Thursday".
SECOND_ACT = re.compile(
    rf"(?:\s+(?:on\s+\w+|yesterday|last\s+\w+|late\s+on\s+\w+))?,?\s+and\s+(?:was\s+|were\s+|later\s+|then\s+|"
    rf"subsequently\s+)*(?:{_by_metric(NAMED_VICTIM_VERBS)})\b"
    # not a verb with a count of its own: "shot dead a protester and wounded at least 13 others"
    r"(?!\s+(?:at\s+least|more\s+than|about|some|nearly|up\s+to|over|\d|(?:a|an|the|his|her|their|its|one|two|three|"
    r"four|five|six|seven|eight|nine|ten|dozens|scores|hundreds)\b))",
    re.IGNORECASE,
)
# One body found: "the body of a man, also believed to be a migrant, had been found in a field".
VICTIM_BODY_RULE = re.compile(
    rf"""\b(?P<np>(?:the\s+)?(?:body|remains)\s+of\s+(?:a|an|one)\s+(?:[\w-]+\s+){{0,2}}?(?:{_alternation(PERSON)}))\b
    (?:[^.;]{{0,80}}?)\b(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:later\s+)?
    (?:found|recovered|pulled|retrieved|discovered|washed\s+ashore|exhumed)\b""",
    re.VERBOSE | re.IGNORECASE,
)


@dataclass(frozen=True)
class Match:
    """A metric tied to a number by a named rule."""

    metric: str
    rule: str
    subcount: bool = False


QUALIFIER_BEFORE_RES = {
    name: re.compile(rf"\b(?:{_alternation(words)})\s+(?:a\s+total\s+of\s+)?\(?$", re.IGNORECASE)
    for name, words in QUALIFIER_BEFORE.items()
}
QUALIFIER_AFTER_RES = {
    name: re.compile(rf"\s*(?:{_alternation(words)})", re.IGNORECASE)
    for name, words in QUALIFIER_AFTER.items()
}


def qualifier_of(sentence: str, n: Number) -> tuple[str, int, int]:
    """The qualifier of a number and the span it covers with its qualifier words.

    >>> s = "more than 320 people, nearly 3,000, 600+ and between 10 and 15"
    >>> from tracker.extract.numbers import find_numbers
    >>> [qualifier_of(s, n)[0] for n in find_numbers(s)]
    ['at_least', 'at_most', 'at_least', 'approx']
    """
    start, end = n.start, n.end
    qualifier = "approx" if n.low is not None or n.vague else "exact"
    lo = max(0, n.start - 40)
    for name, pattern in QUALIFIER_BEFORE_RES.items():
        if m := pattern.search(sentence, lo, n.start):
            qualifier, start = name, m.start()
            break
    for name, pattern in QUALIFIER_AFTER_RES.items():
        if m := pattern.match(sentence, n.end, n.end + 20):
            qualifier, end = name, m.end()
            break
    return qualifier, start, end


def is_count(sentence: str, n: Number) -> bool:
    """Whether the words around a number allow it to be a head count at all.

    >>> from tracker.extract.numbers import find_numbers
    >>> s = "a 23-year-old, 16 per cent, $500, 3 pm, March 14, the 2020 study, 4 trucks, 42 people"
    >>> [s[n.start:n.end] for n in find_numbers(s) if is_count(s, n)]
    ['42']
    """
    before, after = sentence[max(0, n.start - 80) : n.start], sentence[n.end : n.end + 80]
    if NOT_A_COUNT_AFTER.match(after) or NOT_A_COUNT_BEFORE.search(before):
        return False
    if DATE_BEFORE.search(before) or DATE_AFTER.match(after):
        return False
    if _is_year(n, sentence) or (NAME_AGE.search(before) and after.startswith(",")):
        return False
    if n.words and n.value == 1 and re.match(r"\s+of\s+the\s+(?:\w+est|most|worst)\b", after, re.IGNORECASE):
        return False  # "in one of the deadliest incidents"
    return not (n.words and n.value == 1 and re.search(r"\bno\s+$", before, re.IGNORECASE))


def _is_year(n: Number, sentence: str) -> bool:
    text = sentence[n.start : n.end]
    years = re.findall(r"\b(?:19|20)\d\d\b", text)
    if not years or "," in text:
        return False
    return not re.match(rf"\s+(?:{PEOPLE_NOUN})\b", sentence[n.end :], re.IGNORECASE)


def metric_of(sentence: str, n: Number, before_clause: str) -> Match | None:
    """The metric a rule ties this number to, or None: the rules in order of strength.

    `before_clause` is the sentence text before the number within its clause, which keeps
    a verb from an earlier clause ("... were killed; 12 others") from reaching across.
    """
    before = sentence[max(0, n.start - NEAR) : n.start]  # verbs and labels stand close by
    after = sentence[n.end : n.end + WINDOW]
    sub = bool(SUBCOUNT_RULE.search(before_clause[-NEAR:]) or SUBCOUNT_AFTER.match(after))
    if m := ACTIVE_RULE.search(before):
        if HOSTAGES.match(after) and m.lastgroup in ("detained", "arrested", "missing"):
            return Match("missing", "active")  # "still holding at least 30 hostages", not "killed 50 hostages"
        if m.lastgroup == "detained" and INMATES.match(after):
            return None  # "the prison holds about 8,500 inmates": its population, not a count of the held
        if m.lastgroup == "released" and JAILBREAK.search(sentence, max(0, n.start - 160), n.start):
            return None  # "gunmen stormed the prison and freed 527 inmates": an escape, not a release
        return Match(m.lastgroup or "", "active")
    if m := COUNT_NOUN_OF.match(after):
        return Match(m.lastgroup or "", "count-noun", subcount=sub)  # "153 deaths of people held in custody"
    if RESCUED_BEFORE.search(before) and CAPTIVE_AFTER.match(after):
        return Match("released", "active")  # "rescued 137 pupils and staff kidnapped from a school"
    if FORCED_RULE.search(before) and FORCED_TAIL.match(after):
        return Match("displaced", "forced")
    for metric, verb, tail in VERB_TAIL_RULES:
        if verb.search(before) and tail.match(after):
            return Match(metric, "verb-tail")
    if HOSTAGES_FREED.match(after):
        return Match("released", "passive", subcount=sub)
    if OF_THE_DEAD.match(after):
        return Match("killed", "of-the-dead", subcount=True)
    if m := DETAINED_RULE.match(after):
        if bare := BARE_ACT.match(after, m.end()):  # "18 political prisoners pardoned", "Five detainees died"
            return Match(bare.lastgroup or "", "passive", subcount=sub)
        aside = ASIDE_RE.match(after, m.end())  # "another 322 detainees, 249 men and 73 women, were freed"
        main = MAIN_VERB.match(after[aside.end() if aside else m.end() :])
        if main and not HYPOTHESIS.search(main["aux"] or ""):  # "80 detainees were released": released
            return Match(main.lastgroup or "", "passive", subcount=sub)
        return Match("detained", "passive", subcount=sub)
    if m := PASSIVE_RULE.match(after):
        metric = m.lastgroup or ""
        participle = not FINITE.fullmatch(m[metric] or "")
        relative = set(m["aux"].lower().split()) <= {"that", "who", "which"}
        if participle and relative and OBJECT_AFTER.match(after, m.end()):
            return None  # "judges ... convicted 14 activists", "men accused of the attack that killed 139 people"
        if participle and not m["aux"].strip() and (main := MAIN_VERB.match(after[m.end() :])):
            if HYPOTHESIS.search(main["aux"] or ""):
                return None  # "5,600 people arrested ... would be released"
            if not (metric in ("killed", "injured") and main.lastgroup == "displaced"):
                metric = main.lastgroup or metric  # but "25 wounded were evacuated to Niamey" are wounded
        elif metric == "arrested" and not m["aux"].strip() and ADJECTIVE_BEFORE_NOUN.match(after, m.end()):
            return None  # "in exchange for five detained commanders": who they are, not a count of arrests
        elif participle and not m["aux"].strip() and metric not in ("killed", "injured") and DIED_LATER.match(
            after, m.end()
        ):
            metric = "killed"  # "78 of the protesters detained after the demonstration died of suffocation"
        elif HYPOTHESIS.search(REPORTED_STATE.sub("", m["aux"] or "")) and not re.search(r"\bhave\b", m["aux"]):
            return None  # "5,000 prisoners will be freed", but "believed to be trapped" is a count
        if m[metric] and m[metric].lower() == "buried" and UNFOUND.search(m["aux"]):
            metric = "missing"  # "still believed to be buried under the rubble": not yet found
        return Match(shot_and_killed(metric, after[m.end() :]), "passive", subcount=sub)
    if (
        (m := POSTMODIFIED.match(after))
        and (main := MAIN_VERB.match(after[m.end() :]))
        and not HYPOTHESIS.search(main["aux"] or "")
    ):  # "Four men accused of carrying out the shooting at the Crocus City Hall concert venue were charged"
        return Match(main.lastgroup or "", "passive", subcount=sub)
    window = before_clause[-WINDOW:]
    if TOLL_HINT.search(window) and (m := TOLL_RULE.search(window)) and not _thing_follows(after):
        return Match(_toll_metric(m["noun"]), "toll")
    if m := COUNT_NOUN.match(after):
        return Match(m.lastgroup or "", "count-noun", subcount=sub)
    if WITH_WOUNDS.match(after):
        return Match("injured", "with-wounds", subcount=sub)
    if LIVES_BEFORE.search(before) and LIVES_AFTER.match(after):
        return Match("killed", "lives")
    if LOST_BEFORE.search(before) and PEOPLE_AFTER.match(after):
        return Match("killed", "lives")  # "the army lost seven soldiers"
    if INVERTED_BEFORE.search(before) and (m := INVERTED_AFTER.match(after)):
        return Match(m.lastgroup or "", "toll-inverted")
    if (m := LABEL_RULE.search(before)) or (m := LABEL_LINE_RULE.match(before_clause)) or (
        m := BAR_LABEL_RULE.search(before)
    ):
        return Match(_label_metric(m["noun"]), "label")
    if (RESTATED_BEFORE.search(before) and RESTATED_AFTER.match(after)) or (
        AGAINST_BEFORE.search(before) and AGAINST_AFTER.match(after)
    ):  # "..., putting it at over 150", "..., against 23 civilians"
        return Match("", "restated")
    if SUBCOUNT_RULE.search(before) and SUBCOUNT_TAIL.match(after):
        return Match("", "subcount", subcount=True)
    if (m := SUBCOUNT_AFTER.match(after)) and SUBCOUNT_TAIL.match(after[m.end() :]):
        return Match("", "subcount", subcount=True)  # "82 abducted, 29 of them in May"
    return None


SHOT_THEN_DIED = re.compile(  # not across a clause of its own: "..., and that one person had died"
    r"^(?:(?!\bthat\b|\b(?:of|among)\s+(?:whom|them)\b)[^.;\d]|\b(?:19|20)\d\d\b){0,80}?(?:(?:,\s*|\b(?:and|before|who\s+later|but)\s+)(?:later\s+)?(?:was\s+|were\s+|had\s+)?"
    r"(?:killed|died|dead|succumbed)|\s(?:later\s+)?(?:died|succumbed))\b",
    re.IGNORECASE,
)


def shot_and_killed(metric: str, rest: str) -> str:
    """Injured becomes killed when the clause goes on to the death ("shot ... and killed").

    >>> shot_and_killed("injured", " in the head and killed."), shot_and_killed("injured", ".")
    ('killed', 'injured')
    """
    return "killed" if metric == "injured" and SHOT_THEN_DIED.match(rest) else metric


WINDOW = 240  # characters each side of a number that the rules read
NEAR = 80  # characters before a number where its verb, label or qualifier must stand

# ... after up to two describing words: "of two Cairo protest camps", not "after two dams".
_DESCRIBING = (
    r"(?:(?!(?:and|or|as|after|before|says|said|puts|with|while|but|in|on|at|of|for|from|to|since)\b)[A-Za-z][\w-]*\s+)"
)
PLURAL_AFTER = re.compile(
    rf"^\s+{_DESCRIBING}{{0,2}}?(?!(?:this|thus|plus|less|across|unless|various)\b)([a-z]{{3,}}s)\b"
)


def _thing_follows(after: str) -> bool:
    """A plural noun that is not people follows the number ("at two mosques")."""
    m = PLURAL_AFTER.match(after)
    return bool(m) and not re.fullmatch(PEOPLE_NOUN, m.group(1), re.IGNORECASE)


def _label_metric(noun: str) -> str:
    noun = " ".join(noun.lower().split())
    return next((m for m, words in LABELS.items() if noun in words), "killed")


def _toll_metric(noun: str) -> str:
    # "number of people killed by the military since it seized power": not what the clause after counts
    noun = re.split(r"\b(?:since|after|when|before)\b", noun.lower())[0]
    for metric, words in TOLL_NOUNS.items():
        if noun in words:
            return metric
    found = list(re.finditer(rf"\b(?:{_by_metric(PASSIVE)})\b", noun, re.IGNORECASE))
    return (found[-1].lastgroup or "killed") if found else "killed"  # "number of hostages KILLED"


def is_hypothetical(clause_before: str) -> bool:
    """Whether a modal or intent word before the count governs it ("plans to free 100").

    A modal after the number is read by the PASSIVE rule with its auxiliaries; "may have
    been killed" is an estimate, not a hypothesis.

    >>> is_hypothetical("The junta threatened to arrest ")
    True
    >>> is_hypothetical("Police arrested "), is_hypothetical("As many as 1,400 people may have ")
    (False, False)
    """
    near = clause_before[-60:]
    m = HYPOTHESIS.search(near)
    # "a group that planned to attack the marches, arresting five": the modal is the relative clause's
    closed = (
        bool(m)
        and re.search(r"\b(?:that|which|who)\s+$", near[: m.start()])
        and re.search(r",\s+\w+ing\s+$", near[m.end() :])
    )
    # "a doctor, who asked not to be named, said ...": a speech verb after the modal opens the count's clause
    spoken = bool(m) and re.search(r"\b(?:said|says|told|tells|added|reported)\b", near[m.end() :])
    return bool(m) and not closed and not spoken and not re.match(r"\s+have\b", near[m.end() :])


def is_negated(before: str) -> bool:
    """Whether a negation stands right before the count ("no one", "not a single").

    >>> is_negated("There were no "), is_negated("Police arrested ")
    (True, False)
    """
    return bool(NEGATED.search(before))


# Sentences and the (metric, value) figures the rules above must read from them; the
# test suite runs every row, and new families of phrasing are added here with their rule.
EXAMPLES: list[tuple[str, list[tuple[str, int]]]] = [
    # found by dev43, dev44 and dev46: brought in dead; people who need shelter; jailed pending trial is held;
    # the main verb after a long participle phrase or a closing comma tells what befell them
    ("A medic told us that 21 people had been brought in dead since the morning.", [("killed", 21)]),
    ("Gov. Josh Green said about 4,500 people needed shelter.", [("displaced", 4500)]),
    ("About 1,200 people are in need of emergency shelter.", [("displaced", 1200)]),
    ("Courts have ordered 260 of them jailed pending trial.", [("detained", 260)]),
    # found by dev45, dev48, dev53 and dev54: more ways to die and to be brought in; "among dead" in a headline;
    # a count set "against" the one before is of its kind; "the four" told again is no new count
    ("Four inmates were strangled inside a prison truck on Wednesday.", [("killed", 4)]),
    ("Luxor massacre: 58 tourists among dead, Egypt says", [("killed", 58)]),
    ("A spokesman told Reuters that 225 people had been brought in wounded.", [("injured", 225)]),
    ("The ministry said 263 members of the security forces have been injured, against 23 civilians.",
     [("injured", 263), ("injured", 23)]),
    ("Forty-five police officers were injured, the ministry said, against 79 the previous night.",
     [("injured", 45), ("injured", 79)]),
    ("Four more inmates were strangled to death on Tuesday. The four died inside a truck.", [("killed", 4)]),
    # found by dev56: the wounded who were evacuated are wounded, not displaced
    ("A local official said 25 wounded were evacuated to Niamey for treatment.", [("injured", 25)]),
    # a headline's present tense; "may" after a count is no month; a total brought to a new count is of the
    # same kind
    ("Police detain more than 400 women at Minsk march", [("arrested", 400)]),
    ("UN says more than 600 may have been killed in Bangladesh unrest", [("killed", 600)]),
    ("Police said 266 people were arrested today, bringing the total since June to more than 3,000.",
     [("arrested", 266), ("arrested", 3000)]),
    ("Four men accused of carrying out the shooting at the Crocus City Hall concert venue were charged with "
     "terrorism.", [("charged", 4)]),
    ("Fifteen pupils seized from their school in Gidan Bakuso, Sokoto State, on March 9, were freed on Friday.",
     [("released", 15)]),
    # a relative clause ends at the next count; a massacre's victims; communities as parts; care needed
    ("Volunteers counted 1,190 people who died in the riots, and another 91 who were injured.",
     [("killed", 1190), ("injured", 91)]),
    ("Sixteen people were detained over the massacre of 45 Tzotzil Indians in Acteal.",
     [("arrested", 16), ("killed", 45)]),
    ("The ministry told Parliament that 790 Muslims and 254 Hindus were killed in the violence.", [("killed", 1044)]),
    # found by dev37: a place's size; a call for a release; a day's part of a total in brackets; the dead
    # feared; people who left their homes or stay at shelters or schools
    ("Most of the dead were in Palu, a city of about 380,000 people.", []),
    ("The protesters had gathered to demand the release of six village defence volunteers.", []),
    ("Deaths: 1,136 (75 in the last 24 hours), of whom 386 children.", [("killed", 1136), ("killed", 75)]),
    ("More than 670 people are now feared to have died in the landslide.", [("killed", 670)]),
    ("He said 61,867 people had left their homes for shelters in and around Palu.", [("displaced", 61867)]),
    ("About 26,000 people were staying at more than 400 evacuation shelters.", [("displaced", 26000)]),
    ("Some 330 residents of the estate have been moved to two schools in Koslanda.", [("displaced", 330)]),
    ("A nerve gas killed six people and sickened more than 3,000.", [("killed", 6), ("injured", 3000)]),
    # found by dev35: short jail terms handed to people; deaths counted with a describing word; the displaced
    # who had to leave their homes; a group's part named by its body; a release demanded is none
    ("Courts have handed administrative arrests of 10 to 15 days to at least 37 of them.", [("sentenced", 37)]),
    ("In St Petersburg, courts have handed at least 154 people jail terms of up to 15 days.", [("sentenced", 154)]),
    ("At least 12 people face jail terms of up to 10 years.", []),
    ("The agency reported 853 migrant deaths in the 2022 fiscal year.", [("killed", 853)]),
    ("More than 36,000 people have had to leave their homes.", [("displaced", 36000)]),
    ("The ministry said 140 members of the security forces and 76 migrants had been injured.", [("injured", 216)]),
    ("Police opened fire on a crowd demanding the release of a jailed opposition lawmaker.", []),
    # found by dev39: "none of the" is no count, nor a pavilion's number, nor a share ("three in four"); a
    # place phrase ends at "where" or another count; a count with its own verb is no part of the one before;
    # people the ombudsman lost track of; sentences handed down against; those in a serious condition
    ("None of the 320 police officers who went into Pavilion 9 was killed, but 22 were hurt.", [("injured", 22)]),
    ("Mexico: 28 bodies found in graves near town where 43 students vanished", [("killed", 28), ("missing", 43)]),
    ("Six of the defendants remain at large and 32 others are on bail.", [("released", 32)]),
    ("Two passengers on a Line 2 train were hit by stray bullets.", [("injured", 2)]),
    ("Three in four displaced people are now staying with host families.", []),
    ("Police killed 3 in 2 separate raids.", [("killed", 3)]),
    ("Police have arrested 83 people, and seven officers are still missing.", [("arrested", 83), ("missing", 7)]),
    ("The ombudsman's office said it had lost track of 41 people who took part in the march.", [("missing", 41)]),
    ("The courts have so far handed down firm sentences against 381 people.", [("sentenced", 381)]),
    ("Nineteen died at the scene; 16 others remain in a serious condition.", [("killed", 19), ("injured", 16)]),
    ("Among those released were seven would-be presidential candidates who had been jailed.", []),
    ("A 14-year-old boy was shot in the thigh on Friday night. The boy was in a serious condition after surgery.",
     [("injured", 1)]),
    # found by dev38: martyrs are the dead; treated in the city's hospitals; visible injuries; sentences announced
    # for people; hostages a mediator received are freed
    ("The attacks on Monday led to 558 martyrs, among them 50 children.", [("killed", 558)]),
    ("The number of martyrs among health and rescue workers has reached 86.", [("killed", 86)]),
    ("Jakarta's health agency said 1,042 people had been treated in the city's hospitals.", [("injured", 1042)]),
    ("He said at least 225 detainees had visible injuries, mostly to the head and face.", [("injured", 225)]),
    ("The military announced sentences for the first 25 civilians.", [("sentenced", 25)]),
    ("The Red Cross says it has received seven Israeli hostages in northern Gaza.", [("released", 7)]),
    # found by dev40: a speech verb after a modal opens the count's clause ("who asked not to be named, said");
    # prosecutions faced; patients receiving treatment; "a further 242" for wounds is another group, not a sum;
    # a death told in a clause of its own kills no one of the treated; hostages "had all been freed"
    ("A doctor, who asked not to be named, said the hospital had received 27 bodies on Friday alone.",
     [("killed", 27)]),
    ("At least 4,600 people have faced criminal prosecution on charges linked to the protests.", [("charged", 4600)]),
    ("Seventy-eight people have been treated for gunshot injuries, and a further 242 for wounds from assaults.",
     [("injured", 78), ("injured", 242)]),
    ("The governor said 30 people were receiving treatment in hospitals and that one person had died.",
     [("injured", 30), ("killed", 1)]),
    ("Romo said 435 police officers had been injured, and that 202 officers who had been held by protesters had "
     "all been freed.", [("injured", 435), ("released", 202)]),
    ("Public Defender Levan Ioseliani said his staff had visited 225 detainees.", []),
    # found by dev37: the shot among a toll of the dead are dead too, a figure of their own only with their own day
    ("The violence has killed at least 30 people, including nine police officers who were shot by soldiers on 25 "
     "May while being escorted.", [("killed", 30), ("killed", 9)]),
    ("The violence has killed at least 30 people, including nine police officers who were shot by soldiers.",
     [("killed", 30)]),
    # found by dev41: a part with its whole before its noun ("150 of the 1,534 escapees had been recaptured", "2,000
    # of the town's roughly 6,000 residents"), a whole told with its own participle, a body's whole name after "of
    # the", courts in the plural, a count after a possessive
    ("Officials said 150 of the 1,534 escapees had been recaptured by the evening.", [("arrested", 150)]),
    ("About 2,000 of the town's roughly 6,000 residents remain out of their homes.", [("displaced", 2000)]),
    ("Officials said 31 of the 32 attackers were killed and one was captured alive.",
     [("killed", 31), ("arrested", 1)]),
    ("Hospital officials said 27 of the more than 70 people wounded in the blasts were still being treated.",
     [("injured", 27), ("injured", 70)]),
    ("Forty-four members of the Philippine National Police Special Action Force were killed in a clash.",
     [("killed", 44)]),
    ("Spain's Interior Ministry said 431 members of the National Police and Civil Guard had been injured.",
     [("injured", 431)]),
    ("More than 1,000 people have so far appeared before the courts.", [("charged", 1000)]),
    ("Prosecutors detained the club's three owners on Monday.", [("arrested", 3)]),
    # found by dev42: minors still in provisional detention; people taken to prisons
    ("Of them, 55 are aged 16 or 17, and 28 of those minors remain in provisional detention.", [("detained", 28)]),
    ("The remaining 1,159 were taken to prisons in the capital to await custody hearings.", [("detained", 1159)]),
    # the main verb after an aside tells what befell a part ("30 of those held ..., among them two former
    # ministers, were later freed"), but not across a speaker's aside; a trial in absentia is of people counted
    ("Around 30 of those held at the headquarters, among them two former ministers, were later freed.",
     [("released", 30)]),
    ("Of those, about 1,700 were still being held on Friday, the ministry said, while most others had been released.",
     [("detained", 1700)]),
    ("Six of the defendants, who live abroad, were tried in absentia.", []),
    ("The prosecutor's office said it had questioned 11 people and that one person had been detained.",
     [("arrested", 1)]),
    ("The ministry said 143 police officers had been injured over the seven nights of rallies.", [("injured", 143)]),
    # a clause after a bare participle is no noun it describes ("16 detained when officers repelled"); a "whose"
    # clause before "have"; people who lost an eye; the displaced with relatives or a night in churches
    ("Police said six people were killed and 16 detained when officers repelled an attack.",
     [("killed", 6), ("arrested", 16)]),
    ("More than 2,000 residents whose homes were submerged have spent a second night in churches and schools.",
     [("displaced", 2000)]),
    ("Some 500 people whose homes were destroyed are sheltering with relatives and in a local school.",
     [("displaced", 500)]),
    ("Two protesters lost an eye after being hit by rubber bullets, doctors said.", [("injured", 2)]),
    # a headline's present tense, and no hypothesis in it
    ("Paraguay interior minister quits after 17 die in land eviction clash", [("killed", 17)]),
    ("At least 30 people will die of hunger this week, the UN warned.", []),
    # the dead among the wounded are told by the "of whom" or "of them" at the part, not anywhere in the sentence
    ("Eleven people were wounded, of whom three later died.", [("injured", 8), ("killed", 3)]),
    ("The toll has risen to 12 dead, including two children, with about 2,800 people wounded, around 300 of them "
     "critically. Funerals are under way for four of those killed, among them a 10-year-old girl.",
     [("killed", 12), ("injured", 2800), ("killed", 4)]),
    ("More than 200 students were poisoned at a school canteen.", [("injured", 200)]),
    # a count's parts or its one person named in an aside are that count, not a second one
    ("The government has said that five civilians, a woman and four children, died in a fire.", [("killed", 5)]),
    ("One man, Diubis Laurencio Tejeda, was killed during the unrest, according to the government.", [("killed", 1)]),
    ("The health department says 337 people have so far needed medical attention.", [("injured", 337)]),
    ("Cristosal has documented 153 deaths of people held in state custody.", [("killed", 153)]),
    ("Some 498,442 people are currently sheltering in relief camps.", [("displaced", 498442)]),
    ("Gang members shot, hacked and burned 46 fellow inmates to death in a riot.", [("killed", 46)]),
    ("Christchurch Hospital said 36 people remained in its care.", [("injured", 36)]),
    ("Only 153 of the accused are in custody and the rest were tried in absentia.", [("detained", 153)]),
    ("Serik Shalabayev, who heads the department, said 4,500 people had been injured.", [("injured", 4500)]),
    ("At least 16 of them remain in police custody.", [("detained", 16)]),
    ("Seven of the nine opposition candidates who ran against Lukashenko remain in custody.", [("detained", 7)]),
    ("The 11 politicians and the 10 journalists have been held incommunicado ever since.", [("detained", 21)]),
    ("The release came a day after the rebels let nine other hostages go.", [("released", 9)]),
    ("On Monday, lawyers secured bail for 51 of the people they represent.", [("released", 51)]),
    ("Toba ferry: 164 still missing as captain arrested", [("missing", 164)]),
    ("Prosecutors said the boat's Tunisian captain, who was among the survivors, had been arrested.",
     [("arrested", 1)]),
    ("About a dozen people were still believed to be buried under the rubble.", [("missing", 12)]),
    ("Forty people were buried in the landslide.", [("killed", 40)]),
    ("Iran Human Rights said at least 109 detained protesters were at risk of execution.", []),
    ("Police said 40 arrested protesters were released on bail.", [("released", 40)]),
    ("Five detainees died as a result of torture while in custody, it said.", [("killed", 5)]),
    ("State television said another 322 detainees, 249 men and 73 women, were freed from prisons in other regions.",
     [("released", 322)]),
    ("The number of people killed by the military since it seized power has passed 1,000.", [("killed", 1000)]),
    ("AAPP's count of people killed by the regime since the coup reached 2,000 today.", [("killed", 2000)]),
    ("At least 110 of those freed had been re-arrested within hours.", [("arrested", 110)]),
    ("Another 303 Ukrainian soldiers came home from Russian captivity on Sunday.", [("released", 303)]),
    ("More than 13,500 inmates who fled prisons during the turmoil are still at large.", []),
    ("Over 40 wounded people were evacuated to health facilities in Sebba and Dori.", [("injured", 40)]),
    ("NPA figures as of March 1 | Dead 15,899 | Missing 2,526 | Injured 6,157",
     [("killed", 15899), ("missing", 2526), ("injured", 6157)]),
    ("As of 30 January, the Human Rights Centre Viasna recognises 1,446 people as political prisoners.",
     [("detained", 1446)]),
    ("Criminal proceedings were opened that year against more than 900 people on political grounds.",
     [("charged", 900)]),
    ("Five co-defendants, among them Mikalai Statkevich and Ihar Losik, were given between 14 and 16 years.",
     [("sentenced", 5)]),
    ("The violence began when armed men stormed a prison on Thursday night and freed some 2,000 inmates.", []),
    ("58 people have been confirmed deceased and 515 people have been transported to area hospitals.",
     [("killed", 58), ("injured", 515)]),
    # PASSIVE
    ("At least 114 people were killed on Saturday.", [("killed", 114)]),
    ("Some 6,022 people, aged 11 to 84, have been arrested.", [("arrested", 6022)]),
    ("42 people — 37 men and five women — were arrested in Dhaka.", [("arrested", 42)]),
    ("A total of 322 people, 249 men and 73 women, were arrested.", [("arrested", 322)]),
    ("Six health workers, four doctors, a nurse and a pharmacist, were abducted.", [("missing", 6)]),
    # more phrasings found by dev6: sentences handed to, brought before courts, deprived of liberty,
    # still in hospital, in shelters and camps, a disappearance, "at-risk" is no risk
    ("The court handed prison sentences to 21 protesters arrested for waving the flag.", [("sentenced", 21)]),
    ("Some 150 of those arrested had already been brought before courts, he said.", [("charged", 150)]),
    ("More than 70 people arrested since 20 October are still being held at the central prison.",
     [("detained", 70)]),
    ("The crackdown left 212 people dead, 1,337 injured and 507 deprived of their liberty.",
     [("killed", 212), ("injured", 1337), ("arrested", 507)]),
    ("In Siliana, a young man was taken to hospital on Sunday night.", [("injured", 1)]),
    ("Doctors said 20 girls remained in hospital.", [("injured", 20)]),
    ("About 26,000 people remain in some 400 evacuation centres.", [("displaced", 26000)]),
    ("Nearly 10,000 people have been shifted to 93 relief camps.", [("displaced", 10000)]),
    ("More than 80,000 people had spent Thursday night in public shelters.", [("displaced", 80000)]),
    ("The 2014 disappearance of 43 students remains unsolved.", [("missing", 43)]),
    ("The toll from a fire at a shelter for at-risk children rose to 37.", [("killed", 37)]),
    # found by dev7: one person closing a group, an errand phrase before the verb, a noun in quotes,
    # "seized from a school" is an abduction, "not counting" is no negation, "as young as 15" an age,
    # a thing after describing words, the people a count just told is made of
    ("Seven civilians and one police officer died, said a spokeswoman.", [("killed", 8)]),
    ("Twenty-seven migrants heading for Britain perished when their boat deflated.", [("killed", 27)]),
    ("Nine Egyptian men suspected of people smuggling were brought before a judge.", [("charged", 9)]),
    ("Eight 'members of organized criminal groups' had been killed.", [("killed", 8)]),
    ("More than 300 girls were seized from a school in Jangebe.", [("missing", 300)]),
    ("Police said 40 protesters were seized outside parliament.", [("arrested", 40)]),
    ("The toll stands at 208, not counting 24 putschists who were killed.", [("killed", 208), ("killed", 24)]),
    ("The group said boys as young as 15 were among the dead.", []),
    ("The toll from the storming of two Cairo protest camps climbed to 525.", [("killed", 525)]),
    ("The toll in Derna had risen to 11,300 after two dams burst.", [("killed", 11300)]),
    ("Ten years after 43 students vanished, their parents marched again.", [("missing", 43)]),
    ("The 137 pupils and staff abducted from a school have regained their freedom.", [("released", 137)]),
    ("Two protesters have died: a man hit by a car and a 22-year-old shot in Antakya.", [("killed", 2)]),
    # a who-clause does not run across a new count's clause; the parts of a total told before are not
    # a figure again (a headline's total is told again below, so its parts still count)
    ("The toll stands at 208, not counting 24 putschists who were killed, and 1,491 people were wounded.",
     [("killed", 208), ("killed", 24), ("injured", 1491)]),
    ("All 178 guards and staff who had been held hostage by inmates in seven prisons were freed.",
     [("released", 178)]),
    ("Eight people were killed, prosecutors said. Seven civilians and one police officer died.", [("killed", 8)]),
    ("Four deaths in Llallagua\nThe government confirmed the death of three police officers and one civilian.",
     [("killed", 4), ("killed", 4)]),
    # "of them died" takes from the wounded told just before; a place's deaths do not
    ("Some 1,634 people have been injured. Sindh is the worst-hit province with 347 deaths.",
     [("injured", 1634), ("killed", 347)]),
    # one person's second act; one body found; one still held; two people in one object; a place before
    # a sub-count's own day; "do not include" is no negation
    ("The station master at Larissa, 59, was arrested on Wednesday and charged on Thursday.",
     [("arrested", 1), ("charged", 1)]),
    ("Police shot dead a protester and wounded at least 13 others.", [("killed", 1), ("injured", 13)]),
    ("The day before, the body of a man, believed to be a migrant, had been found in a field.", [("killed", 1)]),
    ("The mayor, 53, has been held in Silivri prison since Sunday.", [("detained", 1)]),
    ("A man was held by police on Friday.", [("arrested", 1)]),
    ("The gunman killed his wife and stepson before taking his own life.", [("killed", 2)]),
    ("Police arrested the owner of the chemical warehouse and his manager.", [("arrested", 2)]),
    ("One woman survived with severe injuries.", [("injured", 1)]),
    ("Police said 22 people were killed, including 13 in the community of Portapique on Saturday night.",
     [("killed", 22), ("killed", 13)]),
    ("The figures do not include six air force personnel who were killed in a crash.", [("killed", 6)]),
    # regional phrasings: Indian police "nabbed", "an FIR lodged against"; translated "the death of"
    ("Police have nabbed three accused in the case.", [("arrested", 3)]),
    ("An FIR has been lodged against 15 people.", [("charged", 15)]),
    ("The death of 8 people was reported in the province.", [("killed", 8)]),
    # VERB-TAIL: a verb before the count, words after it
    ("Police took 200 protesters into custody.", [("arrested", 200)]),
    ("The National Police on Thursday named six people as suspects in the crush.", [("charged", 6)]),
    ("Police had recaptured 150 of the escapees by Wednesday evening.", [("arrested", 150)]),
    ("The president granted amnesty to 1,200 prisoners.", [("released", 1200)]),
    ("Forty-two people, 37 men, three women and two children, were arrested.", [("arrested", 42)]),
    ("Three people - two men aged 67 and 56 and a 56-year-old woman - were stabbed to death.", [("killed", 3)]),
    ("Thirteen U.S. service members also died and 18 were wounded.", [("killed", 13), ("injured", 18)]),
    ("Three protesters were shot dead and 12 others wounded.", [("killed", 3), ("injured", 12)]),
    # "two of them died": a part of the count told just before, whatever came earlier
    ("Six bodies were brought to the hospital. Police shot five people on Tuesday night. "
     "Two of them died on the way to hospital.", [("killed", 6), ("injured", 3), ("killed", 2)]),
    # hostages are missing while held, released when freed
    ("Hamas freed 24 hostages on Friday, the first day of the truce.", [("released", 24)]),
    ("Gunmen were still holding at least 30 hostages on Sunday.", [("missing", 30)]),
    ("Hamas handed over the last 20 living hostages held in Gaza on Monday.", [("released", 20)]),
    ("A total of 354 hostages were rescued, 37 of them injured, he said.", [("released", 354), ("injured", 37)]),
    ("Troops have rescued 137 pupils and staff kidnapped from a school in Kuriga.", [("released", 137)]),
    ("A local official put the toll at 'between 200 and 300'.", [("killed", 200)]),
    ("All 178 guards who had been held hostage in seven Ecuadorian prisons were freed.", [("released", 178)]),
    ("The gunman who killed 10 people at a supermarket on May 14, 2022 was sentenced on Wednesday.",
     [("killed", 10), ("sentenced", 1)]),
    ("The charity said that two were released on November 21 and three more on December 5.",
     [("released", 2), ("released", 3)]),
    ("Iraqi courts have sentenced only two members of the security forces over the killings.", [("sentenced", 2)]),
    ("In July 2020, the government put the number of protesters and members of the security forces killed at 560.",
     [("killed", 560)]),
    ("Separately, 29 suspects arrested over the protests were yesterday charged with terrorism.", [("charged", 29)]),
    ("A total of 1,446,510 persons were pre-emptively evacuated on 8-9 November.", [("displaced", 1446510)]),
    ("More than 500,000 people are sheltering in Zamzam camp, 15 kilometres to the south.", [("displaced", 500000)]),
    ("- 5 terrorists neutralised", [("killed", 5)]),
    ("- 27 escaped inmates recaptured", [("arrested", 27)]),
    ("We can now confirm that 13 UN personnel are being detained by the authorities.", [("detained", 13)]),
    ("At least 24 people were being held in pre-trial detention.", [("detained", 24)]),
    ("42 people were detained on Sunday.", [("arrested", 42)]),
    ("Almost 300 people were treated for burns and other injuries after the blast.", [("injured", 300)]),
    ("Since 14 February, some 40,000 people have crossed from South Kivu into Burundi.", [("displaced", 40000)]),
    ("The number of displaced rose from 315,000 in December 2023 to 1,041,000.", [("displaced", 1041000)]),
    # a verb past another number is that number's: "died" stays with four
    ("Four prisoners died and 61 were injured in a fire at the prison.", [("killed", 4), ("injured", 61)]),
    ("A total of 584 people have been injured, 245 of them by firearms, and 18 people have died.",
     [("injured", 584), ("killed", 18)]),
    ("Of them, 82 have been sentenced.", [("sentenced", 82)]),
    ("2,608 remain in detention.", [("detained", 2608)]),
    ("More than 1.2 million people have fled their homes.", [("displaced", 1200000)]),
    ("Two dozen people were hurt.", [("injured", 24)]),
    ("Five remain missing after the raid.", [("missing", 5)]),
    # ACTIVE
    ("Security forces killed at least 38 protesters.", [("killed", 38)]),
    ("The junta freed 23,184 prisoners in an amnesty.", [("released", 23184)]),
    ("Police arrested more than 300 students.", [("arrested", 300)]),
    ("A court sentenced 7 students to death.", [("sentenced", 7)]),
    # TOLL
    ("The death toll since the coup rose to more than 320.", [("killed", 320)]),
    ("The number of people arrested stood at 3,070.", [("arrested", 3070)]),
    ("The toll rose from 300 to 320.", [("killed", 320)]),
    ("AAPP says its running count of people killed has risen from at least 408 to 423.", [("killed", 423)]),
    ("Police arrested 148 people, bringing to more than 500 the number arrested since June.",
     [("arrested", 148), ("arrested", 500)]),
    ("The attack took to 40 the number of civilians killed in the province this month.", [("killed", 40)]),
    # LABEL
    ("Killed: 5,414", [("killed", 5414)]),
    ("DAKAR, June 3 (Reuters) - Nine people were killed in clashes on Thursday.", [("killed", 9)]),
    ("Killed in connection with the protests: 4", [("killed", 4)]),
    ("Died after torture in custody: at least 6 (rights groups)", [("killed", 6)]),
    ("Prosecuted: 1,200+", [("charged", 1200)]),
    # VICTIM
    ("A seven-year-old girl was shot dead in Mandalay.", [("killed", 1)]),
    ("Seven-year-old girl shot dead in Mandalay", [("killed", 1)]),
    ("A man was killed when troops opened fire.", [("killed", 1)]),
    ("Kyal Sin, 19, was shot in the head and killed.", [("killed", 1)]),
    ("A gunman killed 11 people at a dance studio on Saturday night.", [("killed", 11)]),
    ("A soldier killed a protester.", [("killed", 1)]),
    ("A 26-year-old man who was taken to hospital after inhaling tear gas has died.", [("killed", 1)]),
    ("A woman travelling with them was wounded.", [("injured", 1)]),
    ("A court sentenced former police captain Patricio Maturana to 12 years in prison.", [("sentenced", 1)]),
    ("Six people, among them three police officers, were charged with the murder of a blogger who died in a cell.",
     [("charged", 6), ("killed", 1)]),
    ("The 15, who are accused of organising unauthorised assemblies, were released on bail.", [("released", 15)]),
    ("The shooter was shot dead by police 14 minutes after the first call to 911.", [("killed", 1)]),
    # VICTIM-NAMED: a person by title and name, as object or as subject
    ("Authorities arrested former attorney general Jesus Murillo Karam on Friday.", [("arrested", 1)]),
    ("A court sentenced Nobel Peace Prize laureate Ales Bialiatski to 10 years.", [("sentenced", 1)]),
    ("Opposition leader Maria Corina Machado was briefly detained on Thursday.", [("arrested", 1)]),
    ("Gunmen shot dead Elvino Dias, a lawyer for the candidate, and Paulo Guambe on Friday.", [("killed", 2)]),
    ("Police arrested Reuters journalists Wa Lone and Kyaw Soe Oo.", []),
    ("The RSF said it had arrested a fighter, known as Abu Lulu.", [("arrested", 1)]),
    ("Russia freed reporter Evan Gershkovich, former U.S. Marine Paul Whelan and Kremlin critic Vladimir "
     "Kara-Murza on Thursday.", [("released", 3)]),
    ("Russia freed Wall Street Journal reporter Evan Gershkovich, former U.S. Marine Paul Whelan and "
     "Kremlin critic Vladimir Kara-Murza.", [("released", 3)]),
    ("The judge charged caretaker Prime Minister Hassan Diab and three former ministers with negligence.",
     [("charged", 4)]),
    ("The army detained National League for Democracy leaders on Monday.", []),
    # ... after a role and before asides, and still held
    ("Her home minister, Asaduzzaman Khan Kamal, who is also abroad, was sentenced to death.", [("sentenced", 1)]),
    ("His predecessor, interim president Jeanine Añez, was sentenced to 10 years.", [("sentenced", 1)]),
    ("Building owner Sohel Rana remains in jail.", [("detained", 1)]),
    ("Opposition politician Anicet Ekane has been held since Oct. 24 at a gendarmerie base.", [("detained", 1)]),
    ("Amnesty International remains in contact with the family.", []),
    # page furniture: links to other stories, lists of other headlines, notes on corrections
    ("Related: Police in Uganda arrest 45 after anti-corruption march", []),
    ("READ MORE | Gunmen kill 12 in Zamfara", []),
    ("Related posts: Statement on the killing of a protester in Nairobi", []),
    ("Five people were killed.\nRELATED COVERAGE\nGunmen kill 12 in Zamfara\nFloods kill 30 in Niger",
     [("killed", 5)]),
    ("The toll is 57.\nThis story has been corrected to show that the death toll is 57, not 47.", [("killed", 57)]),
    # more phrasings found by dev8: captured, brought home, jail terms handed to, charge-sheets, a fatal
    # stabbing of, pre-trial detention of, sought or receiving treatment, staying at evacuation centres, a
    # date before "to 83" is no range, a who-clause before "died", "its own count stands at", a person
    # with a place before "and two of his crew", "Of the 275 bodies, 88 ..." tells again a whole told before
    ("Another 45 attackers were captured and 97 weapons seized, he said.", [("arrested", 45)]),
    ("Ukraine brought home 230 people from Russian captivity on Jan. 3.", [("released", 230)]),
    ("Moscow courts had handed jail terms of up to 30 days to at least 150 of Sunday's detainees.",
     [("sentenced", 150)]),
    ("The CBI has filed charge-sheets against 34 accused.", [("charged", 34)]),
    ("Riots followed the fatal stabbing of three girls at a dance class.", [("killed", 3)]),
    ("Courts have so far authorised the pre-trial detention of 970 of them.", [("detained", 970)]),
    ("Another 1,966 people have sought treatment for wounds since the clashes erupted.", [("injured", 1966)]),
    ("The governor said 30 people were receiving treatment in hospitals.", [("injured", 30)]),
    ("More than 26,000 people were staying at 404 evacuation centers.", [("displaced", 26000)]),
    ("The deaths bring the number of people killed since the rally began on March 12 to 83.", [("killed", 83)]),
    ("A woman who had been in intensive care since the attack died in hospital overnight.", [("killed", 1)]),
    ("The government admits that 27 people were killed, but the forum says its own count stands at 72.",
     [("killed", 27), ("killed", 72)]),
    ("The captain of the sunken ferry Sewol and two of his crew members were arrested.", [("arrested", 3)]),
    ("Rescuers recovered 275 bodies. Of the 275 bodies, 88 had been identified.", [("killed", 275)]),
    ("Some 2,601,600 people are displaced, of whom 2,282,800 have been displaced since the takeover.",
     [("displaced", 2601600), ("displaced", 2282800)]),
    ("It came after 42 people, including 27 schoolboys, who were abducted from a college on February 17 were freed.",
     [("released", 42), ("released", 27)]),
    ("The official death toll from ethnic violence rose to 187 on Wednesday.", [("killed", 187)]),
    # found by dev9: parts named by trade, the counted named as parts, a court by name, a headline's
    # "regain freedom", a rescue is no release, a man hanged is no man sentenced
    ("Two factory owners and two engineers were arrested on Saturday.", [("arrested", 4)]),
    ("Among the dead were a six-year-old girl and two foreign nationals.", []),
    ("A 28-year-old man appeared in the Christchurch District Court on Saturday charged with murder.",
     [("charged", 1)]),
    ("Kaduna: 137 abducted Kuriga pupils regain freedom", [("released", 137)]),
    ("Rescuers in Antakya freed a girl who had been trapped under the rubble for 52 hours.", []),
    ("Iran on Monday publicly hanged a man convicted of 'waging war against God'.", [("killed", 1)]),
    ("They were jailed on charges of 'causing the deaths of more than one person by negligence'.", []),
    ("Of the 59 people abducted, 35 have since been released.", [("missing", 59), ("released", 35)]),
    # found by dev10: lakh and crore, bodies with a describing word, "told us 15" is no money, "brought
    # back" captives, "putting it at", not seen since, last seen, known or presumed to have died, put up
    # in hotels, makeshift settlements, a second night in tent camps, received N patients, held hostage
    ("As the rain eased, the number of people in relief camps climbed to 7.24 lakh.", [("displaced", 724000)]),
    ("Police said 17 charred bodies had been removed from the ruins by last night.", [("killed", 17)]),
    ("A doctor told us 15 bodies had been brought in since dawn.", [("killed", 15)]),
    ("Boko Haram fighters brought back 101 of the schoolgirls they abducted last month.", [("released", 101)]),
    ("The army said 87 were killed. Opposition leaders put the toll far higher, putting it at over 150.",
     [("killed", 87), ("killed", 150)]),
    ("Residents said at least 14 of them had not been seen since.", [("missing", 14)]),
    ("The 43 students were last seen being forced into police vehicles.", [("missing", 43)]),
    ("Seventy-nine people are now known or presumed to have died in the fire.", [("killed", 79)]),
    ("Around 600 people are being put up in hotels and other emergency accommodation.", [("displaced", 600)]),
    ("Around 700,000 people are living in some 460 makeshift settlements.", [("displaced", 700000)]),
    ("More than 2,500 people spent a second night in tent camps.", [("displaced", 2500)]),
    ("University Medical Center said it had received 104 patients on Sunday night.", [("injured", 104)]),
    # people held or taken hostage are where their captors hold them: not missing
    ("Police said 435 officers had been hurt and 101 others held hostage by protesters.", [("injured", 435)]),
    ("More on Syria: Annan to visit Damascus | Death toll passes 13,000, activists say", []),
    # counts that are no casualties: a prison's population, identified bodies, missing-person reports
    ("The Litoral, the country's largest prison, holds about 8,500 inmates.", []),
    ("The group still holds 30 hostages.", [("missing", 30)]),
    ("Forensic teams have so far identified 62 of the bodies.", []),
    ("Police said they had received 4,024 missing person reports since the accident.", []),
    # a headline's bare participle after the held; still jailed; a long way from a part to its verb
    ("18 political prisoners pardoned; Viasna counts 1,403 still behind bars", [("released", 18), ("detained", 1403)]),
    ("At least 35 people remain jailed for political reasons.", [("detained", 35)]),
    ("Twenty-one of the schoolgirls kidnapped by militants from the town of Chibok in north-eastern Nigeria more "
     "than two years ago have been freed.", [("released", 21)]),
    ("At least 323 people were injured, and 32 of those killed were children.", [("injured", 323), ("killed", 32)]),
    # RESTATED: "the number", "the figure" of the count told just before
    ("Police said 300 people were detained. The ministry put the number at 700.",
     [("arrested", 300), ("arrested", 700)]),
    ("Foro Penal documented 11 deaths, while Provea counted at least 20.", [("killed", 11), ("killed", 20)]),
    ("The government says 320 people died. Activists say the real figure is above 600.",
     [("killed", 320), ("killed", 600)]),
    ("Two were hurt. Organisers put the crowd at 275,000; police put the number at 107,000.", [("injured", 2)]),
    ("At least 280 people have been killed since protests against President Daniel Ortega began.",
     [("killed", 280)]),
    ("Forty-five police officers and gendarmes were injured.", [("injured", 45)]),
    ("Some 300,000 people remain in evacuation centres.", [("displaced", 300000)]),
    ("At least 40 activists have been abducted by gunmen.", [("missing", 40)]),
    ("The rebels are still holding at least 30 hostages.", [("missing", 30)]),
    ("Twelve fishermen went missing off the coast.", [("missing", 12)]),
    ("He said 142 miners were still believed to be trapped underground.", [("missing", 142)]),
    ("Between 100 and 150 people were believed to have been taken into Gaza as hostages.", [("missing", 100)]),
    ("Seven other former officials received terms ranging from 10 years to life.", [("sentenced", 7)]),
    ("More than a thousand residents were sheltering in the building at the time.", []),
    ("The boat set sail with an estimated 150 to 200 people on board.", []),
    ("The fate of 47 miners remains unknown.", [("missing", 47)]),
    ("Officials said 14 people could not be located.", [("missing", 14)]),
    ("Criminal cases were opened against 300 people.", [("charged", 300)]),
    ("The prosecutor's office had opened criminal proceedings against 87 people.", [("charged", 87)]),
    ("Two journalists were among those detained.", [("arrested", 2)]),
    ("Three children were among the injured.", [("injured", 3)]),
    ("Forty-seven people were formally accused of subversion.", [("charged", 47)]),
    ("Up to 1.7 million people, or more than 75 per cent of the population, are estimated to be "
     "internally displaced.", [("displaced", 1700000)]),
    ("Some 8,000 Nicaraguans have applied for asylum in Costa Rica since April.", [("displaced", 8000)]),
    ("In Eswatini, 69 asylum-seekers have been registered.", [("displaced", 69)]),
    ("At least 50 protesters face criminal charges, the lawyers' group said.", [("charged", 50)]),
    ("The group says it has also recorded almost 1,000 arbitrary arrests.", [("arrested", 1000)]),
    ("The authority is investigating 22 other deaths in police custody.", [("killed", 22)]),
    ("The quake claimed more than 2,000 lives.", [("killed", 2000)]),
    # hostages killed are killed; the last word for people in a count's noun names its metric
    ("The BLA claimed it had killed 50 hostages.", [("killed", 50)]),
    ("26 hostages martyred in Jaffar Express attack: ISPR", [("killed", 26)]),
    ("The number of hostages killed in the hijacking has risen to 26, the military said.", [("killed", 26)]),
    ("With these four, the deaths linked to the blockades reach six.", [("killed", 6)]),
    ("IHR has recorded at least 800 executions so far in 2025.", [("killed", 800)]),
    ("The commission said two others are yet to be accounted for.", [("missing", 2)]),
    ("Nine workers were pulled out, while seven others have never been found.", [("missing", 7)]),
    ("The police said 3,195 people were detained, and 583 of them have been named as suspects.",
     [("arrested", 3195), ("charged", 583)]),
    ("The remaining 2,612 people have been returned to their families.", [("released", 2612)]),
    ("Four men were remanded in judicial custody for 14 days.", [("detained", 4)]),
    ("Of them, 85 were placed under committal order at the prison.", [("detained", 85)]),
    ("The Public Ministry informed this Friday the apprehension of 19 persons.", [("arrested", 19)]),
    ("Ten campers and one counselor are still unaccounted for.", [("missing", 11)]),
    ("The coroner's office said 35 people had been taken to hospitals.", [("injured", 35)]),
    ("Human Rights Watch interviewed 13 people who were detained.", []),
    ("In one of the deadliest incidents, at least 25 people were killed.", [("killed", 25)]),
    ("Its field hospital received 179 casualties, and 21 of them were declared dead on arrival.",
     [("injured", 158), ("killed", 21)]),
    ("The army said it had killed 45 militants and lost 7 soldiers.", [("killed", 45), ("killed", 7)]),
    ("More than 80 detainees were released on Friday.", [("released", 80)]),
    ("About half of the 80 detainees were released.", []),
    ("Some 2,600 detainees remain in custody.", [("detained", 2600)]),
    ("The war has cost at least 10,000 civilian lives.", [("killed", 10000)]),
    ("At least seven of the dead were shot on Tuesday alone.", [("killed", 7)]),
    ("Twenty-two people had been killed and 153 injured. At least seven of the dead were shot on "
     "Tuesday.", [("killed", 22), ("injured", 153), ("killed", 7)]),
    ("The dead man, a 42-year-old father of two, drove a taxi.", []),
    ("At least 15 people were killed. Among the dead was a 15-year-old boy shot in the neck.", [("killed", 15)]),
    ("About 5,000 prisoners will be freed next week.", []),
    # an order given is an act reported, as annotators read it: "ordered the release of all 17"
    ("The prosecutor ordered the release of all 17 people held over the blast.", [("released", 17)]),
    ("The attorney general has ordered the detention of eight current and former officials.", [("arrested", 8)]),
    ("Authorities evacuated more than 2,000 people from flooded towns.", [("displaced", 2000)]),
    ("Thirty-seven people appeared in court on Thursday.", [("charged", 37)]),
    ("About 990 people have been tried in fast-track hearings.", [("charged", 990)]),
    ("22,000 people arrested over the protests had been pardoned.", [("released", 22000)]),
    ("Nineteen civilians sentenced for attacks during the riots of May 9, 2023 have been pardoned.",
     [("released", 19)]),
    ("A judge granted bail to 45 of those arrested.", [("released", 45)]),
    ("Fighting has forced 1.1 million people from their homes.", [("displaced", 1100000)]),
    ("Two of those arrested remain in custody.", [("detained", 2)]),
    ("More than 225 people were admitted to hospitals with injuries.", [("injured", 225)]),
    # injured told by the care or the wound: "patients with injuries", "suffered eye injuries"
    ("The hospital says it received 160 patients with injuries from the protests.", [("injured", 160)]),
    ("The hospital says 84 people have been admitted with injuries since this morning.", [("injured", 84)]),
    ("More than 180 people have suffered eye injuries since the protests began.", [("injured", 180)]),
    ("The INDH recorded more than 400 people with eye injuries during the protests.", [("injured", 400)]),
    ("A medic said he had seen 22 bodies and treated dozens of people with gunshot wounds.", [("killed", 22)]),
    ("More than 1,500 people were treated in the emergency department on Friday.", [("injured", 1500)]),
    # one person beside a count of the same group adds one
    ("Eight pupils and a security guard were killed on Wednesday.", [("killed", 9)]),
    ("Three nine-year-old children and three adults were killed on Monday.", [("killed", 6)]),
    ("Police have detained the ferry's captain and five other officials.", [("arrested", 6)]),
    ("The tribunal charged a general, nine other officers and a civilian with war crimes.", [("charged", 11)]),
    ("The court charged a general, nine other military officers and soldiers, and a civilian.",
     [("charged", 11)]),
    ("Troops killed a man, and 12 others were wounded.", [("killed", 1), ("injured", 12)]),
    ("Three of the 20 protesters were released on bail.", [("released", 3)]),
    # one verb shared by two counts: their sum
    ("Twenty-eight soldiers have been charged with killing civilians and 25 with rape.", [("charged", 53)]),
    ("Police arrested 28 people for looting and 25 for arson.", [("arrested", 53)]),
    ("Eight other children were injured, five of them critically, along with two adults.", [("injured", 10)]),
    ("Police arrested 28 people and 25 others were injured.", [("arrested", 28), ("injured", 25)]),
    ("Serbian police detained 79 people and 48 officers were injured in clashes.", [("arrested", 79), ("injured", 48)]),
    ("The ship's captain, Lee Joon-seok, and two crew members were arrested on Saturday.", [("arrested", 3)]),
    ("Bangladesh protest death toll tops 200 as curfew is eased", [("killed", 200)]),
    ("Those killed by the regime (5,414), arrested (27,089) and still held (20,780).",
     [("killed", 5414), ("arrested", 27089), ("detained", 20780)]),
    ("Police said they had arrested a 23-year-old man in south Manchester.", [("arrested", 1)]),
    ("Soldiers shot dead his father at home.", [("killed", 1)]),
    ("An artillery shell killed a woman and her daughter.", [("killed", 2)]),
    ("249 men and 73 women were freed from Insein prison.", [("released", 322)]),
    ("Rescuers recovered six bodies, and 47 workers are still missing.", [("killed", 6), ("missing", 47)]),
    ("It counted 1,038 detentions, 700 of them in the capital.", [("arrested", 1038)]),
    ("The toll rose to 151, including 17 on Saturday.", [("killed", 151), ("killed", 17)]),
    ("A lawyer for two of them said his clients had been freed without charge.", [("released", 2)]),
    ("Sentenced in person: 5,920", [("sentenced", 5920)]),
    ("Currently under detention: 17,948", [("detained", 17948)]),
    ("Of them, 23 were sent to jail after a court hearing.", [("detained", 23)]),
    ("The Kenya Red Cross says it has treated 47 people.", [("injured", 47)]),
    ("Police have filed cases against more than 2,000 unnamed people.", [("charged", 2000)]),
    ("One protester, a 19-year-old student, has died in hospital.", [("killed", 1)]),
    # NOT FIGURES
    ("No one was killed in the blast.", []),
    ("He could face up to 20 years in prison.", []),
    ("The junta threatened to arrest 100 strikers.", []),
    ("A 23-year-old student joined the march marking the 75th anniversary.", []),
    ("Prices rose 16 per cent in 2020 and cost $500.", []),
    ("Soldiers seized 4 trucks and 12 rifles.", []),
    ("He was jailed for three years.", []),
    ("The government said it would free 5,000 prisoners next week.", []),
    ("Some 5,600 people arrested over the protests would be released in an amnesty.", []),
    ("Protesters blocked the toll gate and 12 buses.", []),
    ("Residents from at least four wards have fled the town.", []),
    ("Most of the deaths were in Al Haouz province (1,293) and Taroudant (452).", []),
    ("The gunman, a student, had shot dead his father at home.", [("killed", 1)]),
    ("The gunman, a 72-year-old man, shot himself as police closed in.", []),
    # found by dev12: a capacity is no count; more ways to lose a home or be led off; an abbreviation's
    # full stop does not end the clause ("since the Feb. 1 coup to 126")
    ("The jail, built for 800 inmates, held more than 4,000 people.", []),
    ("The stadium has a capacity of 40,000 spectators.", []),
    ("Some 12,000 people are out of their homes after the floods.", [("displaced", 12000)]),
    ("Plain-clothes officers led away a student who held up a blank sheet.", [("arrested", 1)]),
    ("The shelling took the toll since the Oct. 7 attack to 3,478.", [("killed", 3478)]),
    # found by dev11: verdicts on sentences, the dock, bail, disappearance, emigration
    ("Court confirms 12 death sentences, commutes 80 to life", [("sentenced", 12), ("sentenced", 80)]),
    ("The court upheld the death penalty for nine men and reduced the sentences of the remaining 31 to life.",
     [("sentenced", 9), ("sentenced", 31)]),
    ("Of the 120 people in the dock, 15 were acquitted.", [("charged", 120)]),
    ("More than 300 people have become defendants in criminal cases.", [("charged", 300)]),
    ("A court framed charges of murder against 11 people.", [("charged", 11)]),
    ("Two officers received suspended sentences.", [("sentenced", 2)]),
    ("The court handed reduced terms of between two and nine years to 14 others.", [("sentenced", 14)]),
    ("About 40 others are on bail.", [("released", 40)]),
    ("The report documented 8,000 victims of enforced disappearance.", [("missing", 8000)]),
    ("More than 2 million people have left their country since 2019.", [("displaced", 2000000)]),
    ("Estimates of the number of people who disappeared range from 20,000 to 30,000.", [("missing", 20000)]),
    ("About 300 of the village's 900 residents were evacuated.", [("displaced", 300)]),
    # found by dev13: a sub-count on a dated day, a toll past a parenthesis, a grave's capacity, the held
    # who died, a court by name, parts told as among the dead
    ("At least 56 people have been killed, about 38 of them on 20 October alone.", [("killed", 56), ("killed", 38)]),
    ("The death toll from Typhoon Yolanda (international name: Haiyan) climbed to 2,357.", [("killed", 2357)]),
    ("A mass grave large enough for 1,300 bodies has been dug.", []),
    ("Seventy-eight of the protesters detained after the demonstration died of suffocation.", [("killed", 78)]),
    ("Four men were brought before a Moscow court and charged with terrorism.", [("charged", 4)]),
    ("The toll rose to 121, with 112 women and seven children among the dead.", [("killed", 121)]),
    # cases of disappearance are people; a case filed on a day; a list of the unaccounted for
    ("Rights groups have documented 32 cases of enforced or involuntary disappearance.", [("missing", 32)]),
    ("Police registered 40 cases of theft.", []),
    ("Police filed a case on Friday against the ferry's owner and eight crew members.", [("charged", 9)]),
    ("Officials have narrowed the list of people unaccounted for to about 850.", [("missing", 850)]),
    ("The police officer who shot Nahel M. at a traffic stop has been charged with homicide.", [("charged", 1)]),
    ("A court in Tehran issued a fifth death sentence against a protester.", [("sentenced", 1)]),
    ("Police dismantled a group that planned to attack the marches, arresting five of its members.",
     [("arrested", 5)]),
    ("The government plans to free 5,000, releasing 300 next week.", []),
    # a bare verb with its object is active: the judges convicted, they were not convicted
    ("Three High Court judges on Thursday convicted 14 pro-democracy activists.", [("sentenced", 14)]),
    ("Twelve people arrested the day before were freed.", [("released", 12)]),
    # found by dev14: a toll after a count of things' clause; a relative clause's own object; the whole of
    # vague parts; returnees; electrocution; a loss of lives; placed in detention; believed to still be held
    ("He was charged with negligent homicide, as the death toll rose to 57 and protests spread.", [("killed", 57)]),
    ("Four men accused of the attack that killed 139 people appeared in court.", [("killed", 139)]),
    ("Dozens of the more than 350 people on board were injured.", []),
    ("The council welcomed the return home of more than 3,200 people who had fled.", []),
    ("The riots began after two teenagers were electrocuted while hiding from police.", [("killed", 2)]),
    ("The council deplored the loss of 85 lives.", [("killed", 85)]),
    ("Of those arrested, 45 have been placed in detention pending trial.", [("detained", 45)]),
    ("With Saturday's release, 113 of the girls are believed to still be held.", [("detained", 113)]),
    # refugees and the internally displaced are counted as such, whatever describes them
    ("More than 1,000 Congolese refugees crossed on Thursday alone.", [("displaced", 1000)]),
    ("The total number of IDPs in Cabo Delgado stands at 732,000.", [("displaced", 732000)]),
    # found by dev25-dev28: sentences handed to people, indictments issued, a running total after a day's count with
    # its verb left out; a person in a clause of their own adds no one; an "including" aside closed by its comma
    ("The judge handed life imprisonment to 161 accused, and jail terms of three to 10 years to 256 others.",
     [("sentenced", 161), ("sentenced", 256)]),
    ("Indictments had been issued against about 1,000 people over the riots.", [("charged", 1000)]),
    ("Police detained more than 1,000 people at Sunday's march, and more than 25,000 since the election.",
     [("arrested", 1000), ("arrested", 25000)]),
    ("Police said they had detained 144 people, and the city's police chief was dismissed.", [("arrested", 144)]),
    ("The tally: 519 protesters killed, including 69 children, and 19,262 people arrested since September.",
     [("killed", 519), ("arrested", 19262)]),
    # two modifiers joined by "and" before the people counted; the wounded by what they nurse, what hit them,
    # what they were brought in with and where they were taken; a hospital's mortuary takes no wounded
    ("Sixteen port and customs employees have been detained.", [("arrested", 16)]),
    ("Police said 45 people were nursing injuries.", [("injured", 45)]),
    ("More than 200 others were hit by gunfire.", [("injured", 200)]),
    ("A nurse had seen at least 40 children brought in with burns.", [("injured", 40)]),
    ("The director said 714 people had been taken to public and private hospitals.", [("injured", 714)]),
    ("Three bodies have been taken to the National Referral Hospital mortuary.", [("killed", 3)]),
    # one more victim told as "another" or "a further" person
    ("Fifteen people had died, and another person was killed on Saturday.", [("killed", 15), ("killed", 1)]),
    # found by dev30: the displaced by where they sleep or shelter, or left without a home; people registered as
    # missing; "and two others remain in hospital" is a clause of its own, not a part of the dead
    ("About 850 people are sleeping in schools and churches the city has turned into shelters.", [("displaced", 850)]),
    ("More than 8,000 people are sheltering in some 700 evacuation centres.", [("displaced", 8000)]),
    ("At least 10,000 people in the town were sleeping in the open.", [("displaced", 10000)]),
    ("Relatives have registered at least 300 people as missing.", [("missing", 300)]),
    ("The collapse has killed 15 people, and two others remain in hospital.", [("killed", 15), ("injured", 2)]),
    # found by dev29: a crowd's size and a list of ages are no counts; the freed walk out of prisons; the wounded
    # in a life-threatening condition or with gunshot wounds
    ("Six protesters were shot dead when troops opened fire on a crowd of about 2,000.", [("killed", 6)]),
    ("Three young men aged 17, 19 and 20 were killed.", [("killed", 3)]),
    ("Around 40 detainees walked out of prisons across Algeria on Friday.", [("released", 40)]),
    ("Two protesters remained in a life-threatening condition on Sunday.", [("injured", 2)]),
    ("The mayor said 66 civilians had gunshot wounds.", [("injured", 66)]),
    # a "whose" clause between the people and their verb, like a "who" clause
    ("About 1,000 people whose homes were destroyed or badly damaged are staying in evacuation centres.",
     [("displaced", 1000)]),
    ("Six coordinators of the platform remain in the custody of the Detective Branch.", [("detained", 6)]),
    ("The commission received information on five people whose whereabouts remain unknown.", [("missing", 5)]),
    ("Some 23,000 Nicaraguans had requested asylum in Costa Rica since April.", [("displaced", 23000)]),
    ("Fifteen others were found guilty as accessories and given jail terms of six to 10 years.", [("sentenced", 15)]),
    ("The hospital said it had received 61 people with burns.", [("injured", 61)]),
    ("Doctors said they had received four bodies with gunshot wounds.", [("killed", 4)]),
    # the whole a part is taken from is a figure when told with its own verb
    ("Security forces killed at least 16 of the 23 people who died in the unrest.", [("killed", 16), ("killed", 23)]),
    ("The toll rose after another injured person died in hospital.", [("killed", 1)]),
]

# Phrasings the rules do not read yet, with what they should yield: the tests expect each to
# fail (strict xfail), so a change that fixes one is noticed and the row moves to EXAMPLES.
KNOWN_FAILURES: list[tuple[str, list[tuple[str, int]]]] = [
    # one group split between two fates in one clause (the whole of four is no longer misread)
    ("Two of the four Americans kidnapped last week were found dead and the other two alive.",
     [("killed", 2), ("released", 2)]),
]
