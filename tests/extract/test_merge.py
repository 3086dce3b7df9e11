"""One event per happening inside an article (sentences in the shape of ANT 2018 reports)."""


def _assaults(events_of, text):
    return [e for e in events_of(text) if e.event_type == "ASSAULT"]


def test_the_lead_and_a_definite_mention_are_one_event(events_of):
    text = "قتل 5 مدنيين في قصف على مدينة إدلب. وقال شهود إن القصف استمر ساعات."
    (event,) = _assaults(events_of, text)
    assert event.killed == 5 and event.evidence.text.startswith("قتل 5 مدنيين")


def test_the_same_town_without_new_counts_is_the_same_event(events_of):
    text = "قتل 5 مدنيين في غارة جوية على مدينة إدلب. وأفاد ناشطون بوقوع انفجارات في إدلب."
    (event,) = _assaults(events_of, text)
    assert event.killed == 5


def test_different_counts_are_different_events(events_of):
    text = "قتل 20 فلسطينيا برصاص القوات الإسرائيلية الجمعة. وأصابت القوات الإسرائيلية ثلاثة أشخاص الخميس."
    assert len(_assaults(events_of, text)) == 2
