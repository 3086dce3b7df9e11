"""Each route's happy path over a real store (SQLite and PostgreSQL), on short Arabic passages."""

from __future__ import annotations

import csv
import io
import json
import re

import pyarrow.parquet as pq
import pytest

from rasd.export import MEDIA_TYPES
from rasd.model import Article
from rasd.web import create_app


def _strike(client) -> dict:
    (happening,) = client.get("/events", params={"type": "ASSAULT"}).json()["events"]
    return happening


def test_health_names_the_store_and_counts_articles(filled, store_url):
    reply = filled.get("/health")
    assert reply.status_code == 200
    kind = "postgresql" if store_url.startswith("postgresql://") else "sqlite"
    assert reply.json() == {"status": "ok", "store": kind, "articles": 3}


def test_extract_returns_events_with_evidence_and_stores_nothing(client, articles):
    arrest = articles["rt-1"]
    body = {"text": arrest["text"], "published": "2019-11-02", "id": "arrest"}
    reply = client.post("/extract", json=body)
    assert reply.status_code == 200
    result = reply.json()
    assert result["id"] == "arrest"
    event = next(event for event in result["events"] if event["event_type"] == "COERCE")
    assert event["captured"] == 12 and event["location"]["name_ar"] == "بغداد"
    assert event["date"] == "2019-11-01"  # أمس: the day before publication
    span = event["field_evidence"]["captured"]
    assert arrest["text"][span["start"] : span["end"]] == span["text"] == "12 متظاهرا"
    assert client.get("/health").json()["articles"] == 0


def test_extract_without_an_id_or_date(client, articles):
    reply = client.post("/extract", json={"text": articles["bbc-1"]["text"]})
    assert reply.status_code == 200 and reply.json()["id"] == "request"
    assert reply.json()["events"][0]["killed"] == 8


def test_post_articles_stores_once_skips_english_and_merges_outlets(client, key, articles):
    headers = {"X-API-Key": key}
    first = client.post("/articles", json={"articles": list(articles.values())}, headers=headers).json()
    assert first["stored"] == 3 and first["already"] == 0 and first["failed"] == 0
    assert first["happenings"] == 3 and first["events"] == 4  # one strike, told twice; arrest; protest
    assert first["skipped"] == ["articles:3: skipped: no Arabic text (item en-1)"]
    again = client.post("/articles", json={"articles": [articles["jz-1"]]}, headers=headers).json()
    assert again["stored"] == 0 and again["already"] == 1


def test_events_lists_happenings_merged_across_outlets(filled):
    page = filled.get("/events").json()
    assert (page["limit"], page["offset"]) == (100, 0)
    strike = _strike(filled)
    assert strike["id"].startswith("hp-") and strike["killed_range"] == {"min": 6, "max": 8}
    assert {report["outlet"] for report in strike["reports"]} == {"الجزيرة", "BBC Arabic"}
    assert {event["event_type"] for event in page["events"]} >= {"ASSAULT", "COERCE"}


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"type": "ASSAULT"}, {"ASSAULT"}),
        ({"type": "COERCE", "mode": "arrest"}, {"COERCE"}),
        ({"mode": "aerial"}, {"ASSAULT"}),
        ({"country": "irq"}, {"COERCE", "PROTEST"}),
        ({"country": "SYR"}, {"ASSAULT"}),
        ({"actor": "الشرطة"}, {"COERCE", "PROTEST"}),
        ({"actor": "IRQ", "type": "COERCE"}, {"COERCE"}),
        ({"place": "idlib"}, {"ASSAULT"}),  # its admin1
        ({"place": "معره النعمان"}, {"ASSAULT"}),  # ه for ة: names are matched normalised
        ({"place": "Baghdad"}, {"COERCE", "PROTEST"}),
        ({"from": "2019-12-01"}, {"ASSAULT"}),
        ({"to": "2019-11-30"}, {"COERCE", "PROTEST"}),
        ({"from": "2019-11-01", "to": "2019-11-01"}, {"COERCE", "PROTEST"}),
        ({"min_killed": 7}, {"ASSAULT"}),
        ({"min_killed": 9}, set()),
        ({"text": "مدنيين"}, {"ASSAULT"}),
        ({"text": "ناشطون قصف"}, {"ASSAULT"}),
        ({"text": "متظاهرا", "type": "COERCE"}, {"COERCE"}),
        ({"source": "bbc"}, {"ASSAULT"}),
        ({"source": "RT"}, {"COERCE", "PROTEST"}),
        ({"source": "الجزيرة", "country": "IRQ"}, set()),
    ],
)
def test_every_filter_narrows_the_happenings(reader, params, expected):
    reply = reader.get("/events", params=params)
    assert reply.status_code == 200, reply.text
    assert {event["event_type"] for event in reply.json()["events"]} == expected


def test_limit_and_offset_page_through(reader):
    everything = [event["id"] for event in reader.get("/events").json()["events"]]
    assert len(everything) >= 2
    first = reader.get("/events", params={"limit": 1}).json()
    second = reader.get("/events", params={"limit": 1, "offset": 1}).json()
    assert [first["events"][0]["id"], second["events"][0]["id"]] == everything[:2]
    assert (second["limit"], second["offset"]) == (1, 1)


def test_events_in_every_format_with_its_media_type(reader):
    count = len(reader.get("/events").json()["events"])
    replies = {fmt: reader.get("/events", params={"format": fmt}) for fmt in MEDIA_TYPES}
    for fmt, reply in replies.items():
        assert reply.status_code == 200 and reply.headers["content-type"] == MEDIA_TYPES[fmt], fmt
    lines = [json.loads(line) for line in replies["jsonl"].text.splitlines()]
    assert len(lines) == count and all(line["id"].startswith("hp-") for line in lines)
    rows = list(csv.DictReader(io.StringIO(replies["csv"].text)))
    strike = next(row for row in rows if row["event_type"] == "Explosions/Remote violence")
    assert (strike["country"], strike["admin1"]) == ("Syria", "Idlib")
    geo = replies["geojson"].json()
    assert geo["type"] == "FeatureCollection" and geo["features"][0]["geometry"]["type"] == "Point"
    assert pq.read_table(io.BytesIO(replies["parquet"].content)).num_rows == count
    only = reader.get("/events", params={"format": "csv", "place": "بغداد"}).text.splitlines()
    assert len(only) == 1 + 2  # header, the arrest and the protest


def test_event_page_shows_each_source_with_its_evidence(reader, articles):
    strike = _strike(reader)
    reply = reader.get(f"/events/{strike['id']}")
    assert reply.status_code == 200
    detail = reply.json()
    assert detail["event"]["id"] == strike["id"] and len(detail["reports"]) == 2
    by_article = {source["article"]["id"]: source for source in detail["reports"]}
    assert by_article["jz-1"]["article"]["title"] == articles["jz-1"]["title"]
    assert by_article["bbc-1"]["report"]["killed"] == 8 and by_article["bbc-1"]["report"]["reported_by"]
    for source in detail["reports"]:
        text = source["article"]["text"]
        assert source["event"]["id"] == source["report"]["event_id"]
        for span in [source["report"]["evidence"], *source["event"]["field_evidence"].values()]:
            assert text[span["start"] : span["end"]] == span["text"]
    assert by_article["jz-1"]["event"]["field_evidence"]["killed"]["text"] == "6 مدنيين"


def test_event_page_of_one_articles_event(reader):
    event_id = _strike(reader)["reports"][1]["event_id"]
    detail = reader.get(f"/events/{event_id}").json()
    assert detail["event"]["id"] == event_id and "reports" not in detail["event"]
    (source,) = detail["reports"]
    assert source["event"]["id"] == event_id and source["article"]["id"] == source["report"]["article_id"]


def test_article_with_status_and_events(reader, articles):
    reply = reader.get("/articles/rt-1")
    assert reply.status_code == 200
    detail = reply.json()
    assert Article.model_validate(detail["article"]) == Article.model_validate(articles["rt-1"])
    assert detail["status"] == "done" and detail["error"] is None and detail["ingested_at"]
    assert {event["event_type"] for event in detail["events"]} == {"COERCE", "PROTEST"}
    assert all(event["article_id"] == "rt-1" for event in detail["events"])


@pytest.mark.parametrize("path", ["/events/hp-0000000000000000", "/events/nothing", "/articles/nothing"])
def test_unknown_ids_are_404_with_a_message(reader, path):
    reply = reader.get(path)
    assert reply.status_code == 404
    assert "nothing" in reply.json()["detail"] or "hp-0000000000000000" in reply.json()["detail"]


def test_stats_count_and_give_the_timeline_of_killed(reader):
    stats = reader.get("/stats").json()
    assert stats["articles"] == {"done": 3, "failed": 0}
    assert stats["happenings"] == len(reader.get("/events").json()["events"])
    assert stats["by_country"]["SYR"] == 2 and stats["by_event_type"]["ASSAULT"] == 2
    assert stats["killed_by_day"] == {"2019-12-24": _strike(reader)["killed"]}  # the happening's figure, once


def test_delete_removes_the_article_and_merges_again(filled, key):
    headers = {"X-API-Key": key}
    reply = filled.delete("/articles/bbc-1", headers=headers)
    assert reply.status_code == 200 and reply.json()["deleted"] == "bbc-1"
    assert filled.get("/articles/bbc-1").status_code == 404
    strike = _strike(filled)
    assert [report["article_id"] for report in strike["reports"]] == ["jz-1"]
    assert strike["killed_range"] == {"min": 6, "max": 6}
    assert filled.get("/events", params={"text": "ناشطون"}).json()["events"] == []  # out of the index too
    assert filled.delete("/articles/bbc-1", headers=headers).status_code == 404


def test_reprocess_retries_failed_articles(app, client, key, articles):
    article = Article.model_validate(articles["bbc-1"])
    app.state.store.put_failure(article, "RuntimeError: a bug since fixed")
    assert client.get("/articles/bbc-1").json()["status"] == "failed"
    reply = client.post("/reprocess", headers={"Authorization": f"Bearer {key}"})
    assert reply.status_code == 200
    assert reply.json()["stored"] == 1 and reply.json()["happenings"] == 1
    assert client.get("/articles/bbc-1").json()["status"] == "done"


def test_every_route_is_documented_with_an_example(tmp_path):
    app = create_app(str(tmp_path / "rasd.db"))
    try:
        paths = app.openapi()["paths"]
    finally:
        app.state.store.close()
    arabic = re.compile("[\u0621-\u064a]")
    for path, operations in paths.items():
        for method, operation in operations.items():
            where = f"{method.upper()} {path}"
            assert operation.get("summary") and operation.get("description"), where
            examples = json.dumps(
                [operation["responses"]["200"], operation.get("requestBody"), operation.get("parameters")],
                ensure_ascii=False,
            )
            assert '"example' in examples, where
            if "requestBody" in operation:
                assert arabic.search(json.dumps(operation["requestBody"], ensure_ascii=False)), where
