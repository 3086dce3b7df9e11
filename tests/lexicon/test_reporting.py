"""reporting.tsv: every say, per, deny, agent and source entry does its job in a sentence."""

import pytest

from rasd.lexicon.loader import data_path, read_tsv

ENTRIES = read_tsv(data_path("reporting.tsv"), ("kind",))


def _of(kind):
    return [entry for entry in ENTRIES if entry.fields["kind"] == kind]


def test_every_kind_has_entries():
    assert {entry.fields["kind"] for entry in ENTRIES} == {"say", "per", "deny", "agent", "source"}


@pytest.mark.parametrize("entry", _of("per"), ids=lambda e: e.id)
def test_per_phrases_give_the_source_after_them(events_of, entry):
    (event,) = events_of(f"قتل 5 جنود في هجوم، {entry.form} وزارة الدفاع العراقية.")
    assert event.reported_by == "Iraq Ministry of Defence"


@pytest.mark.parametrize("entry", [e for e in _of("say") if e.pos == "verb"], ids=lambda e: e.id)
def test_say_verbs_give_their_subject_as_source(events_of, entry):
    (event,) = events_of(f"{entry.form} الجيش العراقي إن 5 مسلحين قتلوا في اشتباكات.")
    assert event.reported_by == "Iraq army"


@pytest.mark.parametrize("entry", _of("deny"), ids=lambda e: e.id)
def test_deny_words_name_who_denies(events_of, entry):
    events = events_of(
        f"وقالت مصادر محلية إن طائرات حربية قصفت القرية. و{entry.form} روسيا ضلوعها في الواقعة."
    )
    assert events[0].denied_by == ["RUS"]


@pytest.mark.parametrize("entry", _of("agent"), ids=lambda e: e.id)
def test_agent_phrases_give_the_actor(events_of, entry):
    (event,) = events_of(f"قتل 3 مدنيين {entry.form} الجيش الإسرائيلي في غزة.")
    assert event.actor.country == "ISR" and event.actor.sector == "MIL"


@pytest.mark.parametrize("entry", _of("source"), ids=lambda e: e.id)
def test_source_nouns_are_sources(events_of, entry):
    (event,) = events_of(f"وقال {entry.form} إن 5 مسلحين قتلوا في اشتباكات.")
    assert event.reported_by == entry.fields["name_en"]
