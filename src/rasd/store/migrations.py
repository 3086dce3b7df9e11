"""The store's schema, as numbered migrations shared by SQLite and PostgreSQL.

Each migration lists the statements both databases run, then the few that differ, named by
dialect: full-text search is an FTS5 table kept in sync by triggers in SQLite, and a generated
`tsvector` column with a GIN index in PostgreSQL. Both index `articles.search_text`, the article
text normalised the way rasd matches it ("إدلب" and "ادلب" are one word).
The `schema_version` table records which migrations a database has had.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Dialect = Literal["sqlite", "postgres"]

SCHEMA_VERSION_TABLE = (
    "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
    "applied_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP)"
)


@dataclass(frozen=True, slots=True)
class Migration:
    """One step of the schema: statements for both dialects, then the dialect-specific ones."""

    version: int
    name: str
    shared: tuple[str, ...]
    sqlite: tuple[str, ...] = ()
    postgres: tuple[str, ...] = ()

    def statements(self, dialect: Dialect) -> tuple[str, ...]:
        """The statements `dialect` runs for this migration, in order."""
        return self.shared + (self.sqlite if dialect == "sqlite" else self.postgres)


# The columns of an event that filters read, shared by `events` and `happenings`.
_EVENT_COLUMNS = """
    event_type TEXT NOT NULL,
    mode TEXT,
    date DATE,
    country TEXT,
    admin1 TEXT,
    place TEXT,
    place_ar TEXT,
    lat DOUBLE PRECISION,
    lon DOUBLE PRECISION,
    actor TEXT,
    actor_ar TEXT,
    actor_country TEXT,
    target TEXT,
    target_ar TEXT,
    target_country TEXT,
    killed INTEGER,
    injured INTEGER,
    actor_search TEXT NOT NULL,
    place_search TEXT NOT NULL,
    json TEXT NOT NULL"""

_INITIAL = Migration(
    version=1,
    name="articles, events, happenings, full-text search",
    shared=(
        """CREATE TABLE articles (
            id TEXT PRIMARY KEY,
            content_hash TEXT NOT NULL UNIQUE,
            text TEXT NOT NULL,
            search_text TEXT NOT NULL,
            title TEXT,
            outlet TEXT,
            url TEXT,
            published DATE,
            status TEXT NOT NULL CHECK (status IN ('done', 'failed')),
            error TEXT,
            ingested_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP)""",
        "CREATE INDEX articles_status ON articles (status)",
        "CREATE INDEX articles_outlet ON articles (outlet)",
        f"""CREATE TABLE events (
            id TEXT PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,{_EVENT_COLUMNS},
            UNIQUE (article_id, position))""",
        "CREATE INDEX events_type_date ON events (event_type, date)",
        "CREATE INDEX events_date ON events (date)",
        "CREATE INDEX events_country ON events (country)",
        "CREATE INDEX events_actor_country ON events (actor_country)",
        "CREATE INDEX events_target_country ON events (target_country)",
        "CREATE INDEX events_killed ON events (killed)",
        f"""CREATE TABLE happenings (
            id TEXT PRIMARY KEY,{_EVENT_COLUMNS},
            killed_min INTEGER,
            killed_max INTEGER,
            injured_min INTEGER,
            injured_max INTEGER,
            reports INTEGER NOT NULL)""",
        "CREATE INDEX happenings_type_date ON happenings (event_type, date)",
        "CREATE INDEX happenings_date ON happenings (date)",
        "CREATE INDEX happenings_country ON happenings (country)",
        "CREATE INDEX happenings_killed ON happenings (killed_max)",
        """CREATE TABLE happening_reports (
            happening_id TEXT NOT NULL REFERENCES happenings (id) ON DELETE CASCADE,
            event_id TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
            article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            why TEXT,
            json TEXT NOT NULL,
            PRIMARY KEY (happening_id, event_id))""",
        "CREATE INDEX happening_reports_article ON happening_reports (article_id)",
        "CREATE INDEX happening_reports_event ON happening_reports (event_id)",
    ),
    sqlite=(
        "CREATE VIRTUAL TABLE articles_fts USING fts5 (article_id UNINDEXED, search_text)",
        # Only articles read successfully are searchable; they are never replaced, so the
        # delete trigger (a scan of the FTS table) does not run in normal use.
        """CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles WHEN new.status = 'done' BEGIN
            INSERT INTO articles_fts (article_id, search_text) VALUES (new.id, new.search_text);
        END""",
        """CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles WHEN old.status = 'done' BEGIN
            DELETE FROM articles_fts WHERE article_id = old.id;
        END""",
    ),
    postgres=(
        "ALTER TABLE articles ADD COLUMN search tsvector "
        "GENERATED ALWAYS AS (to_tsvector('simple', search_text)) STORED",
        "CREATE INDEX articles_search ON articles USING GIN (search)",
    ),
)

_API_KEYS = Migration(
    version=2,
    name="API keys, kept as salted hashes",
    shared=(
        """CREATE TABLE api_keys (
            name TEXT PRIMARY KEY,
            prefix TEXT NOT NULL UNIQUE,
            salt TEXT NOT NULL,
            hash TEXT NOT NULL,
            created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
            revoked_at TIMESTAMP)""",
    ),
)

MIGRATIONS: tuple[Migration, ...] = (_INITIAL, _API_KEYS)
