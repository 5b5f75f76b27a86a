"""Ingest: documents in, figures extracted (in worker processes if asked), written in batches.

The store is written only from the calling process, a batch of whole documents per
transaction, so an ingest stopped at any moment leaves whole documents, and running it
again completes it.
Re-extraction reruns the current rules over the stored texts and says what changed.
"""

from __future__ import annotations

from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from multiprocessing import get_context

import pandas as pd

from .errors import TrackerError
from .extract import EXTRACTOR_VERSION, extract_document
from .model import FIGURE_FIELDS, Document, Figure
from .store import Store

# Documents handed to the workers ahead of the one being stored, per worker: enough to keep
# them busy, few enough that a large JSONL is never held in memory.
AHEAD_PER_WORKER = 4

# Documents written per transaction: one commit per document costs more than extracting it,
# and a transaction still holds only whole documents, so a killed ingest loses at most one
# batch, which a rerun adds.
BATCH_DOCUMENTS = 200
BATCH_BYTES = 8_000_000

Signature = tuple[object, ...]


@dataclass
class Summary:
    """What an ingest did, for the closing table."""

    new: int = 0
    known: int = 0
    figures: int = 0
    undated: int = 0
    failures: list[TrackerError] = field(default_factory=list)


@dataclass
class Reextraction:
    """What a re-extraction changed: documents, figures, and counts per metric before and after."""

    documents: int = 0
    changed: int = 0
    added: int = 0
    removed: int = 0
    modified: int = 0
    before: Counter[str] = field(default_factory=Counter)
    after: Counter[str] = field(default_factory=Counter)
    failures: list[TrackerError] = field(default_factory=list)


def ingest(
    docs: Iterable[Document],
    store: Store,
    workers: int = 1,
    on_document: Callable[[Document], None] | None = None,
) -> Summary:
    """Extract and store each document; one already stored is counted and skipped."""
    summary = Summary()

    def unknown() -> Iterator[Document]:
        for doc in docs:
            if store.has_document(doc.id):
                summary.known += 1
                if on_document:
                    on_document(doc)
            else:
                yield doc

    batch: list[tuple[Document, list[Figure]]] = []
    size = 0

    def flush() -> None:
        nonlocal size
        for (doc, figures), new in zip(batch, store.add_many(batch, EXTRACTOR_VERSION), strict=True):
            if new:
                summary.new += 1
                summary.figures += len(figures)
                summary.undated += doc.published is None
            else:  # the same text came twice in this batch
                summary.known += 1
            if on_document:
                on_document(doc)
        batch.clear()
        size = 0

    for doc, figures in extracted(unknown(), workers):
        if isinstance(figures, TrackerError):
            summary.failures.append(figures)
            if on_document:
                on_document(doc)
            continue
        batch.append((doc, figures))
        size += len(doc.text) + len(doc.raw or b"")
        if len(batch) >= BATCH_DOCUMENTS or size >= BATCH_BYTES:
            flush()
    if batch:
        flush()
    return summary


def reextract(
    store: Store, workers: int = 1, on_document: Callable[[Document], None] | None = None
) -> Reextraction:
    """Rerun the current rules over every stored text; rewrite the figures of each that changed."""
    result = Reextraction()
    stored: dict[str, dict[str, Signature]] = {}
    for row in store.figures().to_dict("records"):
        stored.setdefault(str(row["doc_id"]), {})[str(row["id"])] = _signature(row)
        result.before[str(row["metric"])] += 1
    documents = store.documents()
    versions = dict(zip(documents["id"], documents["extractor"], strict=True))
    docs = (
        Document(text=text, ref=doc_id, title=title, url=url, published=published)
        for doc_id, text, published, title, url in store.texts()
    )
    for doc, figures in extracted(docs, workers):
        result.documents += 1
        old = stored.get(doc.ref, {})
        if isinstance(figures, TrackerError):  # its stored figures stay as they were
            result.failures.append(figures)
            result.after.update(str(signature[0]) for signature in old.values())
        else:
            new = {f.id_in(doc.ref): _signature(f.to_dict()) for f in figures}
            result.after.update(f.metric for f in figures)
            if new != old:
                result.changed += 1
                result.added += len(new.keys() - old.keys())
                result.removed += len(old.keys() - new.keys())
                result.modified += sum(old[k] != new[k] for k in old.keys() & new.keys())
            if new != old or versions.get(doc.ref) != EXTRACTOR_VERSION:
                store.replace_figures(doc.ref, figures, EXTRACTOR_VERSION)
        if on_document:
            on_document(doc)
    return result


def extracted(
    docs: Iterable[Document], workers: int = 1
) -> Iterator[tuple[Document, list[Figure] | TrackerError]]:
    """Each document with its figures, in input order, extracted in `workers` processes.

    A document whose extraction raises comes with a TrackerError instead, so that one
    report that trips the rules does not stop a batch.
    """
    if workers <= 1:
        yield from ((doc, _extract(doc)) for doc in docs)
        return
    # spawn, not fork: the parent holds an open DuckDB connection and its threads
    with ProcessPoolExecutor(workers, mp_context=get_context("spawn")) as pool:
        pending: deque[tuple[Document, Future[list[Figure] | TrackerError]]] = deque()
        for doc in docs:
            pending.append((doc, pool.submit(_extract, replace(doc, raw=None))))
            if len(pending) >= workers * AHEAD_PER_WORKER:
                first, future = pending.popleft()
                yield first, future.result()
        while pending:
            first, future = pending.popleft()
            yield first, future.result()


def _extract(doc: Document) -> list[Figure] | TrackerError:
    """The rules over one document; an exception they raise becomes an error naming it."""
    try:
        return extract_document(doc)
    except Exception as exc:  # a bug in one rule must not lose the rest of the batch
        return TrackerError(f"{doc.ref}: extraction failed ({type(exc).__name__}: {exc})")


def _signature(fields: dict[str, object]) -> Signature:
    """A figure's contract fields as plain values, alike whether from the store or the rules."""
    return tuple(_plain(fields[name]) for name in FIGURE_FIELDS)


def _plain(value: object) -> object:
    """None for missing, ISO text for dates, Python ints for whole numbers."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):  # type: ignore[arg-type]
        return None
    if isinstance(value, datetime):  # pandas gives dates back as timestamps
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if hasattr(value, "item"):  # numpy scalars
        value = value.item()
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value
