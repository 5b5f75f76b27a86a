"""Turn the paths a user names into Documents, choosing a reader by extension and content."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ..errors import InputError
from ..model import Document
from .jsonl import parse_jsonl
from .text import parse_report

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
READABLE = TEXT_SUFFIXES | JSONL_SUFFIXES


@dataclass
class Batch:
    """What reading a batch of inputs gave: the failures, kept while documents stream on."""

    failures: list[InputError] = field(default_factory=list)


def read_inputs(
    inputs: Iterable[str], published: date | None = None, batch: Batch | None = None
) -> Iterator[Document]:
    """Documents from files and folders; each unreadable input is recorded in `batch`, not raised."""
    batch = batch if batch is not None else Batch()
    for name in inputs:
        for item in _expand(name):
            if isinstance(item, InputError):
                batch.failures.append(item)
                continue
            for doc in _read_file(item, published):
                if isinstance(doc, InputError):
                    batch.failures.append(doc)
                else:
                    yield doc


def _expand(name: str) -> Iterator[Path | InputError]:
    path = Path(name)
    if not path.exists():
        yield InputError(f"{name}: no such file or directory")
    elif path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in READABLE)
        files = [p for p in files if p.name.lower() != "readme.md"]
        if not files:
            yield InputError(f"{name}: no readable reports in this directory")
        yield from files
    else:
        yield path


def _decode(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    if not data.strip():
        raise InputError(f"{path}: empty file")
    if b"\x00" in data[:8192]:
        raise InputError(f"{path}: binary file, not text")
    return data.decode("utf-8", errors="replace")


def _read_file(path: Path, published: date | None) -> Iterator[Document | InputError]:
    try:
        content = _decode(path)
    except InputError as exc:
        yield exc
        return
    if path.suffix.lower() in JSONL_SUFFIXES:
        yield from parse_jsonl(content, str(path), published)
        return
    try:
        yield parse_report(content, str(path), published)
    except InputError as exc:
        yield exc
