"""Print records as a table, CSV, JSON or JSON lines, so every listing command pipes."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Sequence
from datetime import date, datetime, time
from enum import StrEnum
from typing import TextIO


class Format(StrEnum):
    """Output formats every listing command accepts."""

    table = "table"
    csv = "csv"
    json = "json"
    jsonl = "jsonl"


class ExtractFormat(StrEnum):
    """What `tracker extract` writes: any listing format, or Parquet files in a folder."""

    table = "table"
    csv = "csv"
    json = "json"
    jsonl = "jsonl"
    parquet = "parquet"


def _plain(value: object) -> object:
    if isinstance(value, datetime):  # pandas gives dates back as midnight timestamps
        return value.date().isoformat() if value.time() == time(0) else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if hasattr(value, "item"):  # numpy scalars
        return value.item()
    if value != value:  # NaN and NaT
        return None
    return value


def write_records(
    records: Sequence[dict[str, object]],
    fmt: Format,
    columns: Sequence[str],
    out: TextIO | None = None,
    table_widths: dict[str, int] | None = None,
) -> None:
    """Write records with the given columns in the chosen format."""
    out = out or sys.stdout
    rows = [{c: _plain(r.get(c)) for c in columns} for r in records]
    if fmt is Format.jsonl:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    elif fmt is Format.json:
        out.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
    elif fmt is Format.csv:
        writer = csv.DictWriter(out, fieldnames=list(columns), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    else:
        _write_table(rows, columns, out, table_widths or {})


def _write_table(
    rows: list[dict[str, object]], columns: Sequence[str], out: TextIO, widths: dict[str, int]
) -> None:
    def cell(col: str, value: object) -> str:
        text = "" if value is None else str(value).replace("\n", " ")
        limit = widths.get(col, 40)
        return text if len(text) <= limit else text[: limit - 1] + "…"

    cells = [[cell(c, r[c]) for c in columns] for r in rows]
    sizes = [max([len(c), *(len(row[i]) for row in cells)]) for i, c in enumerate(columns)]
    out.write("  ".join(c.ljust(w) for c, w in zip(columns, sizes, strict=True)).rstrip() + "\n")
    for row in cells:
        out.write("  ".join(v.ljust(w) for v, w in zip(row, sizes, strict=True)).rstrip() + "\n")
