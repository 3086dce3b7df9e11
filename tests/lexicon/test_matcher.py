import pickle

from rasd.lexicon.loader import Entry
from rasd.lexicon.matcher import Matcher, WordIndex
from rasd.text.normalise import normalise
from rasd.text.tokens import Tokens, tokenize


def _find(entries, text):
    return [
        (hit.entry.id, hit.start, hit.end) for hit in Matcher(entries).find(tokenize(normalise(text).text))
    ]


def test_one_entry_matches_every_clitic_form():
    shell = Entry("shell", "قصف", ("قصف",), "noun")
    for text in ("وبقصف", "والقصف", "بقصفها", "للقصف"):
        assert _find([shell], text) == [("shell", 0, 1)], text
    shell_verb = Entry("shell.v", "قصف", ("قصف",), "verb")
    for text in ("قصفت", "يقصف", "وقصفوا", "سيقصفون"):
        assert _find([shell_verb], text) == [("shell.v", 0, 1)], text


def test_part_of_speech_limits_the_affixes():
    verb = Entry("kill", "قتل", ("قتل",), "verb")
    assert _find([verb], "القتل") == []  # the article makes a noun
    name = Entry("iraq", "العراق", ("العراق",), "name")
    assert _find([name], "بالعراق") == [("iraq", 0, 1)]
    assert _find([name], "العراقها") == []


def test_longest_entry_wins():
    entries = [
        Entry("men", "رجال", ("رجال",), "noun"),
        Entry("police", "رجال الشرطة", ("رجال", "الشرطه"), "noun"),
        Entry("child", "طفل", ("طفل",), "noun"),
        Entry("child.du", "طفلان", ("طفلان",), "noun"),
    ]
    assert _find(entries, "ورجال الشرطة وطفلان") == [("police", 0, 2), ("child.du", 2, 3)]


def test_multiword_entries_do_not_cross_punctuation():
    phrase = Entry("met.death", "لقي حتفه", ("لقي", "حتفه"), "verb")
    assert _find([phrase], "لقي حتفه") == [("met.death", 0, 2)]
    assert _find([phrase], "لقي، حتفه") == []


def _hits(matcher, tokens):
    return [(hit.entry.id, hit.start, hit.end, hit.analysis.stem) for hit in matcher.find(tokens)]


def test_a_matcher_finds_the_same_after_it_forgets(monkeypatch):
    entries = [
        Entry("shell", "قصف", ("قصف",), "noun"),
        Entry("met.death", "لقي حتفه", ("لقي", "حتفه"), "verb"),
        Entry("iraq", "العراق", ("العراق",), "name"),
    ]
    texts = ["وبقصفها لقي حتفه بالعراق", "قصف العراق ثم قصف", "لقي حتفهم في قصف"]
    fresh = [_hits(Matcher(entries), tokenize(normalise(text).text)) for text in texts]
    monkeypatch.setattr("rasd.lexicon.matcher.MEMORY", 3)
    small = Matcher(entries)
    for _ in range(2):  # the second time, every word is remembered or forgotten again
        assert [_hits(small, tokenize(normalise(text).text)) for text in texts] == fresh


def test_token_positions_give_the_same_hits_as_a_plain_list():
    entries = [Entry("shell", "قصف", ("قصف",), "noun"), Entry("child", "طفل", ("طفل",), "noun")]
    tokens = tokenize(normalise("قصف 3 اطفال، وطفل بقصف").text)
    assert _hits(Matcher(entries), Tokens(tokens)) == _hits(Matcher(entries), tokens)
    assert [hit[1] for hit in _hits(Matcher(entries), tokens)] == [0, 4, 5]  # اطفال is no form of طفل


def test_a_pickled_matcher_forgets_what_it_read():
    matcher = Matcher([Entry("shell", "قصف", ("قصف",), "noun")])
    tokens = tokenize("وبقصفها المدينة")
    before = _hits(matcher, tokens)
    copy = pickle.loads(pickle.dumps(matcher))
    assert copy._index._seen == {}
    assert _hits(copy, tokens) == before


def test_matchers_sharing_an_index_find_what_each_finds_alone():
    shell = [Entry("shell", "قصف", ("قصف",), "noun"), Entry("iraq", "العراق", ("العراق",), "name")]
    death = [
        Entry("met.death", "لقي حتفه", ("لقي", "حتفه"), "verb"),
        Entry("op", "عملية", ("عمليه",), "noun"),
    ]
    index = WordIndex()
    shared = [Matcher(shell, index), Matcher(death, index)]
    for text in ("وبقصفها لقي حتفه بالعراق", "عمليتها للعراق ثم قصف", "لقي حتفهم في قصف"):
        tokens = Tokens(tokenize(normalise(text).text))
        alone = [_hits(Matcher(entries), tokens) for entries in (shell, death)]
        assert [_hits(matcher, tokens) for matcher in shared] == alone


def _fired():
    return Entry("fired", "أطلق … النار", ("اطلق", "…", "النار"), "verb")


def test_a_split_phrase_holds_one_to_five_words_in_its_gap():
    assert _find([_fired()], "وأطلقت الشرطة النار على الحشد") == [("fired", 0, 1)]
    assert _find([_fired()], "أطلق عناصر من قوات الأمن الخاصة النار") == [("fired", 0, 1)]
    assert _find([_fired()], "أطلق عناصر من قوات الأمن الخاصة أمس النار") == []  # six words


def test_a_split_phrase_needs_a_word_in_its_gap_and_no_punctuation():
    blame = Entry("blame", "تحمل … مسؤولية", ("تحمل", "…", "مسؤوليه"), "exact")
    assert _find([blame], "تحمل مسؤولية الفشل") == []  # bearing the blame oneself
    assert _find([blame], "تحمل موسكو مسؤولية الفشل") == [("blame", 0, 1)]
    assert _find([_fired()], "أطلق المسلح، النار") == []


def test_the_words_in_a_gap_stay_free_for_other_entries():
    police = Entry("police", "الشرطة", ("الشرطه",), "noun")
    assert _find([_fired(), police], "أطلقت الشرطة النار") == [("fired", 0, 1), ("police", 1, 2)]


def test_a_split_phrase_beats_a_shorter_entry_on_its_head():
    order = Entry("order", "أمر", ("امر",), "noun")
    concede = Entry("concede", "أمر … بعدم استخدام", ("امر", "…", "بعدم", "استخدام"), "verb")
    assert _find([order, concede], "وأمر الرئيس الجيش بعدم استخدام القوة") == [("concede", 0, 1)]
