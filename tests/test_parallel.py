"""rasd.parallel: the pipeline in worker processes, results in input order, memory bounded."""

from __future__ import annotations

import datetime as dt
import multiprocessing

import pytest

from rasd.errors import InputError
from rasd.ingest.run import ingest
from rasd.model import Article, ArticleEvents
from rasd.parallel import available_cores, extract_parallel, ingest_parallel
from rasd.pipeline import Failure, extract_many
from rasd.store import open_store

PASSAGES = (
    "قتل أربعة مدنيين وأصيب عشرة آخرون في قصف مدفعي على مدينة دوما أمس الأحد.",
    "اعتقلت الشرطة المصرية ستة أشخاص في الإسكندرية بتهمة الانتماء إلى جماعة محظورة.",
    "خرج مئات المتظاهرين في عمان يوم الجمعة للمطالبة بإسقاط قانون الضريبة.",
    "أدانت وزارة الخارجية التركية الهجوم الذي استهدف قافلة عسكرية قرب الحدود.",
    "لقي جنديان حتفهما في انفجار عبوة ناسفة استهدفت دوريتهما في ريف درعا.",
)
YEAR_ONE = Article(id="year-one", text="قتل ثلاثة مدنيين أمس في قصف على حلب.", published=dt.date(1, 1, 1))
"""Raises in the pipeline: "yesterday" of 1 January of year 1 is before Python's first date."""


def _articles(count: int, start: int = 0) -> list[Article]:
    published = dt.date(2018, 3, 25)
    return [
        Article(id=f"a{n}", text=PASSAGES[n % len(PASSAGES)], published=published)
        for n in range(start, start + count)
    ]


def _ids(results) -> list[str]:
    return [
        r.article_id if isinstance(r, Failure) else r.id if isinstance(r, ArticleEvents) else str(r)
        for r in results
    ]


def test_results_come_in_input_order(lexicons):
    articles = _articles(40)
    results = list(extract_parallel(articles, workers=2, chunk=3))
    assert _ids(results) == [article.id for article in articles]
    assert results == list(extract_many(articles, lexicons))
    assert results[0].events[0].killed == 4


def test_two_workers_give_what_one_gives():
    articles = _articles(25)
    assert list(extract_parallel(articles, workers=2, chunk=4)) == list(extract_parallel(articles, 1))


def test_an_article_that_raises_is_a_failure_and_the_rest_go_on():
    items = [*_articles(10), YEAR_ONE, *_articles(10, start=10)]
    results = list(extract_parallel(items, workers=2, chunk=4))
    assert _ids(results) == [item.id for item in items]
    failure = results[10]
    assert isinstance(failure, Failure) and failure.error.startswith("OverflowError")
    assert all(isinstance(result, ArticleEvents) for result in results[:10] + results[11:])


def test_unreadable_records_keep_their_place():
    bad = InputError("in.jsonl", 3, "invalid JSON")
    items = [*_articles(5), bad, *_articles(6, start=5)]
    results = list(extract_parallel(items, workers=2, chunk=2))
    assert results[5] is bad
    assert _ids(results[:5] + results[6:]) == [f"a{n}" for n in range(11)]


def test_memory_is_bounded_the_input_is_never_read_ahead():
    """At most 2 * workers chunks in flight, plus the chunk being gathered: the input is a generator."""
    workers, chunk, pulled = 2, 5, []

    def endless():
        n = 0
        while True:
            pulled.append(n)
            yield Article(id=f"g{n}", text=PASSAGES[n % len(PASSAGES)], published=dt.date(2018, 3, 25))
            n += 1

    results = extract_parallel(endless(), workers=workers, chunk=chunk)
    most_in_flight = 0
    for taken, result in enumerate(results, start=1):
        assert result.id == f"g{taken - 1}"
        most_in_flight = max(most_in_flight, len(pulled) - taken)
        if taken == 300:
            break
    results.close()
    assert most_in_flight <= (2 * workers + 1) * chunk
    assert len(pulled) < 300 + (2 * workers + 1) * chunk


def test_closing_early_stops_the_workers():
    results = extract_parallel(_articles(60), workers=2, chunk=2)
    next(results)
    assert len(multiprocessing.active_children()) == 2
    results.close()
    assert multiprocessing.active_children() == []


def test_a_short_input_runs_in_process():
    assert len(list(extract_parallel(_articles(3), workers=2))) == 3
    assert multiprocessing.active_children() == []


def test_bad_arguments_are_refused():
    with pytest.raises(ValueError, match="at least 1"):
        list(extract_parallel(_articles(2), workers=0))
    assert available_cores() >= 1


def test_ingest_in_workers_stores_what_ingest_stores(tmp_path, lexicons):
    items = [*_articles(12), YEAR_ONE, InputError("in.jsonl", 9, "missing 'text'"), *_articles(12)]
    seen = []
    with open_store(str(tmp_path / "parallel.db")) as store:
        tally = ingest_parallel(items, store, workers=2, step=seen.append)
        stored = sorted((article.id, event.id) for article, event in store.all_events())
        assert [article.id for article in store.failed()] == ["year-one"]
    with open_store(str(tmp_path / "serial.db")) as store:
        expected = ingest(items, store, lexicons)
        assert stored == sorted((article.id, event.id) for article, event in store.all_events())
    assert tally.failed == 1 and tally.problems == ["in.jsonl:9: missing 'text'"]
    assert (tally.stored, tally.failed, tally.already, tally.events) == (
        expected.stored,
        expected.failed,
        expected.already,
        expected.events,
    )
    assert len(seen) == len(items)
