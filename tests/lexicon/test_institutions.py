"""institutions.tsv: state bodies take their country from a nisba or a place name; groups are kinds of people."""

import datetime as dt

import pytest

from rasd.doc import read_article
from rasd.extract.actors import find_actors
from rasd.extract.mentions import find_mentions
from rasd.lexicon.loader import data_path, read_tsv
from rasd.model import Article

ENTRIES = read_tsv(data_path("institutions.tsv"), ("kind", "sector", "name_en"))


def _actors(text, lexicons):
    article = Article(id="t", text=text, published=dt.date(2018, 6, 1))
    return find_actors(find_mentions(read_article(article), lexicons), lexicons).actors


def test_forms_are_unique_once_normalised():
    forms = [(entry.words, entry.pos) for entry in ENTRIES]
    assert len(forms) == len(set(forms))


@pytest.mark.parametrize(
    "entry", [e for e in ENTRIES if e.fields["kind"] == "institution"], ids=lambda e: e.id
)
def test_institutions_take_the_country_of_a_following_nisba_or_place(lexicons, entry):
    form = entry.form if entry.form.startswith("ال") or entry.pos == "exact" else "ال" + entry.form
    mentions = [
        m for m in _actors(f"وقالت {form} العراقية إن الوضع هادئ.", lexicons) if m.kind == "institution"
    ]
    assert mentions and mentions[0].actor.country == "IRQ", [m.actor for m in mentions]
    assert mentions[0].actor.sector == entry.fields["sector"]
    if entry.fields.get("anaphora") == "bound":
        return  # only a nisba right after binds it ("الأمن العراقي"): test_institutions_anaphora.py
    mentions = [
        m for m in _actors(f"وقالت {form} في العراق إن الوضع هادئ.", lexicons) if m.kind == "institution"
    ]
    assert mentions and mentions[0].actor.country == "IRQ"


@pytest.mark.parametrize(
    "entry",
    [
        e
        for e in ENTRIES
        if e.fields["kind"] == "group" and e.fields.get("anaphora") not in ("named", "bound")
    ],
    ids=lambda e: e.id,
)  # groups said alone for one named before: test_institutions_anaphora.py
def test_groups_are_found_with_their_sector(lexicons, entry):
    mentions = [
        m for m in _actors(f"وقال شهود إن {entry.form} تجمعوا في الساحة.", lexicons) if m.kind == "group"
    ]
    assert mentions and mentions[0].actor.sector == entry.fields["sector"]


def test_a_body_without_a_country_belongs_to_the_country_the_article_is_about(lexicons):
    # ANT 2018 shape: an Iraqi story that names "the police" without a nisba
    text = "تظاهر المئات في البصرة جنوب العراق. وأطلقت الشرطة الغاز المسيل للدموع على المحتجين في العراق."
    police = next(m for m in _actors(text, lexicons) if m.rule.startswith("institutions:police"))
    assert police.actor.country == "IRQ" and police.rule.endswith("+home:IRQ")
