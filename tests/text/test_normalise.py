from hypothesis import given
from hypothesis import strategies as st

from rasd.text.normalise import _ONE_TO_ONE, _SPECIAL, _TABLE, _expand, normalise, normalise_form


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


def _reference(text):
    """The first normalise, character by character: the faster one must give the same text and offsets."""
    mapped = text.translate(_TABLE)
    pieces, offsets, pos = [], [], 0
    for match in _SPECIAL.finditer(mapped):
        at = match.start()
        pieces.append(mapped[pos:at])
        offsets.extend(range(pos, at))
        replacement = _expand(text[at])
        pieces.append(replacement)
        offsets.extend([at] * len(replacement))
        pos = at + 1
    pieces.append(mapped[pos:])
    offsets.extend(range(pos, len(text)))
    offsets.append(len(text))
    return "".join(pieces), tuple(offsets)


_ARABIC_TEXT = st.text(
    alphabet=st.sampled_from(
        "قتل في إدلب أآٱىةی«»٣۴_#\u00a0\u064b\u064e\u0651\u0640\u200f\ufefb\ufef5\ufdf2\ufe8d\ufb50 .،"
    )
)


@given(st.one_of(st.text(), _ARABIC_TEXT))
def test_normalise_matches_the_character_by_character_reference(text):
    normalised = normalise(text)
    assert (normalised.text, normalised.offsets) == _reference(text)
    for start in range(len(normalised.text) + 1):
        expected = (normalised.offsets[start], normalised.offsets[start])
        assert normalised.to_original(start, start) == expected


def test_no_mapped_character_maps_to_another_one():
    # normalise replaces one character after another, which equals one translation only then
    assert set(_ONE_TO_ONE).isdisjoint(_ONE_TO_ONE.values())


def test_a_ligature_maps_back_to_its_one_character():
    original = "قال ﷲ أكبر ﻻ"  # the Allah ligature, then lam-alef
    normalised = normalise(original)
    assert normalised.text == "قال الله اكبر لا"
    start = normalised.text.index("الله")
    assert normalised.to_original(start, start + 4) == (4, 5)
    assert original[slice(*normalised.to_original(len(normalised.text) - 2, len(normalised.text)))] == "ﻻ"
