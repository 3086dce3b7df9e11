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
