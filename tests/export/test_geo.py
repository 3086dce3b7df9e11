"""GeoJSON: a valid FeatureCollection, [lon, lat] points, events without coordinates left out."""

from __future__ import annotations

import io
import json

from rasd.export.geo import features, write_geojson


def _collection(events) -> dict:
    out = io.StringIO()
    write_geojson(events, out)
    return json.loads(out.getvalue())


def _assert_valid(collection: dict) -> None:
    """The RFC 7946 rules a Point FeatureCollection must follow."""
    assert collection["type"] == "FeatureCollection"
    for feature in collection["features"]:
        assert feature["type"] == "Feature"
        assert set(feature) == {"type", "id", "geometry", "properties"}
        lon, lat = feature["geometry"]["coordinates"]
        assert feature["geometry"]["type"] == "Point"
        assert -180 <= lon <= 180 and -90 <= lat <= 90
        assert isinstance(feature["properties"], dict)


def test_points_are_lon_then_lat(shelling):
    collection = _collection([shelling])
    _assert_valid(collection)
    (feature,) = collection["features"]
    assert feature["geometry"]["coordinates"] == [shelling.location.lon, shelling.location.lat]
    lon, lat = feature["geometry"]["coordinates"]
    assert 45 < lon < 48 and 38 < lat < 41  # Stepanakert: about 46.7 E, 39.8 N
    assert feature["id"] == shelling.id


def test_properties_are_the_flat_row(shelling):
    (feature,) = features([shelling])
    properties = feature["properties"]
    assert properties["event_date"] == "2023-09-19"
    assert properties["interaction"] == 17 and properties["fatalities"] == 5
    assert properties["notes"] == shelling.evidence.text


def test_events_without_coordinates_are_left_out(shelling, call, protest, merged):
    collection = _collection([call, shelling, protest, merged])
    _assert_valid(collection)
    assert [f["id"] for f in collection["features"]] == [shelling.id, protest.id, merged.id]
    assert call.id not in {f["id"] for f in collection["features"]}


def test_empty_input_is_an_empty_collection(call):
    assert _collection([]) == {"type": "FeatureCollection", "features": []}
    assert _collection([call]) == {"type": "FeatureCollection", "features": []}
