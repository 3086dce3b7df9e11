from rasd.lexicon.loader import Entry
from rasd.lexicon.matcher import Matcher
from rasd.text.normalise import normalise
from rasd.text.tokens import tokenize


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
