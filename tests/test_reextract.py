"""`tracker reextract`: the current rules rerun over stored texts, and what changed reported."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from tracker import ingest as ingest_module
from tracker.cli import app
from tracker.model import Document, Figure
from tracker.store import open_store

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"


def run(*args: str) -> Result:
    return CliRunner().invoke(app, list(args))


def rows(db: Path) -> tuple[list[tuple], list[tuple]]:
    """Stored documents (id, text, extractor) and figures (doc, metric, value, rule)."""
    with open_store(db, read_only=True) as store:
        docs = store.documents()
        figs = store.figures()
        texts = {doc_id: text for doc_id, text, *_ in store.texts()}
    return (
        sorted((d, texts[d], v) for d, v in zip(docs["id"], docs["extractor"], strict=True)),
        sorted(zip(figs["doc_id"], figs["metric"], figs["value"], figs["rule"], strict=True)),
    )


def one_rule(doc: Document) -> list[Figure]:
    """Stand-in for upgraded rules: one `released` figure at the first word of every text."""
    word = doc.text.split()[0]
    return [Figure("released", 1, "exact", "event", word, 0, len(word), "upgrade")]


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "t.duckdb"
    result = run("ingest", str(FIXTURES / "report.txt"), str(FIXTURES / "docs.jsonl"),
                 "--db", str(path))  # fmt: skip
    assert result.exit_code == 0, result.stderr
    return path


def test_unchanged_rules_change_nothing(db: Path) -> None:
    before = rows(db)
    result = run("reextract", "--db", str(db))
    assert result.exit_code == 0, result.stderr
    assert "documents re-read  3\ndocuments changed  0\n" in result.stdout
    assert rows(db) == before


def test_new_rules_replace_figures_and_the_report_says_how(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    docs_before, figs_before = rows(db)
    monkeypatch.setattr(ingest_module, "extract_document", one_rule)
    monkeypatch.setattr(ingest_module, "EXTRACTOR_VERSION", "9.9.9")
    result = run("reextract", "--db", str(db))
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith(
        "reextract          count\n"
        "documents re-read  3\n"
        "documents changed  3\n"
        "figures added      3\n"
        f"figures removed    {len(figs_before)}\n"
    )
    assert "released  0       3      3\n" in result.stdout
    docs_after, figs_after = rows(db)
    assert [(d, t) for d, t, _ in docs_after] == [(d, t) for d, t, _ in docs_before]  # texts kept
    assert {v for *_, v in docs_after} == {"9.9.9"}
    assert {(m, r) for _, m, _, r in figs_after} == {("released", "upgrade")}


def test_a_rerun_after_new_rules_changes_nothing_more(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ingest_module, "extract_document", one_rule)
    run("reextract", "--db", str(db))
    result = run("reextract", "--db", str(db))
    assert "documents changed  0\nfigures added      0\nfigures removed    0\n" in result.stdout


def test_missing_store_is_an_error_and_not_created(tmp_path: Path) -> None:
    missing = tmp_path / "none.duckdb"
    result = run("reextract", "--db", str(missing))
    assert result.stderr == f"Error: {missing}: no such store (run `tracker ingest` first)\n"
    assert result.exit_code == 1
    assert not missing.exists()


def test_a_text_that_trips_new_rules_keeps_its_figures(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, figs_before = rows(db)

    def tripping(doc: Document) -> list[Figure]:
        raise ValueError("rule tripped")

    monkeypatch.setattr(ingest_module, "extract_document", tripping)
    result = run("reextract", "--db", str(db))
    assert result.exit_code == 1
    assert len(result.stderr.splitlines()) == 3
    assert result.stderr.endswith(": extraction failed (ValueError: rule tripped)\n")
    assert rows(db)[1] == figs_before
