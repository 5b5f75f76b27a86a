"""The `tracker` command: parse options, call the library, print. Errors end as one line.

Heavy modules (pandas, duckdb, matplotlib, quantulum3) are imported inside the commands
so that `tracker --help` answers at once.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import Annotated

import typer

from .errors import TrackerError
from .output import Format

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


def parse_day(value: str | None, option: str) -> date | None:
    """A YYYY-MM-DD option value, or a BadParameter naming the option."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)", param_hint=option) from None


def split_metrics(value: str | None) -> list[str]:
    """A comma-separated metric list, checked against the known metrics."""
    from .model import METRICS

    if not value:
        return []
    metrics = [m.strip() for m in value.split(",") if m.strip()]
    unknown = [m for m in metrics if m not in METRICS]
    if unknown:
        raise typer.BadParameter(
            f"unknown metric {', '.join(unknown)} (one of {', '.join(METRICS)})",
            param_hint="--metric",
        )
    return metrics


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Report files, folders of them, or .jsonl.")],
    db: DbOption = DEFAULT_DB,
    published: Annotated[
        str | None, typer.Option(help="Published date (YYYY-MM-DD) for reports that state none.")
    ] = None,
) -> None:
    """Read reports, extract every figure, and keep documents and figures in the store.

    A report's title is its first line; its date comes from a `published: YYYY-MM-DD`
    line, else a date in the file name, else --published. Ingesting a report twice adds
    nothing. Example:

        tracker ingest data/samples --db myanmar.duckdb
    """
    from .ingest import ingest as run_ingest
    from .sources import Batch, read_inputs
    from .store import open_store

    when = parse_day(published, "--published")
    batch = Batch()
    try:
        with open_store(db) as store:
            summary = run_ingest(read_inputs(paths, when, batch), store)
    except TrackerError as exc:
        fail(str(exc))
        raise typer.Exit(1) from None
    for error in batch.failures:
        fail(str(error))
    summary.failed = len(batch.failures)
    typer.echo(
        f"documents: {summary.new} new, {summary.known} already known, {summary.failed} failed; "
        f"figures stored: {summary.figures}; documents without a date: {summary.undated}"
    )
    if batch.failures:
        raise typer.Exit(1)


@app.command()
def extract(
    paths: Annotated[list[str], typer.Argument(help="Report files, folders, or .jsonl of documents.")],
    published: Annotated[
        str | None, typer.Option(help="Published date (YYYY-MM-DD) for reports that state none.")
    ] = None,
    fmt: FormatOption = Format.table,
) -> None:
    """Print the figures in reports without storing them.

    With --format jsonl each line is one figure with the fields metric, value, low, high,
    qualifier, scope, source, source_text, as_of, location, quote, start, end, rule and doc
    (the path, or the `id` of a JSONL document). Example:

        tracker extract report.txt --published 2021-03-26 --format jsonl
    """
    from .extract import extract_document
    from .model import FIGURE_FIELDS
    from .output import write_records
    from .sources import Batch, read_inputs

    batch = Batch()
    records = []
    for doc in read_inputs(paths, parse_day(published, "--published"), batch):
        records += [{**f.to_dict(), "doc": doc.ref} for f in extract_document(doc)]
    columns = [*FIGURE_FIELDS, "doc"]
    if fmt is Format.table:
        columns = ["doc", "metric", "value", "qualifier", "scope", "source", "as_of", "quote"]
    write_records(records, fmt, columns, table_widths={"quote": 70, "doc": 30})
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


def main() -> None:
    """Entry point that keeps tracebacks from reaching the user."""
    try:
        app()
    except TrackerError as exc:
        fail(str(exc))
        sys.exit(1)
