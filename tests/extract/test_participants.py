"""Actors and targets on real sentences (the seed article and ANT 2018, article ids in comments)."""

from pathlib import Path

import pytest

SEED = Path(__file__).parents[2] / "examples" / "seed-karabakh.txt"


def _event(events_of, text, event_type):
    found = [e for e in events_of(text) if e.event_type == event_type]
    assert found, f"no {event_type} event"
    return found[0]


def _who(actor):
    return (actor.country, actor.sector) if actor else None


@pytest.mark.parametrize(
    ("text", "event_type", "actor", "target"),
    [
        # seed: passive killing, actor in idafa after the shelling noun, target the people counted
        (
            "قتل 7 مدنيين في إقليم قره باغ بينهم 3 نساء، جراء قصف القوات الأذربيجانية لأراضي الإقليم.",
            "ASSAULT",
            ("AZE", "MIL"),
            ("AZE", "CVL"),  # no nationality stated: the country of the place
        ),
        # seed: verb-first statement, a nisba as target
        ("من جهتها، نددت أرمينيا بالعملية الأذرية في قره باغ.", "ACCUSE", ("ARM", "GOV"), ("AZE", None)),
        # seed: a ministry with its nisba
        (
            "فيما دعت الخارجية الروسية طرفي النزاع إلى وقف العمليات القتالية فورا.",
            "REQUEST",
            ("RUS", "GOV"),
            None,
        ),
        # AL-internationalNews-824-20180407: agent after "برصاص"
        (
            "وقتل 8 متظاهرين فلسطينيين برصاص القوات الإسرائيلية خلال مظاهرات في قطاع غزة.",
            "ASSAULT",
            ("ISR", "MIL"),
            None,
        ),
        # AL-internationalNews-2023-20180722: a long country name as subject
        (
            "أدانت الولايات المتحدة الأميركية الإجراء الذي سمح لحكومة جنوب السودان بتمديد ولايتها.",
            "ACCUSE",
            ("USA", "GOV"),
            ("SSD", "GOV"),
        ),
    ],
)
def test_actor_and_target_of_real_sentences(events_of, text, event_type, actor, target):
    event = _event(events_of, text, event_type)
    assert _who(event.actor) == actor
    if target is not None:
        assert _who(event.target) == target


def test_an_office_and_its_holder_are_one_actor(events_of):
    text = "وأكد الرئيس الأذربيجاني “إلهام علييف” في اتصال هاتفي مع وزير الخارجية الأمريكي أنتوني بلينكن، أن قواته لا تقصف المدنيين."
    event = _event(events_of, text, "CONSULT")
    assert event.actor.name == "Ilham Aliyev" and _who(event.actor) == ("AZE", "GOV")
    assert _who(event.target) == ("USA", "GOV")
    actor = event.field_evidence["actor"]
    assert text[actor.start : actor.end] == actor.text and actor.text.startswith("الرئيس الأذربيجاني")


def test_coordinated_verbs_share_their_subject(events_of):
    text = "من جهتها، نددت أرمينيا بالعملية الأذرية في قره باغ، وطالبت بوقف العملية التي وصفتها بالعدوان."
    request = _event(events_of, text, "REQUEST")
    assert _who(request.actor) == ("ARM", "GOV")


def test_place_at_country_level_from_the_sentence_or_the_article(events_of):
    # ANT 2018 shape: the place after "في", else the country the article is about
    (event,) = [e for e in events_of("قتل 3 جنود في هجوم في العراق.") if e.event_type == "ASSAULT"]
    assert event.location.country == "IRQ" and event.location.precision == 3
    events = events_of("تظاهر المئات في العراق أمس. وقتل شخصان في اشتباكات مع الشرطة.")
    assault = next(e for e in events if e.event_type == "ASSAULT")
    assert assault.location.country == "IRQ"


def test_place_from_the_gazetteer_with_coordinates(events_of):
    # ANT 2018 shape
    (event,) = [e for e in events_of("قتل 3 جنود في هجوم بمدينة إدلب.") if e.event_type == "ASSAULT"]
    place = event.location
    assert place.country == "SYR" and place.precision == 1
    assert 35.5 < place.lat < 36.2 and 36.3 < place.lon < 37.0
    assert event.field_evidence["location"].text == "إدلب"


def test_a_shared_place_name_takes_the_country_the_article_is_about(events_of):
    libya = events_of("اشتباكات عنيفة في طرابلس بين فصائل ليبية. وقال مسؤول ليبي إن القتال مستمر في ليبيا.")
    assert next(e for e in libya if e.event_type == "ASSAULT").location.country == "LBY"
    lebanon = events_of("اشتباكات عنيفة في طرابلس بين مسلحين. وقال الجيش اللبناني إن الوضع في لبنان هادئ.")
    assert next(e for e in lebanon if e.event_type == "ASSAULT").location.country == "LBN"


def test_a_glued_preposition_makes_an_object_not_a_subject(events_of):
    # ANT 2018 shape (Sky News Arabia, 2018-10-14)
    text = "وتلقى خادم الحرمين الشريفين الملك سلمان اتصالا هاتفيا بالرئيس التركي رجب طيب أردوغان."
    event = next(e for e in events_of(text) if e.event_type == "CONSULT")
    assert event.actor is None or event.actor.country != "TUR"
    assert event.target and event.target.country == "TUR"


def test_a_news_agency_reports_and_does_not_act(events_of):
    # ANT 2018 shape (CNN Arabic, 2018-04-09)
    text = "ونقلت وكالة وفا استهداف الزوارق الحربية الإسرائيلية لمراكب الصيد في غزة."
    event = next(e for e in events_of(text) if e.event_type == "ASSAULT")
    assert event.actor is None or event.actor.sector != "MED"


def test_its_forces_belong_to_the_actor_named_before(events_of):
    # ANT 2018 (BBC Arabic, 2018-04-06) shape: the army speaks of "its forces" in a Gaza story
    text = "احتجاجات في قطاع غزة. وقال الجيش الإسرائيلي إن قواته أطلقت النار على المحتجين."
    event = next(e for e in events_of(text) if e.event_type == "ASSAULT")
    assert event.actor.country == "ISR" and event.actor.name.startswith("forces of")


def test_a_small_place_in_a_country_never_named_is_not_believed(events_of):
    # CNN Arabic, 2018-04-30 shape: "كابول" in an Afghan story (GeoNames also has a Kabul in Israel)
    text = "كابول، أفغانستان. أعلنت السلطات الأفغانية مقتل 25 شخصا في انفجار في كابول."
    event = next(e for e in events_of(text) if e.event_type == "ASSAULT")
    assert event.location.country == "AFG"


def test_people_counted_without_nationality_are_of_the_place(events_of):
    (event,) = [e for e in events_of("قتل 7 مدنيين في قصف على مدينة إدلب.") if e.event_type == "ASSAULT"]
    assert (event.target.name, event.target.country, event.target.sector) == ("civilians", "SYR", "CVL")


def test_clashes_between_two_sides(events_of):
    # Sky News Arabia, 2018-04-16 shape
    text = "قتل 13 مسلحا خلال اشتباكات بين قوات الجيش المصري وعناصر من داعش في شمال سيناء."
    (event,) = [e for e in events_of(text) if e.event_type == "ASSAULT"]
    assert (event.actor.country, event.actor.sector) == ("EGY", "MIL")


def test_a_nisba_after_an_attack_noun_is_the_attacker(events_of):
    (event,) = events_of("قتل 7 أشخاص جراء الغارات الإسرائيلية على مطار عسكري في سوريا.")
    assert (event.actor.country, event.actor.sector) == ("ISR", "MIL")


def test_a_nisba_after_a_casualty_noun_is_the_victims(events_of):
    (event,) = events_of("أعلنت السلطات مقتل الإيرانيين الثلاثة في الهجوم.")
    assert event.actor is None or event.actor.country != "IRN"


def test_a_hashtag_place_is_still_a_place_not_an_actor(events_of):
    (event,) = events_of("قالت أجهزة طوارئ في #الصومال إن 13 شخصا أصيبوا في #تفجير_انتحاري بسيارة ملغومة.")
    assert event.injured == 13 and event.location.country == "SOM"
    assert event.actor is None or event.actor.country != "SOM"


def test_a_happening_without_a_place_is_where_the_story_is(events_of):
    text = (
        "تجمع فلسطينيون على الحدود بين قطاع غزة وإسرائيل في يوم آخر من الاحتجاجات. "
        "وقتل رجل آخر في هجوم جوي إسرائيلي بالقرب من الحدود الخميس."
    )
    (attack,) = [e for e in events_of(text) if e.event_type == "ASSAULT"]
    assert attack.location.country == "PSE"


def test_a_nisba_as_the_subject_of_the_opening_verb(events_of):
    (event,) = events_of("أطلق فلسطيني النار على مستوطنين قرب مستوطنة في الضفة الغربية، فقتل اثنين.")
    assert event.actor.country == "PSE"


def test_an_official_of_a_group_speaks_for_it(events_of):
    (event,) = [
        e for e in events_of("ورفض مسؤول في حماس مزاعم إسرائيل بشأن الاحتجاجات.") if e.event_type == "REJECT"
    ]
    assert event.event_type == "REJECT" and event.actor.country == "PSE" and event.actor.sector == "REB"


def test_weapons_stand_for_the_forces_of_their_country(events_of):
    (event,) = events_of("قتل 3 مدنيين في قصف المدفعية التركية على قرية قرب عفرين.")
    assert (event.actor.country, event.actor.sector) == ("TUR", "MIL")


def test_a_ministry_with_no_country_belongs_to_the_state_its_sentence_names(events_of):
    text = "عبرت تونس عبر بلاغ صادر عن وزارة الشؤون الخارجية عن إدانتها الشديدة للاعتداءات التي استهدفت لندن."
    (accuse,) = [e for e in events_of(text) if e.event_type == "ACCUSE"]
    assert accuse.actor.country == "TUN"


def test_any_minister_with_a_nisba_is_a_government_actor(events_of):
    (event,) = [
        e
        for e in events_of(
            "أوضح وزير التخطيط المصري أشرف العربي أن هناك مباحثات مع الكويت لدعم احتياجات البلاد."
        )
        if e.event_type == "CONSULT"
    ]
    assert (event.actor.country, event.actor.sector) == ("EGY", "GOV")


def test_a_town_is_believed_when_the_article_names_its_region(events_of):
    text = "قتل 5 مدنيين في غارة جوية على بلدة كفرنبل في ريف إدلب اليوم، في حين نفت روسيا ذلك."
    (event,) = events_of(text)
    assert (event.location.name, event.location.admin1) == ("Kafranbel", "Idlib")


def test_two_coordinated_speakers_make_two_statements(events_of):
    events = events_of("ودعا كل من الأمم المتحدة والاتحاد الأوروبي إلى تحقيق مستقل في مقتل الفلسطينيين.")
    requests = [e for e in events if e.event_type == "REQUEST"]
    assert sorted(e.actor.country for e in requests) == ["EU", "UN"]
    assert len({e.id for e in requests}) == 2


def test_a_speaker_and_the_people_with_it_are_one_statement(events_of):
    events = events_of("ودعت الحكومة الأردنية والمواطنين إلى التهدئة.")
    assert len([e for e in events if e.event_type == "REQUEST"]) == 1


def test_protesters_named_by_the_protest_word_are_its_actor(events_of):
    (protest,) = [
        e for e in events_of("وحاول المتظاهرون اقتحام مقر محافظ البصرة الأحد.") if e.event_type == "PROTEST"
    ]
    assert (protest.actor.country, protest.actor.sector) == ("IRQ", "CVL")
