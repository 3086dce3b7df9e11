"""Records to table rows and back: what the store writes for an article, an event, a happening."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Sequence
from typing import Any

from rasd.model import Actor, Article, CanonicalEvent, Event, Place
from rasd.text.normalise import normalise_form

ARTICLE_COLUMNS = ("id", "content_hash", "text", "search_text", "title", "outlet", "url", "published")
EVENT_COLUMNS = (
    "event_type",
    "mode",
    "date",
    "country",
    "admin1",
    "place",
    "place_ar",
    "lat",
    "lon",
    "actor",
    "actor_ar",
    "actor_country",
    "target",
    "target_ar",
    "target_country",
    "killed",
    "injured",
    "actor_search",
    "place_search",
    "json",
)
HAPPENING_COLUMNS = (
    "id",
    *EVENT_COLUMNS,
    "killed_min",
    "killed_max",
    "injured_min",
    "injured_max",
    "reports",
)
REPORT_COLUMNS = ("happening_id", "event_id", "article_id", "position", "why", "json")


def fold(text: str) -> str:
    """The form names are searched in: lower case, Arabic normalised: "إدلب" -> "ادلب"."""
    return normalise_form(text).casefold()


def _sha256(text: str) -> str:
    """The content hash of an article: the sha256 of its normalised text."""
    return hashlib.sha256(text.encode()).hexdigest()


def article_row(article: Article) -> tuple[Any, ...]:
    """The values of ARTICLE_COLUMNS for `article`."""
    search_text = normalise_form(article.text)
    return (
        article.id,
        _sha256(search_text),
        article.text,
        search_text,
        article.title,
        article.outlet,
        article.url,
        article.published,
    )


def _search_key(*names: str | None) -> str:
    """Names joined into one folded string that a LIKE substring filter reads."""
    return "\n".join(fold(name) for name in names if name)


def _actor(actor: Actor | None) -> tuple[Any, ...]:
    if actor is None:
        return (None, None, None)
    return (actor.name, actor.name_ar, actor.country)


def event_values(event: Event) -> tuple[Any, ...]:
    """The values of EVENT_COLUMNS for `event`, its full JSON last."""
    place = event.location or Place()
    actor = event.actor or Actor()
    return (
        event.event_type,
        event.mode,
        event.date,
        place.country,
        place.admin1,
        place.name,
        place.name_ar,
        place.lat,
        place.lon,
        *_actor(event.actor),
        *_actor(event.target),
        event.killed,
        event.injured,
        _search_key(actor.name, actor.name_ar),
        _search_key(place.name, place.name_ar, place.admin1),
        event.model_dump_json(),
    )


def _bounds(values: Sequence[int | None]) -> tuple[int | None, int | None]:
    known = [value for value in values if value is not None]
    return (min(known), max(known)) if known else (None, None)


def happening_row(happening: CanonicalEvent) -> tuple[Any, ...]:
    """The values of HAPPENING_COLUMNS for `happening`: its event columns, count ranges, report count."""
    killed = happening.killed_range
    injured = happening.injured_range
    killed_bounds = (killed.min, killed.max) if killed else _bounds([happening.killed])
    injured_bounds = (injured.min, injured.max) if injured else _bounds([happening.injured])
    return (
        happening.id,
        *event_values(happening),
        *killed_bounds,
        *injured_bounds,
        len(happening.reports),
    )


def report_rows(happening: CanonicalEvent) -> list[tuple[Any, ...]]:
    """The values of REPORT_COLUMNS for each report of `happening`, in order."""
    return [
        (happening.id, report.event_id, report.article_id, position, report.why, report.model_dump_json())
        for position, report in enumerate(happening.reports)
    ]


def article_from_row(row: Sequence[Any]) -> Article:
    """An Article from (id, text, published, outlet, url, title)."""
    article_id, text, published, outlet, url, title = row
    if isinstance(published, str):
        published = dt.date.fromisoformat(published)
    return Article(id=article_id, text=text, published=published, outlet=outlet, url=url, title=title)
