"""Every lexicon the extractor reads, loaded and checked once, then read-only.

Each file in `data/` has a provenance header and a stable id per entry; `load_lexicons`
reads them all, checks every coded column and builds the matchers the extractor uses.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import get_args

from rasd.errors import LexiconError
from rasd.lexicon.loader import Entry, check_choice, data_path, read_tsv
from rasd.lexicon.matcher import Matcher, WordIndex
from rasd.lexicon.roles import SECTORS, Role, read_roles
from rasd.model import CasualtyField, Category, EventType
from rasd.text.numbers import NumberReader

MODES = {
    "AGREE": (), "SUPPORT": (), "CONCEDE": (), "COOPERATE": (), "AID": (),
    "CONSULT": ("visit", "third-party", "multilateral", "phone"),
    "RETREAT": ("withdraw", "release", "disarm", "ceasefire", "access", "resign"),
    "REQUEST": ("assist", "change", "yield", "meet"),
    "ACCUSE": ("disapprove", "investigate", "allege"),
    "REJECT": ("assist", "change", "yield", "meet"),
    "THREATEN": ("restrict", "arrest", "relations", "expel", "territory", "violence"),
    "PROTEST": ("demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"),
    "SANCTION": ("convict", "expel", "withdraw", "discontinue"),
    "MOBILIZE": ("troops", "weapons", "police", "militia"),
    "COERCE": ("seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport",
               "withhold", "misinformation", "cyber"),
    "ASSAULT": ("abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive", "firearms",
                "explosives", "suicide-attack", "aerial", "drone", "heavy-weapons", "crowd-control",
                "unconventional"),
}  # fmt: skip
"""PLOVER modes allowed for each event type (shared/eval/SCHEMA.md)."""
MARKER_KINDS = (
    "negation",
    "breakdown",
    "approx-after",
    "future",
    "modal",
    "condition",
    "since",
    "year-word",
    "stop",
    "locative",
    "preposition",
    "earlier",
    "ongoing",
    "member",
    "both",
    "habitual",
    "relative",
    "complement",
    "copula",
    "topic",
    "detail",
    "after",
    "subjunctive",
    "temporal",
    "upcoming",
    "also",
    "pluperfect",
    "past-period",
)
"""Kinds of entry in markers.tsv; the file's header says what each does."""
MASK_MODES = ("disaster",)
"""Modes of a NONE row of triggers.tsv: "disaster" (a fire, a crash: it causes a toll, it is no attack)."""


def _triggers() -> list[Entry]:
    entries = read_tsv(data_path("triggers.tsv"), ("event_type",))
    for entry in entries:
        event_type = check_choice(entry, "event_type", (*get_args(EventType), "NONE"))
        check_choice(entry, "mode", MODES.get(event_type, MASK_MODES), optional=True)
        check_choice(entry, "casualty", get_args(CasualtyField), optional=True)
    return entries


def _checked(name: str, columns: tuple[str, ...], choices: dict[str, tuple[str, ...]]) -> list[Entry]:
    """The entries of a lexicon file, each column in `choices` checked (optional unless in `columns`)."""
    entries = read_tsv(data_path(name), columns)
    for entry in entries:
        for column, allowed in choices.items():
            check_choice(entry, column, allowed, optional=column not in columns)
    return entries


def _people() -> list[Entry]:
    choices = {
        "category": ("people", *get_args(Category)),
        "number": ("sg", "du", "pl"),
        "role": get_args(CasualtyField),
    }
    return _checked("people.tsv", ("category", "number"), choices)


def _markers() -> list[Entry]:
    return _checked("markers.tsv", ("kind",), {"kind": MARKER_KINDS})


def _countries() -> list[Entry]:
    return _checked(
        "countries.tsv", ("country", "kind", "name_en"), {"kind": ("name", "nisba", "capital", "demonym")}
    )


def _institutions() -> list[Entry]:
    return _checked(
        "institutions.tsv",
        ("kind", "sector", "name_en"),
        {
            "kind": ("institution", "office", "group"),
            "sector": SECTORS,
            "anaphora": ("before", "named", "own", "head", "bound"),
        },
    )


DOMAINS = ("sport", "arts", "technology", "markets", "none")
"""Domains of domains.tsv: fields other than conflict and politics; "none" masks a phrase that is not."""


def _domains() -> list[Entry]:
    return _checked("domains.tsv", ("domain",), {"domain": DOMAINS})


def _reporting() -> list[Entry]:
    return _checked("reporting.tsv", ("kind",), {"kind": ("say", "per", "deny", "agent", "source")})


def _actors() -> tuple[list[Entry], dict[str, tuple[Role, ...]]]:
    forms = read_tsv(data_path("actors.tsv"), ("actor",))
    roles = read_roles(read_tsv(data_path("actor_roles.tsv"), ("actor", "name_en"), forms=False))
    for entry in forms:
        if entry.fields["actor"] not in roles:
            path, _, line = entry.where.rpartition(":")
            raise LexiconError(
                path, int(line), f"actor '{entry.fields['actor']}' has no row in actor_roles.tsv"
            )
    return forms, roles


def _event_types() -> dict[tuple[str, str], Entry]:
    """ACLED and CAMEO codes by (event type, mode); mode "" is the type's default."""
    entries = read_tsv(data_path("event_types.tsv"), ("event_type", "cameo_root"), forms=False)
    codes = {}
    for entry in entries:
        event_type = check_choice(entry, "event_type", get_args(EventType))
        check_choice(entry, "mode", MODES[event_type], optional=True)
        check_choice(entry, "cameo_root", [f"{n:02d}" for n in range(1, 21)])
        codes[event_type, entry.fields.get("mode", "")] = entry
    return codes


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
    reporting: Matcher
    """Words that introduce a source, a denial or an agent (reporting.tsv)."""
    countries: Matcher
    """Country names, nisba adjectives and capitals (countries.tsv)."""
    institutions: Matcher
    """State bodies and kinds of people (institutions.tsv)."""
    actors: Matcher
    """Named actors: people, groups, organisations, media (actors.tsv)."""
    roles: dict[str, tuple[Role, ...]]
    """What each named actor is, over time (actor_roles.tsv)."""
    dates: Matcher
    """Months, weekdays and relative day words (dates.tsv)."""
    places: Matcher
    """Cities, regions and governorates (places.tsv, built from GeoNames by scripts/build_gazetteer.py)."""
    place_names: dict[tuple[str, ...], list[Entry]]
    """Every place of each normalised name: "طرابلس" is in Libya and in Lebanon."""
    event_types: dict[tuple[str, str], Entry]
    """ACLED event type, sub-event type and CAMEO root by (type, mode) (event_types.tsv)."""
    domains: Matcher
    """Words of sport, the arts, technology and markets news (domains.tsv)."""


@cache
def load_lexicons() -> Lexicons:
    """Read and check every lexicon file shipped with rasd (cached: the files do not change)."""
    actors, roles = _actors()
    index = WordIndex()  # one look-up per word for every lexicon
    places = _checked("places.tsv", ("country", "lat", "lon", "kind"), {"kind": ("city", "region", "admin1")})
    place_names: dict[tuple[str, ...], list[Entry]] = {}
    for entry in places:
        place_names.setdefault(entry.words, []).append(entry)
    return Lexicons(
        triggers=Matcher(_triggers(), index),
        people=Matcher(_people(), index),
        markers=Matcher(_markers(), index),
        numbers=NumberReader.load(index),
        reporting=Matcher(_reporting(), index),
        countries=Matcher(_countries(), index),
        institutions=Matcher(_institutions(), index),
        actors=Matcher(actors, index),
        roles=roles,
        dates=Matcher(
            _checked(
                "dates.tsv",
                ("kind",),
                {"kind": ("month", "hijri-month", "weekday", "relative", "past", "last-week", "last-month")},
            ),
            index,
        ),
        event_types=_event_types(),
        places=Matcher(places, index),
        place_names=place_names,
        domains=Matcher(_domains(), index),
    )
