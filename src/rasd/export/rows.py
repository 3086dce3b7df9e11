"""Events flattened into rows: ACLED's columns first, in ACLED's order and meaning, then rasd's own.

One row per event, one column per `COLUMNS` entry, values as Python types (str, int, float, bool,
datetime.date or None). The CSV, GeoJSON and Parquet writers all start from these rows.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Literal

from rasd.export.acled import country_names, event_id_cnty, inter_code, interaction, time_precision
from rasd.model import Actor, CanonicalEvent, Event, Range

Kind = Literal["string", "int", "float", "date", "bool"]
Row = dict[str, object]


@dataclass(frozen=True, slots=True)
class Column:
    """One exported column: its name, its type and what it means."""

    name: str
    kind: Kind
    doc: str


ACLED_COLUMNS: tuple[Column, ...] = (
    Column(
        "event_id_cnty", "string", "ISO3 of the event's country then rasd's id, e.g. SYR4abdee1e277a553c."
    ),
    Column("event_date", "date", "When it happened (YYYY-MM-DD)."),
    Column("year", "int", "Year of event_date."),
    Column("time_precision", "int", "1 day, 2 week, 3 month (or year)."),
    Column("event_type", "string", "ACLED event type; empty for events ACLED does not code."),
    Column("sub_event_type", "string", "ACLED sub-event type."),
    Column("actor1", "string", "Who acted (English name, else as the article writes it)."),
    Column("assoc_actor_1", "string", "Actors associated with actor1: rasd does not extract them, empty."),
    Column(
        "inter1",
        "int",
        "Type of actor1: 1 State, 2 Rebel, 3 Political militia, 5 Rioters, 6 Protesters, "
        "7 Civilians, 8 External/Other (see rasd.export.acled.INTER_BY_SECTOR).",
    ),
    Column("actor2", "string", "Who was acted on."),
    Column("inter2", "int", "Type of actor2, 0 when there is none."),
    Column("interaction", "int", "inter1 and inter2, smaller first: 17 state forces against civilians."),
    Column("country", "string", "Country where it happened (ACLED's English name)."),
    Column("admin1", "string", "First-level administrative division."),
    Column("location", "string", "Place name (English, else as the article writes it)."),
    Column("latitude", "float", "WGS84 latitude."),
    Column("longitude", "float", "WGS84 longitude."),
    Column("geo_precision", "int", "1 town, 2 region, 3 country."),
    Column("source", "string", "Who reports it: attributed sources and outlets, separated by '; '."),
    Column("source_scale", "string", "Scale of the sources: not known to rasd, empty."),
    Column("notes", "string", "The sentence of the article that states the event (Arabic)."),
    Column("fatalities", "int", "People killed, 0 when not stated; the lowest figure when sources differ."),
)
"""ACLED's columns, in ACLED's order."""

RASD_COLUMNS: tuple[Column, ...] = (
    Column("rasd_id", "string", "rasd's stable event id."),
    Column("article_id", "string", "The article the event (or its base report) comes from."),
    Column("plover_type", "string", "PLOVER event type, e.g. ASSAULT."),
    Column("plover_mode", "string", "PLOVER mode, e.g. aerial."),
    Column("cameo_root", "string", "CAMEO root code, 01 to 20."),
    Column("date_precision", "string", "day, week, month or year."),
    Column("actor1_ar", "string", "actor1 as the article writes it."),
    Column("actor1_country", "string", "actor1's ISO3 or IGO code."),
    Column("actor1_sector", "string", "actor1's sector: GOV MIL REB CVL MED IGO PTY OTHER."),
    Column("actor2_ar", "string", "actor2 as the article writes it."),
    Column("actor2_country", "string", "actor2's ISO3 or IGO code."),
    Column("actor2_sector", "string", "actor2's sector."),
    Column("country_iso3", "string", "ISO3 code of country."),
    Column("location_ar", "string", "location as the article writes it."),
    Column("geonames_id", "int", "GeoNames id of location."),
    Column("killed", "int", "People killed as the (base) report states it; empty when not stated."),
    Column("killed_min", "int", "Lowest killed figure among the sources."),
    Column("killed_max", "int", "Highest killed figure among the sources."),
    Column("injured", "int", "People injured."),
    Column("injured_min", "int", "Lowest injured figure among the sources."),
    Column("injured_max", "int", "Highest injured figure among the sources."),
    Column("captured", "int", "People arrested, detained, abducted or captured."),
    Column("missing", "int", "People missing."),
    Column("breakdown", "string", "Who the victims were, e.g. 'civilians=7; women=3'."),
    Column("approximate", "bool", "A count is hedged (نحو، حوالي، أكثر من)."),
    Column("reported_by", "string", "Source the article attributes the report to."),
    Column("denied_by", "string", "Who denies it, separated by '; '."),
    Column("sources_count", "int", "How many articles report it."),
    Column("evidence_start", "int", "Offset of notes in the article text."),
    Column("evidence_end", "int", "Offset just past notes in the article text."),
)
"""rasd's own columns, after ACLED's."""

COLUMNS: tuple[Column, ...] = ACLED_COLUMNS + RASD_COLUMNS
"""Every exported column, in order."""

COLUMN_NAMES: tuple[str, ...] = tuple(column.name for column in COLUMNS)


def event_rows(events: Iterable[Event], countries: Mapping[str, str] | None = None) -> Iterator[Row]:
    """One flat row per event, keys COLUMN_NAMES; `countries` (ISO3 -> name) defaults to country_names()."""
    names = country_names() if countries is None else countries
    for event in events:
        yield event_row(event, names)


def event_row(event: Event, countries: Mapping[str, str]) -> Row:
    """The flat row of one event: ACLED's columns then rasd's."""
    return _acled_part(event, countries) | _rasd_part(event)


def _acled_part(event: Event, countries: Mapping[str, str]) -> Row:
    place = event.location
    iso3 = place.country if place else None
    inter1 = inter_code(event.actor, iso3, event.acled_event_type)
    inter2 = inter_code(event.target, iso3, event.acled_event_type) if event.target else 0
    return {
        "event_id_cnty": event_id_cnty(event.id, iso3),
        "event_date": event.date,
        "year": event.date.year if event.date else None,
        "time_precision": time_precision(event.date_precision),
        "event_type": event.acled_event_type,
        "sub_event_type": event.acled_sub_event_type,
        "actor1": _actor_name(event.actor),
        "assoc_actor_1": None,
        "inter1": inter1,
        "actor2": _actor_name(event.target),
        "inter2": inter2,
        "interaction": interaction(inter1, inter2),
        "country": countries.get(iso3, iso3) if iso3 else None,
        "admin1": place.admin1 if place else None,
        "location": (place.name or place.name_ar) if place else None,
        "latitude": place.lat if place else None,
        "longitude": place.lon if place else None,
        "geo_precision": place.precision if place else None,
        "source": _joined(_sources(event)),
        "source_scale": None,
        "notes": event.evidence.text,
        "fatalities": _fatalities(event),
    }


def _rasd_part(event: Event) -> Row:
    actor, target, place = event.actor, event.target, event.location
    killed_min, killed_max = _bounds(event.killed, _range(event, "killed_range"))
    injured_min, injured_max = _bounds(event.injured, _range(event, "injured_range"))
    return {
        "rasd_id": event.id,
        "article_id": event.article_id,
        "plover_type": event.event_type,
        "plover_mode": event.mode,
        "cameo_root": event.cameo_root,
        "date_precision": event.date_precision,
        "actor1_ar": actor.name_ar if actor else None,
        "actor1_country": actor.country if actor else None,
        "actor1_sector": actor.sector if actor else None,
        "actor2_ar": target.name_ar if target else None,
        "actor2_country": target.country if target else None,
        "actor2_sector": target.sector if target else None,
        "country_iso3": place.country if place else None,
        "location_ar": place.name_ar if place else None,
        "geonames_id": place.geonames_id if place else None,
        "killed": event.killed,
        "killed_min": killed_min,
        "killed_max": killed_max,
        "injured": event.injured,
        "injured_min": injured_min,
        "injured_max": injured_max,
        "captured": event.captured,
        "missing": event.missing,
        "breakdown": _joined(f"{who}={count}" for who, count in event.breakdown.items()),
        "approximate": event.approximate,
        "reported_by": event.reported_by,
        "denied_by": _joined(event.denied_by),
        "sources_count": len(event.reports) if isinstance(event, CanonicalEvent) and event.reports else 1,
        "evidence_start": event.evidence.start,
        "evidence_end": event.evidence.end,
    }


def _actor_name(actor: Actor | None) -> str | None:
    return (actor.name or actor.name_ar) if actor else None


def _sources(event: Event) -> list[str]:
    """Attributed sources and outlets, each once, in order: the event's own, then each report's."""
    found = [event.reported_by]
    if isinstance(event, CanonicalEvent):
        for report in event.reports:
            found += [report.reported_by, report.outlet]
    return list(dict.fromkeys(source for source in found if source))


def _range(event: Event, name: str) -> Range | None:
    return getattr(event, name) if isinstance(event, CanonicalEvent) else None


def _bounds(count: int | None, spread: Range | None) -> tuple[int | None, int | None]:
    """The range the sources give, or the one count as its own range."""
    if spread is not None:
        return spread.min, spread.max
    return count, count


def _fatalities(event: Event) -> int:
    """ACLED fatalities: the most conservative figure the sources give, 0 when none is stated."""
    killed_range = _range(event, "killed_range")
    if killed_range is not None:
        return killed_range.min
    return event.killed or 0


def _joined(values: Iterable[str]) -> str | None:
    return "; ".join(values) or None


def json_ready(row: Row) -> Row:
    """A row with dates as ISO strings, ready for JSON: {"event_date": date(2023, 9, 19)} -> "2023-09-19"."""
    return {key: value.isoformat() if isinstance(value, dt.date) else value for key, value in row.items()}
