"""Fetching http(s) URLs politely and defensively: timeouts, a size cap, checked redirects."""

from __future__ import annotations

import time
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import urllib3

from .. import __version__
from ..errors import InputError
from .common import MAX_BYTES, size_error

USER_AGENT = f"tracker/{__version__} (casualty-figure research tool; one request at a time)"
DEFAULT_TIMEOUT = 20.0
MAX_REDIRECTS = 5
SCHEMES = ("http", "https")
CHUNK = 64 * 2**10
REDIRECTS = (301, 302, 303, 307, 308)


@dataclass(frozen=True)
class Page:
    """A fetched body with the URL it finally came from and its declared content type."""

    url: str
    content_type: str
    body: bytes


def is_url(name: str) -> bool:
    """Whether a name is an http(s) URL rather than a path.

    >>> is_url("https://example.org/a"), is_url("reports/a.txt"), is_url("ftp://x/y")
    (True, False, False)
    """
    return urlsplit(name).scheme.lower() in SCHEMES and "://" in name


def fetch(url: str, timeout: float = DEFAULT_TIMEOUT, max_bytes: int = MAX_BYTES) -> Page:
    """GET a URL, following at most MAX_REDIRECTS http(s) redirects, within `timeout` seconds.

    Every failure is an InputError naming the URL: bad scheme, no connection, timeout,
    redirect loop, HTTP error status, or a body over `max_bytes`.
    """
    deadline = time.monotonic() + timeout
    headers = {"User-Agent": USER_AGENT, "Accept-Encoding": "gzip, deflate"}
    current = url
    with urllib3.PoolManager(headers=headers, retries=False) as pool:
        for _ in range(MAX_REDIRECTS + 1):
            if not is_url(current):
                raise InputError(
                    f"{url}: not an http(s) URL; only http and https are fetched"
                    if current == url
                    else f"{url}: redirected to {current}, which is not http(s); not followed"
                )
            try:
                response = pool.request(
                    "GET", current, redirect=False, preload_content=False,
                    timeout=urllib3.Timeout(total=_left(deadline, url, timeout)),
                )  # fmt: skip
                try:
                    if response.status in REDIRECTS and response.headers.get("Location"):
                        current = urljoin(current, response.headers["Location"])
                        continue
                    if response.status >= 400:
                        status = f"{response.status} {response.reason or ''}".strip()
                        raise InputError(f"{url}: HTTP {status}")
                    body = _read(response, url, max_bytes, deadline, timeout)
                finally:
                    response.close()  # never reuse a connection whose body was left unread
            except urllib3.exceptions.HTTPError as exc:
                raise InputError(f"{url}: {_reason(exc, timeout)}") from None
            content_type = response.headers.get("Content-Type", "").split(";")[0].strip().lower()
            return Page(url=current, content_type=content_type, body=body)
    raise InputError(f"{url}: more than {MAX_REDIRECTS} redirects; stopped")


def _read(
    response: urllib3.BaseHTTPResponse, url: str, max_bytes: int, deadline: float, timeout: float
) -> bytes:
    """The body, refused as soon as it is known to pass `max_bytes` or the deadline passes."""
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise size_error(url, max_bytes)
    parts, size = [], 0
    while chunk := response.read1(CHUNK):  # one receive at a time: a trickle meets the deadline
        size += len(chunk)
        if size > max_bytes:
            raise size_error(url, max_bytes)
        _left(deadline, url, timeout)
        parts.append(chunk)
    return b"".join(parts)


def _left(deadline: float, url: str, timeout: float) -> float:
    """Seconds left before the deadline, or the timeout error once there are none."""
    left = deadline - time.monotonic()
    if left <= 0:
        raise InputError(f"{url}: timed out after {timeout:g} s")
    return left


def _reason(exc: urllib3.exceptions.HTTPError, timeout: float) -> str:
    """A short reason for a failed request, without urllib3's object reprs."""
    cause = exc.__context__
    detail = cause.strerror if isinstance(cause, OSError) and cause.strerror else None
    if isinstance(exc, urllib3.exceptions.NameResolutionError):
        return "cannot resolve the host name"
    if isinstance(exc, urllib3.exceptions.NewConnectionError):
        return f"cannot connect ({(detail or 'connection failed').lower()})"
    if isinstance(exc, urllib3.exceptions.TimeoutError):
        return f"timed out after {timeout:g} s"
    if isinstance(exc, urllib3.exceptions.LocationValueError):
        return "not a valid URL"
    return f"cannot fetch ({detail or type(exc).__name__})"
