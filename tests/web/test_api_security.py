"""The API's guards: write keys, body limits, validation, CORS, and SQL injection in every filter."""

from __future__ import annotations

import http.client
import json
import socket
import threading
import time

import pytest
import uvicorn
from fastapi.testclient import TestClient

from rasd.web import create_app

ARREST = {"id": "rt-9", "text": "اعتقلت قوات الأمن 4 ناشطين في مدينة حلب اليوم.", "published": "2020-03-01"}
INJECTIONS = [
    "'; DROP TABLE events; --",
    "' OR '1'='1",
    '" OR 1=1 --',
    "ادلب' OR '1'='1",
    "%",
    "_",
    "\\",
    'NEAR("a" "b")',
    "*",
    "مدنيين) OR (1=1",
    "1; DELETE FROM articles",
    "' UNION SELECT json FROM happenings --",
]
TEXT_FILTERS = ["type", "mode", "country", "actor", "place", "text", "source"]
TYPED_FILTERS = ["from", "to", "min_killed", "limit", "offset", "format"]
WRITES = [
    ("post", "/articles", {"json": {"articles": [ARREST]}}),
    ("post", "/reprocess", {}),
    ("delete", "/articles/rt-9", {}),
]


# -- keys ---------------------------------------------------------------------------------------


def test_writes_without_a_key_are_401(client):
    for method, path, body in WRITES:
        reply = getattr(client, method)(path, **body)
        assert reply.status_code == 401, path
        assert "needs an API key" in reply.json()["detail"] and "X-API-Key" in reply.json()["detail"]


def test_writes_with_a_wrong_key_are_401(client, key):
    forged = key[:-4] + ("AAAA" if not key.endswith("AAAA") else "BBBB")
    wrong = [
        {"X-API-Key": "wrong"},
        {"X-API-Key": forged},
        {"Authorization": f"Bearer {forged}"},
        {"Authorization": "Bearer rasd_000000000000_" + "A" * 43},
        {"Authorization": f"Basic {key}"},
    ]
    for method, path, body in WRITES:
        for headers in wrong:
            reply = getattr(client, method)(path, headers=headers, **body)
            assert reply.status_code == 401, (path, headers)
            assert reply.json()["detail"]


def test_writes_with_a_revoked_key_are_403(app, client, key):
    assert app.state.store.revoke_key("tests")
    for method, path, body in WRITES:
        reply = getattr(client, method)(path, headers={"X-API-Key": key}, **body)
        assert reply.status_code == 403 and reply.json()["detail"] == "the API key 'tests' was revoked"


def test_a_valid_key_in_either_header_writes(client, key):
    assert (
        client.post("/articles", json={"articles": [ARREST]}, headers={"X-API-Key": key}).status_code == 200
    )
    reply = client.delete("/articles/rt-9", headers={"Authorization": f"Bearer {key}"})
    assert reply.status_code == 200


def test_reads_are_public_unless_a_read_key_is_required(store_url, client):
    assert client.get("/events").status_code == 200
    locked = create_app(store_url, read_key_required=True)
    try:
        with TestClient(locked) as guarded:
            for path in ("/health", "/events", "/stats", "/events/hp-x", "/articles/x"):
                assert guarded.get(path).status_code == 401, path
            read_key = locked.state.store.create_key("reader")
            assert guarded.get("/events", headers={"X-API-Key": read_key}).status_code == 200
            assert guarded.post("/extract", json={"text": ARREST["text"]}).status_code == 200
    finally:
        locked.state.store.close()


# -- sizes and validation ---------------------------------------------------------------------------


@pytest.fixture
def small(tmp_path):
    """A client of an app taking bodies up to 1000 bytes (refused before any store is asked)."""
    made = create_app(str(tmp_path / "rasd.db"), max_body_bytes=1000)
    with TestClient(made) as opened:
        yield opened, made.state.store.create_key("tests")
    made.state.store.close()


def test_a_body_over_the_limit_is_413_before_parsing(small):
    client, key = small
    big = json.dumps({"articles": [{**ARREST, "text": ARREST["text"] * 30}]})
    for path, headers in (("/articles", {"X-API-Key": key}), ("/extract", {})):
        reply = client.post(path, content=big, headers={**headers, "Content-Type": "application/json"})
        assert reply.status_code == 413
        assert "larger than this server accepts (1000 bytes)" in reply.json()["detail"]
    broken = "{" * 5000  # never parsed: refused for its size, not its syntax
    assert client.post("/extract", content=broken).status_code == 413
    assert client.get("/health").json()["articles"] == 0


def test_a_streamed_body_without_a_length_is_counted(small):
    client, _ = small

    def chunks():
        for _ in range(20):
            yield b'{"text": "' + "قتل".encode() * 30 + b'"'

    reply = client.post("/extract", content=chunks(), headers={"Content-Type": "application/json"})
    assert reply.status_code == 413
    ok = client.post("/extract", json={"text": ARREST["text"]})
    assert ok.status_code == 200 and ok.json()["events"]


@pytest.mark.parametrize(
    ("path", "body", "field"),
    [
        ("/extract", {}, "body.text"),
        ("/extract", {"text": ""}, "body.text"),
        ("/extract", {"text": "قتل", "published": "24-12-2019"}, "body.published"),
        ("/extract", {"text": "قتل\x00 جنديين"}, "body.text"),
        ("/extract", {"text": "قتل", "colour": "red"}, "body.colour"),
        ("/articles", {"articles": [{"id": "x"}]}, "body.articles.0.text"),
        ("/articles", {"articles": "قتل"}, "body.articles"),
    ],
)
def test_invalid_bodies_are_422_naming_the_field(reader, path, body, field):
    reply = reader.post(path, json=body, headers={"X-API-Key": reader.app.state.key})
    assert reply.status_code == 422
    assert field in reply.json()["message"]
    assert all("input" not in problem for problem in reply.json()["detail"])  # not echoed back


def test_broken_json_and_lone_surrogates_are_refused(client, key):
    json_type = {"Content-Type": "application/json"}
    reply = client.post("/extract", content=b'{"text": "\xd9', headers=json_type)
    assert reply.status_code == 400 and "parsing the body" in reply.json()["detail"]  # not UTF-8
    reply = client.post("/extract", content='{"text": "قتل'.encode(), headers=json_type)
    assert reply.status_code == 422 and "JSON" in reply.json()["message"]
    surrogate = b'{"text": "\\ud800 \\u0642\\u062a\\u0644"}'
    assert (
        client.post("/extract", content=surrogate, headers={"Content-Type": "application/json"}).status_code
        == 422
    )
    reply = client.post(
        "/articles",
        content=b'{"articles": [{"id": "s", "text": "\\ud800 \\u0642\\u062a\\u0644 \\u062c\\u0646\\u062f\\u064a"}]}',
        headers={"X-API-Key": key, "Content-Type": "application/json"},
    )
    assert (
        reply.status_code == 422
        and "body.articles.0: Value error, 'text' holds a lone surrogate" in reply.json()["message"]
    )
    nul = {"articles": [{"id": "n", "text": "قتل جندي", "title": "عنوان\x00"}]}
    reply = client.post("/articles", json=nul, headers={"X-API-Key": key})
    assert reply.status_code == 422 and "'title' holds a NUL character" in reply.json()["message"]
    assert client.get("/health").json()["articles"] == 0


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"limit": 1001}, "query.limit"),
        ({"limit": -1}, "query.limit"),
        ({"offset": 2**63}, "query.offset"),
        ({"min_killed": "many"}, "query.min_killed"),
        ({"from": "2019-13-01"}, "query.from"),
        ({"format": "xml"}, "query.format"),
        ({"place": "إدلب\x00"}, "query.place"),
    ],
)
def test_bad_query_parameters_are_422_naming_the_field(reader, params, field):
    reply = reader.get("/events", params=params)
    assert reply.status_code == 422 and field in reply.json()["message"]


# -- injection ----------------------------------------------------------------------------------


@pytest.mark.parametrize("name", TEXT_FILTERS + TYPED_FILTERS)
def test_sql_injection_in_every_filter_is_harmless(reader, name):
    before = reader.get("/events").json()["events"]
    for attack in INJECTIONS:
        reply = reader.get("/events", params={name: attack})
        assert reply.status_code in (200, 422), (name, attack, reply.text)
        if reply.status_code == 200:
            assert reply.json()["events"] == [], (name, attack)  # matches nothing, dumps nothing
        else:
            assert reply.json()["detail"][0]["loc"] == ["query", name]
    for attack in INJECTIONS:
        for path in (f"/events/{attack}", f"/articles/{attack}"):
            assert reader.get(path).status_code in (404, 422), path
    assert reader.get("/events").json()["events"] == before


def test_injection_inside_real_words_still_finds_only_real_matches(reader):
    reply = reader.get("/events", params={"text": "مدنيين' OR '1'='1"})
    assert reply.status_code == 200
    assert reply.json()["events"] == []  # every word must occur: "or" and "1" do not


# -- CORS ----------------------------------------------------------------------------------------


def test_cors_is_off_unless_origins_are_given(store_url, client):
    origin = {"Origin": "https://analyst.example.org"}
    assert "access-control-allow-origin" not in client.get("/health", headers=origin).headers
    opened = create_app(store_url, cors_origins=["https://analyst.example.org"])
    try:
        with TestClient(opened) as allowed:
            reply = allowed.get("/health", headers=origin)
            assert reply.headers["access-control-allow-origin"] == "https://analyst.example.org"
            other = allowed.get("/health", headers={"Origin": "https://elsewhere.example.com"})
            assert "access-control-allow-origin" not in other.headers
            refused = allowed.post("/articles", json={"articles": []}, headers=origin)
            assert refused.status_code == 401 and refused.headers["access-control-allow-origin"]
    finally:
        opened.state.store.close()


# -- a real server ---------------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_a_real_server_refuses_a_declared_oversize_body_without_reading_it(tmp_path):
    app = create_app(str(tmp_path / "rasd.db"), max_body_bytes=1000)
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + 10
        while not server.started and time.monotonic() < deadline:
            time.sleep(0.05)
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        connection.request("GET", "/health")
        assert json.loads(connection.getresponse().read())["status"] == "ok"
        connection.putrequest("POST", "/extract")
        connection.putheader("Content-Type", "application/json")
        connection.putheader("Content-Length", str(50_000_000))
        connection.endheaders()  # no body sent: the answer comes from the header alone
        reply = connection.getresponse()
        assert reply.status == 413 and "1000 bytes" in json.loads(reply.read())["detail"]
        connection.close()
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        app.state.store.close()
