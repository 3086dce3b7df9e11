"""Targets: who an event is done to, from the grammar of its sentence and the kind of its words.

Sentences written for these tests (not taken from the dev set)."""

import pytest


def _target_of(events_of, text, event_type):
    found = [e for e in events_of(text) if e.event_type == event_type]
    assert found, f"no {event_type} event in {[e.event_type for e in events_of(text)]}"
    target = found[0].target
    return (target.country, target.sector) if target else None


@pytest.mark.parametrize(
    ("text", "event_type", "target"),
    [
        # people named by their nationality alone, after a preposition and a number, are civilians
        ("أطلق مسلح النار على أربعة أردنيين قرب الحدود.", "ASSAULT", ("JOR", "CVL")),
        # the capital an ambassador is recalled from is the target of the recall
        ("وقالت الكويت إنها استدعت سفيرها في بغداد للتشاور.", "SANCTION", ("IRQ", "GOV")),
        # people counted with no kind, hurt by an attack, are civilians of the place
        ("وقتل مسلحون ستة أشخاص في هجوم على قرية قرب مدينة الموصل.", "ASSAULT", ("IRQ", "CVL")),
        # the residence of a governor is a state body
        ("وحاول المحتجون في البصرة اقتحام مقر المحافظ.", "PROTEST", ("IRQ", "GOV")),
        # refugees of a nationality are civilians
        ("ودعت المنظمة الحكومة إلى عدم ترحيل لاجئين سوريين.", "REQUEST", ("SYR", "CVL")),
        # extremists arrested are an armed group
        ("واعتقلت الشرطة في تونس 12 متطرفا في حملة أمنية.", "COERCE", ("TUN", "REB")),
    ],
)
def test_target_from_grammar_and_kind(events_of, text, event_type, target):
    assert _target_of(events_of, text, event_type) == target


def test_a_nisba_after_a_noun_is_no_people(events_of):
    """ "من جانب مسؤولين إيرانيين": Iranian officials are a state body, not Iranian civilians."""
    text = "وانتقدت الخارجية الأردنية تصريحات صدرت عن مسؤولين إيرانيين."
    assert _target_of(events_of, text, "ACCUSE") == ("IRN", "GOV")


def test_a_count_of_wounded_alone_is_no_victim_of_an_attack(events_of):
    """ "نقلنا 13 مصابا": the counted noun itself says they are hurt; who they are stays unknown."""
    text = "وقال مدير خدمة الإسعاف إن الانفجار أدى إلى نقل 13 مصابا إلى المستشفى."
    found = [e for e in events_of(text) if e.event_type == "ASSAULT"]
    assert all(e.target is None or e.target.sector != "CVL" for e in found)


def test_an_agent_phrase_far_after_the_trigger_names_someone_else(events_of):
    """ "استدعت سفيرها … بعد التصريحات العدائية من جانب مسؤولين إيرانيين": Bahrain recalls."""
    text = (
        "وقالت البحرين إنها استدعت سفيرها في طهران للتشاور بعد ما وصفته بتكرار التصريحات العدائية "
        "من جانب مسؤولين إيرانيين."
    )
    found = [e for e in events_of(text) if e.event_type == "SANCTION"]
    assert found and found[0].actor.country == "BHR"


def test_a_singular_nisba_target_gets_no_sector_of_its_own(events_of):
    """ "الصحفي السعودي": the nisba says the country of a person, not that he is the state."""
    text = "وطالبت المنظمة بالإفراج عن الصحفي المصري المعتقل."
    found = [e for e in events_of(text) if e.event_type == "REQUEST"]
    assert found and found[0].target and found[0].target.country == "EGY"
    assert found[0].target.sector is None
