"""The dateline that opens an article ("دبي، الإمارات العربية المتحدة (CNN)--") names where it was sent
from: neither an actor nor the article's country. Sentences written for these tests."""

import datetime as dt

import pytest

from rasd.doc import read_article
from rasd.extract.actors import find_actors
from rasd.extract.mentions import find_mentions
from rasd.model import Article


def _actors(text, lexicons):
    article = Article(id="t", text=text, published=dt.date(2018, 6, 1))
    return find_actors(find_mentions(read_article(article), lexicons), lexicons).actors


@pytest.mark.parametrize(
    "text",
    [
        "دبي، الإمارات العربية المتحدة (CNN)-- أعلن الجيش إطلاق عملية في الجنوب.",
        "دبي، الإمارات العربية المتحدة (CNN) – أعلن الجيش إطلاق عملية في الجنوب.",
        "بيروت (رويترز) - أعلن الجيش إطلاق عملية في الجنوب.",
        "القاهرة - أعلن الجيش إطلاق عملية في الجنوب.",
    ],
)
def test_the_dateline_is_no_actor_and_not_the_home_country(lexicons, text):
    mentions = [m for m in _actors(text, lexicons) if m.actor.sector != "MED"]
    assert [(m.actor.country, m.actor.sector) for m in mentions] == [(None, "MIL")]


def test_a_remark_in_brackets_after_an_opening_name_is_no_dateline(lexicons):
    mentions = _actors("وقالت تركيا (وهي عضو في الحلف) إنها سترد.", lexicons)
    assert [m.actor.country for m in mentions] == ["TUR"]


def test_the_dateline_names_a_state_the_article_then_names_as_an_actor(events_of):
    events = events_of("دبي، الإمارات العربية المتحدة (CNN)-- نددت الإمارات بالهجوم على الناقلة.")
    assert [(e.event_type, e.actor.country) for e in events] == [("ACCUSE", "ARE")]
