"""The store commands end to end: ingest, events in every format, show, stats, reprocess, watch."""

import csv
import io
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from rasd.cli import main

ROOT = Path(__file__).parents[1]
SEED = ROOT / "examples" / "seed-karabakh.txt"
ARTICLES = [
    {
        "id": "sky-1",
        "outlet": "skynews",
        "published": "2018-04-09",
        "text": "قتل 14 مدنيا في غارة جوية على مدينة دوما في ريف دمشق اليوم الاثنين، حسبما أفاد ناشطون.",
    },
    {
        "id": "bbc-1",
        "outlet": "BBC",
        "published": "2018-04-09",
        "text": "أفاد ناشطون بمقتل 15 شخصا في غارة جوية على مدينة دوما اليوم الاثنين.",
    },
]


def _run(*args, stdin=None):
    return CliRunner().invoke(main, [str(arg) for arg in args], input=stdin)


@pytest.fixture
def jsonl(tmp_path):
    path = tmp_path / "articles.jsonl"
    lines = [json.dumps(article, ensure_ascii=False) for article in ARTICLES]
    path.write_text("\n".join([lines[0], "{broken", lines[1]]) + "\n", encoding="utf-8")
    return path


def test_ingest_stores_once_names_bad_lines_and_merges_outlets(store_url, jsonl):
    first = _run("ingest", jsonl, "--db", store_url)
    assert first.exit_code == 1  # one unreadable line, named, the rest stored
    assert f"{jsonl}:2: invalid JSON" in first.stderr
    assert "2 article(s) stored" in first.stderr and "1 happening(s)" in first.stderr
    again = _run("ingest", jsonl, "--db", store_url)
    assert "0 article(s) stored" in again.stderr and "2 already there" in again.stderr
    table = _run("events", "--db", store_url, "--place", "دوما")
    (header, row) = table.stdout.strip().splitlines()
    assert header.startswith("id\tdate\ttype") and " (14-15)\t" in row and row.endswith("\t2")


def test_events_in_every_export_format(tmp_path, jsonl):
    db = tmp_path / "rasd.db"
    _run("ingest", jsonl, SEED, "--published", "2023-09-20", "--db", db)
    as_json = json.loads(_run("events", "--db", db, "--format", "json").stdout)
    assert {e["event_type"] for e in as_json["events"]} >= {"ASSAULT", "REQUEST", "CONSULT"}
    rows = list(csv.DictReader(io.StringIO(_run("events", "--db", db, "--format", "csv").stdout)))
    douma = next(row for row in rows if row["location"] == "Dūmā")
    assert (douma["country"], douma["admin1"], douma["fatalities"]) == ("Syria", "Rif Dimashq", "14")
    geo = json.loads(_run("events", "--db", db, "--format", "geojson").stdout)
    assert geo["type"] == "FeatureCollection" and geo["features"][0]["geometry"]["type"] == "Point"
    out = tmp_path / "events.parquet"
    assert _run("events", "--db", db, "--format", "parquet", "-o", out).exit_code == 0
    assert pq.read_table(out).num_rows == len(as_json["events"])


def test_filters_narrow_the_events(tmp_path, jsonl):
    db = tmp_path / "rasd.db"
    _run("ingest", jsonl, SEED, "--published", "2023-09-20", "--db", db)
    rows = _run("events", "--db", db, "--country", "AZE", "--type", "ASSAULT").stdout.splitlines()[1:]
    assert rows and all("\tASSAULT" in row for row in rows)
    assert _run("events", "--db", db, "--min-killed", "100").stdout.splitlines()[1:] == []
    found = _run("events", "--db", db, "--text", "علييف", "--type", "CONSULT").stdout.splitlines()[1:]
    assert len(found) == 1


def test_show_prints_every_source_with_the_evidence_marked(tmp_path, jsonl):
    db = tmp_path / "rasd.db"
    _run("ingest", jsonl, "--db", db)
    happening_id = _run("events", "--db", db).stdout.splitlines()[1].split("\t")[0]
    shown = _run("show", happening_id, "--db", db)
    assert shown.exit_code == 0
    assert "sources (2):" in shown.stdout and "skynews" in shown.stdout and "BBC" in shown.stdout
    assert "⟦" in shown.stdout and "merged: same type ASSAULT" in shown.stdout
    missing = _run("show", "hp-nothing", "--db", db)
    assert missing.exit_code != 0 and "no happening or event" in missing.stderr


def test_stats_summarises_the_store(tmp_path, jsonl):
    db = tmp_path / "rasd.db"
    _run("ingest", jsonl, "--db", db)
    out = _run("stats", "--db", db).stdout
    assert "2 article(s)" in out and "ASSAULT 2" in out and "deadliest happenings:" in out
    assert "skynews" in out.split("deadliest happenings:")[1]


def test_reprocess_finds_nothing_to_do_on_a_healthy_store(tmp_path, jsonl):
    db = tmp_path / "rasd.db"
    _run("ingest", jsonl, "--db", db)
    result = _run("reprocess", "--db", db)
    assert result.exit_code == 0 and "0 article(s) stored" in result.stderr


class _Feed(BaseHTTPRequestHandler):
    body = b""

    def do_GET(self):
        self.send_response(200)
        self.send_header("Content-Type", "application/rss+xml")
        self.end_headers()
        self.wfile.write(type(self).body)

    def log_message(self, *args):
        pass


def test_watch_stores_new_feed_items_only(tmp_path):
    items = "".join(
        f"<item><guid>https://news.example/{a['id']}</guid><title>خبر</title>"
        f"<description>{a['text']}</description></item>"
        for a in ARTICLES
    )
    _Feed.body = f'<?xml version="1.0"?><rss version="2.0"><channel><title>أخبار</title>{items}</channel></rss>'.encode()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Feed)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_port}/feed.xml"
    db = tmp_path / "rasd.db"
    try:
        result = _run("watch", url, "--every", "0", "--rounds", "2", "--db", db)
    finally:
        server.shutdown()
    assert result.exit_code == 0, result.output
    assert "2 new article(s)" in result.stderr
