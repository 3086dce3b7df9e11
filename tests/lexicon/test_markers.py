"""markers.tsv: every negation, breakdown and hedge word does its job in a sentence."""

import pytest

from rasd.lexicon.lexicons import MARKER_KINDS
from rasd.lexicon.loader import data_path, read_tsv

ENTRIES = read_tsv(data_path("markers.tsv"), ("kind",))


def _of(kind):
    return [entry for entry in ENTRIES if entry.fields["kind"] == kind]


def test_every_kind_has_entries():
    assert {entry.fields["kind"] for entry in ENTRIES} == set(MARKER_KINDS)


@pytest.mark.parametrize("entry", _of("negation"), ids=lambda e: e.id)
def test_negation_words_cancel_the_trigger_after_them(events_of, entry):
    assert events_of(f"وقال المصدر إن الجيش {entry.form} قصف القرية.") == []


@pytest.mark.parametrize("entry", _of("breakdown"), ids=lambda e: e.id)
def test_breakdown_words_break_the_count_before_them_down(events_of, entry):
    (event,) = events_of(f"قتل 9 أشخاص {entry.form} 4 أطفال في غارة جوية.")
    assert event.killed == 9 and event.breakdown == {"children": 4}


@pytest.mark.parametrize("entry", _of("approx-after"), ids=lambda e: e.id)
def test_hedges_after_a_count_make_it_approximate(events_of, entry):
    (event,) = events_of(f"قتل 9 أشخاص {entry.form} في غارة جوية.")
    assert event.killed == 9 and event.approximate


@pytest.mark.parametrize("entry", _of("future"), ids=lambda e: e.id)
def test_future_words_cancel_the_trigger_after_them(events_of, entry):
    assert events_of(f"وقال المصدر إن الجيش {entry.form} يقصف القرية.") == []


@pytest.mark.parametrize("entry", _of("modal"), ids=lambda e: e.id)
def test_modal_words_before_an_imperfect_verb_cancel_it(events_of, entry):
    assert events_of(f"وقال المصدر إن الجيش {entry.form} يقصف القرية.") == []


@pytest.mark.parametrize("entry", _of("condition"), ids=lambda e: e.id)
def test_condition_words_make_the_clause_hypothetical(events_of, entry):
    assert events_of(f"وقال إنه {entry.form} قصف الجيش القرية فإن الرد سيكون قاسيا.") == []


@pytest.mark.parametrize("entry", _of("since"), ids=lambda e: e.id)
def test_since_phrases_make_the_toll_cumulative(events_of, entry):
    assert events_of(f"وقتل 3500 شخص في القصف {entry.form} الحرب.") == []


@pytest.mark.parametrize("entry", _of("year-word"), ids=lambda e: e.id)
def test_year_words_before_another_year_make_background(events_of, entry):
    assert events_of(f"وكان الجيش قد قصف القرية {entry.form} 2014.") == []
    assert events_of(f"وقصف الجيش القرية {entry.form} 2018.") != []


@pytest.mark.parametrize("entry", _of("locative"), ids=lambda e: e.id)
def test_a_country_after_a_locative_is_the_place(events_of, entry):
    (event,) = [
        e
        for e in events_of(f"قتل 3 جنود {entry.form} العراق بانفجار عبوة ناسفة.")
        if e.event_type == "ASSAULT"
    ]
    assert event.location.country == "IRQ"


@pytest.mark.parametrize("entry", _of("preposition"), ids=lambda e: e.id)
def test_a_country_after_a_preposition_is_not_the_subject(events_of, entry):
    events = [e for e in events_of(f"وجرى اتصال هاتفي {entry.form} روسيا أمس.") if e.event_type == "CONSULT"]
    assert events and all(e.actor is None or e.actor.country != "RUS" for e in events)


@pytest.mark.parametrize("entry", _of("earlier"), ids=lambda e: e.id)
def test_earlier_words_make_the_clause_background(events_of, entry):
    assert events_of(f"وكانت إيران تعلن {entry.form} عن سقوط قتلى في سوريا.") == []


@pytest.mark.parametrize("entry", _of("habitual"), ids=lambda e: e.id)
def test_habitual_phrases_cancel_the_trigger_near_them(events_of, entry):
    assert events_of(f"وتشن الطائرات غارات على مواقع المسلحين {entry.form}.") == []
    assert events_of("وشنت الطائرات غارات على مواقع المسلحين.") != []


@pytest.mark.parametrize("entry", _of("relative"), ids=lambda e: e.id)
def test_an_imperfect_verb_right_after_a_relative_describes(events_of, entry):
    assert events_of(f"وتحدث الوزير الفرنسي عن الجهات {entry.form} تدعمها الولايات المتحدة.") == []


@pytest.mark.parametrize("entry", _of("complement"), ids=lambda e: e.id)
def test_an_event_noun_after_a_complement_is_the_subject_of_a_copula(events_of, entry):
    assert events_of(f"وقال الوزير {entry.form} الهجوم كان محاولة فاشلة.") == []
    assert [e.event_type for e in events_of(f"وقال الوزير {entry.form} الهجوم أسفر عن مقتل 3 جنود.")] == [
        "ASSAULT"
    ]


@pytest.mark.parametrize("entry", _of("copula"), ids=lambda e: e.id)
def test_a_copula_after_an_event_noun_characterises_it(events_of, entry):
    assert events_of(f"وقال الوزير إن القصف على المدينة {entry.form} انتهاكا للقانون.") == []


@pytest.mark.parametrize("entry", _of("topic"), ids=lambda e: e.id)
def test_an_event_noun_after_a_topic_word_is_what_something_is_about(events_of, entry):
    noun = "الهجوم" if entry.form.startswith("ب") else "بالهجوم"
    assert events_of(f"وسلمت اللجنة الوثائق {entry.form} {noun} إلى المحكمة.") == []


@pytest.mark.parametrize("entry", _of("detail"), ids=lambda e: e.id)
def test_a_toll_detail_phrase_tells_no_new_attack(events_of, entry):
    assert events_of(f"وقال المسؤول إن {entry.form} ضابطا قتل في الغارة.") == []
    assert events_of("وقال المسؤول إن ضابطا قتل في الغارة.") != []


@pytest.mark.parametrize("entry", _of("after"), ids=lambda e: e.id)
def test_an_event_after_after_words_dated_weeks_before_is_background(events_of, entry):
    assert events_of(f"وتصاعد التوتر في المدينة {entry.form} مظاهرات في 20 أيار.") == []
    (event,) = events_of(f"وتصاعد التوتر في المدينة {entry.form} مظاهرات في 30 أيار.")
    assert event.event_type == "PROTEST"


@pytest.mark.parametrize("entry", _of("subjunctive"), ids=lambda e: e.id)
def test_an_imperfect_verb_after_a_subjunctive_word_is_not_done(events_of, entry):
    assert events_of(f"وقال الوزير إن الجيش مستعد {entry.form} يقصف مواقع المسلحين.") == []
    assert events_of("وقال الوزير إن الجيش يقصف مواقع المسلحين.") != []


@pytest.mark.parametrize("entry", _of("temporal"), ids=lambda e: e.id)
def test_a_verb_after_a_time_conjunction_happened(events_of, entry):
    events = events_of(f"واحتجز المسلح رهينة في المتجر {entry.form} تقتله الشرطة.")
    assert "ASSAULT" in [event.event_type for event in events]


@pytest.mark.parametrize("entry", _of("upcoming"), ids=lambda e: e.id)
def test_an_upcoming_event_has_not_happened(events_of, entry):
    assert events_of(f"وأكد الوزير استعداد بلاده لاستضافة القمة {entry.form}.") == []
    assert events_of("وأكد الوزير استعداد بلاده لاستضافة القمة.") != []


@pytest.mark.parametrize("entry", _of("pluperfect"), ids=lambda e: e.id)
def test_a_pluperfect_verb_is_background_unless_dated_this_week(events_of, entry):
    told = "و" + entry.form.replace("…", "الطيران")
    assert events_of(f"{told} هاجم مواقع المسلحين في المدينة.") == []
    (event,) = events_of(f"{told} هاجم أمس مواقع المسلحين في المدينة.")
    assert event.event_type == "ASSAULT"


@pytest.mark.parametrize("entry", _of("past-period"), ids=lambda e: e.id)
def test_a_past_period_makes_the_clause_background(events_of, entry):
    assert events_of(f"وقصف الطيران مواقع المسلحين في المدينة {entry.form}.") == []
    assert events_of("وقصف الطيران مواقع المسلحين في المدينة.") != []
