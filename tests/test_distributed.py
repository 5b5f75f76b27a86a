"""The Dask path on a two-worker LocalCluster, and `extract --format parquet`, against one process."""

from __future__ import annotations

import json
import math
from datetime import date, datetime
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from tracker.cli import app
from tracker.extract import extract_document
from tracker.model import FIGURE_FIELDS, Document

distributed = pytest.importorskip("distributed")

from tracker.distributed import extract_to_parquet, read_figures  # noqa: E402

# Short reports written for this test: (text, published).
REPORTS = [
    ("Security forces shot dead four people in Monywa on Saturday, residents said.", "2021-03-28"),
    ("Police arrested 27 students outside the university gates on Monday.", "2021-03-02"),
    ("At least 60 people have been killed since the coup, the UN human rights office said.", "2021-03-05"),
    ("The AAPP said 1,700 people were detained in total, and 1,200 remain in detention.", "2021-03-06"),
    ("Two journalists were charged under section 505A on Thursday.", "2021-03-12"),
    ("Around 300 villagers fled their homes after shelling, a local aid worker said.", "2021-04-01"),
    ("More than 20 protesters were injured when troops fired rubber bullets in Mandalay.", "2021-02-20"),
    ("Authorities released 628 prisoners from Insein prison on Wednesday.", "2021-03-24"),
    ("A doctor said three people were wounded in the raid on Hlaing Tharyar.", "2021-03-15"),
    ("State media said 11 people were sentenced to death by a military tribunal.", "2021-04-09"),
    ("Some 50 people are still missing after the crackdown in Bago, relatives said.", "2021-04-10"),
    ("Nearly 100 people were arrested overnight in Yangon, according to the AAPP.", "2021-03-20"),
    ("The death toll rose to 149, the UN said on Tuesday.", "2021-03-16"),
    ("Troops detained about 40 workers at a factory in Shwepyitha on Friday.", "2021-03-19"),
    ("Eight people were killed in Aung Ban, a rescue worker said.", "2021-03-31"),
    ("The junta freed 23,000 prisoners in an amnesty on Friday, state television reported.", "2021-02-13"),
    ("Between 10 and 15 people were wounded in Kale, witnesses said.", "2021-04-07"),
    ("An estimated 250,000 people have been displaced by the fighting, the UN said.", "2021-06-10"),
    ("Police charged 19 teachers with incitement on Monday.", "2021-04-19"),
    ("Seven people were shot dead in Myingyan, according to a local news outlet.", "2021-03-03"),
    ("Activists said at least 510 protesters have been killed so far.", "2021-03-29"),
    ("Soldiers arrested five medics at a clinic in Mandalay on Sunday.", "2021-04-04"),
    ("Fewer than 30 people were released from Obo prison on Tuesday.", "2021-04-13"),
    ("The AAPP said 2,559 people were currently detained.", "2021-03-25"),
    ("A seven-year-old girl was shot dead in her home in Mandalay, her family said.", "2021-03-24"),
    ("No one was hurt when the march passed the city hall on its 23rd day.", "2021-02-28"),
    ("About 1,000 residents fled across the border into Thailand after air strikes.", "2021-03-29"),
    ("Three dozen people were arrested in Dawei on Thursday, a resident said.", "2021-04-08"),
]


def _write_corpus(folder: Path, files: int = 4) -> list[dict[str, str]]:
    """The reports as JSONL documents spread over a few files; returns the document objects."""
    objects = [
        {"id": f"r{n:02d}", "text": text, "published": day, "title": text[:30], "url": f"https://example.org/{n}"}
        for n, (text, day) in enumerate(REPORTS)
    ]
    for i in range(files):
        lines = [json.dumps(o) for o in objects[i::files]]
        (folder / f"docs-{i}.jsonl").write_text("\n".join(lines) + "\n")
    return objects


def _one_process(objects: list[dict[str, str]]) -> set[tuple]:
    """Figure records from extract_document, run here in one process, as comparable rows."""
    rows = set()
    for o in objects:
        doc = Document(text=o["text"], ref=o["id"], title=o["title"], url=o["url"],
                       published=date.fromisoformat(o["published"]), found_by="jsonl")  # fmt: skip
        rows |= {_row({**f.to_dict(), "doc": doc.ref}) for f in extract_document(doc)}
    return rows


def _row(record: dict[str, object]) -> tuple:
    """A record as a tuple in contract order: dates as ISO strings, nulls as None, numbers as int."""

    def plain(value: object) -> object:
        if value is None or (isinstance(value, float) and math.isnan(value)) or str(value) in ("<NA>", "NaT"):
            return None
        if isinstance(value, datetime):
            return value.date().isoformat()
        if isinstance(value, date):
            return value.isoformat()
        return value.item() if hasattr(value, "item") else value

    return tuple(plain(record[k]) for k in (*FIGURE_FIELDS, "doc"))


def test_dask_on_two_workers_equals_one_process(tmp_path: Path) -> None:
    objects = _write_corpus(tmp_path)
    bad = tmp_path / "docs-bad.jsonl"
    bad.write_text(json.dumps({"id": "ok", "text": "Police arrested 9 people."}) + "\n{not json\n")
    out = tmp_path / "figures"
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        result = extract_to_parquet(str(tmp_path / "*.jsonl"), out, client=client)
    assert result.failures == [
        f"{bad}:2: not valid JSON (Expecting property name enclosed in double quotes at column 2)"
    ]
    assert len(list(out.glob("*.parquet"))) == 5  # one partition per file
    frame = read_figures(out)
    assert list(frame.columns) == [*FIGURE_FIELDS, "doc"]
    got = [_row(r) for r in frame.to_dict("records")]
    assert len(got) == len(set(got))
    expected = _one_process(objects)
    assert len(expected) >= len(REPORTS) - 3
    assert set(got) - {r for r in got if r[-1] == "ok"} == expected
    assert [r[:2] for r in got if r[-1] == "ok"] == [("arrested", 9)]


def test_extract_format_parquet_matches_jsonl(tmp_path: Path) -> None:
    _write_corpus(tmp_path, files=1)
    docs, out = str(tmp_path / "docs-0.jsonl"), tmp_path / "out"
    runner = CliRunner()
    written = runner.invoke(app, ["extract", docs, "--format", "parquet", "--out", str(out)])
    assert written.exit_code == 0, written.output
    assert written.stdout.startswith("wrote ")
    jsonl = runner.invoke(app, ["extract", docs, "--format", "jsonl"])
    expected = {_row(json.loads(line)) for line in jsonl.stdout.splitlines()}
    with duckdb.connect() as con:
        frame = con.sql(f"SELECT * FROM read_parquet('{out}/*.parquet')").df()
        types = dict(con.sql(f"DESCRIBE SELECT * FROM read_parquet('{out}/*.parquet')").fetchall()[i][:2]
                     for i in range(len(frame.columns)))  # fmt: skip
    assert types["as_of"] == "DATE" and types["value"] == "BIGINT"
    assert {_row(r) for r in frame.to_dict("records")} == expected and len(frame) == len(expected)
    again = runner.invoke(app, ["extract", docs, "--format", "parquet", "--out", str(out)])
    assert again.exit_code == 0 and len(list(out.glob("*.parquet"))) == 1  # a rerun replaces its file


def test_extract_format_parquet_needs_out(tmp_path: Path) -> None:
    _write_corpus(tmp_path, files=1)
    result = CliRunner().invoke(app, ["extract", str(tmp_path / "docs-0.jsonl"), "--format", "parquet"])
    assert result.exit_code == 2
    assert result.stderr.strip() == "Error: --out: needed with --format parquet, and only with it"
