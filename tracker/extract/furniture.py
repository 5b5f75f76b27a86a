"""Page furniture: the parts of a web page's text that are not the report (links to other
stories, lists of other headlines, notes on corrections). Their numbers are no figures."""

from __future__ import annotations

import re

# Words that open a link or a list of links to other stories.
_LINKS = (
    r"related(?:\s+[\w-]+){0,2}|read\s+(?:more|also|next)|also\s+read|see\s+also|"
    r"more\s+on\s+[\w\s-]{1,30}|more\s+(?:stories|news|from\s+[\w\s]{1,30})|top\s+stories|"
    r"most\s+(?:read|viewed|popular|shared)|you\s+may\s+(?:also\s+)?like|recommended(?:\s+for\s+you)?|"
    r"trending(?:\s+now)?|editor['’]?s\s+picks|watch|listen"
)
# A link on one line: "Related: Police in Uganda arrest 45 after ...", "READ MORE | Gunmen kill 12".
LINK_LINE = re.compile(rf"\W*(?:{_LINKS})\s*[:|>»]", re.IGNORECASE)
# A heading alone on its line, over a list of other stories' headlines: "RELATED COVERAGE", "Most read".
LINK_HEADING = re.compile(rf"\W*(?:{_LINKS})\s*:?\s*$", re.IGNORECASE)
# A note on how the story changed: its numbers restate or undo the report's own.
CHANGE_NOTE = re.compile(
    r"\W*(?:this\s+(?:story|article|report)\s+(?:has\s+been|was)\s+(?:corrected|updated|amended)|"
    r"an\s+earlier\s+version\s+of\s+this|corrections?\s*:|clarification\s*:|editor['’]?s\s+note\s*:)",
    re.IGNORECASE,
)
HEADLINE_LIKE = re.compile(r"[^.!?\"”]$")  # a line with no full stop: a headline in a list
MAX_LINKS = 10  # lines under a links heading read as links


def furniture(text: str) -> list[tuple[int, int]]:
    """Spans of `text` that are page furniture, not the report.

    >>> t = "Five were killed.\\nRELATED COVERAGE\\nGunmen kill 12 in Zamfara\\nFloods kill 30\\n\\nMore text."
    >>> [t[s:e] for s, e in furniture(t)]
    ['RELATED COVERAGE', 'Gunmen kill 12 in Zamfara', 'Floods kill 30']
    """
    spans: list[tuple[int, int]] = []
    under_heading = 0
    for line in re.finditer(r"[^\n]+", text):
        words = line.group().strip()
        if LINK_HEADING.match(words):
            spans.append(line.span())
            under_heading = MAX_LINKS
        elif under_heading and words and HEADLINE_LIKE.search(words):
            spans.append(line.span())
            under_heading -= 1
        else:
            under_heading = 0
            if LINK_LINE.match(words) or CHANGE_NOTE.match(words):
                spans.append(line.span())
    return spans
