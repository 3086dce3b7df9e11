"""The shared store: a PostgreSQL database, through psycopg 3."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import psycopg

from rasd.store.base import Store, StoreError, Transaction

_MIGRATION_LOCK = 0x72617364  # "rasd": the advisory lock of migrations and happening merges


def _sql(sql: str) -> str:
    """The shared queries' `?` placeholders as psycopg's `%s`."""
    return sql.replace("?", "%s")


def _redacted(url: str) -> str:
    """The URL without its password, for error messages."""
    return re.sub(r"(://[^:/@]+):[^@]*@", r"\1:***@", url)


class _PostgresTransaction:
    """The shared queries' view of a psycopg cursor inside a transaction."""

    def __init__(self, cursor: psycopg.Cursor):
        self._cursor = cursor

    def execute(self, sql: str, params: Sequence[Any] = ()) -> int:
        self._cursor.execute(_sql(sql), params)
        return self._cursor.rowcount

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        if rows:
            self._cursor.executemany(_sql(sql), rows)

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        return self._cursor.execute(_sql(sql), params).fetchall()


class PostgresStore(Store):
    """A store in a PostgreSQL database, e.g. PostgresStore("postgresql://rasd@localhost/rasd")."""

    dialect = "postgres"

    def __init__(self, url: str):
        super().__init__(_redacted(url))
        try:
            self._connection = psycopg.connect(url, autocommit=True)
            self._connection.execute("SET TIME ZONE 'UTC'")
        except psycopg.Error as error:
            raise StoreError(self.where, f"cannot connect to PostgreSQL: {error}") from error
        self.migrate()

    def close(self) -> None:
        """Close the connection."""
        self._connection.close()

    @contextmanager
    def _transaction(self) -> Iterator[Transaction]:
        with self._connection.transaction(), self._connection.cursor() as cursor:
            yield _PostgresTransaction(cursor)

    def _lock_whole(self, tx: Transaction) -> None:
        tx.query("SELECT pg_advisory_xact_lock(?)", [_MIGRATION_LOCK])

    def _read(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        with self._turn:
            return self._connection.execute(_sql(sql), params).fetchall()

    def _text_match(self, words: list[str]) -> tuple[str, list[Any]]:
        return "a.search @@ plainto_tsquery('simple', ?)", [" ".join(words)]
