"""Parquet: a round trip through pyarrow keeps the columns, their types and the values."""

from __future__ import annotations

import datetime as dt
import io

import pyarrow as pa
import pyarrow.parquet as pq

from rasd.export.parquet import ARROW_SCHEMA, arrow_table, record_batches, write_parquet
from rasd.export.rows import COLUMN_NAMES


def _round_trip(events) -> pa.Table:
    out = io.BytesIO()
    write_parquet(events, out)
    return pq.read_table(io.BytesIO(out.getvalue()))


def test_the_schema_has_every_column_with_its_type():
    assert tuple(ARROW_SCHEMA.names) == COLUMN_NAMES
    assert ARROW_SCHEMA.field("event_date").type == pa.date32()
    assert ARROW_SCHEMA.field("fatalities").type == pa.int64()
    assert ARROW_SCHEMA.field("latitude").type == pa.float64()
    assert ARROW_SCHEMA.field("notes").type == pa.string()
    assert ARROW_SCHEMA.field("approximate").type == pa.bool_()
    assert ARROW_SCHEMA.field("fatalities").metadata[b"description"].startswith(b"People killed")


def test_a_round_trip_keeps_types_and_values(shelling, call, merged):
    table = _round_trip([shelling, call, merged])
    assert table.schema.equals(ARROW_SCHEMA)
    assert table.num_rows == 3
    rows = table.to_pylist()
    assert rows[0]["event_date"] == dt.date(2023, 9, 19)
    assert (rows[0]["latitude"], rows[0]["longitude"]) == (shelling.location.lat, shelling.location.lon)
    assert (rows[0]["interaction"], rows[0]["country"]) == (17, "Azerbaijan")
    assert rows[0]["notes"] == shelling.evidence.text
    assert rows[1]["killed"] is None and rows[1]["fatalities"] == 0  # nullable int64 stays null
    assert (rows[2]["killed_min"], rows[2]["killed_max"], rows[2]["sources_count"]) == (5, 8, 2)


def test_an_empty_result_still_has_the_columns():
    table = _round_trip([])
    assert table.num_rows == 0
    assert table.schema.equals(ARROW_SCHEMA)
    assert arrow_table([]).schema.equals(ARROW_SCHEMA)


def test_rows_come_in_batches(shelling, call, protest):
    batches = list(record_batches([shelling, call, protest], batch_rows=2))
    assert [batch.num_rows for batch in batches] == [2, 1]
    assert all(batch.schema.equals(ARROW_SCHEMA) for batch in batches)


def test_writes_to_a_file_path(tmp_path, shelling):
    path = tmp_path / "events.parquet"
    write_parquet([shelling], str(path))
    assert pq.read_table(path).column("rasd_id").to_pylist() == [shelling.id]
