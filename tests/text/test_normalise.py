from hypothesis import given
from hypothesis import strategies as st

from rasd.text.normalise import normalise, normalise_form


def test_normalise_letters_digits_and_marks():
    # real forms from the ANT corpus
    cases = {
        "أعلنت": "اعلنت",
        "إسرائيل": "اسرائيل",
        "آلاف": "الاف",
        "مستشفى": "مستشفي",
        "الشرطة": "الشرطه",
        "قُتِلَ": "قتل",
        "مـــقتل": "مقتل",
        "٢٠١٨": "2018",
        "۱۲": "12",
        "“العدوان”": '"العدوان"',
        "«داعش»": '"داعش"',
        "قتيلًا": "قتيلا",
        "2٫5": "2.5",
    }
    for raw, expected in cases.items():
        assert normalise(raw).text == expected, raw


def test_normalise_drops_direction_and_zero_width_marks():
    assert normalise("حلب\u200f \u200bإدلب\ufeff").text == "حلب ادلب"


def test_normalise_expands_presentation_forms():
    # U+FEFB is the lam-alef ligature: one character in, two letters out
    normalised = normalise("\ufefbجئ")
    assert normalised.text == "لاجئ"
    assert normalised.to_original(0, 2) == (0, 1)


def test_spans_map_back_to_the_exact_original_characters():
    original = "وأكد الرئيسُ الأذربيجانيّ “إلهام علييف” أنَّ قواته"
    normalised = normalise(original)
    word = "الاذربيجاني"
    start = normalised.text.index(word)
    begin, end = normalised.to_original(start, start + len(word))
    assert original[begin:end] == "الأذربيجانيّ"
    quote = normalised.text.index('"')
    begin, end = normalised.to_original(quote, quote + len('"الهام علييف"'))
    assert original[begin:end] == "“إلهام علييف”"


def test_normalise_form_collapses_spaces():
    assert normalise_form("  لقي   حتفه ") == "لقي حتفه"


@given(st.text())
def test_offsets_are_monotonic_and_in_bounds(text):
    normalised = normalise(text)
    assert len(normalised.offsets) == len(normalised.text) + 1
    assert normalised.offsets[-1] == len(text)
    assert all(a <= b for a, b in zip(normalised.offsets, normalised.offsets[1:], strict=False))
    for start in range(0, len(normalised.text) + 1, 3):
        begin, end = normalised.to_original(start, len(normalised.text))
        assert 0 <= begin <= end <= len(text)
