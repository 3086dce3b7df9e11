"""ACLED's codes for rasd's events: actor types (inter1/inter2), interaction, time precision, countries.

The meanings follow ACLED's codebook: inter codes 1 State forces, 2 Rebel groups, 3 Political
militias, 4 Identity militias, 5 Rioters, 6 Protesters, 7 Civilians, 8 External/Other forces, 0 no
second actor; `interaction` is the two codes, the smaller first, as one number (17 state forces
against civilians, 10 state forces acting alone); time_precision 1 day, 2 week, 3 month.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from rasd.lexicon.loader import data_path, read_tsv
from rasd.model import Actor

INTER_BY_SECTOR: Mapping[str, int] = MappingProxyType(
    {"GOV": 1, "MIL": 1, "REB": 2, "PTY": 3, "CVL": 7, "MED": 7, "IGO": 8, "OTHER": 8}
)
"""ACLED inter code of each rasd sector.

GOV and MIL are state forces (1) — but 8, External/Other forces, when they act outside their own
country, as ACLED codes foreign troops; REB rebel groups (2); PTY political parties, whose armed
wings ACLED codes as political militias (3); CVL civilians (7), and MED too, as ACLED codes
journalists as civilians; IGO international organisations and OTHER are External/Other forces (8).
In a Protests event civilians are protesters (6), in a Riots event rioters (5). No sector maps to
4 (identity militias): rasd does not tell communal or ethnic militias apart yet.
"""

TIME_PRECISION: Mapping[str, int] = MappingProxyType({"day": 1, "week": 2, "month": 3, "year": 3})
"""ACLED time_precision of each rasd date_precision: a year-only date is coded as ACLED's widest, 3."""

ACLED_COUNTRY_NAMES: Mapping[str, str] = MappingProxyType(
    {
        "ATG": "Antigua and Barbuda",
        "BIH": "Bosnia and Herzegovina",
        "CIV": "Ivory Coast",
        "COD": "Democratic Republic of Congo",
        "COG": "Republic of Congo",
        "CZE": "Czech Republic",
        "KNA": "Saint Kitts and Nevis",
        "LCA": "Saint Lucia",
        "STP": "Sao Tome and Principe",
        "SWZ": "eSwatini",
        "TLS": "East Timor",
        "TTO": "Trinidad and Tobago",
        "TUR": "Turkey",
        "VCT": "Saint Vincent and the Grenadines",
    }
)
"""ACLED's country names where they differ from CLDR's English names in countries.tsv."""

UNKNOWN_COUNTRY = "XXX"
"""ISO 3166 user-assigned code that prefixes event_id_cnty when an event has no country."""


def country_names() -> dict[str, str]:
    """English country names by ISO3, ACLED's spelling first: {"SYR": "Syria", "TUR": "Turkey", ...}."""
    names: dict[str, str] = {}
    for entry in read_tsv(data_path("countries.tsv"), ("country", "kind", "name_en")):
        if entry.fields["kind"] == "name":
            names.setdefault(entry.fields["country"], entry.fields["name_en"])
    return names | dict(ACLED_COUNTRY_NAMES)


def event_id_cnty(event_id: str, country: str | None) -> str:
    """ACLED-style id, ISO3 then rasd's id without its "ev-"/"hp-": ("ev-4abd…", "SYR") -> "SYR4abd…"."""
    return f"{country or UNKNOWN_COUNTRY}{event_id.split('-', 1)[-1]}"


def inter_code(actor: Actor | None, place_country: str | None, acled_event_type: str | None) -> int | None:
    """ACLED inter code of an actor (see INTER_BY_SECTOR); None when the actor or its sector is unknown."""
    if actor is None or actor.sector is None:
        return None
    code = INTER_BY_SECTOR[actor.sector]
    if code == 1 and actor.country and place_country and actor.country != place_country:
        return 8
    if code == 7 and acled_event_type == "Protests":
        return 6
    if code == 7 and acled_event_type == "Riots":
        return 5
    return code


def interaction(inter1: int | None, inter2: int | None) -> int | None:
    """ACLED interaction, the smaller code first, 0 (no actor2) last: (7, 1) -> 17, (1, 0) -> 10."""
    if inter1 is None or inter2 is None:
        return None
    codes = sorted(code for code in (inter1, inter2) if code)
    return int("".join(str(code) for code in codes).ljust(2, "0"))


def time_precision(date_precision: str | None) -> int | None:
    """ACLED time_precision of a rasd date_precision: "day" -> 1, "week" -> 2, "month" or "year" -> 3."""
    return TIME_PRECISION.get(date_precision) if date_precision else None
