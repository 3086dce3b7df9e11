"""Reading articles from files: plain text (one article) or JSONL (one article a line), gzip or not.

A malformed JSONL record becomes an `InputError` naming the file, the line and the problem,
yielded in its place; the records around it are read as usual.
"""

from __future__ import annotations

import datetime as dt
import gzip
import io
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from rasd.errors import InputError
from rasd.model import Article

_OPTIONAL_TEXT_FIELDS = ("outlet", "url", "title")


def parse_date(value: str) -> dt.date:
    """An ISO date, or the date part of an ISO timestamp: "2023-09-20T08:00:00Z" -> 2023-09-20."""
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        raise ValueError(f"'{value}' is not an ISO date (YYYY-MM-DD)") from None


def _article(record: object, path: str, line: int, published: dt.date | None) -> Article:
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
                yield _article(record, path, line, published)
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


def _looks_like_jsonl(path: str, head: str) -> bool:
    name = path.removesuffix(".gz")
    return name.endswith((".jsonl", ".ndjson", ".json")) or head.lstrip().startswith("{")


def read_articles(path: str, published: dt.date | None = None) -> Iterator[Article | InputError]:
    """Every article in a file ("-" for standard input): JSONL by extension or content, else plain text.

    A plain-text file is one article whose id is the file name without extension ("stdin" for "-").
    `published` is the date given to articles that carry none.
    """
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
    identifier = "stdin" if path == "-" else Path(path.removesuffix(".gz")).stem
    yield Article(id=identifier, text=text, published=published)


def _chain(head: str, stream: IO[str]) -> Iterator[str]:
    """The lines of `head` followed by the rest of `stream`, as if never read apart."""
    rest = stream.readline()
    yield from io.StringIO(head + rest)
    yield from stream
