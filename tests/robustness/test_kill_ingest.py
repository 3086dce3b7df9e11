"""Nothing lost: the real `rasd ingest` killed with SIGKILL at random points leaves only whole articles.

After each kill the store holds no partial article (each stored article has exactly the events a fresh
extraction gives) and no report pointing nowhere; a last uninterrupted run completes the set with no
duplicate and the same happenings as a run never interrupted. Two `rasd ingest` at once both succeed.
"""

import contextlib
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import psycopg
import pytest

from rasd.ingest.read import read_articles
from rasd.pipeline import extract
from rasd.store import EventQuery, open_store

SAMPLE = Path(__file__).parents[2] / "examples" / "ant-2018-sample.jsonl"
RASD = Path(sys.executable).with_name("rasd")
COMMAND = [str(RASD)] if RASD.exists() else [sys.executable, "-c", "from rasd.cli import run; run()"]
ORPHANS = {
    "events without their article": "SELECT count(*) FROM events e LEFT JOIN articles a ON a.id = e.article_id"
    " WHERE a.id IS NULL",
    "reports pointing nowhere": "SELECT count(*) FROM happening_reports r"
    " LEFT JOIN happenings h ON h.id = r.happening_id LEFT JOIN events e ON e.id = r.event_id"
    " LEFT JOIN articles a ON a.id = r.article_id WHERE h.id IS NULL OR e.id IS NULL OR a.id IS NULL",
    "happenings without a report": "SELECT count(*) FROM happenings h WHERE NOT EXISTS"
    " (SELECT 1 FROM happening_reports r WHERE r.happening_id = h.id)",
    "events stored twice": "SELECT count(*) - count(DISTINCT id) FROM events",
}


@pytest.fixture(scope="module")
def fresh(lexicons):
    """Each sample article's events, extracted here, by article id."""
    return {article.id: extract(article, lexicons).events for article in read_articles(str(SAMPLE))}


def ingest(url: str) -> subprocess.Popen:
    return subprocess.Popen(
        [*COMMAND, "ingest", str(SAMPLE), "--db", url],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # its own process group: kill -9 reaches its extraction workers too
    )


def count(url: str, sql: str) -> int:
    """One number from the store, read with the backend's own driver."""
    if url.startswith("postgresql://"):
        with psycopg.connect(url) as connection:
            return connection.execute(sql).fetchone()[0]
    with sqlite3.connect(url) as connection:
        return connection.execute(sql).fetchone()[0]


def articles_in(url: str) -> int:
    """How many articles the store holds now (0 before its schema exists)."""
    try:
        return count(url, "SELECT count(*) FROM articles")
    except (sqlite3.Error, psycopg.Error):
        return 0


def assert_whole(url: str, fresh: dict) -> int:
    """No partial article and nothing pointing nowhere; the number of articles stored."""
    open_store(url).close()  # a kill before the schema was made leaves an empty database
    for problem, sql in ORPHANS.items():
        assert count(url, sql) == 0, problem
    with open_store(url) as store:
        done = [article_id for article_id in fresh if store.has(article_id)]
        for article_id in done:
            assert store.article(article_id).status == "done", article_id
            assert store.article_events(article_id) == fresh[article_id], article_id
        assert store.stats()["articles"]["done"] == len(done)
    return len(done)


def happening_ids(url: str) -> list[str]:
    with open_store(url) as store:
        return sorted(happening.id for happening in store.happenings(EventQuery(limit=100_000)))


def test_kill_9_at_random_points_then_a_rerun_completes_the_set(
    store_url, fresh, tmp_path, robustness_report
):
    rounds = 8 if "://" not in store_url else 3
    chance = random.Random(f"kill-{rounds}")
    survived = 0
    stored = 0
    for _ in range(rounds):
        # kill at a random article: after 1 to 30 % of those still to store have been written
        storable = len(fresh) - 2  # two sample articles repeat another's text
        target = stored + chance.randint(1, max(1, int((storable - stored) * 0.3)))
        writer = ingest(store_url)
        deadline = time.monotonic() + 120
        while writer.poll() is None and articles_in(store_url) < target and time.monotonic() < deadline:
            time.sleep(0.01)
        alive = writer.poll() is None
        with contextlib.suppress(ProcessLookupError):  # it may have finished already
            os.killpg(writer.pid, signal.SIGKILL)
        _, last_err = writer.communicate(timeout=120)
        now = assert_whole(store_url, fresh)
        assert now >= stored  # whole articles stay
        stored = now
        survived += alive and writer.returncode == -signal.SIGKILL
    rerun = ingest(store_url)
    _, err = rerun.communicate(timeout=300)
    assert rerun.returncode == 0, err
    total = assert_whole(store_url, fresh)
    clean_url = str(tmp_path / "clean.db")
    clean = ingest(clean_url)
    clean.communicate(timeout=300)
    assert (
        total == assert_whole(clean_url, fresh) == len(fresh) - 2
    )  # two sample articles repeat another's text
    assert happening_ids(store_url) == happening_ids(clean_url)
    kind = "PostgreSQL" if "://" in store_url else "SQLite"
    robustness_report(
        f"rasd ingest on {kind}: {survived} of {rounds} kill -9 rounds survived, {total} articles whole"
    )
    assert survived >= rounds - 1, (writer.returncode, last_err[-2000:])  # the last may finish first


def test_two_ingests_into_one_sqlite_store_both_succeed(tmp_path, fresh):
    url = str(tmp_path / "shared.db")
    writers = [ingest(url), ingest(url)]
    for writer in writers:
        _, err = writer.communicate(timeout=300)
        assert writer.returncode == 0, err
    assert assert_whole(url, fresh) == len(fresh) - 2
