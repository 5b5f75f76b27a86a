"""Crash safety and concurrency, with real processes: kill -9 midway, two ingests at once."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tracker.cli import app
from tracker.extract import extract_document
from tracker.sources import read_inputs
from tracker.store import open_store

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
CLI = [sys.executable, "-c", "from tracker.cli import main; main()"]
# Several of ingest's write batches (ingest.BATCH_DOCUMENTS), so that once the first batch
# is committed there is still most of the work to come.
DOCUMENTS = 1_500
# The write-ahead log passes this size when the first batch is committed: the moment to
# kill an ingest, or start a second one, with documents stored and more to come.
WAL_MIDWAY = 32 * 2**10


@pytest.fixture
def many(tmp_path: Path) -> Path:
    """A JSONL of DOCUMENTS distinct reports, each with figures."""
    path = tmp_path / "many.jsonl"
    lines = (
        json.dumps({"id": f"w-{i}", "published": "2021-03-01",
                    "text": f"Ward {i} bulletin. Police said {i + 2} people were arrested in "
                            f"ward {i}, and {i % 5 + 1} people were killed."})
        for i in range(DOCUMENTS)
    )  # fmt: skip
    path.write_text("\n".join(lines) + "\n")
    return path


def expected(*inputs: Path) -> dict[str, set[str]]:
    """What one clean run stores: each document id with its figure ids."""
    return {
        doc.id: {f.id_in(doc.id) for f in extract_document(doc)}
        for doc in read_inputs([str(i) for i in inputs])
    }


def stored(db: Path) -> dict[str, set[str]]:
    """What the store holds: each document id with its figure ids (opening it as a user would)."""
    with open_store(db) as store:
        docs = {doc_id: set() for doc_id in store.documents()["id"]}
        for row in store.figures()[["doc_id", "id"]].itertuples(index=False):
            docs[row.doc_id].add(row.id)
    return docs


def start_ingest(source: Path, db: Path) -> subprocess.Popen[bytes]:
    """An ingest in its own process, returned once it is midway through writing."""
    proc = subprocess.Popen(
        [*CLI, "ingest", str(source), "--db", str(db)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    wal, deadline = Path(f"{db}.wal"), time.monotonic() + 60
    while not (wal.exists() and wal.stat().st_size > WAL_MIDWAY):
        assert proc.poll() is None, "the ingest ended before it was midway"
        assert time.monotonic() < deadline, "the ingest never got going"
        time.sleep(0.005)
    return proc


def test_killed_ingest_leaves_whole_documents_and_a_rerun_completes(
    many: Path, tmp_path: Path
) -> None:
    db = tmp_path / "store.duckdb"
    proc = start_ingest(many, db)
    assert proc.poll() is None
    proc.kill()  # SIGKILL: no cleanup of any kind
    proc.wait()
    want = expected(many)
    after_kill = stored(db)
    assert 0 < len(after_kill) < DOCUMENTS
    assert all(figures == want[doc_id] for doc_id, figures in after_kill.items())
    result = CliRunner().invoke(app, ["ingest", str(many), "--db", str(db)])
    assert result.exit_code == 0, result.stderr
    assert stored(db) == want


def test_second_ingest_at_once_fails_clearly_and_the_first_completes(
    many: Path, tmp_path: Path
) -> None:
    db = tmp_path / "store.duckdb"
    first = start_ingest(many, db)
    second = CliRunner().invoke(app, ["ingest", str(FIXTURES / "report.txt"), "--db", str(db)])
    assert first.poll() is None  # the second really ran while the first was writing
    assert second.stderr == (
        f"Error: {db}: the store is in use by another process (PID {first.pid}); "
        "try again when it has finished\n"
    )
    assert second.exit_code == 1
    assert first.wait(timeout=120) == 0
    assert stored(db) == expected(many)
    again = CliRunner().invoke(app, ["ingest", str(FIXTURES / "report.txt"), "--db", str(db)])
    assert again.exit_code == 0
    assert stored(db) == expected(many, FIXTURES / "report.txt")
