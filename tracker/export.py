"""Export: figures with their provenance, or series, as CSV, Parquet or JSON files."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from .errors import TrackerError
from .output import Format, write_records

EXPORT_FORMATS = ("csv", "parquet", "json")


def records(frame: pd.DataFrame, joined: bool = False) -> list[dict[str, object]]:
    """Rows as plain dicts: lists as Python lists (or '; '-joined text), missing as None.

    >>> records(pd.DataFrame({"doc_ids": [np.array(["a", "b"])], "n": [1]}), joined=True)
    [{'doc_ids': 'a; b', 'n': 1}]
    """
    rows = frame.astype(object).where(frame.notna(), None).to_dict("records")
    for row in rows:
        for key, value in row.items():
            if isinstance(value, list | np.ndarray):
                row[key] = "; ".join(map(str, value)) if joined else list(value)
    return rows


def _days(frame: pd.DataFrame) -> pd.DataFrame:
    """Timestamp columns that hold whole days as dates, so Parquet stores them as dates."""
    out = frame.copy()
    for column in out.columns:
        values = out[column]
        if not pd.api.types.is_datetime64_any_dtype(values):
            continue
        if (values.dropna().dt.normalize() == values.dropna()).all():
            out[column] = values.dt.date.astype(object).where(values.notna(), None)
    return out


def write(frame: pd.DataFrame, fmt: str, path: str | Path) -> int:
    """Write a frame as CSV, Parquet or JSON (a list of objects); returns the rows written."""
    if fmt not in EXPORT_FORMATS:
        raise ValueError(f"format must be one of {', '.join(EXPORT_FORMATS)}, not {fmt!r}")
    path = Path(path)
    try:
        if fmt == "parquet":
            _days(frame).to_parquet(path, index=False)
        else:
            with path.open("w", encoding="utf-8", newline="") as out:
                write_records(records(frame, joined=fmt == "csv"), Format(fmt),
                              list(frame.columns), out=out)  # fmt: skip
    except OSError as exc:
        raise TrackerError(f"{path}: cannot write: {exc.strerror or exc}") from exc
    return len(frame)
