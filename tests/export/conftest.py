"""Events for the export tests, extracted by the real pipeline from short Arabic passages written for them."""

from __future__ import annotations

import datetime as dt

import pytest

from rasd.model import Article, CanonicalEvent, Event, Range, Report
from rasd.pipeline import extract

PUBLISHED = dt.date(2023, 9, 20)

SHELLING = (
    "قتل 5 مدنيين بينهم امرأتان جراء قصف القوات الأذربيجانية على مدينة ستيباناكيرت أمس، "
    "بحسب وكالة الأنباء الأرمنية."
)
SHELLING_AGAIN = (
    "قتل 8 مدنيين وأصيب 11 آخرون في قصف للقوات الأذربيجانية على مدينة ستيباناكيرت أمس، وفق مصادر محلية."
)
CALL = "دعت روسيا إلى وقف فوري لإطلاق النار بين الطرفين."
PROTEST = "تظاهر آلاف المدنيين في بغداد الشهر الماضي."
RAID = "قصفت القوات الإسرائيلية مدينة صور اللبنانية."


def first_event(lexicons, text: str, article_id: str, outlet: str | None = None) -> Event:
    """The first event rasd extracts from `text`, published on PUBLISHED."""
    article = Article(id=article_id, text=text, published=PUBLISHED, outlet=outlet)
    return extract(article, lexicons).events[0]


def report_of(event: Event, outlet: str) -> Report:
    """The report an article makes of `event`, as the cross-report merge records it."""
    return Report(
        event_id=event.id,
        article_id=event.article_id,
        outlet=outlet,
        published=PUBLISHED,
        killed=event.killed,
        injured=event.injured,
        reported_by=event.reported_by,
        denied_by=event.denied_by,
        evidence=event.evidence,
    )


@pytest.fixture(scope="session")
def shelling(lexicons) -> Event:
    return first_event(lexicons, SHELLING, "armenpress-1")


@pytest.fixture(scope="session")
def call(lexicons) -> Event:
    return first_event(lexicons, CALL, "tass-1")


@pytest.fixture(scope="session")
def protest(lexicons) -> Event:
    return first_event(lexicons, PROTEST, "iraq-1")


@pytest.fixture(scope="session")
def raid(lexicons) -> Event:
    return first_event(lexicons, RAID, "lebanon-1")


@pytest.fixture(scope="session")
def merged(lexicons, shelling) -> CanonicalEvent:
    """Two outlets' reports of one shelling, 5 and 8 killed, merged by hand onto the first report's event."""
    again = first_event(lexicons, SHELLING_AGAIN, "local-1")
    reports = [
        report_of(shelling, "Armenpress"),
        report_of(again, "Local Radio").model_copy(update={"why": "same"}),
    ]
    return CanonicalEvent(
        **shelling.model_dump(),
        reports=reports,
        killed_range=Range(min=5, max=8),
        injured_range=Range(min=11, max=11),
    )
