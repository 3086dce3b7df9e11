"""institutions.tsv: forms that must not reach words they resemble.

Sentences written for these tests (not taken from the dev set)."""

import datetime as dt

from rasd.doc import read_article
from rasd.extract.actors import find_actors
from rasd.extract.mentions import find_mentions
from rasd.model import Article


def _actors(text, lexicons):
    article = Article(id="t", text=text, published=dt.date(2018, 6, 1))
    return find_actors(find_mentions(read_article(article), lexicons), lexicons).actors


def test_a_governor_is_not_a_province_nor_conservatives(lexicons):
    """ "محافظ" is written exact: as a noun it would reach "محافظة" (a province) and "المحافظين"."""
    text = "وقال محافظ البصرة إن محافظة البصرة هادئة، فيما انتقد المحافظين في المحافظات الأخرى."
    governors = [m for m in _actors(text, lexicons) if m.rule.startswith("institutions:office.governor")]
    assert [m.actor.name_ar for m in governors] == ["محافظ"]


def test_officials_take_the_country_of_their_nisba(lexicons):
    mentions = _actors("وقال مسؤولون أتراك إن التحقيق مستمر.", lexicons)
    officials = [m for m in mentions if m.rule.startswith("institutions:officials")]
    assert officials and (officials[0].actor.country, officials[0].actor.sector) == ("TUR", "GOV")
