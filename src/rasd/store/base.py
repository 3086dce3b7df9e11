"""The Store: articles, their events and the merged happenings, behind one small interface.

Backends (SQLite, PostgreSQL) supply a connection, transactions and full-text matching; every
query below is shared, written with `?` placeholders, and takes each value as a bound parameter.
"""

from __future__ import annotations

import datetime as dt
import threading
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Any, ClassVar, Literal, Protocol, Self, TypeVar

from rasd.errors import RasdError
from rasd.model import Article, CanonicalEvent, Event
from rasd.store.keys import ApiKey, digest_matches, new_key, split_key, utc
from rasd.store.migrations import MIGRATIONS, SCHEMA_VERSION_TABLE, Dialect
from rasd.store.query import EventQuery, events_where, happenings_where
from rasd.store.rows import (
    ARTICLE_COLUMNS,
    EVENT_COLUMNS,
    HAPPENING_COLUMNS,
    REPORT_COLUMNS,
    article_from_row,
    article_row,
    event_values,
    happening_row,
    report_rows,
)

T = TypeVar("T")
PAGE = 500
_ARTICLE_FIELDS = "a.id, a.text, a.published, a.outlet, a.url, a.title"
_ORDER = "ORDER BY r.date DESC NULLS LAST, r.id LIMIT ? OFFSET ?"


class StoreError(RasdError):
    """The store cannot do what was asked: names the store and the problem."""

    def __init__(self, where: str, problem: str):
        self.where, self.problem = where, problem
        super().__init__(f"{where}: {problem}")


@dataclass(frozen=True, slots=True)
class StoredArticle:
    """An article as the store holds it: whether it was processed, and the error if not."""

    article: Article
    status: Literal["done", "failed"]
    error: str | None
    """Why processing failed (None when done)."""
    ingested_at: dt.datetime
    """When the store received it (UTC)."""


class Transaction(Protocol):
    """What a backend's transaction offers the shared queries (SQL with `?` placeholders)."""

    def execute(self, sql: str, params: Sequence[Any] = ()) -> int:
        """Run one statement; the number of rows it changed."""

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        """Run one statement once per row."""

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        """Run one SELECT; its rows."""


class _AlreadyStored(Exception):
    """Raised inside `put` to roll back when the article turns out to be stored already."""


def _placeholders(columns: Sequence[str]) -> str:
    return ", ".join("?" for _ in columns)


def _insert(table: str, columns: Sequence[str], extra: str = "") -> str:
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({_placeholders(columns)}){extra}"


class Store(ABC):
    """Articles, events and happenings in one database; use as a context manager.

    Threads may share a store (a web server's workers): they take turns on its one connection.
    """

    dialect: ClassVar[Dialect]

    def __init__(self, where: str):
        self.where = where
        self._turn = threading.RLock()  # held for each read and each whole transaction

    # -- what a backend provides -------------------------------------------------------------

    @abstractmethod
    def _transaction(self) -> AbstractContextManager[Transaction]:
        """A transaction: committed when the block ends, rolled back if it raises."""

    @abstractmethod
    def _read(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        """The rows of one SELECT, outside any write transaction."""

    @abstractmethod
    def _text_match(self, words: list[str]) -> tuple[str, list[Any]]:
        """A condition on articles `a` true when all `words` occur in the text."""

    @abstractmethod
    def close(self) -> None:
        """Close the connection."""

    def _write(self, work: Callable[[Transaction], T]) -> T:
        """Run `work` in one transaction (backends may retry it when the database is busy)."""
        with self._turn, self._transaction() as tx:
            return work(tx)

    @abstractmethod
    def _lock_whole(self, tx: Transaction) -> None:
        """Keep other processes from a whole-store write at the same time: migrating the schema,
        replacing the happenings (two at once would deadlock on PostgreSQL)."""

    # -- lifecycle -----------------------------------------------------------------------------

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def migrate(self) -> int:
        """Bring the schema up to date; the schema version it is at."""
        return self._write(self._migrate)

    def _migrate(self, tx: Transaction) -> int:
        self._lock_whole(tx)
        tx.execute(SCHEMA_VERSION_TABLE)
        applied = {row[0] for row in tx.query("SELECT version FROM schema_version")}
        known = {migration.version for migration in MIGRATIONS}
        if applied - known:
            newest = max(applied - known)
            raise StoreError(self.where, f"schema version {newest} is newer than this rasd knows")
        for migration in MIGRATIONS:
            if migration.version not in applied:
                for statement in migration.statements(self.dialect):
                    tx.execute(statement)
                tx.execute(
                    "INSERT INTO schema_version (version, name) VALUES (?, ?)",
                    [migration.version, migration.name],
                )
        return max(known | applied)

    # -- articles and events ---------------------------------------------------------------------

    def put(self, article: Article, events: Sequence[Event]) -> bool:
        """Store an article and its events in one transaction; False if it was already stored.

        The same article id or the same normalised text is stored once; an article stored as
        failed is replaced by the result.
        """
        self._check_events(article, events)
        row = article_row(article)

        def work(tx: Transaction) -> bool:
            tx.execute(
                "DELETE FROM articles WHERE status = 'failed' AND (id = ? OR content_hash = ?)",
                [article.id, row[1]],
            )
            columns = (*ARTICLE_COLUMNS, "status")
            if not tx.execute(_insert("articles", columns, " ON CONFLICT DO NOTHING"), [*row, "done"]):
                raise _AlreadyStored
            tx.executemany(
                _insert("events", ("id", "article_id", "position", *EVENT_COLUMNS)),
                [(event.id, article.id, n, *event_values(event)) for n, event in enumerate(events)],
            )
            return True

        try:
            return self._write(work)
        except _AlreadyStored:
            return False

    def _check_events(self, article: Article, events: Sequence[Event]) -> None:
        ids = [event.id for event in events]
        if len(set(ids)) != len(ids):
            raise StoreError(self.where, f"article {article.id!r}: two events share an id")
        for event in events:
            if event.article_id != article.id:
                problem = f"event {event.id} belongs to article {event.article_id!r}, not {article.id!r}"
                raise StoreError(self.where, problem)

    def put_failure(self, article: Article, error: str) -> bool:
        """Store an article that could not be processed, and why; False if it was already stored.

        A failed article already stored gets the new error; a processed one is left alone.
        """
        row = article_row(article)

        def work(tx: Transaction) -> bool:
            columns = (*ARTICLE_COLUMNS, "status", "error")
            if tx.execute(_insert("articles", columns, " ON CONFLICT DO NOTHING"), [*row, "failed", error]):
                return True
            tx.execute(
                "UPDATE articles SET error = ? WHERE status = 'failed' AND (id = ? OR content_hash = ?)",
                [error, article.id, row[1]],
            )
            return False

        return self._write(work)

    def failed(self) -> Iterator[Article]:
        """Every article stored as failed, by id, for `rasd reprocess` to try again."""
        last = ""
        while True:
            rows = self._read(
                f"SELECT {_ARTICLE_FIELDS} FROM articles a WHERE a.status = 'failed' AND a.id > ? "
                "ORDER BY a.id LIMIT ?",
                [last, PAGE],
            )
            yield from (article_from_row(row) for row in rows)
            if len(rows) < PAGE:
                return
            last = rows[-1][0]

    def article(self, article_id: str) -> StoredArticle | None:
        """The stored article with this id, its status and error; None if there is none."""
        rows = self._read(
            f"SELECT {_ARTICLE_FIELDS}, a.status, a.error, a.ingested_at FROM articles a WHERE a.id = ?",
            [article_id],
        )
        if not rows:
            return None
        *fields, status, error, ingested_at = rows[0]
        return StoredArticle(article_from_row(fields), status, error, utc(ingested_at))

    def delete_article(self, article_id: str) -> bool:
        """Remove an article, its events and their reports; False if there is none.

        Happenings are left as they were: run `rasd.ingest.run.merge_store` after to merge again.
        """
        return bool(self._write(lambda tx: tx.execute("DELETE FROM articles WHERE id = ?", [article_id])))

    def has(self, article_id: str) -> bool:
        """Whether an article with this id is stored (processed or failed)."""
        return bool(self._read("SELECT 1 FROM articles WHERE id = ?", [article_id]))

    def events(self, query: EventQuery) -> list[Event]:
        """The events matching `query`, latest first, e.g. EventQuery(place="إدلب", min_killed=1)."""
        where, params = events_where(query, self._text_match)
        rows = self._read(
            f"SELECT r.json FROM events r JOIN articles a ON a.id = r.article_id WHERE {where} {_ORDER}",
            [*params, query.limit, query.offset],
        )
        return [Event.model_validate_json(row[0]) for row in rows]

    def article_events(self, article_id: str) -> list[Event]:
        """The events of one stored article, in extraction order."""
        rows = self._read("SELECT json FROM events WHERE article_id = ? ORDER BY position", [article_id])
        return [Event.model_validate_json(row[0]) for row in rows]

    def event(self, event_id: str) -> Event | None:
        """The event with this id, or None."""
        rows = self._read("SELECT json FROM events WHERE id = ?", [event_id])
        return Event.model_validate_json(rows[0][0]) if rows else None

    def all_events(self) -> Iterator[tuple[Article, Event]]:
        """Every stored event with its article, by article id, events in extraction order."""
        return _pages_of_events(self._read)

    # -- happenings ---------------------------------------------------------------------------------

    def replace_happenings(self, happenings: Sequence[CanonicalEvent]) -> None:
        """Replace every stored happening (and its reports) with `happenings`, in one transaction."""

        def work(tx: Transaction) -> None:
            self._lock_whole(tx)
            _write_happenings(tx, happenings)

        self._write(work)

    def rebuild_happenings(
        self, merge: Callable[[Iterator[tuple[Article, Event]]], Sequence[CanonicalEvent]]
    ) -> int:
        """Replace the happenings with `merge` of every stored event, read and written in one locked
        transaction: two processes rebuilding at once never write a stale view. How many there are."""

        def work(tx: Transaction) -> int:
            self._lock_whole(tx)
            happenings = merge(_pages_of_events(tx.query))
            _write_happenings(tx, happenings)
            return len(happenings)

        return self._write(work)

    def happenings(self, query: EventQuery) -> list[CanonicalEvent]:
        """The happenings matching `query`, latest first; article filters match any of its reports."""
        where, params = happenings_where(query, self._text_match)
        rows = self._read(
            f"SELECT r.json FROM happenings r WHERE {where} {_ORDER}", [*params, query.limit, query.offset]
        )
        return [CanonicalEvent.model_validate_json(row[0]) for row in rows]

    def happening(self, happening_id: str) -> CanonicalEvent | None:
        """The happening with this id, or None."""
        rows = self._read("SELECT json FROM happenings WHERE id = ?", [happening_id])
        return CanonicalEvent.model_validate_json(rows[0][0]) if rows else None

    # -- API keys ---------------------------------------------------------------------------------

    def create_key(self, name: str) -> str:
        """A new API key named `name`, returned once: the store keeps only its salted hash."""
        made = new_key()

        def work(tx: Transaction) -> None:
            tx.execute("DELETE FROM api_keys WHERE name = ? AND revoked_at IS NOT NULL", [name])
            inserted = tx.execute(
                _insert("api_keys", ("name", "prefix", "salt", "hash"), " ON CONFLICT DO NOTHING"),
                [name, made.prefix, made.salt, made.digest],
            )
            if not inserted:
                raise StoreError(self.where, f"an API key named {name!r} exists: revoke it first")

        self._write(work)
        return made.key

    def api_keys(self) -> list[ApiKey]:
        """Every key the store knows, revoked ones included, by name."""
        rows = self._read("SELECT name, prefix, created_at, revoked_at FROM api_keys ORDER BY name")
        return [
            ApiKey(name, prefix, utc(made), utc(revoked) if revoked else None)
            for name, prefix, made, revoked in rows
        ]

    def revoke_key(self, name: str) -> bool:
        """Withdraw the key named `name`; False if there is no valid key of that name."""
        sql = "UPDATE api_keys SET revoked_at = CURRENT_TIMESTAMP WHERE name = ? AND revoked_at IS NULL"
        return bool(self._write(lambda tx: tx.execute(sql, [name])))

    def find_key(self, key: str) -> ApiKey | None:
        """The stored key that `key` is (revoked or not), its secret checked in constant time; else None."""
        parts = split_key(key)
        if parts is None:
            return None
        prefix, secret = parts
        rows = self._read(
            "SELECT name, created_at, revoked_at, salt, hash FROM api_keys WHERE prefix = ?", [prefix]
        )
        if not rows:
            return None
        name, made, revoked, salt, digest = rows[0]
        if not digest_matches(salt, secret, digest):
            return None
        return ApiKey(name, prefix, utc(made), utc(revoked) if revoked else None)

    # -- counts ---------------------------------------------------------------------------------

    def stats(self) -> dict[str, Any]:
        """Counts: articles done/failed, events, happenings, and events by day, type and location country."""
        statuses = dict(self._read("SELECT status, COUNT(*) FROM articles GROUP BY status"))
        return {
            "articles": {"done": statuses.get("done", 0), "failed": statuses.get("failed", 0)},
            "events": self._read("SELECT COUNT(*) FROM events")[0][0],
            "happenings": self._read("SELECT COUNT(*) FROM happenings")[0][0],
            "by_day": self._counts("date"),
            "by_event_type": self._counts("event_type"),
            "by_country": self._counts("country"),
        }

    def killed_by_day(self) -> dict[str, int]:
        """The happenings' killed summed per day, by the database: {"2019-12-24": 6}."""
        rows = self._read(
            "SELECT date, SUM(killed) FROM happenings WHERE date IS NOT NULL AND killed IS NOT NULL"
            " GROUP BY date ORDER BY date"
        )
        return {str(day): int(total) for day, total in rows}

    def _counts(self, column: Literal["date", "event_type", "country"]) -> dict[str, int]:
        rows = self._read(
            f"SELECT {column}, COUNT(*) FROM events WHERE {column} IS NOT NULL"
            f" GROUP BY {column} ORDER BY {column}"
        )
        return {str(value): count for value, count in rows}


def _pages_of_events(
    read: Callable[[str, Sequence[Any]], list[tuple[Any, ...]]],
) -> Iterator[tuple[Article, Event]]:
    """Every stored event with its article, read a page at a time with `read`."""
    last_article, last_position = "", -1
    current: Article | None = None
    while True:
        rows = read(
            f"SELECT {_ARTICLE_FIELDS}, r.position, r.json"
            " FROM events r JOIN articles a ON a.id = r.article_id"
            " WHERE r.article_id > ? OR (r.article_id = ? AND r.position > ?)"
            " ORDER BY r.article_id, r.position LIMIT ?",
            [last_article, last_article, last_position, PAGE],
        )
        for *fields, _, event_json in rows:
            if current is None or current.id != fields[0]:
                current = article_from_row(fields)
            yield current, Event.model_validate_json(event_json)
        if len(rows) < PAGE:
            return
        last_article, last_position = rows[-1][0], rows[-1][-2]


def _write_happenings(tx: Transaction, happenings: Sequence[CanonicalEvent]) -> None:
    tx.execute("DELETE FROM happening_reports")
    tx.execute("DELETE FROM happenings")
    tx.executemany(_insert("happenings", HAPPENING_COLUMNS), [happening_row(h) for h in happenings])
    reports = [row for happening in happenings for row in report_rows(happening)]
    tx.executemany(_insert("happening_reports", REPORT_COLUMNS), reports)
