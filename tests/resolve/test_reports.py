"""Cross-report merge: events of different articles about one happening join one CanonicalEvent."""

from __future__ import annotations

import datetime as dt
import gzip
import json
import random
from pathlib import Path

import pytest

from rasd.model import Article, CanonicalEvent, Event, Evidence, Place
from rasd.pipeline import extract
from rasd.resolve.reports import Verdict, explain_merge, happening_id, merge_reports

TUESDAY = dt.date(2018, 4, 10)
MONDAY = dt.date(2018, 4, 9)

DOUMA_14 = "قتل 14 مدنيا في غارة جوية على مدينة دوما يوم الاثنين."
DOUMA_15_YESTERDAY = "قتل 15 مدنيا أمس في قصف على مدينة دوما بريف دمشق."
DOUMA_14_30 = "قتل 14 مدنيا وأصيب 30 آخرون في غارة جوية على مدينة دوما يوم الاثنين."
DOUMA_20 = "قتل 20 مدنيا في غارة جوية على مدينة دوما يوم الاثنين."
DOUMA_40 = "قتل 40 مدنيا في غارة جوية على مدينة دوما يوم الاثنين."
DOUMA_THURSDAY = "قتل 14 مدنيا في غارة جوية على مدينة دوما يوم الخميس."
DOUMA_UNDATED = "قتل 14 مدنيا في غارة جوية على مدينة دوما."
GHOUTA_15 = "قتل 15 شخصا في قصف على الغوطة الشرقية يوم الاثنين."
SYRIA_14 = "قتل 14 مدنيا في غارة جوية على سوريا يوم الاثنين."
ALEPPO_12 = "قتل 12 مدنيا في غارة جوية على مدينة حلب يوم الاثنين."
DOUMA_PROTEST = "تظاهر آلاف في مدينة دوما يوم الاثنين."
BY_RUSSIA = "قصفت القوات الروسية مدينة دوما يوم الاثنين ما أدى إلى مقتل 14 مدنيا."
BY_TURKEY = "قصف الجيش التركي مدينة دوما يوم الاثنين ما أدى إلى مقتل 14 مدنيا."
BY_ARMY = "قصف الجيش السوري مدينة دوما يوم الاثنين ما أدى إلى مقتل 14 مدنيا."
BY_REBELS = "قصفت فصائل المعارضة مدينة دوما يوم الاثنين ما أدى إلى مقتل 14 مدنيا."
TWO_ATTACKS = (
    "قتل 14 مدنيا في غارة جوية على مدينة دوما يوم الاثنين. وقتل 3 جنود في هجوم على مدينة حلب يوم الاثنين."
)


@pytest.fixture(scope="module")
def told(lexicons):
    """told(article_id, text, published=TUESDAY, outlet=...) -> the article's (Article, Event) pairs."""

    def run(article_id: str, text: str, published: dt.date | None = TUESDAY, outlet: str | None = None):
        article = Article(
            id=article_id,
            text=text,
            published=published,
            outlet=outlet or f"outlet-{article_id}",
            url=f"https://news.example/{article_id}",
        )
        return [(article, event) for event in extract(article, lexicons).events]

    return run


def _one(pairs: list[tuple[Article, Event]]) -> tuple[Article, Event]:
    assert len(pairs) == 1, pairs
    return pairs[0]


def _happening_of(happenings: list[CanonicalEvent], event_id: str) -> CanonicalEvent:
    return next(h for h in happenings if event_id in {r.event_id for r in h.reports})


def test_two_outlets_of_one_strike_become_one_happening_with_both_reports_and_ranges(told):
    first, second = _one(told("a", DOUMA_14)), _one(told("b", DOUMA_15_YESTERDAY, TUESDAY + dt.timedelta(1)))
    [happening] = merge_reports([first, second])
    assert [r.article_id for r in happening.reports] == ["a", "b"]
    assert (happening.killed_range.min, happening.killed_range.max) == (14, 15)
    assert happening.injured_range is None
    assert happening.reports[0].why is None
    assert happening.reports[1].why == (
        "same type ASSAULT, dates 2018-04-09/2018-04-10, same place Dūmā, actors compatible, killed 14 vs 15"
    )
    assert happening.killed == 14 and happening.article_id == "a"


def test_the_happening_is_based_on_the_most_complete_report_and_keeps_each_sources_claim(told):
    counted_more = _one(told("late", DOUMA_14_30, TUESDAY, outlet="Sky"))
    counted_less = _one(told("early", DOUMA_20, MONDAY + dt.timedelta(0), outlet="BBC"))
    [happening] = merge_reports([counted_less, counted_more])
    assert happening.evidence == counted_more[1].evidence and happening.injured == 30
    assert [(r.outlet, r.killed, r.injured) for r in happening.reports] == [
        ("Sky", 14, 30),
        ("BBC", 20, None),
    ]
    assert happening.reports[1].url == "https://news.example/early"
    assert happening.reports[1].evidence.text == DOUMA_20
    assert (happening.killed_range.min, happening.killed_range.max) == (14, 20)
    assert (happening.injured_range.min, happening.injured_range.max) == (30, 30)
    assert happening.id == happening_id([counted_more[1].id, counted_less[1].id])
    assert happening.id.startswith("hp-")


def test_a_town_joins_its_region_and_its_country_but_not_another_town(told):
    douma, ghouta = _one(told("a", DOUMA_14)), _one(told("b", GHOUTA_15))
    syria, aleppo = _one(told("c", SYRIA_14)), _one(told("d", ALEPPO_12))
    assert "place Dūmā within Eastern Ghouta" in explain_merge(douma[1], ghouta[1]).reason
    assert "place Dūmā within Syria" in explain_merge(douma[1], syria[1]).reason
    verdict = explain_merge(douma[1], aleppo[1])
    assert not verdict.mergeable and "different towns" in verdict.reason
    happenings = merge_reports([douma, aleppo])
    assert len(happenings) == 2 and all(len(h.reports) == 1 for h in happenings)


def test_a_region_contains_a_town_without_admin1_that_lies_near_its_centre():
    region = Place(
        name="Eastern Ghouta", country="SYR", admin1="Rif Dimashq", lat=33.57, lon=36.40, precision=2
    )
    near = Place(name="Saqba", country="SYR", lat=33.50, lon=36.37, precision=1)
    far = Place(name="Palmyra", country="SYR", lat=34.56, lon=38.28, precision=1)
    event = Event(
        id="e1", article_id="x", event_type="ASSAULT", date=MONDAY, location=region, evidence=_span()
    )
    assert explain_merge(event, _moved(event, near)).mergeable
    assert not explain_merge(event, _moved(event, far)).mergeable


def test_different_types_are_not_merged(told):
    strike, protest = _one(told("a", DOUMA_14)), _one(told("b", DOUMA_PROTEST))
    assert explain_merge(strike[1], protest[1]).reason == "types differ: ASSAULT vs PROTEST"
    assert len(merge_reports([strike, protest])) == 2


def test_dates_more_than_a_day_apart_are_not_merged(told):
    monday, thursday = _one(told("a", DOUMA_14)), _one(told("b", DOUMA_THURSDAY))
    verdict = explain_merge(monday[1], thursday[1])
    assert verdict == Verdict(False, "dates 2018-04-05/2018-04-09 more than a day apart")
    assert len(merge_reports([monday, thursday])) == 2


def test_an_undated_event_takes_its_articles_publication_date(told):
    article, event = _one(told("a", DOUMA_UNDATED))
    undated = (article, event.model_copy(update={"date": None, "date_precision": None}))
    other = _one(told("b", DOUMA_14))
    [happening] = merge_reports([undated, other])
    assert "dates 2018-04-09/2018-04-10" in happening.reports[1].why


def test_unknown_dates_on_both_sides_are_not_merged(told):
    first, second = _one(told("a", DOUMA_UNDATED, None)), _one(told("b", DOUMA_UNDATED, None))
    assert first[1].date is None
    assert explain_merge(first[1], second[1]).reason == "date unknown to the day: not merged"
    assert len(merge_reports([first, second])) == 2


def test_undated_events_merge_when_published_within_a_day(told):
    _, event = _one(told("a", DOUMA_UNDATED, MONDAY))
    undated = event.model_copy(update={"date": None, "date_precision": None})
    other = _one(told("b", DOUMA_UNDATED, TUESDAY))[1].model_copy(update={"date": None})
    assert explain_merge(undated, other, MONDAY, TUESDAY).mergeable
    assert not explain_merge(undated, other, MONDAY, TUESDAY + dt.timedelta(1)).mergeable


def test_an_event_dated_only_to_the_month_is_not_merged(told):
    _, event = _one(told("a", DOUMA_14))
    vague = event.model_copy(update={"date": dt.date(2018, 4, 1), "date_precision": "month", "id": "m"})
    other = _one(told("b", DOUMA_14))[1]
    assert not explain_merge(vague, other, TUESDAY, TUESDAY).mergeable


def test_actors_of_different_countries_or_sectors_are_not_merged(told):
    russia, turkey = _one(told("a", BY_RUSSIA)), _one(told("b", BY_TURKEY))
    assert explain_merge(russia[1], turkey[1]).reason == "actors differ: country RUS vs TUR"
    army, rebels = _one(told("c", BY_ARMY)), _one(told("d", BY_REBELS))
    assert explain_merge(army[1], rebels[1]).reason == "actors differ: sector MIL vs REB"
    assert len(merge_reports([russia, turkey, army, rebels])) == 4
    assert explain_merge(army[1], _one(told("e", DOUMA_14))[1]).mergeable  # no actor named: compatible


def test_counts_merge_when_the_smaller_is_at_least_half_the_larger(told):
    fourteen, twenty, forty = (
        _one(told(name, text)) for name, text in [("a", DOUMA_14), ("b", DOUMA_20), ("c", DOUMA_40)]
    )
    assert explain_merge(fourteen[1], twenty[1]).mergeable
    assert explain_merge(fourteen[1], forty[1]).reason == "killed 14 vs 40 too far apart"
    assert explain_merge(twenty[1], forty[1]).mergeable  # exactly half
    happenings = merge_reports([fourteen, twenty, forty])
    assert sorted(len(h.reports) for h in happenings) == [1, 2]  # 40 joins 20 or stands alone, never with 14
    assert all({r.killed for r in h.reports} != {14, 40} for h in happenings)


def test_events_of_one_article_are_never_merged_here(told):
    both = told("a", TWO_ATTACKS)
    assert len(both) == 2
    assert explain_merge(both[0][1], both[0][1]).reason.startswith("same article a")
    duplicate = both[0][1].model_copy(update={"id": "ev-copy"})
    happenings = merge_reports([*both, (both[0][0], duplicate)])
    assert all(len({r.article_id for r in h.reports}) == len(h.reports) for h in happenings)
    assert len(happenings) == 3


def test_the_same_report_given_twice_is_kept_once(told):
    pair = _one(told("a", DOUMA_14))
    [happening] = merge_reports([pair, pair])
    assert len(happening.reports) == 1


def test_the_result_does_not_depend_on_the_order_of_the_input(told):
    items = [
        pair
        for name, text in enumerate(
            [
                DOUMA_14,
                DOUMA_15_YESTERDAY,
                DOUMA_20,
                DOUMA_40,
                GHOUTA_15,
                SYRIA_14,
                ALEPPO_12,
                TWO_ATTACKS,
                BY_ARMY,
            ]
        )
        for pair in told(f"art-{name}", text)
    ]
    expected = [h.model_dump() for h in merge_reports(items)]
    for seed in range(5):
        shuffled = items[:]
        random.Random(seed).shuffle(shuffled)
        assert [h.model_dump() for h in merge_reports(shuffled)] == expected


def test_many_reports_are_blocked_by_type_and_day(told):
    article, event = _one(told("a", DOUMA_14))
    towns = [Place(name=f"town-{n}", country="SYR", lat=30 + n, lon=36.0, precision=1) for n in range(20)]
    items = []
    for day in range(60):
        for number, town in enumerate(towns):
            for outlet in range(3):
                key = f"{day}-{number}-{outlet}"
                source = article.model_copy(update={"id": key, "published": MONDAY + dt.timedelta(day * 3)})
                copy = event.model_copy(update={"id": f"ev-{key}", "article_id": key, "location": town})
                items.append((source, copy.model_copy(update={"date": source.published})))
    happenings = merge_reports(items)
    assert len(happenings) == 60 * 20 and all(len(h.reports) == 3 for h in happenings)


def _span() -> Evidence:
    return Evidence(text="x", start=0, end=1)


def _moved(event: Event, place: Place) -> Event:
    return event.model_copy(update={"id": "e2", "article_id": "y", "location": place})


# --- real reports of the same happenings by different outlets (ANT 2018 corpus) ---

REPO = Path(__file__).parents[2]
CORPUS_PLACES = [
    REPO.parent / "shared" / "corpus" / "ant-2018.jsonl.gz",
    Path("/work/shared/corpus/ant-2018.jsonl.gz"),
]
CORPUS = next((path for path in CORPUS_PLACES if path.exists()), None)
HELMAND = ("AL-internationalNews-589-20180323", "SK-internationalNews-544-20180323")
"""A car bomb at a stadium in Lashkar Gah, Helmand, 2018-03-23: 10 killed, 37 injured (alarabia, skynews)."""
MOGADISHU = ("AL-internationalNews-611-20180325", "SK-middleEast-554-20180325")
"""A car bomb near parliament in Mogadishu, 2018-03-25: 2 killed (alarabia), 3 (skynews)."""
DAMT = ("AL-internationalNews-613-20180325", "SK-middleEast-548-20180325")
"""Houthi infighting in Damt, al-Dhale, 2018-03-25: 4 killed (alarabia), 3 (skynews)."""
YEMEN_OTHER = "AL-internationalNews-640-20180326"
"""13 Houthi fighters killed elsewhere in Yemen the next day: a different attack."""


@pytest.fixture(scope="module")
def corpus_reports(lexicons) -> list[tuple[Article, Event]]:
    if CORPUS is None:
        pytest.skip("shared/corpus is not beside the repo")
    wanted = {*HELMAND, *MOGADISHU, *DAMT, YEMEN_OTHER}
    articles = []
    with gzip.open(CORPUS, "rt", encoding="utf-8") as lines:
        for line in lines:
            if any(f'"{name}"' in line for name in wanted):
                record = json.loads(line)
                if record["id"] in wanted:
                    articles.append(
                        Article(
                            **{
                                k: record.get(k)
                                for k in ("id", "text", "published", "outlet", "url", "title")
                            }
                        )
                    )
    assert {article.id for article in articles} == wanted
    return [(article, event) for article in articles for event in extract(article, lexicons).events]


def _counted_event(items, article_id: str, killed: int) -> Event:
    return next(
        e for a, e in items if a.id == article_id and e.event_type == "ASSAULT" and e.killed == killed
    )


def test_two_outlets_of_the_helmand_car_bomb_merge(corpus_reports):
    happening = _happening_of(
        merge_reports(corpus_reports), _counted_event(corpus_reports, HELMAND[1], 10).id
    )
    stated = {r.article_id: (r.killed, r.injured) for r in happening.reports if r.killed is not None}
    assert stated == {HELMAND[0]: (10, 37), HELMAND[1]: (10, 37)}
    assert {r.outlet for r in happening.reports} == {"alarabia", "skynews"}
    assert (happening.killed_range.min, happening.killed_range.max) == (10, 10)
    assert (happening.injured_range.min, happening.injured_range.max) == (37, 37)
    assert happening.location.name == "Helmand Province" and happening.date == dt.date(2018, 3, 23)


def test_a_toll_that_differs_between_outlets_gives_a_range(corpus_reports):
    happenings = merge_reports(corpus_reports)
    mogadishu = _happening_of(happenings, _counted_event(corpus_reports, MOGADISHU[1], 3).id)
    assert {r.article_id: r.killed for r in mogadishu.reports if r.killed} == {
        MOGADISHU[0]: 2,
        MOGADISHU[1]: 3,
    }
    assert (mogadishu.killed_range.min, mogadishu.killed_range.max) == (2, 3)
    damt = _happening_of(happenings, _counted_event(corpus_reports, DAMT[1], 3).id)
    assert {r.article_id: r.killed for r in damt.reports if r.killed} == {DAMT[0]: 4, DAMT[1]: 3}
    assert "killed" in damt.reports[1].why


def test_a_different_attack_the_next_day_in_the_same_country_is_not_merged(corpus_reports):
    happenings = merge_reports(corpus_reports)
    damt = _happening_of(happenings, _counted_event(corpus_reports, DAMT[1], 3).id)
    other = _counted_event(corpus_reports, YEMEN_OTHER, 13)
    assert other.id not in {r.event_id for r in damt.reports}
    damt_event = _counted_event(corpus_reports, DAMT[1], 3)
    assert not explain_merge(damt_event, other).mergeable
    mogadishu = _happening_of(happenings, _counted_event(corpus_reports, MOGADISHU[1], 3).id)
    assert not {r.article_id for r in mogadishu.reports} & set(DAMT)


def test_statements_of_different_speakers_are_not_merged_and_of_one_are(told):
    france = _one(told("a", "دعت فرنسا يوم الاثنين إلى وقف القتال في اليمن فورا."))
    un = _one(told("b", "دعت الأمم المتحدة يوم الاثنين إلى وقف القتال في اليمن فورا."))
    france_again = _one(told("c", "وطالبت فرنسا يوم الاثنين بوقف القتال في اليمن."))
    assert not explain_merge(france[1], un[1]).mergeable
    assert explain_merge(france[1], france_again[1]).mergeable


def test_events_placed_only_by_country_need_a_count_or_the_same_actor(told):
    attack = _one(told("a", "وقع هجوم في فرنسا يوم الاثنين."))
    other = _one(told("b", "وقع هجوم في فرنسا يوم الاثنين بحسب الشرطة."))
    verdict = explain_merge(attack[1], other[1])
    assert not verdict.mergeable and "country" in verdict.reason
    counted = _one(told("c", "قتل 3 أشخاص في هجوم في فرنسا يوم الاثنين."))
    counted_again = _one(told("d", "قتل 3 أشخاص في هجوم في فرنسا يوم الاثنين بحسب الشرطة."))
    assert explain_merge(counted[1], counted_again[1]).mergeable
    assert explain_merge(_one(told("e", SYRIA_14))[1], _one(told("f", DOUMA_14))[1]).mergeable
