"""Where rasd keeps articles, events and happenings: SQLite by default, PostgreSQL when shared.

with open_store("rasd.db") as store:
    store.put(article, extract(article).events)
    store.events(EventQuery(place="إدلب", min_killed=1))
"""

from __future__ import annotations

import os

from rasd.store.base import Store, StoredArticle, StoreError
from rasd.store.keys import ApiKey
from rasd.store.query import EventQuery

__all__ = ["DEFAULT_URL", "ApiKey", "EventQuery", "Store", "StoreError", "StoredArticle", "open_store"]

DEFAULT_URL = "rasd.db"


def open_store(url: str | None = None) -> Store:
    """The store at `url`: a file path, sqlite:///path or postgresql://…; None: $RASD_DB, else rasd.db."""
    url = url or os.environ.get("RASD_DB") or DEFAULT_URL
    if url.startswith(("postgresql://", "postgres://")):
        from rasd.store.postgres import PostgresStore  # psycopg loads only when PostgreSQL is used

        return PostgresStore(url)
    if url.startswith("sqlite:///"):
        url = url.removeprefix("sqlite:///")
    elif "://" in url:
        raise StoreError(url.split("://")[0] + "://…", "unknown store URL: use a file path or postgresql://")
    from rasd.store.sqlite import SqliteStore

    return SqliteStore(url)
