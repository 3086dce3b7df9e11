"""Casualty counts on real sentences of the ANT 2018 corpus (article ids in comments)."""

import pytest

CASES = [
    # AL-internationalNews-215-20180226
    (
        "وأضاف أن الحصيلة الأولية للهجومين مقتل جنديين وإصابة نحو 53 آخرين بينهم مدنيون بإصابات مختلفة.",
        {"killed": 2, "injured": 53, "breakdown": {"soldiers": 2}, "approximate": True},
    ),
    # AL-internationalNews-1030-20180506
    (
        "وسقطت قذيفة على منزل في قانية، ما أدى إلى مقتل ثلاثة مواطنين بينهم امرأة.",
        {"killed": 3, "injured": None, "breakdown": {"civilians": 3, "women": 1}},
    ),
    # AL-internationalNews-340-20180303
    (
        "هاجم مسلحون مقر الجيش والسفارة الفرنسية، وخلفا 16 قتيلاً بينهم ثمانية مسلحين، و80 جريحاً.",
        {"killed": 16, "injured": 80, "breakdown": {"fighters": 8}},
    ),
    # FR-internationalNews-855-20180422
    (
        "وقع تفجير انتحاري قرب مركز للتسجيل، ما أسفر عن سقوط 31 قتيلا و54 جريحا.",
        {"killed": 31, "injured": 54},
    ),
    # written for rasd (the corpus sentence this stood for tells of a landslide, no attack)
    (
        "وقالت المصادر إن القصف أسفر عن مقتل 21، وإصابة عشرات وتدمير مئات المنازل.",
        {"killed": 21, "injured": None, "vague": ["injured"]},
    ),
    # FR-internationalNews-608-20180407
    (
        "أطلق الجيش النار على حدود قطاع غزة الجمعة، ما أدى إلى مقتل تسعة فلسطينيين وإصابة عشرات آخرين.",
        {"killed": 9, "injured": None, "vague": ["injured"]},
    ),
    # AL-internationalNews-843-20180408
    (
        "وأشار إلى أن المعارك أسفرت عن مقتل أكثر من 20 عنصراً من الميليشيا وإصابة آخرين.",
        {"killed": 20, "breakdown": {"fighters": 20}, "approximate": True},
    ),
    # AL-internationalNews-1531-20180609
    ("وقال المرصد إن القصف أدى إلى قتل 6 مدنيين وإصابة 23 آخرين.", {"killed": 6, "injured": 23}),
    # AL-internationalNews-1752-20180625 (count before its verb)
    ('وقالت اللجنة إن ما مجموعه "86 شخصا قد قتلوا" في الاشتباكات.', {"killed": 86}),
    # AL-internationalNews-1143-20180513 (hedged dual before its verb)
    (
        "وقال إن ما لا يقل عن شخصين قتلا كما أصيب 13 آخرون في التفجيرات.",
        {"killed": 2, "injured": 13, "approximate": True},
    ),
    # ANT 2018 title: arrests count the captured
    ("تركيا: اعتقال 47 شخصاً يشتبه في دعمهم لمحاولة الانقلاب.", {"captured": 47, "killed": None}),
    # ANT 2018 (2018-05-14): a nisba used as a noun counts people
    (
        "قتل 25 فلسطينياً وأصيب أكثر من 900 آخرين برصاص الاحتلال.",
        {"killed": 25, "injured": 900, "approximate": True},
    ),
    # CNN Arabic, 2018-04-09 shape: "no casualties" counts none
    (
        "واستهدفت الزوارق الحربية الإسرائيلية مراكب الصيد في غزة، مضيفة بعدم وقوع إصابات أو ضحايا.",
        {"killed": 0, "injured": 0},
    ),
    # written for rasd: number words, a dual and "على الأقل"
    (
        "قتل ثلاثة جنود على الأقل وأصيب شرطيان في هجوم بعبوة ناسفة.",
        {"killed": 3, "injured": 2, "breakdown": {"soldiers": 3}, "approximate": True},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_casualties_of_real_sentences(events_of, text, expected):
    (event,) = [e for e in events_of(text) if e.event_type in ("ASSAULT", "COERCE")]
    for field, value in expected.items():
        assert getattr(event, field) == value, (field, getattr(event, field), value)
    if "breakdown" not in expected:
        assert set(event.breakdown) <= {"civilians", "soldiers", "fighters"}


def test_counts_that_are_not_people_are_left_alone(events_of):
    # seed article, last paragraph: 60 positions are not 60 people
    text = "وأعلنت وزارة الدفاع سيطرة قواتها على 60 موقعا بعد قصف استمر 24 ساعة."
    (event,) = events_of(text)
    assert (event.killed, event.injured, event.breakdown) == (None, None, {})


def test_each_count_cites_its_span_and_rules(events_of):
    text = "قتل 7 مدنيين بينهم 3 نساء وطفلان ورجلان، جراء قصف القوات لأراضي الإقليم."
    (event,) = events_of(text)
    killed = event.field_evidence["killed"]
    assert killed.text == "7 مدنيين" and text[killed.start : killed.end] == killed.text
    assert "triggers:kill.verb" in killed.rule and "people:civilian.pl.acc" in killed.rule
    assert event.field_evidence["breakdown.children"].text == "وطفلان"


def test_a_number_in_another_clause_is_not_a_casualty(events_of):
    text = "وقالت خدمة الإسعاف إن امرأتين أصيبتا في الهجوم في المنطقة الصناعية، حيث يعمل 5 آلاف فلسطيني."
    (event,) = events_of(text)
    assert event.injured == 2


@pytest.mark.parametrize(
    ("text", "event_type", "expected"),
    [
        ("واعتقلت الشرطة رجلا في المدينة مساء الأحد.", "COERCE", {"captured": 1}),
        ("وقتل مسلحون مجهولون شرطيا قرب الحاجز.", "ASSAULT", {"killed": 1, "breakdown": {"police": 1}}),
        ("وأعلنت الوزارة أن قواتها قتلت 17 عنصرا تكفيريا في مداهمة.", "ASSAULT", {"killed": 17}),
        ('وقال الرئيس إن الجيش قتل "أكثر من ثلاثين" مسلحا في المنطقة.', "ASSAULT", {"killed": None}),
    ],
)
def test_one_person_as_the_object_of_a_casualty_verb(events_of, text, event_type, expected):
    """An indefinite singular noun in the accusative after a casualty verb is one person; not the noun or
    adjective of a number ("17 عنصرا تكفيريا", "ثلاثين\" مسلحا")."""
    (event,) = [e for e in events_of(text) if e.event_type == event_type]
    for field, value in expected.items():
        assert getattr(event, field) == value, (field, getattr(event, field), value)


def test_the_verb_of_a_count_may_follow_an_aside(events_of):
    text = "وقالت السلطات إن سبعة أشخاص على الأقل، بينهم شرطيان، أصيبوا في تبادل لإطلاق النار."
    (event,) = events_of(text)
    assert (event.injured, event.breakdown) == (7, {"police": 2})


@pytest.mark.parametrize(
    "text",
    [
        "وقتل في الهجوم 4 جنود، وفي المدينة نفسها، 60 شخصا على الأقل، وأصيب أكثر من 100 آخرين.",
        "وأضاف أن 12، بينهم ما بين 4 و8 جنود، أصيبوا في الانفجار.",
    ],
)
def test_no_verb_across_an_aside_for_a_count_of_its_own(events_of, text):
    """A casualty verb with و begins its own clause; a count inside an aside is a part, not a total."""
    (event,) = [e for e in events_of(text) if e.event_type == "ASSAULT"]
    assert event.injured in (None, 100)
