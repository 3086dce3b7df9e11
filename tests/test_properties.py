"""Property tests: extraction never fails, and every span it cites is the original text, on any input."""

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rasd.model import Article
from rasd.pipeline import extract

# Arabic letters, diacritics, Arabic-Indic digits, punctuation, marks and words that fire rules
WORDS = ["قتل", "مقتل", "7", "٣", "مدنيين", "طفلان", "بينهم", "نحو", "أمس", "الثلاثاء", "في", "حلب",
         "نفت", "روسيا", "بحسب", "القوات", "الأذربيجانية", "لم", "منذ", "2011", "تشرين", "الثاني", "/",
         "،", ".", "؟", "\n", "“", "”", "\u200f", "\u0640", "\u064e", "ﻻ", "#", "_"]  # fmt: skip
TEXT = st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=4)), max_size=60).map(" ".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(TEXT)
def test_any_text_extracts_and_every_span_is_verbatim(lexicons, text):
    result = extract(Article(id="p", text=text, published=dt.date(2023, 9, 20)), lexicons)
    for event in result.events:
        for evidence in (event.evidence, *event.field_evidence.values()):
            assert text[evidence.start : evidence.end] == evidence.text
