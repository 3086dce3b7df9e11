"""institutions.tsv: offices that speak for a body, and forms that, said alone, are the one named before."""

import datetime as dt

from rasd.doc import read_article
from rasd.extract.actors import find_actors
from rasd.extract.mentions import find_mentions
from rasd.lexicon.loader import data_path, read_tsv
from rasd.model import Article

ENTRIES = read_tsv(data_path("institutions.tsv"), ("kind", "sector", "name_en"))


def _actors(text, lexicons):
    article = Article(id="t", text=text, published=dt.date(2018, 6, 1))
    return find_actors(find_mentions(read_article(article), lexicons), lexicons).actors


def test_every_office_speaks_for_the_body_after_basm(lexicons):
    for entry in [e for e in ENTRIES if e.fields["kind"] == "office"]:
        mentions = _actors(f"وقال {entry.form} باسم وزارة الدفاع العراقية إن الوضع هادئ.", lexicons)
        assert mentions[0].actor.country == "IRQ", entry.id
        assert mentions[0].actor.sector == "GOV", entry.id


def test_every_anaphoric_form_is_the_one_named_before(lexicons):
    for entry in [e for e in ENTRIES if e.fields.get("anaphora") == "before"]:
        text = f"قال {entry.form} باسم الجيش التركي إن الوضع هادئ. ثم قال {entry.form} إن الحدود مغلقة."
        if entry.fields["kind"] == "institution":
            text = f"قال {entry.form} التركي إن الوضع هادئ. ثم قال {entry.form} إن الحدود مغلقة."
        mentions = _actors(text, lexicons)
        assert [m.actor.country for m in mentions][-1] == "TUR", entry.id


def test_an_office_of_no_known_body_is_no_actor(lexicons):
    assert not [m for m in _actors("وقال المتحدث الأمني إن الوضع هادئ.", lexicons) if m.kind == "office"]


def test_a_capital_after_the_word_capital_is_the_city(lexicons):
    assert not [m for m in _actors("غادر المبعوث العاصمة صنعاء أمس.", lexicons) if m.kind == "country"]


def test_every_group_said_alone_is_the_group_named_before(lexicons):
    for entry in [e for e in ENTRIES if e.fields.get("anaphora") == "named"]:
        text = f"أعلنت حركة الشباب مسؤوليتها عن الهجوم. وقال بيان {entry.form} إن الهجوم استهدف قاعدة."
        said = [m for m in _actors(text, lexicons) if m.rule.startswith(f"institutions:{entry.id}")]
        assert said and (said[0].actor.country, said[0].actor.sector) == ("SOM", "REB"), entry.id


def test_a_group_said_alone_with_none_named_before_is_no_actor(lexicons):
    for entry in [e for e in ENTRIES if e.fields.get("anaphora") == "named"]:
        text = f"وقال بيان {entry.form} إن الوضع في بغداد هادئ."
        assert not [m for m in _actors(text, lexicons) if m.rule.startswith(f"institutions:{entry.id}")]


def test_every_own_form_takes_no_country_of_the_article(lexicons):
    for entry in [e for e in ENTRIES if e.fields.get("anaphora") == "own"]:
        mentions = _actors(f"وقال {entry.form} في بغداد إن العراق يرفض القرار.", lexicons)
        said = [m for m in mentions if m.rule.startswith(f"institutions:{entry.id}")]
        assert said and said[0].actor.country is None, entry.id
        with_nisba = _actors(f"وقال {entry.form} الأمريكي إن العراق يرفض القرار.", lexicons)
        assert with_nisba[0].actor.country == "USA", entry.id


def test_a_bare_coalition_is_the_coalition_named_before(lexicons):
    text = "شن التحالف العربي غارات على صعدة. وقالت مصادر إن طائرات التحالف قصفت مواقع في حجة."
    coalition = [m for m in _actors(text, lexicons) if m.rule.startswith("institutions:coalition")]
    assert coalition and coalition[0].actor.country == "SAU"
    text = "قصفت قوات التحالف الدولي مواقع لداعش. وقال متحدث إن قوات التحالف دمرت مخزنا للأسلحة في العراق."
    coalition = [m for m in _actors(text, lexicons) if m.rule.startswith("institutions:coalition")]
    assert coalition and coalition[0].actor.country == "USA"


def test_a_bare_coalition_named_nowhere_takes_no_country_of_the_article(lexicons):
    text = "قصفت طائرات التحالف مواقع في صعدة شمال اليمن."
    coalition = [m for m in _actors(text, lexicons) if m.rule.startswith("institutions:coalition")]
    assert coalition and coalition[0].actor.country is None


def test_every_bound_form_is_an_actor_only_with_a_nisba_right_after(lexicons):
    for entry in [e for e in ENTRIES if e.fields.get("anaphora") == "bound"]:
        said = _actors(f"وقال شهود إن {entry.form} المغربية تجمعت في الساحة بالمغرب.", lexicons)
        assert said[0].rule.startswith(f"institutions:{entry.id}+countries:MAR"), entry.id
        bare = _actors(f"وقال شهود إن {entry.form} تجمعت في الساحة بالمغرب.", lexicons)
        assert not [m for m in bare if m.rule.startswith("institutions:")], entry.id


def test_security_is_a_force_only_with_its_nisba(lexicons):
    mentions = _actors("وأوقف الأمن المغربي خمسة أشخاص في طنجة.", lexicons)
    assert [(m.actor.country, m.actor.sector) for m in mentions] == [("MAR", "MIL")]
    mentions = _actors("ويهدد ذلك الأمن القومي المصري في سيناء.", lexicons)
    assert [m.kind for m in mentions] == ["nisba"]


def test_media_of_a_state_are_media_not_its_government(lexicons):
    mentions = _actors("وذكرت وسائل إعلام سورية أن الطائرات قصفت ريف إدلب.", lexicons)
    assert (mentions[0].actor.country, mentions[0].actor.sector) == ("SYR", "MED")


def test_a_sniper_takes_the_country_of_his_nisba(lexicons):
    mentions = _actors("وأصيب شاب برصاص قناص إسرائيلي شرق غزة.", lexicons)
    assert [(m.actor.country, m.actor.sector) for m in mentions if m.kind == "group"] == [("ISR", "MIL")]
