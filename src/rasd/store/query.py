"""What to look for in the store, and the parameterised SQL condition that finds it.

Every value of an EventQuery reaches the database as a bound parameter; the SQL text is built
only from the fixed fragments below, never from a user's string.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from rasd.store.rows import fold

# (condition on the articles table `a`, its parameters), given the words of EventQuery.text.
TextMatch = Callable[[list[str]], tuple[str, list[Any]]]


@dataclass(frozen=True, slots=True)
class EventQuery:
    """A filter over stored events (or happenings); every field left None matches everything."""

    event_type: str | None = None
    """PLOVER type, e.g. "ASSAULT"."""
    mode: str | None = None
    """PLOVER mode, e.g. "aerial"."""
    country: str | None = None
    """ISO alpha-3 code of the event's location country OR its actor's OR its target's country."""
    actor: str | None = None
    """Substring of the actor's English or Arabic name ("الشرطة" finds "الشرطة العراقية") or country code."""
    place: str | None = None
    """Substring of the location's English or Arabic name or admin1: "ادلب" finds "إدلب"."""
    date_from: dt.date | None = None
    """Events on or after this day."""
    date_to: dt.date | None = None
    """Events on or before this day."""
    min_killed: int | None = None
    """At least this many killed (for a happening: its highest reported figure)."""
    text: str | None = None
    """Words that must all occur in the article text (full-text search), e.g. "مدنيين إدلب"."""
    source: str | None = None
    """Substring of the outlet's name, any case."""
    limit: int = 100
    offset: int = 0

    def __post_init__(self) -> None:
        if self.limit < 0 or self.offset < 0:
            raise ValueError(f"limit and offset must be >= 0, got limit={self.limit} offset={self.offset}")


def words(text: str) -> list[str]:
    """The searchable words of a query, normalised like article text: "في إدلب!" -> ["في", "ادلب"]."""
    return re.findall(r"\w+", fold(text))


def like_pattern(value: str) -> str:
    """A LIKE pattern matching `value` anywhere, its wildcards escaped with a backslash."""
    escaped = value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _names(column: str, value: str) -> tuple[str, list[Any]]:
    """`column` contains `value`, folded; a value with nothing to search ("_", "؟") matches nothing."""
    folded = fold(value)
    if not folded:
        return "1 = 0", []
    return f"{column} LIKE ? ESCAPE '\\'", [like_pattern(folded)]


def _row_conditions(query: EventQuery, killed_column: str) -> list[tuple[str, list[Any]]]:
    """Conditions on the event-like row `r` (an event or a happening)."""
    found: list[tuple[str, list[Any]]] = []
    if query.event_type is not None:
        found.append(("r.event_type = ?", [query.event_type]))
    if query.mode is not None:
        found.append(("r.mode = ?", [query.mode]))
    if query.country is not None:
        code = query.country.upper()
        found.append(("(r.country = ? OR r.actor_country = ? OR r.target_country = ?)", [code] * 3))
    if query.actor is not None:
        sql, params = _names("r.actor_search", query.actor)
        found.append((f"({sql} OR r.actor_country = ?)", [*params, query.actor.upper()]))
    if query.place is not None:
        found.append(_names("r.place_search", query.place))
    if query.date_from is not None:
        found.append(("r.date >= ?", [query.date_from]))
    if query.date_to is not None:
        found.append(("r.date <= ?", [query.date_to]))
    if query.min_killed is not None:
        found.append((f"r.{killed_column} >= ?", [query.min_killed]))
    return found


def _article_conditions(query: EventQuery, text_match: TextMatch) -> list[tuple[str, list[Any]]]:
    """Conditions on the article `a` an event comes from."""
    found: list[tuple[str, list[Any]]] = []
    if query.text is not None:
        searched = words(query.text)
        found.append(text_match(searched) if searched else ("1 = 0", []))
    if query.source is not None:
        found.append(("lower(a.outlet) LIKE ? ESCAPE '\\'", [like_pattern(query.source.lower())]))
    return found


def _joined(conditions: list[tuple[str, list[Any]]]) -> tuple[str, list[Any]]:
    sql = " AND ".join(condition for condition, _ in conditions) or "1 = 1"
    return sql, [param for _, params in conditions for param in params]


def events_where(query: EventQuery, text_match: TextMatch) -> tuple[str, list[Any]]:
    """WHERE clause and parameters over `events r JOIN articles a`."""
    return _joined(_row_conditions(query, "killed") + _article_conditions(query, text_match))


def happenings_where(query: EventQuery, text_match: TextMatch) -> tuple[str, list[Any]]:
    """WHERE clause and parameters over `happenings r`: article filters match any of its reports."""
    conditions = _row_conditions(query, "killed_max")
    on_articles = _article_conditions(query, text_match)
    if on_articles:
        article_sql, article_params = _joined(on_articles)
        exists = (
            "EXISTS (SELECT 1 FROM happening_reports hr JOIN articles a ON a.id = hr.article_id "
            f"WHERE hr.happening_id = r.id AND {article_sql})"
        )
        conditions.append((exists, article_params))
    return _joined(conditions)
