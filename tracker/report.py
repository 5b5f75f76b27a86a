"""The weekly report: one A4 PNG a person reads without the tool, at print resolution.

The latest toll per metric with its source and change on the week before, the trend of the
last weeks, the week's events by day, and the week's key figures with their sentences. It is
composed from figure rows with `series` and `plot`; a week without figures says so.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass
from datetime import date, timedelta

import pandas as pd
from matplotlib.figure import Figure

from . import __version__, plot, series
from .model import METRICS

PAGE = (8.27, 11.69)  # A4 portrait, inches
DPI = 300
TREND_WEEKS = 13
TREND_METRICS = 3
KEY_FIGURES = 12
PER_METRIC = 3  # key figures per metric and scope
OTHER_COUNTS = 2
INK, GREY, LIGHT = "#222222", "#666666", "#f2f2f2"


@dataclass(frozen=True)
class Week:
    """The week a report covers and the cut-off it is read at (its Sunday or the data's end)."""

    label: str
    monday: date
    sunday: date
    cutoff: date

    @property
    def span(self) -> str:
        """The week's days as a reader writes them: 22–28 Mar 2021."""
        return f"{self.monday.day} {self.monday:%b} – {self.sunday.day} {self.sunday:%b %Y}"


def choose_week(figures: pd.DataFrame, label: str | None = None) -> Week | None:
    """The week asked for, else the last full week in the data; None when there is no data."""
    end = series.data_cutoff(figures)
    if label is None and end is None:
        return None
    label = label or series.last_full_week(end)
    monday, sunday = series.iso_week(label)
    return Week(series.week_label(monday), monday, sunday, min(sunday, end or sunday))


def weekly(figures: pd.DataFrame, week: str | None = None) -> Figure:
    """The weekly report of `week` (like 2021-W12; default the last full week) as a figure."""
    fig = Figure(figsize=PAGE, dpi=DPI)
    chosen = choose_week(figures, week)
    if chosen is None:
        _text(fig, 0.06, _y(0.45), "Weekly report", size=18, weight="bold")
        _text(fig, 0.06, _y(0.85), "The store holds no dated figures yet: nothing to report.",
              size=10, color=GREY)  # fmt: skip
        return fig
    daily = series.series(figures, "day", chosen.cutoff)
    rows = series.dated(figures, chosen.cutoff, chosen.monday, chosen.sunday)
    _header(fig, chosen, rows)
    weeks = series.series(figures, "week", chosen.cutoff)
    top = _headlines(fig, series.latest(figures, chosen.cutoff, weeks), daily, chosen, 1.1)
    top = _trend(fig, daily, chosen, top)
    top = _events(fig, daily, chosen, top)
    _key_figures(fig, rows, chosen, top)
    _footer(fig, series.checks(figures, cutoff=chosen.cutoff, weekly=weeks), chosen)
    return fig


# Layout: each section starts `top` inches below the page's top and returns where it ends.
FOOTER = 0.8  # inches kept free at the bottom of the page
ROW = 0.36  # inches per key figure


def _y(inches_from_top: float) -> float:
    return 1 - inches_from_top / PAGE[1]


def _rect(top: float, bottom: float, left: float, right: float) -> list[float]:
    return [left, _y(bottom), right - left, _y(top) - _y(bottom)]


def _text(fig: Figure, x: float, y: float, text: str, size: float = 8, **style: object) -> None:
    fig.text(x, y, plot.printable(text), fontsize=size, va="top", **{"color": INK, **style})


def _day(value: object) -> str:
    day = pd.Timestamp(value)
    return f"{day.day} {day:%b}"


def _header(fig: Figure, week: Week, rows: pd.DataFrame) -> None:
    reports = rows["doc_id"].nunique()
    _text(fig, 0.06, _y(0.45), f"Weekly report {week.label}", size=18, weight="bold")
    _text(fig, 0.06, _y(0.82), f"{week.span}: {reports} report{'s' * (reports != 1)} "
          "gave figures this week", size=10, color=GREY)  # fmt: skip
    _text(fig, 0.97, _y(0.5), f"Data to {week.cutoff.day} {week.cutoff:%b %Y}", size=9,
          ha="right", weight="bold", color=GREY)  # fmt: skip


def _change(value: object) -> str:
    if pd.isna(value):
        return "first count"
    return "no change on the week before" if value == 0 else f"{value:+,} on the week before"


def _headlines(
    fig: Figure, latest: pd.DataFrame, daily: pd.DataFrame, week: Week, top: float
) -> float:
    _text(fig, 0.06, _y(top), "Latest tolls", size=11, weight="bold")
    in_week = series.between(daily[daily["scope"] == "event"], week.monday, week.sunday)
    events = in_week.groupby("metric")["value"].sum()
    y = top + 0.3
    for metric in METRICS:
        tolls = latest[latest["metric"] == metric]
        if tolls.empty and metric not in events.index:
            continue
        _text(fig, 0.06, _y(y), metric.capitalize(), size=9, weight="bold")
        if tolls.empty:
            _text(fig, 0.19, _y(y), f"no running total; {events[metric]:,} in events reported "
                  "this week", size=8.5, color=GREY)  # fmt: skip
        else:
            lead, others = tolls.iloc[0], tolls.iloc[1 : 1 + OTHER_COUNTS]
            sign = plot.QUALIFIER_SIGNS.get(lead["qualifier"], "")
            _text(fig, 0.19, _y(y), f"{sign}{lead['value']:,}", size=9, weight="bold")
            stale = "" if lead["stated_on"].date() >= week.monday else ", no newer count"
            _text(fig, 0.3, _y(y), f"{lead['source']}, for {_day(lead['stated_on'])}{stale}; "
                  f"{_change(lead['change'])}", size=8)  # fmt: skip
            other = "; ".join(f"{r.source} {r.value:,} ({_day(r.stated_on)})"
                              for r in others.itertuples())  # fmt: skip
            if other:
                y += 0.17
                _text(fig, 0.3, _y(y), f"other counts: {other}", size=7, color=GREY)
        y += 0.22
    if y == top + 0.3:
        _text(fig, 0.06, _y(y), "No figures up to this week.", size=9, color=GREY)
        y += 0.22
    return y + 0.15


def _trend(fig: Figure, daily: pd.DataFrame, week: Week, top: float) -> float:
    since = week.monday - timedelta(weeks=TREND_WEEKS - 1)
    _text(fig, 0.06, _y(top), f"Trend over {TREND_WEEKS} weeks, by source", size=11,
          weight="bold")  # fmt: skip
    _text(fig, 0.06, _y(top + 0.22), "Markers: the days a toll was stated for; shaded: this "
          "week", size=7.5, color=GREY)  # fmt: skip
    recent = series.between(daily, since, week.cutoff)
    tolls = recent[recent["scope"] == "cumulative"]
    # the metrics stated most often in these weeks, in the usual order
    stated = tolls[tolls["date"] == tolls["stated_on"]]["metric"].value_counts()
    ranked = sorted(set(tolls["metric"]), key=lambda m: (-stated.get(m, 0), METRICS.index(m)))
    metrics = sorted(ranked[:TREND_METRICS], key=METRICS.index) or ["killed"]
    colours = plot.source_colours(tolls["source"])
    width = (0.97 - 0.06) / len(metrics)
    for i, metric in enumerate(metrics):
        left = 0.06 + i * width + 0.045
        ax = fig.add_axes(_rect(top + 0.6, top + 2.3, left, left + width - 0.06))
        ax.axvspan(pd.Timestamp(week.monday), pd.Timestamp(week.sunday + timedelta(days=1)),
                   color=LIGHT, zorder=0)  # fmt: skip
        plot.draw_tolls(ax, recent, metric, colours)
        ax.set_title(plot.metric_title(metric), loc="left", fontsize=8, fontweight="bold")
        ax.set_ylabel("")
        ax.tick_params(labelsize=6)
        if ax.get_legend():
            ax.legend(loc="best", fontsize=5.5, frameon=False)
        plot.date_axis(ax, max(pd.Timestamp(since), recent["date"].min()),
                       pd.Timestamp(week.cutoff))  # fmt: skip
        ax.xaxis.get_offset_text().set_fontsize(6)
    return top + 2.75


def _events(fig: Figure, daily: pd.DataFrame, week: Week, top: float) -> float:
    _text(fig, 0.06, _y(top), "Events reported this week, by day (each event counted once)",
          size=11, weight="bold")  # fmt: skip
    ax = fig.add_axes(_rect(top + 0.55, top + 1.75, 0.1, 0.97))
    days = pd.date_range(week.monday, week.sunday)
    events = series.between(daily[daily["scope"] == "event"], week.monday, week.sunday)
    metrics = [m for m in METRICS if m in set(events["metric"])]
    ax.set_xticks(range(7), [f"{d:%a} {d.day} {d:%b}" for d in days], fontsize=7)
    ax.set_xlim(-0.6, 6.6)
    ax.tick_params(axis="y", labelsize=6.5)
    ax.spines[["top", "right"]].set_visible(False)
    if not metrics:
        plot.say(ax, f"No event figures were reported for {week.span}.", size=8)
        return top + 2.05
    width = 0.8 / len(metrics)
    for i, metric in enumerate(metrics):
        by_day = events[events["metric"] == metric].set_index("date")["value"]
        values = [int(by_day.get(d, 0)) for d in days]
        offsets = [d - 0.4 + (i + 0.5) * width for d in range(7)]
        bars = ax.bar(offsets, values, width=width, color=plot.METRIC_COLOURS[metric],
                      label=metric)  # fmt: skip
        ax.bar_label(bars, labels=[f"{v:,}" if v else "" for v in values], fontsize=5.5)
    plot.count_axis(ax.yaxis)
    ax.legend(fontsize=6.5, frameon=False, ncols=len(metrics), loc="lower left",
              bbox_to_anchor=(0, 1.02))  # fmt: skip
    return top + 2.05


def _key_figures(fig: Figure, rows: pd.DataFrame, week: Week, top: float) -> None:
    _text(fig, 0.06, _y(top), "Key figures of the week, with the sentences they come from",
          size=11, weight="bold")  # fmt: skip
    if rows.empty:
        _text(fig, 0.06, _y(top + 0.35), f"No figures were reported for {week.span}.",
              size=9, color=GREY)  # fmt: skip
        return
    room = int((PAGE[1] - FOOTER - top - 0.6) / ROW)
    # each source's largest figure of the week per metric and scope, so disagreements show
    key = (
        rows.sort_values(["value", "published", "doc_id"], ascending=[False, True, True])
        .drop_duplicates(["metric", "scope", "source"])
        .assign(order=lambda f: f["metric"].map(METRICS.index))
        .sort_values(["order", "scope", "value"], ascending=[True, True, False])
        .groupby(["metric", "scope"], sort=False)
        .head(PER_METRIC)
        .head(min(KEY_FIGURES, room))
    )
    y = top + 0.32
    for label, x in (("Day", 0.06), ("Figure", 0.12), ("Source", 0.3), ("Sentence", 0.43)):
        _text(fig, x, _y(y), label, size=7, weight="bold", color=GREY)
    for row in key.itertuples():
        y += ROW
        sign = plot.QUALIFIER_SIGNS.get(row.qualifier, "")
        kind = "toll" if row.scope == "cumulative" else "event"
        _text(fig, 0.06, _y(y), _day(row.date), size=7)
        _text(fig, 0.12, _y(y), f"{sign}{row.value:,} {row.metric} ({kind})", size=7,
              weight="bold")  # fmt: skip
        _text(fig, 0.3, _y(y), textwrap.shorten(str(row.source), 26), size=7)
        quote = textwrap.wrap(plot.shorten(row.quote, row.value, 190), 96)
        _text(fig, 0.43, _y(y), "\n".join(quote[:2]), size=6.3, linespacing=1.15)
        where = ", ".join(str(v) for v in (row.outlet, row.title) if isinstance(v, str))
        _text(fig, 0.43, _y(y + 0.23), textwrap.shorten(where or str(row.ref), 120), size=5.5,
              color=GREY)  # fmt: skip


def _footer(fig: Figure, flags: pd.DataFrame, week: Week) -> None:
    flagged = series.between(flags, week.monday, week.sunday)
    lines = [f"Check: {m}" for m in flagged["message"].head(2)]
    if len(flagged) > 2:
        lines.append(f"and {len(flagged) - 2} more: run `tracker check` for all of them")
    lines.append(
        "A toll is a source's running total, carried forward until it states a new one; an "
        "event is one incident, counted once however many reports give it. Figures are as "
        f"reported, not verified. Made with tracker {__version__}."
    )
    text = "\n".join(textwrap.fill(line, 150) for line in lines)
    _text(fig, 0.06, _y(PAGE[1] - FOOTER + 0.1), text, size=6, color=GREY, linespacing=1.3)
