"""Export: figures with provenance and series to CSV, Parquet and JSON, via the command."""

from __future__ import annotations

import csv
import json

import pandas as pd
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from tracker import api, export
from tracker.cli import app
from tracker.errors import TrackerError

runner = CliRunner()
PROVENANCE = {"doc_id", "quote", "start", "end", "rule", "ref", "title", "published"}


@pytest.mark.parametrize("fmt", ["csv", "json", "parquet"])
def test_figures_export_keeps_provenance_in_every_format(sample_store, tmp_path, fmt):
    out = tmp_path / f"figures.{fmt}"
    result = runner.invoke(app, ["export", "figures", "--db", str(sample_store), "--format",
                                 fmt, "--out", str(out)])  # fmt: skip
    assert result.exit_code == 0, result.output
    expected = len(api.load(sample_store).rows)
    assert result.output == f"wrote {expected} rows of figures to {out}\n"
    if fmt == "csv":
        rows = list(csv.DictReader(out.read_text(encoding="utf-8").splitlines()))
    elif fmt == "json":
        rows = json.loads(out.read_text(encoding="utf-8"))
    else:
        rows = pq.read_table(out).to_pylist()
    assert len(rows) == expected
    assert set(rows[0]) >= PROVENANCE


def test_series_export_as_csv_joins_the_citing_documents(make_figures, tmp_path):
    figures = make_figures(
        {"doc_id": doc, "value": 320, "published": "2021-03-26"} for doc in ("a", "b")
    )
    frame = api.Tracker(figures).series()
    assert export.write(frame, "csv", tmp_path / "s.csv") == 1
    row = next(csv.DictReader((tmp_path / "s.csv").read_text(encoding="utf-8").splitlines()))
    assert (row["date"], row["value"], row["documents"], row["doc_ids"]) == (
        "2021-03-26", "320", "2", "a; b"
    )  # fmt: skip


def test_series_export_as_json_and_parquet_keeps_lists_and_dates(make_figures, tmp_path):
    figures = make_figures(
        {"doc_id": doc, "value": 320, "published": "2021-03-26"} for doc in ("a", "b")
    )
    frame = api.Tracker(figures).series("killed", freq="week")
    export.write(frame, "json", tmp_path / "s.json")
    [row] = json.loads((tmp_path / "s.json").read_text(encoding="utf-8"))
    assert (row["week"], row["date"], row["doc_ids"], row["change"]) == (
        "2021-W12", "2021-03-22", ["a", "b"], None
    )  # fmt: skip
    export.write(frame, "parquet", tmp_path / "s.parquet")
    table = pq.read_table(tmp_path / "s.parquet")
    assert str(table.schema.field("date").type) == "date32[day]"
    assert table.to_pylist()[0]["doc_ids"] == ["a", "b"]
    assert pd.read_parquet(tmp_path / "s.parquet")["value"].tolist() == [320]


def test_an_unwritable_path_is_one_line(sample_store, tmp_path):
    out = tmp_path / "no" / "such" / "dir.csv"
    result = runner.invoke(app, ["export", "--db", str(sample_store), "--out", str(out)])
    assert result.exit_code == 1
    assert result.output == f"Error: {out}: cannot write: No such file or directory\n"
    with pytest.raises(TrackerError):
        export.write(pd.DataFrame({"a": [1]}), "json", out)
