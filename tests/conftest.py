"""Shared fixtures: the lexicons (loaded once), a helper that extracts from a passage, and stores."""

from __future__ import annotations

import datetime as dt

import pytest

from rasd.lexicon.lexicons import Lexicons, load_lexicons
from rasd.model import Article, Event
from rasd.pipeline import extract
from stores import postgres_server, store, store_url  # noqa: F401  (store fixtures for every test)


@pytest.fixture(scope="session")
def lexicons() -> Lexicons:
    return load_lexicons()


@pytest.fixture(scope="session")
def events_of(lexicons):
    """events_of(text) -> the events rasd extracts from a short passage published 2018-06-01."""

    def run(text: str) -> list[Event]:
        article = Article(id="t", text=text, published=dt.date(2018, 6, 1))
        return extract(article, lexicons).events

    return run


@pytest.fixture(scope="session")
def actor_of(events_of):
    """actor_of(text, event_type) -> (country, sector) of the actor of the passage's last event of that type."""

    def run(text: str, event_type: str) -> tuple[str | None, str | None] | None:
        found = [e for e in events_of(text) if e.event_type == event_type]
        assert found, f"no {event_type} event in {[e.event_type for e in events_of(text)]}"
        actor = found[-1].actor
        return (actor.country, actor.sector) if actor else None

    return run
