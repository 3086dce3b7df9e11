"""people.tsv: every entry, of each kind, read in a sentence of the shape real reports use."""

import pytest

from rasd.lexicon.loader import data_path, read_tsv
from rasd.text.normalise import normalise_form

ENTRIES = read_tsv(data_path("people.tsv"), ("category", "number"))
CATEGORIES = {"civilians", "women", "children", "men", "soldiers", "fighters", "police"}


def test_forms_are_unique_once_normalised():
    forms = [(entry.words, entry.pos) for entry in ENTRIES]
    assert len(forms) == len(set(forms))
    assert all(normalise_form(entry.form) == " ".join(entry.words) for entry in ENTRIES)


@pytest.mark.parametrize("entry", [e for e in ENTRIES if e.fields["number"] == "pl"], ids=lambda e: e.id)
def test_plural_nouns_count_the_number_before_them(events_of, entry):
    # "مقتل 12 مدنيين في القصف" — the shape of ANT 2018 casualty reports
    (event,) = [
        e for e in events_of(f"وأعلنت المصادر مقتل 12 {entry.form} في القصف.") if e.event_type == "ASSAULT"
    ]
    role = entry.fields["role"] or "killed"
    assert getattr(event, role) == 12
    category = entry.fields["category"]
    if role == "killed" and category in CATEGORIES:
        assert event.breakdown == {category: 12}


@pytest.mark.parametrize("entry", [e for e in ENTRIES if e.fields["number"] == "du"], ids=lambda e: e.id)
def test_dual_nouns_count_two(events_of, entry):
    (event,) = events_of(f"وقالت الشرطة إن {entry.form} قتلا في انفجار عبوة ناسفة.")
    role = entry.fields["role"] or "killed"
    assert getattr(event, role) == 2
    if role == "killed" and entry.fields["category"] in CATEGORIES:
        assert event.breakdown == {entry.fields["category"]: 2}


@pytest.mark.parametrize("entry", [e for e in ENTRIES if e.fields["number"] == "sg"], ids=lambda e: e.id)
def test_singular_nouns_right_after_a_casualty_word_count_one(events_of, entry):
    (event,) = [
        e for e in events_of(f"وأفاد مصدر أمني بمقتل {entry.form} في الهجوم.") if e.event_type == "ASSAULT"
    ]
    role = entry.fields["role"] or "killed"
    assert getattr(event, role) == 1
