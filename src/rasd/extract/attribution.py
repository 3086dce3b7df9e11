"""According to whom, and denied by whom.

    … حسبما نقلت وكالة الأنباء الأرمينية، في حين نفت أذربيجان قصف المدنيين.
    -> reported_by "Armenia news agency", denied_by ["AZE"]

A source is the mention (or a source noun: مصدر أمني، شهود عيان) right after a "per" phrase
(بحسب، وفقا لـ، نقلا عن، حسبما ذكرت) or the subject of a "say" verb (أعلن، قال، أفاد) in the
event's sentence. Things said (condemnations, calls, meetings) are their speaker's own act, so
only a "per" phrase gives them a source. A denial (نفى، نفت، أنكر) names its subject; it goes to
the events of its sentence that are not things said, else to the last such event before it.
"""

from __future__ import annotations

from dataclasses import replace

from rasd.doc import Doc, Draft, Sentence
from rasd.extract.participants import STATEMENTS
from rasd.model import Evidence

_SKIP = frozenset({"ل", '"', "'", "عن"})
"""Tokens that may stand between a "per" phrase and its source: "وفقا لـ", quotes."""
_SUBJECT_REACH = 4
"""How many tokens after a say or deny verb its subject may begin ("أعلنت أمس وزارة الدفاع")."""


Span = tuple[int, int, str]
"""Tokens first:last and the rule of a source: its evidence, made only for the sources used."""


def _sources(doc: Doc, sentence: Sentence) -> dict[int, tuple[str, str, Span]]:
    """Every possible source in the sentence by first token: (name, country or "", span)."""
    found = {}
    for mention in sentence.starting_in(doc.actors):
        name = mention.actor.name or mention.actor.name_ar or ""
        found[mention.start] = (name, mention.actor.country or "", (mention.start, mention.end, mention.rule))
    for hit in sentence.starting_in(doc.reporting):
        if hit.entry.fields["kind"] == "source":
            span = (hit.start, hit.end, f"reporting:{hit.entry.id}")
            found.setdefault(hit.start, (hit.entry.fields["name_en"], "", span))
    return found


def _after(doc: Doc, start: int, sources: dict, reach: int, skip: frozenset[str] = frozenset()):
    """The first source within `reach` tokens from `start`, stepping over `skip` tokens only."""
    at = start
    while at < min(start + reach, len(doc.tokens)):
        if at in sources:
            return sources[at]
        if doc.tokens[at].text not in skip and doc.tokens[at].kind != "word":
            return None
        at += 1
    return None


def _speakers(doc: Doc, sentence: Sentence, kinds: tuple[str, ...]) -> list[tuple[str, str, Evidence, int]]:
    """(name, country, evidence, token) of each source introduced by a word of these kinds."""
    words = [hit for hit in sentence.starting_in(doc.reporting) if hit.entry.fields["kind"] in kinds]
    if not words:
        return []
    sources = _sources(doc, sentence)
    found = []
    for hit in words:
        reach, skip = (3, _SKIP) if hit.entry.fields["kind"] == "per" else (_SUBJECT_REACH, frozenset())
        source = _after(doc, hit.end, sources, reach, skip)
        if source:
            name, country, (first, last, rule) = source
            found.append((name, country, doc.evidence(first, last, rule), hit.start))
    return found


def _reported(doc: Doc, draft: Draft) -> tuple[str, Evidence] | None:
    sentence = doc.sentences[draft.sentence]
    kinds = ("per",) if draft.event.event_type in STATEMENTS else ("per", "say")
    actor = draft.event.actor
    for name, country, evidence, _ in _speakers(doc, sentence, kinds):
        if draft.event.event_type in STATEMENTS and actor and actor.country and actor.country == country:
            continue  # the speaker reports its own act
        return name, evidence
    return None


def find_attribution(doc: Doc) -> Doc:
    """Set `reported_by` and `denied_by` of each event (see the module docstring)."""
    drafts = list(doc.drafts)
    for number, draft in enumerate(drafts):
        reported = _reported(doc, draft)
        if reported:
            event = draft.event
            evidence = {**event.field_evidence, "reported_by": reported[1]}
            drafts[number] = replace(
                draft, event=event.model_copy(update={"reported_by": reported[0], "field_evidence": evidence})
            )
    for index, sentence in enumerate(doc.sentences):
        denials = _speakers(doc, sentence, ("deny",))
        if not denials:
            continue
        acts = [
            n for n, d in enumerate(drafts) if d.event.event_type not in STATEMENTS and d.sentence <= index
        ]
        here = [n for n in acts if drafts[n].sentence == index]
        for number in here or acts[-1:]:
            event = drafts[number].event
            deniers = list(event.denied_by)
            evidence = dict(event.field_evidence)
            for name, country, span, _ in denials:
                who = country or name
                if who not in deniers:
                    deniers.append(who)
                    evidence.setdefault("denied_by", span)
            update = {"denied_by": deniers, "field_evidence": evidence}
            drafts[number] = replace(drafts[number], event=event.model_copy(update=update))
    return replace(doc, drafts=tuple(drafts))
