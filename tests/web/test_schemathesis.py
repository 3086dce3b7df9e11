"""The API against its own OpenAPI schema: generated requests to every route over a real SQLite store.

No reply may be a server error, and every reply must match the schema (status, media type, body).
"""

from __future__ import annotations

import pytest
import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from rasd.web import create_app

CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]
SEED = [
    {
        "id": "sn-1",
        "outlet": "سانا",
        "published": "2020-02-10",
        "text": "قتل 3 جنود وأصيب 5 آخرون في هجوم لمسلحين على حاجز للجيش قرب مدينة درعا أمس.",
    },
    {
        "id": "sn-2",
        "outlet": "الحدث",
        "published": "2020-02-10",
        "text": "أفادت مصادر محلية بمقتل 4 جنود في هجوم على حاجز عسكري في درعا أمس.",
    },
]


OPERATIONS = [
    "GET /health",
    "POST /extract",
    "POST /articles",
    "POST /reprocess",
    "DELETE /articles/{article_id}",
    "GET /events",
    "GET /events/{event_id}",
    "GET /articles/{article_id}",
    "GET /stats",
]


@pytest.fixture(scope="module")
def api(tmp_path_factory):
    """The loaded schema of an app over a SQLite store holding two reports of one attack, and a write key."""
    app = create_app(str(tmp_path_factory.mktemp("schemathesis") / "rasd.db"))
    key = app.state.store.create_key("schemathesis")
    seeded = TestClient(app).post("/articles", json={"articles": SEED}, headers={"X-API-Key": key})
    assert seeded.status_code == 200 and seeded.json()["stored"] == 2
    yield schemathesis.openapi.from_asgi("/openapi.json", app), key
    app.state.store.close()


def test_every_operation_is_fuzzed(api):
    schema, _ = api
    assert {operation.ok().label for operation in schema.get_all_operations()} == set(OPERATIONS)


@pytest.mark.parametrize("label", OPERATIONS)
def test_every_route_answers_within_its_schema(api, label):
    schema, key = api
    operation = schema.find_operation_by_label(label)

    @given(case=operation.as_strategy())
    @settings(max_examples=30, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    def answers(case):
        case.call_and_validate(headers={"X-API-Key": key}, checks=CHECKS)

    answers()
