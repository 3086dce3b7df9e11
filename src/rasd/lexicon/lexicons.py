"""Every lexicon the extractor reads, loaded and checked once, then read-only.

Each file in `data/` has a provenance header and a stable id per entry; `load_lexicons`
reads them all, checks every coded column and builds the matchers the extractor uses.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import get_args

from rasd.lexicon.loader import Entry, check_choice, data_path, read_tsv
from rasd.lexicon.matcher import Matcher
from rasd.model import CasualtyField, Category, EventType
from rasd.text.numbers import NumberReader

MODES = {
    "ASSAULT": (
        "abduct",
        "beat",
        "torture",
        "sexual",
        "targeted",
        "destroy",
        "primitive",
        "firearms",
        "explosives",
        "suicide-attack",
        "aerial",
        "drone",
        "heavy-weapons",
        "crowd-control",
        "unconventional",
    ),
}
"""PLOVER modes allowed for each event type (shared/eval/SCHEMA.md)."""


def _triggers(path_name: str = "triggers.tsv") -> list[Entry]:
    entries = read_tsv(data_path(path_name), ("event_type",))
    for entry in entries:
        event_type = check_choice(entry, "event_type", (*get_args(EventType), "NONE"))
        check_choice(entry, "mode", MODES.get(event_type, ()), optional=True)
        check_choice(entry, "casualty", get_args(CasualtyField), optional=True)
    return entries


def _people() -> list[Entry]:
    entries = read_tsv(data_path("people.tsv"), ("category", "number"))
    for entry in entries:
        check_choice(entry, "category", ("people", *get_args(Category)))
        check_choice(entry, "number", ("sg", "du", "pl"))
        check_choice(entry, "role", get_args(CasualtyField), optional=True)
    return entries


def _markers() -> list[Entry]:
    entries = read_tsv(data_path("markers.tsv"), ("kind",))
    for entry in entries:
        check_choice(entry, "kind", ("negation", "breakdown", "approx-after"))
    return entries


@dataclass(frozen=True)
class Lexicons:
    """Every lexicon the extractor reads, built once and passed to each stage."""

    triggers: Matcher
    """Words and phrases that state a happening (triggers.tsv)."""
    people: Matcher
    """Nouns for the people counted in casualty reports (people.tsv)."""
    markers: Matcher
    """Negation and breakdown words (markers.tsv)."""
    numbers: NumberReader
    """Digits and number words (numbers.tsv)."""


@cache
def load_lexicons() -> Lexicons:
    """Read and check every lexicon file shipped with rasd (cached: the files do not change)."""
    return Lexicons(
        triggers=Matcher(_triggers()),
        people=Matcher(_people()),
        markers=Matcher(_markers()),
        numbers=NumberReader.load(),
    )
