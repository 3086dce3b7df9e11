"""Words of conflict used elsewhere give no event; the same words about states do (ANT 2018 sentences)."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        # AL-sport-1064-20180403
        "وقال المدرب الثلاثاء إن مدافعه جويل ماتيب سيغيب حتى نهاية الموسم بسبب إصابة في الفخذ.",
        # AL-sport-1015-20180401
        "ولم يشارك أوندير أمام بولونيا بعد تعرضه لإصابة عضلية خلال انضمامه لمنتخب تركيا مؤخرا.",
        # AL-sport-107-20180219
        "تمنعت بل رفضت وادعيت عدم إجادتي اللعبة، لكنه أصر علي ولزم.",
    ],
)
def test_sport_and_private_life_give_no_event(events_of, text):
    assert events_of(text) == []


def test_a_rejection_by_a_state_is_an_event(events_of):
    # ANT 2018 shape: a government rejects
    (event,) = [e for e in events_of("ورفضت الحكومة العراقية مطالب المحتجين.") if e.event_type == "REJECT"]
    assert event.actor.country == "IRQ" and event.actor.sector == "GOV"


def test_an_injury_with_a_count_is_an_event(events_of):
    (event,) = events_of("وأعلنت الشرطة إصابة 12 شخصا في الانفجار.")
    assert event.event_type == "ASSAULT" and event.injured == 12


@pytest.mark.parametrize(
    "text",
    [
        "من جهتها، نددت أرمينيا بالعملية العسكرية في قره باغ.",  # seed article
        # ANT 2018 (BBC Arabic, 2018-04-06) shape
        "ودعا كل من الأمم المتحدة والاتحاد الأوروبي إلى تحقيق مستقل في مقتل الفلسطينيين الأسبوع الماضي.",
    ],
)
def test_violence_a_statement_is_about_is_no_new_event(events_of, text):
    events = events_of(text)
    assert events and all(e.event_type != "ASSAULT" for e in events)


def test_an_event_long_before_publication_is_background(events_of):
    # seed article: the 2020 statement is background (events_of publishes on 2018-06-01)
    text = "وأشارت إلى التوقيع على اتفاق بين روسيا وأذربيجان وأرمينيا في 9 تشرين الثاني/ نوفمبر 2017."
    assert [e for e in events_of(text) if e.event_type == "AGREE"] == []
    recent = "وأعلنت روسيا التوقيع على اتفاق مع أذربيجان في 29 أيار/ مايو 2018."
    assert [e for e in events_of(recent) if e.event_type == "AGREE"] != []


def test_support_for_a_state_is_an_event_but_a_subsidy_is_not(events_of):
    # ANT 2018 shapes (Al-Sharq Al-Awsat, economy pages)
    (event,) = [e for e in events_of("وجددت الإمارات تأكيد دعمها لليمن.") if e.event_type == "SUPPORT"]
    assert event.actor.country == "ARE"
    assert [e for e in events_of("وخفضت الحكومة المصرية دعم الوقود.") if e.event_type == "SUPPORT"] == []


def test_protests_a_statement_is_about_are_no_new_protest(events_of):
    events = events_of("ورفض مسؤول في حماس مزاعم إسرائيل بشأن الاحتجاجات.")
    assert [e.event_type for e in events] == ["REJECT"]


@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        # shapes from ANT 2018 articles: the object of a consent, a demand or a threat is no happening
        ("ووافقت الميليشيات على الانسحاب من المدينة.", "AGREE", "RETREAT"),
        ("وطالب المحتجون الأمم المتحدة بإدانة الحكومة.", "REQUEST", "ACCUSE"),
        ("وهددت الولايات المتحدة بفرض عقوبات على إيران.", "THREATEN", "SANCTION"),
    ],
)
def test_what_a_statement_asks_or_agrees_to_is_no_event_of_its_own(events_of, text, kept, dropped):
    types = [e.event_type for e in events_of(text)]
    assert kept in types and dropped not in types


def test_a_noun_in_another_clause_than_the_demand_stays(events_of):
    text = "وطالبت الحكومة بالتهدئة، فيما أعلن الجيش انسحاب قواته من المدينة."
    assert "RETREAT" in [e.event_type for e in events_of(text)]


def test_the_statement_a_later_word_of_a_demand_governs_is_its_content(events_of):
    events = events_of("واشترط الحوثيون عدم استهداف قياداتهم، وطالبوا الأمم المتحدة بإدانة مقتل الصماد.")
    assert "ACCUSE" not in [event.event_type for event in events]


def test_an_earlier_event_named_after_baad_keeps_a_date_days_before(events_of):
    (event,) = events_of("وتصاعد التوتر في المدينة بعد مظاهرات في 29 أيار.")
    assert event.event_type == "PROTEST" and event.date.isoformat() == "2018-05-29"


def test_a_demand_named_only_as_what_came_before_is_no_new_event(events_of):
    # ANT 2018 shape: "the day after a call from his ally"
    text = "وأعلن الرئيس التركي الأربعاء عن انتخابات مبكرة غداة دعوة من حليفه القومي."
    assert "REQUEST" not in [event.event_type for event in events_of(text)]


def test_a_fight_named_after_bad_is_still_told(events_of):
    # ANT 2018 shape: "took positions after fierce battles with the Houthis"
    text = "وسيطر الجيش اليمني الأحد على مواقع جديدة بعد معارك عنيفة مع ميليشيات الحوثي."
    assert "ASSAULT" in [event.event_type for event in events_of(text)]


def test_a_pluperfect_restating_the_report_of_a_verb_keeps_the_verb_it_reports(events_of):
    # the pluperfect governs كشفت; the agreement it reports is the event
    events = events_of("وكانت مصادر سياسية قد كشفت أن الحكومة وافقت أمس على الانسحاب من المدينة.")
    assert [e.event_type for e in events] == ["AGREE"]


def test_a_pluperfect_dated_weeks_before_is_background(events_of):
    assert events_of("وكانت الشرطة قد اعتقلت 5 مسلحين في 3 أيار.") == []
    (event,) = events_of("وكانت الشرطة قد اعتقلت 5 مسلحين يوم الأربعاء.")
    assert event.event_type == "COERCE" and event.captured == 5
