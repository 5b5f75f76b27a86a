"""The notebook API: a store's figures and series as DataFrames, plots, SQL of your own."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from tracker import api
from tracker.errors import InputError, StoreError


@pytest.fixture
def tracker(make_figures, make_store):
    """A store of AAPP's and the military's killed tolls and one event, loaded."""
    figures = make_figures(
        [
            {"doc_id": "a", "value": 320, "published": "2021-03-26",
             "quote": "The toll rose to 320, AAPP said."},
            {"doc_id": "b", "value": 164, "source": "military", "published": "2021-03-24"},
            {"doc_id": "c", "value": 114, "scope": "event", "source": None,
             "published": "2021-03-27"},
            {"doc_id": "d", "value": 3070, "metric": "arrested", "published": "2021-03-28"},
        ]
    )  # fmt: skip
    return api.load(make_store(figures))


def test_load_reads_the_figures_and_the_data_cutoff(tracker):
    assert len(tracker.rows) == 4
    assert tracker.cutoff == date(2021, 3, 28)
    assert repr(tracker).endswith(": 4 figures to 2021-03-28>")


def test_figures_are_dated_and_filtered(tracker):
    killed = tracker.figures("killed", since=date(2021, 3, 25))
    assert killed[["value", "source"]].values.tolist() == [[320, "AAPP"], [114, "unattributed"]]
    assert tracker.figures(source="unattributed")["value"].tolist() == [114]


def test_series_carry_each_toll_to_the_cutoff(tracker):
    daily = tracker.series("killed")
    last = daily[daily["date"] == pd.Timestamp("2021-03-28")]
    assert sorted(last["value"]) == [164, 320]
    weekly = tracker.series(["killed", "arrested"], freq="week")
    assert set(weekly["week"]) == {"2021-W12"}


def test_latest_checks_and_disagreements(tracker):
    assert tracker.latest()[["metric", "source", "value"]].values.tolist() == [
        ["killed", "AAPP", 320], ["killed", "military", 164], ["arrested", "AAPP", 3070]
    ]  # fmt: skip
    assert tracker.checks().empty
    assert tracker.by_source("killed")["spread"].iloc[-1] == 156


def test_behind_a_point_is_its_sentence(tracker):
    rows = tracker.behind("killed", "2021-03-28", "AAPP")
    assert rows["quote"].tolist() == ["The toll rose to 320, AAPP said."]


def test_plot_and_report_are_figures(tracker):
    assert len(tracker.plot("killed,arrested").axes) == 4
    assert any(t.get_text() == "Weekly report 2021-W12" for t in tracker.report().texts)


def test_sql_reads_tables_and_series_views_with_parameters(tracker):
    frame = tracker.sql(
        "SELECT source, value FROM cumulative_daily WHERE metric = ? AND date = ? "
        "ORDER BY source",
        ["killed", date(2021, 3, 28)],
    )
    assert frame.values.tolist() == [["AAPP", 320], ["military", 164]]


def test_a_tracker_from_a_frame_has_no_store_to_query(make_figures):
    tracker = api.Tracker(make_figures([{"value": 1, "published": "2021-03-01"}]))
    assert tracker.series()["value"].tolist() == [1]
    with pytest.raises(InputError, match="no store to query"):
        tracker.sql("SELECT 1")


def test_unknown_metric_and_missing_store_are_tracker_errors(tracker, tmp_path):
    with pytest.raises(InputError, match="unknown metric kiled"):
        tracker.series("kiled")
    with pytest.raises(StoreError, match="no such store"):
        api.load(tmp_path / "none.duckdb")


def test_a_foreign_duckdb_file_is_a_store_error(tmp_path):
    import duckdb

    path = tmp_path / "other.duckdb"
    with duckdb.connect(str(path)) as con:
        con.execute("CREATE TABLE t (x INTEGER)")
    with pytest.raises(StoreError, match="not a tracker store"):
        api.load(path)


def test_the_sample_store_loads_with_every_source_named(sample_store):
    tracker = api.load(sample_store)
    assert tracker.cutoff is not None
    figures = tracker.figures()
    assert figures["date"].notna().all() and figures["source"].notna().all()
    assert set(tracker.series()["scope"]) <= {"cumulative", "event"}


def test_dates_may_be_iso_strings_in_a_notebook(tracker):
    assert tracker.series("killed", since="2021-03-28")["date"].nunique() == 1
    fig = tracker.plot("killed", until="2021-03-26")
    assert fig.axes[0].get_xlim()[1] > fig.axes[0].get_xlim()[0]
