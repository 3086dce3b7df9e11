"""Several processes on one store: a writer killed with SIGKILL, and two writers at once."""

from __future__ import annotations

import collections
import signal
import subprocess
import sys
import time
from pathlib import Path

from rasd.pipeline import extract
from rasd.store import open_store

WRITER = Path(__file__).with_name("_writer.py")


def start_writer(url: str, start: int, stop: int, go_file: Path | None = None) -> subprocess.Popen:
    command = [sys.executable, str(WRITER), url, str(start), str(stop)]
    command += [str(go_file)] if go_file else []
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def stored_events(url: str) -> dict[str, list]:
    """Each stored article's events, by article id."""
    by_article = collections.defaultdict(list)
    with open_store(url) as store:
        for article, event in store.all_events():
            by_article[article.id].append(event)
    return by_article


def assert_whole(url: str, lexicons) -> int:
    """Every stored article has exactly the events its extraction gives; the number of articles."""
    events = stored_events(url)
    with open_store(url) as store:
        done = store.stats()["articles"]["done"]
        ids = [f"w-{n:04d}" for n in range(400) if store.has(f"w-{n:04d}")]
        assert len(ids) == done
        for article_id in ids:
            article = store.article(article_id).article
            assert events.get(article_id, []) == extract(article, lexicons).events, article_id
    return done


def test_kill_9_mid_put_leaves_only_whole_articles(store_url, lexicons):
    writer = start_writer(store_url, 0, 400)
    assert writer.stdout.readline().strip() == "ready", writer.stderr.read()
    deadline = time.monotonic() + 60
    with open_store(store_url) as store:
        while store.stats()["articles"]["done"] < 40 and time.monotonic() < deadline:
            time.sleep(0.005)
    writer.send_signal(signal.SIGKILL)
    writer.wait()
    assert writer.returncode == -signal.SIGKILL
    stored = assert_whole(store_url, lexicons)
    assert 40 <= stored < 400

    rerun = start_writer(store_url, 0, 400)
    out, err = rerun.communicate(timeout=120)
    assert rerun.returncode == 0, err
    assert out.split() == ["ready", str(400 - stored)]
    assert assert_whole(store_url, lexicons) == 400


def test_two_writer_processes_at_once(store_url, lexicons, tmp_path):
    go = tmp_path / "go"
    writers = [start_writer(store_url, 0, 120, go), start_writer(store_url, 60, 180, go)]
    for writer in writers:
        assert writer.stdout.readline().strip() == "ready", writer.stderr.read()
    go.touch()
    new = 0
    for writer in writers:
        out, err = writer.communicate(timeout=120)
        assert writer.returncode == 0, err
        new += int(out)
    assert new == 180  # the 60 articles both wrote are stored once
    assert assert_whole(store_url, lexicons) == 180
