"""`tracker ingest`: the closing table, re-runs, batch options, parallel workers, rule failures."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from tracker import ingest as ingest_module
from tracker.cli import app
from tracker.model import Document, Figure
from tracker.store import open_store

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
INPUTS = [str(FIXTURES / n) for n in ("report.txt", "nodate.html", "feed.xml", "docs.jsonl")]


def ingest(db: Path, *args: str) -> Result:
    return CliRunner().invoke(app, ["ingest", *args, "--db", str(db)])


def stored(db: Path) -> tuple[list[str], list[str]]:
    """Ids of the stored documents and figures."""
    with open_store(db, read_only=True) as store:
        return sorted(store.documents()["id"]), sorted(store.figures()["id"])


def test_closing_table_counts_new_known_failed_figures_and_undated(tmp_path: Path) -> None:
    db = tmp_path / "t.duckdb"
    result = ingest(db, *INPUTS, str(tmp_path / "gone.txt"))
    figures = len(stored(db)[1])
    assert result.stdout == (
        "ingest                    count\n"
        "documents new             6\n"
        "documents already known   0\n"
        "documents failed          1\n"
        f"figures stored            {figures}\n"
        "documents without a date  1\n"
    )
    assert result.exit_code == 1


def test_second_run_adds_nothing(tmp_path: Path) -> None:
    db = tmp_path / "t.duckdb"
    ingest(db, *INPUTS)
    first = stored(db)
    result = ingest(db, *INPUTS)
    assert "documents new             0\ndocuments already known   6\n" in result.stdout
    assert stored(db) == first
    assert result.exit_code == 0


def test_same_text_twice_in_one_batch_is_one_document(tmp_path: Path) -> None:
    copy = tmp_path / "copy.txt"
    copy.write_bytes((FIXTURES / "report.txt").read_bytes())
    result = ingest(tmp_path / "t.duckdb", str(FIXTURES / "report.txt"), str(copy))
    assert "documents new             1\ndocuments already known   1\n" in result.stdout


def test_outlet_and_tags_are_stored_for_the_batch(tmp_path: Path) -> None:
    db = tmp_path / "t.duckdb"
    ingest(db, INPUTS[1], "--outlet", "Sanchaung Weekly", "--tag", "clinics", "--tag", "yangon")
    with open_store(db, read_only=True) as store:
        (row,) = store.documents().to_dict("records")
    assert (row["outlet"], list(row["tags"])) == ("Sanchaung Weekly", ["clinics", "yangon"])


def test_no_progress_bar_when_stdout_is_not_a_terminal(tmp_path: Path) -> None:
    result = ingest(tmp_path / "t.duckdb", *INPUTS)
    assert result.stdout.startswith("ingest ")  # the table, nothing drawn before it


def test_workers_store_the_same_as_one_process(tmp_path: Path) -> None:
    ingest(tmp_path / "one.duckdb", *INPUTS)
    result = ingest(tmp_path / "two.duckdb", *INPUTS, "--workers", "2")
    assert result.exit_code == 0, result.stderr
    assert stored(tmp_path / "two.duckdb") == stored(tmp_path / "one.duckdb")


def test_a_report_that_trips_the_rules_fails_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def tripping(doc: Document) -> list[Figure]:
        if "curfew" in doc.text:
            raise ValueError("rule tripped")
        return []

    monkeypatch.setattr(ingest_module, "extract_document", tripping)
    result = ingest(tmp_path / "t.duckdb", INPUTS[3])
    assert result.stderr == "Error: desk-002: extraction failed (ValueError: rule tripped)\n"
    assert "documents new             1\n" in result.stdout
    assert result.exit_code == 1
