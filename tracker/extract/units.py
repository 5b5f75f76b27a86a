"""Units: quantulum3 tells a head count from an amount of money, time, length or the like.

It is asked only about numbers whose next word our tables do not know, because it is
slow next to a regex and our tables already settle the common cases.
"""

from __future__ import annotations

import re
import warnings
from functools import lru_cache

from .lexicon import COUNT_NOUNS
from .numbers import Number
from .rules import PEOPLE_NOUN

# Nouns that count people by what befell them: "853 migrant deaths", "1,000 arbitrary arrests".
COUNT_NOUN_WORDS = "|".join(w for ws in COUNT_NOUNS.values() for w in ws)

# Words after a number that our rules read themselves: people, verbs, function words.
KNOWN_NEXT = re.compile(
    rf"^(?:\s*[,.;:!?)\]—–\"”'+]|\s*$|\s+(?-i:[A-Z][a-z]|(?:[A-Z]\.){{2,}})|\s+(?:{PEOPLE_NOUN}|{COUNT_NOUN_WORDS}|were|was|are|is|have|has|had|"
    r"of|or|and|to|in|on|at|from|more|others|dead|killed|injured|wounded|hurt|arrested|"
    r"detained|released|freed|missing|displaced|died|people|remain|remained|still|"
    r"sentenced|charged|including|who|that|had|have|since|so|across|during|this|last|"
    r"after|before|by|for|with|among|as)\b"
    # a few describing words before people: "eight current and former officials"
    rf"|\s+(?:(?!(?:from|of|in|on|at|to|per|a|an|the)\b)[a-z][\w-]*\s+){{1,3}}?(?:{PEOPLE_NOUN}|{COUNT_NOUN_WORDS})\b)",
    re.IGNORECASE,
)
COUNT_UNITS = {"dimensionless", "dozen", "count"}


def has_unit(sentence: str, n: Number) -> bool:
    """Whether the number carries a unit that is not a head count (money, time, length...).

    >>> from tracker.extract.numbers import find_numbers
    >>> s = "fined 500,000 kyat and 12 km from the protesters; 42 people and 8 current officials"
    >>> [s[n.start:n.end] for n in find_numbers(s) if not has_unit(s, n)]
    ['42', '8']
    """
    after = sentence[n.end :]
    if KNOWN_NEXT.match(after):
        return False
    window = sentence[n.start : n.end] + " " + " ".join(after.split()[:2])[:40]
    return _unit_of(window.strip()) not in COUNT_UNITS


@lru_cache(maxsize=4096)
def _unit_of(window: str) -> str:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import parser

    quantities = parser.parse(window)
    return quantities[0].unit.name if quantities else "dimensionless"
