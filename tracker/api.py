"""What a notebook imports: open a store, get figures and series as DataFrames, draw the plots.

    from tracker import api
    t = api.load("reports/demo.duckdb")
    t.latest()                  # each source's toll per metric
    t.series("killed", freq="week")
    t.plot("killed,arrested")   # the figure of `tracker plot`

The store is read once, then closed, so a notebook left open never locks it against an
ingest; `sql` opens it again, read-only, for a query of your own.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path

import pandas as pd
from matplotlib.figure import Figure

from . import plot, report, series
from .errors import InputError
from .model import METRICS
from .series import DEFAULT_FACTOR, Day
from .store import DEFAULT_DB, open_store

Metrics = str | Iterable[str] | None


def metric_list(metrics: Metrics) -> list[str]:
    """Metrics given as 'killed,arrested' or a list, checked against the known ones.

    >>> metric_list("killed, arrested")
    ['killed', 'arrested']
    >>> metric_list(None)
    []
    """
    if isinstance(metrics, str):
        metrics = metrics.split(",")
    names = [m.strip() for m in metrics or [] if m.strip()]
    unknown = [m for m in names if m not in METRICS]
    if unknown:
        raise InputError(f"unknown metric {', '.join(unknown)} (one of {', '.join(METRICS)})")
    return names


class Tracker:
    """A store's figures in memory, with the series, checks and plots drawn from them."""

    def __init__(self, figures: pd.DataFrame, path: str | None = None) -> None:
        self.path = path
        self.rows = figures
        self.cutoff: date | None = series.data_cutoff(figures)

    def __repr__(self) -> str:
        return f"<Tracker {self.path or 'in memory'}: {len(self.rows)} figures to {self.cutoff}>"

    def _pick(self, metric: Metrics, source: str | None) -> pd.DataFrame:
        return series.select(self.rows, metric_list(metric), source)

    def figures(
        self,
        metric: Metrics = None,
        source: str | None = None,
        since: Day = None,
        until: Day = None,
    ) -> pd.DataFrame:
        """Figures with their provenance and the `date` each holds for, oldest first.

        Undated figures (no as_of, no published date) are left out: no series can place them.
        """
        return series.dated(self._pick(metric, source), self.cutoff, since, until)

    def series(
        self,
        metric: Metrics = None,
        source: str | None = None,
        freq: str = "day",
        since: Day = None,
        until: Day = None,
    ) -> pd.DataFrame:
        """Tolls per source carried forward to the cut-off, and events summed, by day or week."""
        frame = series.series(self._pick(metric, source), freq, self.cutoff)
        return series.between(frame, since, until).reset_index(drop=True)

    def latest(self) -> pd.DataFrame:
        """Each source's toll per metric at the cut-off, the most recent first within a metric."""
        return series.latest(self.rows, self.cutoff)

    def checks(
        self, metric: Metrics = None, source: str | None = None, factor: float = DEFAULT_FACTOR
    ) -> pd.DataFrame:
        """Falls, jumps and event sums over the toll, each with the sentences behind it."""
        return series.checks(self._pick(metric, source), factor, self.cutoff)

    def behind(self, metric: str, day: date | str, source: str | None = None) -> pd.DataFrame:
        """The figures and sentences behind one point of a series (events when no source)."""
        return series.behind(self.rows, metric, pd.Timestamp(day).date(), source)

    def by_source(self, metric: str) -> pd.DataFrame:
        """Each source's toll side by side on every day one of them stated it, and the spread."""
        return series.by_source(self.rows, metric, self.cutoff)

    def plot(
        self,
        metric: Metrics = None,
        source: str | None = None,
        since: Day = None,
        until: Day = None,
        log: bool = False,
        title: str | None = None,
    ) -> Figure:
        """The trend figure: a panel per metric, a line per source, events as bars."""
        daily = self.series(metric, source, "day", since, until)
        end = self.cutoff
        if until and end:
            end = min(pd.Timestamp(until).date(), end)
        return plot.trend(daily, metric_list(metric) or None, end, log=log, title=title)

    def report(self, week: str | None = None) -> Figure:
        """The weekly report of an ISO week like 2021-W12 (default: the last full week)."""
        return report.weekly(self.rows, week)

    def sql(self, query: str, params: Sequence[object] | None = None) -> pd.DataFrame:
        """A query of your own on the store, read-only; the series views are there too."""
        if self.path is None:
            raise InputError("this tracker was built from a DataFrame: it has no store to query")
        with open_store(self.path, read_only=True) as store:
            return store.con.execute(query, params or []).df()


def load(path: str | Path = DEFAULT_DB) -> Tracker:
    """Read a store's figures (a missing or foreign file is a StoreError, in one line)."""
    with open_store(path, read_only=True) as store:
        return Tracker(store.figures(), str(path))
