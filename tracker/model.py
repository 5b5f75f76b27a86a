"""Document and Figure: the two records every stage passes around."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import asdict, dataclass, field
from datetime import date

METRICS = (
    "killed",
    "injured",
    "arrested",
    "detained",
    "released",
    "charged",
    "sentenced",
    "missing",
    "displaced",
)
QUALIFIERS = ("exact", "at_least", "at_most", "approx")
SCOPES = ("cumulative", "event")

# The jsonl contract of `tracker extract` (DESIGN.md): these names, in this order, plus `doc`.
FIGURE_FIELDS = (
    "metric",
    "value",
    "low",
    "high",
    "qualifier",
    "scope",
    "source",
    "source_text",
    "as_of",
    "location",
    "quote",
    "start",
    "end",
    "rule",
)


def normalise_text(text: str) -> str:
    """The text a document id is hashed from: NFC, unified newlines, no trailing blanks."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    return re.sub(r"[ \t]+\n", "\n", text).strip()


def content_id(*parts: object) -> str:
    """A short stable hash of the given parts: the same content always gets the same id."""
    digest = hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8"))
    return digest.hexdigest()[:16]


@dataclass(frozen=True)
class Document:
    """One report: its text and what is known of where it came from."""

    text: str
    ref: str  # how the user names it: a path, a URL, or the id given in a JSONL line
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: date | None = None
    found_by: str = "file"  # file, stdin, jsonl, html, feed, url
    tags: tuple[str, ...] = ()
    raw: bytes | None = field(default=None, repr=False, compare=False)

    @property
    def id(self) -> str:
        """Hash of the normalised text: the same report read twice is one document."""
        return content_id(normalise_text(self.text))


@dataclass(frozen=True)
class Figure:
    """One extracted statement of a count of people, with its provenance."""

    metric: str
    value: int
    qualifier: str
    scope: str
    quote: str
    start: int
    end: int
    rule: str
    low: int | None = None
    high: int | None = None
    source: str | None = None
    source_text: str | None = None
    as_of: date | None = None
    location: str | None = None

    def to_dict(self) -> dict[str, object]:
        """The figure's fields in the contract order, dates as ISO strings."""
        d = asdict(self)
        out = {k: d[k] for k in FIGURE_FIELDS}
        out["as_of"] = self.as_of.isoformat() if self.as_of else None
        return out

    def id_in(self, doc_id: str) -> str:
        """Stable id of this figure within a document: re-ingesting adds nothing."""
        return content_id(doc_id, self.start, self.end, self.metric, self.value)
