"""domains.tsv: every domain word is found in a sentence, and every mask hides the word it holds."""

import pytest

from rasd.lexicon.lexicons import DOMAINS
from rasd.lexicon.loader import data_path, read_tsv
from rasd.text.normalise import normalise
from rasd.text.tokens import tokenize

ENTRIES = read_tsv(data_path("domains.tsv"), ("domain",))


def _of(*domains):
    return [entry for entry in ENTRIES if entry.fields["domain"] in domains]


def _domains(lexicons, text):
    return [hit.entry.fields["domain"] for hit in lexicons.domains.find(tokenize(normalise(text).text))]


def test_every_domain_has_entries():
    assert {entry.fields["domain"] for entry in ENTRIES} == set(DOMAINS)


@pytest.mark.parametrize("entry", _of("sport", "arts", "technology", "markets"), ids=lambda e: e.id)
def test_domain_words_are_found_with_their_domain(lexicons, entry):
    assert _domains(lexicons, f"وتحدث الجميع عن {entry.form} أمس.") == [entry.fields["domain"]]


@pytest.mark.parametrize("entry", _of("none"), ids=lambda e: e.id)
def test_masks_hide_the_domain_word_they_hold(lexicons, entry):
    assert _domains(lexicons, f"وتحدث الجميع عن {entry.form} أمس.") == ["none"]


@pytest.mark.parametrize(
    "text",
    [
        "وأطلقت الدورية النار على المسلحين.",  # الدورية: a patrol, not الدوري
        "وحشدت القوات المدربة على القتال.",  # المدربة: trained, not a coach
        "وتعرض المحتجون لوابل من القنابل.",  # وابل: a barrage, not Apple
        "وقالت ناديه مراد إن المسلحين خطفوا النساء.",  # a name, not نادي
    ],
)
def test_conflict_words_that_look_like_domain_words_are_not_found(lexicons, text):
    assert _domains(lexicons, text) == []
