"""JSONL of documents: one object a line with `id`, `text` and optional `title`, `url`, `published`."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date

from ..errors import InputError
from ..model import Document
from .text import parse_date


def parse_jsonl(
    content: str, ref: str, published: date | None = None
) -> Iterator[Document | InputError]:
    """Each good line as a Document, each bad one as an InputError with its line number."""
    for n, line in enumerate(content.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{ref}:{n}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(f"{where}: not valid JSON ({exc.msg})")
            continue
        if not isinstance(obj, dict):
            yield InputError(f"{where}: expected a JSON object, got {type(obj).__name__}")
            continue
        text = obj.get("text")
        if not isinstance(text, str) or not text.strip():
            yield InputError(f"{where}: no 'text' in this line")
            continue
        try:
            when = parse_date(str(obj["published"]), where) if obj.get("published") else published
        except InputError as exc:
            yield exc
            continue
        yield Document(
            text=text.strip(),
            ref=str(obj.get("id") or where),
            title=obj.get("title"),
            url=obj.get("url"),
            outlet=obj.get("outlet"),
            published=when,
            found_by="jsonl",
        )
