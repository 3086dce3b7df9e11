"""Parquet export with pyarrow: one row per event, the CSV's columns with proper types, a fixed schema.

`ARROW_SCHEMA` and `record_batches` are what a distributed job (Dask) writes partition by partition.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from itertools import islice
from types import MappingProxyType
from typing import BinaryIO

import pyarrow as pa
import pyarrow.parquet as pq

from rasd.export.acled import country_names
from rasd.export.rows import COLUMNS, Column, event_rows
from rasd.model import Event

ARROW_TYPES: Mapping[str, pa.DataType] = MappingProxyType(
    {"string": pa.string(), "int": pa.int64(), "float": pa.float64(), "date": pa.date32(), "bool": pa.bool_()}
)
"""Arrow type of each column kind."""


def _field(column: Column) -> pa.Field:
    return pa.field(
        column.name, ARROW_TYPES[column.kind], nullable=True, metadata={"description": column.doc}
    )


ARROW_SCHEMA: pa.Schema = pa.schema([_field(column) for column in COLUMNS])
"""Arrow schema of the exported rows: string, int64, float64, date32 and bool columns, all nullable."""

BATCH_ROWS = 10_000


def record_batches(
    events: Iterable[Event], countries: Mapping[str, str] | None = None, batch_rows: int = BATCH_ROWS
) -> Iterator[pa.RecordBatch]:
    """The events as Arrow record batches of at most `batch_rows` rows, each with ARROW_SCHEMA."""
    rows = event_rows(events, country_names() if countries is None else countries)
    while batch := list(islice(rows, batch_rows)):
        yield pa.RecordBatch.from_pylist(batch, schema=ARROW_SCHEMA)


def arrow_table(events: Iterable[Event], countries: Mapping[str, str] | None = None) -> pa.Table:
    """The events as one Arrow table with ARROW_SCHEMA (no rows, the same columns, when there are none)."""
    return pa.Table.from_batches(list(record_batches(events, countries)), schema=ARROW_SCHEMA)


def write_parquet(
    events: Iterable[Event], out: BinaryIO | str, countries: Mapping[str, str] | None = None
) -> None:
    """Write the events to a Parquet file or binary stream, batch by batch; no events, still the schema."""
    with pq.ParquetWriter(out, ARROW_SCHEMA) as writer:
        for batch in record_batches(events, countries):
            writer.write_batch(batch)
