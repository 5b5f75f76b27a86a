"""The `tracker` command: parse options, call the library, print. Errors end as one line.

Heavy modules (pandas, duckdb, matplotlib, quantulum3) are imported inside the commands
so that `tracker --help` answers at once.
"""

from __future__ import annotations

import sys
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from .errors import TrackerError
from .output import ExtractFormat, Format
from .sources.dispatch import InputFormat

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from .api import Tracker

app = typer.Typer(
    help="Turn news reports about a crisis into a sourced time series of people killed, "
    "injured, arrested, detained, released, charged, sentenced, missing and displaced.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

DbOption = Annotated[
    Path,
    typer.Option("--db", envvar="TRACKER_DB", help="The DuckDB store file.", show_default=True),
]
FormatOption = Annotated[Format, typer.Option("--format", "-f", help="Output format.")]
DEFAULT_DB = Path("tracker.duckdb")


def fail(message: str) -> None:
    """Print one line on stderr."""
    typer.echo(f"Error: {message}", err=True)


def bad_option(option: str, message: str) -> typer.Exit:
    """Say in one line what is wrong with an option's value; the caller raises the Exit."""
    fail(f"{option}: {message}")
    return typer.Exit(2)


def parse_day(value: str | None, option: str) -> date | None:
    """A YYYY-MM-DD option value; a bad one ends the command with a line naming the option."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise bad_option(option, f"{value!r} is not a date (YYYY-MM-DD)") from None


def split_metrics(value: str | None) -> list[str]:
    """A comma-separated metric list, checked against the known metrics."""
    from .model import METRICS

    if not value:
        return []
    metrics = [m.strip() for m in value.split(",") if m.strip()]
    unknown = [m for m in metrics if m not in METRICS]
    if unknown:
        raise bad_option("--metric", f"unknown metric {', '.join(unknown)} (one of {', '.join(METRICS)})")
    return metrics


def _progress(label: str):
    """A live count of documents on a terminal; silent when stdout is a pipe or a file."""
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    return Progress(
        SpinnerColumn(),
        TextColumn(f"{label} {{task.completed}} documents"),
        TimeElapsedColumn(),
        TextColumn("{task.description}"),
        disable=not sys.stdout.isatty(),
        transient=True,
    )


def _show_failures(failures: list[TrackerError], notices: list[object] | None = None) -> None:
    """Each notice as one `Warning:` line, each failure as one `Error:` line, on stderr."""
    for notice in notices or []:
        typer.echo(f"Warning: {notice}", err=True)
    for error in failures:
        fail(str(error))


@app.command()
def ingest(
    paths: Annotated[
        list[str],
        typer.Argument(
            help="Files, folders (searched recursively), globs, http(s) URLs, or - for stdin: "
            "text, Markdown, HTML pages, RSS/Atom feeds, JSONL of documents, lists of URLs."
        ),
    ],
    db: DbOption = DEFAULT_DB,
    input_format: Annotated[
        InputFormat,
        typer.Option("--format", help="How to read files and stdin; auto goes by extension, "
                     "then content."),
    ] = InputFormat.auto,
    published: Annotated[
        str | None, typer.Option(help="Published date (YYYY-MM-DD) for reports that state none.")
    ] = None,
    outlet: Annotated[str | None, typer.Option(help="Outlet for reports that name none.")] = None,
    tag: Annotated[
        list[str] | None, typer.Option(help="A tag for every document of the batch; repeatable.")
    ] = None,
    text_field: Annotated[str | None, typer.Option(help="JSONL field with the text.")] = None,
    id_field: Annotated[str | None, typer.Option(help="JSONL field with the id.")] = None,
    title_field: Annotated[str | None, typer.Option(help="JSONL field with the title.")] = None,
    url_field: Annotated[str | None, typer.Option(help="JSONL field with the URL.")] = None,
    published_field: Annotated[
        str | None, typer.Option(help="JSONL field with the published date.")
    ] = None,
    outlet_field: Annotated[
        str | None, typer.Option(help="JSONL field with the outlet; a.b reaches into objects.")
    ] = None,
    workers: Annotated[
        int, typer.Option(min=1, help="Processes extracting in parallel; one writes the store.")
    ] = 1,
    timeout: Annotated[
        float, typer.Option(min=0.1, help="Seconds allowed to fetch each URL.")
    ] = 20.0,
) -> None:
    """Read reports, extract every figure, and keep documents and figures in the store.

    A text report's title is its first line and its date a `published: YYYY-MM-DD` line,
    else a date in the file name; HTML pages and feed entries state their own title and
    date. --published and --outlet fill in what a report does not state. Each bad input
    is reported on one line and the rest goes on; the exit code is 1 if any failed.
    Ingesting a report twice adds nothing. Examples:

        tracker ingest data/samples --db myanmar.duckdb

        curl -s https://example.org/feed.xml | tracker ingest - --tag feed

        tracker ingest export.jsonl --text-field maintext --published-field date_publish
    """
    from .ingest import ingest as run_ingest
    from .output import write_records
    from .sources import Batch, read_inputs
    from .store import open_store

    fields = {"text": text_field, "id": id_field, "title": title_field, "url": url_field,
              "published": published_field, "outlet": outlet_field}  # fmt: skip
    batch = Batch()
    docs = read_inputs(
        paths, parse_day(published, "--published"), batch, fmt=input_format, outlet=outlet,
        tags=tag or (), fields={k: v for k, v in fields.items() if v}, timeout=timeout,
    )  # fmt: skip
    try:
        with open_store(db) as store, _progress("ingested") as progress:
            task = progress.add_task("", total=None)
            summary = run_ingest(
                docs, store, workers, lambda d: progress.update(task, advance=1, description=d.ref)
            )
    except TrackerError as exc:
        _show_failures([*batch.failures, exc], list(batch.notices))
        raise typer.Exit(1) from None
    failures = [*batch.failures, *summary.failures]
    _show_failures(failures, list(batch.notices))
    rows = [("documents new", summary.new), ("documents already known", summary.known),
            ("documents failed", len(failures)), ("figures stored", summary.figures),
            ("documents without a date", summary.undated)]  # fmt: skip
    write_records([{"ingest": k, "count": v} for k, v in rows], Format.table, ["ingest", "count"])
    if failures:
        raise typer.Exit(1)


@app.command()
def reextract(
    db: DbOption = DEFAULT_DB,
    workers: Annotated[
        int, typer.Option(min=1, help="Processes extracting in parallel; one writes the store.")
    ] = 1,
) -> None:
    """Rerun the current extraction rules over every stored text, and report what changed.

    Run it after an upgrade of the rules: figures that changed are rewritten, document by
    document, each in one transaction; the texts are never touched. Example:

        tracker reextract --db myanmar.duckdb
    """
    from .ingest import reextract as run_reextract
    from .output import write_records
    from .store import open_store

    if not db.exists():  # re-reading nothing would only leave an empty store behind
        fail(f"{db}: no such store (run `tracker ingest` first)")
        raise typer.Exit(1)
    try:
        with open_store(db) as store, _progress("re-read") as progress:
            task = progress.add_task("", total=None)
            result = run_reextract(
                store, workers, lambda d: progress.update(task, advance=1, description=d.ref)
            )
    except TrackerError as exc:
        fail(str(exc))
        raise typer.Exit(1) from None
    _show_failures(result.failures)
    rows = [("documents re-read", result.documents), ("documents changed", result.changed),
            ("figures added", result.added), ("figures removed", result.removed),
            ("figures modified", result.modified)]  # fmt: skip
    write_records([{"reextract": k, "count": v} for k, v in rows], Format.table,
                  ["reextract", "count"])  # fmt: skip
    metrics = sorted(result.before.keys() | result.after.keys())
    by_metric = [{"metric": m, "before": result.before[m], "after": result.after[m],
                  "change": result.after[m] - result.before[m]} for m in metrics]  # fmt: skip
    if by_metric:
        typer.echo()
        write_records(by_metric, Format.table, ["metric", "before", "after", "change"])
    if result.failures:
        raise typer.Exit(1)


@app.command()
def extract(
    paths: Annotated[list[str], typer.Argument(help="Report files, folders, or .jsonl of documents.")],
    published: Annotated[
        str | None, typer.Option(help="Published date (YYYY-MM-DD) for reports that state none.")
    ] = None,
    fmt: Annotated[ExtractFormat, typer.Option("--format", "-f", help="Output format.")] = ExtractFormat.table,
    out: Annotated[
        Path | None, typer.Option(help="Folder the Parquet file is written to (with --format parquet).")
    ] = None,
) -> None:
    """Print the figures in reports without storing them.

    With --format jsonl each line is one figure with the fields metric, value, low, high,
    qualifier, scope, source, source_text, as_of, location, quote, start, end, rule and doc
    (the path, or the `id` of a JSONL document). --format parquet --out DIR writes the same
    rows (as_of as a date) to one Parquet file in DIR, named after the documents, that DuckDB
    reads with `SELECT * FROM read_parquet('DIR/*.parquet')`. Examples:

        tracker extract report.txt --published 2021-03-26 --format jsonl

        tracker extract docs.jsonl --format parquet --out figures/
    """
    from .model import FIGURE_FIELDS
    from .output import write_records
    from .parquet import figure_records, write_parquet
    from .sources import Batch, read_inputs

    if (fmt is ExtractFormat.parquet) != (out is not None):
        raise bad_option("--out", "needed with --format parquet, and only with it")
    if out is not None and out.exists() and not out.is_dir():
        raise bad_option("--out", f"{out} is a file, not a folder")
    batch = Batch()
    records, refs = [], []
    for doc in read_inputs(paths, parse_day(published, "--published"), batch):
        records += figure_records(doc)
        refs.append(doc.ref)
    if out is not None:
        try:
            path = write_parquet(records, refs, out)
        except OSError as exc:
            fail(f"{out}: cannot write the Parquet file ({exc.strerror or exc})")
            raise typer.Exit(1) from None
        typer.echo(f"wrote {len(records)} figures from {len(refs)} documents to {path}")
    else:
        columns = [*FIGURE_FIELDS, "doc"]
        if fmt is ExtractFormat.table:
            columns = ["doc", "metric", "value", "qualifier", "scope", "source", "as_of", "quote"]
        write_records(records, Format(fmt.value), columns, table_widths={"quote": 70, "doc": 30})
    for error in batch.failures:
        fail(str(error))
    if batch.failures:
        raise typer.Exit(1)


@app.command()
def figures(
    db: DbOption = DEFAULT_DB,
    metric: Annotated[str | None, typer.Option(help="Metrics, comma-separated.")] = None,
    source: Annotated[str | None, typer.Option(help="Only figures from this source.")] = None,
    since: Annotated[str | None, typer.Option(help="Only figures dated on or after.")] = None,
    fmt: FormatOption = Format.table,
) -> None:
    """List stored figures with their provenance: document, date, source and sentence.

        tracker figures --metric killed --source AAPP --format csv > killed.csv
    """
    from .output import write_records
    from .store import open_store

    metrics = split_metrics(metric)
    try:
        with open_store(db, read_only=True) as store:
            frame = store.figures(metrics, source, parse_day(since, "--since"))
    except TrackerError as exc:
        fail(str(exc))
        raise typer.Exit(1) from None
    columns = ["as_of", "metric", "value", "qualifier", "scope", "source", "location",
               "quote", "title", "published", "ref", "start", "end", "rule", "doc_id"]  # fmt: skip
    if fmt is Format.table:
        columns = ["as_of", "metric", "value", "qualifier", "scope", "source", "quote", "title"]
    write_records(
        frame.to_dict("records"), fmt, columns, table_widths={"quote": 60, "title": 30}
    )


@app.command("eval")
def evaluate(
    gold: Annotated[list[Path], typer.Argument(help="Gold JSONL files (see tests/gold/README.md).")],
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="List each miss, false figure and wrong field.")
    ] = False,
    floors: Annotated[
        Path | None,
        typer.Option(help="JSON of minimum scores; exit 1 when a score falls below one."),
    ] = None,
    skip: Annotated[
        Path | None,
        typer.Option(help="File of passage ids, one a line, to leave out: those the rules' author has seen."),
    ] = None,
) -> None:
    """Score extraction on annotated gold passages: precision, recall and F1 per metric.

    Also prints how often qualifier, scope, source and as_of are right on the figures
    found. Example:

        tracker eval tests/gold/test.jsonl --floors tests/gold/floors.json
    """
    import json

    from .evaluate import check_floors, load_gold, score
    from .model import METRICS

    try:
        seen = set(skip.read_text().split()) if skip else set()
        passages = [p for path in gold for p in load_gold(path) if p.id not in seen]
        pinned = json.loads(floors.read_text()) if floors else {}
    except (TrackerError, OSError, ValueError) as exc:
        fail(str(exc))
        raise typer.Exit(1) from None
    result = score(passages)
    if verbose:
        for miss in result.misses:
            typer.echo(f"{miss.passage}  {miss.kind:<15} {miss.metric} {miss.value}  "
                       f"{miss.detail}\n    {miss.sentence}")  # fmt: skip
        typer.echo("")
    typer.echo(f"{len(passages)} passages\n")
    typer.echo(f"{'metric':<10} {'gold':>5} {'found':>6} {'P':>6} {'R':>6} {'F1':>6}")
    for metric in [*METRICS, None]:
        gold_n = result.tp[metric] + result.fn[metric] if metric else (
            sum(result.tp.values()) + sum(result.fn.values()))  # fmt: skip
        found_n = result.tp[metric] + result.fp[metric] if metric else (
            sum(result.tp.values()) + sum(result.fp.values()))  # fmt: skip
        p, r, f1 = result.prf(metric)
        typer.echo(f"{metric or 'overall':<10} {gold_n:>5} {found_n:>6} {p:>6.3f} {r:>6.3f} {f1:>6.3f}")
    typer.echo("\naccuracy on matched figures:")
    for name in ("qualifier", "scope", "source", "as_of"):
        typer.echo(f"  {name:<10} {result.accuracy(name):.3f}  ({result.judged[name]} judged)")
    typer.echo(f"  negatives read as figures: {result.negatives_hit}")
    below = check_floors(result, pinned)
    for line in below:
        fail(line)
    if below:
        raise typer.Exit(1)


# The numbers people read: series, checks, plots, the weekly report and exports.
class Freq(StrEnum):
    """How finely `tracker series` rolls figures up."""

    day = "day"
    week = "week"


class ExportFormat(StrEnum):
    """File formats `tracker export` writes."""

    csv = "csv"
    parquet = "parquet"
    json = "json"


class ExportWhat(StrEnum):
    """What `tracker export` writes: figures with their provenance, or a series."""

    figures = "figures"
    series = "series"


MetricOption = Annotated[str | None, typer.Option(help="Metrics, comma-separated (default all).")]
SourceOption = Annotated[
    str | None, typer.Option(help="Only this source ('unattributed' for figures with none).")
]
SinceOption = Annotated[str | None, typer.Option(help="From this day on (YYYY-MM-DD).")]
UntilOption = Annotated[str | None, typer.Option(help="Up to this day (YYYY-MM-DD).")]
FreqOption = Annotated[Freq, typer.Option(help="By day, or by ISO week (Monday's date).")]


def load_tracker(db: Path) -> Tracker:
    """The store's figures, or a one-line error and exit 1."""
    from .api import load

    try:
        return load(db)
    except TrackerError as exc:
        fail(str(exc))
        raise typer.Exit(1) from None


def parse_week(value: str | None) -> str | None:
    """An ISO week option value like 2021-W12; a bad one ends the command with one line."""
    from .series import iso_week, week_label

    if value is None:
        return None
    try:
        return week_label(iso_week(value)[0])
    except TrackerError as exc:
        raise bad_option("--week", str(exc)) from None


def write_png(fig: Figure, out: Path, dpi: int) -> None:
    """Save a figure, or a one-line error and exit 1; say where it went."""
    from .plot import save

    try:
        save(fig, out, dpi)
    except TrackerError as exc:
        fail(str(exc))
        raise typer.Exit(1) from None
    typer.echo(f"wrote {out}")


@app.command("series")
def series_command(
    db: DbOption = DEFAULT_DB,
    metric: MetricOption = None,
    source: SourceOption = None,
    freq: FreqOption = Freq.day,
    since: SinceOption = None,
    until: UntilOption = None,
    fmt: FormatOption = Format.table,
) -> None:
    """Print the toll by day or week per metric and source, with its citing documents.

    A cumulative row is the largest toll the source stated for that day, carried forward
    to the data cut-off (stated_on tells the day it was stated for); an event row sums the
    day's events, the same event from several reports counted once. Example:

        tracker series --metric killed --source AAPP --freq week --format csv
    """
    from .export import records
    from .output import write_records

    tracker = load_tracker(db)
    frame = tracker.series(
        split_metrics(metric), source, freq.value, parse_day(since, "--since"),
        parse_day(until, "--until"),
    )  # fmt: skip
    columns = ["date", "metric", "scope", "source", "value", "documents", "stated_on"]
    if freq is Freq.week:
        columns = ["week", *columns[:5], "change", *columns[5:]]
    write_records(records(frame), fmt, columns)


@app.command()
def check(
    db: DbOption = DEFAULT_DB,
    metric: MetricOption = None,
    source: SourceOption = None,
    factor: Annotated[
        float, typer.Option(min=1.0, help="Flag a toll that grows more than this many times.")
    ] = 10.0,
    fmt: FormatOption = Format.table,
) -> None:
    """Flag what looks wrong in the series, with the figures and sentences behind each flag.

    falls: a source's toll is lower than the one it stated before; jump: it grew more than
    --factor times in one step; events_exceed: a week's events add up to more than the
    highest toll stated by its end. Example:

        tracker check --metric killed --format json
    """
    from .export import records
    from .output import write_records

    tracker = load_tracker(db)
    flags = tracker.checks(split_metrics(metric), source, factor)
    if fmt is not Format.table:
        write_records(records(flags), fmt, list(flags.columns))
        return
    if flags.empty:
        typer.echo("No flags: no toll falls or jumps, and no week's events exceed a toll.")
    for flag in flags.itertuples():
        typer.echo(f"{flag.check}: {flag.message}")
        typer.echo(f'    "{flag.quote}"\n        ({flag.ref})')
        typer.echo(f'    against "{flag.other_quote}"\n        ({flag.other_ref})\n')


@app.command()
def plot(
    db: DbOption = DEFAULT_DB,
    metric: MetricOption = None,
    source: SourceOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    log: Annotated[bool, typer.Option("--log", help="A logarithmic scale for tolls.")] = False,
    title: Annotated[str | None, typer.Option(help="A title of your own.")] = None,
    out: Annotated[Path, typer.Option("--out", "-o", help="The PNG to write.")] = Path(
        "trend.png"
    ),
) -> None:
    """Draw the cumulative toll over time as a PNG: a line per source, each report marked.

    One panel per metric, its events as bars below it; the sources and the data cut-off
    are noted at the bottom. Example:

        tracker plot --metric killed,arrested --since 2021-02-01 --out trend.png
    """
    from .plot import DPI

    tracker = load_tracker(db)
    fig = tracker.plot(
        split_metrics(metric), source, parse_day(since, "--since"), parse_day(until, "--until"),
        log=log, title=title,
    )  # fmt: skip
    write_png(fig, out, DPI)


@app.command()
def report(
    db: DbOption = DEFAULT_DB,
    week: Annotated[
        str | None, typer.Option(help="The ISO week, like 2021-W12 (default: the last full one).")
    ] = None,
    out: Annotated[Path, typer.Option("--out", "-o", help="The PNG to write.")] = Path(
        "weekly.png"
    ),
) -> None:
    """Write the weekly report: one A4 PNG to read without the tool.

    The latest toll per metric with its source and change on the week before, the trend,
    the week's events by day, and the week's key figures with their sentences. Example:

        tracker report --week 2021-W12 --out weekly.png
    """
    from .report import DPI

    tracker = load_tracker(db)
    write_png(tracker.report(parse_week(week)), out, DPI)


@app.command()
def export(
    out: Annotated[Path, typer.Option("--out", "-o", help="The file to write.")],
    what: Annotated[ExportWhat, typer.Argument(help="figures or series.")] = ExportWhat.figures,
    db: DbOption = DEFAULT_DB,
    fmt: Annotated[ExportFormat, typer.Option("--format", "-f", help="File format.")] = (
        ExportFormat.csv
    ),
    metric: MetricOption = None,
    source: SourceOption = None,
    freq: Annotated[Freq, typer.Option(help="For a series: by day, or by ISO week.")] = Freq.day,
) -> None:
    """Write figures (with document, sentence, span and rule) or a series to a file.

        tracker export figures --format parquet --out figures.parquet
        tracker export series --freq week --format json --out weekly.json
    """
    from .export import write

    tracker = load_tracker(db)
    metrics = split_metrics(metric)
    if what is ExportWhat.figures:
        frame = tracker.figures(metrics, source)
    else:
        frame = tracker.series(metrics, source, freq.value)
    try:
        rows = write(frame, fmt.value, out)
    except TrackerError as exc:
        fail(str(exc))
        raise typer.Exit(1) from None
    typer.echo(f"wrote {rows} rows of {what.value} to {out}")


def main() -> None:
    """Entry point that keeps tracebacks from reaching the user."""
    try:
        app()
    except TrackerError as exc:
        fail(str(exc))
        sys.exit(1)
