"""DuckDB store: the schema, idempotent writes of a document with its figures, and reads."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path

import duckdb
import pandas as pd

from .errors import StoreError
from .model import Document, Figure

SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    id VARCHAR PRIMARY KEY,       -- hash of the normalised text
    ref VARCHAR,                  -- path, URL or given id, as the user named it
    url VARCHAR,
    title VARCHAR,
    outlet VARCHAR,
    published DATE,
    found_by VARCHAR,             -- file, stdin, jsonl, html, feed, url
    tags VARCHAR[],
    text VARCHAR NOT NULL,
    raw BLOB,                     -- the page or entry as fetched, when there was one
    ingested_at TIMESTAMP,
    extractor VARCHAR
);
CREATE TABLE IF NOT EXISTS figures (
    id VARCHAR PRIMARY KEY,       -- hash of document id, span, metric and value
    doc_id VARCHAR NOT NULL,
    metric VARCHAR NOT NULL,
    value BIGINT NOT NULL,
    low BIGINT,
    high BIGINT,
    qualifier VARCHAR,
    scope VARCHAR,
    source VARCHAR,
    source_text VARCHAR,
    as_of DATE,
    location VARCHAR,
    quote VARCHAR,
    "start" INTEGER,
    "end" INTEGER,
    rule VARCHAR,
    extractor VARCHAR
);
"""

FIGURE_COLUMNS = (
    "id", "doc_id", "metric", "value", "low", "high", "qualifier", "scope", "source",
    "source_text", "as_of", "location", "quote", "start", "end", "rule", "extractor",
)  # fmt: skip

DEFAULT_DB = "tracker.duckdb"


class Store:
    """An open tracker store; use `open_store` to get one."""

    def __init__(self, con: duckdb.DuckDBPyConnection, path: str) -> None:
        self.con = con
        self.path = path

    def has_document(self, doc_id: str) -> bool:
        """Whether a document with this id is stored already."""
        row = self.con.execute("SELECT 1 FROM documents WHERE id = ?", [doc_id]).fetchone()
        return row is not None

    def add(self, doc: Document, figures: Iterable[Figure], extractor: str) -> bool:
        """Store a document and its figures in one transaction; False if it was known already."""
        if self.has_document(doc.id):
            return False
        rows = [_figure_row(f, doc.id, extractor) for f in figures]
        try:
            self.con.execute("BEGIN TRANSACTION")
            self.con.execute(
                "INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    doc.id, doc.ref, doc.url, doc.title, doc.outlet, doc.published,
                    doc.found_by, list(doc.tags), doc.text, doc.raw,
                    datetime.now(UTC).replace(tzinfo=None), extractor,
                ],
            )  # fmt: skip
            if rows:
                placeholders = ", ".join("?" * len(FIGURE_COLUMNS))
                self.con.executemany(
                    f"INSERT OR IGNORE INTO figures VALUES ({placeholders})", rows
                )
            self.con.execute("COMMIT")
        except duckdb.Error as exc:
            self.con.execute("ROLLBACK")
            raise StoreError(f"{self.path}: could not store {doc.ref}: {exc}") from exc
        return True

    def replace_figures(self, doc_id: str, figures: Iterable[Figure], extractor: str) -> None:
        """Swap a stored document's figures for a new extraction, in one transaction."""
        rows = [_figure_row(f, doc_id, extractor) for f in figures]
        try:
            self.con.execute("BEGIN TRANSACTION")
            self.con.execute("DELETE FROM figures WHERE doc_id = ?", [doc_id])
            if rows:
                placeholders = ", ".join("?" * len(FIGURE_COLUMNS))
                self.con.executemany(
                    f"INSERT OR IGNORE INTO figures VALUES ({placeholders})", rows
                )
            self.con.execute("UPDATE documents SET extractor = ? WHERE id = ?", [extractor, doc_id])
            self.con.execute("COMMIT")
        except duckdb.Error as exc:
            self.con.execute("ROLLBACK")
            raise StoreError(f"{self.path}: could not update {doc_id}: {exc}") from exc

    def documents(self) -> pd.DataFrame:
        """Every stored document without its text and raw bytes."""
        return self.con.execute(
            "SELECT id, ref, url, title, outlet, published, found_by, tags, ingested_at, "
            "extractor FROM documents ORDER BY published, id"
        ).df()

    def texts(self) -> Iterator[tuple[str, str, date | None, str | None, str | None]]:
        """(id, text, published, title, url) of every stored document, for re-extraction."""
        rows = self.con.execute(
            "SELECT id, text, published, title, url FROM documents ORDER BY id"
        ).fetchall()
        yield from rows

    def figures(
        self,
        metric: Iterable[str] | None = None,
        source: str | None = None,
        since: date | None = None,
        until: date | None = None,
    ) -> pd.DataFrame:
        """Stored figures with their document's title, ref and published date."""
        where, params = [], []
        metrics = list(metric or [])
        if metrics:
            where.append(f"f.metric IN ({', '.join('?' * len(metrics))})")
            params += metrics
        if source:
            where.append("lower(f.source) = lower(?)")
            params.append(source)
        if since:
            where.append("coalesce(f.as_of, d.published) >= ?")
            params.append(since)
        if until:
            where.append("coalesce(f.as_of, d.published) <= ?")
            params.append(until)
        sql = (
            "SELECT f.*, d.title, d.ref, d.url, d.outlet, d.published FROM figures f "
            "JOIN documents d ON d.id = f.doc_id"
            + (" WHERE " + " AND ".join(where) if where else "")
            + ' ORDER BY coalesce(f.as_of, d.published), f.metric, f.doc_id, f."start"'
        )
        return self.con.execute(sql, params).df()

    def counts(self) -> dict[str, int]:
        """How many documents and figures the store holds."""
        docs = self.con.execute("SELECT count(*) FROM documents").fetchone()
        figs = self.con.execute("SELECT count(*) FROM figures").fetchone()
        return {"documents": docs[0] if docs else 0, "figures": figs[0] if figs else 0}


def _figure_row(f: Figure, doc_id: str, extractor: str) -> list[object]:
    return [
        f.id_in(doc_id), doc_id, f.metric, f.value, f.low, f.high, f.qualifier, f.scope,
        f.source, f.source_text, f.as_of, f.location, f.quote, f.start, f.end, f.rule, extractor,
    ]  # fmt: skip


@contextmanager
def open_store(path: str | Path = DEFAULT_DB, read_only: bool = False) -> Iterator[Store]:
    """Open (and create) a store; a locked or foreign file raises StoreError in one line."""
    path = str(path)
    if read_only and not Path(path).exists():
        raise StoreError(f"{path}: no such store (run `tracker ingest` first)")
    try:
        con = duckdb.connect(path, read_only=read_only)
    except duckdb.Error as exc:
        raise StoreError(f"{path}: cannot open the store: {_first_line(exc)}") from exc
    try:
        if not read_only:
            con.execute(SCHEMA)
        yield Store(con, path)
    finally:
        con.close()


def _first_line(exc: BaseException) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
