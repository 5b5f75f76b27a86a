"""Series: tolls by day and ISO week per metric and source, and the checks that flag them.

Pure functions over DataFrames of figure rows (the columns of `Store.figures()`). The
arithmetic is the SQL of the store's series views (`store.SERIES_VIEWS`), run here on an
in-memory DuckDB over the given frame, so a notebook, the CLI and a SQL query agree.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, timedelta

import duckdb
import pandas as pd

from .errors import InputError
from .model import METRICS
from .store import FIGURE_COLUMNS, SERIES_VIEWS

FIGURE_ROW_COLUMNS = (*FIGURE_COLUMNS, "title", "ref", "url", "outlet", "published")
UNATTRIBUTED = "unattributed"
FREQS = ("day", "week")
DEFAULT_FACTOR = 10.0  # AAPP's own early toll grew 6-fold between briefings

# What each public function reads from the views, in a stable order.
_QUERIES = {
    "figure_days": "SELECT * FROM figure_days WHERE date BETWEEN coalesce(CAST($since AS DATE), "
    "DATE '0001-01-01') AND coalesce(CAST($until AS DATE), DATE '9999-12-31') "
    'ORDER BY date, metric, doc_id, "start"',
    "cutoff": "SELECT cutoff FROM data_cutoff",
    "reported": "SELECT * FROM cumulative_reported ORDER BY metric, source, date",
    "day": "SELECT * FROM series_daily ORDER BY metric, scope, source, date",
    "week": "SELECT * FROM series_weekly ORDER BY metric, scope, source, date",
}
_COUNT_COLUMNS = ("value", "documents", "events", "change")  # whole numbers, maybe missing
_SERIES_COLUMNS = ("date", "metric", "scope", "source", "value", "documents")
_FLAG_COLUMNS = (
    "check", "metric", "source", "date", "value", "other_date", "other_value", "message",
    "quote", "ref", "other_quote", "other_ref",
)  # fmt: skip
Day = date | str | None  # a date, or an ISO string in a notebook
_WEEK = re.compile(r"^(\d{4})-?W(\d{1,2})$", re.IGNORECASE)


def _run(
    figures: pd.DataFrame, query: str, cutoff: date | None = None, **params: object
) -> pd.DataFrame:
    missing = [c for c in FIGURE_ROW_COLUMNS if c not in figures.columns]
    if missing:
        raise ValueError(f"figure rows lack the columns {', '.join(missing)}")
    with duckdb.connect() as con:
        con.register("figure_rows", figures[list(FIGURE_ROW_COLUMNS)])
        if cutoff is not None:
            con.execute("SET VARIABLE tracker_cutoff = CAST(? AS DATE)", [cutoff])
        con.execute(SERIES_VIEWS)
        frame = con.execute(_QUERIES[query], params or None).df()
    counts = [c for c in _COUNT_COLUMNS if c in frame.columns]
    return frame.astype(dict.fromkeys(counts, "Int64"))


def dated(
    figures: pd.DataFrame, cutoff: date | None = None, since: Day = None, until: Day = None
) -> pd.DataFrame:
    """Figure rows with the `date` each holds for and its source named: what series count.

    `since` and `until` keep the days within them, before the rows are made into a frame.
    """
    return _run(figures, "figure_days", cutoff, since=_day_or_none(since), until=_day_or_none(until))


def data_cutoff(figures: pd.DataFrame) -> date | None:
    """The latest day the figures speak for or were published on: carry-forward stops here."""
    value = _run(figures, "cutoff")["cutoff"].iloc[0]
    return None if pd.isna(value) else pd.Timestamp(value).date()


def reported(figures: pd.DataFrame, cutoff: date | None = None) -> pd.DataFrame:
    """Per metric, source and day, the largest cumulative figure stated, once, with its citers."""
    return _run(figures, "reported", cutoff)


def series(figures: pd.DataFrame, freq: str = "day", cutoff: date | None = None) -> pd.DataFrame:
    """Cumulative tolls carried forward per source, and events summed, by day or ISO week.

    Columns: date (the day, or a week's Monday), metric, scope, source, value, documents
    (citing the value shown), stated_on (the day a cumulative value was stated for),
    qualifier, doc_ids, quote, ref, and for weeks `week` and `change` on the week before.
    """
    if freq not in FREQS:
        raise ValueError(f"freq must be one of {', '.join(FREQS)}, not {freq!r}")
    frame = _run(figures, freq, cutoff)
    return frame[[*_SERIES_COLUMNS, *(c for c in frame.columns if c not in _SERIES_COLUMNS)]]


def select(
    figures: pd.DataFrame, metrics: Iterable[str] | None = None, source: str | None = None
) -> pd.DataFrame:
    """Figure rows of some metrics and one source ('unattributed' selects the null source)."""
    keep = pd.Series(True, index=figures.index)
    metrics = list(metrics or [])
    if metrics:
        keep &= figures["metric"].isin(metrics)
    if source:
        named = figures["source"].fillna(UNATTRIBUTED).astype(str).str.lower()
        keep &= named == source.lower()
    return figures[keep]


def between(frame: pd.DataFrame, since: Day = None, until: Day = None) -> pd.DataFrame:
    """Rows of a series or figure frame whose `date` lies within [since, until]."""
    keep = pd.Series(True, index=frame.index)
    if since:
        keep &= frame["date"] >= pd.Timestamp(since)
    if until:
        keep &= frame["date"] <= pd.Timestamp(until)
    return frame[keep]


def latest(
    figures: pd.DataFrame, cutoff: date | None = None, weekly: pd.DataFrame | None = None
) -> pd.DataFrame:
    """Each source's toll per metric at the cut-off and its change on the week before.

    Within a metric the most recently stated toll comes first (the largest on a tie): the
    headline; the rows after it are the other sources' counts. `weekly` is these figures'
    week series to the same cut-off, when the caller has it already.
    """
    weekly = series(figures, "week", cutoff) if weekly is None else weekly
    tolls = weekly[weekly["scope"] == "cumulative"]
    last = tolls[tolls["date"] == tolls["date"].max()].copy()
    last["_order"] = last["metric"].map(METRICS.index)
    last = last.sort_values(["_order", "stated_on", "value"], ascending=[True, False, False])
    columns = ["metric", "source", "value", "qualifier", "stated_on", "change", "documents",
               "quote", "ref"]  # fmt: skip
    return last[columns].reset_index(drop=True)


def behind(
    figures: pd.DataFrame, metric: str, day: date, source: str | None = None
) -> pd.DataFrame:
    """The figure rows behind one point: the sentences a cumulative value or day's events rest on.

    With a source, the figures that stated that source's value shown on `day` (carried from
    the day it was stated); without one, the event figures of that day.
    """
    rows = dated(figures)
    rows = rows[rows["metric"] == metric]
    if source is None:
        return rows[(rows["scope"] == "event") & (rows["date"] == pd.Timestamp(day))]
    steps = reported(select(figures, [metric], source))
    steps = steps[steps["date"] <= pd.Timestamp(day)]
    if steps.empty:
        return rows.iloc[0:0]
    stated, value = steps["date"].iloc[-1], steps["value"].iloc[-1]
    same = (rows["scope"] == "cumulative") & (rows["source"].str.lower() == source.lower())
    return rows[same & (rows["date"] == stated) & (rows["value"] == value)]


def by_source(figures: pd.DataFrame, metric: str, cutoff: date | None = None) -> pd.DataFrame:
    """Sources side by side: each one's toll on every day any of them stated one, and the spread."""
    daily = series(select(figures, [metric]), "day", cutoff)
    tolls = daily[daily["scope"] == "cumulative"]
    days = tolls.loc[tolls["date"] == tolls["stated_on"], "date"].unique()
    wide = tolls[tolls["date"].isin(days)].pivot(index="date", columns="source", values="value")
    wide.columns.name = None
    wide["spread"] = wide.max(axis=1) - wide.min(axis=1)
    return wide


def checks(
    figures: pd.DataFrame,
    factor: float = DEFAULT_FACTOR,
    cutoff: date | None = None,
    weekly: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Flags on what looks wrong, each with the two figures and sentences behind it.

    `falls`: a source's cumulative toll is lower than the one it stated before (kept in
    the series, not dropped). `jump`: it grew more than `factor` times in one step.
    `events_exceed`: a week's events add up to more than the highest toll stated by its end.
    `weekly` is as for `latest`.
    """
    steps = reported(figures, cutoff)
    previous = steps.groupby(["metric", "source"])[["date", "value", "quote", "ref"]].shift()
    steps = steps.join(previous.add_prefix("other_"))
    falls = steps[steps["value"] < steps["other_value"]].assign(check="falls")
    jumps = steps[
        (steps["other_value"] > 0) & (steps["value"] > factor * steps["other_value"])
    ].assign(check="jump")
    weekly = series(figures, "week", cutoff) if weekly is None else weekly
    flags = pd.concat([falls, jumps, _events_exceed(weekly)], ignore_index=True)
    if flags.empty:
        return pd.DataFrame(columns=list(_FLAG_COLUMNS))
    flags["message"] = [_message(row) for row in flags.itertuples()]
    return flags[list(_FLAG_COLUMNS)].sort_values(["date", "metric", "check"], ignore_index=True)


def _events_exceed(weekly: pd.DataFrame) -> pd.DataFrame:
    events = weekly[weekly["scope"] == "event"]
    tolls = weekly[weekly["scope"] == "cumulative"].sort_values("value", ascending=False)
    top = tolls.drop_duplicates(["metric", "date"])[
        ["metric", "date", "value", "source", "stated_on", "quote", "ref"]
    ].rename(columns={"value": "other_value", "stated_on": "other_date", "source": "toll_source",
                      "quote": "other_quote", "ref": "other_ref"})  # fmt: skip
    both = events.merge(top, on=["metric", "date"])
    return both[both["value"] > both["other_value"]].assign(check="events_exceed")


def _message(row: object) -> str:
    kind, metric, source = row.check, row.metric, row.source
    old, new = f"{row.other_value:,.0f}", f"{row.value:,.0f}"
    then, now = _day(row.other_date), _day(row.date)
    if kind == "falls":
        return f"{source}'s {metric} toll fell from {old} ({then}) to {new} ({now})"
    if kind == "jump":
        ratio = row.value / row.other_value
        return (
            f"{source}'s {metric} toll jumped {ratio:.1f}-fold from {old} ({then}) "
            f"to {new} ({now})"
        )
    return (
        f"{metric} events in {row.week} add up to {new}, more than the highest toll "
        f"stated by the week's end: {old} ({row.toll_source}, {then})"
    )


def _day_or_none(value: Day) -> date | None:
    return None if value is None or value == "" else pd.Timestamp(value).date()


def _day(value: object) -> str:
    return pd.Timestamp(value).date().isoformat()


def iso_week(label: str) -> tuple[date, date]:
    """The Monday and Sunday of an ISO week written 2021-W12, or InputError naming it."""
    match = _WEEK.match(label.strip())
    try:
        if not match:
            raise ValueError
        monday = date.fromisocalendar(int(match[1]), int(match[2]), 1)
    except ValueError:
        raise InputError(f"{label!r} is not an ISO week (like 2021-W12)") from None
    return monday, monday + timedelta(days=6)


def week_label(day: date) -> str:
    """The ISO week a day falls in, as 2021-W12.

    >>> week_label(date(2021, 1, 3))
    '2020-W53'
    """
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def last_full_week(cutoff: date) -> str:
    """The last ISO week that ended on or before the cut-off: the default weekly report.

    >>> last_full_week(date(2021, 3, 28)), last_full_week(date(2021, 3, 27))
    ('2021-W12', '2021-W11')
    """
    return week_label(cutoff - timedelta(days=(cutoff.isoweekday() % 7)))
