"""Events told in the words of conflict about something else: a football match, a film, a phone, a market.

Sport and film news use the words of war and politics: "وواصل الفريق هجومه" (an attack), "التقى منتخب
المكسيك بنظيره" (a meeting), "اتهم رئيس نادي نابولي المدرب" (an accusation), "يقتل البطل" (a film's plot).
The words of domains.tsv ("مباراة", "فيلم", "الهواتف الذكية", "البورصة") say which domain a sentence is
about. An event whose sentence holds one is dropped, and in an article dense with them (see `_dense`)
every event is, unless it has a conflict cue (see `_conflict`):
- a count of people killed or injured ("قتل 3 في إطلاق نار داخل ملعب");
- or an actor or a target that is a state, an armed force or group or an international body, and is no
  body of the domain: not a domain word's own ("وزير الرياضة", "وكالة الفضاء", "منتخب فرنسا", "مدرب
  صربيا"), and in an article about sport or the arts not a bare country or capital, which there names a
  team, a film's country or a story's setting ("فازت فرنسا على بلجيكا", "حرب بين مصر والحبشة" in an
  opera's plot). Market news keeps them: there a country is a state that taxes, sanctions, agrees.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from rasd.doc import Doc, Draft
from rasd.extract.actors import ActorMention
from rasd.lexicon.lexicons import Lexicons
from rasd.model import Actor

_CONFLICT_SECTORS = frozenset({"GOV", "MIL", "REB", "IGO"})
_BARE_KINDS = frozenset({"country", "nisba"})
"""Actor mentions that, in an article about sport or the arts, name no state ("فازت فرنسا")."""
_BODIES = frozenset({"institution", "office", "group"})
_STATELESS = frozenset({"sport", "arts"})
"""Domains whose articles name teams, films' countries and stories' settings by a bare country name."""
DENSE_HITS = 3
"""An article with at least this many domain words, and more of them than triggers, is about the domain."""


def find_domains(doc: Doc, lexicons: Lexicons) -> Doc:
    """Fill `domains`: the domain words of the text ("المباراة" -> sport), masks ("رئيس منتخب") left out."""
    hits = lexicons.domains.find(doc.tokens)
    return replace(doc, domains=tuple(hit for hit in hits if hit.entry.fields["domain"] != "none"))


def _in_sentence(doc: Doc, draft: Draft) -> bool:
    """Whether a domain word stands in the event's sentence."""
    sentence = doc.sentences[draft.sentence]
    return any(sentence.first <= hit.start < sentence.last for hit in doc.domains)


def _dense(doc: Doc) -> str | None:
    """The domain an article is about, if any: `DENSE_HITS` domain words or more, outnumbering the triggers,
    the domain being the one with most words."""
    triggers = sum(hit.entry.fields.get("event_type") != "NONE" for hit in doc.triggers)
    if len(doc.domains) < DENSE_HITS or len(doc.domains) <= triggers:
        return None
    counts = Counter(hit.entry.fields["domain"] for hit in doc.domains)
    return counts.most_common(1)[0][0]


def _domain_body(doc: Doc, mention: ActorMention) -> bool:
    """Whether a domain word is in the actor's name, or its head ("منتخب فرنسا"), or, after a body with no
    article, what it is of ("وزير الرياضة"); not the object after a subject ("قصف الجيش ملعبا")."""
    construct = mention.kind in _BODIES and not mention.definite
    return any(
        mention.start <= hit.end and (hit.start < mention.end or (construct and hit.start == mention.end))
        for hit in doc.domains
    )


def _party(doc: Doc, draft: Draft, role: str, actor: Actor | None, domain: str | None) -> bool:
    """Whether the event's actor (or target) is a state or armed party and no body of the domain."""
    if actor is None or actor.sector not in _CONFLICT_SECTORS:
        return False
    evidence = draft.event.field_evidence.get(role)
    if evidence is None:
        return True
    mentions = [m for m in doc.actors if doc.evidence(m.start, m.end).start == evidence.start]
    if domain in _STATELESS and any(mention.kind in _BARE_KINDS for mention in mentions):
        return False
    return not any(_domain_body(doc, mention) for mention in mentions)


def _conflict(doc: Doc, draft: Draft, domain: str | None) -> bool:
    """Whether an event has a conflict cue (see the module docstring)."""
    event = draft.event
    if event.killed or event.injured:
        return True
    return any(
        _party(doc, draft, role, actor, domain)
        for role, actor in (("actor", event.actor), ("target", event.target))
    )


def keep_in_domain(doc: Doc) -> Doc:
    """Drop the events of sport, arts, technology and markets news (see the module docstring)."""
    if not doc.domains:
        return doc
    domain = _dense(doc)
    kept = [
        draft
        for draft in doc.drafts
        if not (domain or _in_sentence(doc, draft)) or _conflict(doc, draft, domain)
    ]
    return replace(doc, drafts=tuple(kept))
