"""Each kind of file, and stdin, becomes Documents with what it says of itself."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tracker.cli import app
from tracker.model import Document
from tracker.sources import Batch, InputFormat, read_inputs
from tracker.sources.jsonl import parse_jsonl

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"


def read(*inputs: str | Path, **options: object) -> list[Document]:
    """Documents from the inputs; fails the test on any input error."""
    batch = Batch()
    docs = list(read_inputs([str(i) for i in inputs], batch=batch, **options))  # type: ignore[arg-type]
    assert not batch.failures, [str(e) for e in batch.failures]
    return docs


def test_text_report_headers_give_title_date_and_outlet() -> None:
    (doc,) = read(FIXTURES / "report.txt")
    assert (doc.title, doc.published, doc.outlet, doc.found_by) == (
        "Night raids in Hlaing Tharyar", date(2021, 3, 15), "Delta Courier", "file"
    )
    assert "published:" not in doc.text


def test_html_page_gives_article_text_and_metadata() -> None:
    (doc,) = read(FIXTURES / "page.html")
    assert doc.title == "Strike leaders detained in Mandalay"
    assert doc.url == "https://ledger.example/news/2021/strike-leaders-detained"
    assert (doc.outlet, doc.published) == ("Irrawaddy Ledger", date(2021, 3, 22))
    assert doc.found_by == "html"
    assert "14 people were arrested" in doc.text
    assert "About us" not in doc.text  # navigation is not article text
    assert doc.raw == (FIXTURES / "page.html").read_bytes()


def test_html_page_without_a_date_is_not_dated_by_its_copyright_year() -> None:
    (doc,) = read(FIXTURES / "nodate.html")
    assert doc.published is None


def test_html_page_without_a_date_takes_the_batch_date() -> None:
    (doc,) = read(FIXTURES / "nodate.html", published=date(2021, 3, 5))
    assert doc.published == date(2021, 3, 5)


def test_rss_entry_prefers_full_content_to_summary() -> None:
    first, second = read(FIXTURES / "feed.xml")
    assert (first.ref, first.title, first.outlet, first.published) == (
        "https://monitor.example/2021/03/market-town-raided",
        "Market town raided",
        "Border Monitor",
        date(2021, 3, 27),
    )
    assert first.text == (
        "Troops entered the market town at noon.\n"
        "Traders said 9 people were killed as they ran from the stalls."
    )
    assert second.text.startswith("Relatives waited for hours outside Insein prison")


def test_atom_entry_html_content_becomes_plain_text() -> None:
    (doc,) = read(FIXTURES / "atom.xml")
    assert "<p>" not in doc.text and "300 people arrested" in doc.text
    assert (doc.url, doc.published, doc.found_by) == (
        "https://relief.example/updates/camps-fill-up", date(2021, 4, 2), "feed"
    )


def test_jsonl_documents_keep_their_ids_as_refs() -> None:
    docs = read(FIXTURES / "docs.jsonl")
    assert [(d.ref, d.title, d.url, d.published) for d in docs] == [
        ("desk-001", "Teachers held after march", "https://desk.example/1", date(2021, 3, 3)),
        ("desk-002", "Curfew extended", None, date(2021, 3, 4)),
    ]


def test_news_api_export_loads_without_renaming_fields() -> None:
    first, second = read(FIXTURES / "newsapi.jsonl")
    assert (first.outlet, first.url, first.published) == (
        "Hill Post", "https://hillpost.example/students", date(2021, 3, 9)
    )
    assert first.text.startswith("Police in Hpa-An said 17 people")
    assert second.published == date(2021, 3, 10)  # "March 10, 2021"


def test_jsonl_field_names_can_be_given_with_dotted_paths() -> None:
    fields = {"text": "story", "id": "doc.key", "title": "doc.headline",
              "published": "doc.when", "outlet": "doc.site.name"}  # fmt: skip
    (doc,) = read(FIXTURES / "custom.jsonl", fields=fields)
    assert (doc.ref, doc.title, doc.published, doc.outlet) == (
        "c-1", "Dockers walk out", date(2021, 3, 12), "Harbour Wire"
    )


@pytest.mark.parametrize("size", [1, 3, 7, 64])
def test_jsonl_lines_split_across_read_chunks_read_the_same(size: int) -> None:
    data = (FIXTURES / "docs.jsonl").read_bytes()
    chunks = [data[i : i + size] for i in range(0, len(data), size)]
    docs = [d for d in parse_jsonl(chunks, "docs.jsonl", limit=10_000) if isinstance(d, Document)]
    assert [d.ref for d in docs] == ["desk-001", "desk-002"]


def test_folder_is_searched_recursively_skipping_hidden_readme_and_unknown_files() -> None:
    docs = read(FIXTURES / "folder")
    assert [Path(d.ref).name for d in docs] == ["a.md", "2021-04-03-road.txt"]
    assert docs[1].published == date(2021, 4, 3)  # from the file name


def test_glob_matches_recursively() -> None:
    docs = read(f"{FIXTURES}/folder/**/*.txt")
    assert [Path(d.ref).name for d in docs] == ["2021-04-03-road.txt"]


def test_content_decides_when_the_extension_does_not(tmp_path: Path) -> None:
    page = tmp_path / "saved-page.txt"
    page.write_bytes((FIXTURES / "page.html").read_bytes())
    feed = tmp_path / "feed-without-extension"
    feed.write_bytes((FIXTURES / "atom.xml").read_bytes())
    assert [d.found_by for d in read(page, feed)] == ["html", "feed"]


def test_format_option_overrides_detection(tmp_path: Path) -> None:
    dump = tmp_path / "dump.txt"
    dump.write_text(json.dumps({"id": "x-1", "text": "Ten people were arrested."}) + "\n")
    (doc,) = read(dump, fmt=InputFormat.jsonl)
    (as_text,) = read(dump, fmt=InputFormat.text)
    assert (doc.ref, doc.found_by, as_text.found_by) == ("x-1", "jsonl", "file")


def test_batch_metadata_fills_gaps_and_adds_tags() -> None:
    report, page = read(
        FIXTURES / "report.txt", FIXTURES / "nodate.html",
        outlet="Given Outlet", tags=["myanmar", "march"], published=date(2021, 3, 1),
    )  # fmt: skip
    assert (report.outlet, report.published) == ("Delta Courier", date(2021, 3, 15))  # stated
    assert (page.outlet, page.published) == ("Given Outlet", date(2021, 3, 1))  # filled in
    assert page.tags == ("myanmar", "march")


def test_utf16_text_with_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    path = tmp_path / "utf16.txt"
    path.write_bytes("Ward office\n\nFour people were arrested.".encode("utf-16"))
    (doc,) = read(path)
    assert doc.title == "Ward office"


def test_stdin_text_is_ingested(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        app, ["ingest", "-", "--db", str(tmp_path / "t.duckdb"), "--published", "2021-03-02"],
        input="Township raid\n\nResidents said 12 people were arrested overnight.\n",
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    assert "documents new             1" in result.stdout


def test_stdin_jsonl_is_detected_by_content(tmp_path: Path) -> None:
    lines = (FIXTURES / "docs.jsonl").read_text()
    db = str(tmp_path / "t.duckdb")
    result = CliRunner().invoke(app, ["ingest", "-", "--db", db], input=lines)
    assert result.exit_code == 0, result.stderr
    assert "documents new             2" in result.stdout
