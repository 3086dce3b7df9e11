"""Sources and denials on real sentences (the seed article and ANT 2018, article ids in comments)."""


def _first(events_of, text, event_type="ASSAULT"):
    return next(e for e in events_of(text) if e.event_type == event_type)


def test_claim_and_denial_stay_on_one_event(events_of):
    # seed article, first sentence
    text = (
        "قتل 7 مدنيين في إقليم قره باغ بينهم 3 نساء وطفلان ورجلان، جراء قصف القوات الأذربيجانية "
        "لأراضي الإقليم، حسبما نقلت وكالة الأنباء الأرمينية، في حين نفت أذربيجان قصف المدنيين."
    )
    (event,) = events_of(text)
    assert event.reported_by and "news agency" in event.reported_by
    assert event.denied_by == ["AZE"]
    assert event.field_evidence["reported_by"].text == "وكالة الأنباء الأرمينية"


def test_per_phrases_name_the_source(events_of):
    # BB-middleEast-161-20180308
    text = "وقصف المسلحون قريتين تحاصرهما فصائل مسلحة، مما أدى لقتل طفلين، بحسب المرصد السوري."
    event = _first(events_of, text)
    assert event.killed == 2 and event.reported_by


def test_a_say_verb_names_the_source_of_a_violent_event(events_of):
    # seed article, last paragraph
    text = "وأعلنت وزارة الدفاع في أذربيجان أمس الثلاثاء، تدمير قواتها لعدد من نقاط إطلاق النار التابعة للقوات الأرمينية."
    event = _first(events_of, text)
    assert event.reported_by == "Azerbaijan Ministry of Defence"


def test_a_speaker_is_not_the_source_of_its_own_statement(events_of):
    # BB-middleEast-470-20180508
    text = "نددت السلطة الفلسطينية الثلاثاء بالإفراج عن جندي إسرائيلي."
    event = _first(events_of, text, "ACCUSE")
    assert event.reported_by is None


def test_a_denial_in_the_next_sentence_goes_to_the_event_before_it(events_of):
    # AL-internationalNews-1315-20180525 shape
    text = "وقالت مصادر محلية إن طائرات حربية قصفت القرية. ونفت روسيا ضلوعها في الواقعة."
    event = _first(events_of, text)
    assert event.denied_by == ["RUS"] and event.reported_by == "local sources"
