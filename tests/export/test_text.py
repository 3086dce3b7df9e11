"""JSON, JSON Lines and CSV exports, read back with the standard library."""

from __future__ import annotations

import csv
import io
import json

from rasd.export.rows import COLUMN_NAMES
from rasd.export.text import write_csv, write_json, write_jsonl
from rasd.model import CanonicalEvent, Event


def _text(writer, events) -> str:
    out = io.StringIO(newline="")
    writer(events, out)
    return out.getvalue()


def test_json_is_an_events_document_that_reads_back_as_events(shelling, call):
    document = json.loads(_text(write_json, [shelling, call]))
    assert list(document) == ["events"]
    assert [Event.model_validate(event) for event in document["events"]] == [shelling, call]


def test_json_keeps_arabic_as_is_and_merged_reports(merged):
    text = _text(write_json, [merged])
    assert "قتل 5 مدنيين" in text
    (event,) = json.loads(text)["events"]
    assert CanonicalEvent.model_validate(event) == merged
    assert event["killed_range"] == {"min": 5, "max": 8}


def test_json_lines_has_one_event_per_line(shelling, call):
    lines = _text(write_jsonl, [shelling, call]).splitlines()
    assert [json.loads(line)["id"] for line in lines] == [shelling.id, call.id]


def test_csv_has_the_header_and_one_row_per_event(shelling, call, merged):
    text = _text(write_csv, [shelling, call, merged])
    assert text.startswith("event_id_cnty,event_date,year,time_precision,event_type,")
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    assert tuple(rows[0]) == COLUMN_NAMES
    assert len(rows) == 3
    first, second, third = rows
    assert first["event_date"] == "2023-09-19" and first["time_precision"] == "1"
    assert (first["inter1"], first["inter2"], first["interaction"]) == ("1", "7", "17")
    assert first["country"] == "Azerbaijan"
    assert float(first["latitude"]) == shelling.location.lat
    assert float(first["longitude"]) == shelling.location.lon
    assert first["fatalities"] == "5" and first["approximate"] == "false"
    assert first["notes"] == shelling.evidence.text
    assert second["fatalities"] == "0" and second["killed"] == "" and second["latitude"] == ""
    assert (third["killed_min"], third["killed_max"], third["sources_count"]) == ("5", "8", "2")


def test_empty_exports_still_have_their_shape():
    assert json.loads(_text(write_json, [])) == {"events": []}
    assert _text(write_jsonl, []) == ""
    assert _text(write_csv, []) == ",".join(COLUMN_NAMES) + "\r\n"
