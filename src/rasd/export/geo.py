"""GeoJSON export (RFC 7946): a FeatureCollection of Point features, one per event that has coordinates."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from typing import TextIO

from rasd.export.rows import Row, event_rows, json_ready
from rasd.model import Event


def features(events: Iterable[Event], countries: Mapping[str, str] | None = None) -> Iterator[dict]:
    """A Point feature per event with a latitude and longitude, at [lon, lat]; the others are left out.

    Properties are the flat CSV row (rasd.export.rows.COLUMNS), dates as YYYY-MM-DD; the feature id is
    rasd's event id.
    """
    for row in event_rows(events, countries):
        if row["latitude"] is not None and row["longitude"] is not None:
            yield _feature(row)


def write_geojson(events: Iterable[Event], out: TextIO, countries: Mapping[str, str] | None = None) -> None:
    """A FeatureCollection of `features(events)`, streamed; events without coordinates are left out."""
    out.write('{"type": "FeatureCollection", "features": [')
    for number, feature in enumerate(features(events, countries)):
        out.write(",\n" if number else "\n")
        out.write(json.dumps(feature, ensure_ascii=False))
    out.write("\n]}\n")


def _feature(row: Row) -> dict:
    return {
        "type": "Feature",
        "id": row["rasd_id"],
        "geometry": {"type": "Point", "coordinates": [row["longitude"], row["latitude"]]},
        "properties": json_ready(row),
    }
