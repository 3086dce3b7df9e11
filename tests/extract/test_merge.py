"""One event per happening inside an article (sentences in the shape of ANT 2018 reports)."""

import pytest


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


def test_the_same_count_told_twice_is_one_event(events_of):
    text = (
        "ارتفعت حصيلة الاشتباكات في العاصمة الليبية طرابلس إلى 52 قتيلا. "
        "وأفاد مسؤول بأن الاشتباكات التي شهدتها طرابلس خلفت 52 قتيلا."
    )
    (event,) = _assaults(events_of, text)
    assert event.killed == 52


def test_protests_in_two_towns_are_two_events(events_of):
    text = "تظاهر المئات في مدينة البصرة للمطالبة بالخدمات. وفي بغداد، تظاهر المئات من العراقيين."
    protests = [e for e in events_of(text) if e.event_type == "PROTEST"]
    assert sorted(e.location.name for e in protests) == ["Baghdad", "Basrah"]


def test_statements_of_different_speakers_stay_apart(events_of):
    text = "دعت الأمم المتحدة إلى وقف القتال في اليمن. ودعت فرنسا إلى حماية المدنيين."
    requests = [e for e in events_of(text) if e.event_type == "REQUEST"]
    assert sorted(e.actor.country for e in requests) == ["FRA", "UN"]


def test_a_statement_the_same_speaker_goes_on_with_is_one_event(events_of):
    text = (
        "دعت الخارجية الروسية الطرفين إلى وقف العمليات القتالية. "
        "وذكرت في بيان لها أمس أنها تدعو الطرفين إلى وقف إراقة الدماء."
    )
    (request,) = [e for e in events_of(text) if e.event_type == "REQUEST"]
    assert request.actor.country == "RUS"


def test_the_evidence_is_the_sentence_that_tells_the_event_for_itself(events_of):
    text = (
        "واتهمت باكستان الهند بانتهاك وقف إطلاق النار حيث ذكرت أن أربعة مدنيين قتلوا في قصف هندي. "
        "وذكر مسؤولون باكستانيون أن أربعة مدنيين قتلوا بنيران هندية الأربعاء."
    )
    (event,) = _assaults(events_of, text)
    assert event.killed == 4 and event.evidence.text.startswith("وذكر مسؤولون")


def test_protesters_named_again_elsewhere_are_another_protest(events_of):
    text = "وحاول المتظاهرون اقتحام مقر محافظ البصرة الأحد. وتجمع المتظاهرون في مدينة الناصرية."
    protests = [e for e in events_of(text) if e.event_type == "PROTEST"]
    assert len(protests) == 2


def test_counts_of_the_attack_told_before_join_it(events_of):
    # shape of ANT 2018 articles: a later sentence counts the victims of "the attack" already told
    text = (
        "أطلق مسلح النار على جنود قرب الحدود فقتل اثنين منهم. وقالت الشرطة إن ثلاثة مدنيين أصيبوا في الهجوم."
    )
    (event,) = _assaults(events_of, text)
    assert event.killed == 2 and event.injured == 3


def test_the_attack_of_another_day_stays_apart(events_of):
    text = "قتل جنديان في هجوم على حاجز للجيش الأحد. والجمعة، قتل أربعة مدنيين في الهجوم على السوق."
    assert len(_assaults(events_of, text)) == 2


def test_a_curfew_and_a_cut_of_the_internet_are_two_acts(events_of):
    text = (
        "فرضت الحكومة حظر التجول في مدينة البصرة. "
        "وأفادت تقارير أن خدمة الإنترنت انقطعت في أجزاء كبيرة من البلاد."
    )
    modes = sorted(e.mode for e in events_of(text) if e.event_type == "COERCE")
    assert modes == ["censor", "curfew"]


def test_tear_gas_the_police_fire_is_an_act_of_its_own(events_of):
    text = "قتل متظاهر في اشتباكات أمام البرلمان. وأطلقت الشرطة الغاز المسيل للدموع على متظاهرين."
    assert [e.mode for e in _assaults(events_of, text)] == ["firearms", "crowd-control"]


def test_tear_gas_nobody_is_said_to_fire_goes_on_with_the_clash(events_of):
    text = "قتل متظاهر في اشتباكات أمام البرلمان. وأطلق الغاز المسيل للدموع بكثافة."
    (event,) = _assaults(events_of, text)
    assert event.killed == 1


def test_meetings_on_two_days_named_in_their_sentences_are_two_events(events_of):
    text = (
        "التقى الرئيس الفرنسي نظيره الأمريكي في باريس الخميس. "
        "وعقد الرئيس الفرنسي اجتماعا مع رئيس الوزراء البريطاني في باريس الجمعة."
    )
    meetings = [e for e in events_of(text) if e.event_type == "CONSULT"]
    assert [e.date.isoformat() for e in meetings] == ["2018-05-31", "2018-06-01"]


def test_the_day_of_a_report_does_not_part_the_event(events_of):
    text = (
        "قتل 5 مدنيين في غارة جوية على مدينة إدلب الأحد. "
        "وأفاد المرصد، الاثنين، بأن طائرات حربية قصفت مدينة إدلب."
    )
    (event,) = _assaults(events_of, text)
    assert event.killed == 5 and event.date.isoformat() == "2018-05-27"


def test_a_count_repeated_for_other_people_joins_the_lead(events_of):
    """The lead's target is the people killed; a later sentence that counts the same injured again is
    the same clash, though the people it names are others."""
    text = (
        "قتل 3 متمردين وجرح 7 أشخاص في اشتباكات مع قوات الأمن في جنوب البلاد. "
        "وقال بيان للسلطات إن سبعة أشخاص أصيبوا خلال تبادل لإطلاق النار."
    )
    (event,) = _assaults(events_of, text)
    assert (event.killed, event.injured) == (3, 7)


def test_the_day_of_a_report_does_not_split_an_event(events_of):
    """ "حسبما أفادت السلطات اليوم": the day after a reporting word is the report's, not the clash's."""
    text = (
        "قتل 5 جنود في هجوم على حاجز للجيش في شمال البلاد، حسبما أفادت السلطات اليوم الجمعة. "
        "وقال مصدر أمني إن 5 جنود قتلوا في الهجوم على الحاجز ليل الخميس."
    )
    (event,) = _assaults(events_of, text)
    assert event.killed == 5


def test_one_more_act_told_with_kama_stays_apart(events_of):
    """كما before a verb of its own with a new subject tells one more strike, not a detail of the first."""
    text = (
        "قصفت مدفعية الجيش العراقي مواقع لتنظيم داعش في الأنبار. "
        "كما دمرت القوات الأمنية العراقية ثلاث عجلات مفخخة قرب الرمادي."
    )
    assert len(_assaults(events_of, text)) == 2


@pytest.mark.parametrize(
    "text",
    [
        "قصفت مدفعية الجيش العراقي مواقع لتنظيم داعش في الأنبار. كما دمرت الغارات مخازن للأسلحة.",
        "قتل 5 أشخاص في قصف على السوق. كما أصيب 3 آخرون في القصف نفسه.",
    ],
)
def test_kama_before_a_detail_joins_the_lead(events_of, text):
    """كما before a casualty verb, or before a verb whose subject names the event again, adds to it."""
    assert len(_assaults(events_of, text)) == 1
