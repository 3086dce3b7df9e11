"""Articles into the store: extract, keep, count what went wrong, reprocess, merge across outlets."""

import datetime as dt

from rasd.errors import InputError, SkippedInput
from rasd.ingest.run import ingest, merge_store, reprocess
from rasd.model import Article
from rasd.store import EventQuery

MONDAY = dt.date(2018, 4, 9)
SKY = Article(
    id="sky-1",
    text="قتل 14 مدنيا في غارة جوية على مدينة دوما في ريف دمشق اليوم الاثنين.",
    published=MONDAY,
    outlet="skynews",
)
BBC = Article(
    id="bbc-1",
    text="أفاد ناشطون بمقتل 15 شخصا في غارة جوية على مدينة دوما اليوم الاثنين.",
    published=MONDAY,
    outlet="BBC",
)


def test_articles_are_stored_once_with_their_events(store, lexicons):
    tally = ingest([SKY, BBC], store, lexicons)
    assert (tally.stored, tally.already, tally.failed) == (2, 0, 0)
    again = ingest([SKY, BBC], store, lexicons)
    assert (again.stored, again.already) == (0, 2)
    assert {e.killed for e in store.events(EventQuery(place="دوما"))} == {14, 15}


def test_bad_records_are_named_and_the_rest_goes_on(store, lexicons):
    items = [
        InputError("feed.jsonl", 2, "invalid JSON"),
        SkippedInput("feed.jsonl", 3, "skipped: no Arabic text"),
        SKY,
    ]
    tally = ingest(items, store, lexicons)
    assert tally.stored == 1
    assert tally.problems == ["feed.jsonl:2: invalid JSON"]
    assert tally.skipped == ["feed.jsonl:3: skipped: no Arabic text"]


def test_an_article_whose_extraction_fails_is_kept_and_reprocessed(store, lexicons):
    broken = lexicons.__class__(**{**vars(lexicons), "places": None})  # extraction raises on it
    tally = ingest([SKY], store, broken)
    assert tally.failed == 1
    stored = store.article("sky-1")
    assert stored.status == "failed" and stored.error
    retried = reprocess(store, lexicons)
    assert retried.stored == 1 and store.article("sky-1").status == "done"
    assert list(store.failed()) == []


def test_two_outlets_of_one_strike_become_one_happening(store, lexicons):
    ingest([SKY, BBC], store, lexicons)
    assert merge_store(store) == 1
    (happening,) = store.happenings(EventQuery())
    assert sorted(r.article_id for r in happening.reports) == ["bbc-1", "sky-1"]
    assert (happening.killed_range.min, happening.killed_range.max) == (14, 15)
