"""Split a document into sentences, keeping each sentence's character span."""

from __future__ import annotations

import re

# Words whose trailing full stop does not end a sentence.
ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof gen lt col maj capt sgt st no nos vs etc approx est jan feb mar apr
    jun jul aug sep sept oct nov dec u.s u.n u.k e.g i.e inc ltd co corp dept gov sen rep
    rev fig brig insp supt cmdr adm cpl hon const det""".split()
)

# A candidate boundary: end punctuation, optional closing quotes or brackets, then space.
BOUNDARY = re.compile(r"""[.!?]+["'”’)\]]*\s+""")
# No real sentence is longer; past this a run of text is cut at a space, which keeps every
# rule's work per sentence bounded on pathological input (a megabyte with no full stop).
MAX_SENTENCE = 1_000

# What may follow a clock time inside its sentence: "as of 6 a.m. Thursday, the council said".
AFTER_CLOCK = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:GMT|UTC|[A-Z]{2,3}T)\b")

# Lines break sentences too: headlines, datelines, list items and table rows have no full stop.
LINE = re.compile(r"\n+")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Spans (start, end) of the sentences of `text`, in order.

    >>> t = "Dr. Aung said 5 died. Another 3 were hurt!\\nHeadline here"
    >>> [t[s:e] for s, e in split_sentences(t)]
    ['Dr. Aung said 5 died.', 'Another 3 were hurt!', 'Headline here']
    >>> t = "The U.N. said 12 were killed. Commissioner S.N. Shrivastava said 19 were held."
    >>> [t[s:e] for s, e in split_sentences(t)]
    ['The U.N. said 12 were killed.', 'Commissioner S.N. Shrivastava said 19 were held.']
    >>> t = "The toll rose to 2,360 as of 6 a.m. Thursday, the council said. Five are missing."
    >>> [t[s:e] for s, e in split_sentences(t)]
    ['The toll rose to 2,360 as of 6 a.m. Thursday, the council said.', 'Five are missing.']
    """
    spans: list[tuple[int, int]] = []
    pos = 0
    for line in LINE.split(text):
        start = text.index(line, pos) if line else pos
        pos = start + len(line)
        spans += _split_line(line, start)
    return [piece for s, e in spans if e > s for piece in _cap(text, s, e)]


def _cap(text: str, start: int, end: int) -> list[tuple[int, int]]:
    pieces = []
    while end - start > MAX_SENTENCE:
        cut = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        cut = cut if cut > start else start + MAX_SENTENCE
        pieces.append((start, cut))
        start = cut + 1 if text[cut : cut + 1] == " " else cut
    pieces.append((start, end))
    return pieces


def _split_line(line: str, offset: int) -> list[tuple[int, int]]:
    out = []
    start = 0
    for m in BOUNDARY.finditer(line):
        if _is_abbreviation(line, m.start(), m.end()) or not _starts_sentence(line, m.end()):
            continue
        out.append(_trim(line, start, m.end(), offset))
        start = m.end()
    out.append(_trim(line, start, len(line), offset))
    return out


def _is_abbreviation(line: str, dot: int, after: int) -> bool:
    if line[dot] != ".":
        return False
    word = re.search(r"([\w.]+)$", line[:dot])
    if not word:
        return False
    token = word.group(1).lower()
    # initials: "U." in "Aung San Suu Kyi's U. Win", "S.N." in "commissioner S.N. Shrivastava"
    initials = bool(re.fullmatch(r"[a-z](?:\.[a-z])*", token)) and token not in ("a.m", "p.m")  # "at 6:13 p.m. Police"
    clock = token in ("a.m", "p.m") and bool(AFTER_CLOCK.match(line, after))  # "6 a.m. Thursday", "9 p.m. GMT"
    return token in ABBREVIATIONS or initials or clock


def _starts_sentence(line: str, pos: int) -> bool:
    rest = line[pos : pos + 2]
    return bool(rest) and (rest[0].isupper() or rest[0].isdigit() or rest[0] in "\"'“‘(")


def _trim(line: str, start: int, end: int, offset: int) -> tuple[int, int]:
    chunk = line[start:end]
    left = len(chunk) - len(chunk.lstrip())
    right = len(chunk.rstrip())
    return offset + start + left, offset + start + right
