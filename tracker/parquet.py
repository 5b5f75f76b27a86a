"""Figures as Parquet rows: the one record builder and schema that `tracker extract --format
parquet` and the Dask path (`tracker.distributed`) share, so both write identical rows.

A row has the fields of `tracker extract --format jsonl` (FIGURE_FIELDS, then `doc`), with
`as_of` stored as a Parquet DATE so that DuckDB compares it as a date.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from .extract import extract_document
from .model import FIGURE_FIELDS, Document, content_id

if TYPE_CHECKING:
    import pandas as pd
    import pyarrow as pa

COLUMNS = (*FIGURE_FIELDS, "doc")
_INTEGERS = {"value", "low", "high", "start", "end"}


def figure_records(doc: Document) -> list[dict[str, object]]:
    """The figures of one document as `extract --format jsonl` records: FIGURE_FIELDS and `doc`.

    `doc` is the document's ref: its path, or the `id` of a JSONL document.
    """
    return [{**f.to_dict(), "doc": doc.ref} for f in extract_document(doc)]


def schema() -> pa.Schema:
    """The Parquet schema of a figure row: integers as int64, as_of as a date, the rest text."""
    import pyarrow as pa

    def kind(name: str) -> pa.DataType:
        if name in _INTEGERS:
            return pa.int64()
        return pa.date32() if name == "as_of" else pa.string()

    return pa.schema([pa.field(name, kind(name), nullable=name != "metric") for name in COLUMNS])


def records_table(records: Iterable[dict[str, object]]) -> pa.Table:
    """Figure records as an Arrow table of the shared schema (ISO `as_of` strings become dates)."""
    import pyarrow as pa

    rows = [
        {**r, "as_of": date.fromisoformat(r["as_of"]) if isinstance(r.get("as_of"), str) else r.get("as_of")}
        for r in records
    ]
    return pa.Table.from_pylist(rows, schema=schema())


def records_frame(records: Iterable[dict[str, object]]) -> pd.DataFrame:
    """Figure records as a pandas DataFrame with Arrow-backed columns of the shared schema."""
    import pandas as pd

    return records_table(records).to_pandas(types_mapper=pd.ArrowDtype)


def parquet_name(doc_refs: Sequence[str]) -> str:
    """The file name of one extract run: the same documents give the same name, so a rerun
    replaces its own file instead of adding its figures twice.

    >>> parquet_name(["b", "a"]) == parquet_name(["a", "b"])
    True
    """
    return f"figures-{content_id(*sorted(doc_refs))}.parquet"


def write_parquet(records: Sequence[dict[str, object]], doc_refs: Sequence[str], out_dir: Path) -> Path:
    """Write figure records as one Parquet file in `out_dir` (created if need be); returns its path."""
    import pyarrow.parquet as pq

    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / parquet_name(doc_refs)
    pq.write_table(records_table(records), path)
    return path
