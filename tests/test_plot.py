"""The trend plot: what it draws from hand-made series, and the PNG `tracker plot` writes."""

from __future__ import annotations

import pandas as pd
import pytest
from typer.testing import CliRunner

from tracker import plot, series
from tracker.cli import app

runner = CliRunner()


@pytest.fixture
def disputed(make_figures, aapp_figures):
    """AAPP's 2021 curve, the military's lower count, and two events."""
    extra = make_figures(
        [
            {"doc_id": "m1", "value": 164, "source": "military", "published": "2021-03-24"},
            {"doc_id": "m2", "value": 248, "source": "military", "published": "2021-04-09"},
            {"doc_id": "e1", "value": 114, "scope": "event", "published": "2021-03-27"},
            {"doc_id": "e2", "value": 82, "scope": "event", "published": "2021-04-09"},
        ]
    )
    return series.series(pd.concat([series.select(aapp_figures, ["killed"]), extra]))


def test_one_line_per_source_with_a_marker_per_report(disputed):
    fig = plot.trend(disputed, ["killed"])
    tolls = fig.axes[0]
    legend = [t.get_text() for t in tolls.get_legend().get_texts()]
    assert legend == ["AAPP (17 reports)", "military (2 reports)"]
    lines = {line.get_label(): line for line in tolls.get_lines()}
    markers = [line for line in tolls.get_lines() if line.get_marker() == "o"]
    assert [len(m.get_xdata()) for m in markers] == [17, 2]  # the days a toll was stated for
    assert lines["AAPP (17 reports)"].get_ydata()[-1] == 1348  # carried to the cut-off


def test_events_are_bars_under_their_metric(disputed):
    events = plot.trend(disputed, ["killed"]).axes[1]
    (steps,) = events.patches  # one outline over every day, a bar a day wide where events were
    heights, edges, _ = steps.get_data()
    assert sorted(h for h in heights if h) == [82, 114]
    assert set(edges[1:] - edges[:-1]) == {1.0}


def test_title_labels_cutoff_and_sources_are_written(disputed, figure_text):
    written = figure_text(plot.trend(disputed, ["killed"]))
    assert "People killed: cumulative tolls by source" in written
    assert "Data to 20 Dec 2021" in written
    assert any(t.startswith("Sources: AAPP, 17 reports; military, 2 reports.") for t in written)


def test_counts_have_thousands_separators_and_log_is_optional(disputed):
    fig = plot.trend(disputed, ["killed"], log=True)
    assert fig.axes[0].get_yscale() == "log"
    assert plot.trend(disputed, ["killed"]).axes[0].get_yscale() == "linear"
    assert fig.axes[0].yaxis.get_major_formatter()(1348.0) == "1,348"


def test_a_source_keeps_its_colour_in_every_plot():
    alone = plot.source_colours(["Myanmar Now"])
    crowded = plot.source_colours(["Myanmar Now", "AAPP", "resident", "UN", "unattributed"])
    assert alone["Myanmar Now"] == crowded["Myanmar Now"]
    assert crowded["AAPP"] == plot.SOURCE_COLOURS["AAPP"]
    assert crowded["unattributed"] == plot.SOURCE_COLOURS["unattributed"]
    assert len(set(crowded.values())) == len(crowded)


def test_an_empty_metric_says_so_instead_of_failing(make_figures, no_warnings, figure_text):
    with no_warnings():
        fig = plot.trend(series.series(make_figures([])), ["killed"])
        fig.canvas.draw()
    assert "No cumulative figures for people killed" in figure_text(fig)
    assert "No data" in figure_text(fig)


def test_text_the_font_cannot_draw_is_replaced_not_warned(no_warnings):
    with no_warnings():
        assert plot.printable("ရန်ကုန် Yangon") == "??????? Yangon"


def test_plot_command_writes_the_demo_png(sample_store, tmp_path, no_warnings, png_size):
    out = tmp_path / "trend.png"
    with no_warnings():
        result = runner.invoke(
            app,
            ["plot", "--db", str(sample_store), "--metric", "killed,arrested,detained,released",
             "--out", str(out)],
        )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert result.output == f"wrote {out}\n"
    height = plot.PANEL_HEIGHT * 4 + sum(plot.MARGINS)
    assert png_size(out) == (round(plot.WIDTH * plot.DPI), round(height * plot.DPI))


def test_plot_command_with_every_option(sample_store, tmp_path, no_warnings, png_size):
    out = tmp_path / "aapp.png"
    with no_warnings():
        result = runner.invoke(app, ["plot", "--db", str(sample_store), "--metric", "killed",
                                     "--source", "AAPP", "--since", "2021-03-01", "--until",
                                     "2021-04-30", "--log", "--title", "Killed, by AAPP",
                                     "--out", str(out)])  # fmt: skip
    assert result.exit_code == 0, result.output
    assert png_size(out)[1] == round((plot.PANEL_HEIGHT + sum(plot.MARGINS)) * plot.DPI)


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["--metric", "kiled"], 2, "unknown metric kiled"),
        (["--since", "March"], 2, "'March' is not a date"),
        (["--out", "/no/such/dir/x.png"], 1, "Error: /no/such/dir/x.png: cannot write the image"),
    ],
    ids=["bad-metric", "bad-date", "unwritable"],
)
def test_plot_command_errors_are_one_line(sample_store, args, code, message):
    result = runner.invoke(app, ["plot", "--db", str(sample_store), *args])
    assert result.exit_code == code
    assert message in result.output
    assert "Traceback" not in result.output


def test_plot_command_on_a_missing_store(tmp_path):
    result = runner.invoke(app, ["plot", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 1
    assert result.output.startswith("Error: ") and "no such store" in result.output
