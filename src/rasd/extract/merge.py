"""One event per happening inside an article: later sentences that tell more of the same event join it.

A later event joins an earlier one of the same type when their casualty counts agree where both
give one, their targets may be the same (when the later one counts people of its own), and either
their actors are of the same country, or the later event names no actor, target or count of its
own ("وأدى القصف إلى …" after the lead), or,
with actors that may be the same, it gives the same count ("52 قتيلا" twice) or counts nothing and
happened in the same town or region. It never joins two acts of different modes of a type whose modes
are different acts (a curfew, then "خدمة الإنترنت تعطلت"), nor two events whose sentences each name,
after the trigger, a different day (not the day of a report: "حسبما أفادت السلطات اليوم"), nor one more
act told with كما or أيضا ("كما دمرت القوات … ثلاث عجلات مفخخة").
The joined event keeps as its evidence the sentence that states more counts (the lead, on a tie),
takes every count, actor, target, source and denial the later sentence adds, and keeps the later
sentence's spans in `field_evidence`.

    قتل 7 مدنيين في قصف … (lead)   +   وأوضح المصدر أن القصف أصاب 12 آخرين …
    -> one ASSAULT, killed 7, injured 12
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from rasd.doc import Doc, Draft
from rasd.extract.events import CROWD
from rasd.extract.participants import STATEMENTS
from rasd.model import Actor, Event, Place

_COUNTS = ("killed", "injured", "captured", "missing")
MERGED = frozenset(
    {"ASSAULT", "COERCE", "PROTEST", "CONSULT", "AGREE", "AID", "MOBILIZE", "SANCTION", "RETREAT"}
)
"""Types whose repeated mentions in one article are usually the same happening; statements
(a condemnation, then a call, then another condemnation by someone else) are kept apart."""


def _agree(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


def _same_side(a: Actor | None, b: Actor | None) -> bool:
    """Whether two actors may be the same: nothing known of them differs (country, sector)."""
    return a is None or b is None or (_agree(a.country, b.country) and _agree(a.sector, b.sector))


def _elsewhere(a: Place | None, b: Place | None) -> bool:
    """Whether two events happened in different towns: protests in Basra and in Baghdad."""
    specific = a and b and a.precision == 1 and b.precision == 1
    return bool(specific and (a.name, a.country) != (b.name, b.country))


def _anaphoric(draft: Draft) -> bool:
    """Whether a definite noun names the event and it counts nothing: "الهجوم", "الانفجار" (told before).

    Not a noun that names its actor too: "المتظاهرون" are people, who protest again elsewhere; nor a noun
    whose article is part of its name when someone acts with it: "واستخدم الرصاص الحي" goes on with the
    event told before, "وأطلقت الشرطة الغاز المسيل للدموع" tells a new act."""
    trigger = draft.triggers[0]
    named = trigger.entry.words[0].startswith("ال") and draft.event.actor is None
    definite = "DET" in trigger.analysis.kinds or named
    spans = draft.event.field_evidence
    names_actor = "actor" in spans and spans["actor"].start == spans["trigger"].start
    return trigger.entry.pos == "noun" and definite and not names_actor and not _counted(draft.event)


def _refers_back(draft: Draft) -> bool:
    """Whether a definite noun after its main trigger names the event as one told before, so the counts it
    gives are more of that event: "وقتل خلال إحباط الهجوم 8 جنود", "أصيب رجل في الانفجار" (not a word for
    the people who act, "المتظاهرون", who may protest again elsewhere)."""
    return any(
        hit.entry.pos == "noun"
        and "DET" in hit.analysis.kinds
        and not hit.entry.fields.get("casualty")
        and hit.entry.id not in CROWD
        for hit in draft.triggers[1:]
    )


_ACTS = frozenset({"COERCE", "SANCTION", "RETREAT"})
"""Types whose modes name different acts: an arrest, a curfew and a censorship are three happenings."""


def _other_act(first: Event, later: Event) -> bool:
    """Whether two events of one type are different acts: a curfew ("فرضت الحكومة حظر التجول") and
    "خدمة الإنترنت تعطلت" (censor), or a phone call and a visit."""
    if not (first.mode and later.mode) or first.mode == later.mode:
        return False
    return first.event_type in _ACTS or "phone" in (first.mode, later.mode)


_REPORT_REACH = 4
"""A day named this many tokens or fewer after a reporting word is the day of the report."""


def _report_days(doc: Doc) -> frozenset[int]:
    """Where, in the original text, a day named would be the day of a report, not of the event: right
    after a reporting word ("حسبما أفادت السلطات المحلية اليوم (الجمعة)")."""
    kinds = ("say", "per")
    return frozenset(
        doc.evidence(at, at + 1).start
        for hit in doc.reporting
        if hit.entry.fields["kind"] in kinds
        for at in range(hit.end, min(hit.end + _REPORT_REACH, len(doc.tokens)))
    )


def _own_day(event: Event, report_days: frozenset[int]) -> bool:
    """Whether an event's sentence names, after its trigger, the day it happened: "فتحت النار السبت"; not
    the article's lead, nor the day of a report ("قالت الوكالة، الثلاثاء، إن …", "…، حسبما أفادت السلطات
    اليوم")."""
    span, trigger = event.field_evidence.get("date"), event.field_evidence["trigger"]
    after = span is not None and trigger.start < span.start < event.evidence.end
    return after and span.start not in report_days and event.date_precision == "day"


def _other_day(first: Event, later: Event, report_days: frozenset[int] = frozenset()) -> bool:
    """Whether both events name, each in its own sentence, a different day: "بعد اللقاء … ليلة الخميس"
    is not "قبل اجتماع المجلس … الجمعة"."""
    return _own_day(first, report_days) and _own_day(later, report_days) and first.date != later.date


_ALSO_REACH = 3
"""أيضا، كذلك this many tokens or fewer after a verb make its act one more: "واعتقلت الشرطة أيضا رجلا"."""
_TERMS = frozenset({"AGREE"})
"""Types whose acts told with كما are more terms of one act: "كما وافقت إيران على …" (the same deal)."""


def _one_more(doc: Doc, draft: Draft) -> bool:
    """Whether a sentence tells one more act with a verb of its own that كما opens, or that أيضا، كذلك
    follow: "كما دمرت القوات العراقية ثلاث عجلات مفخخة"; not a casualty verb ("كما أصيب 3 آخرون": more
    of the toll told before), nor a verb whose subject names the event told before ("كما دمرت الغارات")."""
    trigger = draft.triggers[0]
    if trigger.entry.pos != "verb" or trigger.entry.fields.get("casualty") or _refers_back(draft):
        return False
    opening = doc.sentences[draft.sentence].first
    return draft.event.event_type not in _TERMS and any(
        marker.entry.fields["kind"] == "also"
        and (marker.start == opening == trigger.start - 1 or 0 <= marker.start - trigger.end < _ALSO_REACH)
        for marker in doc.markers
    )


def _restated(earlier: Draft, later: Draft) -> bool:
    """Whether a statement goes on in the next sentence by the same speaker:
    "دعت الخارجية الروسية إلى وقف …" + "وذكرت في بيان لها … ندعو الطرفين"."""
    same_speaker = earlier.event.actor is not None and earlier.event.actor == later.event.actor
    return same_speaker and later.sentence - earlier.sentence == 1


@dataclass(frozen=True)
class Cues:
    """What merging reads of the article besides the drafts."""

    report_days: frozenset[int] = frozenset()
    """Where a day named would be the day of a report (`_report_days`)."""
    more: frozenset[tuple[int, str]] = frozenset()
    """(sentence, event type) of each draft that tells one more act (`_one_more`)."""


def _cues(doc: Doc) -> Cues:
    """The cues of an article: its report days and the drafts that tell one more act."""
    more = frozenset((d.sentence, d.event.event_type) for d in doc.drafts if _one_more(doc, d))
    return Cues(_report_days(doc), more)


def _compatible(earlier: Draft, later: Draft, cues: Cues = Cues()) -> bool:
    """Whether the later event tells more of the first: the same actor's country, or nothing of its own."""
    first = earlier.event
    if first.event_type != later.event.event_type:
        return False
    if first.event_type not in MERGED:
        return _restated(earlier, later)
    if _other_act(first, later.event) or _other_day(first, later.event, cues.report_days):
        return False
    if (later.sentence, later.event.event_type) in cues.more:
        return False
    if _anaphoric(later):
        return True
    if _refers_back(later) and _agree(first.date, later.event.date):
        return not _elsewhere(first.location, later.event.location)
    if _elsewhere(first.location, later.event.location):
        return False
    later = later.event
    counts_agree = all(_agree(getattr(first, name), getattr(later, name)) for name in _COUNTS)
    if not (counts_agree and (_same_side(first.target, later.target) or _counts_other_people(first, later))):
        return False
    if (
        _counted(first)
        and _counted(later)
        and not any(
            getattr(first, name) is not None and getattr(first, name) == getattr(later, name)
            for name in _COUNTS
        )
    ):
        return False  # "20 killed" and "3 injured" told apart are two shootings, not one
    same_actor = (
        bool(
            first.actor and later.actor and first.actor.country and first.actor.country == later.actor.country
        )
        and first.event_type != "PROTEST"
    )  # protesters of one country protest in many places at once
    bare = (
        later.actor is None and later.target is None and all(getattr(later, name) is None for name in _COUNTS)
    )
    same_place = bool(
        first.location
        and later.location
        and first.location.precision != 3
        and (first.location.name, first.location.country) == (later.location.name, later.location.country)
    )
    same_count = any(
        getattr(first, name) and getattr(first, name) == getattr(later, name) for name in _COUNTS
    )
    return (
        same_actor
        or bare
        or ((same_count or (same_place and not _counted(later))) and _same_side(first.actor, later.actor))
    )


def _join(first: Event, later: Event) -> Event:
    """The first event, completed with what the later one adds."""
    update: dict = {name: getattr(later, name) for name in _COUNTS if getattr(first, name) is None}
    if not first.breakdown and later.breakdown:
        update["breakdown"] = later.breakdown
    for field in ("mode", "actor", "target", "location", "date", "reported_by"):
        if getattr(first, field) is None and getattr(later, field) is not None:
            update[field] = getattr(later, field)
    update["approximate"] = first.approximate or later.approximate
    final = {name: update.get(name, getattr(first, name)) for name in _COUNTS}
    update["vague"] = [n for n in _COUNTS if final[n] is None and (n in first.vague or n in later.vague)]
    update["denied_by"] = list(dict.fromkeys([*first.denied_by, *later.denied_by]))
    added = {key: span for key, span in later.field_evidence.items() if key.split(".")[0] in update}
    update["field_evidence"] = {**first.field_evidence, **added}
    return first.model_copy(update=update)


def _head(event: Event) -> str | None:
    """The first count an event states, the one its target describes: "killed" for "قتل 3 متمردين وجرح 7"."""
    return next((name for name in _COUNTS if getattr(event, name) is not None), None)


def _counts_other_people(first: Event, later: Event) -> bool:
    """Whether the later event's target cannot be held against the first's: it counts nothing, or its
    first count is of another role ("قتل 3 متمردين وجرح 7 أشخاص" then "إن سبعة أشخاص … أصيبوا": the
    rebels were killed, the seven injured)."""
    return not _counted(later) or (_counted(first) > 0 and _head(first) != _head(later))


def _counted(event: Event) -> int:
    """How many of its casualty counts an event states."""
    return sum(getattr(event, name) is not None for name in _COUNTS)


def merge_events(doc: Doc) -> Doc:
    """Join each event to the nearest earlier event of the article it is compatible with.

    The joined event is based on the one that states more counts, then on the one that does not merely
    refer back to it with a definite noun ("لكن الاشتباكات …"), then on the one its sentence tells
    for itself rather than inside a statement ("واتهمت باكستان الهند … حيث ذكرت أن أربعة مدنيين قتلوا"
    gives way to "وذكر مسؤولون أن أربعة مدنيين قتلوا بنيران هندية"), then on the earlier: its
    sentence is the evidence.
    """
    statements = {d.sentence for d in doc.drafts if d.event.event_type in STATEMENTS}

    def weight(draft: Draft) -> tuple[int, bool, bool]:
        return _counted(draft.event), not _anaphoric(draft), draft.sentence not in statements

    cues = _cues(doc)
    kept: list[Draft] = []
    for draft in doc.drafts:
        for number, earlier in reversed(list(enumerate(kept))):
            if _compatible(earlier, draft, cues):
                if weight(draft) > weight(earlier):
                    kept[number] = replace(draft, event=_join(draft.event, earlier.event))
                else:
                    kept[number] = replace(earlier, event=_join(earlier.event, draft.event))
                break
        else:
            kept.append(draft)
    return replace(doc, drafts=tuple(kept))
