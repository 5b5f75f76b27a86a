"""Ingest: documents in, figures extracted, both written to the store one document at a time."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from .extract import EXTRACTOR_VERSION, extract_document
from .model import Document
from .store import Store


@dataclass
class Summary:
    """What an ingest did, for the closing table."""

    new: int = 0
    known: int = 0
    failed: int = 0
    figures: int = 0
    undated: int = 0


def ingest(
    docs: Iterable[Document],
    store: Store,
    on_document: Callable[[Document], None] | None = None,
) -> Summary:
    """Extract and store each document; a document already stored is counted and skipped."""
    summary = Summary()
    for doc in docs:
        if store.has_document(doc.id):
            summary.known += 1
        else:
            figures = extract_document(doc)
            store.add(doc, figures, EXTRACTOR_VERSION)
            summary.new += 1
            summary.figures += len(figures)
            summary.undated += doc.published is None
        if on_document:
            on_document(doc)
    return summary
