"""Sport, film, science and market news told in the words of conflict give no event; conflict does."""

import datetime as dt

import pytest

import rasd.pipeline
from rasd.extract.domain import keep_in_domain
from rasd.model import Article


@pytest.fixture()
def unfiltered(lexicons, monkeypatch):
    """unfiltered(text) -> the events of a passage without the domain stage (so each test can fail)."""

    def run(text: str):
        with monkeypatch.context() as patch:
            patch.setattr(rasd.pipeline, "keep_in_domain", lambda doc: doc)
            article = Article(id="t", text=text, published=dt.date(2018, 6, 1))
            return rasd.pipeline.extract(article, lexicons).events

    return run


@pytest.mark.parametrize(
    "text",
    [
        "وواصل منتخب المغرب هجومه في الشوط الثاني من المباراة.",  # sport: an attack on goal
        "والتقى منتخب المكسيك مع نظيره الكوري في مباراة ودية.",  # sport: a match, no meeting
        "واتهم وزير الرياضة المدرب بالفشل.",  # sport: a minister of sport is no party to a conflict
        "وفي الفيلم يقتل البطل زعيم العصابة بعد مطاردة طويلة.",  # arts: a film's plot
        "ورصد العلماء انفجار نجم عملاق بواسطة التلسكوب.",  # technology: a star's explosion
        "وهاجم المستثمرون أسهم شركات التكنولوجيا في البورصة الأمريكية.",  # markets: a sell-off
    ],
)
def test_domain_sentences_give_no_event(events_of, unfiltered, text):
    assert unfiltered(text) and events_of(text) == []


def test_a_country_names_a_team_in_an_article_about_sport(events_of, unfiltered):
    text = (
        "سجل اللاعب هدفين في الشوط الأول من المباراة. وتعادل منتخب بلجيكا. وهاجمت فرنسا بقوة بعد الاستراحة."
    )
    (event,) = unfiltered(text)  # the attack, in a sentence with no domain word of its own
    assert event.actor.name_ar == "فرنسا" and events_of(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "وقصف الجيش السوري ملعبا لكرة القدم في درعا.",  # an armed actor
        "وهاجمت إسرائيل ملعبا في غزة.",  # a state, the article not about sport
        "وقصفت طائرات ملعبا لكرة القدم في إدلب، ما أدى إلى مقتل 5 مدنيين.",  # a death toll
    ],
)
def test_a_strike_on_a_stadium_is_an_event(events_of, text):
    (event,) = events_of(text)
    assert event.event_type == "ASSAULT"


def test_a_doc_with_no_domain_word_is_left_as_it_is(lexicons):
    doc = rasd.pipeline.analyse(Article(id="t", text="وقصف الجيش القرية.", published=dt.date(2018, 6, 1)))
    assert not doc.domains and keep_in_domain(doc) is doc
