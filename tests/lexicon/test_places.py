"""Data tests for places.tsv (the gazetteer): valid codes and coordinates, few namesakes, and real
phrases from the ANT 2018 corpus resolving to a place in the right country."""

from __future__ import annotations

import math
import re
from collections import defaultdict

import pytest

from rasd.lexicon.loader import data_path, read_tsv
from rasd.lexicon.matcher import Matcher
from rasd.text.normalise import normalise
from rasd.text.tokens import tokenize

pycountry = pytest.importorskip("pycountry")

COLUMNS = ("name_en", "country", "lat", "lon", "kind")
"""Columns never empty; geonames_id and population may be (curated rows), admin1 often is."""
KINDS = {"city", "region", "admin1"}
ID = re.compile(r"gn\.(?P<geonames_id>\d+)\.\d+|cur\.[a-z0-9_]+\.\d+")

BOXES = {
    "AFG": (29.3, 38.5, 60.5, 75.0),
    "AZE": (38.3, 41.95, 44.7, 50.4),
    "EGY": (21.9, 31.7, 24.7, 36.9),
    "ETH": (3.4, 15.0, 32.9, 48.0),
    "IND": (6.5, 37.1, 68.1, 97.4),
    "IRN": (25.0, 39.8, 44.0, 63.4),
    "IRQ": (29.0, 37.4, 38.8, 48.6),
    "LBN": (33.0, 34.7, 35.1, 36.7),
    "LBY": (19.5, 33.2, 9.3, 25.2),
    "PAK": (23.6, 37.1, 60.8, 77.9),
    "PSE": (31.2, 32.6, 34.2, 35.6),
    "SDN": (8.6, 22.3, 21.8, 38.6),
    "SYR": (32.3, 37.4, 35.7, 42.4),
    "UKR": (44.3, 52.4, 22.1, 40.3),
    "YEM": (12.1, 19.0, 42.5, 54.6),
}
"""Bounding boxes (lat min, lat max, lon min, lon max) of the countries the curated rows use."""

NAMESAKES_WITHIN_COUNTRY = 150
"""Most (form, country) pairs naming places more than 50 km apart: GeoNames has many villages of
one name in one country (96 pairs when written, 57 of them in Iran); the engine chooses by population."""


@pytest.fixture(scope="module")
def entries():
    return read_tsv(data_path("places.tsv"), COLUMNS)


@pytest.fixture(scope="module")
def matcher(entries):
    return Matcher(entries)


def km(a, b) -> float:
    """Great-circle distance between two (lat, lon) points."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(h))


def test_rows_are_well_formed(entries):
    assert len(entries) > 5000
    assert {"geonames_id", "admin1", "population"} <= set(entries[0].fields)
    for entry in entries:
        fields = entry.fields
        match = ID.fullmatch(entry.id)
        assert match, entry.where
        assert entry.pos == "name", entry.where
        assert fields["kind"] in KINDS, entry.where
        assert -90 <= float(fields["lat"]) <= 90 and -180 <= float(fields["lon"]) <= 180, entry.where
        if match["geonames_id"]:
            assert fields["geonames_id"] == match["geonames_id"], entry.where
            assert fields["population"].isdigit(), entry.where
        assert all("\u0621" <= c <= "\u064a" or c == " " for c in entry.form), entry.where


def test_countries_are_iso3(entries):
    codes = {country.alpha_3 for country in pycountry.countries} | {"XKX"}
    assert {e.fields["country"] for e in entries} <= codes


def test_curated_places_lie_in_their_country(entries):
    curated = [e for e in entries if e.id.startswith("cur.")]
    assert len(curated) > 50
    for entry in curated:
        lat_min, lat_max, lon_min, lon_max = BOXES[entry.fields["country"]]
        assert lat_min <= float(entry.fields["lat"]) <= lat_max, entry.where
        assert lon_min <= float(entry.fields["lon"]) <= lon_max, entry.where


def test_no_form_is_twice_in_one_place(entries):
    seen = set()
    for entry in entries:
        place = entry.fields["geonames_id"] or entry.id.rsplit(".", 1)[0]
        key = (entry.words, place, entry.fields["kind"])
        assert key not in seen, entry.where
        seen.add(key)


def test_few_namesakes_within_a_country(entries):
    points = defaultdict(list)
    for entry in entries:
        point = (float(entry.fields["lat"]), float(entry.fields["lon"]))
        points[entry.words, entry.fields["country"]].append(point)
    far = [key for key, group in points.items() if any(km(group[0], p) > 50 for p in group[1:])]
    assert len(far) <= NAMESAKES_WITHIN_COUNTRY


def test_common_words_are_not_places(entries):
    forms = {" ".join(e.words) for e in entries}
    for word in ("الامل", "النصر", "السلام", "الحريه", "المدينه", "الوسط", "الشمال", "بيت", "سوق", "محمد"):
        assert word not in forms


def places_in(entries, matcher, text):
    """(span, entry) for every place the text names: the matcher finds one entry per span, and
    every entry of the same form is a candidate place (the engine chooses among them)."""
    by_words = defaultdict(list)
    for entry in entries:
        by_words[entry.words].append(entry)
    tokens = tokenize(normalise(text).text)
    return [
        (" ".join(t.text for t in tokens[hit.start : hit.end]), entry)
        for hit in matcher.find(tokens)
        for entry in by_words[hit.entry.words]
    ]


@pytest.mark.parametrize(
    ("text", "span", "country", "kind"),
    [
        ("وقتل مدنيون في غارات وفي حلب", "وفي حلب", "SYR", "city"),
        ("قصفت الطائرات بمدينة إدلب", "ادلب", "SYR", "city"),
        ("نزح آلاف من بلدات ريف دمشق", "ريف دمشق", "SYR", "admin1"),
        ("تقدمت القوات لمحافظة الحديدة غربي اليمن", "لمحافظه الحديده", "YEM", "admin1"),
        ("اندلعت الاشتباكات في إقليم ناغورني قره باغ", "ناغورني قره باغ", "AZE", "region"),
        ("سقطت قذائف على خاركيف", "خاركيف", "UKR", "city"),
        ("سقطت قذائف على خاركوف", "خاركوف", "UKR", "city"),
        ("دخلت القوات ستيباناكيرت", "ستيباناكيرت", "AZE", "city"),
        ("شنت إسرائيل غارات في قطاع غزة", "قطاع غزه", "PSE", "region"),
        ("اعتقل الجيش شبانا في الضفة الغربية", "الضفه الغربيه", "PSE", "region"),
        ("أعلن الجيش الليبي السيطرة على درنة", "درنه", "LBY", "city"),
        ("قتل جنود في شمال سيناء", "شمال سيناء", "EGY", "admin1"),
    ],
)
def test_real_phrases(entries, matcher, text, span, country, kind):
    found = places_in(entries, matcher, text)
    assert any(
        span.endswith(s) and e.fields["country"] == country and e.fields["kind"] == kind for s, e in found
    ), found


def test_generic_word_is_not_part_of_the_place(entries, matcher):
    found = places_in(entries, matcher, "قصفت الطائرات بمدينة إدلب")
    assert {s for s, _ in found} == {"ادلب"}
