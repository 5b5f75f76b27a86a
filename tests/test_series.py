"""Series on hand-made figures: dedupe, carry-forward, weekly roll-ups, checks, provenance."""

from __future__ import annotations

import json
from datetime import date

import pandas as pd
import pytest
from typer.testing import CliRunner

from tracker import series
from tracker.cli import app
from tracker.errors import InputError
from tracker.store import open_store

runner = CliRunner()


def at(frame: pd.DataFrame, day: str, **match: object) -> pd.DataFrame:
    """Rows of a series frame on one day that match the given column values."""
    keep = frame["date"] == pd.Timestamp(day)
    for column, value in match.items():
        keep &= frame[column] == value
    return frame[keep]


def test_same_cumulative_figure_from_several_documents_counts_once(make_figures):
    figures = make_figures(
        {"doc_id": doc, "value": 320, "published": "2021-03-26"} for doc in ("a", "b", "c")
    )
    point = at(series.series(figures), "2021-03-26", scope="cumulative")
    assert point[["value", "documents"]].values.tolist() == [[320, 3]]
    assert list(point["doc_ids"].iloc[0]) == ["a", "b", "c"]


def test_largest_cumulative_figure_of_the_day_is_the_value(make_figures):
    figures = make_figures(
        [
            {"doc_id": "a", "value": 126, "qualifier": "at_least", "published": "2021-03-15"},
            {"doc_id": "b", "value": 183, "published": "2021-03-15"},
        ]
    )
    point = at(series.series(figures), "2021-03-15")
    assert point[["value", "documents", "quote"]].values.tolist() == [
        [183, 1, "183 people killed, AAPP said."]
    ]


EVENT_CASES = [
    # (events as (doc, value, location), day's sum, distinct events)
    ([("a", 5, "Mandalay"), ("b", 5, "Mandalay"), ("c", 5, "mandalay ")], 5, 1),
    ([("a", 5, "Mandalay"), ("b", 5, "Yangon")], 10, 2),
    ([("a", 5, "Mandalay"), ("b", 3, "Mandalay")], 8, 2),
    ([("a", 4, None), ("b", 4, None), ("b", 2, "Bago")], 6, 2),
]


@pytest.mark.parametrize(
    ("events", "total", "count"), EVENT_CASES, ids=["same-event-thrice", "two-places",
                                                    "two-values", "no-place-twice"]
)  # fmt: skip
def test_the_same_event_from_several_reports_is_one_event(make_figures, events, total, count):
    figures = make_figures(
        {"doc_id": doc, "value": value, "location": place, "scope": "event",
         "source": None, "published": "2021-03-03"}
        for doc, value, place in events
    )  # fmt: skip
    day = at(series.series(figures), "2021-03-03", scope="event")
    assert day[["value", "events"]].values.tolist() == [[total, count]]
    assert day["documents"].iloc[0] == len({doc for doc, _, _ in events})


def test_events_from_different_sources_on_the_same_day_and_place_are_one(make_figures):
    figures = make_figures(
        {"doc_id": doc, "value": 114, "scope": "event", "source": who, "published": "2021-03-27"}
        for doc, who in (("a", "AAPP"), ("b", "UN"), ("c", None))
    )
    day = at(series.series(figures), "2021-03-27")
    assert day[["value", "source"]].values.tolist() == [[114, "AAPP, UN, unattributed"]]


def test_a_later_lower_cumulative_figure_is_kept_and_flagged(make_figures):
    figures = make_figures(
        [
            {"doc_id": "aug", "metric": "arrested", "value": 7338, "published": "2021-08-18",
             "quote": "AAPP said 7,338 people had been arrested."},
            {"doc_id": "sep", "metric": "arrested", "value": 6477, "published": "2021-09-14",
             "quote": "More than 6,477 people have been arrested, AAPP said."},
        ]
    )  # fmt: skip
    daily = series.series(figures)
    assert at(daily, "2021-09-14")["value"].tolist() == [6477]
    flags = series.checks(figures)
    assert flags[["check", "value", "other_value"]].values.tolist() == [["falls", 6477, 7338]]
    assert flags["quote"].iloc[0].startswith("More than 6,477")
    assert flags["other_quote"].iloc[0] == "AAPP said 7,338 people had been arrested."
    assert "fell from 7,338 (2021-08-18) to 6,477 (2021-09-14)" in flags["message"].iloc[0]


def test_values_carry_forward_between_reports_to_the_data_cutoff(make_figures):
    figures = make_figures(
        [
            {"doc_id": "a", "value": 30, "published": "2021-03-01"},
            {"doc_id": "b", "value": 38, "source": "UN", "published": "2021-03-04"},
            {"doc_id": "c", "value": 0, "metric": "injured", "scope": "event",
             "published": "2021-03-10"},
        ]
    )  # fmt: skip
    tolls = series.series(figures).query("scope == 'cumulative'")
    aapp = tolls[tolls["source"] == "AAPP"]
    assert aapp["date"].min() == pd.Timestamp("2021-03-01")
    assert aapp["date"].max() == pd.Timestamp("2021-03-10")  # the cut-off, set by another metric
    assert set(aapp["value"]) == {30}
    assert set(aapp["stated_on"]) == {pd.Timestamp("2021-03-01")}
    assert tolls[tolls["source"] == "UN"]["date"].min() == pd.Timestamp("2021-03-04")


def test_carry_forward_does_not_cross_the_data_cutoff(make_figures):
    figures = make_figures(
        [
            {"doc_id": "a", "value": 30, "published": "2021-03-01"},
            {"doc_id": "b", "value": 50, "published": "2021-03-08"},
            # stated for a day before the cut-off, but published after it: not yet known
            {"doc_id": "c", "value": 40, "source": "UN", "as_of": "2021-03-04",
             "published": "2021-03-09"},
        ]
    )  # fmt: skip
    daily = series.series(figures, cutoff=date(2021, 3, 5))
    assert daily["date"].max() == pd.Timestamp("2021-03-05")
    assert set(daily["source"]) == {"AAPP"}
    assert set(daily["value"]) == {30}
    assert series.series(figures)["date"].max() == pd.Timestamp("2021-03-09")


def test_as_of_places_a_figure_before_its_report(make_figures):
    figures = make_figures([{"value": 423, "as_of": "2021-03-27", "published": "2021-03-28"}])
    daily = series.series(figures)
    assert daily[["date", "value"]].values.tolist()[0] == [pd.Timestamp("2021-03-27"), 423]


def test_a_null_source_shows_as_unattributed(make_figures):
    figures = make_figures([{"value": 18, "source": None, "published": "2021-03-01"}])
    assert series.series(figures)["source"].tolist() == ["unattributed"]
    assert len(series.select(figures, source="Unattributed")) == 1
    assert series.select(figures, source="AAPP").empty


def test_weekly_rollup_takes_the_value_at_the_week_end_and_the_change(aapp_figures):
    killed = series.select(aapp_figures, ["killed"])
    weekly = series.series(killed, "week")
    rows = weekly.set_index("week").loc[["2021-W11", "2021-W12", "2021-W13"]]
    assert rows["value"].tolist() == [235, 423, 521]
    assert rows["change"].tolist() == [205, 188, 98]
    assert rows["date"].tolist() == [pd.Timestamp(d) for d in ("2021-03-15", "2021-03-22",
                                                              "2021-03-29")]  # fmt: skip
    assert pd.isna(weekly["change"].iloc[0])  # nothing the week before the first report


def test_weekly_events_sum_by_iso_week_and_change_on_an_empty_week(make_figures):
    figures = make_figures(
        {"doc_id": f"d{i}", "value": value, "scope": "event", "published": day}
        for i, (value, day) in enumerate(
            [(3, "2021-03-01"), (4, "2021-03-07"), (9, "2021-03-08"), (2, "2021-03-22")]
        )
    )
    weekly = series.series(figures, "week").set_index("week")
    assert weekly["value"].to_dict() == {"2021-W09": 7, "2021-W10": 9, "2021-W12": 2}
    assert weekly["change"].to_dict() == {"2021-W09": 7, "2021-W10": 2, "2021-W12": 2}


JUMPS = [(30, 183, 10.0, False), (30, 183, 5.0, True), (30, 3000, 10.0, True)]


@pytest.mark.parametrize(("before", "after", "factor", "flagged"), JUMPS,
                         ids=["6-fold-under-10", "6-fold-over-5", "100-fold"])  # fmt: skip
def test_a_toll_jumping_by_more_than_the_factor_is_flagged(
    make_figures, before, after, factor, flagged
):
    figures = make_figures(
        [
            {"doc_id": "a", "value": before, "published": "2021-03-01"},
            {"doc_id": "b", "value": after, "published": "2021-03-15"},
        ]
    )
    flags = series.checks(figures, factor=factor)
    assert (flags["check"] == "jump").any() == flagged


def test_events_that_exceed_the_toll_of_the_same_week_are_flagged(make_figures):
    figures = make_figures(
        [
            {"doc_id": "a", "value": 320, "published": "2021-03-26"},
            {"doc_id": "b", "value": 300, "scope": "event", "published": "2021-03-22"},
            {"doc_id": "c", "value": 114, "scope": "event", "published": "2021-03-27"},
            {"doc_id": "d", "value": 100, "scope": "event", "published": "2021-03-29"},
        ]
    )
    flags = series.checks(figures)
    assert flags[["check", "value", "other_value"]].values.tolist() == [
        ["events_exceed", 414, 320]
    ]
    assert "events in 2021-W12 add up to 414" in flags["message"].iloc[0]


def test_the_real_aapp_curve_flags_only_its_real_falls(aapp_figures):
    flags = series.checks(aapp_figures)
    assert flags[["check", "metric"]].values.tolist() == [["falls", "arrested"]] * 2
    assert flags["date"].dt.date.tolist() == [date(2021, 3, 15), date(2021, 9, 14)]


def test_latest_puts_the_most_recent_toll_first(make_figures):
    figures = make_figures(
        [
            {"doc_id": "a", "value": 320, "published": "2021-03-26"},
            {"doc_id": "b", "value": 164, "source": "state media", "published": "2021-03-24"},
            {"doc_id": "c", "value": 260, "source": "UN", "published": "2021-03-26"},
            {"doc_id": "d", "value": 235, "published": "2021-03-19"},
        ]
    )
    latest = series.latest(figures)
    assert latest[["source", "value", "change"]].values.tolist() == [
        ["AAPP", 320, 85], ["UN", 260, pd.NA], ["state media", 164, pd.NA]
    ]  # fmt: skip


def test_behind_a_carried_point_are_the_sentences_that_stated_it(make_figures):
    figures = make_figures(
        [
            {"doc_id": "a", "value": 320, "published": "2021-03-26", "quote": "Toll is 320."},
            {"doc_id": "b", "value": 320, "published": "2021-03-26", "quote": "320 dead."},
            {"doc_id": "c", "value": 300, "published": "2021-03-26"},
            {"doc_id": "d", "value": 7, "scope": "event", "published": "2021-03-28"},
        ]
    )
    rows = series.behind(figures, "killed", date(2021, 3, 28), "aapp")
    assert sorted(rows["quote"]) == ["320 dead.", "Toll is 320."]
    assert series.behind(figures, "killed", date(2021, 3, 28))["value"].tolist() == [7]
    assert series.behind(figures, "killed", date(2021, 3, 1), "AAPP").empty


def test_by_source_sets_counts_side_by_side_with_their_spread(make_figures):
    figures = make_figures(
        [
            {"doc_id": "a", "value": 320, "published": "2021-03-26"},
            {"doc_id": "b", "value": 164, "source": "state media", "published": "2021-03-24"},
        ]
    )
    wide = series.by_source(figures, "killed")
    assert wide.loc[pd.Timestamp("2021-03-26")].to_dict() == {
        "AAPP": 320, "state media": 164, "spread": 156
    }  # fmt: skip


def test_an_empty_frame_gives_empty_series_and_no_flags(make_figures):
    empty = make_figures([])
    assert series.series(empty).empty
    assert series.checks(empty).empty
    assert series.latest(empty).empty
    assert series.data_cutoff(empty) is None


@pytest.mark.parametrize("label", ["2021-W54", "2021-12", "last week", "2021-W00"])
def test_a_bad_week_label_is_an_input_error(label):
    with pytest.raises(InputError, match="is not an ISO week"):
        series.iso_week(label)


def test_iso_week_gives_monday_and_sunday():
    assert series.iso_week("2021-W12") == (date(2021, 3, 22), date(2021, 3, 28))
    assert series.iso_week("2021w12") == series.iso_week("2021-W12")


def test_the_store_views_agree_with_the_functions(make_figures, make_store):
    figures = make_figures(
        [
            {"doc_id": "a", "value": 320, "published": "2021-03-26"},
            {"doc_id": "b", "value": 9, "scope": "event", "source": None,
             "location": "Yangon", "published": "2021-03-27"},
        ]
    )  # fmt: skip
    with open_store(make_store(figures), read_only=True) as store:
        from_views = store.con.execute("SELECT * FROM series_weekly ORDER BY scope").df()
        from_frame = series.series(store.figures(), "week").sort_values("scope")
    columns = ["date", "metric", "scope", "source", "value", "week"]
    assert from_views[columns].values.tolist() == from_frame[columns].values.tolist()


# The `series` and `check` commands, on the sample store: structure, not extracted numbers.


def test_series_command_prints_json_objects_with_the_citing_documents(sample_store):
    result = runner.invoke(app, ["series", "--db", str(sample_store), "--metric", "killed",
                                 "--format", "json"])  # fmt: skip
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert rows, "the sample reports state killed figures"
    assert set(rows[0]) == {"date", "metric", "scope", "source", "value", "documents",
                            "stated_on"}  # fmt: skip
    assert {r["metric"] for r in rows} == {"killed"}
    assert all(r["documents"] >= 1 and r["source"] for r in rows)


def test_series_command_by_week_for_one_source_as_csv(sample_store):
    result = runner.invoke(app, ["series", "--db", str(sample_store), "--source", "AAPP",
                                 "--freq", "week", "--format", "csv"])  # fmt: skip
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "week,date,metric,scope,source,value,change,documents,stated_on"
    assert all(",AAPP," in line for line in lines[1:])


def test_check_command_prints_each_flag_with_both_sentences(make_figures, make_store):
    db = make_store(
        make_figures(
            [
                {"doc_id": "aug", "metric": "arrested", "value": 7338, "published": "2021-08-18",
                 "quote": "AAPP said 7,338 people had been arrested."},
                {"doc_id": "sep", "metric": "arrested", "value": 6477, "published": "2021-09-14",
                 "quote": "More than 6,477 people have been arrested, AAPP said."},
            ]
        )
    )  # fmt: skip
    result = runner.invoke(app, ["check", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[:5] == [
        "falls: AAPP's arrested toll fell from 7,338 (2021-08-18) to 6,477 (2021-09-14)",
        '    "More than 6,477 people have been arrested, AAPP said."',
        "        (sep.txt)",
        '    against "AAPP said 7,338 people had been arrested."',
        "        (aug.txt)",
    ]
    quiet = runner.invoke(app, ["check", "--db", str(db), "--metric", "killed"])
    assert quiet.output.startswith("No flags")


def test_check_command_as_json_keeps_the_evidence(sample_store):
    result = runner.invoke(app, ["check", "--db", str(sample_store), "--format", "json"])
    assert result.exit_code == 0, result.output
    for flag in json.loads(result.output):
        assert flag["check"] in {"falls", "jump", "events_exceed"}
        assert flag["quote"] and flag["other_quote"] and flag["message"]


def test_series_command_on_a_missing_store_is_one_line(tmp_path):
    result = runner.invoke(app, ["series", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 1
    missing = tmp_path / "none.duckdb"
    assert result.output == f"Error: {missing}: no such store (run `tracker ingest` first)\n"


@pytest.mark.parametrize("command", ["series", "check", "plot", "report", "export"])
def test_each_command_s_help_has_an_example(command):
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0
    assert f"tracker {command} " in result.output
