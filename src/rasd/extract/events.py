"""Events: one per sentence and event type that a trigger states and no negation denies.

قتل 7 مدنيين … جراء قصف القوات الأذربيجانية …
-> ASSAULT, mode heavy-weapons, killed 7, evidence = the sentence
"""

from __future__ import annotations

from dataclasses import replace

from rasd.doc import Doc, Sentence
from rasd.extract.casualties import read_casualties
from rasd.lexicon.matcher import Hit
from rasd.model import Event, event_id

_NEGATION_REACH = 3
"""A negation word this many tokens or fewer before a trigger, in its clause, cancels it."""


def _negated(doc: Doc, sentence: Sentence, trigger: Hit) -> bool:
    """Whether a negation word stands just before the trigger: "لم يسفر عن إصابات"."""
    clause = sentence.clause_of(trigger.start)
    return any(
        marker.entry.fields["kind"] == "negation"
        and 0 <= trigger.start - marker.end < _NEGATION_REACH
        and sentence.clause_of(marker.start) == clause
        for marker in doc.markers
    )


def _sentence_events(doc: Doc, sentence: Sentence) -> list[Event]:
    triggers = [
        hit
        for hit in doc.triggers
        if sentence.first <= hit.start < sentence.last
        and hit.entry.fields["event_type"] != "NONE"
        and not _negated(doc, sentence, hit)
    ]
    events = []
    for event_type in dict.fromkeys(hit.entry.fields["event_type"] for hit in triggers):
        own = [hit for hit in triggers if hit.entry.fields["event_type"] == event_type]
        casualty_words = [hit for hit in own if hit.entry.fields.get("casualty")]
        casualties, field_evidence = read_casualties(doc, sentence, casualty_words)
        first = own[0]
        mode = next((hit.entry.fields["mode"] for hit in own if hit.entry.fields.get("mode")), None)
        field_evidence = {"trigger": doc.evidence(first.start, first.end, f"triggers:{first.entry.id}")} | (
            field_evidence
        )
        evidence = doc.char_evidence(sentence.span.start, sentence.span.end)
        events.append(
            Event(
                id=event_id(doc.article.id, event_type, evidence.start, evidence.end),
                article_id=doc.article.id,
                event_type=event_type,
                mode=mode,
                evidence=evidence,
                field_evidence=field_evidence,
                **casualties.model_dump(),
            )
        )
    return events


def find_events(doc: Doc) -> Doc:
    """Fill `events`: one event per sentence and event type its triggers state."""
    events = [event for sentence in doc.sentences for event in _sentence_events(doc, sentence)]
    return replace(doc, events=tuple(events))
