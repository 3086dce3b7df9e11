"""The embedded store: one SQLite file, in WAL mode, safe for several writing processes."""

from __future__ import annotations

import datetime as dt
import sqlite3
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, TypeVar

from rasd.store.base import Store, StoreError, Transaction

T = TypeVar("T")
BUSY_TIMEOUT = 30.0  # seconds a writer waits for another one before "database is locked"
RETRIES = 5


def _params(params: Sequence[Any]) -> list[Any]:
    """Dates as ISO text, the form SQLite compares and sorts correctly."""
    return [value.isoformat() if isinstance(value, dt.date) else value for value in params]


def _is_busy(error: sqlite3.OperationalError) -> bool:
    message = str(error)
    return "database is locked" in message or "database is busy" in message


class _SqliteTransaction:
    """The shared queries' view of a SQLite connection inside BEGIN IMMEDIATE … COMMIT."""

    def __init__(self, connection: sqlite3.Connection):
        self._connection = connection

    def execute(self, sql: str, params: Sequence[Any] = ()) -> int:
        return self._connection.execute(sql, _params(params)).rowcount

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        if rows:
            self._connection.executemany(sql, [_params(row) for row in rows])

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        return self._connection.execute(sql, _params(params)).fetchall()


class SqliteStore(Store):
    """A store in one SQLite file (WAL, busy timeout, foreign keys on), e.g. SqliteStore("rasd.db")."""

    dialect = "sqlite"

    def __init__(self, path: str, busy_timeout: float = BUSY_TIMEOUT):
        super().__init__(path)
        try:
            self._connection = sqlite3.connect(
                path, timeout=busy_timeout, isolation_level=None, check_same_thread=False
            )
            self._connection.execute(f"PRAGMA busy_timeout = {int(busy_timeout * 1000)}")
            self._connection.execute("PRAGMA journal_mode = WAL")
            self._connection.execute("PRAGMA synchronous = NORMAL")
            self._connection.execute("PRAGMA foreign_keys = ON")
        except sqlite3.Error as error:
            raise StoreError(path, f"cannot open the SQLite database: {error}") from error
        self.migrate()

    def close(self) -> None:
        """Close the connection."""
        self._connection.close()

    @contextmanager
    def _transaction(self) -> Iterator[Transaction]:
        self._connection.execute("BEGIN IMMEDIATE")
        try:
            yield _SqliteTransaction(self._connection)
            self._connection.execute("COMMIT")
        except BaseException:
            if self._connection.in_transaction:
                self._connection.execute("ROLLBACK")
            raise

    def _write(self, work: Callable[[Transaction], T]) -> T:
        """Run `work` in one transaction, again after a pause when another process holds the lock."""
        for attempt in range(RETRIES):
            try:
                with self._turn, self._transaction() as tx:
                    return work(tx)
            except sqlite3.OperationalError as error:
                if not _is_busy(error) or attempt == RETRIES - 1:
                    raise StoreError(self.where, str(error)) from error
                time.sleep(0.05 * 2**attempt)
        raise AssertionError("unreachable")

    def _lock_whole(self, tx: Transaction) -> None:
        """Nothing to do: BEGIN IMMEDIATE already holds the database's one write lock."""

    def _read(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        with self._turn:
            return self._connection.execute(sql, _params(params)).fetchall()

    def _text_match(self, words: list[str]) -> tuple[str, list[Any]]:
        phrase = " ".join('"' + word.replace('"', '""') + '"' for word in words)
        return "a.id IN (SELECT article_id FROM articles_fts WHERE articles_fts MATCH ?)", [phrase]
