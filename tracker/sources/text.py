"""Plain text and Markdown reports: title on the first line, `key: value` headers, then the body."""

from __future__ import annotations

import re
from pathlib import PurePath

from ..errors import InputError
from ..model import Document
from .dates import date_from_name, parse_date

HEADER = re.compile(r"^(published|date|outlet|url|source)\s*:\s*(.+?)\s*$", re.IGNORECASE)


def parse_report(
    content: str,
    ref: str,
    found_by: str = "file",
    url: str | None = None,
    raw: bytes | None = None,
) -> Document:
    """A Document from report text: first line the title, then optional `key: value` headers.

    The date is the `published:` header, else a date in the file name or URL; `raw` keeps
    the bytes as fetched.
    """
    lines = content.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    while lines and not lines[0].strip():
        lines.pop(0)
    if not lines:
        raise InputError(f"{ref}: empty, no text to read")
    title = lines[0].strip().lstrip("#").strip() or None
    meta: dict[str, str] = {}
    i = 1
    while i < len(lines) and (m := HEADER.match(lines[i])):
        meta[m[1].lower()] = m[2]
        i += 1
    # headers are metadata, not report text: keep the title line and the body
    body = "\n".join([lines[0], *lines[i:]] if meta else lines).strip()
    stated = meta.get("published") or meta.get("date")
    when = parse_date(stated, ref) if stated else date_from_name(PurePath(ref).name)
    return Document(
        text=body,
        ref=ref,
        title=title,
        url=meta.get("url") or url,
        outlet=meta.get("outlet") or meta.get("source"),
        published=when,
        found_by=found_by,
        raw=raw,
    )
