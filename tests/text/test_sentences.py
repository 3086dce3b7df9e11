from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from rasd.text.normalise import normalise
from rasd.text.sentences import clause_offsets, split_clauses, split_sentences

SEED = Path(__file__).parents[2] / "examples" / "seed-karabakh.txt"


def _texts(text):
    return [text[s.start : s.end] for s in split_sentences(text)]


def test_seed_article_sentences():
    text = normalise(SEED.read_text(encoding="utf-8")).text
    sentences = _texts(text)
    assert len(sentences) == 11
    assert sentences[0].startswith("قتل 7 مدنيين") and sentences[0].endswith("قصف المدنيين.")
    # a closing quote stays with the sentence it closes
    assert sentences[5].endswith('المدنيين".')


def test_decimals_abbreviations_and_line_breaks():
    # shapes taken from ANT 2018 articles
    text = "ارتفع المؤشر 2.5 في المئة. وقال د. محمد إن الوضع مستقر؟ نعم\nالفقرة الثانية"
    assert _texts(text) == [
        "ارتفع المؤشر 2.5 في المئة.",
        "وقال د. محمد إن الوضع مستقر؟",
        "نعم",
        "الفقرة الثانية",
    ]


def test_clauses_split_at_arabic_comma_and_semicolon():
    text = "قتل 6 مدنيين، واصيب 23 اخرين؛ وفق مصادر"
    sentence = split_sentences(text)[0]
    assert [text[c.start : c.end] for c in split_clauses(text, sentence)] == [
        "قتل 6 مدنيين،",
        "واصيب 23 اخرين؛",
        "وفق مصادر",
    ]


@given(st.text(alphabet="قتل ،؛;.\n  ", max_size=40))
def test_clause_offsets_are_where_the_clauses_begin_before_their_spaces(text):
    for sentence in split_sentences(text):
        clauses = split_clauses(text, sentence)
        offsets = clause_offsets(text, sentence)
        assert len(offsets) == len(clauses)
        for offset, clause in zip(offsets, clauses, strict=True):
            assert offset <= clause.start and not text[offset : clause.start].strip()
