"""Actors told by clauses around the trigger: relative clauses, pairs after "بين", "ل" of the owner,
events of another kind in the same sentence.

Sentences written for these tests (not taken from the dev set)."""

import pytest


@pytest.mark.parametrize(
    ("text", "event_type", "actor"),
    [
        # a relative clause whose verb points back to the noun names who did it
        ("قتل خمسة مدنيين في القصف الذي تشنه تركيا على القرى الحدودية.", "ASSAULT", ("TUR", "GOV")),
        ("وارتفعت حصيلة المجزرة التي ارتكبتها المليشيات الحوثية في الحديدة إلى سبعة قتلى.", "ASSAULT",
         ("YEM", "REB")),
        # a verb after "الذي" with no pronoun: the noun before did it; what follows is the object
        ("وقع التفجير الإرهابي، الذي استهدف مقر قيادة قوات الأمن في عدن، صباح اليوم.", "ASSAULT", None),
        # the second of a pair after "بين" is no subject of what comes next
        ("ويسود التوتر على الحدود بين قطاع غزة وإسرائيل قبيل مسيرات احتجاج تنطلق من القطاع.", "PROTEST",
         None),
        # an armed side glued to "ل" right after a violent noun owns it
        ("أعلنت حركة الشباب مسؤوليتها عن الهجوم. وقتل جنديان صوماليان في كمين للحركة قرب مقديشو.",
         "ASSAULT", ("SOM", "REB")),
        # a noun of another kind that the attack hits or happens in does not take the attacker
        ("وقتلت القوات الإسرائيلية 60 فلسطينيا في احتجاجات على الحدود.", "PROTEST", None),
    ],
)  # fmt: skip
def test_actor_from_clauses(actor_of, text, event_type, actor):
    assert actor_of(text, event_type) == actor


def test_a_reporter_named_between_commas_is_not_the_attacker(actor_of):
    text = "أكد قائد الشرطة الإندونيسية، تيتو كارنافيان، أن عائلة نفذت هجمات انتحارية على ثلاث كنائس."
    assert actor_of(text, "ASSAULT") != ("IDN", "MIL")


def test_a_mediator_is_the_actor_of_talks_between_two_sides(actor_of):
    text = "وتوسط الأردن في محادثات بين المعارضة السورية والروس بشأن اتفاق لوقف القتال."
    assert actor_of(text, "CONSULT") == ("JOR", "GOV")


@pytest.mark.parametrize(
    ("text", "event_type", "actor"),
    [
        # the first of the sides joined by و before the trigger is its subject, not the nearest
        (
            "وشنت الولايات المتحدة وبريطانيا وفرنسا فجر السبت عملية عسكرية على مواقع في سوريا.",
            "ASSAULT",
            ("USA", "GOV"),
        ),
        # who visits is the mention in idafa after the visit noun; the host comes after ل or إلى
        (
            "وقال الوزير إن العلاقات تطورت خلال زيارة الرئيس الروسي لبكين الشهر الماضي.",
            "CONSULT",
            ("RUS", "GOV"),
        ),
    ],
)
def test_joined_sides_and_visitors(actor_of, text, event_type, actor):
    assert actor_of(text, event_type) == actor


def test_who_follows_a_meeting_noun_with_a_pronoun_is_the_guest(actor_of):
    text = "وقال وزير الخارجية الإماراتي خلال استقباله المبعوث الأممي إلى اليمن إن الحل سياسي."
    assert actor_of(text, "CONSULT") == ("ARE", "GOV")
