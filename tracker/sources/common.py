"""What every reader shares: the size limit, notices, and turning bytes into text safely."""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from ..errors import InputError

# The most one report may be: a file read whole, a fetched page, or one JSONL line.
# A news report is rarely more than 200 KB; anything far past that is not one report.
MAX_BYTES = 10 * 2**20

# How much of an input is looked at to tell binary from text and one format from another.
HEAD_BYTES = 64 * 2**10

# Share of undecodable characters past which bytes are taken for binary, not damaged text.
BINARY_SHARE = 0.3


@dataclass(frozen=True)
class Notice:
    """Something a user should know about an input that was read all the same."""

    message: str

    def __str__(self) -> str:
        """The message alone, as it is shown to the user."""
        return self.message


def size_error(ref: str, limit: int) -> InputError:
    """The error for an input past the size limit, with the limit in megabytes."""
    megabytes = f"{limit / 2**20:g} MB"
    return InputError(f"{ref}: larger than {megabytes}, the most one report may be; not read")


def check_text_like(data: bytes, ref: str) -> None:
    """Raise an InputError for empty or binary bytes, before any reader sees them."""
    if not data.strip():
        raise InputError(f"{ref}: empty, no text to read")
    head = data[:HEAD_BYTES]
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return
    undecodable = head.decode("utf-8", errors="replace").count("\ufffd")
    if b"\x00" in head or undecodable > BINARY_SHARE * len(head):
        raise InputError(f"{ref}: binary file, not text")


def decode(data: bytes, ref: str) -> tuple[str, Notice | None]:
    """Text from bytes: UTF-8 (or UTF-16 with a BOM); bad bytes replaced, with a notice saying so.

    >>> decode("Yangon".encode(), "a.txt")
    ('Yangon', None)
    >>> decode(b"caf\\xe9 bar", "a.txt")[1].message
    'a.txt: not valid UTF-8 (first bad byte at offset 3); undecodable bytes replaced by U+FFFD'
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace"), None
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        notice = Notice(
            f"{ref}: not valid UTF-8 (first bad byte at offset {exc.start}); "
            "undecodable bytes replaced by U+FFFD"
        )
        return data.decode("utf-8-sig", errors="replace"), notice


def clean(value: str) -> str:
    """A string the store can hold: no NUL characters and no lone surrogates.

    >>> clean("a\\x00b\\ud800c")
    'ab?c'
    """
    return value.replace("\x00", "").encode("utf-8", errors="replace").decode("utf-8")
