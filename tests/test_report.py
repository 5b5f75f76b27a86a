"""The weekly report: what a reader finds on the page, the empty cases, the PNG it writes."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest
from typer.testing import CliRunner

from tracker import report
from tracker.cli import app

runner = CliRunner()
A4_AT_300_DPI = (round(8.27 * 300), round(11.69 * 300))


@pytest.fixture
def week12(make_figures, aapp_figures):
    """AAPP's real counts plus the military's lower toll and the week's events, March 2021."""
    extra = make_figures(
        [
            {"doc_id": "m1", "value": 164, "source": "military", "published": "2021-03-24",
             "quote": "The junta put the toll at 164, far below the monitors' count."},
            {"doc_id": "e1", "value": 114, "scope": "event", "source": "Myanmar Now",
             "published": "2021-03-27", "quote": "At least 114 people were killed today."},
            {"doc_id": "e2", "value": 114, "scope": "event", "source": None,
             "published": "2021-03-27", "quote": "114 people were shot dead on Saturday."},
            {"doc_id": "e3", "value": 9, "scope": "event", "source": "military",
             "published": "2021-03-23", "location": "Naypyitaw"},
        ]
    )  # fmt: skip
    return pd.concat([aapp_figures, extra], ignore_index=True)


def test_the_headline_gives_the_toll_its_source_and_the_change(week12, figure_text):
    text = "\n".join(figure_text(report.weekly(week12, "2021-W12")))
    assert "Weekly report 2021-W12" in text
    assert "22 Mar – 28 Mar 2021" in text
    assert "423" in text and "AAPP, for 27 Mar; +188 on the week before" in text
    assert "other counts: military 164 (24 Mar)" in text


def test_the_key_figures_carry_their_source_and_sentence(week12, figure_text):
    text = "\n".join(figure_text(report.weekly(week12, "2021-W12")))
    assert "≥ 408 killed (toll)" not in text  # one figure per source: AAPP's largest, 423
    assert "423 killed (toll)" in text and "164 killed (toll)" in text
    assert "The junta put the toll at 164, far below the monitors' count." in text
    assert "114 killed (event)" in text


def test_the_week_s_events_are_bars_by_day_each_event_once(week12):
    fig = report.weekly(week12, "2021-W12")
    events = next(ax for ax in fig.axes if ax.get_xticklabels()[0].get_text() == "Mon 22 Mar")
    assert [bar.get_height() for bar in events.patches] == [0, 9, 0, 0, 0, 114, 0]


def test_an_empty_week_says_so(week12, no_warnings, figure_text):
    with no_warnings():
        fig = report.weekly(week12, "2021-W30")  # AAPP stated nothing in July 2021
        fig.canvas.draw()
    text = "\n".join(figure_text(fig))
    assert "AAPP (as of 2 May 2021)" in text  # its line is carried into the window
    assert "No figures were reported for 26 Jul – 1 Aug 2021." in text
    assert "No event figures were reported for 26 Jul – 1 Aug 2021." in text
    assert "AAPP, for 2 May, no newer count" in text


def test_an_empty_store_says_so(make_figures, figure_text):
    text = "\n".join(figure_text(report.weekly(make_figures([]))))
    assert "The store holds no dated figures yet: nothing to report." in text


@pytest.mark.parametrize(
    ("cutoff", "week"),
    [("2021-03-28", "2021-W12"), ("2021-03-27", "2021-W11"), ("2021-03-29", "2021-W12")],
    ids=["sunday", "saturday", "monday"],
)
def test_the_default_week_is_the_last_full_one(make_figures, cutoff, week):
    figures = make_figures([{"value": 320, "published": cutoff}])
    chosen = report.choose_week(figures)
    assert chosen.label == week
    assert chosen.cutoff == min(chosen.sunday, date.fromisoformat(cutoff))


def test_report_command_writes_an_a4_png_at_print_resolution(
    sample_store, tmp_path, no_warnings, png_size
):
    out = tmp_path / "weekly.png"
    with no_warnings():
        result = runner.invoke(app, ["report", "--db", str(sample_store), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert png_size(out) == A4_AT_300_DPI


def test_report_command_for_a_week_without_figures(sample_store, tmp_path, no_warnings, png_size):
    out = tmp_path / "empty.png"
    with no_warnings():
        result = runner.invoke(app, ["report", "--db", str(sample_store), "--week", "2019-W01",
                                     "--out", str(out)])  # fmt: skip
    assert result.exit_code == 0, result.output
    assert png_size(out) == A4_AT_300_DPI


def test_report_command_rejects_a_bad_week(sample_store):
    result = runner.invoke(app, ["report", "--db", str(sample_store), "--week", "2021-W60"])
    assert result.exit_code == 2
    assert result.stderr == "Error: --week: '2021-W60' is not an ISO week (like 2021-W12)\n"
