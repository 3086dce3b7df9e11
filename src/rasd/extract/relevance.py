"""Which found events are political or violent events at all, and not the same words used elsewhere.

A club that "rejects" an offer or a player's "injury" uses the words of a rejection and an injury
but is no conflict event. So:
- a statement (see `STATEMENTS`), a sanction or a concession needs a political party to it: an
  actor or a target that is a state, an armed force or group, an international body, a party or
  another organisation (OTHER: NGOs, rescue services);
- an event named only by an injury word ("إصابة") needs a count of people injured;
- an event dated more than `BACKGROUND_DAYS` before publication is background ("the 2020
  statement", "9 تشرين الثاني/ نوفمبر 2020"), not news; so is one named after "بعد"/"إثر"/"عقب" with a
  date of its own more than `EARLIER_DAYS` before it ("إثر هجوم انتحاري في 20 يوليو", published 7 August);
- a violent or protest noun that a statement is about (in the statement's clause; anywhere in the sentence of
  a condemnation), with no count of its own, is the subject of that statement, not a new
  happening ("ونددت أرمينيا بالعملية", "دعا إلى تحقيق في مقتل الفلسطينيين");
- any other noun after a demand, a refusal, a consent, a threat or a condemnation in its clause is what is
  demanded, refused, agreed to, threatened or condemned ("وافقت على الانسحاب", "طالبوا الأمم المتحدة
  بإدانة", "هدد بفرض عقوبات"), not a happening of its own.
"""

from __future__ import annotations

from dataclasses import replace

from rasd.doc import Doc, Draft, Sentence, between
from rasd.extract.events import relative_between
from rasd.extract.participants import STATEMENTS
from rasd.lexicon.matcher import GAP_WORDS
from rasd.model import Actor

BACKGROUND_DAYS = 60
"""An event this many days older than its article is background, not a new happening."""
EARLIER_DAYS = 7
"""An event named after "بعد"/"إثر" with a date of its own this many days before its article is background."""
_POLITICAL = frozenset({"GOV", "MIL", "REB", "IGO", "PTY", "OTHER"})
_NEEDS_A_PARTY = STATEMENTS | {"SANCTION", "CONCEDE"}
_TOLD_AFTER = frozenset({"ASSAULT", "CONSULT"})
"""Types that news often tells only as what came before: "بعد معارك عنيفة", "بعد لقائه مع"."""
_MARKER_REACH = 12
"""More tokens than any marker phrase has, its gap included (markers.tsv forms have 4 words at most)."""
_TAKES_CONTENT = frozenset({"REQUEST", "REJECT", "AGREE", "THREATEN", "ACCUSE"})
"""Statements whose object is a thing demanded, refused, agreed to, threatened or condemned."""


def _political(actor: Actor | None) -> bool:
    return actor is not None and (
        actor.sector in _POLITICAL or (actor.sector is None and actor.country is not None)
    )


def _spoken_of(doc: Doc, draft: Draft) -> bool:
    """Whether a noun with no count follows a statement it is the object of (see the module docstring)."""
    event = draft.event
    if _counted(event) or any(hit.entry.pos == "verb" for hit in draft.triggers):
        return False
    violent = event.event_type in ("ASSAULT", "PROTEST")
    sentence = doc.sentences[draft.sentence]
    start = draft.triggers[0].start
    return any(
        _about(sentence, other, start, violent)
        for other in doc.drafts
        if other.sentence == draft.sentence and other.event.event_type != event.event_type
    )


def _about(sentence: Sentence, statement: Draft, start: int, violent: bool) -> bool:
    """Whether the trigger at `start` is what `statement` is about: "ونددت أرمينيا بالعملية" -> True; any of
    the statement's words may govern it ("اتفقنا …، بأن نوافقهم على تقييمهم لهوية من كان وراء هجوم")."""
    kind = statement.event.event_type
    if kind not in (STATEMENTS if violent else _TAKES_CONTENT):
        return False
    said = [hit.start for hit in statement.triggers if hit.start < start]
    same_clause = any(sentence.clause_of(at) == sentence.clause_of(start) for at in said)
    return same_clause or (bool(said) and violent and kind == "ACCUSE")


def _counted(event) -> bool:
    return any(getattr(event, name) is not None for name in ("killed", "injured", "captured", "missing"))


def _relevant(draft: Draft) -> bool:
    event = draft.event
    if event.event_type in _NEEDS_A_PARTY and not (_political(event.actor) or _political(event.target)):
        return False
    only_injury = all(hit.entry.fields.get("casualty") == "injured" for hit in draft.triggers)
    return not (only_injury and event.injured is None and event.killed is None and not event.vague)


def _background(doc: Doc, draft: Draft) -> bool:
    published, date = doc.article.published, draft.event.date
    if published is None or date is None:
        return False
    return (published - date).days > BACKGROUND_DAYS or (
        (published - date).days > EARLIER_DAYS and _earlier(doc, draft)
    )


def _earlier(doc: Doc, draft: Draft) -> bool:
    """Whether the event is named after "بعد"/"إثر"/"عقب" and dated by a date of its own after it: "إثر هجوم
    انتحاري في 20 يوليو" (markers.tsv, kind after)."""
    trigger = draft.triggers[0]
    dated = draft.event.field_evidence.get("date")
    return (
        trigger.entry.pos == "noun"
        and dated is not None
        and dated.start >= doc.evidence(trigger.start, trigger.end).end
        and any(m.entry.fields["kind"] == "after" and m.end == trigger.start for m in doc.markers)
    )


def _dated_after(doc: Doc, draft: Draft) -> bool:
    """Whether a date of the event's own follows its trigger: "بعد مظاهرات في 30 أيار" (see `_earlier`)."""
    trigger = draft.triggers[0]
    dated = draft.event.field_evidence.get("date")
    return dated is not None and dated.start >= doc.evidence(trigger.start, trigger.end).end


def _named_after(doc: Doc, draft: Draft) -> bool:
    """Whether the event is only named, with no count, as what came before something else: "أعلن أردوغان
    عن انتخابات مبكرة غداة دعوة من حليفه" -> True; "بعد مقتل جندي" (a count) -> False; a fight or a
    meeting is kept, news tells one so: "سيطر الجيش على مواقع بعد معارك عنيفة", "وقال بعد لقائه مع رئيسة
    الوزراء" (markers.tsv, kind after)."""
    sentence = doc.sentences[draft.sentence]
    near = between(doc.markers, max(sentence.first - _MARKER_REACH, 0), sentence.last)
    after = {m.end for m in near if m.entry.fields["kind"] == "after"}
    told = draft.event.event_type in _TOLD_AFTER or _dated_after(doc, draft)
    return not (told or _counted(draft.event)) and all(
        hit.entry.pos == "noun" and hit.start in after for hit in draft.triggers
    )


def _recent(doc: Doc, draft: Draft) -> bool:
    """Whether the event's sentence dates it in the week before its article: "أمس", "يوم الأحد"."""
    published, event = doc.article.published, draft.event
    dated = event.field_evidence.get("date")
    own = dated is not None and event.evidence.start <= dated.start < event.evidence.end
    return own and published is not None and (published - event.date).days <= EARLIER_DAYS


def _pluperfect(doc: Doc, draft: Draft) -> bool:
    """Whether the event's verb is told in the pluperfect, an earlier happening: "وكانت القوات قد قصفت
    المدينة" -> True (markers.tsv, kind pluperfect)."""
    trigger = draft.triggers[0]
    if trigger.entry.pos == "noun" or doc.marker_before(trigger.start) not in ("pluperfect", "modal"):
        return False
    sentence = doc.sentences[draft.sentence]
    clause = sentence.clause_of(trigger.start)
    return any(
        m.entry.fields["kind"] == "pluperfect"
        and 0 <= trigger.start - m.end <= GAP_WORDS + 1
        and sentence.clause_of(m.start) == clause
        for m in between(doc.markers, max(trigger.start - GAP_WORDS - _MARKER_REACH, 0), trigger.start)
    )


def _past_period(doc: Doc, draft: Draft) -> bool:
    """Whether the event's clause, or its sentence before it, speaks of an earlier year or of recent years:
    "وظهرت اتهامات الفساد العام الماضي", "وفي السنوات الأخيرة، قتل …"; not past a relative pronoun: "العقوبات
    … بصلاحيات مررها الكونغرس العام الماضي" (markers.tsv, kind past-period)."""
    trigger = draft.triggers[0]
    sentence = doc.sentences[draft.sentence]
    clause = sentence.clause_of(trigger.start)
    return any(
        m.entry.fields["kind"] == "past-period"
        and (
            m.start < trigger.start
            or (sentence.clause_of(m.start) == clause and not relative_between(doc, trigger, m.start))
        )
        for m in sentence.starting_in(doc.markers)
    )


def _told_earlier(doc: Doc, draft: Draft) -> bool:
    """Whether the event is an earlier happening told as background, the pluperfect or a past year, and its
    sentence does not date it in the last week: "وكانت القوات قد قصفت المدينة" -> True; "وكانت القوات قد
    قصفت أمس المدينة" -> False."""
    return (_pluperfect(doc, draft) or _past_period(doc, draft)) and not _recent(doc, draft)


def keep_relevant(doc: Doc) -> Doc:
    """Drop the events that are not political or violent events (see the module docstring)."""
    kept = [
        draft
        for draft in doc.drafts
        if _relevant(draft)
        and not _spoken_of(doc, draft)
        and not _background(doc, draft)
        and not _named_after(doc, draft)
        and not _told_earlier(doc, draft)
    ]
    return replace(doc, drafts=tuple(kept))
