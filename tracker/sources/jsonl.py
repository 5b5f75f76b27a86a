"""JSONL of documents: one object a line, with the field names of common scraper and API exports.

Our own names are `id`, `text`, `title`, `url`, `published` and `outlet`. Exports of news
scrapers and news APIs name them otherwise (`maintext`, `content`, `publishedAt`,
`source.name`...): each field is looked up under the names in FIELD_NAMES, in order, unless
the user names it; a dotted name reaches into nested objects.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping

from ..errors import InputError
from ..model import Document
from .common import Notice, decode
from .dates import parse_date

# Where each field is looked for, first match wins. Ordered from our own name to the
# names of news-please, NewsAPI, GDELT-style and generic scraper exports.
FIELD_NAMES: dict[str, tuple[str, ...]] = {
    "id": ("id", "_id", "uuid", "doc_id", "guid"),
    "text": ("text", "maintext", "body", "content", "full_text", "article", "description"),
    "title": ("title", "headline"),
    "url": ("url", "link", "canonical_url", "sourceurl"),
    "published": (
        "published", "publishedAt", "published_at", "date_publish", "pubDate",
        "datePublished", "date", "seendate",
    ),
    "outlet": ("outlet", "source.name", "source", "source_domain", "site_name", "domain"),
}


def parse_jsonl(
    chunks: Iterable[bytes], ref: str, fields: Mapping[str, str] | None = None, limit: int = 0
) -> Iterator[Document | InputError | Notice]:
    """Each good line as a Document, each bad one as an InputError with its line number.

    `fields` maps our field names to the user's (`{"text": "body"}`); `limit` caps a line's
    size in bytes (0 for none) so that one huge line is reported, not loaded.
    """
    names = {
        key: (fields[key],) if fields and fields.get(key) else FIELD_NAMES[key]
        for key in FIELD_NAMES
    }
    for n, line in _lines(chunks, limit):
        where = f"{ref}:{n}"
        if line is None:
            yield InputError(f"{where}: line longer than {limit / 2**20:g} MB; skipped")
            continue
        if not line.strip():
            continue
        content, notice = decode(line, where)
        if notice:
            yield notice
        try:
            yield _document(content, where, names)
        except InputError as exc:
            yield exc


def _document(line: str, where: str, names: Mapping[str, tuple[str, ...]]) -> Document:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(f"{where}: not valid JSON ({exc.msg} at column {exc.colno})") from None
    except RecursionError:
        raise InputError(f"{where}: JSON nested too deeply") from None
    if not isinstance(obj, dict):
        raise InputError(f"{where}: expected a JSON object, got {type(obj).__name__}")
    found = {key: _first(obj, keys) for key, keys in names.items()}
    text = found["text"]
    if not isinstance(text, str) or not text.strip():
        raise InputError(f"{where}: no text (looked for {', '.join(names['text'])})")
    stated = found["published"]
    return Document(
        text=text.strip(),
        ref=str(found["id"]) if found["id"] is not None else where,
        title=_string(found["title"]),
        url=_string(found["url"]),
        outlet=_string(found["outlet"]),
        published=parse_date(stated, where) if stated not in (None, "") else None,
        found_by="jsonl",
    )


def _first(obj: Mapping[str, object], keys: tuple[str, ...]) -> object:
    """The value under the first of `keys` present with a scalar value; dots go into objects."""
    for key in keys:
        value: object = obj
        for part in key.split("."):
            value = value.get(part) if isinstance(value, dict) else None
        if isinstance(value, str | int | float) and not isinstance(value, bool):
            return value
    return None


def _string(value: object) -> str | None:
    if value is None:
        return None
    return str(value).strip() or None


def _lines(chunks: Iterable[bytes], limit: int) -> Iterator[tuple[int, bytes | None]]:
    """Numbered lines from a stream of chunks; None in place of a line longer than `limit`."""
    n, buffer, skipping = 1, b"", False
    for chunk in chunks:
        buffer += chunk
        start = 0
        while (end := buffer.find(b"\n", start)) != -1:
            line = buffer[start:end]
            yield n, None if skipping or (limit and len(line) > limit) else line
            n, start, skipping = n + 1, end + 1, False
        buffer = buffer[start:]
        if limit and len(buffer) > limit:  # drop the long line's bytes as they come
            buffer, skipping = b"", True
    if buffer or skipping:
        yield n, None if skipping else buffer
