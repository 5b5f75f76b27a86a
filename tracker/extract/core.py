"""Placeholder while the rules are written."""

from __future__ import annotations

import re
from datetime import date

from ..model import Document, Figure

EXTRACTOR_VERSION = "0.0.1"


def extract(text: str, published: date | None, title: str | None = None, url: str | None = None) -> list[Figure]:
    out = []
    for m in re.finditer(r"(\d[\d,]*) (?:people )?(?:were |have been )?(killed|arrested)", text):
        out.append(Figure(metric=m[2], value=int(m[1].replace(",", "")), qualifier="exact", scope="event", quote=text, start=m.start(1), end=m.end(1), rule="tmp", as_of=published))
    return out


def extract_document(doc: Document) -> list[Figure]:
    return extract(doc.text, doc.published, doc.title, doc.url)
