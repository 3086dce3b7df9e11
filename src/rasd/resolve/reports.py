"""One happening told by many outlets: events of different articles that report it join one record.

Two events of different articles are the same happening when all of these hold:

- type: the same event type;
- date: at most a day apart. An event's day is its own date, else its article's publication date;
  an event dated only to the week, month or year, or with neither date, is never merged;
- place: the same place (same GeoNames id, or same name and country), or one contains the other:
  a country contains every place of that country; a region or governorate contains a town or
  region whose admin1 is its own, or, when the town's admin1 is unknown (a few towns, most regions),
  one within `NEAR_KM` of its centre. Two different towns are never one happening; an unknown
  place is compatible with any;
- actors: nothing known of the actors differs (country, sector), nor of the targets; a statement
  (a call, a condemnation, a meeting) also needs the same known speaker's country;
- anchor: when one of the two is placed only by country (or not at all), they also need a count both
  state or the same known actor's country: reports of an attack "in France" on one day with no
  figure and no known actor are not one happening;
- numbers: for each count both state (killed, injured, captured, missing), the smaller is at least
  half the larger (`TOLERANCE`): tolls rise as reports come in (14 then 15, 20 then 35), but
  3 and 40 killed are two attacks.

    سكاي نيوز: مقتل 14 مدنيا في غارة على دوما   (2018-04-09)
    بي بي سي: مقتل 15 شخصا في قصف على الغوطة الشرقية (2018-04-10)
    -> one ASSAULT, reports [both], killed_range 14..15

Events of one article are never merged here (that is `rasd.extract.merge`'s job). Candidates are
blocked by (type, day, country), so a large store is not compared pairwise. The result does not
depend on the order of the input: it is sorted first, and each event in turn joins the happening
whose every report it is compatible with (the closest one when several are: `_best_compatible`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from rasd.extract.participants import STATEMENTS
from rasd.model import Actor, Article, CanonicalEvent, Event, Place, Range, Report

NEAR_KM = 75.0
"""A town whose admin1 is unknown is taken to lie in a region or governorate this close to its centre."""
TOLERANCE = 0.5
"""Two counts agree when the smaller is at least this share of the larger."""
COUNTS = ("killed", "injured", "captured", "missing")
_COUNTRY_LEVEL = 3
_DAY = dt.timedelta(days=1)


@dataclass(frozen=True, slots=True)
class Verdict:
    """Whether two events are one happening, and why (or why not), in words an analyst reads."""

    mergeable: bool
    reason: str


@dataclass(frozen=True, slots=True)
class _Sourced:
    """An event with the article that reports it, and the day it is taken to have happened."""

    article: Article
    event: Event
    day: dt.date | None


def merge_reports(items: Iterable[tuple[Article, Event]]) -> list[CanonicalEvent]:
    """Join events of different articles that report the same happening; one CanonicalEvent each.

    A happening told by one article only is a CanonicalEvent with one report.
    """
    sourced = _sorted_unique(items)
    clusters: list[list[_Sourced]] = []
    by_country: dict[tuple, set[int]] = defaultdict(set)
    by_day: dict[tuple, set[int]] = defaultdict(set)
    for item in sourced:
        joined = _best_compatible(item, clusters, _candidates(item, by_country, by_day))
        if joined is None:
            joined = len(clusters)
            clusters.append([])
        clusters[joined].append(item)
        if item.day is not None:
            by_day[(item.event.event_type, item.day)].add(joined)
            by_country[(item.event.event_type, item.day, _country(item.event))].add(joined)
    canonical = [_canonical(cluster) for cluster in clusters]
    return sorted(canonical, key=lambda event: (event.date or dt.date.max, event.event_type, event.id))


def explain_merge(
    a: Event, b: Event, a_published: dt.date | None = None, b_published: dt.date | None = None
) -> Verdict:
    """Whether two events are one happening: the reason they merge, or the first rule they break.

    e.g. Verdict(True, "same type ASSAULT, dates 2018-04-09/2018-04-10, place Douma within Eastern
    Ghouta, actors compatible, killed 14 vs 15")
    """
    if a.article_id == b.article_id:
        return Verdict(False, f"same article {a.article_id}: events of one article are merged within it")
    if a.event_type != b.event_type:
        return Verdict(False, f"types differ: {a.event_type} vs {b.event_type}")
    reasons = [f"same type {a.event_type}"]
    checks = (
        lambda: _dates(a, b, a_published, b_published),
        lambda: _places(a.location, b.location),
        lambda: _actors(a, b),
        lambda: _numbers(a, b),
        lambda: _anchored(a, b),
    )
    for check in checks:
        ok, text = check()
        if not ok:
            return Verdict(False, text)
        if text:
            reasons.append(text)
    return Verdict(True, ", ".join(reasons))


def _sorted_unique(items: Iterable[tuple[Article, Event]]) -> list[_Sourced]:
    """The input as `_Sourced`, one per (article, event) id pair, in an order independent of the input's."""
    sourced = [_Sourced(article, event, _day(event, article.published)) for article, event in items]
    sourced.sort(key=_order)
    unique: dict[tuple[str, str], _Sourced] = {}
    for item in sourced:
        unique.setdefault((item.article.id, item.event.id), item)
    return list(unique.values())


def _order(item: _Sourced) -> tuple:
    return (
        item.day or dt.date.max,
        item.event.event_type,
        item.article.published or dt.date.max,
        item.article.id,
        item.event.id,
    )


def _day(event: Event, published: dt.date | None) -> dt.date | None:
    """The day an event is taken to have happened: its date if known to the day, else publication's."""
    if event.date is None:
        return published
    return event.date if event.date_precision in (None, "day") else None


def _country(event: Event) -> str | None:
    return event.location.country if event.location else None


def _candidates(item: _Sourced, by_country: dict, by_day: dict) -> list[int]:
    """The happenings an event may join: same type, a day apart at most, the same or an unknown country."""
    if item.day is None:
        return []
    kind, country = item.event.event_type, _country(item.event)
    found: set[int] = set()
    for day in (item.day - _DAY, item.day, item.day + _DAY):
        if country is None:
            found |= by_day.get((kind, day), set())
        else:
            found |= by_country.get((kind, day, country), set()) | by_country.get((kind, day, None), set())
    return sorted(found)


def _best_compatible(item: _Sourced, clusters: list[list[_Sourced]], candidates: list[int]) -> int | None:
    """The happening, every report of which the event is compatible with, that it is closest to.

    Closest: most equal counts, then most reports of the same day, then of the same place, then the
    earliest happening.
    """
    best, best_score = None, None
    for number in candidates:
        members = clusters[number]
        if not all(_verdict(member, item).mergeable for member in members):
            continue
        score = tuple(
            sum(column) for column in zip(*(_affinity(member, item) for member in members), strict=True)
        )
        if best_score is None or score > best_score:
            best, best_score = number, score
    return best


def _affinity(a: _Sourced, b: _Sourced) -> tuple[int, int, int]:
    """How closely two compatible reports agree: equal counts, same day, same place."""
    equal = sum(
        getattr(a.event, n) is not None and getattr(a.event, n) == getattr(b.event, n) for n in COUNTS
    )
    places = (a.event.location, b.event.location)
    same_place = None not in places and _same_place(*places)
    return equal, int(a.day == b.day), int(same_place)


def _verdict(a: _Sourced, b: _Sourced) -> Verdict:
    return explain_merge(a.event, b.event, a.article.published, b.article.published)


def _dates(a: Event, b: Event, a_published: dt.date | None, b_published: dt.date | None) -> tuple[bool, str]:
    """Whether two events happened at most a day apart (see `_day`)."""
    a_day, b_day = _day(a, a_published), _day(b, b_published)
    if a_day is None or b_day is None:
        return False, "date unknown to the day: not merged"
    first, last = sorted((a_day, b_day))
    span = first.isoformat() if first == last else f"{first}/{last}"
    if abs((a_day - b_day).days) > 1:
        return False, f"dates {span} more than a day apart"
    return True, f"{'same date' if a_day == b_day else 'dates'} {span}"


def _places(a: Place | None, b: Place | None) -> tuple[bool, str]:
    """Whether two places may be one happening's: the same, or one containing the other."""
    if a is None or b is None:
        return True, "place unknown"
    if _same_place(a, b):
        return True, f"same place {a.name}"
    if a.country and b.country and a.country != b.country:
        return False, f"places differ: {a.name} ({a.country}) vs {b.name} ({b.country})"
    outer, inner = (a, b) if _level(a) >= _level(b) else (b, a)
    if _level(outer) == _COUNTRY_LEVEL and outer.country:
        return True, f"place {inner.name} within {outer.name}"
    if _level(outer) == 1:
        return False, f"places differ: {a.name} vs {b.name} are different towns"
    if outer.admin1 and inner.admin1:
        if outer.admin1 == inner.admin1:
            return True, f"place {inner.name} within {outer.name}"
        return False, f"places differ: {inner.name} ({inner.admin1}) is not in {outer.name} ({outer.admin1})"
    distance = _distance_km(outer, inner)
    if distance is not None and distance <= NEAR_KM:
        return True, f"place {inner.name} within {outer.name} ({distance:.0f} km from its centre)"
    return False, f"places differ: {inner.name} is not known to be in {outer.name}"


def _same_place(a: Place, b: Place) -> bool:
    if a.geonames_id is not None and a.geonames_id == b.geonames_id:
        return True
    return a.name is not None and (a.name, a.country) == (b.name, b.country)


def _level(place: Place) -> int:
    """1 town, 2 region or admin1, 3 country (unknown precision counts as a town)."""
    return place.precision or 1


def _distance_km(a: Place, b: Place) -> float | None:
    """Great-circle distance between two places' coordinates, when both have them."""
    if None in (a.lat, a.lon, b.lat, b.lon):
        return None
    lat1, lon1, lat2, lon2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def _actors(a: Event, b: Event) -> tuple[bool, str]:
    """Whether nothing known of the two events' actors, or of their targets, differs; a statement
    must also have one known speaker: two calls for calm on one day are one only if one country made them."""
    if a.event_type in STATEMENTS:
        x, y = _known(a.actor, "country"), _known(b.actor, "country")
        if not (x and x == y):
            return False, f"speakers differ or unknown: {x} vs {y}"
    for role in ("actor", "target"):
        first, second = getattr(a, role), getattr(b, role)
        for field in ("country", "sector"):
            x, y = _known(first, field), _known(second, field)
            if x and y and x != y:
                return False, f"{role}s differ: {field} {x} vs {y}"
    return True, "actors compatible"


def _known(actor: Actor | None, field: str) -> str | None:
    return getattr(actor, field) if actor is not None else None


def _numbers(a: Event, b: Event) -> tuple[bool, str]:
    """Whether every count both events state agrees: the smaller at least `TOLERANCE` of the larger."""
    stated = []
    for name in COUNTS:
        x, y = getattr(a, name), getattr(b, name)
        if x is None or y is None:
            continue
        if min(x, y) < TOLERANCE * max(x, y):
            return False, f"{name} {x} vs {y} too far apart"
        stated.append(f"{name} {x} vs {y}")
    return True, ", ".join(stated)


def _anchored(a: Event, b: Event) -> tuple[bool, str]:
    """Whether two events placed no closer than a country have something more in common: a count both
    state, or the same known actor. Two reports of "a call" or "an attack" in France on one day with
    neither are not one happening (one of them may recall the 2015 Paris attacks)."""
    if not (_vague(a.location) or _vague(b.location)):
        return True, ""
    if any(getattr(a, name) is not None and getattr(b, name) is not None for name in COUNTS):
        return True, ""
    x, y = _known(a.actor, "country"), _known(b.actor, "country")
    if x and x == y:
        return True, f"same actor's country {x}"
    return False, "placed only by country, with no count in common nor the same known actor"


def _vague(place: Place | None) -> bool:
    """Whether a place says no more than a country (or nothing)."""
    return place is None or _level(place) >= _COUNTRY_LEVEL


def _counted(event: Event) -> int:
    return sum(getattr(event, name) is not None for name in COUNTS)


def _canonical(cluster: list[_Sourced]) -> CanonicalEvent:
    """One happening: the most complete report's event (most counts, then earliest, then id), every report."""
    base = min(
        cluster,
        key=lambda s: (-_counted(s.event), s.article.published or dt.date.max, s.article.id, s.event.id),
    )
    others = [item for item in cluster if item is not base]
    reports = [_report(base, None)] + [_report(item, _verdict(base, item).reason) for item in others]
    fields = {name: getattr(base.event, name) for name in Event.model_fields}
    fields["id"] = happening_id(item.event.id for item in cluster)
    return CanonicalEvent(
        **fields,
        reports=reports,
        killed_range=_range(item.event.killed for item in cluster),
        injured_range=_range(item.event.injured for item in cluster),
    )


def _report(item: _Sourced, why: str | None) -> Report:
    return report_of(item.event, item.article, why)


def report_of(event: Event, article: Article | None = None, why: str | None = None) -> Report:
    """One article's own claim about a happening: its event's counts, source, denials and sentence."""
    return Report(
        event_id=event.id,
        article_id=event.article_id,
        outlet=article.outlet if article else None,
        url=article.url if article else None,
        published=article.published if article else None,
        **{name: getattr(event, name) for name in COUNTS},
        reported_by=event.reported_by,
        denied_by=event.denied_by,
        evidence=event.evidence,
        why=why,
    )


def _range(counts: Iterable[int | None]) -> Range | None:
    stated = [count for count in counts if count is not None]
    return Range(min=min(stated), max=max(stated)) if stated else None


def happening_id(event_ids: Iterable[str]) -> str:
    """A stable id for a happening from the ids of the events that report it: "hp-" and a hash."""
    digest = hashlib.sha1("\x1f".join(sorted(event_ids)).encode()).hexdigest()
    return f"hp-{digest[:16]}"
