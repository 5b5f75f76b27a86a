"""The `extract` contract and the `eval` command, driven as a user would."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from tracker.cli import app
from tracker.model import FIGURE_FIELDS

runner = CliRunner()
FIXTURES = Path(__file__).parent / "fixtures"
GOLD = Path(__file__).parent / "gold"


def test_extract_jsonl_has_exactly_the_contract_fields() -> None:
    result = runner.invoke(
        app, ["extract", str(FIXTURES / "acceptance-2021-03-26.txt"),
              "--published", "2021-03-26", "--format", "jsonl"],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows and all(list(r) == [*FIGURE_FIELDS, "doc"] for r in rows)
    assert {r["doc"] for r in rows} == {str(FIXTURES / "acceptance-2021-03-26.txt")}


def test_extract_jsonl_documents_carry_their_id(tmp_path: Path) -> None:
    docs = tmp_path / "docs.jsonl"
    docs.write_text(
        json.dumps({"id": "a1", "text": "Police said 42 people were arrested.",
                    "published": "2021-03-01"}) + "\n"
        + json.dumps({"id": "b2", "text": "Three protesters were shot dead on Sunday."}) + "\n"
    )  # fmt: skip
    result = runner.invoke(app, ["extract", str(docs), "--format", "jsonl"])
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["doc"], r["metric"], r["value"]) for r in rows] == [
        ("a1", "arrested", 42), ("b2", "killed", 3)
    ]  # fmt: skip


def test_extract_csv_has_a_header_and_one_row_per_figure() -> None:
    result = runner.invoke(
        app, ["extract", str(FIXTURES / "acceptance-2021-03-26.txt"), "--format", "csv"]
    )
    lines = result.stdout.splitlines()
    assert lines[0].split(",")[:3] == ["metric", "value", "low"]
    assert len(lines) == 1 + 6


def test_eval_prints_scores_and_passes_its_floors() -> None:
    result = runner.invoke(
        app, ["eval", str(GOLD / "test.jsonl"), "--floors", str(GOLD / "floors.json")]
    )
    assert result.exit_code == 0, result.output
    assert "overall" in result.stdout and "qualifier" in result.stdout


def test_eval_fails_below_a_floor(tmp_path: Path) -> None:
    floors = tmp_path / "floors.json"
    floors.write_text(json.dumps({"f1": 1.01}))
    result = runner.invoke(app, ["eval", str(GOLD / "dev.jsonl"), "--floors", str(floors)])
    assert result.exit_code == 1
    assert "f1" in result.stderr and "below its floor 1.010" in result.stderr


def test_eval_rejects_malformed_gold_in_one_line(tmp_path: Path) -> None:
    gold = tmp_path / "bad.jsonl"
    gold.write_text(json.dumps({"id": "x", "text": "5 died", "published": "2021-01-01",
                                "figures": [{"metric": "exploded", "value": 5}]}) + "\n")  # fmt: skip
    result = runner.invoke(app, ["eval", str(gold)])
    assert result.exit_code == 1
    assert result.stderr.strip() == f"Error: {gold}:1: figure 1: unknown metric 'exploded'"


def test_eval_skips_the_passages_listed(tmp_path: Path) -> None:
    gold = tmp_path / "two.jsonl"
    rows = [{"id": pid, "published": "2021-03-27", "text": "Nine were killed.",
             "figures": [{"metric": "killed", "value": 9, "qualifier": "exact", "scope": "event",
                          "source": None, "as_of": "2021-03-27", "text": "Nine"}]} for pid in ("p1", "p2")]  # fmt: skip
    gold.write_text("".join(json.dumps(r) + "\n" for r in rows))
    seen = tmp_path / "seen.txt"
    seen.write_text("p2\n")
    result = runner.invoke(app, ["eval", str(gold), "--skip", str(seen)])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("1 passages")
    assert "killed         1      1" in result.stdout


def test_gold_files_are_valid() -> None:
    from tracker.evaluate import load_gold

    assert len(load_gold(GOLD / "dev.jsonl")) + len(load_gold(GOLD / "test.jsonl")) >= 120
    for part in ("dev2", "dev3", "dev4"):
        assert load_gold(GOLD / f"{part}.jsonl")


def test_eval_verbose_shows_each_miss_with_its_whole_sentence(tmp_path: Path) -> None:
    gold = tmp_path / "one.jsonl"
    passage = {"id": "p1", "published": "2021-03-27", "text": "Nine were shot. Crowds fled the square.",
               "figures": [{"metric": "displaced", "value": 9, "qualifier": "exact", "scope": "event",
                            "source": None, "as_of": "2021-03-27", "text": "Crowds"}]}  # fmt: skip
    gold.write_text(json.dumps(passage) + "\n")
    result = runner.invoke(app, ["eval", str(gold), "--verbose"])
    assert "Crowds fled the square." in result.stdout  # the sentence from its first letter
