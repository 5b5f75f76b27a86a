"""Bad input: one line naming the input and the reason, the batch goes on, exit code 1 at the
end, and nothing already stored is lost or changed.

CASES is the table: each builds one bad input in a temporary folder (or names a route of
the local HTTP server) and gives the exact line the user must see.
"""

from __future__ import annotations

import gzip
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import NamedTuple

import duckdb
import pytest
from test_sources_urls import body, redirect, serve
from typer.testing import CliRunner, Result

from tracker.cli import app

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
FAST = ["--timeout", "0.3"]  # URL cases: keep the timeout case short


class Case(NamedTuple):
    args: list[str]
    message: str
    stdin: str | None = None


def ingest(db: Path, *args: str, stdin: str | None = None) -> Result:
    return CliRunner().invoke(app, ["ingest", *args, "--db", str(db)], input=stdin)


def snapshot(db: Path) -> dict[str, dict[str, tuple]]:
    """Every stored row by id, documents and figures, to compare before and after."""
    queries = {"documents": "SELECT * FROM documents", "figures": "SELECT * FROM figures"}
    with duckdb.connect(str(db), read_only=True) as con:
        return {
            table: {
                row[0]: tuple(tuple(v) if isinstance(v, list) else v for v in row)
                for row in con.execute(query).fetchall()
            }
            for table, query in queries.items()
        }


def kept(before: dict[str, dict[str, tuple]], after: dict[str, dict[str, tuple]]) -> bool:
    """Whether every row stored before is still there, unchanged."""
    return all(after[t].get(k) == row for t in before for k, row in before[t].items())


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """A store that already holds two reports and their figures."""
    path = tmp_path / "store.duckdb"
    result = ingest(path, str(FIXTURES / "report.txt"), str(FIXTURES / "docs.jsonl"))
    assert result.exit_code == 0, result.stderr
    return path


def _slow(handler: BaseHTTPRequestHandler) -> None:
    time.sleep(2)
    body(b"<p>too late</p>")(handler)


def _endless(handler: BaseHTTPRequestHandler) -> None:
    """An HTML body of 12.8 MB with no declared length."""
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.end_headers()
    try:
        for _ in range(200):
            handler.wfile.write(b"<p>" + b"x" * 65536)
    except OSError:  # the client hangs up at the size cap
        pass


def _trickle(handler: BaseHTTPRequestHandler) -> None:
    """A byte every 50 ms: each read is quick, the whole body never comes."""
    handler.send_response(200)
    handler.send_header("Content-Type", "text/plain")
    handler.end_headers()
    try:
        for _ in range(60):
            handler.wfile.write(b"x")
            handler.wfile.flush()
            time.sleep(0.05)
    except OSError:
        pass


GZIP_BOMB = gzip.compress(b" " * (100 * 2**20))  # 100 KB on the wire, 100 MB unpacked


def _gzip_bomb(handler: BaseHTTPRequestHandler) -> None:
    handler.send_response(200)
    handler.send_header("Content-Type", "text/plain")
    handler.send_header("Content-Encoding", "gzip")
    handler.send_header("Content-Length", str(len(GZIP_BOMB)))
    handler.end_headers()
    handler.wfile.write(GZIP_BOMB)


def _declared_huge(handler: BaseHTTPRequestHandler) -> None:
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.send_header("Content-Length", str(50 * 2**20))
    handler.end_headers()


@pytest.fixture(scope="module")
def base() -> Iterator[str]:
    routes = {
        "/slow": _slow,
        "/loop": redirect("/loop"),
        "/to-file": redirect("file:///etc/passwd"),
        "/huge": _endless,
        "/declared-huge": _declared_huge,
        "/trickle": _trickle,
        "/gzip-bomb": _gzip_bomb,
    }
    with serve(routes) as (url, _):
        yield url


def _write(path: Path, data: bytes | str) -> str:
    path.write_bytes(data if isinstance(data, bytes) else data.encode())
    return str(path)


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


BOMB = b"""<?xml version="1.0"?>
<!DOCTYPE rss [
<!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
<!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
<!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
]>
<rss version="2.0"><channel><title>t</title>
<item><title>x</title><description>&e;</description></item></channel></rss>
"""

BAD_DATE_FEED = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>Desk</title>
<item><title>One</title><link>https://desk.example/one</link><pubDate>the day after</pubDate>
<description>Four people were arrested at the market.</description></item></channel></rss>
"""


def _missing(tmp: Path, base: str) -> Case:
    return Case([str(tmp / "gone.txt")], f"{tmp}/gone.txt: no such file or directory")


def _no_glob_match(tmp: Path, base: str) -> Case:
    return Case([f"{tmp}/*.html"], f"{tmp}/*.html: no file matches this pattern")


def _empty_directory(tmp: Path, base: str) -> Case:
    (tmp / "empty").mkdir()
    return Case([str(tmp / "empty")], f"{tmp}/empty: no readable reports in this directory")


def _directory_without_reports(tmp: Path, base: str) -> Case:
    (tmp / "misc").mkdir()
    _write(tmp / "misc" / "photo.png", b"\x89PNG\r\n\x1a\n\x00\x00")
    _write(tmp / "misc" / "server.log", "started\n")
    return Case([str(tmp / "misc")], f"{tmp}/misc: no readable reports in this directory")


def _empty_file(tmp: Path, base: str) -> Case:
    return Case([_write(tmp / "empty.txt", b"")], f"{tmp}/empty.txt: empty, no text to read")


def _blank_file(tmp: Path, base: str) -> Case:
    return Case([_write(tmp / "blank.md", " \n\t\n")], f"{tmp}/blank.md: empty, no text to read")


def _binary_file(tmp: Path, base: str) -> Case:
    path = _write(tmp / "scan.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40)
    return Case([path], f"{path}: binary file, not text")


def _huge_single_line(tmp: Path, base: str) -> Case:
    path = _write(tmp / "one-line.txt", b"x" * (50 * 2**20))
    return Case([path], f"{path}: larger than 10 MB, the most one report may be; not read")


def _html_without_text(tmp: Path, base: str) -> Case:
    path = _write(tmp / "broken.html", b"<html><head><title>x</ti<body><div><<<</div")
    return Case([path], f"{path}: no article text found in this page")


def _html_as_feed(tmp: Path, base: str) -> Case:
    path = _write(tmp / "news.xml", (FIXTURES / "page.html").read_bytes())
    return Case([path], f"{path}: not an RSS or Atom feed")


def _text_as_feed(tmp: Path, base: str) -> Case:
    path = _write(tmp / "news.rss", "This is a note about a feed, not a feed.\n")
    return Case([path], f"{path}: not an RSS or Atom feed")


def _xml_bomb(tmp: Path, base: str) -> Case:
    path = _write(tmp / "bomb.xml", BOMB)
    return Case([path], f"{path}: declares XML entities (a possible XML bomb); not read")


def _bad_date_header(tmp: Path, base: str) -> Case:
    path = _write(tmp / "r.txt", "Title\npublished: someday soon\n\nFive people were killed.\n")
    return Case([path], f"{path}: cannot read the date 'someday soon' (write it as YYYY-MM-DD)")


def _bad_date_jsonl(tmp: Path, base: str) -> Case:
    line = '{"id": "d", "text": "Six people were killed.", "published": "next Tuesday"}\n'
    path = _write(tmp / "d.jsonl", line)
    return Case([path], f"{path}:1: cannot read the date 'next Tuesday' (write it as YYYY-MM-DD)")


def _bad_date_feed(tmp: Path, base: str) -> Case:
    path = _write(tmp / "f.xml", BAD_DATE_FEED)
    message = f"{path} entry 1: cannot read the date 'the day after' (write it as YYYY-MM-DD)"
    return Case([path], message)


def _empty_stdin(tmp: Path, base: str) -> Case:
    return Case(["-"], "<stdin>: empty, no text to read", stdin="")


def _url_timeout(tmp: Path, base: str) -> Case:
    return Case([f"{base}/slow", *FAST], f"{base}/slow: timed out after 0.3 s")


def _url_refused(tmp: Path, base: str) -> Case:
    url = f"http://127.0.0.1:{_closed_port()}/news"
    return Case([url, *FAST], f"{url}: cannot connect (connection refused)")


def _url_redirect_loop(tmp: Path, base: str) -> Case:
    return Case([f"{base}/loop", *FAST], f"{base}/loop: more than 5 redirects; stopped")


def _url_redirect_to_file(tmp: Path, base: str) -> Case:
    url = f"{base}/to-file"
    message = f"{url}: redirected to file:///etc/passwd, which is not http(s); not followed"
    return Case([url, *FAST], message)


def _url_404(tmp: Path, base: str) -> Case:
    return Case([f"{base}/nothing-here", *FAST], f"{base}/nothing-here: HTTP 404 Not Found")


def _url_huge_body(tmp: Path, base: str) -> Case:
    message = f"{base}/huge: larger than 10 MB, the most one report may be; not read"
    return Case([f"{base}/huge", *FAST], message)


def _url_declared_huge(tmp: Path, base: str) -> Case:
    message = f"{base}/declared-huge: larger than 10 MB, the most one report may be; not read"
    return Case([f"{base}/declared-huge", *FAST], message)


def _url_trickle(tmp: Path, base: str) -> Case:
    return Case([f"{base}/trickle", *FAST], f"{base}/trickle: timed out after 0.3 s")


def _url_gzip_bomb(tmp: Path, base: str) -> Case:
    message = f"{base}/gzip-bomb: larger than 10 MB, the most one report may be; not read"
    return Case([f"{base}/gzip-bomb", *FAST], message)


CASES: dict[str, Callable[[Path, str], Case]] = {
    "missing path": _missing,
    "glob matching nothing": _no_glob_match,
    "empty directory": _empty_directory,
    "directory with no readable files": _directory_without_reports,
    "empty file": _empty_file,
    "blank file": _blank_file,
    "binary file": _binary_file,
    "50 MB single line": _huge_single_line,
    "broken HTML without text": _html_without_text,
    "HTML named as a feed": _html_as_feed,
    "text named as a feed": _text_as_feed,
    "XML bomb": _xml_bomb,
    "unparseable date in a header": _bad_date_header,
    "unparseable date in JSONL": _bad_date_jsonl,
    "unparseable date in a feed": _bad_date_feed,
    "empty stdin": _empty_stdin,
    "URL that times out": _url_timeout,
    "URL that trickles its body": _url_trickle,
    "URL that refuses": _url_refused,
    "URL that redirects forever": _url_redirect_loop,
    "URL that redirects to file:": _url_redirect_to_file,
    "URL that returns 404": _url_404,
    "URL with a huge body": _url_huge_body,
    "URL declaring a huge body": _url_declared_huge,
    "URL with a compression bomb": _url_gzip_bomb,
}


@pytest.mark.parametrize("build", CASES.values(), ids=CASES.keys())
def test_bad_input_gets_one_line_exit_1_and_leaves_the_store(
    build: Callable[[Path, str], Case], db: Path, tmp_path: Path, base: str
) -> None:
    before = snapshot(db)
    case = build(tmp_path, base)
    result = ingest(db, *case.args, stdin=case.stdin)
    assert result.stderr == f"Error: {case.message}\n"
    assert result.exit_code == 1
    assert "documents failed          1" in result.stdout
    assert snapshot(db) == before


def test_good_inputs_beside_bad_ones_are_still_stored(db: Path, tmp_path: Path) -> None:
    before = snapshot(db)
    result = ingest(db, str(tmp_path / "gone.txt"), str(FIXTURES / "page.html"))
    assert result.exit_code == 1
    assert "documents new             1" in result.stdout
    assert kept(before, snapshot(db))


def test_invalid_utf8_is_decoded_with_a_warning(db: Path, tmp_path: Path) -> None:
    before = snapshot(db)
    path = _write(tmp_path / "latin.txt", b"Caf\xe9 raid\n\nSeven people were arrested.\n")
    result = ingest(db, path)
    assert result.stderr == (
        f"Warning: {path}: not valid UTF-8 (first bad byte at offset 3); "
        "undecodable bytes replaced by U+FFFD\n"
    )
    assert result.exit_code == 0
    after = snapshot(db)
    assert kept(before, after)
    (title,) = [row[3] for k, row in after["documents"].items() if k not in before["documents"]]
    assert title == "Caf\ufffd raid"


def test_malformed_jsonl_lines_are_named_by_line_number(db: Path, tmp_path: Path) -> None:
    before = snapshot(db)
    lines = [
        '{"id": "ok-1", "text": "Nine people were arrested in the square."}',
        '{"id": "broken", "text": ',
        '["a", "list"]',
        '{"id": "no-text", "title": "only a title"}',
        "",
        '{"id": "ok-2", "text": "Three people were killed at the checkpoint."}',
    ]
    path = _write(tmp_path / "dump.jsonl", "\n".join(lines) + "\n")
    result = ingest(db, path)
    assert result.stderr.splitlines() == [
        f"Error: {path}:2: not valid JSON (Expecting value at column 26)",
        f"Error: {path}:3: expected a JSON object, got list",
        f"Error: {path}:4: no text (looked for text, maintext, body, content, full_text, "
        "article, description)",
    ]
    assert result.exit_code == 1
    assert "documents new             2" in result.stdout
    assert kept(before, snapshot(db))


def test_nul_and_lone_surrogates_in_jsonl_are_made_storable(db: Path, tmp_path: Path) -> None:
    line = '{"id": "odd\\ud800", "text": "Eight\\u0000 people were arrested.\\udc00"}\n'
    result = ingest(db, _write(tmp_path / "odd.jsonl", line))
    assert (result.exit_code, result.stderr) == (0, "")
    with duckdb.connect(str(db), read_only=True) as con:
        text, ref = con.execute("SELECT text, ref FROM documents WHERE ref LIKE 'odd%'").fetchone()
    assert (text, ref) == ("Eight people were arrested.?", "odd?")


def test_huge_jsonl_line_is_skipped_and_the_next_one_read(db: Path, tmp_path: Path) -> None:
    before = snapshot(db)
    path = tmp_path / "big.jsonl"
    with path.open("wb") as out:
        out.write(b'{"id": "huge", "text": "' + b"y" * (50 * 2**20) + b'"}\n')
        out.write(b'{"id": "small", "text": "Two people were arrested."}\n')
    result = ingest(db, str(path))
    assert result.stderr == f"Error: {path}:1: line longer than 10 MB; skipped\n"
    assert result.exit_code == 1
    assert "documents new             1" in result.stdout
    assert kept(before, snapshot(db))


def test_broken_html_that_still_has_text_is_read(db: Path, tmp_path: Path) -> None:
    page = b"<html><body><p>Unclosed <b>bold <div>Residents said 11 people were arrested"
    result = ingest(db, _write(tmp_path / "torn.html", page * 3))
    assert (result.exit_code, result.stderr) == (0, "")


def test_bad_published_option_is_a_usage_error(db: Path) -> None:
    before = snapshot(db)
    result = ingest(db, str(FIXTURES / "page.html"), "--published", "March")
    assert result.exit_code == 2
    assert result.stderr == "Error: --published: 'March' is not a date (YYYY-MM-DD)\n"
    assert "Traceback" not in result.stderr
    assert snapshot(db) == before


def test_store_locked_by_another_process_is_reported(db: Path) -> None:
    before = snapshot(db)
    hold = (
        "import duckdb, sys; c = duckdb.connect(sys.argv[1]); print('ready', flush=True); input()"
    )
    holder = subprocess.Popen(
        [sys.executable, "-c", hold, str(db)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
        text=True,
    )  # fmt: skip
    try:
        assert holder.stdout and holder.stdout.readline() == "ready\n"
        result = ingest(db, str(FIXTURES / "page.html"))
    finally:
        holder.communicate("\n", timeout=30)
    assert result.stderr == (
        f"Error: {db}: the store is in use by another process (PID {holder.pid}); "
        "try again when it has finished\n"
    )
    assert result.exit_code == 1
    assert snapshot(db) == before


def test_file_that_is_not_a_duckdb_store_is_left_untouched(tmp_path: Path) -> None:
    notes = tmp_path / "notes.duckdb"
    notes.write_text("my notes, not a database\n")
    result = ingest(notes, str(FIXTURES / "report.txt"))
    assert result.stderr == f"Error: {notes}: not a DuckDB database file; left unchanged\n"
    assert result.exit_code == 1
    assert notes.read_text() == "my notes, not a database\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.duckdb"]
