"""Text exports: rasd's JSON contract, JSON Lines, and ACLED-style CSV, each streamed to a text stream."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Mapping
from typing import TextIO

from rasd.export.rows import COLUMN_NAMES, event_rows
from rasd.model import Event


def write_json(events: Iterable[Event], out: TextIO) -> None:
    """`{"events": [EVENT, ...]}`: one document, the shape an HTTP query answers, written event by event.

    Each EVENT is the model's JSON (model_dump(mode="json")), so a CanonicalEvent keeps its reports
    and ranges; Arabic is written as is, not as \\u escapes.
    """
    out.write('{"events": [')
    for number, event in enumerate(events):
        out.write(",\n" if number else "\n")
        out.write(_dumps(event))
    out.write("\n]}\n")


def write_jsonl(events: Iterable[Event], out: TextIO) -> None:
    """One event's JSON per line: the shape for archives too big to hold, read back line by line."""
    for event in events:
        out.write(_dumps(event) + "\n")


def write_csv(events: Iterable[Event], out: TextIO, countries: Mapping[str, str] | None = None) -> None:
    """A header of COLUMN_NAMES, then one row per event; empty cells for unknown values.

    Dates are YYYY-MM-DD, booleans true/false, lines end in CRLF (RFC 4180); open `out` with newline="".
    """
    writer = csv.writer(out)
    writer.writerow(COLUMN_NAMES)
    for row in event_rows(events, countries):
        writer.writerow(_cell(row[name]) for name in COLUMN_NAMES)


def _dumps(event: Event) -> str:
    return json.dumps(event.model_dump(mode="json"), ensure_ascii=False)


def _cell(value: object) -> object:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return value
