"""An archive cut into partitions: line ranges of JSONL files (plain or gzipped), row groups of Parquet.

    partitions = plan_partitions("archive/", rows=2000)   # small, picklable: sent to the workers
    for item in read_partition(partitions[0]):            # Article or InputError (file:line)
        ...

A partition names its file and where it starts, never holds its data: each worker reads its own
part, so the files must be where every worker can read them (a shared disk).
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import islice
from typing import IO, Literal

import pyarrow as pa
import pyarrow.parquet as pq

from rasd.errors import InputError
from rasd.ingest.read import article_of
from rasd.model import Article

__all__ = [
    "ARTICLE_COLUMNS",
    "Partition",
    "input_files",
    "numbered_records",
    "plan_partitions",
    "read_partition",
]

ARTICLE_COLUMNS = ("id", "text", "published", "outlet", "url", "title")
"""The columns a Parquet input may have (text is required), as the JSONL keys."""

JSONL_SUFFIXES = (".jsonl", ".ndjson", ".json", ".jsonl.gz", ".ndjson.gz", ".json.gz")
PARQUET_SUFFIXES = (".parquet", ".pq")


@dataclass(frozen=True, slots=True)
class Partition:
    """One part of the input: `rows` records of `path` from record `first` (1-based line or row)."""

    number: int
    """Its place among all partitions, from 0: its output is part-NNNNN.parquet."""
    path: str
    kind: Literal["jsonl", "parquet"]
    first: int
    """First line (JSONL) or row (Parquet) of the partition, counted from 1 in its file."""
    rows: int
    """How many lines or rows it holds."""
    offset: int = 0
    """Byte offset of `first` in a plain JSONL file (0 for gzip, read from the start)."""
    row_group: int = 0
    """Row group of a Parquet partition."""

    def where(self) -> str:
        """Where it is, for an error message: "a.jsonl:1-2000"."""
        return f"{self.path}:{self.first}-{self.first + self.rows - 1}"


def input_files(path: str) -> list[str]:
    """The JSONL and Parquet files at `path`: itself, or those under a folder (sorted, hidden ones left)."""
    if not os.path.isdir(path):
        if not os.path.exists(path):
            raise InputError(path, None, "no such file or folder")
        return [path]
    found = []
    for root, dirs, files in os.walk(path):
        dirs[:] = sorted(name for name in dirs if not name.startswith((".", "_")))
        found += [
            os.path.join(root, name)
            for name in files
            if not name.startswith((".", "_")) and name.endswith(JSONL_SUFFIXES + PARQUET_SUFFIXES)
        ]
    return sorted(found)


def plan_partitions(path: str, rows: int = 2000) -> list[Partition]:
    """Partitions of at most `rows` lines (JSONL) or one row group (Parquet) over every input file."""
    if rows < 1:
        raise ValueError(f"rows must be at least 1, got {rows}")
    partitions: list[Partition] = []
    for name in input_files(path):
        planned = _parquet_parts(name) if name.endswith(PARQUET_SUFFIXES) else _jsonl_parts(name, rows)
        for part in planned:
            partitions.append(_renumbered(part, len(partitions)))
    return partitions


def _renumbered(part: Partition, number: int) -> Partition:
    return Partition(number, part.path, part.kind, part.first, part.rows, part.offset, part.row_group)


def _jsonl_parts(path: str, rows: int) -> Iterator[Partition]:
    """Line ranges of `rows` lines, with the byte offset where each starts (the file read once)."""
    starts: list[tuple[int, int]] = []
    line = offset = 0
    readable = True
    try:
        with _open(path) as stream:
            for line, raw in enumerate(stream, start=1):
                if (line - 1) % rows == 0:
                    starts.append((line, offset))
                offset += len(raw)
    except (OSError, EOFError):  # unreadable or truncated: the partition holding it will say so
        readable = False
    total = line if readable else line + 1
    if not readable and (total - 1) % rows == 0:
        starts.append((total, offset))
    for index, (first, at) in enumerate(starts):
        end = starts[index + 1][0] if index + 1 < len(starts) else total + 1
        yield Partition(0, path, "jsonl", first, end - first, _seekable(path, at))


def _seekable(path: str, offset: int) -> int:
    return 0 if path.endswith(".gz") else offset


def _parquet_parts(path: str) -> Iterator[Partition]:
    """One partition per row group."""
    try:
        metadata = pq.ParquetFile(path).metadata
    except (OSError, pa.ArrowException):  # not Parquet: the partition's reading will say so
        yield Partition(0, path, "parquet", 1, 1)
        return
    first = 1
    for group in range(metadata.num_row_groups):
        rows = metadata.row_group(group).num_rows
        yield Partition(0, path, "parquet", first, rows, row_group=group)
        first += rows


def _open(path: str) -> IO[bytes]:
    return gzip.open(path) if path.endswith(".gz") else open(path, "rb")


def read_partition(partition: Partition) -> Iterator[Article | InputError]:
    """The articles of a partition, an InputError (file:line) in place of each record it cannot read."""
    for _, item in numbered_records(partition):
        yield item


def numbered_records(partition: Partition) -> Iterator[tuple[int, Article | InputError]]:
    """Each record of a partition with its line (JSONL) or row (Parquet) in its file, from 1."""
    if partition.kind == "parquet":
        yield from _parquet_records(partition)
    else:
        yield from _jsonl_records(partition)


def _jsonl_records(partition: Partition) -> Iterator[tuple[int, Article | InputError]]:
    path, line = partition.path, partition.first - 1
    try:
        with _open(path) as stream:
            if partition.offset:
                stream.seek(partition.offset)
            elif path.endswith(".gz"):
                for _ in islice(stream, partition.first - 1):
                    pass
            for line, raw in enumerate(islice(stream, partition.rows), start=partition.first):
                if raw.strip():
                    yield line, _jsonl_record(raw, path, line)
    except (OSError, EOFError) as error:  # truncated gzip, unreadable file
        yield line + 1, InputError(path, line + 1, f"cannot read further: {error}")


def _jsonl_record(raw: bytes, path: str, line: int) -> Article | InputError:
    """One JSONL line as read_articles reads it: an Article, or an InputError naming the problem."""
    try:
        record = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as error:
        return InputError(path, line, f"not UTF-8 text: {error.reason}")
    except json.JSONDecodeError as error:
        return InputError(path, line, f"invalid JSON: {error.msg} at column {error.colno}")
    try:
        return article_of(record, path, line, None)
    except InputError as error:
        return error


def _parquet_records(partition: Partition) -> Iterator[tuple[int, Article | InputError]]:
    try:
        source = pq.ParquetFile(partition.path)
        present = [name for name in ARTICLE_COLUMNS if name in source.schema_arrow.names]
        records = source.read_row_group(partition.row_group, columns=present).to_pylist()
    except (OSError, pa.ArrowException) as error:
        problem = f"cannot read row group {partition.row_group}: {error}"
        yield partition.first, InputError(partition.path, partition.first, problem)
        return
    for row, record in enumerate(records, start=partition.first):
        try:
            yield row, article_of(_as_jsonl(record), partition.path, row, None)
        except InputError as error:
            yield row, error


def _as_jsonl(record: dict[str, object]) -> dict[str, object]:
    """A Parquet row as its JSONL record: dates and timestamps as ISO text, null columns left out."""
    fields = {name: value for name, value in record.items() if value is not None}
    published = fields.get("published")
    if isinstance(published, dt.date):  # datetime is a date too
        fields["published"] = published.isoformat()
    return fields
