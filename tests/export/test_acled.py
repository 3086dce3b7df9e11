"""ACLED codes: inter codes from sectors, interaction, time precision, country names, event_id_cnty."""

from __future__ import annotations

import pytest

from rasd.export.acled import country_names, event_id_cnty, inter_code, interaction, time_precision
from rasd.model import Actor


@pytest.mark.parametrize(
    ("sector", "code"),
    [("GOV", 1), ("MIL", 1), ("REB", 2), ("PTY", 3), ("CVL", 7), ("MED", 7), ("IGO", 8), ("OTHER", 8)],
)
def test_each_sector_has_its_inter_code(sector, code):
    assert inter_code(Actor(sector=sector, country="SYR"), "SYR", "Battles") == code


def test_state_forces_abroad_are_external_forces():
    assert inter_code(Actor(sector="MIL", country="ISR"), "LBN", "Explosions/Remote violence") == 8


def test_civilians_protesting_or_rioting_are_protesters_or_rioters():
    civilians = Actor(sector="CVL", country="IRQ")
    assert inter_code(civilians, "IRQ", "Protests") == 6
    assert inter_code(civilians, "IRQ", "Riots") == 5


def test_an_unknown_actor_has_no_code():
    assert inter_code(None, "SYR", "Battles") is None
    assert inter_code(Actor(name="Lebanon"), "LBN", "Battles") is None


@pytest.mark.parametrize(
    ("inter1", "inter2", "expected"),
    [
        (1, 7, 17),
        (7, 1, 17),
        (2, 1, 12),
        (1, 1, 11),
        (1, 0, 10),
        (6, 0, 60),
        (None, 7, None),
        (1, None, None),
    ],
)
def test_interaction_puts_the_smaller_code_first_and_zero_last(inter1, inter2, expected):
    assert interaction(inter1, inter2) == expected


def test_time_precision_follows_acled():
    assert [time_precision(p) for p in ("day", "week", "month", "year", None)] == [1, 2, 3, 3, None]


def test_country_names_are_acleds_english_names():
    names = country_names()
    assert names["SYR"] == "Syria"
    assert names["AZE"] == "Azerbaijan"
    assert names["PSE"] == "Palestine"
    assert names["COD"] == "Democratic Republic of Congo"
    assert names["TUR"] == "Turkey"
    assert len(names) >= 195


def test_event_id_cnty_is_iso3_then_rasds_id():
    assert event_id_cnty("ev-4abdee1e277a553c", "SYR") == "SYR4abdee1e277a553c"
    assert event_id_cnty("ev-4abdee1e277a553c", None) == "XXX4abdee1e277a553c"
