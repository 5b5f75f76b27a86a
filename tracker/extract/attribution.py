"""Who says so: find the attribution in a sentence and normalise it to one short name."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from functools import cache

from babel import Locale

# Known organisations and bodies, each with the phrasings that name it. Specific names
# come before general ones (OHCHR before UN) because the first match wins.
ALIASES: list[tuple[str, str]] = [
    ("AAPP", r"AAPP\s*\(?B\)?|AAPP|Assistance\s+Association\s+for\s+Political\s+Prisoners(?:\s*\(Burma\))?"),
    ("OHCHR", r"OHCHR|U\.?N\.?\s+(?i:human\s+rights|rights)\s+(?i:office|agency|chief|body|council)|"
              r"(?:Office\s+of\s+the\s+)?(?:UN\s+|United\s+Nations\s+)?High\s+Commissioner\s+for\s+Human\s+Rights|"
              r"United\s+Nations\s+(?i:human\s+rights\s+(?:office|chief|body|commissioner))|Volker\s+T[üu]rk|"
              r"Michelle\s+Bachelet|HRMMU|(?:UN\s+|United\s+Nations\s+)?Human\s+Rights\s+Monitoring\s+Mission\s+in\s+"
              r"Ukraine"),
    ("UNHCR", r"UNHCR|U\.?N\.?\s+refugee\s+agency|United\s+Nations\s+refugee\s+agency|"
              r"(?:UN\s+)?High\s+Commissioner\s+for\s+Refugees"),
    ("OCHA", r"OCHA|U\.?N\.?\s+(?:humanitarian|aid)\s+(?:office|agency|coordination\s+office|affairs\s+office)|"
             r"Office\s+for\s+the\s+Coordination\s+of\s+Humanitarian\s+Affairs"),
    ("WHO", r"WHO\b|World\s+Health\s+Organi[sz]ation"),
    ("UNICEF", r"UNICEF|U\.?N\.?\s+children'?s\s+(?:agency|fund)"),
    ("IOM", r"IOM|International\s+Organi[sz]ation\s+for\s+Migration|U\.?N\.?\s+migration\s+agency"),
    ("ICRC", r"ICRC|International\s+Committee\s+of\s+the\s+Red\s+Cross"),
    ("MSF", r"MSF|M[ée]decins\s+Sans\s+Fronti[èe]res|Doctors\s+Without\s+Borders"),
    ("AP", r"(?:the\s+)?Associated\s+Press"),
    ("AFP", r"Agence\s+France[\s-]Presse"),
    ("UNRWA", r"UNRWA|United\s+Nations\s+Relief\s+and\s+Works\s+Agency|"
              r"U\.?N\.?\s+(?:relief\s+)?agency\s+for\s+Palestin\w+(?:\s+refugees)?"),
    ("UNDP", r"UNDP|U\.?N\.?\s+Development\s+Programme"),
    ("IFRC", r"IFRC|International\s+Federation\s+of\s+(?:the\s+)?Red\s+Cross(?:\s+and\s+Red\s+Crescent\s+Societies)?"),
    ("CPJ", r"CPJ|Committee\s+to\s+Protect\s+Journalists"),
    ("Save the Children", r"Save\s+the\s+Children"),
    ("WFP", r"WFP|World\s+Food\s+Programme"),
    ("UN", r"U\.N\.|UN\b|United\s+Nations|Secretary-General|UN\s+(?:envoy|spokes\w+|special\s+rapporteur)|"
           r"Christine\s+Schraner\s+Burgener|Tom\s+Andrews"),  # the UN's envoy and rapporteur on Myanmar
    ("Amnesty International", r"Amnesty(?:\s+International)?(?:\s+Kenya)?"),
    ("Human Rights Watch", r"Human\s+Rights\s+Watch|HRW"),
    ("HRANA", r"HRANA|Human\s+Rights\s+Activists(?:\s+News\s+Agency|\s+in\s+Iran)?"),
    ("IHR", r"IHRNGO|IHR\b|Iran\s+Human\s+Rights"),
    ("Hengaw", r"Hengaw"),
    ("SOHR", r"SOHR|Syrian\s+Observatory(?:\s+for\s+Human\s+Rights)?|"
             r"(?:Britain|UK|U\.K\.|London)-based\s+(?:war\s+)?monitor(?:ing\s+group)?"),
    ("Viasna", r"Viasna|Vyasna|Spring\s*96"),
    ("CCSD", r"CCSD|Central\s+Committee\s+of\s+Sudan(?:ese)?\s+Doctors|Sudan(?:ese)?\s+Doctors'?\s+Committee|"
             r"(?i:doctors['’]?\s+committee)"),
    ("Sudan Doctors Network", r"Sudan\s+Doctors\s+Network"),
    ("ACLED", r"ACLED|Armed\s+Conflict\s+Location\s+(?:&|and)\s+Event\s+Data"),
    ("Hospital Authority", r"Hospital\s+Authority"),
    ("KNCHR", r"KNCHR|Kenya\s+National\s+Commission\s+on\s+Human\s+Rights|"
              r"(?i:Kenya(?:'s)?\s+national\s+(?:human\s+)?rights\s+commission)"),
    ("IPOA", r"IPOA|Independent\s+Policing\s+Oversight\s+Authority"),
    ("Red Crescent", r"(?:[A-Z][a-z]+\s+)?Red\s+Crescent(?:\s+Society)?"),
    ("Red Cross", r"(?:[A-Z][a-z]+\s+)?Red\s+Cross(?:\s+Society)?"),
    ("Ain o Salish Kendra", r"Ain\s+o\s+Salish\s+Kendra|\bASK\b"),
    ("state media", r"state[\s-]+(?:run\s+|owned\s+|controlled\s+)?(?:media|television|TV|broadcaster|newspapers?|"
                    r"news\s+agency|radio|outlets?)|MRTV|Myawaddy|Global\s+New\s+Light\s+of\s+Myanmar|"
                    r"official\s+(?:media|news\s+agency)|government[\s-]+(?:run|controlled)\s+(?:media|newspapers?|TV)|"
                    r"IRNA|BelTA|SUNA|Xinhua|KCNA|(?:Global\s+)?New\s+Light\s+of\s+Myanmar|"
                    # agencies a state owns, known by name: a report rarely says so
                    r"(?-i:TASS|RIA\s+Novosti|SANA|MENA|Saudi\s+Press\s+Agency|WAM|KUNA|Bernama|Antara|Prensa\s+Latina|"
                    r"(?:Lao|Vietnam|Ethiopian|Kuwait|Qatar|Emirates|Syrian\s+Arab|Middle\s+East|Sudan)\s+News\s+Agency)|"
                    r"state[\s-]+(?:run|owned|controlled)\s+(?-i:(?:[A-Z][\w'-]*\s+){1,4})(?:news\s+agency|"
                    r"television|broadcaster|newspaper|radio)|"
                    r"state[\s-]+(?:run|owned|controlled)\s+(?-i:(?:[A-Z][\w'-]*\s+){1,4}[A-Z][\w'-]*)|"
                    # a de facto authority's outlet: "the Houthi-run Saba news agency", "Taliban-run radio"
                    r"(?-i:[A-Z][\w]+)-(?:run|controlled)\s+(?-i:(?:[A-Z][\w'-]*\s+){0,3})(?:news\s+agency|television|"
                    r"TV|broadcaster|radio|media)"),
    ("RSF", r"RSF|Rapid\s+Support\s+Forces"),
    ("White Helmets", r"White\s+Helmets"),
    ("NUG", r"NUG|National\s+Unity\s+Government"),
    ("military", r"(?:the\s+)?(?:military|junta|army|armed\s+forces|Tatmadaw|regime|military\s+council|Pentagon|"
                 r"Revolutionary\s+Guards?|IRGC|ISPR|Inter-Services\s+Public\s+Relations|"
                 r"State\s+Administration\s+Council|military\s+government|military\s+spokes\w+|"
                 r"junta\s+spokes\w+|coup\s+leader|Zaw\s+Min\s+Tun|Min\s+Aung\s+Hlaing|(?-i:General\s+Staff))"),
    ("police", r"(?:the\s+)?police(?:\s+(?:spokes\w+|chief|officials?|department|force|service|"
               r"headquarters|commissioner))?|"
               r"National\s+Police(?:\s+Service)?|Carabineros|Carabinieri|Guardia\s+Civil|Metropolitan\s+Police|"
               r"(?-i:PNP|RCMP|PSNI|SAPS|PDRM|Polri)"),  # national forces by their short names
    ("health ministry", r"(?:the\s+)?(?:Ministry\s+of\s+(?:Public\s+)?Health|health\s+ministry)"),
    ("interior ministry", r"(?:the\s+)?(?:Ministry\s+of\s+(?:the\s+)?Interior|interior\s+ministry|home\s+ministry|"
                          r"Ministry\s+of\s+Home\s+Affairs)"),
    ("government", r"(?:the\s+)?government|authorities"),
]  # fmt: skip
# Bodies named in lower case too ("state media", "police") match in any case; names do not.
_ALIAS_CI = {"state media", "military", "police", "health ministry", "interior ministry", "government"}
_ALIAS_RES = [
    (name, re.compile(rf"(?<![\w-])(?:{pattern})(?![\w-])", re.I if name in _ALIAS_CI else 0))
    for name, pattern in ALIASES
]
KNOWN = frozenset(name for name, _ in ALIASES)
# The bodies named with a capital, in one pattern, for finding mentions in every sentence.
_NAMED_RES = [(name, pattern) for name, pattern in _ALIAS_RES if name not in _ALIAS_CI]
NAMED_BODY = re.compile("|".join(f"(?:{pattern.pattern})" for _, pattern in _NAMED_RES))
ALIAS_PATTERNS = dict(_ALIAS_RES)
STATE_MEDIA = ALIAS_PATTERNS["state media"]

SPEECH = (
    r"said|says|say|reported|reports|told|confirmed|confirms|(?<!to\s)confirm|estimated|estimates|documented|"
    r"certified|registered|identified|logged|received|obtained|able\s+to\s+confirm|established|"
    r"concluded|found\s+that|"
    r"recorded|counted|added|adds|announced|announces|stated|noted|tallied|verified|revised|"
    r"raised|lowered|updated|published|issued|blamed|insisted|affirmed|maintains|"
    r"revises|raises|lowers|tells?|speaks?\s+of|spoke\s+of|insists|acknowledges|acknowledged|admits|admitted|"
    r"(?:disputed|disputes)\s+(?:the|these|those|this|that|its|their)|claims?|cites|cited|"
    r"(?:counts?|report|estimate|attribut(?:es|ed)|listed)(?=\s+(?:\d|at\s+least|more\s+than|over|some|about|nearly|the\b))|"
    r"estimate(?=\s+that\b)|(?:denied|denies)(?=\s+that\b)|"
    r"(?:gave|given|gives)(?=\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+)?(?:toll|figure|count|tally)\b)|"
    r"(?<=report\s)found|(?<=study\s)found|(?<=inquiry\s)found|(?<=investigation\s)found|(?<=review\s)found|"
    r"gave\s+(?:a|an|the|its)\s+(?:\w+\s+)?(?:tally|toll|figures?|account|count)|"
    r"has\s+documented|has\s+recorded|has\s+confirmed|has\s+verified|been\s+informed\s+of|put\s+(?:the|its|their)\s+(?:own\s+)?(?:toll|number|figure|count|tally)|"
    r"(?:puts?|kept|keeps)\s+(?:(?:the|its|their|(?:\w+day|today)['’]s)\s+)?(?:\w+\s+){0,2}?(?:toll|number|figure|tally|"
    r"count|total|range|estimate|"
    r"dead|casualties|injured|wounded)|"
    r"(?:regrets?|wish(?:es)?)\s+to\s+(?:announce|inform|report)|"
    r"(?:gave|gives|stood\s+by|stands\s+by|repeated|reiterated|released|releases|published|publishes|issued|issues)\s+"
    r"(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:toll|figure|count|tally)|"
    r"(?<!bodies\s)(?<!remains\s)found(?=\s*(?:[,.;]|$))|"  # "the AP found", not "two more bodies found"
    r"cut(?=\s+(?:the|its)\s+(?:[\w-]+\s+)?(?:toll|figure|estimate|count|number))|wrote|posted|tweeted|claimed|disclosed|revealed|"
    r"(?:was|were)\s+quoted\s+(?:\w+\s+){0,3}?as\s+saying"  # "X was quoted as saying by state media": X speaks
)
# "according to X", "citing X", "figures from X": the name follows the cue.
CUE_BEFORE = re.compile(
    r"(?<!based\son\s)(?<!based\son\sthe\s)\b(?:according\s+to|by(?=\s+(?:its|their)\s+(?:own\s+)?(?:count|tally|reckoning))|citing|claims?\s+(?:of|by)(?=\s+(?:the\s+)?(?:\w+\s+)?(?-i:[A-Z]))|per(?!\s+cent)|cited\s+by|quoted\s+by|data\s+(?:from|by|compiled\s+by)|"
    r"figures?\s+(?:from|by|compiled\s+by|released\s+by|published\s+by|issued\s+by)|"
    r"(?<!not\s)(?:counted|compiled|recorded|documented|verified|tallied|given|provided|announced|published|issued|"
    r"reported|confirmed|released|advanced|put\s+forward)(?:\s+(?:today|yesterday|on\s+\w+day))?\s+by(?!\s+(?:(?:the\s+)?(?:end|time|morning|evening|afternoon|night|noon|midnight|dawn)\b|"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mid)))|"
    r"(?:the\s+)?(?:information|data|evidence|reports)\s+(?:gathered|compiled|collected|received)\s+by|"
    r"(?:an?\s+)?(?:(?:new|latest|updated|separate)\s+)?(?:tally|count)\s+(?:by|from|kept\s+by|compiled\s+by|"
    r"(?:released|published|issued)(?:\s+on\s+\w+)?\s+by))\s+"
    r"(?:(?:(?:figures|data|information)\s+(?:collected|compiled|gathered|verified|released|published|provided|"
    r"issued|confirmed)\s+(?:from\s+[^,;]{1,40}?\s+)?by|"
    r"figures|data|a\s+tally|a\s+count|the\s+latest\s+(?:figures|count|tally|data)|"
    r"the\s+latest|a\s+statement|a\s+report|a\s+statement\s+from|a\s+report\s+(?:by|from)|"
    r"(?:a|an|the)\s+(?:\w+\s+)?(?:tally|count|report|statement|update|briefing)"
    r"(?:\s+(?:published|released|issued|compiled)(?:\s+\w+)?)?\s+(?:by|from|of)|"
    r"(?:the\s+)?(?:\w+\s+)?(?:information|data|evidence)\s+(?:gathered|compiled|collected|received)\s+by)\s+)?"
    r"(?P<src>(?:(?!\s+(?-i:based\s+on|who|which|that)\b)(?:[^,;.:()\"“”]|(?<=\b[A-Z])\.))+(?:\s*\([A-Za-z()]{2,12}\))?)",
    re.IGNORECASE,
)
# "X said ...", "X told AFP": the name is the subject before a speech verb. The verb is
# found first and the subject read back from it, which keeps long sentences cheap.
SPEECH_VERB = re.compile(rf"\b(?:{SPEECH})\b", re.IGNORECASE)
SUBJECT_BEFORE = re.compile(
    r"(?P<src>(?:[^,;:\"“”.]|(?<![a-z])(?<=[A-Z])\.){2,90}?)(?:\s*,(?P<appos>[^,;]{2,80}),)?"
    r"\s+(?:(?:had|has|have|also|later|previously|earlier|still|now|already|only|so\s+far|"
    r"since|then|further|initially|originally|first|again|subsequently)\s+)*$"
)
# A speech word that speaks of something else: "has claimed 358 lives", "credible reports of".
NOT_SPEECH_AFTER = re.compile(
    r"(?<=registered)\s+(?:at|in|with|for|as)\b|"  # "residents have registered at shelters"
    r"(?<=claimed)\s*(?:[.;]|$)|"  # "the attack, which the Islamic State group has claimed.": no count told
    r"(?<=raised)\s+the\s+charges?\b|"  # "raised the charge against Derek Chauvin": no count told
    r"(?<=identified)\s+(?:them|him|her)\b|"  # "survivors identified them as crew members"
    r"(?<=received)\s+(?:[\w-]+\s+)?(?:sentences?|terms?|prison|jail|death|life|bail|treatment|years?|months?)\b|"
    r"\s+(?:(?:the\s+)?lives|(?:(?:at\s+least|more\s+than|about|some|nearly)\s+)?[\d,]+\s+(?:more\s+)?lives|"
    r"[\w-]+\s+lives|responsibility|of\b|"
    r"(?:would|could|will|may|might)\b)",  # "in a move rights groups said would free hundreds": no count told
    re.IGNORECASE,
)
# Events as a subject speak for no one: "further killings in the city have raised the number".
EVENT_SUBJECT = re.compile(
    r"(?:(?:further|more|new|the|these|those|recent)\s+)?(?:killings|attacks|clashes|deaths|bombings|strikes|raids|"
    r"explosions|floods|fires)\b"
)
# Speech verbs that are nouns too: after a gerund they are its object ("rejecting opposition claims that").
NOUN_LIKE_VERBS = frozenset({"claims", "claim", "reports", "report", "estimates", "estimate", "counts", "count"})
RELATIVE_SAID = re.compile(r"\bthat\s+(?:[\w.'’-]+\s+){1,4}$", re.IGNORECASE)
NEGATED_SPEECH = re.compile(r"\b(?:not|never|n['’]t)\s+(?:yet\s+|independently\s+|immediately\s+)?$", re.IGNORECASE)
# A speech verb whose reported clause holds another counter: "The ICRC said [a hospital ... had received]".
REPORTED_COUNTER = re.compile(
    r"\b(?:said|says|say|(?:told|tells?)(?:\s+\w+){1,3}?)\s+(?:(?:on\s+\w+(?:\s+\d{1,2})?|last\s+\w+|\w+day|yesterday|today|earlier|"
    r"later)\s+)?"
    r"(?:that\s+)?$",
    re.IGNORECASE,
)
# A place that receives the dead and wounded, as the subject a speaker reports on.
FACILITY_END = re.compile(r"\b(?:hospitals?|clinics?|morgues?|mortuar(?:y|ies))(?:\s+alone)?$", re.IGNORECASE)
# The verb of one who counted, not told: "monitors counted", "the mission, UNAMIR, counted".
COUNTER_VERB = re.compile(r"\s*,?\s*(?:(?:had|have|has)\s+)?(?:counted|recorded|documented|registered|tallied)\b")
# A relative pronoun as the speaker, after the body it stands for: "X, which said", "X, who told".
RELATIVE_SUBJECT = re.compile(
    r"(?:^|,|\b(?:according\s+to|citing|by))\s*(?P<np>[^,;]{2,90}?),\s+(?-i:which|who)\s+"  # not "..., WHO has"
    r"(?:(?:has|have|had|also|later|earlier|previously|on\s+\w+day)\s+)*$",
    re.IGNORECASE,
)
RELATIVE_ASIDE = re.compile(
    r",\s+(?:which|who|whose|(?:led|headed|run|founded|backed|chaired)\s+by|based\s+in)\b[^;]*,\s*"
    r"(?:(?:has|have|had|also|later)\s+)*$",
    re.IGNORECASE,
)
# "..., said X", "..., X said." inverted order at the end of a quote or clause.
SAID_SUBJECT = re.compile(
    r"(?:,|\"|”)\s*(?:said|says|say|reported|wrote|tweeted|posted)\s+"
    r"(?!(?:on|late|early|earlier|later|last|this|yesterday|today|in|at|that|more|some|about|nearly|over)\b|\d)"
    r"(?![^,;.]*\b(?:were|was|is|are|had|has|have|would|will|did|does|could|can|should|must|held|holds|killed|"
    r"arrested|detained)\b)"  # "..., said
    r"(?![^,;.]*\d)"  # prosecutors were seeking", "..., said Cuba held 167 political prisoners": a clause
    r"(?P<src>[^,;.\"“”]{2,80}(?:,\s*(?:(?:a|an|the)\s+)?(?!adding|saying|noting)[^,;.]{2,60})?)"
    r"(?:,?\s+(?:on|late\s+on|early\s+on|earlier|later|last|this|yesterday|today)\b[^,;.]{0,30})?"
    r"\s*(?:[.;!?\"”]|$|(?=,\s+(?:adding|saying|noting)\b))",  # "..., said X, adding that 131 were hurt"
    re.IGNORECASE,
)
# "..., with the Central Committee of Sudan Doctors saying at least 97 had been killed".
WITH_SAYING = re.compile(r"\bwith\s+(?P<src>[^,;:\"“”]{2,80}?)\s+(?:saying|reporting|estimating|telling)\b")
# A body's own numbers telling the count: "Official police figures show that 6,252 ...", "UN data showed".
FIGURES_SHOW = re.compile(
    r"(?:^|(?<=[,;]\s)|\b(?:and|but|while|as)\s+)(?:(?:the|latest|official|new|own)\s+)*"
    r"(?P<src>(?!(?:and|but|while|as|official|latest|new|own)\b)(?:[\w.&'’-]+\s+){0,3}?[\w.&'’-]+)"
    r"\s+(?:figures|data|statistics|records|numbers|monitoring|documentation|research)"
    r"(?:\s+(?:shared|provided|released|published|compiled|obtained)\s+(?:with|by|to)\s+[^,;]{1,40}?)?"  # "shared with"
    r"\s+(?:show|showed|shows|indicate|indicated|suggest|suggested)\b",
    re.IGNORECASE,
)
FIGURES_HINT = re.compile(
    r"(?:figures|data|statistics|records|numbers|monitoring|documentation|research)\s[^.;]{0,60}?(?:show|indicate|suggest)",
    re.I,
)
# A speaker an outlet quotes: "Xinhua quoted the regional public security department as saying".
QUOTED_AS = re.compile(r"\bquoted\s+(?P<src>(?:[\w'’.&-]+\s+){1,8}?)as\s+saying\b", re.IGNORECASE)
# "X's tally", "the group's figures": possessive sources.
POSSESSIVE = re.compile(
    r"(?P<src>(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|Yesterday\b|Today\b)[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,6}|\b[Tt]he\s+(?:[\w-]+\s+){0,3}?"
    r"(?:group|commission|committee|council|agency|authority|organi[sz]ation|monitor|ministry|body|office|"
    r"centre|center|service|department|mission|government|authorities|military|army|police))"
    r"['’]s?\s+(?:[a-z-]+\s+){0,2}?"  # "latest", "own", "nationwide"
    r"(?:tally|count|figures?|data|records|estimates?|toll|report|database|list|briefing)\b",
)
# "an AFP tally", "a Reuters count": the outlet's own count.
TALLY_OF = re.compile(r"\b(?:tally|count)\s+of\s+(?:[\w-]+\s+){0,4}$")
TALLY = re.compile(  # "An AFP tally of police and hospital figures shows"
    r"\b(?i:an?|the|by)\s+(?P<src>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3})\s+(?:tally|count|estimate|review|analysis)\b"
)
# A headline led or closed by its source: "HRANA: more than 500 protesters killed", "26 hostages
# killed in train attack: ISPR", "Toll in Karachi heatwave rises to 780: officials".
HEADLINE_SOURCE = re.compile(
    r"^\s*(?P<src>[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){0,3}):\s|"  # after a live blog's time: "13:30 Kenya Red Cross:"
    # "26 killed in train attack: ISPR", "One dead, 590 injured in clashes - Health Ministry"
    r"(?<=\d)[^:\n]*(?::|\s[-–—])\s+(?P<end>[\w.&'’-]+(?:\s+[\w.&'’-]+){0,2})\s*$"
)
# Capitals that close a headline without naming a speaker: "... : LIVE", "... in the DRC: UPDATE".
NOT_HEADLINE_SOURCE = frozenset("UPDATE UPDATED LIVE WATCH VIDEO PHOTOS EXCLUSIVE ANALYSIS OPINION "
                                "EXPLAINER FACTBOX TIMELINE DRC CAR UAE USA UK US EU".split())
# A live blog's time stamp opening a line: "10:12 Health officials say ...".
LIVE_TIME = re.compile(r"^\W*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s+(?:(?:GMT|UTC|[A-Z]{1,3}T)\s+)?")
PREPOSITION_END = re.compile(r"\b(?:on|of|from|in|by|with|to|for|about|after|under)$", re.IGNORECASE)
DETERMINER_END = re.compile(r"\b(?:the|a|an|its|their|his|her|this|that|these|those)$", re.IGNORECASE)
ACRONYM = re.compile(r"\(([A-Z][A-Za-z]{1,8}(?:\s*\(?B\)?)?)\)")
DATELINE_CREDIT = re.compile(r"\s*[-–—]")

# Subjects that point back to a source named earlier: "the group said", "it added".
ORG_HEADS = (
    r"group|commission|council|centre|center|office|organi[sz]ation|association|monitor|watchdog|"
    r"agency|body|ngo|charity|network|committee|official|spokes\w+|source|same\s+(?:count|tally)|"
    r"platform|coalition|alliance|observatory|project|federation|union|"
    r"authority|ministry|directorate|tribunal|institute|department|service|party|forum|foundation|society|league|movement|"
    r"newspaper|paper|daily|broadcaster|channel|outlet|website|force|mission|study|report|survey|inquiry|headquarters|"
    r"statement|communiqu[eé]"
)
ANAPHORA = re.compile(
    rf"^(?:it|its|their|they|he|she|we|(?:the|this)\s+(?:[\w'-]+\s+){{0,3}}?(?:{ORG_HEADS})|the\s+same(?:\s+(?:officials|report|figures|data))?|(?:its|their|our)\s+(?:own\s+[\w\s]+|"
    rf"(?:[\w-]+\s+){{0,2}}(?:volunteers|teams?|staff|partners|colleagues|monitors|researchers|hospitals?|clinics?|"
    rf"offices?|branch(?:es)?|missions?|"
    rf"investigations?|figures|count|tally|data|records|reports?|study|inquiry|review)))$",
    re.IGNORECASE
)
# A ministry named by its field in lower case, which names it as its capitals would: "the justice ministry".
FIELD_MINISTRY = re.compile(r"^the\s+(?!(?:same|said|new|former|whole)\s)[a-z]+\s+ministry$", re.IGNORECASE)
# A capitalised word that is not a generic head: "the Viasna human rights centre" names
# its source, "the Commission" points back to one.
NAME_WORD = re.compile(rf"\s(?!(?i:{ORG_HEADS})\b)(?![A-Z][\w]*(?:\s+[A-Z][\w]*)*-based\b)[A-Z]")
# Generic role words and the adjectives to drop before them.
DROP_WORDS = re.compile(
    r"^(?:(?:though|although|but|while|and|however|as|a|an|the|one|two|three|several|some|local|senior|top|another|other|two|many|"
    r"(?-i:independent)|a\s+local)\s+)+",
    re.IGNORECASE,
)
CUT_AT = re.compile(
    r"\s+(?:at|in|from|with|working\s+with|and\s+(?:its|their)|including|such\s+as|who|which|that|on|for|near|"
    r"inside|told|tells|to|as|"
    r"after|during|"
    r"when|while|and\s+(?:said|added)|has|have|had|was|were|is|are)\s+",
    re.IGNORECASE,
)
NOT_A_SOURCE = re.compile(
    # a number stands only in a name ("Suwayda 24"), never in "far below the 118"; "the number of deaths" is no one
    r"^(?!(?:the\s+)?(?-i:[A-Z]))[^\d]*\d|^(?:the\s+)?(?:number|toll|total|tally|count)\b|\bthan\b|"
    r"\b(?:number|toll|total|figure|count)(?:\s+ever)?$|"  # "the highest number ever recorded by IOM"
    r"^(?:with|in|on|at|by|for|from|of|to|after|before|as|since|during|when|where|because|until|deaths?|one|two|three|"
    r"four|five|six|seven|eight|nine|ten|dozens?|hundreds|thousands)\b|\bpeople$|"
    r"^(?:a|an|the|some|any|there|this|that|these|those|which|what|who|we|i|you|officials?\s+have|"
    r"reports?|media\s+reports?|news\s+reports?|witnesses\s+and|it\s+was|people)$|"
    r"^(?:the\s+)?(?:information|reports?|figures|data)\s+(?:received|available|gathered)$",
    re.IGNORECASE,
)


# A proper name closing a descriptive phrase: "news portal MYANMAR NOW".
# People speaking for a body they belong to: "volunteers from the rescue service Zaka".
MEMBER_OF = re.compile(
    r"^(?:[\w-]+\s+)?(?P<role>[\w-]+)\s+(?:from|with|of)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}"
    r"(?P<name>[A-ZÀ-ÖØ-Þ][\w'’.-]+(?:\s+(?:(?:of|for|and|in|on|the)\s+)*[A-ZÀ-ÖØ-Þ][\w'’.-]+){0,6})"
    r"(?:\s+(?:group|movement|campaign|network|organi[sz]ation|team))?$"  # "Volunteers from the Euromaidan SOS group"
)
ACRONYM_END = re.compile(r"\(([A-Z][A-Za-z]{1,8}(?:\s[A-Z]{2,5})?)\)$")  # (UNAMI), (Komnas HAM)
# A capitalised name and the lower-case description after it: "Inter Sector Coordination Group of aid agencies".
DESCRIBED = re.compile(
    r"^((?:[Tt]he\s+)?[A-Z][\w'’.&-]*(?:\s+(?:(?:of|for|on|and|the|de)\s+)*[A-Z][\w'’.&-]*)+)\s+of\s+[a-z].*$"
)
PROPER_TAIL = re.compile(
    r"\b([A-ZÀ-ÖØ-Þ][\w'&.-]*(?:\s+(?:(?:of|for|the|and|on|de|del|la|las|los|des|du|da|do|dos|das|di|van|von|der)\s+)*"
    r"(?:[A-ZÀ-ÖØ-Þ][\w'&.-]*|\d+[A-Z]\w*))*)$"
)  # "Justicia 11J", "Diocese of San Cristóbal de las Casas"


# People by their trade at a place: "Doctors at the Mbabane Government Hospital", "nurses in Gaza City".
ROLE_AT = re.compile(r"^(?:the\s+|a\s+|some\s+)?(doctors?|nurses?|medics?|surgeons?)\s+(?:at|in|from|with)\s+", re.I)

# A nation's adjective ("Moroccan", "Houthi", "Tajik"): its authorities are the government, its officials officials.
DEMONYM = r"(?-i:[A-Z][a-z]+(?:i|ian|ean|ese|ish|an|ch|ik|ek|kh|yz))"

# Speakers named by their role or kinship, mapped to one role word.
ROLES: list[tuple[str, re.Pattern[str]]] = [
    (name, re.compile(rf"(?<![\w-])(?:{pattern})(?![\w-])", re.IGNORECASE))
    for name, pattern in [
        ("relative", r"(?:his|her|their|the\s+victim'?s?)\s+(?:\w+\s+)?(?:sister|brother|mother|"
                     r"father|family|relatives?|son|daughter|uncle|aunt|cousin|husband|wife|"
                     r"parents|widow|niece|nephew|grandmother|grandfather)|relatives?|family\s+members?|"
                     r"^(?:a|the)\s+(?:mother|father|parent|brother|sister|widow|wife|husband)(?:\s+(?:whose|of|who)\b|$)|"
                     r"^(?:the\s+)?(?:parents|families|mothers|fathers)\s+of\b"),  # "Parents of the girls abducted"
        ("government", r"(?-i:^(?:[Tt]he\s+)?(?:Centre|State)$)|(?<!police\s)president|presidency|"
                       r"prime\s+minister|premier|"
                       rf"(?<!state\s)(?<!provincial\s)(?<!regional\s)government\s+spokes\w+|cabinet(?!\s+secretary)|chief\s+secretary|State\s+Council|{DEMONYM}\s+authorities"),
        ("church", r"archdiocese|bishops['’]?\s+conference|catholic\s+church"),
        ("hospital official", r"^(?:the\s+)?hospital(?:['’]s)?\s+(?:sources?|officials?|staff|director|spokes\w+|"
                              r"authorit(?:y|ies))|"
                              r"medical\s+superintendent|superintendent\s+of\s+(?:the\s+)?[^,;]{0,40}hospital|"
                              r"^(?:(?:the|area|local|city|nearby|other|two|three|several)\s+)?hospitals$"),
        ("medic", r"^(?:the\s+)?medical\s+sources?"),
        ("witness", r"eye-?witness(?:es)?"),
        ("police", r"(?<!regional\s)(?<!district\s)(?<!county\s)(?<!provincial\s)(?<!rights\s)(?<!high\s)"
                   r"(?:police\s+)?commissioner|police\s+chief|inspector[\s-]+general|IGP|sheriff|RCMP|"
                   r"(?-i:IG)|public\s+security\s+(?:department|bureau)|police\s+prefect(?:ure)?|Scotland\s+Yard|Metropolitan\s+Police|Royal\s+Canadian\s+Mounted\s+Police|SAPS|NPCC|Internal\s+Security\s+Forces|constabulary|"
                   r"gendarmerie|RUC|Garda[ií]?|Garda\s+S[ií]och[áa]na"),
        # a hospital speaking for itself: "Mulago National Referral Hospital", "the National Hospital in Colombo"
        ("hospital official", r"^(?:the\s+)?(?-i:(?:[A-Z][\w'.-]*\s+){1,5}"
                              r"(?:[Hh]ospital|(?:Medical|Clinical)\s+Cent(?:er|re)|Clinic|Infirmary)"
                              r"(?:\s+(?:in|of)\s+[A-Z][\w-]*(?:\s+[a-zA-Z][\w-]*){0,2})?)$|"  # "... in Deir al-Balah"
                              r"^(?:the\s+)?staff\s+at\s+(?:[\w'’-]+\s+){0,3}hospital|"
                              r"^(?:the\s+)?hospitals?(?:\s+(?:in|at)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)?$"),
        ("health ministry", r"health\s+(?:minister|adviser|advisor|department|officials?|authorities|services?)|"
                            r"chief\s+medical\s+officer|civil\s+surgeon"),  # a district's health officer
        ("medic", r"paramedics?|ambulance\s+(?:workers?|crews?)|medical\s+(?:workers?|staff|personnel|teams?)|"
                  r"first[\s-]aiders?"),
        ("coastguard", r"coast\s*guard"),
        ("coroner", r"coroners?(?:['’]s?\s+office)?|medical\s+examiner"),
        ("fire department", r"fire\s+(?:chief|department|service|brigade|officials?|marshal|commissioner|and\s+rescue|"
                            r"authorit(?:y|ies)|agency|station)|"
                            r"firefighters['’]?\s+spokes\w+|(?:volunteer\s+)?firefighters"),
        ("interior ministry", r"interior\s+minister|home\s+minister"),
        ("resident", r"residents?|villagers?|neighbou?rs?|locals"),
        ("rights group", r"(?:human\s+)?rights\s+(?:groups|organi[sz]ations)"),
        ("local official", r"(?:state|provincial|prefectural|city|municipal|district|county|regional|township|"
                           r"zonal|zone|local)\s+(?:elected\s+)?(?:officials?|authorities|government|(?:military\s+)?administration|"
                           r"administrator|spokes\w+|"
                           r"commissioner|chiefs?|collector|magistrate|officer)|"
                           r"(?:state|provincial|city|municipal|district|county|regional)\s+health\s+"
                           r"(?:directorate|chief|secretary|office|authority|director)|"
                           r"prefecture|prefects?|governor|mayor|chief\s+minister|"
                           r"(?:territory|district|province|region|county|municipality|city|town)['’]s\s+"
                           r"(?:administrator|chief|head|prefect|governor|secretary(?:\s+of\s+state)?|"
                           r"(?:[a-z]+\s+)?headquarters)"),  # "the city's rescue headquarters"
        # civil protection and civil defence are the state's disaster agency by another name
        ("disaster agency", r"disaster\s+(?:and\s+safety\s+)?countermeasures?\s+headquarters|"
                            r"disaster\s+(?:(?:risk\s+)?(?:reduction\s+and\s+)?management|agency|authority|"
                            r"cent(?:re|er)|office|council)|(?:national\s+)?risk\s+management\s+(?:secretariat|unit|agency)|"
                            r"emergency\s+(?:operations?\s+cent(?:re|er)|officials?)|(?:national\s+)?crisis\s+cent(?:re|er)|"
                            r"(?<!medical\s)emergenc(?:y|ies)\s+(?:situations\s+)?(?:ministry|services?|inspectorate)|"
                            r"(?:ministry|minister)\s+(?:of|for)\s+emergenc(?:y|ies)(?:\s+situations)?|"
                            r"(?-i:emergency\s+management\s+(?:agency|authority|office|director|department))|"
                            r"AFAD|NDMA|BNPB|NDRRMC|"
                            r"civil\s+(?:defen[cs]e|protection)"),
        ("prison service", r"(?:prisons?|penitentiary|corrections?|correctional)\s+(?:service|administration|"
                           r"authority|department|directorate|bureau|agency|system)"),
        ("ombudsman", r"ombudsman|public\s+defender|defensor[ií]a|(?:human\s+)?rights\s+commissioner"),
        ("prosecutor", r"prosecutors?(?:['’]s?)?(?:\s+office)?|prosecutor[\s-]+general|attorney[\s-]+general|"
                       r"district\s+attorney(?:['’]s\s+office)?|"
                       r"(?-i:(?:criminal\s+)?prosecution\s+(?:service|department|office|authority)|criminal\s+prosecution)|"
                       r"public\s+ministry|ministerio\s+p[úu]blico"),
        ("court", r"(?:presiding\s+)?judges?|"
                  r"^(?!(?:when|where|after|before|as|while|until)\b)(?:the\s+)?(?:[\w-]+\s+){0,3}court$"),
    ]
]  # fmt: skip


# Bodies of a state, named by what they are rather than by their own name or acronym.
_STATE_RES = [
    (name, pattern)
    for name, pattern in [*ROLES, *_ALIAS_RES]
    if name in _ALIAS_CI or name in ("disaster agency", "prison service", "prosecutor", "coastguard", "local official")
]


# A description ending in the body's short name: "the U.N. peacekeeping mission MONUSCO", "rights group HRANA".
DESCRIBED_ACRONYM = re.compile(r"^(?:the\s+)?(?:[\w.'’-]+\s+){0,5}?[a-z][\w-]*\s+(?P<acr>[A-Z]{3,8})$")


def canonical(name: str) -> str | None:
    """The normalised name of a source phrase, or None if it names no one.

    >>> [canonical(x) for x in ["the Assistance Association for Political Prisoners (AAPP)",
    ...                         "AAPP(B)", "a local resident", "residents", "state television"]]
    ['AAPP', 'AAPP', 'resident', 'resident', 'state media']
    >>> canonical("the Ministry of Health"), canonical("a doctor at Khartoum hospital")
    ('health ministry', 'doctor')
    """
    text = _first_listed(" ".join(name.split()).strip(" ,.'\"“”"))
    if UNOWNED_DOCUMENT.fullmatch(text):
        return None  # "a fact-finding report ... has found": whose report it is says who speaks
    if role := ROLE_AT.match(text):  # "Doctors at the Mbabane Government Hospital said"
        return _singular(role[1].lower())
    acronym = ACRONYM_END.search(text)
    if acronym and acronym[1] not in _countries():  # "the United Nations Assistance Mission for Iraq (UNAMI)"
        # a state body is named by what it is, lower case: "the national police directorate (DGSN)" is police
        if body := _known(acronym[1]):
            return body  # "the Prime Ministry's Disaster and Emergency Management Presidency (AFAD)": AFAD
        known = next((alias for alias, pattern in _ALIAS_RES if pattern.fullmatch(acronym[1])), acronym[1])
        return _state_body(text[: acronym.start()]) or known
    if (
        (described := DESCRIBED_ACRONYM.match(text))
        and described["acr"] not in NOT_HEADLINE_SOURCE
        and _known(text[: described.start("acr")]) not in _ALIAS_CI  # "state broadcaster CCTV" is state media
    ):
        return canonical(described["acr"])  # the short name says which body, more than "mission" does
    if known := _known(text):  # a role, then a known body
        return known
    if m := MINISTER.match(text) or MINISTER_OF.match(text) or MINISTRY_NAMED.match(text):
        return _ministry(m["field"])  # "Justice Minister", "the Minister of Foreign Affairs", "the Defense Ministry"
    if (member := MEMBER_OF.match(text)) and _singular(member["role"].lower()) in ROLE_HEADS:
        return canonical(member["name"]) or member["name"]  # "Volunteers from the rescue service Zaka": Zaka
    text = _cut(text)
    text = DROP_WORDS.sub("", text).strip()
    text = DESCRIBED.sub(r"\1", text)  # "the Inter Sector Coordination Group of aid agencies": the name
    if text.lower() != text and _singular(text.lower()) in COMMON_ROLES:
        return _singular(text.lower())  # "Witnesses said": a role, not a name
    words = text.split()
    if len(words) >= 3 and words[-2:] == ["news", "agency"] and words[-3][:1].isupper() and all(
        w.islower() != w.endswith(("'s", "’s")) for w in words[:-3]  # not "the judiciary's Mizan news agency"
    ):
        return words[-3]  # "the Dogan news agency", "Iran's semi-official Fars news agency": its name
    if 1 < len(words) <= 4 and all(w.islower() for w in words[1:]) and _singular(words[-1]) in ROLE_HEADS:
        if re.fullmatch(DEMONYM, words[0]) and (len(words) == 2 or words[-2:] == ["rights", "group"]):
            return _singular(" ".join(words[1:]))  # "Moroccan officials said": officials; where from is not who
        return _singular(text.lower())  # "Hospital officials said": a role, capitalised to open a sentence
    named = PROPER_TAIL.search(text)
    head = text[: named.start()].split() if named else []
    if len(head) == 2 and head[1].lower() in ("in", "at", "of") and _singular(head[0].lower()) in ROLE_HEADS:
        return _singular(head[0].lower())  # "Officials in Karabakh": officials, not Karabakh
    if named and head and all(w[:1].islower() or w.endswith(("'s", "’s")) for w in head[1:]):
        # "Rights group Temblores", "Iraq's semi-official High Commission...", "witness Ma Thida"
        role = _singular(head[-1].lower())
        if role in COMMON_ROLES:
            return _known(named.group(1)) or role  # "the official Xinhua News Agency": state media
        country = re.sub(r"['’]s$", "", head[0])
        # a national body keeps its country, which its short name often spells: "Iraq's ... High Commission for
        # Human Rights" is the IHCHR
        return f"{country} {named.group(1)}" if country in _countries() and head[0] != country else named.group(1)
    if named and text[:1].islower():
        text = named.group(1)
    if len(re.findall(r"[A-Za-z]", text)) < 2 or text.lower() in NOT_A_SPEAKER:  # "R4V" is a name
        return None
    if text in _countries():
        return "government"  # "Kyrgyzstan said", "..., says Nigeria": the country's government
    if short := SHORT_NAME_HEAD.search(text):  # "the opposition M5-RFP coalition": M5-RFP
        return short[1]
    if NOT_A_SOURCE.search(text) or ANAPHORA.match(text):
        return None
    text = PLACE_AFTER_HEAD.sub(r"\1", text)  # "the Roman Catholic diocese of San Cristóbal de las Casas": the diocese
    proper = PROPER_TAIL.fullmatch(re.sub(r"^[Tt]he\s+", "", text))  # a long name: "Zimbabwe Association of ..."
    if len(text.split()) > (9 if proper else 6):
        return None
    if text[0].islower() or text.split()[0].lower() in ("local", "rights", "medical"):
        return _singular(text.lower())
    return text


# The place a body named in lower case serves, after it: "diocese of San Cristóbal de las Casas".
PLACE_AFTER_HEAD = re.compile(
    r"\b([a-z][a-z-]{2,})\s+(?:of|in)\s+[A-ZÀ-Þ][\w'’-]*(?:\s+(?:de|del|la|las|los|[A-ZÀ-Þ][\w'’-]*))*$"
)

# A body's short name before the word for what it is: "the opposition M5-RFP coalition".
SHORT_NAME_HEAD = re.compile(rf"(?:^|\b[a-z][\w'-]*\s+)([A-Z][A-Z0-9-]{{1,12}})\s+(?i:{ORG_HEADS})$")


# A unit of a ministry, which speaks for it.
PART_OF_MINISTRY = re.compile(
    r"^(?:[Tt]he\s+)?(?:[A-Z][\w'-]*\s+){1,5}of\s+(the\s+Ministry\s+of\s+(?:[A-Z][\w'-]*|and|the)(?:\s+(?:[A-Z][\w'-]*|and|the))*)$"
)
# Places whose ministries are a government's, though no country list holds them.
STATELIKE = frozenset({"Gaza", "West Bank", "Palestine", "Somaliland"})
def _below_state(place: str) -> bool:
    """Whether a place is neither a country nor a territory whose ministries are a government's."""
    return place not in STATELIKE and place not in _countries()


# The health office of a place below the state: "Dagestan's health ministry", "São Paulo state's health
# department", "the city's health agency"; a country's is the health ministry.
REGIONAL_HEALTH = re.compile(
    r"(?:the\s+)?(?P<place>(?-i:[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)*)(?:\s+(?:state|province|region|county|city))?|"
    r"city|state|province|region|county)['’]s\s+(?:(?:city|state|regional|provincial)\s+)?health\s+"
    r"(?:department|service|agency|authority|bureau|secretary)",
    re.IGNORECASE,
)


@cache
def _countries() -> frozenset[str]:
    """English names of the world's countries and territories (CLDR, through babel)."""
    names = [name for code, name in Locale.parse("en").territories.items() if code.isalpha()]
    # ... and the other name some give in brackets: "Myanmar (Burma)", as in "AAPP (Burma)"
    return frozenset(names + [m[1] for name in names if (m := re.search(r"\((\w+)\)", name))])


ARMY_WORDS = frozenset("The National Royal Armed Forces Army Defence Defense Military Force".split())


def _state_body(named: str) -> str | None:
    """The state body a name says it is ("the national police directorate": police), or None."""
    body = next((name for name, pattern in _STATE_RES if pattern.search(named)), None)
    return None if body == "military" and _own_army(named) else body


def spelled_out(short: str, text: str) -> str | None:
    """The state body a short name stands for where the report spells it out, by its initials:
    a release of "RSIPF" headed "ROYAL SOLOMON ISLANDS POLICE FORCE" is the police's.

    >>> spelled_out("RSIPF", "The Royal Solomon Islands Police Force (RSIPF) has arrested 100 people.")
    'police'
    >>> spelled_out("MSF", "Medecins Sans Frontieres said 12 were treated.")
    """
    if not re.fullmatch(r"[A-Z]{3,8}", short):
        return None
    words = re.findall(r"[A-Za-z][\w'’-]*", text)
    for i in (i for i, word in enumerate(words) if word[0] == short[0]):
        letters, j = short, i
        while letters and j < len(words) and (words[j][0] == letters[0] or words[j].lower() in LINK_WORDS):
            letters = letters[1:] if words[j][0] == letters[0] else letters
            j += 1
        if not letters and (body := _state_body(" ".join(words[i:j]))):
            return body
    return None


LINK_WORDS = frozenset("of for the and on".split())


def _own_army(named: str) -> bool:
    """Whether an army goes by a name of its own, a group and not a state's military: "the Baloch
    Liberation Army", "the Arakan Army", but not "the Sudanese Armed Forces" or "the Myanmar Army"."""
    return any(w[:4] not in _country_stems() for w in re.findall(r"\b[A-Z][\w'’-]*", named) if w not in ARMY_WORDS)


@cache
def _country_stems() -> frozenset[str]:
    """The first four letters of every country's name: "Sudanese" and "Myanmar" start like one."""
    return frozenset(country[:4] for country in _countries())


def _cut(text: str) -> str:
    """Drop what follows the speaker's name or role ("a doctor at the hospital" -> "a doctor"),
    but not a preposition inside a name ("Committee to Protect Journalists")."""
    for m in CUT_AT.finditer(text):
        before, after = text[: m.start()].split(), text[m.end() :].split()
        role_first = len(before) == 1 and _singular(before[0].lower()) in ROLE_HEADS  # "Doctors at Salmaniya"
        inside_name = bool(before and after) and before[-1][:1].isupper() and after[0][:1].isupper() and not role_first
        if not inside_name:
            return text[: m.start()]
    return text


def _singular(phrase: str) -> str:
    words = phrase.split()
    last = words[-1]
    if last.endswith("sses") or last.endswith("esses"):
        last = last[:-2]
    elif last.endswith("ies") and len(last) > 4:
        last = last[:-3] + "y"
    elif last.endswith("s") and not last.endswith(("ss", "us", "media", "police", "headquarters", "news")):
        last = last[:-1]
    return " ".join([*words[:-1], last])


def is_anaphor(subject: str) -> bool:
    """Whether a subject points back to a source named before ("the group", "it").

    >>> is_anaphor("the group"), is_anaphor("It"), is_anaphor("the Commission")
    (True, True, True)
    >>> is_anaphor("AAPP"), is_anaphor("the World Health Organization"), is_anaphor("the justice ministry")
    (False, False, False)
    """
    text = " ".join(subject.split()).strip()
    return bool(ANAPHORA.match(text)) and not NAME_WORD.search(text) and not FIELD_MINISTRY.match(text)


@dataclass(frozen=True)
class Attribution:
    """A source named in a sentence, or a pointer back to one named before."""

    source: str | None  # normalised name; None when the words point back ("the group said")
    text: str | None  # the words as written
    points_back: bool
    position: int  # where in the sentence, to pick the nearest one to a figure


def attributions(sentence: str) -> list[Attribution]:
    """Every attribution in one sentence, in order of position.

    >>> [a.source for a in attributions(
    ...     "The toll rose to 320, according to the AAPP, a monitoring group.")]
    ['AAPP']
    >>> [(a.source, a.text) for a in attributions("Police said 42 people were arrested.")]
    [('police', 'Police')]
    >>> [(a.source, a.points_back) for a in attributions("More than 600 were freed, the group said.")]
    [(None, True)]
    >>> attributions("The junta released 600 prisoners.")
    []
    """
    sentence = LIVE_TIME.sub(lambda m: " " * len(m.group()), sentence)  # positions kept
    sentence = SHORT_TITLE.sub(lambda m: m[1] + " ", sentence)  # "Gov. Greg Abbott": no full stop
    out: list[Attribution] = []
    for m in HEADLINE_SOURCE.finditer(sentence) if ":" in sentence or " - " in sentence or " – " in sentence else ():
        if m["src"] and canonical(m["src"]) in KNOWN and m["src"] not in _countries():  # not "Sri Lanka: ..."
            out += _resolve(m["src"], m.start("src"))
        elif m["end"] and _closing_speaker(m["end"]):
            out += _resolve(m["end"], m.start("end"))
    for pattern in (TALLY, CUE_BEFORE, POSSESSIVE, WITH_SAYING, FIGURES_SHOW, QUOTED_AS):
        if pattern is FIGURES_SHOW and not FIGURES_HINT.search(sentence):
            continue  # most sentences tell no figures showing anything: skip the slow scan
        for m in pattern.finditer(sentence):
            if pattern is FIGURES_SHOW and TALLY_OF.search(sentence, 0, m.start("src")):
                continue  # "An AFP tally of police and hospital figures shows": what the tally is made of
            short = SHORT_AFTER.match(sentence, m.end("src"))
            if short and canonical(m["src"]) not in _ALIAS_CI:  # "according to the UN mission, UNMIK,"
                out += _resolve(short["short"], m.start("src"))
                continue
            out += _resolve(m["src"], m.start("src"))
    inverted = set()  # the speech verbs whose speaker follows them
    for m in SAID_SUBJECT.finditer(sentence):  # "..., said Ali Alqasi-Mehr, the head of the judiciary"
        name, _, appos = m["src"].partition(", ")
        found = _resolve(name, m.start("src"))
        if appos and (not found or _is_name(found[0])):
            found = _appositive(appos, m.start("src") + len(name) + 2) or found
        if any(a.source for a in found):
            inverted.add(m.start("src"))
        out += found
    for verb in SPEECH_VERB.finditer(sentence):
        if verb.group() == "Said" and re.search(r"[A-Z][\w-]*\s$", sentence[: verb.start()]):
            continue  # "Port Said", "Mohamed Said": a name, not speech
        after = NOT_SPEECH_AFTER.match(sentence, verb.end())
        if (after and (verb.group().lower() == "reports" or after.group().strip() != "of")) or any(
            verb.end() < i <= verb.end() + 2 for i in inverted
        ):
            continue  # "has claimed 358 lives", "credible reports of", ", said X": no speaker before it
        if NEGATED_SPEECH.search(sentence, max(0, verb.start() - 20), verb.start()) or (
            RELATIVE_SAID.search(sentence, max(0, verb.start() - 60), verb.start())
            and re.match(r"\s+(?:was|were|is)\b", sentence[verb.end() :])
        ):
            continue  # "a claim the government did not confirm", "a move that U.S. officials said was": no count told
        window = max(0, verb.start() - 200)
        relative = RELATIVE_SUBJECT.search(sentence, window, verb.start())
        if relative and re.match(r"[^.;]{0,150}?\d", sentence[verb.end() :]):  # the relative clause tells a count
            # "the International Organization for Migration, which said on Sunday that ...": the body before
            out += _resolve(_subject(relative["np"]), relative.start("np"))
            continue
        # "Human Rights Watch, which sent researchers to ..., has documented": the subject is before the aside
        aside = RELATIVE_ASIDE.search(sentence, window, verb.start())
        m = SUBJECT_BEFORE.search(sentence[: aside.start()] + " ", window) if aside else None
        m = m or SUBJECT_BEFORE.search(sentence, window, verb.start())
        if m is None or re.search(r"\b(?:were|was|been|be|is|are|to\s+[a-z]+)\s*$|['’]s\s*$", m["src"], re.I):
            continue  # "were reported missing", "continue to verify reports", "Saturday's reports": no speech
        subject = _subject(m["src"])
        if REPORTED_COUNTER.search(sentence, window, m.start("src") + m["src"].rfind(subject)) and (
            re.fullmatch(r"(?i:a|an|the|its|their|his|her|our|[\d,]+|\w+)\s+[a-z][^,]*|[a-z][\w-]*", subject)
            or FACILITY_END.search(subject)  # "officials said Lady Reading Hospital alone had received 104 bodies"
        ):
            continue  # "The ICRC said a hospital it supports had received 29 bodies": the ICRC speaks
        if (
            DETERMINER_END.search(subject) or PREPOSITION_END.search(subject) or EVENT_SUBJECT.match(subject)
            or (re.match(r"[a-z]+ing\b", subject) and verb.group().lower() in NOUN_LIKE_VERBS)
        ):  # "bringing the confirmed toll", "based on reports from", "further killings have raised",
            continue  # "rejecting opposition claims that": no speaker
        if re.search(r"\S+\s+\S+\s+and$", subject):  # "The RSF denied targeting civilians and said": who denied
            lead = LEADING_SUBJECT.match(subject)
            told_in_that = re.search(r"\bthat\s+$", m["src"][: m["src"].rfind(subject)])
            cut = re.match(r"\w", sentence[m.start("src") - 1 : m.start("src")])  # the subject began before the window
            if not lead or AUX_WORD.fullmatch(lead["np"]) or told_in_that or cut:
                continue  # "denied that police had taken part and said 25": the one who denied, told before
            subject = lead["np"]
        if re.search(r"\b(?:who|which|that)\b.*\b\d", subject):
            continue  # "An 18-year-old gunman who killed 19 children ... had posted": the count's own subject
        if subject.lower() in ("and", "also", "then", "later"):  # "..., and said 25 were hurt"
            out.append(Attribution(None, "it", True, verb.start()))
            continue
        found = _resolve(subject, m.start("src") + m["src"].rfind(subject))
        if m["appos"] and found and (
            (re.fullmatch(r"\s*[A-Z]{3,8}\s*", m["appos"]) and found[0].source not in _ALIAS_CI)  # "..., MINUSMA,"
            or (GIVEN_NAME.fullmatch(m["appos"]) and BODY_HEAD.search(found[0].source or "") and not _known(subject))
            or (ACRONYM_END.search(m["appos"].strip()) and BODY_HEAD.search(found[0].source or ""))  # "a local
        ):  # rights group, the Committee for the Defense of Human Rights (CNDDH), had put"
            found = _resolve(m["appos"].strip(), m.start("appos") + 1)  # "a Moroccan rights group, AMDH, put"
        elif m["appos"] and (not found or _is_name(found[0]) or found[0].points_back):
            at = m.start("appos")
            found = _appositive(m["appos"], at) or _named(m["appos"], at, subject, found) or found
        elif aside and found and _is_name(found[0]) and re.match(r",\s+who\b", aside.group()):
            # "Tamer Ramadan, who heads the Libya delegation of the IFRC, said": a person's office
            found = _appositive(aside.group().strip(" ,"), aside.start() + 2) or found
        out += found
    for m in ACRONYM.finditer(sentence):
        name = canonical(m.group(1))
        spelled = name in KNOWN and _spelled_before(name, sentence[: m.start()])  # "Médecins Sans Frontières (MSF)."
        credit = (
            re.search(r"\d\s*$", sentence[: m.start()])  # "320 (AAPP)"
            or (re.match(r"\s*[.;]?\s*$", sentence[m.end() :]) and not spelled)  # "... (AAPP)."
            or CUE_BEFORE.search(sentence, max(0, m.start() - 80), m.start())  # "according to the ... office (OCHA)"
        )
        if name in KNOWN and credit and not DATELINE_CREDIT.match(sentence, m.end()):  # not "(Xinhua) -"
            out.append(Attribution(name, m.group(1), False, m.start()))
    if (m := CREDIT_END.search(sentence)) and (name := _credited(m["src"])):
        out.append(Attribution(name, m["src"], False, m.start("src")))
    elif "|" in sentence or LABEL_LINE.match(sentence):  # a fact box's header or label credited in brackets
        for m in BOX_CREDIT.finditer(sentence):
            if name := _credited(m["src"]):
                out.append(Attribution(name, m["src"], False, m.start("src")))
    if not any(a.source for a in out):
        for m in STATE_MEDIA.finditer(sentence):
            if re.match(r"['’]s\b", sentence[m.end() :]):
                continue  # "the state broadcaster's headquarters": a place, not a speaker
            if out and CHANNEL_BEFORE.search(sentence, max(0, m.start() - 40), m.start()):
                continue  # "In a statement read on state television, the office said": the office speaks
            if not (sentence[m.start() - 1 : m.start()] == "(" and DATELINE_CREDIT.match(sentence, m.end() + 1)):
                out.append(Attribution("state media", m.group(0), False, m.start()))
    if (quote := QUOTED.match(sentence)) and any(a.source and a.position >= quote.end() for a in out):
        out = [a for a in out if a.position >= quote.end()]  # "'We have documented 61 deaths,' X said": X's "we"
    counters = [a for a in out if COUNTER_VERB.match(sentence, a.position + len(a.text or ""))]
    closing = [
        a for a in out
        if counters and a.source and (a.source in KNOWN or a.source[:1].isupper() or _known(a.source))
        and not re.search(r"\d", sentence[a.position :])
    ]  # fmt: skip
    if closing:  # "Troops counted 4,000 bodies, a U.N. spokesman said": the speaker closing it tells the count
        out = [a for a in out if a not in counters or a.position >= closing[-1].position]
    if any(a.source == "officer" for a in out) and POLICE.search(sentence):
        # "Police arrested six people ..., a senior officer said": a police officer
        out = [replace(a, source="police") if a.source == "officer" else a for a in out]
    unique = {(a.source, a.position): a for a in out}
    return sorted(unique.values(), key=lambda a: a.position)


def _spelled_before(name: str, before: str) -> bool:
    """Whether a known body's name is written out right before its short name in brackets."""
    pattern = ALIAS_PATTERNS[name]
    return any(m.end() == len(before.rstrip()) for m in pattern.finditer(before.rstrip()))


def _closing_speaker(src: str) -> bool:
    """Whether the words after a headline's last colon name who speaks: a known body, an acronym or
    a role ("ISPR", "police", "officials"), not a place or a label ("Sri Lanka", "what we know")."""
    if src in _countries() or src in NOT_HEADLINE_SOURCE:
        return False
    name = canonical(src)
    return bool(name) and (
        name in KNOWN or bool(re.fullmatch(r"[A-Z]{3,8}", src)) or _known(src) is not None or name in COMMON_ROLES
    )


POLICE = re.compile(r"\bpolice\b", re.IGNORECASE)
# Where a statement was heard, not who made it: "read on state television", "broadcast by state radio".
CHANNEL_BEFORE = re.compile(
    r"\b(?:(?:read|broadcast|aired|televised|shown)\s+(?:live\s+)?(?:on|by|over)|told|tells|telling)\s+$", re.IGNORECASE
)
# A body's short name right after its description: "according to the UN mission, UNMIK, 28 people".
SHORT_AFTER = re.compile(r"\s*,\s+(?P<short>[A-Z]{3,8}),")
# A body's own name after its description: "a Moroccan rights group, AMDH,", "a monitor, Airwars,".
GIVEN_NAME = re.compile(r"\s*[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}\s*")


# A quotation opening a sentence, up to its closing mark: its speaker is named after it.
QUOTED = re.compile(r"\s*[\"“‘'][^\"“”‘’']{8,400}[,.!?]?[\"”’']")


# A title that says which body a person speaks for: "the head of the province's judiciary".
TITLE_OF = re.compile(
    r"^\s*(?:the\s+)?(?:[\w-]+\s+|co-)?(?:head|chief|director(?:-general)?|spokes\w+|official|leader|president|chair\w*|"
    r"secretary|commissioner|member)\s+(?:of|at|for|from)\s+(?:the\s+)?(?:[\w-]+['’]s\s+)?(?P<body>[^,]+?)\s*$",
    re.IGNORECASE,
)


# The head of a place: "the mayor of Kharkiv", "the Moscow-installed head of Nova Kakhovka".
LOCAL_HEAD = re.compile(
    r"^\s*(?:the\s+)?(?:[\w-]+\s+)?(?:head|mayor|governor|chief|administrator)\s+of\s+"
    r"(?:the\s+)?[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2}(?:\s+(?:region|province|state|district|city|town))?\s*$"
)


def _appositive(appos: str, position: int) -> list[Attribution]:
    """The body an appositive names, when it names one: "known as the JEP", "head of the
    IFRC team", "the head of the province's judiciary"; else nothing."""
    appos = re.sub(r"^\s*who\s+(?:heads|leads|runs|chairs)\s+", "head of ", appos)  # "who heads the X delegation of Y"
    named_as = re.sub(r"^\s*(?:also\s+)?(?:known\s+as|called)\s+", "", appos)
    if named_as != appos:
        return _resolve(named_as, position)
    appos = re.sub(r"\s+(?:who|whose|which|that)\s.*$", "", appos)  # "the doctor who coordinates ...": a doctor
    if (title := TITLE_OF.match(appos)) and (
        title["body"][:1].islower() or _known(title["body"]) or re.match(r"\s*(?:the\s+)?co-", appos)
        or ACRONYM_END.search(title["body"])  # "chairman of the Oromo Federalist Congress (OFC)"
    ):  # "co-director of Temblores": a body by name
        return _resolve(title["body"], position + title.start("body"))
    if LOCAL_HEAD.match(appos):  # "the Moscow-installed head of Nova Kakhovka": a local official
        return [Attribution("local official", appos.strip(), False, position)]
    found = _resolve(appos, position)
    if found and found[0].points_back and TITLE_OF_BODY.match(appos.strip()):
        return found  # "Fadel Abdulghany, the group's director,": the group named before
    return found if found and (found[0].source in KNOWN or found[0].source in COMMON_ROLES or _known(appos)) else []


# A fact box's line credited in brackets at its end: "- 773 killed in Goma (Ministry of Health)".
CREDIT_END = re.compile(r"\((?P<src>[A-Za-z][\w\s'’.&-]{2,60})\)\s*[.;]?\s*$")


# A credit in brackets inside a fact box's line: "TOLL AS OF TUESDAY (interior ministry) | Deaths: 2,901",
# "Injured (reported to Ministry of Health): 126".
BOX_CREDIT = re.compile(r"\((?:(?:reported|given|provided)\s+(?:to|by)\s+|according\s+to\s+|source:\s*)?"
                        r"(?P<src>[A-Za-z][\w\s'’.&-]{2,60})\)")
LABEL_LINE = re.compile(r"^\W*[A-Z][\w\s()'’.-]{0,60}:\s*[\d,.]+\s*$")


def _credited(inside: str) -> str | None:
    """The source a closing bracket credits, when it names a body or a role: "(rights groups)",
    "(Ministry of Health)"; not "(pictured)" or an outlet's "(AFP)"."""
    if ACRONYM.fullmatch(f"({inside})"):
        return None  # short names are read by ACRONYM, which knows when they are credits
    name = canonical(inside)
    if name and (name in KNOWN or _known(inside) or re.search(rf"\b(?:{ORG_HEADS})\b", name, re.IGNORECASE)):
        return name
    return None


# The head noun of a body, not of a person's title ("the association's director" is a person).
BODY_HEAD = re.compile(
    r"\b(?:group|commission|council|cent(?:re|er)|organi[sz]ation|association|monitor|watchdog|agency|body|ngo|"
    r"charity|network|committee|platform|coalition|alliance|observatory|federation|union|authority|ministry|"
    r"institute|department|service|party|foundation|society|league|movement)$",
    re.IGNORECASE,
)


def _named(appos: str, position: int, subject: str, found: list[Attribution]) -> list[Attribution]:
    """A proper name in apposition to a generic head names it: "the country's human rights commission,
    Komnas HAM,"."""
    name = appos.strip()
    bare = re.sub(r"^the\s+|\s*\([A-Z][A-Za-z]{1,8}\)$", "", name)  # "the Front Citoyen Togo Debout (FCTD)"
    generic = bool(found) and found[0].points_back
    body = generic and BODY_HEAD.search(subject) and not TITLE_OF.match(subject)  # not "the Director-General of ..."
    if body and PROPER_TAIL.fullmatch(bare) and len(bare.split()) <= 5:
        return [Attribution(canonical(name) or name, name, False, position)]
    return []


# Two bodies speaking together, a noun phrase each and no clause between: told by the first.
LISTED_SUBJECT = re.compile(
    r"(?:^\s*|[,;:]\s*)(?P<first>(?:[Tt]he|[Aa]n?)\s+(?:(?![a-z]+ed\b)[\w'’.&-]+\s+){0,5}?[A-Z][\w'’.&-]*)"
    r"\s+and\s+(?:the|a|an)\s+(?=[^,;]*[A-Z])(?:(?![a-z]+ed\b)[\w'’.&-]+\s*){1,7}$"
)


DAY_FIRST = re.compile(
    r"^(?:[Oo]n|[Bb]y)\s+(?:[A-Z][a-z]+day|[A-Z][a-z]+\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+)(?:\s+\w+ing)?,?\s+(?=[a-zA-Z])"
)


def _subject(before_verb: str) -> str:
    """The subject noun phrase at the end of the text before a speech verb."""
    before_verb = re.sub(r"\s+(?:including|such\s+as)\s+[^,;]*$", "", before_verb)  # "rights groups including A and B"
    if listed := LISTED_SUBJECT.search(before_verb):
        before_verb = listed["first"]  # "The legal aid group Cubalex and the citizen platform Justicia 11J say"
    text = re.split(
        r"[;\"“”]|:(?!\d)|\s[-–—]\s|\bthat\b|\bwhile\b|\bbut\b|\band\b(?=\s+(?:the|a|an)\b)|"
        r"\b(?:said|says|saying|adding|noting)\b|"  # "Foro Penal said it had so far confirmed": "it"
        r"\b(?:told|tells?)(?:\s+(?:us|me|reporters|journalists|AFP|Reuters|AP|(?-i:[A-Z][\w.&-]*)))?\b|"
        r"\b(?:what|which|where)\b",  # "correcting what officials said": a clause of its own
        before_verb,
    )[-1]
    text = re.sub(r"^\W*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*", "", text.strip())  # live-blog times
    text = text.lstrip("'‘’ ")  # "'..., 718 remain missing,' the association's director said"
    # "In (neighbouring) American Samoa officials"
    text = re.sub(r"^(?:[Ii]n|[Aa]t|[Aa]cross)\s+(?:[a-z]+\s+)?(?:[A-Z][\w'’-]*\s+)+(?=[a-z])", "", text)
    text = re.sub(r"^(?:earlier|later|also|then|previously|separately)\s+", "", text.strip())  # "said earlier it"
    text = DAY_FIRST.sub("", text)  # "On Saturday the agency had counted": the day, then who
    # "told AFP she had counted": the pronoun speaks, not the outlet
    text = re.sub(r"^(?:the\s+)?[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)?\s+(?=(?:he|she|they|it|we)$)", "", text)
    # "X on Monday said", "officials here say"
    text = re.sub(r"\s+(?:on\s+\w+day|yesterday|today|last\s+\w+|this\s+\w+|here|there)$", "", text)
    text = re.sub(r"\s+(?:alone|itself|themselves)$", "", text)  # "Jinnah Postgraduate Medical Centre alone has"
    return re.sub(r"\s+(?:had|has|have|was|is|would|also|later|can|could|must|may)$", "", text).strip()  # "We can now"


AUX_WORD = re.compile(r"(?i:has|have|had|was|were|is|are|did)")
# The subject of a clause that goes on with "and said": "Governor Cláudio Castro called the operation a success and".
LEADING_SUBJECT = re.compile(r"(?P<np>.+?)\s+(?:[a-z]+ed|has|had|have|was|were|is|are|did|told|said|says|gave|put)\b")

# Titles written short before a name, whose full stop would end the phrase: an office says who
# speaks ("Gov. Greg Abbott": governor); a rank or degree does not, and gives way to the name.
OFFICE_ABBREVIATIONS = {"Gov": "governor", "Sen": "senator", "Rep": "lawmaker"}
RANK_ABBREVIATIONS = "Gen Lt Col Maj Brig Capt Sgt Insp Supt Const Cpl Det Dr Prof".split()
SHORT_TITLE = re.compile(rf"\b({'|'.join([*OFFICE_ABBREVIATIONS, *RANK_ABBREVIATIONS])})\.(?=\s+[A-Z])")
SHORT_TITLED_NAME = re.compile(
    rf"^(?:[A-Z][\w-]+\s+(?:state\s+|province\s+|county\s+)?)?(?:(?P<office>{'|'.join(OFFICE_ABBREVIATIONS)})\s+|(?:{'|'.join(RANK_ABBREVIATIONS)})\s+)+"
    r"(?P<name>[A-ZÀ-ÖØ-Þ][\w'.-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w'.-]+)*)$"
)


# A count and who made it: "a new count released on Thursday by the platform Plataforma Decide".
COUNT_BY = re.compile(
    r"^(?:an?\s+|the\s+)?(?:(?:new|latest|updated|separate|own|fresh)\s+)?(?:count|tally|report|figures|data|list)\s+"
    r"(?:(?:released|published|compiled|issued|kept|provided)\s+(?:(?:on\s+\w+|today|yesterday)\s+)?)?by\s+"
    r"(?P<owner>.+)$",
    re.IGNORECASE,
)
# A body's document or count: "IOM's Displacement Tracking Matrix (DTM)", "the authority's daily report".
DOCUMENT_OF = re.compile(
    r"^(?P<owner>[^,;]{2,60}?)(?:['’]s|(?<=s)['’])\s+(?:[\w-]+\s+){0,3}?(?i:reports?|bulletins?|updates?|statements?|"
    r"figures|data|tally|count|matrix|database|records|briefing|dashboard|list|regist(?:er|ry)|locator|website|tracker)"
    r"(?:\s*\([^)]*\))?$"
)


def _first_listed(phrase: str) -> str:
    """A list of speakers is told by the first: "a security source and local residents who spoke to Anadolu",
    "police and fire officials" (police officials)."""
    if shared := SHARED_HEAD.fullmatch(phrase):
        return f"{shared['first']} {shared['head']}"
    if (role := ROLE_LISTED.match(phrase)) and _singular(role[1].lower()) in COMMON_ROLES:
        return role[1]  # "witnesses and rights groups said": witnesses
    return re.split(r"\s+and\s+(?=(?:a|an|the|local|other|several|some)\s)", phrase, maxsplit=1)[0]


# When a source spoke, told after its name: "the force last week", "the ministry on Monday".
TIME_TAIL = re.compile(
    r"\s+(?:(?:last|this|earlier\s+this)\s+(?:week|month|year)|on\s+\w+day|\w+day|yesterday|today|earlier|later)$",
    re.IGNORECASE,
)
# A role listed first: "witnesses and rights groups", "residents and activists".
ROLE_LISTED = re.compile(r"([A-Za-z]+)\s+and\s+\w")
# Two speakers sharing one head noun: "police and fire officials", "army and police sources".
SHARED_HEAD = re.compile(r"(?P<first>[\w-]+)\s+and\s+[\w-]+\s+(?P<head>officials|sources|spokes\w+)", re.IGNORECASE)


def _resolve(phrase: str, position: int) -> list[Attribution]:
    phrase = TIME_TAIL.sub("", phrase.strip())  # "figures released by the force last week"
    phrase = COUNT_WORDS.sub("", _first_listed(phrase))  # "ministry figures" -> "ministry"
    if counted := COUNT_BY.match(phrase):
        phrase = counted["owner"]  # "a new count released on Thursday by the platform Plataforma Decide"
    if document := DOCUMENT_OF.match(phrase):
        phrase = document["owner"]
    if short := SHORT_TITLED_NAME.match(phrase):
        if short["office"]:
            return [Attribution(canonical(OFFICE_ABBREVIATIONS[short["office"]]), phrase, False, position)]
        phrase = short["name"]
    if re.fullmatch(r"(?:an?|the)\s+spokes(?:man|woman|person)", phrase, re.IGNORECASE):
        return [Attribution(None, phrase, True, position)]  # "Amnesty's count ..., a spokesman added": Amnesty's
    if (
        re.search(r"\b(?:it|they|he|she)$", phrase)
        and not is_anaphor(phrase)
        and not re.search(r"\b(?:\w+ing|of|for|to|with|from|by|on|in|at|about)\s+it$", phrase)
    ):  # "a figure it said", "a figure he said", not "the official in charge of enforcing it"
        phrase = phrase.split()[-1]
    titled = TITLED_NAME.match(phrase)
    if titled and NAMED_BODY.search(phrase) and (body := next((n for n, p in _NAMED_RES if p.search(phrase)), None)):
        return [Attribution(body, phrase, False, position)]  # "High Commissioner Michelle Bachelet": a known body
    if titled and (body := _known(phrase[titled.end("title") :])):
        return [Attribution(body, phrase, False, position)]  # "the official Xinhua News Agency": no person
    phrase = titled["title"] if titled else phrase  # "ministry spokesman Saad Maan" -> title
    if (m := TITLE_OF_BODY.match(phrase)) and BARE_HEAD.match(m["body"]):
        phrase = m["body"].lower()  # "Ministry spokesman" -> "ministry"
    elif m and re.fullmatch(r"[A-Z][A-Za-z-]{1,20}", m["body"]) and re.search(r"(?i:spokes\w+|director\S*)$", phrase):
        phrase = m["body"]  # "DSI director-general": DSI; "a Railways spokesperson": the railways
    elif (m := TITLE_OF.match(phrase)) and BARE_HEAD.match(m["body"]):
        phrase = m["body"]  # "the Director-General of the agency" -> "the agency"
    elif m and re.fullmatch(r"[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}", m["body"]) and not _known(m["body"]):
        body = m["body"] if re.match(r"(?:its|their)\s", m["body"]) else f"the {m['body']}"
        return [Attribution(None, body, True, position)]  # "a spokesman for the guard": named before
    elif m and (
        _known(m["body"])
        or (m["body"][:1].isupper() and not _known(phrase) and canonical(m["body"]) and " " in m["body"])
    ):  # not "the prefect of Venice": a place the office serves
        phrase = m["body"]  # "a spokeswoman for the city's hospitals": the hospitals; "the head of the X union": X
    # the bracket or a closing short name names it
    known = canonical(phrase) if ACRONYM_END.search(phrase) or DESCRIBED_ACRONYM.match(phrase) else _known(phrase)
    if titled and not known:  # "Odisha Home Secretary" -> home secretary; "Justice Minister" -> ministry
        if re.fullmatch(r"(?i:spokes(?:man|woman|person))", phrase):
            return [Attribution(None, phrase, True, position)]  # "spokeswoman Sona Truzyan": for whom, told before
        if body := BODY_BEFORE_TITLE.match(phrase):  # "Federal Security Service Director", "Foro Penal's director"
            return [Attribution(canonical(body["body"] or body["owner"]), phrase, False, position)]
        minister = MINISTER.match(" ".join(phrase.split()[-2:])) or MINISTER.match(" ".join(phrase.split()[-3:]))
        known = _ministry(minister["field"]) if minister else _title_role(phrase)
    if known:
        return [Attribution(known, phrase, False, position)]
    if is_anaphor(phrase) or BARE_HEAD.match(phrase) or re.match(r"(?:our|we)\b", phrase, re.IGNORECASE):
        return [Attribution(None, phrase, True, position)]  # "our teams at South Hospital": the writer
    name = canonical(phrase)
    return [Attribution(name, phrase, False, position)] if name else []


# A body's capitalised name before the office of the one speaking for it: "Federal Security Service Director".
BODY_BEFORE_TITLE = re.compile(
    rf"^(?:the\s+)?(?:(?P<body>(?:[A-Z][\w'-]*\s+(?:of\s+)?)+(?i:{ORG_HEADS}|hospital|clinic)s?)\s+|"
    r"(?P<owner>(?:[A-Z][\w-]*\s+)*[A-Z][\w-]*)['’]s\s+)(?i:director(?:-general)?|chief|head|spokes\w+)(?:\s+of\s+[a-z]+)?$"
)

# Words of an office a person holds; a title keeps the longest run of them at its end.
TITLE_WORDS = frozenset(
    """chief deputy vice senior secretary general commissioner director spokesperson spokesman
    spokeswoman head governor mayor prosecutor attorney official minister president adviser advisor undersecretary
    envoy rapporteur police health interior foreign defence defense justice home district regional
    provincial state lawmaker legislator senator mp""".split()
)


# Fields whose secretary heads a ministry: "Health Secretary", "Defence Secretary".
SECRETARY_FIELDS = frozenset("health defence defense interior home foreign justice".split())
GENERIC_TITLES = frozenset("chief head official spokesman spokeswoman spokesperson senior deputy".split())


def _title_role(title: str) -> str | None:
    """The office of a title, lower case, without the place it serves: "Odisha Home Secretary"
    -> "home secretary"."""
    words = title.lower().split()
    kept: list[str] = []
    for word in reversed(words):
        if word not in TITLE_WORDS:
            break
        kept.insert(0, word)
    if set(kept) <= GENERIC_TITLES:
        return None  # "judiciary chief": the body it heads says more than "chief"
    if kept == ["secretary"]:
        return "government"  # "Security Secretary Chris Tang": a member of the government
    if len(kept) == 2 and kept[1] == "secretary" and kept[0] in SECRETARY_FIELDS:
        return _ministry(kept[0])  # "Health Secretary Jorge Alcocer": the minister, by another name
    return " ".join(kept)


def _known(phrase: str) -> str | None:
    """A known body or role named by the phrase ("the disaster agency"), else None."""
    if part := PART_OF_MINISTRY.search(phrase):
        phrase = part[1]  # "the Emergency Operations Center of the Ministry of Public Health": the ministry
    if (regional := REGIONAL_HEALTH.match(phrase.strip())) and _below_state(regional["place"]):
        return "local official"  # "Dagestan's health ministry", "the city's health agency": not the nation's
    if role := ROLE_AT.match(phrase.strip()):  # "Doctors at the Mbabane Government Hospital", not "a doctor with MSF"
        named = next((name for name, pattern in _NAMED_RES if pattern.search(phrase, role.end())), None)
        return named or _singular(role[1].lower())
    if re.match(r"(?:the\s+)?Ministry\s+of\b", phrase, re.IGNORECASE) and (m := MINISTER_OF.match(phrase)):
        # the ministry heads its name: "the Ministry of the Interior and Local Authorities" is no local official
        return next((alias for alias, pattern in _ALIAS_RES if pattern.match(phrase)), None) or _ministry(m["field"])
    for name, pattern in [*_NAMED_RES, *ROLES, *_ALIAS_RES]:  # a body's own name, then what it is
        if pattern.search(phrase):
            return name
    return None


def _is_name(found: Attribution) -> bool:
    """A person's name kept as it was written, which an appositive can explain; not a body's name
    ("the Zimbabwe Human Rights NGO Forum, a coalition of rights groups")."""
    return (
        bool(found.source)
        and found.source not in KNOWN
        and not found.source.islower()
        and not re.search(rf"\b(?:{ORG_HEADS})\b", found.source, re.IGNORECASE)
        and not BODY_BEFORE_TITLE.match(found.text or "")  # "Foro Penal's director": the body a person speaks for
    )


# A document named without its owner: "a fact-finding report", "a new study".
UNOWNED_DOCUMENT = re.compile(
    r"(?:a|an)\s+(?:[\w-]+\s+){0,3}(?:report|study|survey|review|assessment|analysis|investigation)", re.IGNORECASE
)
# Words that name a count rather than its keeper: "according to ministry figures".
COUNT_WORDS = re.compile(r"\s+(?:figures|data|tally|count|estimates?|records|statistics)$", re.I)
# A title before a person's name: keep the title, which says who speaks.
TITLED_NAME = re.compile(
    r"^(?P<title>(?:[\w'-]+\s+)*(?i:spokes\w+|minister|official|chief|head|director(?:-general)?|adviser|"
    r"advisor|commissioner|governor|mayor|envoy|rapporteur|(?:under-?)?secretary|president|prosecutor|lawmaker|administrator|judge|"
    r"officer|"
    r"legislator|senator|MP|(?-i:CS))(?:\s+of\s+(?!(?:the|a|an)\b)[a-z]+)?)\s+(?:(?:[A-Z]\.?\s+)+[A-ZÀ-ÖØ-Þ][\w'.-]+|[A-ZÀ-ÖØ-Þ][\w'.-]+"
    r"(?:\s+(?:(?:al|el|bin|ibn|de|da|van|von|der)[\s-]+)?[A-ZÀ-ÖØ-Þ][\w'.-]+)+)$"
)
# The body a title speaks for: "ministry spokesman" speaks for the ministry.
TITLE_OF_BODY = re.compile(
    r"^(?:an?\s+)?(?P<body>(?:the\s+)?[a-z][\w-]*)(?:['’]s)?\s+(?:spokes\w+|officials?|chief|head|director(?:-general)?)$",
    re.I,
)
# "the Minister of Foreign Affairs" speaks for the foreign ministry.
MINISTER_OF = re.compile(
    r"^(?:the\s+|an?\s+|[\w\s-]+['’]s\s+)?(?:(?:federal|state|provincial|national|deputy|vice|junior)\s+)*"
    r"(?:minist(?:er|ry)|secretary(?=\s+of\s+state))\s+(?:of\s+state\s+for|of|for)\s+(?:the\s+)?"
    r"(?P<field>(?:public|internal|state)\s+[a-z]+|[a-z]+?)s?\b",
    re.IGNORECASE,
)
# "Justice Minister" speaks for the justice ministry.
MINISTER = re.compile(
    r"^(?:the\s+)?(?:[\w-]+['’]s\s+)?(?P<field>(?!(?:chief|prime|deputy|vice|junior|federal|state|cabinet)\b)[a-z]+)"
    r"\s+(?:minister|under-?secretary|cabinet\s+secretary|(?-i:CS))$",  # Kenya's "Interior Cabinet Secretary", "CS"
    re.IGNORECASE,
)
# A ministry by its capitalised name: "The Defense Ministry", "Russia's Healthcare Ministry".
MINISTRY_NAMED = re.compile(r"^(?:[Tt]he\s+)?(?:[\w-]+['’]s\s+)?(?P<field>(?![Tt]he\b)[A-Za-z][a-z]+)\s+[Mm]inistry$")
FIELD_SPELLING = {  # one name for one ministry
    "defense": "defence", "healthcare": "health", "home": "interior", "internal affairs": "interior",
    "internal": "interior", "internal administration": "interior",
}


def _ministry(field: str) -> str:
    """The ministry of a field, one spelling for each: "Defense" -> "defence ministry"; a ministry of
    disasters or emergencies is the state's disaster agency, as its emergency services are; a ministry of
    information or communication is the government it speaks for, and counts nothing itself."""
    field = FIELD_SPELLING.get(field.lower(), field.lower())
    if field in ("information", "communication", "communications"):
        return "government"
    return "disaster agency" if field in ("disaster", "emergency", "emergencies") else f"{field} ministry"
# An organisation's generic head noun on its own: "the ministry", "ministry".
BARE_HEAD = re.compile(rf"^(?:the\s+)?(?:{ORG_HEADS})$", re.IGNORECASE)


# A person introduced with the office they speak for: "Interior Minister Ali Yerlikaya",
# "police spokesman Saeed Montazeralmahdi", "Gen. Trunoyudo Wisnu Andiko".
# The fields a ministry's name is made of, after "Minister of" or "Minister for".
MINISTRY_FIELD = (
    r"(?:Home|Foreign|Internal|Interior|Defen[cs]e|Health|Justice|Information|Public|Security|Affairs|Disaster|"
    r"Management|Emergency|Emergencies|Situations|Social|Welfare|Development|Relief|Administration)\b"
)
PERSON_TITLE = re.compile(
    r"\b(?P<title>(?:[\w'’-]+\s+){0,6}(?i:minister|spokes\w+|chief|director(?:-general)?|governor|"
    r"commissioner|prosecutor[\s-]general|attorney[\s-]general|general|gen\.|gov\.|secretary|president|prosecutor|"
    rf"mayor|commander)(?:\s+(?:of|for)(?:\s+State\s+for)?(?:\s+(?:the\s+)?{MINISTRY_FIELD})+)?)\s+"  # "Minister of
    r"(?P<name>[A-ZÀ-ÖØ-Þ][\w'’.-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w'’.-]+){0,3})"  # State for Home Affairs G. Kishan Reddy"
)


# A cheap test for any of PERSON_TITLE's offices, before the full search.
# An office and then the name of who holds it, set off by commas: "the province's secretary of state, Jaime Neto,".
APPOSED_NAME = re.compile(
    r"(?P<title>(?:[\w'’.-]+\s+){0,5}?(?i:minister|spokes\w+|chief|director(?:-general)?|governor|commissioner|"
    r"secretary(?:\s+of\s+state)?|president|prosecutor(?:[\s-]general)?|attorney[\s-]general|mayor|commander|"
    r"rapporteur|envoy|head|chair\w*|administrator)(?:\s+(?:on|for|of|in)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+)?)\s*,\s+"
    r"(?P<name>[A-ZÀ-ÖØ-Þ][\w'’-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w'’.-]+){1,3})\s*,"
)
# A name and then the office it holds: "Raed Arafat, the head of the emergency department,".
NAME_THEN_TITLE = re.compile(
    r"(?P<name>[A-ZÀ-ÖØ-Þ][\w'’-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w'’.-]+){1,3}),\s+"
    r"(?P<title>(?:the\s+)?(?:[\w'’-]+\s+){0,4}?(?i:minister|spokes\w+|head|chief|director(?:-general)?|governor|"
    r"commissioner|secretary|president|prosecutor|mayor|commander|rapporteur|envoy)(?:\s+(?:of|for|at)\s+[^,;]{1,60})?)"
    r"\s*,"
)
PERSON_TITLE_HINT = re.compile(
    r"inister|pokes|hief|irector|overnor|ommissioner|eneral|Gen\.|Gov\.|ecretary|[Pp]resident|rosecutor|ayor|ommander|"
    r"apporteur|nvoy"
)


# A state body introduced with its acronym: "the national prisons service, SNAI,", "the Directorate of
# Civil Protection (DGPC)".
BODY_ACRONYM = re.compile(r",\s+(?P<a>[A-Z]{2,8}),|\((?P<b>[A-Z][A-Za-z]{1,8})\)")


def speakers(sentence: str) -> dict[str, str]:
    """Surnames of people introduced with their office, and the source each speaks for, so that
    "Yerlikaya said" later in the report is the interior ministry; likewise a state body's
    acronym, so that "SNAI said" is still the prison service.

    >>> speakers("Interior Minister Ali Yerlikaya said 1,133 people had been detained.")
    {'Yerlikaya': 'interior ministry'}
    >>> speakers("The toll rose to 118, the national prisons service, SNAI, said.")
    {'SNAI': 'prison service'}
    >>> speakers("Minister of State for Home Affairs G. Kishan Reddy told the Rajya Sabha on Wednesday.")
    {'Reddy': 'interior ministry'}
    """
    out: dict[str, str] = {}
    for m in BODY_ACRONYM.finditer(sentence):
        named = " ".join(sentence[max(0, m.start() - 80) : m.start()].split()[-6:])  # the words naming the body
        if body := _state_body(named):
            out[m["a"] or m["b"]] = body
    for m in NAME_THEN_TITLE.finditer(sentence) if ", " in sentence else ():  # "Raed Arafat, the head of ..., said"
        office = _office(_appositive(m["title"], m.start("title")) or _resolve(m["title"], m.start("title")))
        if office:
            out |= _called(m["name"], office)
    if not PERSON_TITLE_HINT.search(sentence):  # it runs on every sentence; most name no office
        return out
    for m in APPOSED_NAME.finditer(sentence):  # "Venezuela's attorney general, Tarek William Saab, said"
        if (office := _office(_resolve(m["title"], m.start()))) and office not in COMMON_ROLES:
            out |= _called(m["name"], office)
    for m in PERSON_TITLE.finditer(sentence):
        title = re.sub(r"^(?:(?:and|but|while|as|with|the|a|an)\s+)+", "", m["title"], flags=re.IGNORECASE)
        office = _office(_resolve(SHORT_TITLE.sub(lambda t: t[1] + " ", f"{title} {m['name']}"), m.start()))
        if office and office != m["name"]:
            out |= _called(m["name"], office)
    return out


def _called(name: str, office: str) -> dict[str, str]:
    """The names a person is called by later, each with the office they speak for: the surname, and
    the first name where that is how the person goes ("Norazam Khamis ... Norazam said")."""
    words = name.split()
    return {words[0]: office, words[-1]: office} if len(words) == 2 and len(words[0]) > 3 else {words[-1]: office}


def _office(found: list[Attribution]) -> str | None:
    """The office a title resolved to, or None when it named no one or only a person's name."""
    return found[0].source if found and found[0].source and not _is_name(found[0]) else None


def owner_of(title: str | None, url: str | None, text: str = "") -> str | None:
    """The organisation whose own statement a document is, from its URL, its title, or a name its
    opening names that the URL is made of.

    >>> owner_of("AAPP Daily Briefing in Connection with the Military Coup", None)
    'AAPP'
    >>> owner_of("Troops fire on protesters", "https://news.example/2021/03/x")
    >>> owner_of("OVD-Info: detentions at the funeral", "https://ovd.info/en/news/2024/03/02")
    'OVD-Info'
    >>> owner_of("Kenya: Police must end abductions | Amnesty Kenya", "https://amnestykenya.org/x")
    'Amnesty International'
    >>> owner_of("A year of repression in Russia: OVD-Info data", "https://ovd.info/en/a-year")
    'OVD-Info'
    >>> owner_of("Troops kill 38 protesters | Reuters", "https://www.reuters.com/world/x")
    >>> owner_of("NDRRMC Situational Report No. 9", "https://monitoring-dashboard.ndrrmc.gov.ph/page/x")
    'disaster agency'
    >>> owner_of("Prosecutions in November (Thai Lawyers for Human Rights)", "https://tlhr2014.com/x")
    'Thai Lawyers for Human Rights'
    >>> owner_of("Zimbabwe Human Rights NGO Forum: On the Days of Darkness", "http://www.hrforumzim.org/news/x")
    'Zimbabwe Human Rights NGO Forum'
    >>> owner_of("Investigative Committee: update on the Crocus City Hall attack", "https://sledcom.ru/news/1")
    'Investigative Committee'
    >>> owner_of("IACHR condemns deaths in Sacaba, Bolivia", "https://www.oas.org/en/iachr/media_center/295.asp")
    'IACHR'
    >>> owner_of("Update: Christchurch terror attack", "https://www.police.govt.nz/news/release/x")
    'police'
    >>> owner_of("Defensoría del Pueblo: deaths in the social protests", "https://www.defensoria.gob.pe/x/")
    'ombudsman'
    >>> owner_of("Update on Sunda Strait tsunami victims", "https://bnpb.go.id/berita/update-korban-tsunami")
    'disaster agency'
    >>> owner_of("Statement on the floods", "https://www.spokesperson.go.ke/statements/floods")
    'government'
    >>> owner_of("Update: All 17 Hostages Are Free", "https://christianaidministries.org/news/x",
    ...          "Christian Aid Ministries is glad to report that all 17 are free.")
    'Christian Aid Ministries'
    >>> owner_of("Student shot as protests rock Hong Kong", "https://hongkongfp.com/2019/10/02/x")
    """
    host = re.sub(r"^https?://(?:www\.)?", "", url or "").split("/")[0].lower()
    for name, host_words in OWN_DOMAINS.items():
        if any(h in host for h in host_words):
            return name
    for name in _title_names(title or "") if host else []:
        if _same_name(name, host) and not NEWS_OUTLET.search(name) and not _is_place(name):
            return canonical(name)  # "OVD-Info: detentions at ..." on ovd.info; not "... | Reuters", not "Hong Kong"
    site = re.sub(r"^https?://(?:www\.)?", "", url or "").lower()
    if body := next((body for body, pattern in STATE_HOSTS if pattern.search(site)), None):
        return body  # a state body's own site: "police.govt.nz", "protectioncivile.gouv.ht", "justice.gov/usao"
    if body := next((_state_body(label.upper()) for label in host.split(".")[:-1] if len(label) >= 4), None):
        return body  # a state body known by its short name, at its own address: "bnpb.go.id"
    # a body the opening names, at an address made of its name: "Christian Aid Ministries" at christianaidministries.org
    for found in TITLE_NAME.findall(text[:OPENING_CHARS]) if host else []:
        name = re.split(r"['’]s\b|\.\s", found)[0]  # "BAJ's monitoring", "MONUSCO. Eight people"
        body = re.fullmatch(r"[A-Z]{3,8}|[A-Z]\S*(?:\s+\S+)*\s+[A-Z]\S*", name)  # a short name, or two words or more
        if body and _same_name(name, host) and not NEWS_OUTLET.search(name) and not _is_place(name):
            return canonical(name)
    # a body's short name that is also a section of the site: "IACHR condemns ..." at oas.org/en/iachr/
    sections = re.sub(r"^https?://[^/]+", "", url or "").lower().split("/")[:-1]
    for short in re.findall(r"\b[A-Z]{3,8}\b", title or ""):
        if short.lower() in sections and not NEWS_OUTLET.search(short):
            return canonical(short)
    if title and re.search(r"\b(?:briefing|press\s+release|statement|situation\s+report|"
                           r"flash\s+update|daily\s+report|update)\b", title, re.I):  # fmt: skip
        for alias, pattern in _ALIAS_RES:
            if alias not in _ALIAS_CI and pattern.search(title):
                return alias
        # a body's name leading its own release: "Investigative Committee: update on the investigation"
        lead = re.match(r"(?:The\s+)?([A-Z][\w'’.&-]*(?:\s+(?:of|for|the|and|on|[A-Z][\w'’.&-]*)){0,6}):\s", title)
        if lead and re.search(rf"\b(?:{ORG_HEADS})$", lead[1], re.I) and not NEWS_OUTLET.search(lead[1]):
            return canonical(lead[1])
    # a government's own portal, or an office of it that nothing above named: "gov.za", "spokesperson.go.ke"
    return "government" if GOVERNMENT_HOST.search(host) else None


# How much of a document's opening may name the body whose own page it is.
OPENING_CHARS = 1500


def _is_place(name: str) -> bool:
    """Whether a name is a country's or territory's, or the start of one ("Hong Kong SAR China")."""
    return any(country.startswith(name) for country in _countries())


# A government's own addresses: "gov.za", "gouv.sn", "spokesperson.go.ke", "pmo.gov.to".
GOVERNMENT_HOST = re.compile(r"(?:^|\.)(?:gov|gouv|gob|go|govt|gub)\.[a-z]{2}$")
# The sites of state bodies, by the words their addresses are made of: they publish their own counts.
STATE_HOSTS = [
    (body, re.compile(pattern))
    for body, pattern in [
        ("police", r"^[^/]*(?:police|politi\.|polizei|policia|polisen)"),
        ("disaster agency", r"^[^/]*(?:protectioncivile|protezionecivile|civilprotection|civil-protection|ndma\.|"
                            r"ndmo\.|disaster|defesacivil|defensacivil)"),
        ("prison service", r"^[^/]*(?:corrections|prisons?)\."),
        ("prosecutor", r"^[^/]*(?:prosecutor|fiscalia|procuradur)|/(?:prokuror|usao)\b"),
        ("court", r"^[^/]*(?:poderjudicial|judiciary|courts?\.)"),
        ("coastguard", r"^[^/]*(?:coastguard|guardiacostiera)"),
        ("OCHA", r"^[^/]*ocha"),
    ]
]


# Names in a title: runs of capitalised words, which may hold "of", "for", "the", "and".
TITLE_NAME = re.compile(r"[A-Z][\w'’.&-]*(?:\s+(?:(?:of|for|the|and|on)\s+)?[A-Z][\w'’.&-]*)*")


# A news outlet's own figures have no source, so its name in a title makes it no owner.
NEWS_OUTLET = re.compile(
    r"\b(?:News|Times|Post|Herald|Tribune|Daily|Journal|Gazette|Telegraph|Guardian|Press|Radio|TV|"
    r"Television|Broadcasting|Reuters|AFP|AP|BBC|CNN|Jazeera|Irrawaddy|Frontier|Nation|Standard|Star|"
    r"Express|Mail|Independent|Chronicle|Wire|Dispatch|Observer|Bloomberg|Yahoo|(?i:kyodo)|Xinhua|"
    # outlets of the crises followed here, local and in exile
    r"Myanmar\s+Now|Mizzima|DVB|IranWire|Iran\s+International|Belsat|Nasha\s+Niva|Meduza|Dabanga|Tamazuj|"
    r"Prothom\s+Alo|bdnews24|Citizen|Rappler|Inquirer|Dawn|Kompas|Tempo|BNA)\b"
)


def _title_names(title: str) -> list[str]:
    """Runs of capitalised words in a title, and a short name opening a run ("UNMIK Situation Update")."""
    runs = [m.group(0) for m in TITLE_NAME.finditer(title)]
    shorts = [run.split()[0] for run in runs if re.fullmatch(r"[A-Z]{3,8}", run.split()[0]) and " " in run]
    return shorts + runs  # "CONRED Information Bulletin No. 45": CONRED


def _same_name(name: str, host: str) -> bool:
    """Whether a web host is the named body's own: "ovd.info" for OVD-Info, "amnesty.org"
    for Amnesty International, "tlhr2014.com" for Thai Lawyers for Human Rights."""
    slug = re.sub(r"[^a-z0-9]", "", unicodedata.normalize("NFKD", name.lower()))  # "Defensoría": defensoria
    initials = "".join(w[0] for w in name.split() if w[:1].isupper()).lower()
    labels = host.split(".")[:-1]  # "monitoring-dashboard.ndrrmc.gov" without its last part
    for i, label in enumerate(labels):
        compact = re.sub(r"[^a-z0-9]", "", ".".join(labels[i:]))
        if len(label) >= 3 and (
            (len(slug) >= 3 and (compact.startswith(slug) or slug.startswith(label)))
            or (len(initials) >= 3 and label.startswith(initials))
            or _spelled_by_pieces(re.sub(r"[^a-z]", "", label), name)
        ):
            return True
    return False


def _spelled_by_pieces(label: str, name: str) -> bool:
    """Whether a host label is pieced from the name's words: whole words, their first three or
    more letters, or the initials of two or more words in a row ("hrforumzim" for the
    Zimbabwe Human Rights NGO Forum: "hr", "forum", "zim")."""
    words = [w for w in re.findall(r"[a-z]+", name.lower()) if w not in LINK_WORDS]
    pieces = {w[:k] for w in words for k in range(3, len(w) + 1)}
    pieces |= {"".join(w[0] for w in words[i:j]) for i in range(len(words)) for j in range(i + 2, len(words) + 1)}
    reach = {0: 0}  # end of a prefix of the label that pieces spell -> how many pieces it took
    for end in range(1, len(label) + 1):
        counts = [reach[start] + 1 for start in reach if label[start:end] in pieces]
        if counts:
            reach[end] = min(counts)
    return len(label) >= 6 and reach.get(len(label), 0) >= 2


# Common nouns for people who speak in reports; capitalised at a sentence start, still roles.
COMMON_ROLES = set(
    """resident witness doctor medic nurse activist lawyer official villager protester
    journalist reporter rescuer volunteer monitor source spokesman spokeswoman spokesperson
    officer analyst student teacher worker survivor organiser organizer lawmaker""".split()
)

# Single words left of a speech verb that name no one: "up from 96 reported".
NOT_A_SPEAKER = {
    "up", "down", "more", "less", "also", "then", "now", "later", "so", "which", "what", "according",
    "or", "and", "but", "nor", "for", "of", "in", "to", "with", "first", "second", "third", "fourth", "fifth",
    "sixth", "seventh", "eighth", "ninth", "tenth", "last", "rest", "others", "initial", "preliminary", "early",
    "unconfirmed", "according to",
}  # fmt: skip


INTRODUCED = re.compile(
    r"[A-Z][\w'’-]+(?:\s+(?:(?:of|for|on|the|and)\s+)*[A-Z][\w'’-]+){1,8}\s*\([A-Z][A-Za-z]{1,8}(?:\s[A-Z]{2,5})?\)"
)


# A body by its capitalised name and head noun, spoken of or not: what "the foundation says" points to.
NAMED_ORG = re.compile(
    r"\b(?:[A-Z][\w'’.&-]+\s+(?:(?:of|for|on|the|and)\s+)*){1,6}"
    r"(?:Foundation|Commission|Association|Institute|Council|Committee|Network|Observatory|Coalition|Alliance|"
    r"Federation|Union|Authority|Agency|Society|League|Movement|Platform|Centre|Center)\b"
)


def mentions(sentence: str) -> list[Attribution]:
    """Known bodies a sentence names, speaking or not: what a later "the group said" can
    point back to ("Amnesty International is alarmed ... The organization has documented").
    """
    out = []
    for m in NAMED_BODY.finditer(sentence):  # one scan; the name is looked up on the match only
        name = next((name for name, pattern in _NAMED_RES if pattern.fullmatch(m.group(0))), None)
        if name:
            out.append(Attribution(name, m.group(0), False, m.start()))
    if "(" in sentence:  # a body introduced with its short name: "the ... Agency (NSEMA)"
        for m in INTRODUCED.finditer(sentence):
            out.append(Attribution(canonical(m.group(0)), m.group(0), False, m.start()))
    return sorted(out, key=lambda a: a.position)


# The last word of a role of several words: "hospital official", "protest leader".
ROLE_HEADS = COMMON_ROLES | {"group", "leader", "official", "source", "worker", "agency"}

# Sources that are people speaking for themselves: never what "it said" points back to.
PERSON_ROLES = COMMON_ROLES | {"relative", "resident", "local official"}

# Web hosts of organisations that publish their own counts.
OWN_DOMAINS = {
    "AAPP": ["aappb.org", "aapp"],
    "OHCHR": ["ohchr.org"],
    "OCHA": ["unocha.org", "reliefweb.int"],
    "UNHCR": ["unhcr.org"],
    "HRANA": ["hra-news.org", "hrana"],
    "IHR": ["iranhr.net"],
    "Viasna": ["spring96.org", "viasna"],
    "Amnesty International": ["amnesty.org"],
    "Human Rights Watch": ["hrw.org"],
    "KNCHR": ["knchr.org"],
    "WHO": ["who.int"],
    "IOM": ["iom.int"],
    "CCSD": ["ccsd", "sudandoctors"],
    "MSF": ["msf.org"],
    "ICRC": ["icrc.org"],
    "IFRC": ["ifrc.org"],
    "UNICEF": ["unicef.org"],
    "ACLED": ["acleddata.com"],
    "CPJ": ["cpj.org"],
    "UN": ["press.un.org", "news.un.org"],
    "OVD-Info": ["ovdinfo", "ovd.info"],
}


# Reports and the sources their figures must carry, in order: each form above, shown.
SOURCE_EXAMPLES: list[tuple[str, list[str | None]]] = [
    ("Police said 42 people were arrested.", ["police"]),
    # a title written short: an office names the speaker (a governor is a local official), a rank gives way to the
    # name's appositive
    ("Twelve people were killed, Gov. Greg Abbott said.", ["local official"]),
    ("Twelve people were killed, said Lt. Col. Ahmed Ali, a police spokesman.", ["police"]),
    ("Twelve people were killed, the ministry's spokesman said.", ["ministry"]),
    ("Twelve people were killed, the Britain-based war monitor said.", ["SOHR"]),
    # the subject before a relative aside; a speaker after the verb; speech words that are not speech
    ("Human Rights Watch, which sent researchers to hospitals in Cairo, Alexandria and Suez, has documented "
     "302 deaths.", ["Human Rights Watch"]),
    ("Police rounded up 1,434 suspects who took part in beating, looting and arson, said Liu Yaohua, head of "
     "the police.", ["police"]),
    ("The bombing has claimed 358 lives, Somalia's information minister said.", ["government"]),
    ("The U.N. human rights office said earlier it had credible reports of at least 10 deaths.", ["OHCHR"]),
    ("Ministry spokesman Khaled al-Khatib said 3,717 people had been wounded.", ["ministry"]),
    ("Doctors at Salmaniya hospital said they had treated more than 200 people for injuries.", ["doctor"]),
    ("The National Disaster Management Agency (Nadma) said 66,718 people were in relief centres.", ["disaster agency"]),
    ("Many are held for opinions posted online, the National Committee for the Liberation of Detainees (CNLD) "
     "said, and 222 remain behind bars.", ["CNLD"]),
    ("URUMQI, China, July 7 (Xinhua) - The toll has risen to 156, regional police said.", ["police"]),
    ("More than 16,000 people have fled, an official from the social affairs ministry said.",
     ["social affairs ministry"]),
    ("About 750 have been sentenced, an Associated Press review of court records shows.", ["AP"]),
    # a body's name keeps its appositive from speaking; bodies found by their heads and aliases
    ("At least 12 people were shot dead, the Zimbabwe Human Rights NGO Forum, a coalition of rights groups, said "
     "on Thursday.", ["Zimbabwe Human Rights NGO Forum"]),
    ("Mulago National Referral Hospital said it had treated 128 people with injuries.", ["hospital official"]),
    ("The floods killed 315 people, the Taliban administration's Ministry of Refugees said.", ["refugee ministry"]),
    ("More than 300 people had died, the U.N. World Food Programme said.", ["WFP"]),
    ("In Takhar province, 20 people were killed, a provincial spokesman said.", ["local official"]),
    ("The toll rose to 106 on Tuesday, Hawaii Gov. Josh Green said.", ["local official"]),
    ("Coast Regional Commissioner Rhoda Onyancha said 241 bodies had been exhumed.", ["local official"]),
    ("Eleven people had been arrested, Commissioner Stephen Lo said.", ["police"]),
    ("More than 2,000 people were buried alive, the country's National Disaster Centre said.", ["disaster agency"]),
    ("The Health Ministry said 12 were killed. More than 136,000 people have been evacuated, the emergencies "
     "ministry said.", ["health ministry", "disaster agency"]),
    # a pronoun after "told AFP", a participle aside, a title before initials, a short name before its head
    ("A nurse at a hospital told AFP she had counted 27 bodies.", ["nurse"]),
    ("The opposition M5-RFP coalition, led by the imam Mahmoud Dicko, said 23 of its supporters had been killed.",
     ["M5-RFP"]),
    ("Iranian lawmaker Hossein Naqavi Hosseini said about 7,000 people had been arrested.", ["lawmaker"]),
    ("Chief Minister N. Biren Singh on Monday said 60 persons have lost their lives.", ["local official"]),
    ("A ministry spokesman said 4,201 people had been injured nationwide.", ["ministry"]),
    ("The government says more than 1,000 residents have registered at temporary shelters.", ["government"]),
    ("Tajik officials said on Sunday that 35 people had been killed on their side.", ["official"]),
    ("HARARE (AFP) - The toll rose to 98 on Monday, with 217 missing, Information Minister Monica Mutsvangwa said.",
     ["government", "government"]),
    ("At least 25 people were killed on Thursday, the Ministry of Communication said on Friday.", ["government"]),
    ("Police detained about 1,500 people, the justice ministry said.", ["justice ministry"]),
    ("The shadow National Unity Government said at least 100 people were killed in the attack.", ["NUG"]),
    # found by dev36: a list of speakers is told by the first; a denial tells no count; who received the dead
    # inside another's statement; a report by its owner; where a statement was heard; a minister of a field
    ("A nerve gas killed six people and sickened more than 3,000, police and fire officials said.",
     ["police", "police"]),
    ("The legal aid group Cubalex and the citizen platform Justicia 11J, which track the cases, say more than "
     "1,400 people were detained.", ["Cubalex"]),
    ("Amnesty International said two people had died, a claim the government did not confirm.",
     ["Amnesty International"]),
    ("Doctors Without Borders said Saturday that three hospitals it supports received about 3,600 patients, and "
     "that 355 of them died.", ["MSF", "MSF"]),
    ("Provincial health officials said Lady Reading Hospital alone had received 104 bodies.", ["health ministry"]),
    ("As many as 1,400 people may have been killed, a fact-finding report published today by the UN Human Rights "
     "Office has found.", ["OHCHR"]),
    ("The figure of 22 deaths advanced by the United Nations was not confirmed by the hospitals.", ["UN"]),
    ("In a statement read on state television, the prosecutor's office said 172 defendants had been sentenced.",
     ["prosecutor"]),
    ("Volunteer firefighters said they had taken 41 injured adolescents to hospitals.", ["fire department"]),
    ("Dr Jibitesh Biswas, superintendent of the Gopalganj District Hospital, said four bodies had been brought in.",
     ["hospital official"]),
    ("Area hospitals said they had treated at least 30 people over the two days.", ["hospital official"]),
    ("A Moroccan rights group said on Sunday that 27 migrants had died.", ["rights group"]),
    ("Seventeen of them have since been freed, the Dogan news agency said.", ["Dogan"]),
    ("Elizardo Sanchez said Cuba held 167 political prisoners at the start of July.", ["Elizardo Sanchez"]),
    ("Nicaragua freed 222 political prisoners, in a surprise move that U.S. officials said was unilateral.", [None]),
    ("Some 8,000 people have fled to Chad, UNHCR said, a figure it said was likely an underestimate.", ["UNHCR"]),
    ("Carabineros said they had detained 13 people overnight.", ["police"]),
    ("Another four prisoners were released on Monday, the archdiocese of Havana said.", ["church"]),
    ("The National Disaster Risk Management Unit (UNGRD) reported 202 injured.", ["disaster agency"]),
    # found by dev38: the UN's Ukraine mission is OHCHR's; a count released by its owner; a rights group's name
    # and short name in apposition; a unit of a ministry; a city's military administration; a region's health office
    ("At least 232 civilians were killed in June, the UN Human Rights Monitoring Mission in Ukraine (HRMMU) said.",
     ["OHCHR"]),
    ("The UN human rights chief, Volker Turk, said on August 6 that his office had documented the killing of at "
     "least 319 civilians.", ["OHCHR"]),
    ("At least 278 people have died, according to a new count released on Thursday by the electoral monitoring "
     "platform Plataforma Decide.", ["Plataforma Decide"]),
    ("A local rights group, the Committee for the Defense of Human Rights (CNDDH), had put the toll at more than "
     "110 on Sunday.", ["CNDDH"]),
    ("The Emergency Operations Center of the Ministry of Public Health said the attacks led to 558 martyrs.",
     ["health ministry"]),
    ("At least 159 people were injured, according to the Kyiv City Military Administration.", ["local official"]),
    ("A local elected official told AFP that at least 50 people had been killed.", ["local official"]),
    ("São Paulo state's health department said 11 people were wounded.", ["local official"]),
    ("Sri Lanka's health department said 11 people were wounded.", ["health ministry"]),
    # found by dev40: a lawmaker named with their office; events and a gerund's object are no speakers
    ("Hossein Naqavi Hosseini, a lawmaker who speaks for parliament's national security committee, said about "
     "7,000 people had been arrested.", ["lawmaker"]),
    ("Since then, further killings have raised to at least 82 the number of Baluchi people killed, according to "
     "the Baluch Activists Campaign.", ["Baluch Activists Campaign"]),
    ("The government said the toll stood at 55, rejecting opposition claims that hundreds had died.",
     ["government"]),
    ("The national risk management secretariat says 23,500 people are now sleeping in shelters.",
     ["disaster agency"]),
    ("Forty-four commandos were killed on Sunday, the PNP confirmed on Tuesday.", ["police"]),
    ("An AFP tally of police and hospital figures shows at least 210 people killed.", ["AFP"]),
    ("The toll rose to 89 on Monday, Health Secretary Jorge Alcocer said.", ["health ministry"]),
    ("On Friday evening, regional officials had given a toll of 50 dead.", ["local official"]),
    ("The toll has risen to 115, the National Disaster Management Agency said on Monday. On Saturday the agency "
     "had counted 99 dead.", ["disaster agency", "disaster agency"]),
    ("Serbian police detained dozens of people, Interior Minister Ivica Dacic said on Sunday. Forty-eight police "
     "officers were injured late on Saturday, and 22 citizens sought medical help, Dacic told a news conference.",
     ["interior ministry", "interior ministry"]),
    ("The battle killed more than 1,100 people, Defence Secretary Delfin Lorenzana told reporters.",
     ["defence ministry"]),
    ("The death toll rose to 155, the Central Disaster and Safety Countermeasures Headquarters said.",
     ["disaster agency"]),
    ("More than 100 injured people remain in hospitals, Vice President Mohamed Juldeh Jalloh said.", ["government"]),
    ("The Interior Ministry said in a statement that 40 people had died. The statement said 12 were wounded.",
     ["interior ministry", "interior ministry"]),
    ("Iran's semi-official Tasnim news agency reported that about 700 people had been arrested.", ["Tasnim"]),
    ("More than 450 people needed medical care, the Bucharest-Ilfov Emergency Situations Inspectorate (ISU) said.",
     ["disaster agency"]),
    ("Vietnam has released 18,539 prisoners, a deputy minister of public security told a news conference.",
     ["public security ministry"]),
    ("Turkish authorities said on Sunday that they had detained 7,543 suspects.", ["government"]),
    ("At least 41 people were killed, according to Baluch activists.", ["activist"]),
    # a sentence going on with the count before keeps its source; one that does not, keeps none
    ("Twelve people died in the floods, police said. Another 15 people remain unaccounted for.",
     ["police", "police"]),
    ("Twelve people died in the floods, police said. Eight more were injured, five of them seriously.",
     ["police", "police"]),
    ("Twelve people died in the floods, police said. A woman was killed by a falling tree last week.",
     ["police", None]),
    # ... and one telling where the count stands now, with no day of its own
    ("The toll rose to 530, state media said. Nearly 8,000 people have been injured.", ["state media", "state media"]),
    ("Two people died, the prefecture said. About 6,000 people remain in shelters.",
     ["local official", "local official"]),
    ("Two people died, the prefecture said. Six people have been killed since the rains began on Monday.",
     ["local official", None]),
    # "said spokeswoman X, adding that": for whom she speaks was told before
    ("Eight people were killed, the prosecutor general's office said. Another 131 had been wounded, said "
     "spokeswoman Sona Truzyan, adding that 30 were charged.", ["prosecutor", "prosecutor", "prosecutor"]),
    ("Since June 19, the IACHR has been informed of at least 10 more deaths.", ["IACHR"]),
    # found by dev8 and dev9: more speech verbs, a state outlet by name, "the newspaper" points back, a
    # source cut before "based on", a rights commissioner is an ombudsman, "WHO" is no "who"
    ("The junta insists that only 10 people died.", ["military"]),
    ("The government, which blames the violence on 'coup-mongers', acknowledges 195 deaths.", ["government"]),
    ("Relatives, however, claim that at least 200 workers are still missing.", ["relative"]),
    ("The state-run New Light of Myanmar reported that security forces detained 2,927 people. That leaves 91 in "
     "custody, according to the newspaper.", ["state media", "state media"]),
    ("The toll rose to at least 103, according to a tally by The Daily Star based on hospital records and "
     "accounts from family members.", ["The Daily Star"]),
    ("Human Rights Commissioner Dmytro Lubinets said 2,828 Ukrainians have been freed.", ["ombudsman"]),
    ("More than 9,000 people are still unaccounted for, according to the WHO.", ["WHO"]),
    ("An explosion at a state-run coal mine killed 41 miners.", [None]),
    # a ministry by its name; a person's office in a who-aside; a bracketed body is a source only as a credit
    ("The Defense Ministry said 846 police officers had been injured.", ["defence ministry"]),
    ("Tamer Ramadan, who heads the Libya delegation of the International Federation of Red Cross and Red "
     "Crescent Societies, said at least 10,000 people were missing.", ["IFRC"]),
    ("Some 400,000 people have fled Zamzam camp since the Rapid Support Forces (RSF) attacked it, according to "
     "IOM's Displacement Tracking Matrix.", ["IOM"]),
    ("An estimated 400,000 people have been displaced, according to the U.N. humanitarian office (OCHA), which "
     "warned of more.", ["OCHA"]),
    ("KATHMANDU, April 27 (Xinhua) -- The death toll has risen to 3,617, the interior ministry said.",
     ["interior ministry"]),
    # a country as the speaker is its government; a country opening a headline is its topic
    ("Kyrgyzstan said on Monday the number of its citizens killed had reached 59.", ["government"]),
    ("Chibok girls: 21 freed by Boko Haram, says Nigeria", ["government"]),
    ("Sri Lanka: MP among eight dead as Mahinda Rajapaksa quits", [None]),
    # found by dev10: a mission named before, hospital staff and centres, a parent, the Pentagon, a
    # headline's "count", an ordinal is no speaker
    ("Twelve people were killed, the U.N. peacekeeping mission said. According to preliminary information "
     "gathered by the Mission, at least six more were injured.", ["UN", "UN"]),
    ("Staff at Bishoftu's main hospital said they had received more than 100 injured people.", ["hospital official"]),
    ("University Medical Center said it had received 104 patients on Sunday night.", ["hospital official"]),
    ("A father whose daughter returned told Reuters that five of the girls had died in captivity.", ["relative"]),
    ("Thirteen US service members were also killed, the Pentagon confirmed overnight.", ["military"]),
    ("Syria: UN observers count 92 dead in Houla, including 32 children", ["UN"]),
    ("The toll rose to 106 on Tuesday, Hawaii Gov. Josh Green said. Green said around 1,300 people were still "
     "unaccounted for.", ["local official", "local official"]),
    ("The Minister of Foreign Affairs affirmed that 12 people had died.", ["foreign ministry"]),
    ("The Niger State Emergency Management Agency (NSEMA) is leading the search. The Director-General of "
     "the agency, Abdullahi Baba-Arah, said over 500 persons were still missing.", ["NSEMA"]),
    ("The ICRC said its field hospital in Rafah had received 179 casualties.", ["ICRC"]),
    # a person introduced with an office speaks for it by surname later
    ("Interior Minister Ali Yerlikaya said 1,133 people had been detained. Yerlikaya said 150 police "
     "officers had been injured.", ["interior ministry", "interior ministry"]),
    # counts kept by a body, stated in many ways
    ("But the National Police Service gave a different tally, saying 11 people died.", ["police"]),
    ("Separately, the National Commission on Human Rights (Komnas HAM) recorded a total of 10 deaths.",
     ["Komnas HAM"]),
    ("According to the Association of Victims of 15 December, 38 persons were injured.",
     ["Association of Victims of 15 December"]),
    ("Suwayda 24, a local news network, said it had documented 412 missing people.", ["Suwayda 24"]),
    ("KNCHR revises Saba Saba death toll to 38", ["KNCHR"]),
    ("The health ministry put the number of dead at 61, far below the 118 counted by the doctors' committee.",
     ["health ministry", "CCSD"]),
    ("His son has been charged with four counts of murder.", [None]),
    ("The opposition government has put the toll higher, saying its volunteers had counted more than "
     "3,500 dead.", ["government"]),
    ("Dead: 72\nInjured: 2,100+\nThe figures were given by Chief Secretary Eknarayan Aryal on Sunday.",
     ["government", "government"]),
    ("Killed: 1,200\nDisplaced: 90,000\nSource: OCHA", ["OCHA", "OCHA"]),
    # a body introduced by its head noun is what "it" points back to
    ("The ministry said on Wednesday that 40 people had been killed. It added that 300 were displaced.",
     ["ministry", "ministry"]),
    ("Hospital officials said 14 bodies had been brought in.", ["hospital official"]),
    ("The death toll has risen to 233, Odisha Chief Secretary Pradeep Jena says.", ["government"]),
    ("Officials in Karabakh say 200 people were killed.", ["official"]),
    ("Volunteers from the rescue service Zaka said they had recovered 260 bodies.", ["Zaka"]),
    ("At least 183 people have been killed, the U.N. human rights office said on Tuesday.", ["OHCHR"]),
    ("Six people were killed, police and hospital officials said.", ["police"]),
    ("Human rights groups say more than 500 people have died in custody.", ["rights group"]),
    ("Opposition leaders said 14 of their members had been detained.", ["opposition leader"]),
    # a name in brackets wins over the words it shortens; a describing phrase before a name goes
    ("At least 22 are still missing, the United Nations Assistance Mission for Iraq (UNAMI) said.",
     ["UNAMI"]),
    ("Rights group Temblores says 47 people have been killed.", ["Temblores"]),
    ("The ombudsman's office put the total killed since the protests began at 46.", ["ombudsman"]),
    ("Justice Minister Éric Dupond-Moretti said 990 people had been tried.", ["justice ministry"]),
    ("The toll rose to 320, according to the AAPP, a monitoring group.", ["AAPP"]),
    # "said X, the head of Y": the body the title speaks for; a person's role otherwise
    ("Courts have sentenced 400 people, said Ali Alqasi-Mehr, the head of the province's judiciary, "
     "on Tuesday.", ["judiciary"]),
    ("The toll is 40 dead, said Mike Smith, a resident.", ["resident"]),
    ("On the left bank, Vladimir Leontyev, the Moscow-installed head of Nova Kakhovka, said five people "
     "had died.", ["local official"]),
    ("Iran was holding 62 journalists behind bars, the Committee to Protect Journalists said. Worldwide, "
     "the New York-based group counted 363 journalists in jail.", ["CPJ", "CPJ"]),
    # a live blog's time stamp is no part of the speaker
    ("10:12 Health officials say 104 people were killed.", ["health ministry"]),
    ("11:02 Kurdish rights group Hengaw reports that three people were killed in Bukan.", ["Hengaw"]),
    # counting verbs name their counter; "the organisation" and "the platform" point back
    ("Foro Penal has certified 1,697 political prisoners.", ["Foro Penal"]),
    ("Amnesty International is alarmed by the crackdown. The organisation has obtained the names "
     "of 144 people killed.", ["Amnesty International"]),
    ("More than 300 people have been killed since October, Plataforma Decide said. The civil society "
     "platform said nine people were killed on Wednesday.", ["Plataforma Decide", "Plataforma Decide"]),
    # no speaker: "bringing the confirmed toll", "when an estimated ..."
    ("Divers recovered 28 more bodies, bringing the confirmed death toll to 58, South Korea's coast "
     "guard said.", ["coastguard", "coastguard"]),
    ("Foro Penal said it had so far confirmed 107 releases and that it still counted 1,963 political "
     "prisoners.", ["Foro Penal", "Foro Penal"]),
    # a fact box's line credited in brackets; the rest of the box takes the credit line after it
    ("- 412 people killed in Beira since March 14 (Ministry of Health)", ["health ministry"]),
    ("Killed: 1,200\nMissing in custody: at least 9 (rights groups)\nThe figures were given by the interior "
     "ministry on Monday.", ["interior ministry", "rights group"]),
    ("Nine people were hurt in the stampede (pictured).", [None]),
    # no speaker in a comparison, a clause of its own, a day's figure; a title over its name
    ("The commission said 2,400 were killed, far more than previously recorded. It said 900,000 people "
     "were displaced.", ["commission", "commission"]),
    ("The general said 13 soldiers were killed, correcting what officials said on Thursday.", ["general"]),
    ("The emergencies ministry put Monday's figure at 1,300 arrests.", ["disaster agency"]),
    ("The governor, 61, has been detained since March, on charges which he denies.", [None]),
    ("Deputy interior undersecretary Carla Ruiz said 11 people had died.", ["interior ministry"]),
    ("Chief secretary R K Mishra said 312 people had been hospitalised.", ["government"]),
    ("Cuba's attorney general's office said on Tuesday that 790 people had been charged.", ["prosecutor"]),
    ("The toll rose to 118, the national prisons service, SNAI, reported. Another 79 prisoners were "
     "wounded, SNAI said.", ["prison service", "prison service"]),
    ("The Directorate of Civil Protection (DGPC) reported that 1,941 people have died.", ["disaster agency"]),
    ("The Baloch Liberation Army (BLA) said it had killed 50 hostages. The BLA said 20 more had died.",
     ["BLA", "BLA"]),
    ("The Sudanese Armed Forces (SAF) said 20 fighters were killed.", ["military"]),
    ("UNRWA: nearly one million displaced in Gaza", ["UNRWA"]),
    ("Official police figures show that 6,252 people were killed in anti-drug operations.", ["police"]),
    ("The war has killed 20, while UN data suggest 3,000 have fled.", [None, "UN"]),
    ("Official figures show 300 were killed.", [None]),
    ("11:05 Security Secretary Chris Tang says the death toll from the fire has risen to 128.", ["government"]),
    # who is inside a reported clause counts for the reporter
    ("A senior U.N. official in Kigali told Reuters that peacekeepers had counted about 4,000 bodies.", ["UN"]),
    ("A Kenya Red Cross official told Reuters the society had registered more than 4,800 injured.", ["Red Cross"]),
    ("Medecins Sans Frontieres said last week that three hospitals it supports had received about 3,600 "
     "patients, 355 of whom died.", ["MSF", "MSF"]),
    ("15:20 Olga Bogomolets, the doctor who coordinates the medical service, tells us her volunteers have "
     "counted more than 60 bodies today.", ["doctor"]),
    ("Merera Gudina, chairman of the Oromo Federalist Congress (OFC), told Reuters his party had collected the "
     "names of 678 people who died.", ["OFC"]),
    # offices and services by what they are
    ("More than 400 people were treated at area hospitals, a spokeswoman for the city's hospitals said.",
     ["hospital official"]),
    ("Minister of State for Home Sriprakash Jaiswal said 223 people were still missing.", ["interior ministry"]),
    ("Gujarat riots left 1,044 dead, 223 missing, Centre tells Rajya Sabha", ["government", "government"]),
    ("Assistant Fire Chief Jon Hansen said about 150 people were still unaccounted for.", ["fire department"]),
    ("The toll rose to 78, according to the state medical examiner's office.", ["coroner"]),
    ("The RUC last night put the number of dead at 28.", ["police"]),
    ("The Guinean Organisation for the Defence of Human Rights (OGDH) gave a far higher toll, saying 157 had been "
     "killed.", ["OGDH"]),
    ("Ethiopia's government stood by its count of 55 people killed in the stampede.", ["government"]),
    ("At least 12 people have died during the unrest, the AP found.", ["AP"]),
    ("More than 10,000 people have been arrested, according to a tally by The Associated Press.", ["AP"]),
    ("This is far higher than the figure of 288 dead given by the Jakarta police.", ["police"]),
    ("A volunteer rescuer working with a search team tells us they pulled 11 bodies from the river.",
     ["volunteer rescuer"]),
    ("11.20pm Police now confirm 49 people have died.", ["police"]),
    ("The toll rose to 23, officials said, while a Moroccan rights group, AMDH, put the toll at 27.",
     ["official", "AMDH"]),
    ("The health minister in the eastern administration, Othman Abduljaleel, said at least 2,300 people had been "
     "killed.", ["health ministry"]),
    ("Caritas teams estimate that more than 1.3 million people have been forced from their homes.",
     ["Caritas teams"]),
    ("Thomas Bakenga, the territory's administrator, said about 5,000 people were still missing.",
     ["local official"]),
    ("Police have arrested six members of the committee, Aligarh range IG Shalabh Mathur told reporters.",
     ["police"]),
    ("20:40 Catalan health services now say 761 people have been treated for injuries.", ["health ministry"]),
    ("Troops killed 12 people in the square, the army said. Six other people were shot dead at the gate.",
     ["military", "military"]),
    ("Monitors from the Organization for Security and Cooperation in Europe said they had found the bodies "
     "of 45 people.", ["Organization for Security and Cooperation in Europe"]),
    ("The Roman Catholic Diocese of San Cristóbal de las Casas said at least 25 people were wounded.",
     ["Roman Catholic Diocese of San Cristóbal de las Casas"]),
    ("M23 rebels killed at least 131 civilians last week, the U.N. peacekeeping mission MONUSCO said.", ["MONUSCO"]),
    ("Serik Shalabayev, who heads the office's criminal prosecution department, said 4,500 people had been injured.",
     ["prosecutor"]),
    ("The Crown Prosecution Service said 357 defendants had so far been sentenced.", ["Crown Prosecution Service"]),
    ("Initial reports indicate that more than 140 people were killed.", [None]),
    ("More than 4,000 civilians have been killed since March 2015, according to figures verified by the UN human "
     "rights office.", ["OHCHR"]),
    ("Tonga riot toll rises to eight as two more bodies found", [None, None]),
    ("Scotland Yard said 339 people had been arrested.", ["police"]),
    ("Myanmar Now says at least 20 people have been killed. The local outlet now counts at least 59 dead.",
     ["Myanmar Now", "Myanmar Now"]),
    ("A villager who helped recover the remains told Reuters he had counted 35 bodies.", ["resident"]),
    ("More than 440,000 people have been newly displaced, High Commissioner Michelle Bachelet said.", ["OHCHR"]),
    ("As of 20 September, WHO has recorded 3,958 deaths in eastern Libya.", ["WHO"]),
    ("At least 8,938 migrants died in 2024, the highest number ever recorded by IOM's Missing Migrants Project.",
     ["IOM"]),
    ("The International Organization for Migration has estimated that more than 670 people died, based on figures "
     "from Yambali village officials.", ["IOM"]),
    ("A rescue worker told Reuters that at least 165 bodies had been counted by Wednesday evening.", ["rescue worker"]),
    ("The Government regrets to announce that the number of people who have died has risen to 188.", ["government"]),
    ("The flood toll has risen to 151, the state emergency management agency said.", ["disaster agency"]),
    ("Venezuela's attorney general, Tarek William Saab, spoke on Monday. Saab said 2,229 people had been arrested.",
     ["prosecutor"]),
    ("The boat capsized, killing 98, the province's secretary of state, Jaime Neto, said.", ["local official"]),
    ("According to the UN mission, UNMIK, 28 people have been killed.", ["UNMIK"]),
    ("The UN mission in Mali, MINUSMA, said at least 65 people had been wounded.", ["MINUSMA"]),
    ("The national police, PNC, said 20 were killed.", ["police"]),
    ("Police have detained 1,434 suspects, Xinhua quoted the regional public security department as saying.",
     ["police"]),
    ("Prosecutor-General Askhat Daulbayev said 15 people had died. Daulbayev said 86 people were still in "
     "hospital with injuries.", ["prosecutor", "prosecutor"]),
    ("The toll rose to 27, Raed Arafat, the head of the emergency department, said. Arafat says 180 people were "
     "injured.", ["emergency department", "emergency department"]),
    # a full name given bare speaks for the office that spoke before it, unless something says it is a body
    ("The toll rose to 358, the country's information minister said. Abdirahman Osman said 228 people were "
     "injured.", ["government", "government"]),
    ("The attorney general said 225 detainees were freed. Foro Penal said it had confirmed only 107 releases.",
     ["prosecutor", "Foro Penal"]),
    ("14:30 GMT Officials say 12 gunmen have been arrested.", ["official"]),
    # one who counted gives way to the speaker closing the sentence; more offices by what they are
    ("Troops of the UN mission, UNAMIR, counted some 4,000 bodies, a U.N. spokesman said.", ["UN"]),
    ("An army medical team said it had treated more than 600 wounded.", ["medic"]),
    ("The toll has risen to 134, the district collector said.", ["local official"]),
    ("The hospital's medical superintendent said 17 people were injured.", ["hospital official"]),
    ("The rights group OVD-Info put its own count of detentions at more than 650.", ["OVD-Info"]),
    ("The district attorney's office said it had filed charges against 1,800 people.", ["prosecutor"]),
    # a body's name before its officer's title; a ministry heads its own name; emergency ministries and services
    # are the disaster agency; "the claim of X"; a city named Said, a noun after "based on", a claimed attack
    ("Federal Security Service Director Alexander Bortnikov said 11 people had been detained.",
     ["Federal Security Service"]),
    ("Selangor Fire and Rescue Department director Norazam Khamis spoke at the site. Norazam said eight people "
     "were injured.", ["fire department"]),
    ("The toll rose to 2,047 dead, according to the Ministry of the Interior and Local Authorities.",
     ["interior ministry"]),
    ("According to the Nagorno-Karabakh emergency service, 170 bodies had been recovered.", ["disaster agency"]),
    ("The army rejected the claim of the Balochistan Liberation Army (BLA) that it had executed 214 hostages.",
     ["BLA"]),
    ("The riot at Port Said stadium in 2012 left 74 people dead.", [None]),
    ("The OFC said its own count, based on reports from families, put the dead at 678.", ["OFC"]),
    ("The ministry said its forces had arrested 11 people over the attack, which the Islamic State group has "
     "claimed.", ["ministry"]),
    # "the State" of an international body's report; data shared with someone show the sharer's count; a body's
    # possessive before its officer; a state broadcaster's building is no speaker
    ("The State told the Commission that 11 of those detained were still being held.", ["government"]),
    ("Police data shared with the Office show that more than 11,700 people were arrested.", ["police"]),
    ("Foro Penal's director Alfredo Romero spoke on Monday. Romero said 1,965 political prisoners were still "
     "detained.", ["Foro Penal"]),
    ("At least 32 people died when protesters set fire to the state broadcaster's headquarters.", [None]),
    # a regional health body is the region's, not the health ministry; so is one given with its acronym
    ("Eight people were killed, the regional health directorate said.", ["local official"]),
    ("The Puno regional health directorate (Diresa) said 68 injured people had been treated.", ["local official"]),
    # a ministry of disasters is the disaster agency; a national body keeps the country its short name spells
    ("The Ministry of Disaster Management said 2,053 people had been killed.", ["disaster agency"]),
    ("Iraq's semi-official High Commission for Human Rights said 319 people had been killed.",
     ["Iraq High Commission for Human Rights"]),
    # long names that still name someone: a title with its field, a body's own records, the head of a named body,
    # a place before the role that speaks, the place a body serves after it
    ("Christchurch Hospital chief of surgery Greg Robertson said 48 people were being treated for gunshot wounds.",
     ["hospital official"]),
    ("At least 20 prisoners had been released, according to the Federal Bureau of Prisons' online inmate locator.",
     ["Federal Bureau of Prisons"]),
    ("The head of the Dev Maden-Sen miners' union said at least 120 workers were unaccounted for.",
     ["Dev Maden-Sen miners' union"]),
    ("In neighbouring American Samoa officials put the toll at 31.", ["official"]),
    ("Some 4,000 people have fled, according to the Roman Catholic diocese of San Cristóbal de las Casas.",
     ["Roman Catholic diocese"]),
    ("The police chief of Gilan province said 739 rioters had been arrested.", ["police"]),
    # a count where things stand now goes on with the source before it only if it counts the same kind of thing
    ("Twelve people were killed, a hospital official said. Twenty soldiers have been charged over the bombing.",
     ["hospital official", None]),
    ("Twelve people were killed, a hospital official said. Nearly 80 people are still in hospital with injuries.",
     ["hospital official", "hospital official"]),
    # a part of the count just told goes on with its source
    ("At least 130 people have died in the crackdown, Amnesty International said. At least 32 of them died on "
     "Thursday.", ["Amnesty International", "Amnesty International"]),
    ("The toll has risen to 51, police said. Among the dead were 21 protesters and nine prisoners, police "
     "spokesman Binod Ghimire said. More than 1,300 people were injured.", ["police", "police"]),
    # a generic head in apposition to the body's own name; a constable's rank written short
    ("At least 60 people were arrested, the coalition, the Front Citoyen Togo Debout (FCTD), said.", ["FCTD"]),
    ("About 700 had been released, police spokesperson Const. Wendy Drummond said. Some 263 people face criminal "
     "charges, she said.", ["police", "police"]),
    # a body's name with "of" before its officer; a district officer; a short name known for what it is wins over
    # the words before it; no speech in "survivors identified them"
    ("City of Johannesburg Emergency Management Services spokesperson Robert Mulaudzi says 52 bodies have been "
     "recovered. Mulaudzi now puts the toll at 63.", ["City of Johannesburg Emergency Management Services"] * 2),
    ("Seven bodies were recovered by Saturday, Chief District Officer Indradev Yadav said.", ["local official"]),
    ("The toll rose to 366, the Prime Ministry's Disaster and Emergency Management Presidency (AFAD) said.",
     ["disaster agency"]),
    ("The nine were arrested after other survivors identified them as crew members, the coast guard said.",
     ["coastguard"]),
    # a body's short name in brackets after its name written out introduces it; it credits no count
    ("Another 40 people were wounded, 36 of whom were taken to a hospital supported by Médecins Sans Frontières "
     "(MSF).", [None]),
    # a later clause whose subject did the act is the outlet's own, not the speaker's before it
    ("The toll rose to 112, the Emergencies Ministry said, and investigators charged four people.",
     ["disaster agency", None]),
    # a secretary of state for a field speaks for its ministry; a doctor with a team is a doctor; a city's rescue
    # headquarters is the local government; a denial that goes on to give a count
    ("Jorge Gomes, Portugal's secretary of state for internal administration, says 57 people have been killed. "
     "Gomes gives a new toll: 61 dead.", ["interior ministry", "interior ministry"]),
    ("A doctor with a volunteer medical team said they had treated about 80 injured protesters.", ["doctor"]),
    ("Rescuers pulled 12 bodies from the mud, the city's rescue headquarters said.", ["local official"]),
    ("An army spokesman denied that troops had targeted civilians, saying five people died in a firefight.",
     ["military"]),
    ("The toll rose to 118, the Seoul city government's disaster headquarters said. More than 900 people were "
     "injured, it said.", ["local official", "local official"]),
    ("Police arrested six members of the organising committee, a senior officer said.", ["police"]),
    ("The toll rose to 156, the official Xinhua News Agency said.", ["state media"]),
    ("Of the 475 people in the dock, 75 were acquitted, the state-run Anadolu news agency reported.", ["state media"]),
    ("The Lao News Agency said 131 people were unaccounted for.", ["state media"]),
    ("At least 40 people were killed in the blast, TASS reported.", ["state media"]),
    ("In Sana'a, 30 people were killed, officials said.", ["official"]),
    ("More than 4,300 were injured, Serik Shalabayev, its head of criminal prosecution, told reporters.",
     ["prosecutor"]),
    ("The gunman had shot dead his father, police president Martin Vondracek said.", ["police"]),
    ("One dead, 590 injured in Bishkek clashes - Health Ministry", ["health ministry", "health ministry"]),
    ("Gardaí have confirmed that ten people died in the explosion.", ["police"]),
    ("As of 25 July, 257 people have been confirmed dead, according to the zonal administration.", ["local official"]),
    # the wounded told right after a toll belong to the same count; one wounded person told apart does not
    ("Twelve people were killed in the blast, police said. More than 1,300 people were injured.",
     ["police", "police"]),
    ("Twelve people were killed in the blast, police said. A woman travelling with them was wounded.",
     ["police", None]),
    ("We can now confirm that 22 people have died.", [None]),
    ("16:40 Al-Aqsa Martyrs Hospital in Deir al-Balah says it has received at least 70 bodies.",
     ["hospital official"]),
    ("TOLL AS OF TUESDAY 18:00 (interior ministry) | Deaths: 2,901 | Injured: 5,530", ["interior ministry"] * 2),
    ("Injured (reported to Ministry of Health): 126", ["health ministry"]),
    ("18:45 Fire authorities now say 153 people died.", ["fire department"]),
    ("The Public Ministry has recorded 121 deaths linked to the protests.", ["prosecutor"]),
    ("More than 18,500 prisoners walked free, the Ministry of Public Security said.", ["public security ministry"]),
    ("The Ministry of Internal Affairs said 700 people had been detained.", ["interior ministry"]),
    ("Police said 20 were hurt. The force also said 4,491 people had been arrested since June.", ["police", "police"]),
    ("A joint statement by rights groups including Amnesty Kenya and the Law Society of Kenya said 31 people had "
     "been injured.", ["rights group"]),
    ("At least 400 people were killed, according to a security source and local residents who spoke to Anadolu.",
     ["security source"]),
    ("Volunteers from the Euromaidan SOS group said they were searching for 48 people reported missing.",
     ["Euromaidan SOS"]),
    ("Police have rounded up 1,434 suspects, said Liu Yaohua, head of the regional public security department.",
     ["police"]),
    ("Officials in the prefecture said 12 people had died. More than 34,000 people had sought shelter in "
     "evacuation centres, according to the same officials.", ["local official", "local official"]),
    ("Sri Lanka's health ministry on Thursday cut the death toll to about 253.", ["health ministry"]),
    ("Relatives have reported 25 people missing, though police said the number could include some of the dead.",
     ["relative"]),
    ("The State Council Information Office said the toll had climbed to 69,170.", ["government"]),
    ("Deputy Defense Minister Ruwan Wijewardene said about 500 people were wounded.", ["defence ministry"]),
    ("Prosecutors have detained four people over the blast, state broadcaster TRT reported.", ["state media"]),
    ("At least 56 bodies were brought to the hospital, an official told AFP, as the toll passed 100 according to "
     "an AFP count. More than 1,500 people were treated in the emergency department, he said.",
     ["official", "AFP", "official"]),
    ("Survivors told Human Rights Watch that soldiers shot villagers; the group said it had confirmed the "
     "deaths of 21 civilians.", ["Human Rights Watch"]),
    ("Madrid train bombings toll rises to 199, Acebes says\nThe toll rose to 199, Interior Minister Angel "
     "Acebes said.", ["interior ministry", "interior ministry"]),
    ("09:25 Two of them died on the way to hospital, a local chief says.", ["local official"]),
    ("State emergency officials said more than 80,000 people had spent the night in shelters.", ["disaster agency"]),
    ("The army put the toll at 61. The national human rights commission later put the toll at 128.",
     ["military", "national human rights commission"]),
    ("12 killed in Peshawar blast: police\nTwelve people were killed in a blast, police said.", ["police", "police"]),
    ("Quake toll rises to 2,000: what we know\nMyanmar: 320 killed since coup", [None, None]),
    ("HATHRAS: Police on Thursday arrested six volunteers of the preacher.", [None]),
    # generic speakers, capitalised or pointed back to
    ("Aid agencies say more than 40,000 people have fled.", ["aid agency"]),
    ("Officials here say 3,000 people are living in camps.", ["official"]),
    ("Nine engineers were charged, NBI director-general Jaime Santos said.", ["NBI"]),
    # a body's document speaks for the body; a nation's authorities are its government; a hospital
    # by name; a capitalised "Independent" opens a name
    ("Some 90,000 people have fled, according to OCHA's latest Flash Update (FU3).", ["OCHA"]),
    ("The Red Cross said 12 died. According to the group's daily situation report, 1,100 people were "
     "hurt.", ["Red Cross", "Red Cross"]),
    ("The Malawian authorities report some 4,000 arrivals.", ["government"]),
    ("Al-Shifa hospital says it is treating 45 wounded people.", ["hospital official"]),
    ("The Independent Medico-Legal Unit said it had documented 12 deaths in custody.",
     ["Independent Medico-Legal Unit"]),
    # found by dev12: "the same tally", a statement's aside, initials in a cue, a generic head named in
    # apposition, a quote's "we" is its speaker's, a subordinate clause's subject, more offices and hospitals
    ("HRANA said 451 people had died. Some 18,000 people had been arrested, according to the same tally.",
     ["HRANA", "HRANA"]),
    ("The interior ministry, in a statement issued on Sunday, said 40 officers had been injured.",
     ["interior ministry"]),
    ("Gunmen killed 50 villagers, according to a U.N. security source.", ["UN"]),
    ("The national rights commission, Komnas HAM, said 12 people had died.", ["Komnas HAM"]),
    ("Temblores counted 40 deaths. '12 people remain missing,' the group's director, Ana Ruiz, said.",
     ["Temblores", "Temblores"]),
    ("'We have documented 61 deaths,' Maria Lopez, co-director of Sinergia, told AFP.", ["Sinergia"]),
    ("Plataforma Cívica said on Monday that 248 people had been killed, including 40 since Friday, when the "
     "court confirmed the result.", ["Plataforma Cívica", "Plataforma Cívica"]),
    ("More than 300 people had been killed, a commander of Iran's Revolutionary Guards said.", ["military"]),
    ("Twelve people have died, the University Clinical Centre of Serbia said.", ["hospital official"]),
    ("Some 80 wounded were brought in, a medical worker said.", ["medic"]),
    ("About 900 people have fled, district administrator Joseph Banda said.", ["local official"]),
    # a state body is named by what it is, even with its short name; a body named earlier in the
    # sentence is what its head noun points back to
    ("Eighty police officers were injured, the national police directorate (DGSN) said.", ["police"]),
    ("The Ministry of Health (MoH) said 40 people had died.", ["health ministry"]),
    ("At least 20 people died in a crush at a Gaza Humanitarian Foundation site, the foundation says.",
     ["Gaza Humanitarian Foundation"]),
    # a relative pronoun speaks for the body before it, when its clause tells a count; "said" before a
    # clause is no inverted speaker; long names, names with digits, names before their description
    ("The figure is below that of the International Organization for Migration, which said on Sunday that "
     "more than 670 people had died.", ["IOM"]),
    ("The rights group Justicia 11J, which has documented the detention of more than 1,400 people, said "
     "prosecutors were seeking long terms.", ["Justicia 11J"]),
    ("Belarus freed 52 prisoners after a visit by a US envoy, who said Washington would lift sanctions.", [None]),
    ("The Zimbabwe Association of Doctors for Human Rights says its members have treated 2,800 victims.",
     ["Zimbabwe Association of Doctors for Human Rights"]),
    ("More than 7.7 million Venezuelans have left their country, according to R4V, the regional platform.",
     ["R4V"]),
    ("The number of refugees has reached 415,000, the Inter Sector Coordination Group of aid agencies said.",
     ["Inter Sector Coordination Group"]),
    # more ways to give a count: a report found, a body attributes, groups estimate, a study's range
    ("Security forces arrested 11,700 people, the UN human rights office's fact-finding report found.",
     ["OHCHR"]),
    ("Human rights groups estimate the real toll at between 12,000 and 30,000.", ["rights group"]),
    # a speaker telling something else in another clause speaks for no count outside it: a later clause's
    # complement, a speech verb before a modal
    ("Police arrested 56 people on Monday, and lawyers said several of the accused showed signs of beatings.",
     [None]),
    ("The toll rose to 126, the monitoring group AAPP said, including 38 people killed yesterday.", ["AAPP", "AAPP"]),
    ("The king pardoned 1,584 prisoners, in a move rights groups said would free hundreds.", [None]),
    # found by dev13: a High Commissioner is no police commissioner; hospitals in a place; ministers by
    # their field only; a wire agency's dateline credit; a fronted place; a counter inside a reported clause
    ("One million people have crossed the border, the UN High Commissioner for Refugees said.", ["UNHCR"]),
    ("Hospitals in Juliaca said they were treating 68 people for injuries.", ["hospital official"]),
    ("Federal Minister for Climate Change Sherry Rehman said nearly half a million were living in relief camps.",
     ["climate ministry"]),
    ("TIANJIN, Nov. 9 (Xinhua) -- Courts in Tianjin on Wednesday sentenced 49 defendants.", [None]),
    ("In American Samoa officials have confirmed 22 deaths.", ["official"]),
    ("The ICRC said a hospital it supports had received the bodies of 29 children.", ["ICRC"]),
    ("Three activists were convicted: Ales Bialiatski received nine years.", [None]),
    ("The Internal Security Forces said 142 of their members were hurt.", ["police"]),
    # found by dev14: a collector named after "figures collected by", information received is no one,
    # judges are the court, the presidency the government, a title before "Gov" without its stop, an
    # appositive pointing back, a body's spokesperson, doctors at a hospital named "Government"
    ("At least 133 people have been killed, according to figures collected from hospitals by local media.",
     ["media"]),
    ("According to information received, 18 of the deaths occurred on Friday.", [None]),
    ("Seven others received terms ranging from 10 years to life, presiding judge Ibrahima Tounkara said.",
     ["court"]),
    ("Eighty-two of the girls were freed, Nigeria's presidency said.", ["government"]),
    ("The toll rose to 99, and Gov. Josh Green warned it could double. Green said 1,000 people were missing.",
     [None, "local official"]),
    ("The SNHR said 40 were killed. Fadel Abdulghany, the group's director, said 24,200 detainees had been freed.",
     ["SNHR", "SNHR"]),
    ("The toll has risen to 288, a Railways spokesperson said.", ["Railways"]),
    ("Doctors at the Mbabane Government Hospital said they had treated 73 people.", ["doctor"]),
    # a body cited by the speaker gave the counts; "with X saying" names X
    ("The WHO put the toll at 83 dead and 1,126 injured, citing health ministry figures.",
     ["health ministry", "health ministry"]),
    ("The count is far below the 9,000 deaths that OCHA, citing the Libyan Red Crescent, reported.",
     ["Red Crescent"]),
    ("Some 400 people have been killed, the UN said, citing credible sources.", ["UN"]),
    # found by dev43 and dev45: a role listed first tells; who "was quoted as saying" speaks, not who quoted;
    # when a source spoke is no part of its name; an army's General Staff; a headline's "puts toll at";
    # "this newspaper" is the outlet's own
    ("A military airstrike killed as many as 100 people, witnesses and rights groups said Wednesday.", ["witness"]),
    ("In Tehran, 450 people have been arrested, the deputy governor was quoted as saying by the ILNA news agency.",
     ["local official"]),
    ("Iran has pardoned 22,000 people, judiciary chief Gholamhossein Mohseni Ejei was quoted as saying by state "
     "media on Monday.", ["judiciary chief"]),
    ("Police said they had arrested 11 people. Since June 9, police have arrested 6,022 people, according to "
     "figures released by the force last week.", ["police", "police"]),
    ("According to the General Staff, 104 of the putschists were killed.", ["military"]),
    ("Ruto puts protest death toll at 19\nPresident William Ruto said on Sunday that 19 people had died.",
     ["government", "government"]),
    ("At least 3,580 of those arrested have been identified by this newspaper.", [None]),
    # found by dev44: a state's government and governor are local, wherever the title sits and whatever adverb
    # follows; a country or its police cutting "the number" of dead tells it; a council's tally and "the
    # directorate" point back; parents "of" someone are relatives whatever school they name; a body's own name
    # before what it is; a crisis centre; a district's chief medical officer; "continue to verify reports"
    ("The toll has climbed to 155, a state government spokesman says.", ["local official"]),
    ("Gov. Greg Abbott initially told reporters that 14 students and a teacher had died.", ["local official"]),
    ("Hidalgo state Gov. Omar Fayad had put the toll at 73 on Saturday evening.", ["local official"]),
    ("Sri Lanka on Thursday cut the number of people killed in the bombings to 253.", ["government"]),
    ("Norwegian police on Monday cut the number of people killed to 76 from 93.", ["police"]),
    ("The toll climbed to 1,774, the National Disaster Risk Reduction and Management Council (NDRRMC) said, as "
     "bodies lay along the roads. The council's tally also listed 2,487 people injured and 82 missing.",
     ["disaster agency", "disaster agency", "disaster agency"]),
    ("The civil defence directorate said 717 pilgrims had died. Another 863 people were injured, the directorate "
     "said.", ["disaster agency", "disaster agency"]),
    ("Parents of the girls abducted from Government Girls Secondary School say 234 of their daughters are still "
     "missing.", ["relative"]),
    ("In the rebel-held northwest, the White Helmets civil defence group says at least 1,020 people have died.",
     ["White Helmets"]),
    ("In Belgium, the toll rose to 20, the national crisis centre said.", ["disaster agency"]),
    ("The district's chief medical officer said 27 bodies had been brought to the hospital.", ["health ministry"]),
    ("There are now 128 people unaccounted for, as detectives continue to verify reports.", [None]),
    # found by dev52: Kenya's cabinet secretaries head ministries ("Interior CS", "Health Cabinet Secretary")
    ("16:05 Interior CS Kithure Kindiki, visiting the scene, says 45 people have died.", ["interior ministry"]),
    ("Health Cabinet Secretary Susan Nakhumicha said 200 people were being treated.", ["health ministry"]),
    # found by dev50, dev53 and dev54: hospital authorities; a prefect and the place he serves; a subject whose
    # relative clause holds the count; "alone" after a name; the Guardia Civil and a police prefect; "by its count"
    ("Hospital authorities said 128 people were still being treated in Dublin hospitals.",
     ["hospital official"]),
    ("08:05 - The prefect of Venice, Michele di Bari, says 21 people died when a shuttle bus fell from an "
     "overpass.",
     ["local official"]),
    ("UVALDE, Texas (AP) — An 18-year-old gunman who killed 19 children and two teachers at a Texas elementary "
     "school on Tuesday had posted on social media minutes before the attack, Gov. Greg Abbott said.",
     ["local official"]),
    ("Jinnah Postgraduate Medical Centre alone has received 209 bodies since Saturday, the head of its "
     "emergency department said.",
     ["hospital official"]),
    ("The Guardia Civil says it has arrested 39 people for looting.",
     ["police"]),
    ("10:30 The number of people held in Marseille alone reached 88, the city's police prefect says.",
     ["police"]),
    ("The Assistance Association for Political Prisoners said 40 died. By its count, 14,847 people have "
     "been arrested.",
     ["AAPP", "AAPP"]),
    # found by dev38, dev46, dev47, dev49 and dev51: a body's toll with any word between ("the AAPP's nationwide
    # toll"); what a body's monitoring shows; first aiders are medics; a body "listed" or "kept its estimate at"
    ("The killings push the AAPP's nationwide toll since the February 1 coup to 701.",
     ["AAPP"]),
    ("Security forces in Saqqez arrested at least 60 citizens, Hengaw's monitoring shows.",
     ["Hengaw"]),
    ("University first aiders say more than 20 students have been hurt.",
     ["medic"]),
    ("Civil protection officials listed 62 people as missing.",
     ["disaster agency"]),
    ("The U.N. migration agency, IOM, which is helping to coordinate the response, has kept its own "
     "estimate at about 670 dead.",
     ["IOM"]),
    # found by dev49, dev51 and dev52: "it" after a verb or preposition is no speaker; a country's other name in
    # brackets is no short name; a clause cut by the window speaks for no one; "the spokesman" points back to
    # a person's office; a live blog's "Kenya Red Cross:"; "a figure he said"
    ("Ethiopian authorities have detained 11,607 people, the official in charge of enforcing it told "
     "state television on Saturday.",
     ["official"]),
    ("The Assistance Association for Political Prisoners (Burma), based in Thailand, said around 1,000 "
     "remained behind bars.",
     ["AAPP"]),
    ("The Transitional Military Council blamed an unidentified sniper for shooting at both protesters and "
     "RSF troops and said three members of the RSF were wounded.",
     ["military"]),
    ("By nightfall 154 bodies had been recovered, a spokesman for the provincial government in Trento "
     "said. The spokesman said 11 injured people were being treated.",
     ["local official", "local official"]),
    ("13:30 Kenya Red Cross: 110 people have been taken to hospitals in Naivasha.",
     ["Red Cross"]),
    ("Home Minister Asaduzzaman Khan said on Sunday that 147 people had died, a figure he said includes "
     "members of the law enforcement agencies.",
     ["interior ministry"]),
    # found by dev47 and dev48: a county's commissioner is no count; a list of speakers told by the first even
    # after a comma; "Saturday's reports" and "has" are no speakers; a mother is a relative; a doctor with a
    # named body speaks for it; whom a speaker told is no speaker; a body releasing or repeating its own count
    # tells it; a de facto authority's news agency is state media
    ("11:30 Kiambu's county commissioner says six people died in the county and 41 were arrested.",
     ["local official", "local official"]),
    ("More than 370 people were hurt in clashes on Saturday night, the Lebanese Red Cross and the Civil Defence "
     "said.",
     ["Red Cross"]),
    ("The Assistance Association for Political Prisoners, which is still verifying Saturday's reports, said its "
     "count had risen to 423.",
     ["AAPP"]),
    ("The Ombudsman's Office, a state body, has confirmed 24 deaths and said 89 people had not been located.",
     ["ombudsman"]),
    ("Outside the jail, a mother who gave her name as Maria Elena said three students were picked up on Friday night.",
     ["relative"]),
    ("A doctor with Medecins Sans Frontieres in Adre said the team had treated more than 600 wounded people.",
     ["MSF"]),
    ("A nurse at the hospital tells local radio that staff received more than 70 wounded people.",
     ["nurse"]),
    ("Ministry spokesman Khaled el-Khatib told state television that 3,717 people had been injured.",
     ["ministry"]),
    ("The Kenya National Commission on Human Rights has released its own count: 31 people killed in 17 counties.",
     ["KNCHR"]),
    ("Yemen's Houthi authorities executed nine men, the Houthi-run Saba news agency reported.",
     ["state media"]),
    # found by dev19, dev21 and dev47: a headline's speaker told by what it is is the body the lede names;
    # "doctors say" only a doctors' body
    ("Myanmar toll passes 120, rights group says\nAt least 38 people were killed on Sunday, the Assistance "
     "Association for Political Prisoners said.", ["AAPP", "AAPP"]),
    ("Police gunfire has killed 278 in Mozambique, monitor says\nAt least 278 people have been killed, the civil "
     "society platform Plataforma Decide said.", ["Plataforma Decide", "Plataforma Decide"]),
    ("Khartoum clashes: doctors say civilian toll reaches 97\nAt least 97 civilians have been killed, the Central "
     "Committee of Sudan Doctors said.", ["CCSD", "CCSD"]),
    ("Toll reaches 97, doctors say\nAt least 97 civilians have been killed, the health ministry said.",
     ["doctor", "health ministry"]),
    # found by dev46: "said" before a clause is no inverted speaker; "and said" goes on with the clause's subject,
    # not with a that-clause's; a bare spokesman speaks for the body whose count it is; "puts the dead at";
    # "raised the charge" tells no count; a clock time before a weekday ends no sentence
    ("The opposition Wefaq party, which counts more than 40 deaths since February, said the report did not go far "
     "enough.", ["opposition wefaq party"]),
    ("President Ali Abdullah Saleh denied that police had taken part and said 25 suspects had been arrested.",
     ["government"]),
    ("The RSF denied targeting civilians and said it had arrested a fighter known as Abu Lulu.", ["RSF"]),
    ("Amnesty's count of those killed since protests began now stands at more than 300, a spokesman added.",
     ["Amnesty International"]),
    ("Human Rights Watch puts the dead at 233 since Feb. 17.", ["Human Rights Watch"]),
    ("Attorney General Keith Ellison charged the three other officers and raised the charge against Derek Chauvin.",
     [None]),
    ("The toll climbed to 2,360 as of 6 a.m. Thursday, the disaster council said.", ["disaster agency"]),
    ("Fighting raged for a third day, with the Sudan Doctors Network saying 40 civilians had been killed.",
     ["Sudan Doctors Network"]),
    # a speaker leading a later clause's count speaks for that count only
    ("In Chad, 8,000 refugees have arrived, while the Nigerien authorities report some 2,500 arrivals.",
     [None, "government"]),
    ("Twelve people were killed and 40 injured, the ministry said, as 7,500 soldiers joined the search.",
     ["ministry", "ministry"]),
    ("Police said 40 were held. Police spokesman Brig. Gen. Ahmad Ramadhan said 12 had been freed.",
     ["police", "police"]),
    ("Civil defence officials said 12 bodies were found. About 6,000 people were in shelters, according "
     "to the same officials.", ["disaster agency", "disaster agency"]),
]
