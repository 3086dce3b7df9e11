"""Dates read against the publication date, on real phrases (the seed article and ANT 2018)."""

import datetime as dt

import pytest

from rasd.doc import read_article
from rasd.extract.mentions import find_mentions
from rasd.lexicon.loader import data_path, read_tsv
from rasd.model import Article
from rasd.resolve.dates import find_dates

PUBLISHED = dt.date(2023, 9, 20)  # a Wednesday, as the seed article
ENTRIES = read_tsv(data_path("dates.tsv"), ("kind",))


def _dates(text, lexicons, published=PUBLISHED):
    doc = find_mentions(read_article(Article(id="t", text=text, published=published)), lexicons)
    return [(m.date, m.precision) for m in find_dates(doc, lexicons)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وذكرت في بيان لها أمس الثلاثاء، أنه", (dt.date(2023, 9, 19), "day")),  # seed
        (
            "التوقيع على بيان زعماء روسيا في 9 تشرين الثاني/ نوفمبر 2020، ووضع",
            (dt.date(2020, 11, 9), "day"),
        ),  # seed
        ("قمتي تشرين الأول/ أكتوبر 2022 وأيار", (dt.date(2022, 10, 1), "month")),  # seed
        ("يوم 28 فيفري 2017 من تفكيك خلية", (dt.date(2017, 2, 28), "day")),  # Tunisian form
        ("قتل رجل آخر في هجوم الخميس.", (dt.date(2023, 9, 14), "day")),  # the Thursday before
        ("في تجمع مماثل يوم الجمعة الماضي.", (dt.date(2023, 9, 15), "day")),
        ("وقالت الشرطة اليوم إن", (PUBLISHED, "day")),
        ("وكان ذلك أول من أمس في المدينة", (dt.date(2023, 9, 18), "day")),
        ("منذ 15 أيار الماضي", (dt.date(2023, 5, 15), "day")),  # no year: the last May
        ("في 3 ديسمبر", (dt.date(2022, 12, 3), "day")),  # a month after publication's: last year
        ("الموافق 5 ربيع الأول 1445 هـ", (dt.date(2023, 9, 20), "day")),  # Hijri
        ("بتاريخ 13/06/2018 أعلنت", (dt.date(2018, 6, 13), "day")),  # ANT 2018: digits
        ("في تجمع مماثل الأسبوع الماضي", (dt.date(2023, 9, 13), "week")),
        ("وكان الشهر الماضي قد شهد", (dt.date(2023, 8, 1), "month")),
        ("في شهر ذي الحجة 1438", (dt.date(2017, 8, 23), "month")),  # Hijri month and year
        ("وفي نوفمبر، قتل أكثر من 300 شخص", (dt.date(2022, 11, 1), "month")),  # the last November
        ("في أكتوبر/ تشرين أول عن مقتل", (dt.date(2022, 10, 1), "month")),  # no article: تشرين أول
        ("وقع الهجوم في سبتمبر", (dt.date(2023, 9, 1), "month")),  # this September
        ("منذ سبتمبر الماضي", (dt.date(2022, 9, 1), "month")),  # the one before this
    ],
)
def test_date_expressions(lexicons, text, expected):
    assert _dates(text, lexicons)[0] == expected


def test_a_month_name_alone_is_no_date(lexicons):
    assert _dates("وقال إن آب الشهداء معروف", lexicons) == []


def test_weekday_of_publication_is_that_day_unless_past(lexicons):
    assert _dates("الأربعاء", lexicons) == [(PUBLISHED, "day")]
    assert _dates("الأربعاء الماضي", lexicons) == [(dt.date(2023, 9, 13), "day")]


@pytest.mark.parametrize("entry", [e for e in ENTRIES if e.fields["kind"] == "month"], ids=lambda e: e.id)
def test_every_month_form_reads_with_a_day_and_a_year(lexicons, entry):
    month = int(entry.fields["value"])
    assert _dates(f"في 12 {entry.form} 2018 قتل", lexicons) == [(dt.date(2018, month, 12), "day")]


@pytest.mark.parametrize(
    "entry", [e for e in ENTRIES if e.fields["kind"] == "hijri-month"], ids=lambda e: e.id
)
def test_every_hijri_month_form_reads_with_its_year(lexicons, entry):
    ((date, precision),) = _dates(f"في 10 {entry.form} 1440 هـ", lexicons)
    assert precision == "day" and dt.date(2018, 9, 1) < date < dt.date(2019, 9, 1)


def test_a_hijri_month_without_its_year_is_no_date(lexicons):
    assert _dates("خلال شهر رمضان المبارك", lexicons) == []


@pytest.mark.parametrize("entry", [e for e in ENTRIES if e.fields["kind"] == "weekday"], ids=lambda e: e.id)
def test_every_weekday_resolves_to_its_day(lexicons, entry):
    ((date, _),) = _dates(f"وقتل جندي يوم {entry.form} في هجوم", lexicons)
    assert date.weekday() == int(entry.fields["value"]) and 0 <= (PUBLISHED - date).days < 7


@pytest.mark.parametrize("entry", [e for e in ENTRIES if e.fields["kind"] == "relative"], ids=lambda e: e.id)
def test_every_relative_word_counts_back_its_days(lexicons, entry):
    ((date, _),) = _dates(f"وقتل جندي {entry.form} في هجوم", lexicons)
    assert (PUBLISHED - date).days == int(entry.fields["value"])


def test_events_take_their_sentence_date_else_the_lead_date(events_of):
    events = events_of("قتل 3 جنود في هجوم الخميس. ودعت الأمم المتحدة إلى التهدئة.")
    assault = next(e for e in events if e.event_type == "ASSAULT")
    assert assault.date == dt.date(2018, 5, 31) and assault.date_precision == "day"
    assert assault.field_evidence["date"].text == "الخميس"


def test_an_event_takes_the_date_of_its_own_clause(events_of):
    events = events_of("وقتل 3 جنود الخميس، بعد هجوم مماثل السبت.")
    (event,) = [e for e in events if e.event_type == "ASSAULT"]
    assert event.date == dt.date(2018, 5, 31)
    events = events_of("وقال مصدر أمني السبت، إن 3 جنود قتلوا الخميس في كمين.")
    (event,) = [e for e in events if e.event_type == "ASSAULT"]
    assert event.date == dt.date(2018, 5, 31)


@pytest.mark.parametrize(
    ("text", "expected", "precision"),
    [
        ("وجاء ذلك بعد يومين من مقتل 9 جنود في هجوم على حاجز للجيش.", dt.date(2018, 5, 30), "day"),
        ("وغداة مقتل 3 مدنيين في قصف على البلدة، تظاهر المئات.", dt.date(2018, 5, 31), "day"),
        ("وتأتي الخطوة بعد أيام من هجوم انتحاري على مركز للشرطة.", dt.date(2018, 5, 29), "week"),
    ],
)
def test_a_happening_named_after_bad_yawmayn_min_is_dated_earlier(events_of, text, expected, precision):
    event = next(e for e in events_of(text) if e.event_type == "ASSAULT")
    assert (event.date, event.date_precision) == (expected, precision)
    assert event.field_evidence["date"].rule.startswith("dates:after.")


def test_a_happening_told_before_bad_yawmayn_min_keeps_its_own_date(events_of):
    event = next(e for e in events_of("قتل 5 جنود أمس بعد يومين من هجوم مماثل.") if e.event_type == "ASSAULT")
    assert event.date == dt.date(2018, 5, 31)


def test_a_date_after_bad_yawmayn_min_is_the_earlier_happenings_own(events_of):
    text = "وتأتي الخطوة بعد يومين من هجوم الثلاثاء على مركز للشرطة."
    event = next(e for e in events_of(text) if e.event_type == "ASSAULT")
    assert event.date == dt.date(2018, 5, 29)


def test_bad_yawmayn_min_after_a_weekday_is_not_al_madi(lexicons):
    """ "الأربعاء بعد يومين من" is the day of publication, not the Wednesday a week before."""
    assert _dates("الأربعاء بعد يومين من الهجوم", lexicons) == [(PUBLISHED, "day")]
