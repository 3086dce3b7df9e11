"""Exports: events (or merged CanonicalEvents) to JSON, JSON Lines, ACLED-style CSV, GeoJSON or Parquet.

Pure functions over an iterable of `rasd.model.Event`, streamed to a stream the caller opens; the
CLI (`rasd events --format ...`) and the HTTP API both call `write`.

    with open("events.csv", "wb") as out:
        write(events, "csv", out)
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable, Mapping
from types import MappingProxyType
from typing import BinaryIO, Literal, TextIO, get_args

from rasd.export.acled import country_names
from rasd.export.geo import features, write_geojson
from rasd.export.parquet import ARROW_SCHEMA, arrow_table, record_batches, write_parquet
from rasd.export.rows import COLUMN_NAMES, COLUMNS, Column, event_rows
from rasd.export.text import write_csv, write_json, write_jsonl
from rasd.model import Event

__all__ = [
    "ARROW_SCHEMA",
    "COLUMNS",
    "COLUMN_NAMES",
    "FORMATS",
    "MEDIA_TYPES",
    "Column",
    "Format",
    "arrow_table",
    "country_names",
    "event_rows",
    "features",
    "record_batches",
    "to_bytes",
    "write",
    "write_csv",
    "write_geojson",
    "write_json",
    "write_jsonl",
    "write_parquet",
]

Format = Literal["json", "jsonl", "csv", "geojson", "parquet"]
FORMATS: tuple[str, ...] = get_args(Format)
"""Every export format, by the name the CLI and the API take."""

MEDIA_TYPES: Mapping[str, str] = MappingProxyType(
    {
        "json": "application/json",
        "jsonl": "application/x-ndjson",
        "csv": "text/csv; charset=utf-8",
        "geojson": "application/geo+json",
        "parquet": "application/vnd.apache.parquet",
    }
)
"""The HTTP Content-Type of each format."""

_TEXT_WRITERS: Mapping[str, Callable[[Iterable[Event], TextIO], None]] = MappingProxyType(
    {"json": write_json, "jsonl": write_jsonl, "csv": write_csv, "geojson": write_geojson}
)


def write(events: Iterable[Event], fmt: Format, out: BinaryIO | TextIO) -> None:
    """Write the events in format `fmt` to `out`, a binary stream (text is UTF-8) or a text stream.

    A text stream takes every format but Parquet, which needs its binary buffer (sys.stdout has one).
    `out` is flushed, never closed.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}: choose one of {', '.join(FORMATS)}")
    if fmt == "parquet":
        write_parquet(events, _binary(out))
    elif isinstance(out, io.TextIOBase):
        _TEXT_WRITERS[fmt](events, out)
    else:
        text = io.TextIOWrapper(out, encoding="utf-8", newline="")
        try:
            _TEXT_WRITERS[fmt](events, text)
        finally:
            text.flush()
            text.detach()
    out.flush()


def to_bytes(events: Iterable[Event], fmt: Format) -> bytes:
    """The whole export in memory, for an HTTP reply: to_bytes([], "csv")[:14] == b"event_id_cnty,"."""
    buffer = io.BytesIO()
    write(events, fmt, buffer)
    return buffer.getvalue()


def _binary(out: BinaryIO | TextIO) -> BinaryIO:
    if not isinstance(out, io.TextIOBase):
        return out
    buffer = getattr(out, "buffer", None)
    if buffer is None:
        raise TypeError("Parquet is binary: give a binary stream, not a text one")
    out.flush()
    return buffer
