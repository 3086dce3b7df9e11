"""The one entry point: every format to binary and text streams, and unknown formats refused."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

import pyarrow.parquet as pq
import pytest

from rasd.export import FORMATS, MEDIA_TYPES, to_bytes, write


def test_every_format_has_a_media_type():
    assert set(FORMATS) == set(MEDIA_TYPES) == {"json", "jsonl", "csv", "geojson", "parquet"}


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv", "geojson", "parquet"])
def test_every_format_writes_utf8_to_a_binary_stream_and_leaves_it_open(fmt, shelling):
    out = io.BytesIO()
    write([shelling], fmt, out)
    assert not out.closed and out.getvalue()
    if fmt != "parquet":
        assert "قتل 5 مدنيين" in out.getvalue().decode("utf-8")


def test_text_streams_take_the_text_formats(shelling):
    out = io.StringIO(newline="")
    write([shelling], "csv", out)
    (row,) = csv.DictReader(io.StringIO(out.getvalue(), newline=""))
    assert row["country"] == "Azerbaijan"


def test_parquet_needs_a_binary_stream(shelling):
    with pytest.raises(TypeError, match="binary"):
        write([shelling], "parquet", io.StringIO())


def test_an_unknown_format_is_refused(shelling):
    with pytest.raises(ValueError, match="unknown export format 'xlsx'"):
        write([shelling], "xlsx", io.BytesIO())


def test_to_bytes_of_nothing():
    assert json.loads(to_bytes([], "json")) == {"events": []}
    assert json.loads(to_bytes([], "geojson"))["features"] == []
    assert to_bytes([], "csv").startswith(b"event_id_cnty,event_date,")
    assert pq.read_table(io.BytesIO(to_bytes([], "parquet"))).num_rows == 0


def test_parquet_goes_through_stdout(tmp_path):
    """A process writing Parquet to sys.stdout (a text stream with a binary buffer, here a pipe)."""
    script = "import sys; from rasd.export import write; write([], 'parquet', sys.stdout)"
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, check=True)
    (tmp_path / "out.parquet").write_bytes(result.stdout)
    assert pq.read_table(tmp_path / "out.parquet").num_rows == 0
