"""Where an event happened, at country level: a first step before the gazetteer (towns, regions).

The place is the country named after "في" in the event's sentence ("في العراق", "في بغداد" through
its capital), else the country the article is most about. Either is precision 3 (ACLED's country
level).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from rasd.doc import Doc, Draft
from rasd.extract.actors import ActorMention
from rasd.model import Place

COUNTRY_LEVEL = 3


def _place(mention: ActorMention) -> Place:
    return Place(
        name=mention.actor.name,
        name_ar=mention.actor.name_ar,
        country=mention.actor.country,
        precision=COUNTRY_LEVEL,
    )


def _located(doc: Doc, mention: ActorMention) -> bool:
    """Whether a country or capital mention stands where a place does: "في العراق", "بالعراق"."""
    if mention.kind != "country" or mention.start == 0:
        return False
    return doc.marker_before(mention.start) == "locative" or doc.tokens[mention.start].text.startswith("ب")


def _home(doc: Doc) -> ActorMention | None:
    """The first mention of the country the article names most (by name, capital or nisba)."""
    countries = [m for m in doc.actors if m.kind in ("country", "nisba") and m.actor.country]
    if not countries:
        return None
    counts = Counter(m.actor.country for m in countries)
    best = max(counts, key=lambda code: counts[code])
    return next(m for m in countries if m.actor.country == best)


def find_places(doc: Doc) -> Doc:
    """Set each event's location at country level (see the module docstring)."""
    home = _home(doc)
    drafts: list[Draft] = []
    for draft in doc.drafts:
        sentence = doc.sentences[draft.sentence]
        here = [m for m in doc.actors if sentence.first <= m.start < sentence.last and _located(doc, m)]
        place, evidence = None, None
        if here:
            place = _place(here[0])
            evidence = doc.evidence(here[0].start, here[0].end, here[0].rule)
        elif home:
            place = _place(home)
        if place:
            update: dict = {"location": place}
            if evidence:
                update["field_evidence"] = {**draft.event.field_evidence, "location": evidence}
            draft = replace(draft, event=draft.event.model_copy(update=update))
        drafts.append(draft)
    return replace(doc, drafts=tuple(drafts))
