"""Plots: matplotlib figures drawn from series frames, the same in the CLI, report and notebook.

Figures are built with `matplotlib.figure.Figure`, not pyplot: no global state, PNGs go
through the Agg canvas, and a notebook shows the same figure inline.
"""

from __future__ import annotations

import hashlib
import textwrap
from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from functools import cache
from pathlib import Path

import pandas as pd
from matplotlib import dates as mdates
from matplotlib import font_manager, ticker
from matplotlib.axes import Axes
from matplotlib.axis import Axis
from matplotlib.figure import Figure
from matplotlib.ft2font import FT2Font

from .errors import TrackerError
from .model import METRICS

DPI = 150
WIDTH = 12.0  # inches
PANEL_HEIGHT = 3.6  # inches per metric: its tolls and, below them, its events
MARGINS = (1.0, 0.9)  # inches above the first panel (title) and below the last (note)

# A source keeps its colour in every plot: fixed for the sources most crises have, and for
# any other a palette slot picked by a hash of its name (the next free slot on a clash).
SOURCE_COLOURS = {
    "AAPP": "#1f77b4",
    "UN": "#ff7f0e",
    "OHCHR": "#e6a117",
    "state media": "#d62728",
    "military": "#8c1c13",
    "government": "#b2474d",
    "police": "#6b3fa0",
    "unattributed": "#7f7f7f",
}
PALETTE = (
    "#2ca02c", "#9467bd", "#8c564b", "#e377c2", "#bcbd22", "#17becf", "#393b79",
    "#637939", "#8c6d31", "#843c39", "#7b4173", "#3182bd", "#31a354", "#756bb1",
)  # fmt: skip
EVENT_COLOUR = "#4d4d4d"
METRIC_COLOURS = dict(
    zip(METRICS, ("#b2182b", "#ef8a62", "#2166ac", "#67a9cf", "#1b7837", "#7fbf7b",
                  "#762a83", "#c2a5cf", "#8c510a"), strict=True)
)  # fmt: skip
QUALIFIER_SIGNS = {"at_least": "≥ ", "at_most": "≤ ", "approx": "~ ", "exact": ""}


def source_colours(sources: Iterable[str]) -> dict[str, str]:
    """A colour for each source: the same source gets the same colour in every plot."""
    taken: set[str] = set()
    out: dict[str, str] = {}
    for name in sorted(set(sources), key=lambda s: (s not in SOURCE_COLOURS, s)):
        if name in SOURCE_COLOURS:
            out[name] = SOURCE_COLOURS[name]
        else:
            slot = int(hashlib.sha256(name.lower().encode("utf-8")).hexdigest(), 16)
            free = [PALETTE[(slot + i) % len(PALETTE)] for i in range(len(PALETTE))]
            out[name] = next((c for c in free if c not in taken), free[0])
        taken.add(out[name])
    return out


def metric_title(metric: str) -> str:
    """How a metric reads as a heading: 'People killed'."""
    return f"People {metric}"


def thousands(value: float, _position: object = None) -> str:
    """A tick or label with thousands separators: 27,702.

    >>> thousands(27702.0), thousands(0.5)
    ('27,702', '0')
    """
    return f"{value:,.0f}"


def printable(text: str) -> str:
    """Text as written: characters the font lacks become '?' (no warning), '$' starts no math.

    >>> printable("US$5 and $6")
    'US\\\\$5 and \\\\$6'
    """
    charmap = _charmap()
    text = "".join(c if ord(c) in charmap or c in "\n\t" else "?" for c in text)
    return text.replace("$", r"\$")


@cache
def _charmap() -> frozenset[int]:
    path = font_manager.findfont(font_manager.FontProperties())
    return frozenset(FT2Font(path).get_charmap())


def shorten(quote: str, value: int | None = None, width: int = 160) -> str:
    """A sentence cut to `width` characters around the figure it holds, marked with '…'.

    >>> shorten("Police fired on crowds. At least 1,213 people were held, it said.", 1213, 30)
    '…At least 1,213 people were…'
    >>> shorten("short", 5)
    'short'
    """
    text = " ".join(str(quote).split())
    if len(text) <= width:
        return text
    found = [text.find(s) for s in (f"{value:,}", str(value)) if value is not None]
    middle = max(found, default=-1)
    start = 0 if middle < 0 else max(0, min(middle - width // 3, len(text) - width))
    cut = text[start : start + width - 2].strip()
    return ("…" if start > 0 else "") + cut + "…"


def reports_by_source(daily: pd.DataFrame) -> dict[str, int]:
    """How many documents each source's cumulative figures come from, largest first."""
    stated = daily[(daily["scope"] == "cumulative") & (daily["date"] == daily["stated_on"])]
    counts = {
        source: len({doc for docs in group["doc_ids"] for doc in docs})
        for source, group in stated.groupby("source")
    }
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def draw_tolls(
    ax: Axes, daily: pd.DataFrame, metric: str, colours: dict[str, str], log: bool = False
) -> None:
    """One metric's cumulative toll per source: a line carried forward, a marker per report."""
    tolls = daily[(daily["metric"] == metric) & (daily["scope"] == "cumulative")]
    counts = reports_by_source(tolls)  # a source whose reports all predate the view has 0
    counts |= {s: 0 for s in sorted(set(tolls["source"]) - set(counts))}
    for source in counts:
        line = tolls[tolls["source"] == source]
        stated = line[line["date"] == line["stated_on"]]
        colour = colours[source]
        since = pd.Timestamp(line["stated_on"].iloc[0])
        how = _reports(counts[source]) if counts[source] else f"as of {since.day} {since:%b %Y}"
        ax.plot(line["date"], line["value"], drawstyle="steps-post", color=colour, lw=1.8,
                label=printable(f"{source} ({how})"))  # fmt: skip
        ax.plot(stated["date"], stated["value"], ls="none", marker="o", ms=4.5, color=colour,
                markeredgecolor="white", markeredgewidth=0.6)  # fmt: skip
    ax.set_ylabel(f"{metric}, cumulative")
    if tolls.empty:
        say(ax, f"No cumulative figures for people {metric}")
        return
    if log and (tolls["value"] > 0).any():
        ax.set_yscale("log")
        ax.yaxis.set_major_locator(ticker.LogLocator(subs=(1.0, 2.0, 5.0)))
        ax.yaxis.set_minor_formatter(ticker.NullFormatter())
    else:
        ax.set_ylim(0, max(tolls["value"].max(), 1) * 1.1)  # room above the highest toll
        ax.yaxis.set_major_locator(ticker.MaxNLocator("auto", steps=[1, 2, 2.5, 5, 10], integer=True))
    count_axis(ax.yaxis)
    ax.legend(loc="upper left", fontsize=8, frameon=False)
    ax.grid(axis="y", color="#dddddd", lw=0.6)


def draw_events(ax: Axes, daily: pd.DataFrame, metric: str) -> None:
    """One metric's events summed by day, as bars (the same event from many reports once)."""
    events = daily[(daily["metric"] == metric) & (daily["scope"] == "event")]
    ax.set_ylabel("events/day", fontsize=8)
    if events.empty:
        say(ax, "no event figures", size=8)
        return
    # One filled step outline over every day rather than a bar per day: a year of bars is
    # thousands of patches, slow to build and to draw.
    days = pd.date_range(events["date"].min(), events["date"].max(), freq="D")
    values = events.set_index("date")["value"].reindex(days, fill_value=0).astype(float)
    edges = days.append(pd.DatetimeIndex([days[-1] + pd.Timedelta(days=1)])) - pd.Timedelta(hours=12)
    ax.stairs(values.to_numpy(), mdates.date2num(edges), fill=True, color=EVENT_COLOUR, lw=0)
    count_axis(ax.yaxis)
    ax.yaxis.set_major_locator(ticker.MaxNLocator(3, integer=True))
    ax.set_ylim(bottom=0)


def date_axis(ax: Axes, start: pd.Timestamp, end: pd.Timestamp) -> None:
    """Dates that read well (concise, month names), over [start, end] padded a little."""
    pad = max(timedelta(days=2), (end - start) * 0.02)
    ax.set_xlim(start - pad, end + pad)
    locator = mdates.AutoDateLocator(minticks=4, maxticks=10)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))


def trend(
    daily: pd.DataFrame,
    metrics: Sequence[str] | None = None,
    cutoff: date | None = None,
    log: bool = False,
    title: str | None = None,
) -> Figure:
    """Cumulative tolls over time, one line per source with its reports marked, events as bars.

    `daily` is a day series (`series.series(figures, "day")`); one panel per metric, the
    data cut-off in the bottom right corner.
    """
    metrics = list(metrics or [m for m in METRICS if m in set(daily["metric"])] or ["killed"])
    height = PANEL_HEIGHT * len(metrics) + sum(MARGINS)
    fig = Figure(figsize=(WIDTH, height), dpi=DPI)
    grid = fig.add_gridspec(
        len(metrics), 1, hspace=0.3, left=0.08, right=0.97,
        top=1 - MARGINS[0] / height, bottom=MARGINS[1] / height,
    )  # fmt: skip
    colours = source_colours(daily["source"][daily["scope"] == "cumulative"])
    first = None
    for i, metric in enumerate(metrics):
        panel = grid[i].subgridspec(2, 1, height_ratios=[3, 1], hspace=0.08)
        tolls = fig.add_subplot(panel[0], sharex=first)
        first = first or tolls
        tolls.set_title(metric_title(metric), loc="left", fontsize=11, fontweight="bold")
        draw_tolls(tolls, daily, metric, colours, log)
        events = fig.add_subplot(panel[1], sharex=first)
        draw_events(events, daily, metric)
        for ax in (tolls, events)[: 1 if i == len(metrics) - 1 else 2]:
            ax.tick_params(labelbottom=False)
    cutoff = cutoff or (None if daily.empty else daily["date"].max().date())
    if cutoff:
        start = daily["date"].min() if not daily.empty else pd.Timestamp(cutoff)
        date_axis(first, start, pd.Timestamp(cutoff))
    fig.suptitle(printable(title or _title(metrics)), x=0.08, ha="left", fontsize=14,
                 fontweight="bold", y=1 - 0.3 / height)  # fmt: skip
    note(fig, daily, cutoff, height)
    return fig


def _title(metrics: Sequence[str]) -> str:
    return "People " + ", ".join(metrics) + ": cumulative tolls by source"


def note(fig: Figure, daily: pd.DataFrame, cutoff: date | None, height: float) -> None:
    """The sources and how to read the plot along the bottom; the data cut-off in the corner."""
    counts = reports_by_source(daily)
    sources = "; ".join(f"{s}, {_reports(n)}" for s, n in counts.items())
    text = (
        f"Sources: {sources or 'none'}. Lines carry each source's last stated toll forward; "
        "markers are the days a toll was stated for; bars sum the events reported for a day, "
        "one event counted once however many reports give it."
    )
    fig.text(0.08, 0.5 / height, printable(textwrap.fill(text, 185)), fontsize=7.5,
             color="#444444", va="top")  # fmt: skip
    corner = f"Data to {cutoff.day} {cutoff:%b %Y}" if cutoff else "No data"
    fig.text(0.97, 0.08 / height, corner, ha="right", fontsize=8, color="#444444",
             fontweight="bold")  # fmt: skip


def _reports(n: int) -> str:
    return f"{n:,} report{'s' * (n != 1)}"


def say(ax: Axes, text: str, size: float = 10) -> None:
    """A message in the middle of an empty panel, instead of an empty plot."""
    ax.text(0.5, 0.5, printable(text), transform=ax.transAxes, ha="center", va="center",
            color="#777777", fontsize=size)  # fmt: skip
    ax.set_yticks([])


def count_axis(axis: Axis) -> None:
    """Counts on an axis with thousands separators."""
    axis.set_major_formatter(ticker.FuncFormatter(thousands))


def save(fig: Figure, path: str | Path, dpi: int = DPI) -> Path:
    """Write a figure as PNG; a path that cannot be written is a TrackerError, in one line."""
    path = Path(path)
    try:
        fig.savefig(path, dpi=dpi, format="png", facecolor="white")
    except OSError as exc:
        raise TrackerError(f"{path}: cannot write the image: {exc.strerror or exc}") from exc
    return path
