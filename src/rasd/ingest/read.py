"""Reading articles: plain text (one article), JSONL (one a line), feeds, HTML pages, folders, URLs.

A malformed JSONL record becomes an `InputError` naming the file, the line and the problem,
yielded in its place; the records around it are read as usual.
"""

from __future__ import annotations

import datetime as dt
import gzip
import io
import json
import os
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from rasd.errors import InputError, SkippedInput
from rasd.ingest.arabic import require_arabic
from rasd.ingest.feeds import parse_feed, read_feed
from rasd.ingest.fetch import DEFAULT_TIMEOUT, is_url
from rasd.ingest.pages import read_page
from rasd.ingest.sniff import SUPPORTED_SUFFIXES, base_name, sniff, sniff_content
from rasd.model import Article

_OPTIONAL_TEXT_FIELDS = ("outlet", "url", "title")
_HEAD_BYTES = 4096
_SURROGATE = re.compile("[\ud800-\udfff]")


def unicode_problem(value: str) -> str | None:
    """What makes `value` unstorable, or None: "قتل\\udcff" -> "character 4 is ... U+DCFF ..."."""
    found = _SURROGATE.search(value)
    if found is None:
        return None
    return (
        f"character {found.start() + 1} is a lone surrogate (U+{ord(found.group()):04X}):"
        " a byte that is not UTF-8, or a \\uD800-style escape that is not valid Unicode"
    )


def _check_unicode(record: dict, path: str, line: int) -> None:
    """An InputError if a field rasd keeps holds a lone surrogate (no output could encode it)."""
    for name in ("id", "text", *_OPTIONAL_TEXT_FIELDS, "published"):
        value = record.get(name)
        problem = unicode_problem(value) if isinstance(value, str) else None
        if problem:
            raise InputError(path, line, f"'{name}': {problem}")


def parse_date(value: str) -> dt.date:
    """An ISO date, or the date part of an ISO timestamp: "2023-09-20T08:00:00Z" -> 2023-09-20."""
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        raise ValueError(f"'{value}' is not an ISO date (YYYY-MM-DD)") from None


def article_of(record: object, path: str, line: int, published: dt.date | None) -> Article:
    """An Article from one decoded JSONL record, or an InputError saying what is wrong with it."""
    if not isinstance(record, dict):
        raise InputError(path, line, f"expected a JSON object, got {type(record).__name__}")
    text = record.get("text")
    if text is None:
        raise InputError(path, line, "missing 'text'")
    if not isinstance(text, str):
        raise InputError(path, line, f"'text' must be a string, got {type(text).__name__}")
    identifier = record.get("id", f"{Path(path).name}:{line}")
    if not isinstance(identifier, str | int) or isinstance(identifier, bool):
        raise InputError(path, line, f"'id' must be a string or a number, got {type(identifier).__name__}")
    fields = {}
    for name in _OPTIONAL_TEXT_FIELDS:
        value = record.get(name)
        if value is not None and not isinstance(value, str):
            raise InputError(path, line, f"'{name}' must be a string, got {type(value).__name__}")
        fields[name] = value
    date = record.get("published")
    if date is not None:
        if not isinstance(date, str):
            raise InputError(path, line, f"'published' must be a string, got {type(date).__name__}")
        try:
            date = parse_date(date)
        except ValueError as error:
            raise InputError(path, line, f"'published': {error}") from None
    _check_unicode(record, path, line)
    require_arabic(text, path, line)
    return Article(id=str(identifier), text=text, published=date or published, **fields)


def read_jsonl(
    stream: IO[str], path: str, published: dt.date | None = None
) -> Iterator[Article | InputError]:
    """Articles from JSONL with `id`, `text` and optionally `published`, `outlet`, `url`, `title`."""
    line = 0
    try:
        for line, raw in enumerate(stream, start=1):
            if not raw.strip():
                continue
            try:
                record = json.loads(raw)
            except json.JSONDecodeError as error:
                yield InputError(path, line, f"invalid JSON: {error.msg} at column {error.colno}")
                continue
            try:
                yield article_of(record, path, line, published)
            except InputError as error:
                yield error
    except (OSError, EOFError, UnicodeDecodeError) as error:  # truncated gzip, binary data
        yield InputError(path, line + 1, f"cannot read further: {error}")


def _open(path: str) -> IO[str]:
    if path == "-":
        return sys.stdin
    if path.endswith(".gz"):
        return io.TextIOWrapper(gzip.open(path), encoding="utf-8")
    return open(path, encoding="utf-8")


def _open_bytes(path: str) -> IO[bytes]:
    return gzip.open(path) if path.endswith(".gz") else open(path, "rb")


def _looks_like_jsonl(path: str, head: str) -> bool:
    name = path.removesuffix(".gz")
    return name.endswith((".jsonl", ".ndjson", ".json")) or head.lstrip().startswith("{")


def read_articles(
    path: str, published: dt.date | None = None, *, timeout: float = DEFAULT_TIMEOUT
) -> Iterator[Article | InputError]:
    """Every article at `path`: a file, a folder (recursively, sorted), an http(s) feed URL or "-" (stdin).

    A file is read by its first bytes, else its extension: an RSS/Atom feed (one article per item),
    a saved HTML page, JSONL (one article a line) or plain text (one article whose id is the file
    name without extension; "stdin" for "-"); any of them may be gzipped. A URL is read as a feed,
    fetched within `timeout` seconds. `published` is the date given to articles that carry none.
    Records without Arabic text come out as `SkippedInput` (an InputError), never silently dropped.
    """
    if path == "-":
        yield from _read_stream(path, published)
    elif is_url(path):
        yield from read_feed(path, published, timeout)
    elif os.path.isdir(path):
        yield from read_folder(path, published)
    else:
        yield from _read_file(path, published)


def read_folder(folder: str, published: dt.date | None = None) -> Iterator[Article | InputError]:
    """Every article in every supported file under `folder`, by sorted path; hidden files are passed over."""
    problems: list[OSError] = []
    found: list[tuple[tuple[str, ...], str]] = []
    for root, dirs, files in os.walk(folder, onerror=problems.append):
        dirs[:] = [name for name in dirs if not name.startswith(".")]
        for name in files:
            if not name.startswith(".") and base_name(name).endswith(SUPPORTED_SUFFIXES):
                path = os.path.join(root, name)
                found.append((Path(os.path.relpath(path, folder)).parts, path))
    for _, path in sorted(found):
        yield from _read_file(path, published)
    for error in problems:
        yield InputError(error.filename or folder, None, f"cannot read the folder: {error.strerror or error}")


def _read_file(path: str, published: dt.date | None) -> Iterator[Article | InputError]:
    """The articles of one file, of the kind its first bytes or its extension say."""
    try:
        with _open_bytes(path) as stream:
            head = stream.read(_HEAD_BYTES)
    except (OSError, EOFError) as error:
        yield InputError(path, None, f"cannot open: {getattr(error, 'strerror', None) or error}")
        return
    kind = sniff(path, head)
    if kind in ("feed", "html"):
        try:
            with _open_bytes(path) as stream:
                data = stream.read()
        except (OSError, EOFError) as error:
            yield InputError(path, None, f"cannot read: {error}")
            return
        yield from _read_markup(kind, data, path, published)
        return
    yield from _read_stream(path, published)


def _read_markup(
    kind: str, data: bytes, path: str, published: dt.date | None
) -> Iterator[Article | InputError]:
    """A feed's items, or a saved page's one article."""
    if kind == "feed":
        yield from parse_feed(data, path, published)
        return
    try:
        yield read_page(data, path, published)
    except InputError as error:
        yield error


def _read_stream(path: str, published: dt.date | None) -> Iterator[Article | InputError]:
    """JSONL or plain text from a file or stdin (stdin may also carry a feed or an HTML page)."""
    try:
        stream = _open(path)
    except OSError as error:
        yield InputError(path, None, f"cannot open: {error.strerror or error}")
        return
    with stream:
        try:
            head = stream.read(4096)
        except (OSError, EOFError, UnicodeDecodeError) as error:
            yield InputError(path, 1, f"not UTF-8 text: {error}")
            return
        if _looks_like_jsonl(path, head):
            yield from read_jsonl(_chain(head, stream), path, published)
            return
        try:
            text = head + stream.read()
        except (OSError, UnicodeDecodeError) as error:
            yield InputError(path, None, f"not UTF-8 text: {error}")
            return
    if "\x00" in text:
        yield InputError(path, None, "binary data (NUL bytes), not text")
        return
    problem = unicode_problem(text)
    if problem:
        yield InputError(path, None, f"not UTF-8 text: {problem}")
        return
    kind = sniff_content(head.encode("utf-8"))
    if path == "-" and kind in ("feed", "html"):
        yield from _read_markup(kind, text.encode("utf-8"), path, published)
        return
    identifier = "stdin" if path == "-" else Path(path.removesuffix(".gz")).stem
    try:
        require_arabic(text, path)
    except SkippedInput as notice:
        yield notice
        return
    yield Article(id=identifier, text=text, published=published)


def _chain(head: str, stream: IO[str]) -> Iterator[str]:
    """The lines of `head` followed by the rest of `stream`, as if never read apart."""
    rest = stream.readline()
    yield from io.StringIO(head + rest)
    yield from stream
