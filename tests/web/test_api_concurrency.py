"""Several API servers writing one store at once: every article stored once, nothing lost."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from fastapi.testclient import TestClient

from rasd.ingest.run import ingest
from rasd.model import Article
from rasd.store import open_store
from rasd.web import create_app

SAMPLE = Path(__file__).parents[2] / "examples" / "ant-2018-sample.jsonl"
FIELDS = ("id", "text", "published", "outlet", "url", "title")


def _batches(size: int = 10, count: int = 60) -> list[list[dict]]:
    """The first `count` sample articles in batches; every second batch is sent twice (overlap)."""
    with SAMPLE.open(encoding="utf-8") as lines:
        rows = [json.loads(line) for _, line in zip(range(count), lines, strict=False)]
    records = [{name: row[name] for name in FIELDS} for row in rows]
    batches = [records[at : at + size] for at in range(0, count, size)]
    return batches + batches[::2]


def test_two_servers_writing_one_store_at_once_lose_and_double_nothing(store_url, tmp_path, lexicons):
    apps = [create_app(store_url), create_app(store_url)]  # two servers, two connections
    key = apps[0].state.store.create_key("writers")
    clients = [TestClient(app) for app in apps]
    batches = _batches()

    def send(number: int) -> int:
        client = clients[number % 2]
        reply = client.post("/articles", json={"articles": batches[number]}, headers={"X-API-Key": key})
        return reply.status_code

    try:
        with ThreadPoolExecutor(max_workers=6) as pool:
            statuses = list(pool.map(send, range(len(batches))))
    finally:
        for app in apps:
            app.state.store.close()
    assert statuses == [200] * len(batches)
    ids = {record["id"] for batch in batches for record in batch}
    with open_store(store_url) as store:
        stored = [article_id for article_id in ids if store.has(article_id)]
        done = store.stats()["articles"]["done"]
    assert len(stored) == done  # each stored once
    with open_store(str(tmp_path / "alone.db")) as alone:  # the same articles, one writer
        records = {record["id"]: record for batch in batches for record in batch}
        expected = ingest([Article(**record) for record in records.values()], alone, lexicons).stored
    assert done == expected  # nothing lost (the sample repeats some texts under other ids)
