"""URL inputs against a local HTTP server on 127.0.0.1: pages, feeds, lists of URLs, redirects.

`serve` is shared with test_bad_input.py, which drives the failing cases (timeouts, refusals,
redirect loops, 404s, huge bodies).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from tracker.cli import app
from tracker.sources import Batch, read_inputs

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"

Route = Callable[[BaseHTTPRequestHandler], None]


def body(data: bytes, content_type: str = "text/html; charset=utf-8") -> Route:
    """A route answering 200 with `data`."""

    def answer(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", content_type)
        handler.send_header("Content-Length", str(len(data)))
        handler.end_headers()
        handler.wfile.write(data)

    return answer


def redirect(location: str, status: int = 302) -> Route:
    """A route answering with a redirect to `location`."""

    def answer(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(status)
        handler.send_header("Location", location)
        handler.send_header("Content-Length", "0")
        handler.end_headers()

    return answer


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    routes: dict[str, Route]
    agents: list[str]

    def handle_error(self, request: object, client_address: object) -> None:
        """Quiet: a client that hangs up on purpose (size cap, timeout) is expected here."""


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def do_GET(self) -> None:
        self.server.agents.append(self.headers.get("User-Agent", ""))
        route = self.server.routes.get(self.path)
        if route is None:
            self.send_error(404, "Not Found")
        else:
            route(self)

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: no request log on the test output."""


@contextmanager
def serve(routes: dict[str, Route]) -> Iterator[tuple[str, _Server]]:
    """Serve `routes` on 127.0.0.1 on a free port; yields the base URL and the server."""
    server = _Server(("127.0.0.1", 0), _Handler)
    server.routes, server.agents = routes, []
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}", server
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def site() -> Iterator[tuple[str, _Server]]:
    page = (FIXTURES / "page.html").read_bytes()
    routes = {
        "/news/strike.html": body(page),
        "/old-address": redirect("/news/strike.html", 301),
        "/feed": body((FIXTURES / "feed.xml").read_bytes(), "application/rss+xml"),
        "/2021-03-30-bulletin.txt": body(
            b"Bulletin\n\nVolunteers said 8 people were arrested near the bridge.\n",
            "text/plain; charset=utf-8",
        ),
    }
    with serve(routes) as served:
        yield served


def read(*inputs: str) -> tuple[list, Batch]:
    batch = Batch()
    return list(read_inputs(inputs, batch=batch, timeout=5)), batch


def test_page_is_read_with_its_metadata_and_raw_bytes(site: tuple[str, _Server]) -> None:
    base, _ = site
    (doc,), batch = read(f"{base}/news/strike.html")
    assert not batch.failures
    assert (doc.ref, doc.found_by) == (f"{base}/news/strike.html", "url")
    assert doc.url == "https://ledger.example/news/2021/strike-leaders-detained"  # canonical
    assert (doc.title, doc.outlet) == ("Strike leaders detained in Mandalay", "Irrawaddy Ledger")
    assert doc.published == date(2021, 3, 22)
    assert doc.raw == (FIXTURES / "page.html").read_bytes()
    assert "14 people were arrested" in doc.text


def test_requests_carry_a_polite_user_agent(site: tuple[str, _Server]) -> None:
    base, server = site
    read(f"{base}/news/strike.html")
    assert server.agents[0].startswith("tracker/")


def test_redirects_are_followed_and_the_named_url_kept_as_ref(site: tuple[str, _Server]) -> None:
    base, _ = site
    (doc,), batch = read(f"{base}/old-address")
    assert not batch.failures
    assert doc.ref == f"{base}/old-address"
    assert doc.title == "Strike leaders detained in Mandalay"


def test_feed_url_gives_a_document_per_entry(site: tuple[str, _Server]) -> None:
    base, _ = site
    docs, batch = read(f"{base}/feed")
    assert not batch.failures
    assert [(d.found_by, d.published) for d in docs] == [
        ("feed", date(2021, 3, 27)),
        ("feed", date(2021, 3, 28)),
    ]


def test_plain_text_url_keeps_its_raw_bytes_and_date_in_the_address(
    site: tuple[str, _Server],
) -> None:
    base, _ = site
    (doc,), _ = read(f"{base}/2021-03-30-bulletin.txt")
    assert (doc.found_by, doc.title, doc.published) == ("url", "Bulletin", date(2021, 3, 30))
    assert doc.raw.startswith(b"Bulletin\n")


def test_list_of_urls_is_fetched_line_by_line(site: tuple[str, _Server], tmp_path: Path) -> None:
    base, _ = site
    listing = tmp_path / "to-read.txt"
    listing.write_text(f"# morning list\n{base}/news/strike.html\n\n{base}/feed\n")
    docs, batch = read(str(listing))
    assert not batch.failures
    assert len(docs) == 3  # the page and the feed's two entries


def test_list_of_urls_reports_a_line_that_is_not_one(
    site: tuple[str, _Server], tmp_path: Path
) -> None:
    base, _ = site
    listing = tmp_path / "list.urls"
    listing.write_text(f"{base}/news/strike.html\nftp://files.example/a\n")
    docs, batch = read(str(listing))
    assert len(docs) == 1
    assert [str(e) for e in batch.failures] == [
        f"{listing}:2: not an http(s) URL: 'ftp://files.example/a'"
    ]


def test_cli_stores_the_fetched_page_beside_its_text(
    site: tuple[str, _Server], tmp_path: Path
) -> None:
    base, _ = site
    db = tmp_path / "t.duckdb"
    result = CliRunner().invoke(app, ["ingest", f"{base}/news/strike.html", "--db", str(db)])
    assert result.exit_code == 0, result.stderr
    with duckdb.connect(str(db), read_only=True) as con:
        raw, found_by = con.execute("SELECT raw, found_by FROM documents").fetchone()
    assert (bytes(raw), found_by) == ((FIXTURES / "page.html").read_bytes(), "url")
