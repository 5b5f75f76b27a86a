"""Extraction beyond one machine: the same pure `extract_document`, run with Dask over JSONL
files of documents (a folder, a glob, or fsspec URLs such as s3://bucket/docs/*.jsonl), writing
Parquet partitions with the rows of `tracker extract --format parquet` (`tracker.parquet`).

Needs the `dist` extra (`pip install 'tracker[dist]'`). Each JSONL file is read whole by one
task, so a corpus spreads over as many tasks as it has files (or groups of `files_per_partition`);
line numbers in errors and in the refs of documents without an `id` are then exact.

    from tracker.distributed import extract_to_parquet, read_figures
    result = extract_to_parquet("s3://bucket/docs/*.jsonl", "figures/", client="tcp://host:8786")
    frame = read_figures("figures/")  # DuckDB: SELECT * FROM read_parquet('figures/*.parquet')
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from itertools import groupby
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import InputError
from .model import Document
from .parquet import figure_records, records_frame, schema
from .sources.common import MAX_BYTES, clean
from .sources.jsonl import parse_jsonl

if TYPE_CHECKING:
    import pandas as pd
    from distributed import Client


@dataclass(frozen=True)
class Failure:
    """One JSONL line that could not be read, as the one-line message the CLI would print."""

    message: str


@dataclass(frozen=True)
class DistributedResult:
    """What a Dask run wrote: where, and each input line it could not read."""

    out_dir: str
    failures: list[str]


def _finish(doc: Document, published: date | None) -> Document:
    """The default published date filled in, and every string made safe to store."""
    doc = replace(doc, published=doc.published or published)
    return replace(doc, **{name: clean(v) for name, v in vars(doc).items() if isinstance(v, str)})


def extract_lines(
    lines: Iterable[tuple[str, str]], published: date | None = None
) -> list[dict[str, object] | Failure]:
    """Figure records (and Failures) from (line, path) pairs of whole JSONL files, in order.

    One Dask partition's work; a pure function of its lines, usable without Dask too.
    """
    out: list[dict[str, object] | Failure] = []
    for path, group in groupby(lines, key=itemgetter(1)):
        chunks = (line.encode("utf-8") for line, _ in group)
        for item in parse_jsonl(chunks, path, limit=MAX_BYTES):
            if isinstance(item, Document):
                out += figure_records(_finish(item, published))
            elif isinstance(item, InputError):
                out.append(Failure(str(item)))
    return out


def extract_to_parquet(
    inputs: str | Sequence[str],
    out_dir: str | Path,
    *,
    client: Client | str | None = None,
    scheduler: str = "processes",
    published: date | None = None,
    files_per_partition: int | None = None,
    storage_options: dict[str, object] | None = None,
    overwrite: bool = False,
) -> DistributedResult:
    """Extract the figures of every document in `inputs` with Dask and write Parquet to `out_dir`.

    `inputs` are JSONL paths, globs or fsspec URLs; `client` is a `distributed.Client` or a
    scheduler address (`tcp://host:8786`); without one the local `scheduler` runs it
    ("processes", "threads" or "sync"). `published` fills in documents that state no date.
    `storage_options` go to fsspec for both reading and writing; `overwrite` empties
    `out_dir` first. Lines that cannot be read are returned, not raised.
    """
    import dask
    import dask.bag as db
    import dask.dataframe as dd

    lines = db.read_text(
        inputs, include_path=True, errors="replace", files_per_partition=files_per_partition,
        storage_options=storage_options,
    )  # fmt: skip
    parsed = lines.map_partitions(extract_lines, published)
    frames = parsed.filter(lambda r: not isinstance(r, Failure)).map_partitions(records_frame)
    figures = dd.from_delayed(frames.to_delayed(), meta=records_frame([]), verify_meta=False)
    write = figures.to_parquet(
        str(out_dir), engine="pyarrow", schema=schema(), write_index=False, compute=False,
        storage_options=storage_options, overwrite=overwrite,
    )  # fmt: skip
    failures = parsed.filter(lambda r: isinstance(r, Failure)).map(lambda f: f.message)
    with warnings.catch_warnings():  # the bag (failures) and the frame (write) share one pass
        warnings.filterwarnings("ignore", "Computing mixed collections", UserWarning)
        if isinstance(client, str):
            from distributed import Client

            with Client(client) as connected:
                _, messages = dask.compute(write, failures, scheduler=connected)
        else:
            _, messages = dask.compute(write, failures, scheduler=client or scheduler)
    return DistributedResult(str(out_dir), list(messages))


def read_figures(out_dir: str | Path) -> pd.DataFrame:
    """Every figure row in the Parquet files of `out_dir`, read with DuckDB, as a DataFrame."""
    import duckdb

    pattern = f"{str(out_dir).rstrip('/')}/*.parquet"
    with duckdb.connect() as con:
        return con.execute("SELECT * FROM read_parquet(?)", [pattern]).df()
