"""The store contract, run on SQLite and on PostgreSQL: events extracted from Arabic passages."""

from __future__ import annotations

import datetime as dt

import pytest

from rasd.model import Article, CanonicalEvent, Event, Range, Report
from rasd.pipeline import extract
from rasd.store import EventQuery, StoreError, open_store
from rasd.store import base as store_base
from rasd.store.migrations import MIGRATIONS

PASSAGES = {
    "idlib": ("قتل 5 مدنيين في قصف للقوات السورية على مدينة إدلب أمس.", "Al Jazeera", dt.date(2023, 9, 20)),
    "idlib-2": ("قُتل سبعة مدنيين بينهم طفلان في قصف على إدلب أمس.", "BBC Arabic", dt.date(2023, 9, 20)),
    "baghdad": ("اعتقلت الشرطة العراقية 12 متظاهرا في بغداد أمس.", "BBC Arabic", dt.date(2023, 9, 10)),
    "russia": ("دعت روسيا إلى وقف إطلاق النار في إقليم كاراباخ.", "RT Arabic", dt.date(2023, 9, 21)),
}
INJECTIONS = ["'; DROP TABLE events; --", '" OR 1=1 --', "%", "_", "\\", "ادلب' OR '1'='1", 'NEAR("a" "b")']


@pytest.fixture(scope="module")
def extracted(lexicons) -> dict[str, tuple[Article, list[Event]]]:
    """Each passage as an article, with the events rasd extracts from it."""
    found = {}
    for name, (text, outlet, published) in PASSAGES.items():
        article = Article(
            id=name, text=text, outlet=outlet, published=published, url=f"https://example.org/{name}"
        )
        found[name] = (article, extract(article, lexicons).events)
    assert all(events for _, events in found.values()), "every passage must give events"
    return found


@pytest.fixture
def filled(store, extracted):
    for article, events in extracted.values():
        assert store.put(article, events)
    return store


def all_events(extracted) -> list[Event]:
    return [event for _, events in extracted.values() for event in events]


def ids(events) -> set[str]:
    return {event.id for event in events}


# -- put, round trip, idempotency -----------------------------------------------------------------


def test_put_round_trips_every_event_field(filled, extracted):
    for article, events in extracted.values():
        for event in events:
            assert filled.event(event.id) == event  # evidence spans and rule ids included
        assert filled.article(article.id).article == article
    assert ids(filled.events(EventQuery())) == ids(all_events(extracted))
    assert filled.event("ev-none") is None and filled.article("none") is None


def test_put_is_idempotent_by_id_and_by_normalised_text(store, extracted):
    article, events = extracted["idlib"]
    assert store.put(article, events) is True
    assert store.put(article, events) is False
    # the same story under another id, with hamza and tatweel written differently: stored once
    copy = article.model_copy(update={"id": "copy", "text": article.text.replace("إدلب", "ادلـب")})
    assert store.put(copy, extract(copy).events) is False
    assert not store.has("copy") and store.has("idlib")
    assert store.stats()["articles"] == {"done": 1, "failed": 0}
    assert store.stats()["events"] == len(events)


def test_put_refuses_events_of_another_article(store, extracted):
    article, _ = extracted["idlib"]
    with pytest.raises(StoreError, match="belongs to article 'russia'"):
        store.put(article, extracted["russia"][1])
    assert not store.has("idlib")


def test_failure_is_stored_listed_and_replaced_by_reprocessing(store, extracted):
    article, events = extracted["baghdad"]
    assert store.put_failure(article, "ValueError: bad date") is True
    stored = store.article("baghdad")
    assert (stored.status, stored.error, stored.article) == ("failed", "ValueError: bad date", article)
    assert stored.ingested_at.tzinfo is dt.UTC
    assert store.put_failure(article, "ValueError: still bad") is False
    assert store.article("baghdad").error == "ValueError: still bad"
    assert list(store.failed()) == [article]
    assert store.stats()["articles"] == {"done": 0, "failed": 1}

    assert store.put(article, events) is True  # reprocess: the result replaces the failure
    assert list(store.failed()) == []
    assert (store.article("baghdad").status, store.article("baghdad").error) == ("done", None)
    assert store.put_failure(article, "late failure") is False  # a done article stays done
    assert store.article("baghdad").status == "done"
    assert store.events(EventQuery(text="متظاهرا")) == events


def test_failed_and_all_events_page_through_everything(store, extracted, monkeypatch):
    monkeypatch.setattr(store_base, "PAGE", 2)
    failures = [Article(id=f"f{n}", text=f"نص لم يقرأ رقم {n}") for n in range(5)]
    for article in failures:
        store.put_failure(article, "boom")
    for article, events in extracted.values():
        store.put(article, events)
    assert list(store.failed()) == failures
    pairs = list(store.all_events())
    assert [event for _, event in pairs] == [e for name in sorted(extracted) for e in extracted[name][1]]
    assert all(article == extracted[article.id][0] for article, _ in pairs)


# -- filters --------------------------------------------------------------------------------------


def expected(extracted, keep) -> set[str]:
    return {event.id for event in all_events(extracted) if keep(event)}


def country_of(event: Event) -> set[str | None]:
    return {part.country if part else None for part in (event.location, event.actor, event.target)}


def folded_names(actor) -> str:
    return f"{actor.name or ''} {actor.name_ar or ''}".lower() if actor else ""


FILTERS = {
    "event_type": ({"event_type": "ASSAULT"}, lambda e: e.event_type == "ASSAULT"),
    "mode": ({"mode": "arrest"}, lambda e: e.mode == "arrest"),
    "country": ({"country": "irq"}, lambda e: "IRQ" in country_of(e)),
    "actor Arabic": ({"actor": "الشرطة"}, lambda e: "الشرطة" in folded_names(e.actor)),
    "actor English": ({"actor": "POLICE"}, lambda e: "police" in folded_names(e.actor)),
    "actor code": ({"actor": "RUS"}, lambda e: e.actor is not None and e.actor.country == "RUS"),
    "place hamza": ({"place": "ادلب"}, lambda e: e.location is not None and e.location.name == "Idlib"),
    "place English": (
        {"place": "baghdad"},
        lambda e: e.location is not None and e.location.name == "Baghdad",
    ),
    "date_from": ({"date_from": dt.date(2023, 9, 19)}, lambda e: e.date and e.date >= dt.date(2023, 9, 19)),
    "date_to": ({"date_to": dt.date(2023, 9, 18)}, lambda e: e.date and e.date <= dt.date(2023, 9, 18)),
    "min_killed": ({"min_killed": 6}, lambda e: (e.killed or 0) >= 6),
    "text": ({"text": "مدنيين"}, lambda e: e.article_id in {"idlib", "idlib-2"}),
    "text normalised": ({"text": "ادلب قصف"}, lambda e: e.article_id in {"idlib", "idlib-2"}),
    "text none": ({"text": "طائرة"}, lambda e: False),
    "source": ({"source": "bbc"}, lambda e: e.article_id in {"idlib-2", "baghdad"}),
    "combined": (
        {"event_type": "ASSAULT", "source": "jazeera", "min_killed": 1},
        lambda e: e.article_id == "idlib" and e.event_type == "ASSAULT" and (e.killed or 0) >= 1,
    ),
}


@pytest.mark.parametrize("name", FILTERS)
def test_each_filter_finds_exactly_its_events(filled, extracted, name):
    fields, keep = FILTERS[name]
    want = expected(extracted, keep)
    assert want != ids(all_events(extracted)), "the filter must leave some events out"
    assert ids(filled.events(EventQuery(**fields))) == want


def test_filters_that_must_match_something_do(filled, extracted):
    for name in ("event_type", "country", "actor Arabic", "place hamza", "date_from", "text", "source"):
        fields, _ = FILTERS[name]
        assert filled.events(EventQuery(**fields)), name


def test_limit_and_offset_page_in_date_order(filled, extracted):
    everything = filled.events(EventQuery())
    dates = [event.date for event in everything if event.date]
    assert dates == sorted(dates, reverse=True)
    assert filled.events(EventQuery(limit=2, offset=1)) == everything[1:3]
    assert filled.events(EventQuery(limit=0)) == []
    with pytest.raises(ValueError):
        EventQuery(limit=-1)


@pytest.mark.parametrize("value", INJECTIONS)
@pytest.mark.parametrize("field", ["event_type", "mode", "country", "actor", "place", "text", "source"])
def test_injection_strings_are_only_values(filled, extracted, field, value):
    assert filled.events(EventQuery(**{field: value})) == []
    assert filled.happenings(EventQuery(**{field: value})) == []
    assert len(filled.events(EventQuery())) == len(all_events(extracted))


# -- happenings --------------------------------------------------------------------------------


def report(article: Article, event: Event, why: str | None) -> Report:
    return Report(
        event_id=event.id,
        article_id=article.id,
        outlet=article.outlet,
        published=article.published,
        killed=event.killed,
        evidence=event.evidence,
        why=why,
    )


def happening(*items: tuple[Article, Event], killed: Range | None = None) -> CanonicalEvent:
    base = items[0][1]
    reports = [
        report(article, event, None if n == 0 else "same day and place")
        for n, (article, event) in enumerate(items)
    ]
    return CanonicalEvent(**base.model_dump(), reports=reports, killed_range=killed)


@pytest.fixture
def happenings(filled, extracted):
    (idlib, idlib_events), (idlib_2, idlib_2_events) = extracted["idlib"], extracted["idlib-2"]
    strike = happening((idlib, idlib_events[0]), (idlib_2, idlib_2_events[0]), killed=Range(min=5, max=7))
    arrest = happening((extracted["baghdad"][0], extracted["baghdad"][1][0]))
    filled.replace_happenings([strike, arrest])
    return strike, arrest


def test_happenings_round_trip_with_every_report(filled, happenings):
    strike, arrest = happenings
    assert filled.happening(strike.id) == strike
    assert filled.happening(arrest.id) == arrest
    assert ids(filled.happenings(EventQuery())) == {strike.id, arrest.id}
    assert filled.stats()["happenings"] == 2


def test_happenings_filter_on_ranges_and_on_any_report(filled, happenings):
    strike, arrest = happenings
    assert ids(filled.happenings(EventQuery(min_killed=6))) == {strike.id}  # the highest figure, 7
    assert ids(filled.happenings(EventQuery(source="bbc"))) == {strike.id, arrest.id}
    assert ids(filled.happenings(EventQuery(source="jazeera"))) == {strike.id}
    assert ids(filled.happenings(EventQuery(text="طفلان"))) == {strike.id}  # only the second report says it
    assert ids(filled.happenings(EventQuery(place="إدلب", event_type=strike.event_type))) == {strike.id}


def test_killed_by_day_sums_the_happenings_of_each_day(filled, happenings):
    strike, arrest = happenings
    assert strike.killed and strike.date and arrest.killed is None
    assert filled.killed_by_day() == {strike.date.isoformat(): strike.killed}
    twin = strike.model_copy(update={"id": "hp-twin", "reports": []})
    filled.replace_happenings([strike, twin])
    assert filled.killed_by_day() == {strike.date.isoformat(): 2 * strike.killed}
    filled.replace_happenings([arrest])
    assert filled.killed_by_day() == {}


def test_replace_happenings_replaces_them_all(filled, happenings):
    strike, arrest = happenings
    filled.replace_happenings([arrest])
    assert filled.happening(strike.id) is None
    assert filled.happenings(EventQuery()) == [arrest]
    filled.replace_happenings([])
    assert filled.happenings(EventQuery()) == []


def test_stats_count_by_day_type_and_country(filled, extracted):
    events = all_events(extracted)
    stats = filled.stats()
    assert stats["articles"] == {"done": len(extracted), "failed": 0}
    assert stats["events"] == len(events)
    assert sum(stats["by_event_type"].values()) == len(events)
    assert stats["by_event_type"]["ASSAULT"] == sum(e.event_type == "ASSAULT" for e in events)
    assert stats["by_day"]["2023-09-19"] == sum(e.date == dt.date(2023, 9, 19) for e in events)
    assert stats["by_country"]["SYR"] == sum(bool(e.location) and e.location.country == "SYR" for e in events)


# -- opening ------------------------------------------------------------------------------------


def test_reopening_keeps_data_and_schema_version(store_url, extracted):
    article, events = extracted["russia"]
    with open_store(store_url) as first:
        first.put(article, events)
    with open_store(store_url) as second:
        assert second.migrate() == max(m.version for m in MIGRATIONS)
        assert second.events(EventQuery(actor="روسيا")) == [
            e for e in events if e.actor and e.actor.country == "RUS"
        ]


def test_open_store_reads_rasd_db_then_the_default(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("RASD_DB", str(tmp_path / "env.db"))
    with open_store(None) as store:
        store.put_failure(Article(id="x", text="نص"), "boom")
    assert (tmp_path / "env.db").exists()
    monkeypatch.delenv("RASD_DB")
    with open_store(None):
        assert (tmp_path / "rasd.db").exists()
    with open_store(f"sqlite:///{tmp_path / 'url.db'}") as store:
        assert store.stats()["articles"] == {"done": 0, "failed": 0}
    assert (tmp_path / "url.db").exists()


def test_open_store_names_bad_urls(tmp_path):
    with pytest.raises(StoreError, match="unknown store URL"):
        open_store("mysql://localhost/rasd")
    with pytest.raises(StoreError, match="cannot open"):
        open_store(str(tmp_path / "missing" / "dir" / "rasd.db"))
    with pytest.raises(StoreError, match="cannot connect"):
        open_store("postgresql://rasd:secret@127.0.0.1:1/rasd")


def test_cross_report_merge_of_stored_events_is_stored_back(filled):
    from rasd.resolve.reports import merge_reports  # the merge reads all_events, its result is stored

    merged = merge_reports(filled.all_events())
    filled.replace_happenings(merged)
    assert merged and all(filled.happening(h.id) == h for h in merged)
    strike = [h for h in merged if {r.article_id for r in h.reports} == {"idlib", "idlib-2"}]
    assert len(strike) == 1 and filled.happenings(EventQuery(min_killed=7)) == strike


def test_threads_can_share_one_store(store):
    from concurrent.futures import ThreadPoolExecutor

    articles = [Article(id=f"t{n}", text=f"{PASSAGES['idlib'][0]}\nالخبر رقم {n}") for n in range(40)]
    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(lambda article: (store.put(article, []), store.has(article.id)), articles))
    assert results == [(True, True)] * 40
    assert store.stats()["articles"]["done"] == 40
