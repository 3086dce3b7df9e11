"""Flat rows: ACLED's columns in ACLED's order, then rasd's, with values from real extracted events."""

from __future__ import annotations

import datetime as dt

from rasd.export.rows import ACLED_COLUMNS, COLUMN_NAMES, event_rows, json_ready

ACLED_ORDER = [
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "inter2",
    "interaction",
    "country",
    "admin1",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
]


def test_acled_columns_come_first_in_acleds_order():
    assert [column.name for column in ACLED_COLUMNS] == ACLED_ORDER
    assert COLUMN_NAMES[: len(ACLED_ORDER)] == tuple(ACLED_ORDER)
    assert len(set(COLUMN_NAMES)) == len(COLUMN_NAMES)


def test_a_shelling_of_civilians_reads_as_acled_codes_it(shelling):
    (row,) = event_rows([shelling])
    assert list(row) == list(COLUMN_NAMES)
    assert row["event_id_cnty"] == "AZE" + shelling.id.removeprefix("ev-")
    assert row["event_date"] == dt.date(2023, 9, 19)  # أمس, the day before publication
    assert (row["year"], row["time_precision"]) == (2023, 1)
    assert (row["event_type"], row["sub_event_type"]) == (
        "Explosions/Remote violence",
        "Shelling/artillery/missile attack",
    )
    assert (row["inter1"], row["inter2"], row["interaction"]) == (1, 7, 17)
    assert row["country"] == "Azerbaijan"
    assert (row["latitude"], row["longitude"]) == (shelling.location.lat, shelling.location.lon)
    assert row["notes"].startswith("قتل 5 مدنيين")
    assert row["fatalities"] == 5 and row["killed_min"] == row["killed_max"] == 5
    assert row["breakdown"] == "civilians=5; women=2"
    assert row["source"] == row["reported_by"] == shelling.reported_by
    assert row["sources_count"] == 1


def test_an_event_without_deaths_has_zero_fatalities_and_empty_counts(call):
    (row,) = event_rows([call])
    assert row["fatalities"] == 0
    assert row["killed"] is None and row["killed_min"] is None
    assert (row["inter1"], row["inter2"], row["interaction"]) == (1, 0, 10)
    assert row["event_type"] is None  # ACLED does not code calls for a ceasefire
    assert row["latitude"] is None


def test_protesters_and_a_month_precise_date(protest):
    (row,) = event_rows([protest])
    assert (row["inter1"], row["interaction"]) == (6, 60)
    assert (row["event_date"], row["time_precision"]) == (dt.date(2023, 8, 1), 3)


def test_foreign_forces_are_external_and_an_unknown_target_leaves_the_interaction_unknown(raid):
    (row,) = event_rows([raid])
    assert (row["actor1"], row["inter1"]) == ("Israel forces", 8)
    assert row["inter2"] is None and row["interaction"] is None


def test_a_merged_event_keeps_every_source_and_acleds_lowest_count(merged):
    (row,) = event_rows([merged])
    assert row["fatalities"] == 5  # ACLED records the most conservative figure
    assert (row["killed"], row["killed_min"], row["killed_max"]) == (5, 5, 8)
    assert (row["injured_min"], row["injured_max"]) == (11, 11)
    assert row["sources_count"] == 2
    sources = row["source"].split("; ")
    assert sources[0] == merged.reported_by
    assert {"Armenpress", "Local Radio", "local sources"} <= set(sources)
    assert len(sources) == len(set(sources))


def test_country_names_can_be_given(shelling):
    (row,) = event_rows([shelling], countries={"AZE": "Azerbaijan (test)"})
    assert row["country"] == "Azerbaijan (test)"


def test_json_ready_writes_dates_as_iso(shelling):
    (row,) = event_rows([shelling])
    assert json_ready(row)["event_date"] == "2023-09-19"


def test_no_events_no_rows():
    assert list(event_rows([])) == []
