"""Who did it and to whom: the actor and the target of each event, from the grammar of its sentence.

The actor is, in this order of preference:
0. for a protest, the protesters its own word names: "وحاول المتظاهرون اقتحام مقر المحافظ";
1. the mention after an agent phrase: "على يد X", "من قبل X";
2. the mention in idafa after a violent noun: "قصف القوات الأذربيجانية", "غارات التحالف", or the
   first of two sides after "بين": "اشتباكات بين قوات الجيش المصري و…" (the second is the target);
3. the subject after a verb trigger (Arabic is verb-first): "نددت أرمينيا", "دعت الخارجية الروسية";
4. the subject of an earlier event of the same sentence and kind ("نددت أرمينيا … وطالبت");
5. the nearest mention before the trigger that no preposition governs: "الرئيس الأذربيجاني … في اتصال";
6. for a statement, the speaker of the statement just before ("دعت الخارجية الروسية … وذكرت في بيان").
The target is the people a casualty count names (set by `find_events`: "قتل 7 مدنيين" -> civilians),
else the first mention after the trigger that is not the actor and not a place ("في X").
"""

from __future__ import annotations

from dataclasses import replace

from rasd.doc import Doc, Draft, Sentence
from rasd.extract.actors import ActorMention
from rasd.model import event_id

STATEMENTS = frozenset(
    {"ACCUSE", "REQUEST", "REJECT", "SUPPORT", "THREATEN", "CONSULT", "AGREE", "COOPERATE"}
)
"""Event types that are things said or agreed: their actor is who says it."""
_BETWEEN = "بين"
_SUBJECT_REACH = 3
"""How many tokens after a verb trigger its subject may begin (an adverb or a date may come first)."""


def _governor(doc: Doc, mention: ActorMention) -> str | None:
    """The kind of preposition before a mention: "locative" (في، بين), "preposition" (مع، على…, or
    glued: "بالرئيس"), or None."""
    kind = doc.marker_before(mention.start)
    if kind == "locative" and doc.marker_before(mention.start - 1) == "member":
        return None  # "مسؤول في حماس": the official speaks for Hamas
    if kind in ("locative", "preposition"):
        return kind
    return "preposition" if mention.clitic else None


_SOURCE_REACH = 1
"""How many tokens after "قال", "أعلن", "بحسب" a reporter may begin (1: right after it)."""


def _sources(doc: Doc) -> set[int]:
    """Where reporters may start: just after "قال", "أعلن", "بحسب" — they report, they do not act."""
    return {
        at
        for hit in doc.reporting
        if hit.entry.fields["kind"] in ("say", "per")
        for at in range(hit.end, hit.end + _SOURCE_REACH)
    }


def _in_sentence(doc: Doc, sentence: Sentence) -> list[ActorMention]:
    return [m for m in doc.actors if sentence.first <= m.start < sentence.last]


def _agent(doc: Doc, draft: Draft, mentions: list[ActorMention]) -> ActorMention | None:
    """Rule 1: the mention after "على يد", "من قبل", "من جانب" in the trigger's clause; not for statements."""
    if draft.event.event_type in STATEMENTS:
        return None
    sentence = doc.sentences[draft.sentence]
    clause = sentence.clause_of(draft.triggers[0].start)
    agents = {hit.end for hit in doc.reporting if hit.entry.fields["kind"] == "agent"}
    return next(
        (
            m
            for m in mentions
            if m.start in agents and m.actor.sector != "CVL" and sentence.clause_of(m.start) == clause
        ),
        None,
    )


def _idafa(draft: Draft, mentions: list[ActorMention]) -> ActorMention | None:
    """Rule 2: the mention right after a violent noun, with no preposition: "قصف القوات الأذربيجانية".

    A nisba right after it names the attacker's country: "الغارات الإسرائيلية" -> ISR, armed forces
    for an attack. After a casualty noun it names the victims instead ("مقتل الإيرانيين"), so not there.
    """
    if draft.event.event_type in STATEMENTS:
        return None
    # right after the noun, or inside a phrase that ends with the actor's first word ("قصف المدفعية")
    ends = {
        at
        for hit in draft.triggers
        if hit.entry.pos in ("noun", "exact")
        for at in range(hit.start + 1, hit.end + 1)
    }
    violent = {
        hit.end for hit in draft.triggers if hit.entry.pos == "noun" and not hit.entry.fields.get("casualty")
    }
    for mention in mentions:
        if mention.clitic or mention.start not in ends:
            continue
        if mention.actor.sector not in ("CVL", None):
            return mention
        if mention.kind == "nisba" and mention.start in violent and mention.actor.country:
            sector = "MIL" if draft.event.event_type == "ASSAULT" else None
            return replace(mention, actor=mention.actor.model_copy(update={"sector": sector}))
    return None


def _crowd(draft: Draft, mentions: list[ActorMention]) -> ActorMention | None:
    """Rule 0: protesters named by the protest's own word are its actor: "وحاول المتظاهرون اقتحام …"."""
    if draft.event.event_type != "PROTEST":
        return None
    return next(
        (m for m in mentions for hit in draft.triggers if m.start <= hit.start and hit.end <= m.end),
        None,
    )


def _between(
    doc: Doc, draft: Draft, mentions: list[ActorMention]
) -> tuple[ActorMention, ActorMention | None] | None:
    """Rule 2b: "اشتباكات بين قوات الجيش المصري وهذه العناصر": the two sides after "بين" a violent noun."""
    if draft.event.event_type in STATEMENTS:
        return None
    for hit in draft.triggers:
        if hit.entry.pos == "verb" or hit.end >= len(doc.tokens) or doc.tokens[hit.end].text != _BETWEEN:
            continue
        sides = [m for m in mentions if m.start > hit.end and m.kind != "nisba"][:2]
        if sides and sides[0].start == hit.end + 1:
            return sides[0], (sides[1] if len(sides) > 1 else None)
    return None


def _subject_after(doc: Doc, draft: Draft, mentions: list[ActorMention]) -> ActorMention | None:
    """Rule 3: the subject right after a verb trigger; a nisba right after it is a person of that
    country ("أطلق فلسطيني النار" -> PSE)."""
    for hit in draft.triggers:
        if hit.entry.pos != "verb":
            continue
        for mention in mentions:
            near = hit.end <= mention.start < hit.end + _SUBJECT_REACH
            noun = mention.kind != "nisba" or mention.start == hit.end
            if near and noun and _governor(doc, mention) is None:
                return mention
    return None


def _subject_before(doc: Doc, draft: Draft, mentions: list[ActorMention]) -> ActorMention | None:
    """Rule 5: the nearest ungoverned mention before the trigger; a nisba only as the subject of the
    verb that opens its clause ("أطلق فلسطيني النار … فقتل اثنين")."""
    first = draft.triggers[0].start
    sentence = doc.sentences[draft.sentence]

    def noun(m: ActorMention) -> bool:
        return m.kind != "nisba" or m.start - 1 in sentence.clause_starts

    before = [m for m in mentions if m.end <= first and noun(m) and _governor(doc, m) is None]
    return before[-1] if before else None


def _target(
    doc: Doc, draft: Draft, actor: ActorMention | None, mentions: list[ActorMention]
) -> ActorMention | None:
    """The first mention after the trigger (and after the actor) that is neither the actor nor a place."""
    start = max(draft.triggers[0].end, actor.end if actor else 0)
    for mention in mentions:
        if mention.start < start or mention is actor:
            continue
        if _governor(doc, mention) == "locative":  # a place or a pair of sides, never the target
            continue
        if (
            actor
            and mention.actor.country == actor.actor.country
            and mention.actor.sector == actor.actor.sector
        ):
            continue  # the actor again ("الجيش … قواته"); a party of the same country can be the target
        return mention
    return None


def _with_evidence(event, field: str, doc: Doc, mention: ActorMention):
    evidence = doc.evidence(mention.start, mention.end, mention.rule)
    return {**event.field_evidence, field: evidence}


def find_participants(doc: Doc) -> Doc:
    """Set each event's actor and target (see the module docstring)."""
    drafts = []
    for draft in doc.drafts:
        sentence = doc.sentences[draft.sentence]
        mentions = _in_sentence(doc, sentence)
        statement = draft.event.event_type in STATEMENTS
        earlier = [
            d
            for d in drafts
            if d.sentence == draft.sentence
            and d.event.actor
            and (d.event.event_type in STATEMENTS) == statement
        ]
        if draft.event.event_type not in STATEMENTS:
            sources = _sources(doc)
            mentions = [m for m in mentions if m.start not in sources and m.actor.sector != "MED"]
        sides = _between(doc, draft, mentions)
        actor = (
            _crowd(draft, mentions)
            or _agent(doc, draft, mentions)
            or _idafa(draft, mentions)
            or (sides[0] if sides else None)
            or _subject_after(doc, draft, mentions)
        )
        event = draft.event
        if actor is None and earlier:
            event = event.model_copy(update={"actor": earlier[-1].event.actor})
        else:
            actor = actor or _subject_before(doc, draft, mentions)
        previous = [
            d
            for d in drafts
            if d.sentence == draft.sentence - 1 and d.event.actor and d.event.event_type in STATEMENTS
        ]
        if actor is None and event.actor is None and previous and event.event_type in STATEMENTS:
            # "وذكرت في بيان لها …": a statement with no subject of its own continues the speaker before it
            event = event.model_copy(update={"actor": previous[-1].event.actor})
        if actor:
            evidence = _with_evidence(event, "actor", doc, actor)
            event = event.model_copy(update={"actor": actor.actor, "field_evidence": evidence})
        if sides and actor is sides[0] and sides[1] and not event.target:
            target = sides[1]
        else:
            target = None if event.target else _target(doc, draft, actor, mentions)
        if target:
            evidence = _with_evidence(event, "target", doc, target)
            event = event.model_copy(update={"target": target.actor, "field_evidence": evidence})
        drafts.append(replace(draft, event=event))
        partner = _coordinated(doc, event, actor, mentions)
        if partner:
            drafts.append(replace(draft, event=_with_actor(doc, event, partner, part=1)))
    return replace(doc, drafts=tuple(drafts))


def _coordinated(
    doc: Doc, event, actor: ActorMention | None, mentions: list[ActorMention]
) -> ActorMention | None:
    """A second speaker joined to a statement's actor by و: "دعا كل من الأمم المتحدة والاتحاد الأوروبي"."""
    if actor is None or event.event_type not in STATEMENTS or event.actor != actor.actor:
        return None
    partner = next((m for m in mentions if m.start == actor.end), None)
    if partner is None or not doc.tokens[partner.start].text.startswith("و") or partner.kind == "nisba":
        return None
    same = partner.actor.country == actor.actor.country and partner.actor.sector == actor.actor.sector
    return None if same or partner.actor.sector in (None, "CVL") else partner


def _with_actor(doc: Doc, event, mention: ActorMention, part: int):
    """The same statement made by another speaker, with an id of its own."""
    evidence = _with_evidence(event, "actor", doc, mention)
    target = None if event.target == mention.actor else event.target
    start, end = event.evidence.start, event.evidence.end
    new_id = event_id(event.article_id, event.event_type, start, end, part)
    return event.model_copy(
        update={"id": new_id, "actor": mention.actor, "target": target, "field_evidence": evidence}
    )
