"""Turn what a user names (files, folders, globs, URLs, `-` for stdin) into Documents.

A reader is chosen by `--format`, else by extension, else by content. Every bad input
becomes an InputError kept in the Batch while the other inputs go on.
"""

from __future__ import annotations

import codecs
import glob
import re
import sys
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum
from itertools import chain
from pathlib import Path
from typing import BinaryIO

from ..errors import InputError
from ..model import Document
from .common import HEAD_BYTES, MAX_BYTES, Notice, check_text_like, clean, decode, size_error
from .feeds import parse_feed
from .fetch import DEFAULT_TIMEOUT, fetch, is_url
from .html import parse_html
from .jsonl import parse_jsonl
from .text import parse_report

Item = Document | InputError | Notice


class InputFormat(StrEnum):
    """How to read an input; `auto` goes by extension, then by content."""

    auto = "auto"
    text = "text"
    html = "html"
    feed = "feed"
    jsonl = "jsonl"
    urls = "urls"


SUFFIXES = {
    ".txt": InputFormat.text, ".md": InputFormat.text, ".markdown": InputFormat.text,
    ".text": InputFormat.text,
    ".html": InputFormat.html, ".htm": InputFormat.html, ".xhtml": InputFormat.html,
    ".xml": InputFormat.feed, ".rss": InputFormat.feed, ".atom": InputFormat.feed,
    ".jsonl": InputFormat.jsonl, ".ndjson": InputFormat.jsonl,
    ".urls": InputFormat.urls,
}  # fmt: skip

# Declared types that settle what a fetched body is when its content does not.
CONTENT_TYPES = {
    "text/html": InputFormat.html, "application/xhtml+xml": InputFormat.html,
    "application/rss+xml": InputFormat.feed, "application/atom+xml": InputFormat.feed,
    "application/x-ndjson": InputFormat.jsonl, "application/jsonl": InputFormat.jsonl,
}  # fmt: skip

FEED_ROOT = re.compile(rb"<(?:rss|feed|rdf:RDF)[\s>]")
HTML_MARK = re.compile(rb"<(?:!doctype\s+html|html|head|body|p|div|article)[\s>/]", re.IGNORECASE)
URL_LINE = re.compile(r"^https?://\S+$", re.IGNORECASE)
CHUNK = 2**20


@dataclass
class Batch:
    """What reading a batch of inputs gave besides documents: failures and notices."""

    failures: list[InputError] = field(default_factory=list)
    notices: list[Notice] = field(default_factory=list)


@dataclass(frozen=True)
class _Options:
    fmt: InputFormat
    fields: Mapping[str, str]
    timeout: float
    published: date | None
    outlet: str | None
    tags: tuple[str, ...]


def read_inputs(
    inputs: Iterable[str],
    published: date | None = None,
    batch: Batch | None = None,
    *,
    fmt: InputFormat = InputFormat.auto,
    outlet: str | None = None,
    tags: Iterable[str] = (),
    fields: Mapping[str, str] | None = None,
    timeout: float = DEFAULT_TIMEOUT,
) -> Iterator[Document]:
    """Documents from every input, streamed; each unreadable input is recorded in `batch`.

    `published` and `outlet` fill in what a document does not state, `tags` are added to
    every document, `fields` renames JSONL fields, `timeout` bounds each URL fetch.
    """
    batch = batch if batch is not None else Batch()
    opts = _Options(fmt, fields or {}, timeout, published, outlet, tuple(tags))
    for name in inputs:
        for item in _read_input(name, opts):
            if isinstance(item, InputError):
                batch.failures.append(item)
            elif isinstance(item, Notice):
                batch.notices.append(item)
            else:
                yield _finish(item, opts)


def _finish(doc: Document, opts: _Options) -> Document:
    """The batch's metadata filled in, and every string made safe to store."""
    doc = replace(
        doc,
        published=doc.published or opts.published,
        outlet=doc.outlet or opts.outlet,
        tags=tuple(dict.fromkeys((*doc.tags, *opts.tags))),
    )
    return replace(doc, **{name: clean(v) for name, v in vars(doc).items() if isinstance(v, str)})


def _read_input(name: str, opts: _Options) -> Iterator[Item]:
    if name == "-":
        yield from _read_stream(sys.stdin.buffer, "<stdin>", "", "stdin", opts)
    elif is_url(name):
        yield from _read_url(name, opts)
    else:
        for path in _expand(name):
            if isinstance(path, InputError):
                yield path
            else:
                yield from _read_path(path, opts)


def _expand(name: str) -> Iterator[Path | InputError]:
    """The files a name stands for: itself, the reports under a folder, or a glob's matches."""
    path = Path(name)
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.is_file() and _is_report(p, path))
        if not files:
            yield InputError(f"{name}: no readable reports in this directory")
        yield from files
    elif path.exists():
        yield path
    elif glob.has_magic(name):
        matches = sorted(glob.glob(name, recursive=True))
        if not matches:
            yield InputError(f"{name}: no file matches this pattern")
        for match in matches:
            yield from _expand(match)
    else:
        yield InputError(f"{name}: no such file or directory")


def _is_report(path: Path, root: Path) -> bool:
    """Whether a file found in a folder is one to read: a known extension, not hidden."""
    hidden = any(part.startswith(".") for part in path.relative_to(root).parts)
    return path.suffix.lower() in SUFFIXES and not hidden and path.name.lower() != "readme.md"


def _read_path(path: Path, opts: _Options) -> Iterator[Item]:
    try:
        with path.open("rb") as stream:
            yield from _read_stream(stream, str(path), path.suffix.lower(), "file", opts)
    except OSError as exc:
        yield InputError(f"{path}: cannot read ({exc.strerror or exc})")


def _read_stream(
    stream: BinaryIO, ref: str, suffix: str, origin: str, opts: _Options
) -> Iterator[Item]:
    """Read a file or stdin: JSONL line by line, anything else whole up to MAX_BYTES."""
    head = stream.read(HEAD_BYTES)
    try:
        check_text_like(head, ref)
    except InputError as exc:
        yield exc
        return
    kind = opts.fmt
    if kind is InputFormat.auto:  # a .txt may hold a page or a list of URLs: look inside
        kind = SUFFIXES.get(suffix, InputFormat.text)
        kind = _sniff(head) if kind is InputFormat.text else kind
    if kind is InputFormat.jsonl:
        rest = iter(lambda: stream.read(CHUNK), b"")
        yield from parse_jsonl(chain([head], rest), ref, opts.fields, MAX_BYTES)
        return
    data = head + stream.read(MAX_BYTES + 1 - len(head))
    if len(data) > MAX_BYTES:
        yield size_error(ref, MAX_BYTES)
        return
    yield from _read_bytes(data, ref, kind, origin, opts)


def _read_url(url: str, opts: _Options) -> Iterator[Item]:
    """Fetch a URL and read its body; a fetched list of URLs is read as text, never followed."""
    try:
        page = fetch(url, opts.timeout)
        check_text_like(page.body, url)
    except InputError as exc:
        yield exc
        return
    kind = _sniff(page.body[:HEAD_BYTES])
    if kind in (InputFormat.text, InputFormat.urls):
        kind = CONTENT_TYPES.get(page.content_type, InputFormat.text)
    yield from _read_bytes(page.body, url, kind, "url", opts, page.url)


def _read_bytes(
    data: bytes, ref: str, kind: InputFormat, origin: str, opts: _Options, url: str | None = None
) -> Iterator[Item]:
    """Hand bytes to the reader for their kind; `origin` is file, stdin or url."""
    try:
        if kind is InputFormat.html:
            yield parse_html(data, ref, url, found_by="url" if origin == "url" else "html")
        elif kind is InputFormat.feed:
            yield from parse_feed(data, ref)
        elif kind is InputFormat.jsonl:
            yield from parse_jsonl([data], ref, opts.fields, MAX_BYTES)
        else:
            content, notice = decode(data, ref)
            if notice:
                yield notice
            if kind is InputFormat.urls:
                yield from _read_url_list(content, ref, opts)
            else:
                raw = data if origin == "url" else None
                yield parse_report(content, ref, found_by=origin, url=url, raw=raw)
    except InputError as exc:
        yield exc


def _read_url_list(content: str, ref: str, opts: _Options) -> Iterator[Item]:
    """Fetch each URL of a list, one a line; blank lines and `#` comments are skipped."""
    for n, line in enumerate(content.splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if is_url(line):
            yield from _read_url(line, opts)
        else:
            yield InputError(f"{ref}:{n}: not an http(s) URL: {line[:80]!r}")


def _sniff(head: bytes) -> InputFormat:
    """What bytes look like: JSONL, a feed, an HTML page, a list of URLs, or text.

    >>> _sniff(b'{"id": 1, "text": "x"}'), _sniff(b'<?xml version="1.0"?><rss version="2.0">')
    (<InputFormat.jsonl: 'jsonl'>, <InputFormat.feed: 'feed'>)
    >>> _sniff(b"<!DOCTYPE html><html>"), _sniff(b"https://a.test/1\\n# note\\nhttp://b.test/2")
    (<InputFormat.html: 'html'>, <InputFormat.urls: 'urls'>)
    >>> _sniff(b"Five killed in Yangon\\nSee https://a.test/1")
    <InputFormat.text: 'text'>
    """
    start = head.removeprefix(codecs.BOM_UTF8).lstrip()[:4096]
    if start.startswith(b"{"):
        return InputFormat.jsonl
    if start.startswith(b"<"):
        if FEED_ROOT.search(start) and not re.search(rb"<html[\s>]", start, re.IGNORECASE):
            return InputFormat.feed
        if HTML_MARK.search(start):
            return InputFormat.html
        if start.startswith(b"<?xml"):
            return InputFormat.feed
    lines = head.decode("utf-8", errors="replace").splitlines()
    urls = [line.strip() for line in lines if line.strip() and not line.startswith("#")]
    if urls and all(URL_LINE.match(line) for line in urls):
        return InputFormat.urls
    return InputFormat.text
