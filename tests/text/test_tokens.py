import pytest
from hypothesis import given
from hypothesis import strategies as st

from rasd.text.tokens import Tokens, analyses, stem_pieces, tokenize, word_positions


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


def test_tokens_know_where_each_word_is():
    tokens = Tokens(tokenize("قتل 7 ثم قتل، ثم"))
    assert tokens.positions == {"قتل": [0, 3], "ثم": [2, 5]}
    assert word_positions(list(tokens)) == tokens.positions
    assert tokens == tuple(tokenize("قتل 7 ثم قتل، ثم"))


def test_token_offsets_point_into_the_text():
    text = "  قال:«قصف»  1,500 ، 2.5\nواصيب"
    for token in tokenize(text):
        assert text[token.start : token.end] == token.text


_LETTERS = st.text(alphabet=st.sampled_from("والبكفسيتنهمكاقصفعرة"), min_size=1, max_size=9)


@given(_LETTERS)
def test_every_stem_less_its_article_and_last_letter_is_in_the_word(word):
    # the matcher skips a word for a later word of a phrase on this ground (Matcher._cut)
    for analysis in analyses(word):
        assert analysis.stem.removeprefix("ال")[:-1] in word, analysis


@given(st.text(alphabet="وفبلكالسيتنهمادقصعر", min_size=1, max_size=12))
def test_every_stem_is_a_piece_of_the_word_or_made_from_one(word):
    pieces = stem_pieces(word)
    for analysis in analyses(word):
        stem = analysis.stem
        made_from = {stem, stem[2:] if stem.startswith("ال") else stem}
        made_from |= {piece[:-1] + "ت" for piece in made_from if piece.endswith("ه")}
        assert made_from & pieces, (word, stem)
