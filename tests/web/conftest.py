"""Fixtures for the HTTP API: the app over a real store (SQLite and PostgreSQL), a client, a write key.

The passages are two outlets' reports of one air strike in Idlib, an arrest in Baghdad by a third
outlet, and one English text that rasd skips.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from rasd.web import create_app

STRIKE_A = {
    "id": "jz-1",
    "outlet": "الجزيرة",
    "published": "2019-12-24",
    "url": "https://example.org/jz/1",
    "title": "غارة على معرة النعمان",
    "text": "قتل 6 مدنيين بينهم طفلان في غارة جوية على مدينة معرة النعمان في ريف إدلب اليوم الثلاثاء، حسبما أفاد الدفاع المدني.",
}
STRIKE_B = {
    "id": "bbc-1",
    "outlet": "BBC Arabic",
    "published": "2019-12-24",
    "text": "أفاد ناشطون بمقتل 8 أشخاص في قصف جوي استهدف مدينة معرة النعمان جنوب إدلب اليوم الثلاثاء.",
}
ARREST = {
    "id": "rt-1",
    "outlet": "RT Arabic",
    "published": "2019-11-02",
    "text": "اعتقلت الشرطة العراقية 12 متظاهرا في بغداد أمس.",
}
ENGLISH = {"id": "en-1", "text": "Three soldiers were killed on Monday."}
ARTICLES = [STRIKE_A, STRIKE_B, ARREST]


@pytest.fixture
def articles() -> dict[str, dict]:
    """The passages as JSONL records, by id: jz-1 and bbc-1 (the strike), rt-1 (the arrest), en-1."""
    return {record["id"]: dict(record) for record in [*ARTICLES, ENGLISH]}


@pytest.fixture
def app(store_url) -> Iterator[FastAPI]:
    """The app over a new, empty store of each kind."""
    made = create_app(store_url)
    yield made
    made.state.store.close()


@pytest.fixture
def client(app) -> Iterator[TestClient]:
    with TestClient(app) as opened:
        yield opened


@pytest.fixture
def key(app) -> str:
    """A valid write key."""
    return app.state.store.create_key("tests")


def _fill(client: TestClient, key: str) -> TestClient:
    reply = client.post("/articles", json={"articles": ARTICLES}, headers={"X-API-Key": key})
    assert reply.status_code == 200, reply.text
    assert reply.json()["stored"] == 3
    return client


@pytest.fixture
def filled(client, key) -> TestClient:
    """The client over a store of its own holding the three articles, merged into happenings."""
    return _fill(client, key)


@pytest.fixture(scope="module", params=["sqlite", "postgres"])
def reader(request, tmp_path_factory) -> Iterator[TestClient]:
    """A client over one filled store per kind, shared by a module's tests that only read."""
    if request.param == "sqlite":
        url = str(tmp_path_factory.mktemp("web") / "rasd.db")
    else:
        url = request.getfixturevalue("postgres_server").new_database()
    made = create_app(url)
    made.state.key = made.state.store.create_key("tests")
    with TestClient(made) as client:
        yield _fill(client, made.state.key)
    made.state.store.close()
