"""Downloading a feed over http(s): a total time limit and a size limit, every failure an InputError."""

from __future__ import annotations

import http.client
import time
import urllib.error
import urllib.request
from dataclasses import dataclass

from rasd.errors import InputError

DEFAULT_TIMEOUT = 20.0  # seconds for the whole download
MAX_BYTES = 20 * 1024 * 1024
_CHUNK = 64 * 1024
_USER_AGENT = "rasd/0.1 (+https://github.com/rasd; Arabic news monitoring)"


@dataclass(frozen=True)
class Fetched:
    """A downloaded body and the content type the server declared."""

    url: str
    body: bytes
    content_type: str


def is_url(path: str) -> bool:
    """Whether `path` is an http(s) URL rather than a file: "https://example.org/rss" -> True."""
    return path.lower().startswith(("http://", "https://"))


def fetch(url: str, timeout: float = DEFAULT_TIMEOUT, max_bytes: int = MAX_BYTES) -> Fetched:
    """The body at `url`, or an InputError naming the URL and why (HTTP status, timeout, too big)."""
    deadline = time.monotonic() + timeout
    request = urllib.request.Request(url, headers={"User-Agent": _USER_AGENT, "Accept": "*/*"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            body = _read_limited(response, url, deadline, timeout, max_bytes)
            content_type = response.headers.get("Content-Type", "")
    except urllib.error.HTTPError as error:
        raise InputError(url, None, f"HTTP {error.code} {error.reason}") from None
    except urllib.error.URLError as error:
        raise InputError(url, None, _reason(error.reason, timeout)) from None
    except (OSError, http.client.HTTPException) as error:
        raise InputError(url, None, _reason(error, timeout)) from None
    except ValueError as error:  # malformed URL
        raise InputError(url, None, f"bad URL: {error}") from None
    return Fetched(url, body, content_type.split(";")[0].strip().lower())


def _read_limited(response, url: str, deadline: float, timeout: float, max_bytes: int) -> bytes:
    """The response body, chunk by chunk, stopping at the deadline or past `max_bytes`."""
    chunks: list[bytes] = []
    size = 0
    while chunk := response.read1(_CHUNK):
        size += len(chunk)
        if size > max_bytes:
            raise InputError(url, None, f"larger than the {max_bytes // 1024} KiB limit")
        if time.monotonic() > deadline:
            raise InputError(url, None, f"timed out after {timeout:g} s")
        chunks.append(chunk)
    return b"".join(chunks)


def _reason(error: object, timeout: float) -> str:
    """A short phrase for a network failure: a timeout names its limit."""
    if isinstance(error, TimeoutError):
        return f"timed out after {timeout:g} s"
    return f"cannot fetch: {error}"
