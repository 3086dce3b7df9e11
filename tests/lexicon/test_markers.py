"""markers.tsv: every negation, breakdown and hedge word does its job in a sentence."""

import pytest

from rasd.lexicon.loader import data_path, read_tsv

ENTRIES = read_tsv(data_path("markers.tsv"), ("kind",))


def _of(kind):
    return [entry for entry in ENTRIES if entry.fields["kind"] == kind]


def test_every_kind_has_entries():
    assert {entry.fields["kind"] for entry in ENTRIES} == {"negation", "breakdown", "approx-after"}


@pytest.mark.parametrize("entry", _of("negation"), ids=lambda e: e.id)
def test_negation_words_cancel_the_trigger_after_them(events_of, entry):
    assert events_of(f"وقال المصدر إن الجيش {entry.form} قصف القرية.") == []


@pytest.mark.parametrize("entry", _of("breakdown"), ids=lambda e: e.id)
def test_breakdown_words_break_the_count_before_them_down(events_of, entry):
    (event,) = events_of(f"قتل 9 أشخاص {entry.form} 4 أطفال في غارة جوية.")
    assert event.killed == 9 and event.breakdown == {"children": 4}


@pytest.mark.parametrize("entry", _of("approx-after"), ids=lambda e: e.id)
def test_hedges_after_a_count_make_it_approximate(events_of, entry):
    (event,) = events_of(f"قتل 9 أشخاص {entry.form} في غارة جوية.")
    assert event.killed == 9 and event.approximate
