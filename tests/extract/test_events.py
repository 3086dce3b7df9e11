from pathlib import Path

import pytest

SEED = Path(__file__).parents[2] / "examples" / "seed-karabakh.txt"


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        # shapes from ANT 2018 articles
        ("قتل 3 أشخاص على الأقل في غارة جوية شنتها طائرة مجهولة.", "aerial"),
        ("أصيب 13 شخصا في تفجير انتحاري بسيارة ملغومة قرب القصر الرئاسي.", "suicide-attack"),
        ("قتل جنديان في اشتباكات مع مسلحين قرب الحدود.", "firearms"),
        ("قتل شخص وأصيب اثنان بانفجار عبوة ناسفة في السوق.", "explosives"),
        ("اغتال مسلحون مسؤولا محليا في المدينة.", "targeted"),
        ("وأعلنت الشرطة مقتل ثلاثة مهاجمين.", None),
    ],
)
def test_assault_triggers_and_modes(events_of, text, mode):
    (event,) = events_of(text)
    assert event.event_type == "ASSAULT" and event.mode == mode


@pytest.mark.parametrize(
    "text",
    [
        "وأكد الرئيس أن قواته لا تقصف المدنيين ومنشآت البنية التحتية.",  # seed article
        "وقالت الشرطة إن الحادث لم يسفر عن إصابات.",  # ANT: BB-economy-230-20180825 shape
        "وأفاد السكان بأن الحريق لم يؤد إلى مقتل أحد.",
    ],
)
def test_negated_triggers_give_no_event(events_of, text):
    assert events_of(text) == []


def test_sentences_without_violence_give_no_event(events_of):
    # ANT 2018, economy: no happening of conflict
    assert events_of("ارتفعت أسعار النفط 2.5 في المئة الثلاثاء بعد قرار أوبك خفض الإنتاج.") == []


def test_seed_event_evidence_points_into_the_original_text(events_of):
    text = SEED.read_text(encoding="utf-8")
    events = events_of(text)
    assert events, "the seed article has events"
    for event in events:
        assert text[event.evidence.start : event.evidence.end] == event.evidence.text
        for evidence in event.field_evidence.values():
            assert text[evidence.start : evidence.end] == evidence.text
    assert len({event.id for event in events}) == len(events)


@pytest.mark.parametrize(
    "text",
    [
        "وهدد الجيش بأنه سيقصف مواقع المسلحين.",  # future clitic on the trigger
        "وقال إن الجيش سوف يقصف المواقع.",  # future word
        "وحذر من أن التصعيد قد يؤدي إلى مقتل المدنيين.",  # modal before an imperfect verb
        "وقال إنه إذا قصفت القوات المدينة فإن الرد سيكون قاسيا.",  # condition
        "وقتل أكثر من 350 ألف شخص منذ بدء النزاع.",  # cumulative toll since the war began
        "وكانت غارة مماثلة قد وقعت في عام 2016 على المدينة.",  # background year (published 2018)
    ],
)
def test_things_that_did_not_happen_are_not_events(events_of, text):
    assert [e for e in events_of(text) if e.event_type == "ASSAULT"] == []


def test_a_year_of_publication_is_no_background(events_of):
    (event,) = events_of("قتل 3 جنود في هجوم وقع في عام 2018 قرب الحدود.")
    assert event.killed == 3


def test_a_trigger_inside_an_actor_name_is_no_event(events_of):
    text = "قال المتحدث باسم تحالف دعم الشرعية في اليمن إن الدفاعات الجوية اعترضت صاروخا."
    assert "SUPPORT" not in [e.event_type for e in events_of(text)]


def test_protesters_storming_a_building_is_a_riot(events_of):
    text = "وحاول المتظاهرون اقتحام مقر محافظ البصرة الأحد."
    (event,) = events_of(text)
    assert (event.event_type, event.mode) == ("PROTEST", "riot")


def test_forces_storming_a_building_is_coercion(events_of):
    (event,) = events_of("اقتحمت قوات الأمن مقر الجمعية واعتقلت عددا من أعضائها.")
    assert event.event_type == "COERCE"


def test_a_headline_line_is_no_event(events_of):
    text = "حماس تهدد بضرب عمق المستوطنات\nقالت حركة حماس إنها سترد على أي عدوان."
    assert events_of(text) == []


def test_a_question_is_no_event(events_of):
    assert events_of("ما هو غاز الأعصاب وكيف يقتل؟ وقال الخبراء إنه سام جدا.") == []


def test_a_campaign_going_on_since_a_date_is_background(events_of):
    text = "وتشن قوات النظام منذ 18 شباط هجوما عنيفا على الغوطة الشرقية، تسبب بمقتل أكثر من 900 مدني."
    assert events_of(text) == []


def test_a_killing_since_the_morning_is_still_an_event(events_of):
    (event,) = events_of("قتل 5 مدنيين منذ صباح اليوم في قصف على مدينة إدلب.")
    assert event.killed == 5


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("وفرضت الحكومة حظر التجول في مدينة البصرة.", "COERCE"),
        ("وأعلنت الوزارة تفكيك خلية إرهابية في ولاية القصرين.", "COERCE"),
        ("وأعلن الأردن التوصل إلى وقف لإطلاق النار في جنوب سوريا.", "AGREE"),
        ("واشترط الحوثيون أن تتسلم الأمم المتحدة إدارة الميناء.", "REQUEST"),
        ("وشدد المتحدث باسم التحالف على أن إطلاق الصواريخ على المدن يعد مخالفا للقانون الدولي.", "ACCUSE"),
        ("وقال المتحدث إن هذا العمل العدائي من قبل الميليشيات الحوثية يثبت تورط إيران.", "ACCUSE"),
    ],
)
def test_more_event_words(events_of, text, event_type):
    assert event_type in [e.event_type for e in events_of(text)]


def test_a_denial_of_a_claim_is_a_rejection(events_of):
    (event,) = events_of("ونفت حركة طالبان اليوم السبت الشائعات التي تحدثت عن مرض زعيمها.")
    assert event.event_type == "REJECT" and event.actor.sector == "REB"


def test_a_denial_of_an_attack_is_the_attacks_denial_not_an_event(events_of):
    (event,) = events_of("قتل 7 مدنيين في قصف للقوات الأذربيجانية، في حين نفت أذربيجان قصف المدنيين.")
    assert event.event_type == "ASSAULT" and event.denied_by == ["AZE"]


@pytest.mark.parametrize(
    "text",
    [
        "وأسفر تفجير شاحنة مفخخة في أكتوبر/ تشرين أول عن مقتل 512 شخصا في الهجوم الأكثر دموية.",
        "ومنذ بدأت القوات الروسية والسورية قصف الغوطة الشرقية الشهر الماضي، قتل أكثر من 1600 شخص.",
        "وقتل آنذاك 30 شخصا في هجوم على سوق شعبي.",
    ],
)
def test_tolls_of_earlier_happenings_are_background(events_of, text):
    assert events_of(text) == []


def test_a_toll_over_the_war_is_background(events_of):
    text = "أعلنت السلطات الإيرانية أن حصيلة قتلاها الذين سقطوا في سوريا أثناء القتال لا تقل عن 400."
    assert events_of(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "وأدت الاشتباكات المتجددة بين قوات الأمن والمتظاهرين في البصرة إلى إصابة نحو 50 شخصا.",
        "وأطلقت الشرطة الغاز المسيل للدموع على المتظاهرين في البصرة.",
    ],
)
def test_protesters_named_as_one_side_or_an_object_are_no_protest(events_of, text):
    assert "PROTEST" not in [e.event_type for e in events_of(text)]


def test_protesters_who_gather_are_a_protest(events_of):
    assert "PROTEST" in [e.event_type for e in events_of("وتجمع المتظاهرون أمام مقر المحافظة في البصرة.")]


def test_support_a_thing_is_for_is_no_event(events_of):
    text = "أوضح وزير التخطيط المصري أن هناك مباحثات مع الكويت لدعم احتياجات البلاد من المواد البترولية."
    assert "SUPPORT" not in [e.event_type for e in events_of(text)]


@pytest.mark.parametrize(
    "text",
    [
        # shapes from ANT 2018 articles: what something aims at, or wants ended, is no happening
        "وأطلقت الحكومة مبادرة بهدف دعم الشركات الصغيرة في البلاد.",
        "وقال الوزير إن بلاده أقامت منصات من أجل استهداف المدن السعودية.",
        "وطالب الرئيس بوضع حد للهجمات على المدنيين في البلاد.",
        "ودعا المبعوث إلى إيقاف القتال في المدينة.",
    ],
)
def test_aims_and_things_to_end_are_no_events(events_of, text):
    assert [e for e in events_of(text) if e.event_type in ("ASSAULT", "SUPPORT")] == []


@pytest.mark.parametrize(
    "text",
    [
        # shapes from ANT 2018 articles: a sentence that opens by recalling the past is background
        "يذكر أن الحكومة وقعت اتفاق سلام مع الجماعات المسلحة، وأعلنت دعمها للحوار.",
        "وسبق أن هاجمت القوات مواقع الجماعة في المنطقة، وقتلت عددا من عناصرها.",
    ],
)
def test_a_sentence_that_recalls_the_past_is_background(events_of, text):
    assert events_of(text) == []


def test_a_recall_later_in_a_sentence_leaves_its_first_clause(events_of):
    text = "قتل 3 جنود في هجوم على حاجز للجيش، يذكر أن المنطقة شهدت هجمات مماثلة."
    assert [e.killed for e in events_of(text)] == [3]


def test_a_scheduled_meeting_is_no_event_yet(events_of):
    assert events_of("ومن المقرر أن يلتقي الرئيس الروسي نظيره التركي في أنقرة.") == []
    assert [e.event_type for e in events_of("والتقى الرئيس الروسي نظيره التركي في أنقرة.")] == ["CONSULT"]


@pytest.mark.parametrize(
    "text",
    [
        "وتشن الطائرات غارات على مواقع المسلحين من حين لآخر.",
        "وكثيرا ما تقصف المدفعية قرى المنطقة الحدودية.",
        "ويتظاهر الطلاب أمام الوزارة بين الحين والآخر.",
    ],
)
def test_what_is_done_from_time_to_time_is_no_event(events_of, text):
    assert events_of(text) == []


def test_a_habitual_phrase_leaves_the_happening_of_another_clause(events_of):
    text = "وقتل 4 جنود في هجوم على حاجز للجيش، وكثيرا ما تتعرض المنطقة لهجمات."
    assert [e.killed for e in events_of(text)] == [4]


def test_an_imperfect_verb_after_a_relative_pronoun_describes(events_of):
    assert events_of("وتسعى الحركة إلى إسقاط الحكومة التي يدعمها الغرب.") == []
    assert events_of("وتحدث الوزير الفرنسي عن الحكومة التي تدعمها الولايات المتحدة.") == []
    text = "وتحدث الوزير الفرنسي عن الحكومة التي دعمتها الولايات المتحدة."
    assert [e.event_type for e in events_of(text)] == ["SUPPORT"]  # a perfect verb: it happened


@pytest.mark.parametrize(
    "text",
    [
        "وقال المتحدث إن الهجوم على المدينة يعد انتهاكا للقانون الدولي.",
        'وأكد الوزير أن "القصف كان محاولة لترهيب السكان".',
        "الاحتجاجات كانت سلمية في معظم المدن.",
    ],
)
def test_an_event_noun_a_copula_characterises_is_no_new_event(events_of, text):
    assert [e for e in events_of(text) if e.event_type in ("ASSAULT", "PROTEST")] == []


@pytest.mark.parametrize(
    "text",
    [
        "وقال المتحدث إن الهجوم كان قد أسفر عن مقتل 3 جنود.",
        "وأكدت المصادر أن الغارة استهدفت عربة كانت تقل جنودا.",
        "وشن الجيش هجوما على مواقع كانت تحت سيطرة المسلحين.",
    ],
)
def test_a_copula_after_another_verb_or_before_qad_characterises_nothing(events_of, text):
    assert [e.event_type for e in events_of(text)] == ["ASSAULT"]


@pytest.mark.parametrize(
    "text",
    [
        "وكانت قد اندلعت اشتباكات عنيفة في ضواحي العاصمة.",  # قد before a perfect verb: it happened
        "وقد أصيب ثلاثة جنود في الهجوم.",  # the perfect أصيب is no first-person imperfect
        "وقد تعرضت المدينة لقصف عنيف.",  # no imperfect ends in the perfect's ت
    ],
)
def test_qad_before_a_perfect_verb_tells_what_happened(events_of, text):
    assert [e.event_type for e in events_of(text)] == ["ASSAULT"]


def test_a_toll_detail_leaves_a_new_count_of_the_injured(events_of):
    (event,) = events_of("ومن بين القتلى طفلان، كما أصيب 8 أشخاص بجروح.")
    assert event.event_type == "ASSAULT" and event.injured == 8


def test_a_detail_phrase_after_a_preposition_is_its_object(events_of):
    events = events_of("وكانت المسعفة تحاول الوصول إلى أحد المصابين عندما قتلت بالرصاص.")
    assert [event.event_type for event in events] == ["ASSAULT"]


def test_the_verb_an_agreement_is_about_is_no_event_of_its_own(events_of):
    events = events_of('وقال الوزير: "لقد اتفقنا أن نعبر عن تضامننا الكامل مع المملكة المتحدة".')
    assert [event.event_type for event in events] == ["AGREE"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('وتابع الوزير، "القمة ستبحث القضية الفلسطينية".', []),
        ('وتابع الوزير، "القمة بحثت القضية الفلسطينية".', ["CONSULT"]),
    ],
)
def test_an_event_noun_opening_a_clause_before_a_future_verb_has_not_happened(events_of, text, expected):
    assert [event.event_type for event in events_of(text)] == expected


def test_a_call_to_visit_is_an_invitation_not_a_demand(events_of):
    # ANT 2018 shape: an invitation handed over or accepted
    assert events_of("وسلم المبعوث رئيس الوزراء اللبناني دعوة رسمية لزيارة الرياض.") == []
    assert [e.event_type for e in events_of("وجدد الرئيس المصري دعوة الفصائل إلى الحوار.")] == ["REQUEST"]


def test_an_event_noun_right_after_mundhu_is_an_earlier_happening(events_of):
    # ANT 2018 shape: "for the first time since the withdrawal"
    assert events_of("وارتفعت أسعار النفط منذ انسحاب واشنطن من الاتفاق النووي.") == []
    assert events_of("وأعلنت واشنطن انسحاب قواتها من الاتفاق.") != []


def test_a_state_of_emergency_for_a_disaster_is_no_martial_law(events_of):
    assert events_of("وأعلنت الحكومة حالة الطوارئ في الجزيرة بعد الإعصار.") == []
    (event,) = events_of("وأعلنت الحكومة حالة الطوارئ في الجزيرة بعد هجمات المسلحين.")[:1]
    assert event.event_type == "COERCE" and event.mode == "martial-law"


def test_an_arrest_near_a_disaster_is_still_an_arrest(events_of):
    (event,) = events_of("واعتقلت الشرطة 3 أشخاص بعد حريق في السوق.")
    assert event.event_type == "COERCE" and event.captured == 3


@pytest.mark.parametrize("text", ["وقدمت أوروبا مساعدات لتركيا بين 2014 و2017.", "وفي 2016 قتل 50 شخصا."])
def test_a_bare_year_after_fi_or_bayna_is_background(events_of, text):
    assert events_of(text) == []


def test_a_year_in_a_relative_clause_after_the_trigger_dates_another_noun(events_of):
    (event,) = events_of("وفرضت واشنطن عقوبات على طهران بعد انسحابها من الاتفاق الذي وقع في 2015.")
    assert event.event_type == "SANCTION"


def test_a_later_year_after_fi_leaves_the_call_news(events_of):
    (event,) = events_of("ودعا رئيس الوزراء الرئيس إلى الترشح لولاية خامسة في 2019.")
    assert event.event_type == "REQUEST"
