"""DuckDB store: the schema, idempotent writes of a document with its figures, and reads."""

from __future__ import annotations

import re
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

DOCUMENT_COLUMNS = (
    "id", "ref", "url", "title", "outlet", "published", "found_by", "tags", "text", "raw",
    "ingested_at", "extractor",
)  # fmt: skip
FIGURE_COLUMNS = (
    "id", "doc_id", "metric", "value", "low", "high", "qualifier", "scope", "source",
    "source_text", "as_of", "location", "quote", "start", "end", "rule", "extractor",
)  # fmt: skip

DEFAULT_DB = "tracker.duckdb"

# Every figure with its document's title, ref, url, outlet and published date: the relation
# SERIES_VIEWS reads. tracker.series registers a DataFrame of these columns under this name.
FIGURE_ROWS = """
CREATE OR REPLACE TEMP VIEW figure_rows AS
SELECT f.*, d.title, d.ref, d.url, d.outlet, d.published
FROM figures f JOIN documents d ON d.id = f.doc_id;
"""

# The series views (DESIGN.md), over `figure_rows`. Temporary, so every connection gets the
# current definitions, read-only ones included. The variable `tracker_cutoff` (a DATE, unset
# by default) is the data cut-off: nothing dated or published later is counted, and
# cumulative values are carried forward up to it and no further.
SERIES_VIEWS = """
-- The ASOF join of cumulative_daily must stay one: left to guess from a DataFrame's row
-- count, DuckDB may plan it as a nested loop, 25 times slower on a store of 100k reports.
SET asof_loop_join_threshold = 0;

-- Each figure on the day it holds for (as_of, else the report's published date); a null
-- source is named 'unattributed'. Undated figures cannot be placed in a series.
CREATE OR REPLACE TEMP VIEW figure_days AS
SELECT * REPLACE (coalesce(CAST(source AS VARCHAR), 'unattributed') AS source),
       CAST(coalesce(as_of, published) AS DATE) AS date
FROM figure_rows
WHERE coalesce(as_of, published) IS NOT NULL
  AND CAST(coalesce(as_of, published) AS DATE)
      <= coalesce(getvariable('tracker_cutoff'), DATE '9999-12-31')
  AND coalesce(CAST(published AS DATE), DATE '0001-01-01')
      <= coalesce(getvariable('tracker_cutoff'), DATE '9999-12-31');

CREATE OR REPLACE TEMP VIEW data_cutoff AS
SELECT coalesce(getvariable('tracker_cutoff'),
                greatest(max(date), max(CAST(published AS DATE)))) AS cutoff
FROM figure_days;

-- Per metric, source and day: the largest cumulative figure the source stated, once, with
-- every document citing it; the sentence shown is the earliest report's.
CREATE OR REPLACE TEMP VIEW cumulative_reported AS
WITH stated AS (
    SELECT *, max(value) OVER (PARTITION BY metric, source, date) AS top
    FROM figure_days WHERE scope = 'cumulative'
)
SELECT metric, source, date, value,
       first(qualifier ORDER BY published, doc_id, "start") AS qualifier,
       count(DISTINCT doc_id) AS documents,
       list(DISTINCT doc_id ORDER BY doc_id) AS doc_ids,
       first(quote ORDER BY published, doc_id, "start") AS quote,
       first(ref ORDER BY published, doc_id, "start") AS ref
FROM stated WHERE value = top
GROUP BY metric, source, date, value;

-- The cumulative series by day: each source's last stated value carried forward from its
-- first report to the data cut-off; stated_on is the day the value was stated for.
CREATE OR REPLACE TEMP VIEW cumulative_daily AS
WITH spans AS (
    SELECT metric, source, min(date) AS first FROM cumulative_reported GROUP BY metric, source
), days AS (
    SELECT metric, source,
           CAST(unnest(generate_series(first, cutoff, INTERVAL 1 DAY)) AS DATE) AS date
    FROM spans, data_cutoff
)
SELECT d.metric, 'cumulative' AS scope, d.source, d.date, c.value, c.date AS stated_on,
       c.qualifier, c.documents, c.doc_ids, c.quote, c.ref
FROM days d ASOF JOIN cumulative_reported c
    ON d.metric = c.metric AND d.source = c.source AND d.date >= c.date;

-- Events: the same metric, value, day and place from several reports is one event.
CREATE OR REPLACE TEMP VIEW events AS
SELECT metric, date, value,
       first(location ORDER BY published, doc_id, "start") AS location,
       list(DISTINCT source ORDER BY source) AS sources,
       list(DISTINCT doc_id ORDER BY doc_id) AS doc_ids,
       first(quote ORDER BY published, doc_id, "start") AS quote,
       first(ref ORDER BY published, doc_id, "start") AS ref
FROM figure_days WHERE scope = 'event'
GROUP BY metric, date, value, lower(trim(coalesce(location, '')));

-- Events summed by day; source lists who reported them, the sentence is the largest event's.
CREATE OR REPLACE TEMP VIEW event_daily AS
SELECT metric, 'event' AS scope,
       array_to_string(list_sort(list_distinct(flatten(list(sources)))), ', ') AS source,
       date, CAST(sum(value) AS BIGINT) AS value, date AS stated_on, count(*) AS events,
       len(list_distinct(flatten(list(doc_ids)))) AS documents,
       list_sort(list_distinct(flatten(list(doc_ids)))) AS doc_ids,
       arg_max(quote, value) AS quote, arg_max(ref, value) AS ref
FROM events GROUP BY metric, date;

CREATE OR REPLACE TEMP VIEW series_daily AS
SELECT * FROM cumulative_daily UNION ALL BY NAME SELECT * FROM event_daily;

-- By ISO week (date is the Monday): the cumulative value at the week's end (or the cut-off)
-- and its change on the week before.
CREATE OR REPLACE TEMP VIEW cumulative_weekly AS
SELECT * REPLACE (CAST(date_trunc('week', date) AS DATE) AS date),
       strftime(date, '%G-W%V') AS week,
       value - lag(value) OVER (PARTITION BY metric, source ORDER BY date) AS change
FROM cumulative_daily
WHERE isodow(date) = 7 OR date = (SELECT cutoff FROM data_cutoff);

-- Events summed by ISO week, and the change on the week before (none reported counts as 0).
CREATE OR REPLACE TEMP VIEW event_weekly AS
WITH weeks AS (
    SELECT metric, CAST(date_trunc('week', date) AS DATE) AS date,
           CAST(sum(value) AS BIGINT) AS value, count(*) AS events,
           array_to_string(list_sort(list_distinct(flatten(list(sources)))), ', ') AS source,
           list_sort(list_distinct(flatten(list(doc_ids)))) AS doc_ids,
           arg_max(quote, value) AS quote, arg_max(ref, value) AS ref
    FROM events GROUP BY metric, CAST(date_trunc('week', date) AS DATE)
)
SELECT w.metric, 'event' AS scope, w.source, w.date, w.value, w.events,
       len(w.doc_ids) AS documents, w.doc_ids, w.quote, w.ref,
       strftime(w.date, '%G-W%V') AS week, w.value - coalesce(p.value, 0) AS change
FROM weeks w LEFT JOIN weeks p ON p.metric = w.metric AND p.date = w.date - INTERVAL 7 DAY;

CREATE OR REPLACE TEMP VIEW series_weekly AS
SELECT * FROM cumulative_weekly UNION ALL BY NAME SELECT * FROM event_weekly;
"""


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
        return self.add_many([(doc, list(figures))], extractor) == [True]

    def known(self, doc_ids: Iterable[str]) -> set[str]:
        """Which of these document ids are stored already."""
        ids = list(doc_ids)
        if not ids:
            return set()
        frame = pd.DataFrame({"id": ids})  # noqa: F841 (read by name in the query)
        return {row[0] for row in self.con.execute(
            "SELECT d.id FROM documents d JOIN frame USING (id)").fetchall()}  # fmt: skip

    def add_many(self, batch: list[tuple[Document, list[Figure]]], extractor: str) -> list[bool]:
        """Store documents with their figures in one transaction, appended as whole tables.

        Returns, for each, whether it was new. The transaction holds whole documents, so an
        ingest killed at any moment loses at most this batch, and a rerun adds it.
        """
        known = self.known(doc.id for doc, _ in batch)
        new, seen = [], set()
        for doc, _ in batch:
            fresh = doc.id not in known and doc.id not in seen
            seen.add(doc.id)
            new.append(fresh)
        now = datetime.now(UTC).replace(tzinfo=None)
        docs = pd.DataFrame(
            [[doc.id, doc.ref, doc.url, doc.title, doc.outlet, doc.published, doc.found_by,
              list(doc.tags), doc.text, doc.raw, now, extractor]
             for (doc, _), fresh in zip(batch, new, strict=True) if fresh],
            columns=DOCUMENT_COLUMNS, dtype=object,
        )  # fmt: skip
        figs = pd.DataFrame(
            [_figure_row(f, doc.id, extractor)
             for (doc, figures), fresh in zip(batch, new, strict=True) if fresh for f in figures],
            columns=FIGURE_COLUMNS, dtype=object,
        )  # fmt: skip
        try:
            self.con.execute("BEGIN TRANSACTION")
            if len(docs):
                self.con.execute("INSERT INTO documents SELECT * FROM docs")
            if len(figs):
                self.con.execute("INSERT OR IGNORE INTO figures SELECT * FROM figs")
            self.con.execute("COMMIT")
        except duckdb.Error as exc:
            self.con.execute("ROLLBACK")
            refs = ", ".join(doc.ref for doc, _ in batch[:3]) + (" ..." if len(batch) > 3 else "")
            raise StoreError(f"{self.path}: could not store {refs}: {_first_line(exc)}") from exc
        return new

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
        raise StoreError(f"{path}: {_open_failure(exc)}") from exc
    try:
        if not read_only:
            con.execute(SCHEMA)
        try:
            con.execute(FIGURE_ROWS + SERIES_VIEWS)
        except duckdb.Error as exc:
            raise StoreError(f"{path}: not a tracker store: {_first_line(exc)}") from exc
        yield Store(con, path)
    finally:
        con.close()


def _open_failure(exc: duckdb.Error) -> str:
    """Why a store could not be opened, in words a user can act on; the file is left as it is."""
    message = str(exc)
    if "Could not set lock" in message:
        holder = re.search(r"\(PID (\d+)\)", message)
        by = f" (PID {holder[1]})" if holder else ""
        return f"the store is in use by another process{by}; try again when it has finished"
    if "not a valid DuckDB database file" in message:
        return "not a DuckDB database file; left unchanged"
    return f"cannot open the store: {_first_line(exc)}"


def _first_line(exc: BaseException) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
