import pytest

from rasd.text.tokens import analyses, tokenize


@pytest.mark.parametrize(
    ("word", "stem", "kinds"),
    [
        ("وبقصف", "قصف", {"CONJ", "PREP"}),
        ("والقصف", "قصف", {"CONJ", "DET"}),
        ("قصفت", "قصف", {"VERB"}),
        ("بقصفها", "قصف", {"PREP", "PRON"}),
        ("يقصف", "قصف", {"IMPF"}),
        ("سيقصفون", "قصف", {"FUT", "IMPF", "VERB"}),
        ("للقوات", "قوات", {"PREP", "DET"}),
        ("بالعراق", "العراق", {"PREP"}),
        ("وللعراق", "العراق", {"CONJ", "PREP"}),
        ("عمليتها", "عمليه", {"PRON"}),  # taa marbuta written ت before a pronoun
        ("فاشتباكات", "اشتباك", {"CONJ", "NUM"}),
        ("قتيلا", "قتيل", {"ACC"}),
        ("وطفلان", "طفلان", {"CONJ"}),
    ],
)
def test_clitics_are_cut_to_the_lexicon_stem(word, stem, kinds):
    assert any(a.stem == stem and a.kinds == kinds for a in analyses(word)), [
        (a.stem, sorted(a.kinds)) for a in analyses(word)
    ]


def test_the_uncut_word_comes_first_and_no_stem_is_too_short():
    cuts = analyses("وبها")
    assert cuts[0].stem == "وبها"
    assert all(len(a.stem) >= 2 for a in cuts)


def test_tokenize_words_numbers_and_punctuation():
    # from an ANT 2018 article (normalised)
    tokens = tokenize("قتل 5 اشخاص واصابه 1,500 اخرين، بينهم 2.5")
    assert [(t.text, t.kind) for t in tokens] == [
        ("قتل", "word"),
        ("5", "number"),
        ("اشخاص", "word"),
        ("واصابه", "word"),
        ("1,500", "number"),
        ("اخرين", "word"),
        ("،", "punct"),
        ("بينهم", "word"),
        ("2.5", "number"),
    ]
    text = "قتل 5 اشخاص"
    assert all(text[t.start : t.end] == t.text for t in tokenize(text))
