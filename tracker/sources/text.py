"""Plain text and Markdown reports: title on the first line, `key: value` headers, then the body."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from ..errors import InputError
from ..model import Document

HEADER = re.compile(r"^(published|date|outlet|url|source)\s*:\s*(.+?)\s*$", re.IGNORECASE)
DATE_IN_NAME = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")


def parse_date(value: str, where: str) -> date:
    """An ISO date (YYYY-MM-DD) or an InputError naming where it came from.

    >>> parse_date("2021-03-26", "x")
    datetime.date(2021, 3, 26)
    >>> parse_date("26/03/2021", "a.txt")
    Traceback (most recent call last):
    tracker.errors.InputError: a.txt: cannot read the date '26/03/2021' (expected YYYY-MM-DD)
    """
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        raise InputError(f"{where}: cannot read the date {value!r} (expected YYYY-MM-DD)") from None


def date_from_name(name: str) -> date | None:
    """The date a file name starts with or contains, if it is a real date.

    >>> date_from_name("2021-03-26-myeik.md")
    datetime.date(2021, 3, 26)
    >>> date_from_name("report-2021-13-40.md") is None
    True
    """
    m = DATE_IN_NAME.search(name)
    if not m:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def parse_report(
    content: str, ref: str, published: date | None = None, found_by: str = "file"
) -> Document:
    """A Document from report text: first line the title, then optional `key: value` headers."""
    lines = content.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    while lines and not lines[0].strip():
        lines.pop(0)
    if not lines:
        raise InputError(f"{ref}: empty input, no text to read")
    title = lines[0].strip().lstrip("#").strip() or None
    meta: dict[str, str] = {}
    i = 1
    while i < len(lines) and (m := HEADER.match(lines[i])):
        meta[m[1].lower()] = m[2]
        i += 1
    if meta:
        # headers are metadata, not report text: keep the title line and the body
        body = "\n".join([lines[0], *lines[i:]]).strip()
    else:
        body = "\n".join(lines).strip()
    stated = meta.get("published") or meta.get("date")
    when = parse_date(stated, ref) if stated else date_from_name(Path(ref).name) or published
    return Document(
        text=body,
        ref=ref,
        title=title,
        url=meta.get("url"),
        outlet=meta.get("outlet") or meta.get("source"),
        published=when,
        found_by=found_by,
    )
