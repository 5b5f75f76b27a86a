"""RSS and Atom feeds: each entry a Document with its link, title and date, via feedparser."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

from ..errors import InputError
from ..model import Document
from .common import Notice
from .dates import parse_date
from .html import fragment_text

# A feed has no use for entity declarations; one that has them may be an entity-expansion
# ("billion laughs") bomb, so it is refused before any parser sees it.
ENTITY_DECLARATION = b"<!ENTITY"


def parse_feed(data: bytes, ref: str) -> Iterator[Document | InputError | Notice]:
    """Each entry of an RSS or Atom feed as a Document: full content if present, else summary."""
    if ENTITY_DECLARATION in data:
        yield InputError(f"{ref}: declares XML entities (a possible XML bomb); not read")
        return
    import feedparser  # heavy: loaded with the first feed, not with the CLI

    feed = feedparser.parse(data)  # bytes, never a URL or path: feedparser fetches nothing
    if not feed.version and not feed.entries:
        yield InputError(f"{ref}: not an RSS or Atom feed")
        return
    if not feed.entries:
        yield Notice(f"{ref}: a feed with no entries")
    outlet = feed.feed.get("title") or None
    for n, entry in enumerate(feed.entries, start=1):
        where = f"{ref} entry {n}"
        body, kind = _body(entry)
        text = body if kind == "text/plain" else fragment_text(body)
        if not text:
            yield InputError(f"{where}: no text (neither content nor summary)")
            continue
        try:
            published = _entry_date(entry, where)
        except InputError as exc:
            yield exc
            continue
        link = entry.get("link") or None
        yield Document(
            text=text,
            ref=link or where,
            title=entry.get("title") or None,
            url=link,
            outlet=outlet,
            published=published,
            found_by="feed",
            raw=body.encode("utf-8"),
        )


def _body(entry: Any) -> tuple[str, str]:
    """The entry's fullest text and its type: the longest content, else the summary."""
    contents = [c for c in entry.get("content", []) if c.get("value", "").strip()]
    if contents:
        best = max(contents, key=lambda c: len(c["value"]))
        return best["value"], best.get("type", "text/html")
    detail = entry.get("summary_detail") or {}
    return entry.get("summary", ""), detail.get("type", "text/html")


def _entry_date(entry: Any, where: str) -> date | None:
    """The entry's published (else updated) date, parsed by feedparser or else by us."""
    # dict.get: feedparser's own get maps a missing key to another, with a warning
    for key in ("published_parsed", "updated_parsed"):
        if parsed := dict.get(entry, key):
            return date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
    stated = dict.get(entry, "published") or dict.get(entry, "updated")
    return parse_date(stated, where) if stated else None
