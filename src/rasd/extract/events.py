"""Events: one per sentence and event type that a trigger states as having happened.

قتل 7 مدنيين … جراء قصف القوات الأذربيجانية …
-> ASSAULT, mode heavy-weapons, killed 7, evidence = the sentence
"""

from __future__ import annotations

from dataclasses import replace

from rasd.doc import Doc, Draft, Sentence, between
from rasd.extract.casualties import read_casualties
from rasd.lexicon.lexicons import Lexicons
from rasd.lexicon.matcher import Hit
from rasd.model import Event, event_id
from rasd.text.tokens import Analysis, analyses

_REACH = 3
"""A negation or future word this many tokens or fewer before a trigger, in its clause, cancels it."""
_HABIT_REACH = 4
"""A habitual phrase ("من حين لآخر") this many tokens or fewer from a trigger, in its clause, cancels it."""
_COPULA_REACH = 6
"""A copula ("يعد", "كان") this many tokens or fewer after an event noun, its subject, tells what it was."""
_INVITE_REACH = 3
"""A visit noun this many tokens or fewer after a call noun makes it an invitation: "دعوة من شريف لزيارة"."""
_RELATIVE_REACH = 5
"""A word this many tokens or fewer after a relative pronoun is in the relative clause: "الذي وقع في 2015"."""
_OPENERS = "\"'«“("
_YEARS = range(1900, 2101)
_BEFORE_YEAR = frozenset({"year-word", "ongoing", "locative"})
"""Kinds of marker after which a number is a year: "عام 2014", "منذ 2014", "في 2014", "بين 2014 و2017"."""
_PURPOSED = frozenset({"SUPPORT", "AID", "COOPERATE", "CONSULT", "AGREE"})
"""Types whose noun after the ل of purpose tells what something is for: "لدعم", "للتعاون", "للتشاور"."""


def _background_year(doc: Doc, sentence: Sentence, trigger: Hit) -> bool:
    """Whether a year other than the publication's dates the trigger: "في عام 2020", "ومنذ 2014، قتلت",
    "في 2016", "بين 2014 و2017".

    A dated phrase before the trigger covers the rest of its sentence; one after it, only its clause, and
    not past a relative pronoun: "الاتفاق الذي وقع في 2015" dates the deal, not the trigger before it.
    """
    quantities = sentence.starting_in(doc.quantities)
    if not quantities:
        return False
    clause = sentence.clause_of(trigger.start)
    return any(
        doc.marker_before(quantity.start) in _BEFORE_YEAR
        and _other_year(doc, quantity.value, doc.marker_before(quantity.start))
        and (
            quantity.start < trigger.start
            or (
                sentence.clause_of(quantity.start) == clause
                and not relative_between(doc, trigger, quantity.start)
            )
        )
        for quantity in quantities
    )


def _other_year(doc: Doc, value: float, kind: str) -> bool:
    """Whether a number after a marker of `kind` is a year other than the publication's: after "عام" or "منذ"
    any such year, after "في"/"بين" only an earlier one ("دعاه إلى الترشح في 2019" is news of 2018)."""
    published = doc.article.published
    if value not in _YEARS or (published is not None and value == published.year):
        return False
    return kind != "locative" or published is None or value < published.year


def relative_between(doc: Doc, trigger: Hit, at: int) -> bool:
    """Whether the token at `at`, after a trigger, is in a short relative clause that follows it:
    "فرض العقوبات بعد الانسحاب من الاتفاق الذي وقع في 2015" (markers.tsv, kind relative)."""
    return any(
        m.entry.fields["kind"] == "relative" and trigger.end <= m.start and 0 < at - m.end < _RELATIVE_REACH
        for m in doc.markers
    )


def _imperfect(doc: Doc, at: int) -> bool:
    """Whether the token at `at` reads as an imperfect verb: "يؤدي", "تقصف"; not the perfect "اندلعت",
    "أعلن" ("وكانت قد اندلعت الاشتباكات" happened)."""
    return at < len(doc.tokens) and any(_imperfect_reading(a) for a in analyses(doc.tokens[at].text))


def _imperfect_reading(cut: Analysis) -> bool:
    """Whether a cut of a word is an imperfect verb of news prose: a prefix ي ت ن, not the first person
    أ; and no perfect ending ت ("تعرضت", "نجحت")."""
    prefix = dict(cut.prefixes).get("IMPF")
    return prefix not in (None, "ا") and "VERB" not in cut.kinds and not cut.stem.endswith("ت")


def _imperfect_trigger(trigger: Hit) -> bool:
    """Whether a trigger matched as an imperfect verb: "يدعمها" (دعم), or an entry listed in that form
    ("يطالب", id "request.demand.impf"); not "اتهمها", which only looks like one."""
    return "IMPF" in trigger.analysis.kinds or "impf" in trigger.entry.id.split(".")


def _imperfect_verb(doc: Doc, trigger: Hit) -> bool:
    """Whether a trigger is an imperfect verb, by its entry or by its word: "يطالبوا", "نعبّر"."""
    return trigger.entry.pos != "noun" and (
        "impf" in trigger.entry.id.split(".") or _imperfect(doc, trigger.start)
    )


def _subjunctive(doc: Doc, marker: Hit, trigger: Hit) -> bool:
    """Whether أن/كي before a trigger makes it a wanted or planned act: "اتفقنا أن نعبّر"; not after a time
    conjunction, whose verb did happen ("قبل أن تقتله الشرطة", markers.tsv kind temporal)."""
    temporal = any(m.entry.fields["kind"] == "temporal" and m.end == marker.end for m in doc.markers)
    return not temporal and _imperfect_verb(doc, trigger)


def _detail(doc: Doc, sentence: Sentence, trigger: Hit) -> bool:
    """Whether the trigger follows, in its sentence, a phrase that details a toll told before, as its
    subject: "إن من بين القتلى ضابطا …، قتل في الغارة"; not "الوصول إلى أحد المصابين" (an object), nor a
    trigger with a count of its own ("ومن بين القتلى طفل، كما أصيب 8 أشخاص")."""
    counted = bool(between(doc.quantities, trigger.end, trigger.end + 2))
    return not counted and any(
        marker.entry.fields["kind"] == "detail" and doc.marker_before(marker.start) != "preposition"
        for marker in between(doc.markers, sentence.first, trigger.start + 1)
    )


def _ongoing(doc: Doc, sentence: Sentence, trigger: Hit) -> bool:
    """Whether the sentence tells, before the trigger, of a campaign going on since some time: "منذ" in
    a clause that an imperfect verb begins ("وتشن قوات النظام منذ 18 شباط هجوما … تسبب بمقتل 930")."""
    return any(
        marker.entry.fields["kind"] == "ongoing"
        and _imperfect(doc, sentence.clause_starts[sentence.clause_of(marker.start)])
        for marker in between(doc.markers, sentence.first, trigger.end)
    )


def _invitation(doc: Doc, trigger: Hit) -> bool:
    """Whether a call noun is an invitation: a visit noun with the ل of purpose follows it closely ("قبل
    دعوة من شريف لزيارة باكستان"); an invitation made or accepted demands nothing."""
    return (
        trigger.entry.pos == "noun"
        and trigger.entry.fields["event_type"] == "REQUEST"
        and any(
            hit.entry.fields.get("mode") == "visit"
            and hit.entry.pos == "noun"
            and 0 <= hit.start - trigger.end <= _INVITE_REACH
            and ("PREP", "ل") in hit.analysis.prefixes
            for hit in doc.triggers
        )
    )


def _gap(marker: Hit, trigger: Hit) -> int:
    """How many tokens lie between a marker and a trigger, on either side of it."""
    return trigger.start - marker.end if marker.end <= trigger.start else marker.start - trigger.end


def _subject(sentence: Sentence, start: int, markers: list[Hit]) -> bool:
    """Whether a noun at `start` may be the subject of what follows: at the start of its sentence, or
    right after إن/أن."""
    return start == sentence.first or any(
        m.entry.fields["kind"] in ("complement", "subjunctive") and m.end == start for m in markers
    )


def _future_verb(doc: Doc, at: int) -> bool:
    """Whether the token at `at` is a verb in the future: "ستبحث", "سيعقد"."""
    return any("FUT" in cut.kinds for cut in analyses(doc.tokens[at].text))


def _characterised(doc: Doc, sentence: Sentence, trigger: Hit, markers: list[Hit]) -> bool:
    """Whether an event noun is the subject of a copula that tells what the event was or is, not that it
    happened: "إن احتجاج الأسبوع الماضي كان محاولة", "أن \"إطلاق الصواريخ … يعد مخالفا للقانون\"";
    not "كان قد" (an earlier happening: "أن الهجوم كان قد أسفر عن …"); or, opening its clause, the subject
    of a verb in the future ("القمة ستبحث القضية")."""
    if trigger.entry.pos == "verb":
        return False
    start = trigger.start
    while start > sentence.first and doc.tokens[start - 1].text in _OPENERS:
        start -= 1  # a quotation mark before the noun
    subject = _subject(sentence, start, markers)
    opens = subject or start in sentence.clause_starts
    if opens and trigger.end < sentence.last and _future_verb(doc, trigger.end):
        return True  # "وتابع، "القمة ستبحث القضية": what the event will do, it has not happened yet
    relatives = {m.end for m in markers if m.entry.fields["kind"] == "relative"}
    return subject and any(
        m.entry.fields["kind"] == "copula"
        and 0 <= m.start - trigger.end <= _COPULA_REACH
        and m.start not in relatives  # "القذيفة التي تمثل …" describes the noun before it
        and doc.tokens[m.end].text != "قد"
        and not any(trigger.end <= hit.start < m.start for hit in doc.triggers)  # "أن الغارة استهدفت …"
        for m in markers
        if m.end < sentence.last
    )


def _recalled(doc: Doc, sentence: Sentence, trigger: Hit) -> bool:
    """Whether the sentence opens with a word that recalls the past, which then covers all of it:
    "يذكر أن …", "وسبق أن …" (markers.tsv, kind earlier)."""
    return sentence.first < trigger.start and any(
        marker.entry.fields["kind"] == "earlier"
        for marker in between(doc.markers, sentence.first, sentence.first + 1)
    )


def unreal(doc: Doc, sentence: Sentence, trigger: Hit) -> str | None:
    """Why a trigger states no happening (negated, future, modal, hypothetical, stopped, background), or None.

    "لم يسفر عن إصابات" negated; "سيقصف", "سوف يقصف" future; "قد يؤدي" modal; "إذا قصف" hypothetical;
    "لوقف عمليتها العسكرية", "بهدف دعم" stopped or aimed at; "وكانت إيران تعلن سابقا عن سقوط قتلى",
    "يذكر أن …" background; "وتنفذ الحركة تفجيرات من حين لآخر" habitual;
    "الحكومة التي يدعمها الغرب" description; "الوثائق الخاصة بالقمة" topic;
    "من بين القتلى ضابط قتل في الغارة" detail of a toll told before; "اتفقنا أن نعبّر عن تضامننا"
    subjunctive; "القمة المقبلة", "القمة ستبحث" future;
    "وتشن قوات النظام منذ 18 شباط هجوما" ongoing; "مباحثات لدعم احتياجات البلاد" purpose;
    "قتل 350 ألفا منذ بدء الحرب", "في عام 2020" (published 2023) background.
    """
    if "FUT" in trigger.analysis.kinds:
        return "future"
    purposed = trigger.entry.pos == "noun" and trigger.entry.fields["event_type"] in _PURPOSED
    if purposed and ("PREP", "ل") in trigger.analysis.prefixes:
        return "purpose"  # "لدعم احتياجات البلاد": what something is for, not a happening
    clause = sentence.clause_of(trigger.start)
    markers = [m for m in sentence.starting_in(doc.markers) if sentence.clause_of(m.start) == clause]
    for marker in markers:
        kind = marker.entry.fields["kind"]
        near = 0 <= trigger.start - marker.end < _REACH
        if kind in ("negation", "future") and near:
            return "negated" if kind == "negation" else "future"
        if kind == "modal" and near and _imperfect(doc, marker.end):
            return "modal"
        if kind == "stop" and marker.end == trigger.start and trigger.entry.pos != "verb":
            return "stopped"
        if kind == "condition" and marker.end <= trigger.start:
            return "hypothetical"
        if kind in ("since", "earlier"):
            return "background"
        if kind == "habitual" and _gap(marker, trigger) <= _HABIT_REACH:
            return "habitual"
        if kind == "relative" and marker.end == trigger.start and _imperfect_trigger(trigger):
            return "description"
        if kind == "upcoming" and marker.start == trigger.end and trigger.entry.pos != "verb":
            return "future"  # "القمة المقبلة"
        if kind == "topic" and marker.end == trigger.start and trigger.entry.pos != "verb":
            return "topic"
        if kind == "ongoing" and marker.end == trigger.start and trigger.entry.pos == "noun":
            return "background"  # "منذ تبادل الرئيسين التهديدات": an earlier happening, counted from
        if kind == "subjunctive" and marker.end == trigger.start and _subjunctive(doc, marker, trigger):
            return "subjunctive"

    if _invitation(doc, trigger):
        return "invitation"
    if _detail(doc, sentence, trigger):
        return "detail"
    if _characterised(doc, sentence, trigger, markers):
        return "characterised"
    if _ongoing(doc, sentence, trigger):
        return "ongoing"
    if _recalled(doc, sentence, trigger):
        return "background"  # "يذكر أن الغارات … ليست جديدة، إذ أعلن البنتاغون عن غارة مماثلة"
    if any(m.entry.fields["kind"] == "since" for m in between(doc.markers, sentence.first, trigger.start)):
        return "background"  # "ومنذ بدأت القوات قصف الغوطة، قتل أكثر من 1600": a toll since then
    return "background" if _background_year(doc, sentence, trigger) else None


def _codes(lexicons: Lexicons, event_type: str, mode: str | None) -> dict[str, str | None]:
    """The ACLED and CAMEO codes of a type and mode (event_types.tsv)."""
    entry = lexicons.event_types.get((event_type, mode or "")) or lexicons.event_types[event_type, ""]
    return {
        key: entry.fields.get(key) or None
        for key in ("acled_event_type", "acled_sub_event_type", "cameo_root")
    }


_NAME_REACH = 30
"""More tokens than any actor name has: a name holding a trigger starts at most this far before it."""


def _in_name(doc: Doc, trigger: Hit) -> bool:
    """Whether a trigger is a word of a longer actor name: "دعم" in "تحالف دعم الشرعية"."""
    return any(
        trigger.end <= m.end and m.end - m.start > trigger.end - trigger.start
        for m in between(doc.actors, trigger.start - _NAME_REACH, trigger.start + 1)
    )


CROWD = frozenset({"protest.demonstrator", "protest.protester", "protest.rioters"})
"""Triggers that name a crowd of protesters."""
_STORM = frozenset({"coerce.storm.noun", "coerce.storm.verb"})
"""Storming: a raid by forces (COERCE), a riot when protesters do it."""


def _crowd_object(doc: Doc, sentence: Sentence, hit: Hit) -> bool:
    """Whether protesters are named as the object or one side of something else, not as protesting:
    "على متظاهرين", "اشتباكات بين قوات الأمن والمتظاهرين"."""
    if hit.entry.id not in CROWD:
        return False
    if doc.marker_before(hit.start) in ("locative", "preposition") or "PREP" in hit.analysis.kinds:
        return True
    clause = sentence.clause_of(hit.start)
    return any(  # one of the sides after "بين", a few words back in its clause
        marker.entry.fields["kind"] == "locative"
        and 0 < hit.start - marker.end <= _REACH
        and sentence.clause_of(marker.start) == clause
        for marker in between(doc.markers, sentence.first, hit.start)
    )


def _typed(hit: Hit, crowd: bool) -> tuple[str, str | None]:
    """A trigger's event type and mode: "حاول المتظاهرون اقتحام مقر المحافظ" -> PROTEST riot."""
    if crowd and hit.entry.id in _STORM:
        return "PROTEST", "riot"
    return hit.entry.fields["event_type"], hit.entry.fields.get("mode") or None


_HEADING_WORDS = 15
"""A line this short that ends with no punctuation is a headline or a subheading."""
_CLOSERS = "\"')]”» "


def _reported(doc: Doc, sentence: Sentence) -> bool:
    """Whether a sentence reports something: not a question ("ما هو غاز نوفيتشوك وكيف يقتل؟") nor a
    headline, which repeats the body in a line of its own with no full stop ("حماس تهدد بضرب …")."""
    text = doc.norm.text[sentence.span.start : sentence.span.end].rstrip(_CLOSERS)
    if text.endswith(("؟", "?")):
        return False
    heading = text[-1:].isalnum() and sentence.last - sentence.first <= _HEADING_WORDS
    return not (heading and len(doc.sentences) > 1)


def _aftermath(hit: Hit) -> bool:
    """Whether a trigger may tell what a disaster caused: a toll or damage of an ASSAULT ("مقتل", "دمر"), a
    state of emergency ("حالة الطوارئ"); not an arrest, though it has a count ("اعتقال 5")."""
    fields = hit.entry.fields
    if fields["event_type"] == "COERCE":
        return fields.get("mode") == "martial-law"
    return bool(fields.get("casualty")) or fields.get("mode") == "destroy"


def _disaster(doc: Doc, sentence: Sentence, own: list[Hit]) -> bool:
    """Whether an event tells only a toll, damage or a state of emergency that its sentence puts down to a
    disaster: "أسفر الحريق عن مقتل 5", "تحطم طائرة … ومقتل 107", "أعلنت حالة الطوارئ بعد الإعصار"
    (triggers.tsv, NONE rows of mode disaster); not "قتل 5 في تفجير أدى إلى حريق", where the bombing is a
    trigger of its own."""
    toll = all(_aftermath(hit) for hit in own)
    return toll and any(
        hit.entry.fields["event_type"] == "NONE" and hit.entry.fields.get("mode") == "disaster"
        for hit in sentence.starting_in(doc.triggers)
    )


def _sentence_events(doc: Doc, lexicons: Lexicons, number: int, sentence: Sentence) -> list[Draft]:
    here = sentence.starting_in(doc.triggers)
    if not here or not _reported(doc, sentence):
        return []
    triggers = [
        hit
        for hit in here
        if hit.entry.fields["event_type"] != "NONE"
        and not _in_name(doc, hit)
        and not unreal(doc, sentence, hit)
    ]
    denials = {hit.start for hit in doc.reporting if hit.entry.fields["kind"] == "deny"}
    if any(hit.start not in denials for hit in triggers):
        # "نفت أذربيجان قصف المدنيين": the denial belongs to the shelling (denied_by), it is no event
        triggers = [hit for hit in triggers if hit.start not in denials]
    triggers = [hit for hit in triggers if not _crowd_object(doc, sentence, hit)]
    crowd = any(hit.entry.id in CROWD for hit in triggers)
    typed = [(hit, *_typed(hit, crowd)) for hit in triggers]
    drafts = []
    for event_type in dict.fromkeys(kind for _, kind, _ in typed):
        own = [hit for hit, kind, _ in typed if kind == event_type]
        if event_type in ("ASSAULT", "COERCE") and _disaster(doc, sentence, own):
            continue  # a fire, a crash, a flood: no attack, no martial law
        modes = [mode for _, kind, mode in typed if kind == event_type and mode]
        mode = "riot" if "riot" in modes else next(iter(modes), None)
        casualty_words = [hit for hit in own if hit.entry.fields.get("casualty")]
        casualties, field_evidence, victims = read_casualties(doc, sentence, casualty_words)
        first = own[0]
        trigger = doc.evidence(first.start, first.end, f"triggers:{first.entry.id}")
        evidence = doc.char_evidence(sentence.span.start, sentence.span.end)
        event = Event(
            id=event_id(doc.article.id, event_type, evidence.start, evidence.end),
            article_id=doc.article.id,
            event_type=event_type,
            mode=mode,
            target=victims,
            evidence=evidence,
            field_evidence={"trigger": trigger, **field_evidence},
            **_codes(lexicons, event_type, mode),
            **casualties.model_dump(),
        )
        drafts.append(Draft(event, number, tuple(own)))
    return drafts


def find_events(doc: Doc, lexicons: Lexicons) -> Doc:
    """Fill `drafts`: one event per sentence and event type its triggers state."""
    drafts = [
        draft
        for number, sentence in enumerate(doc.sentences)
        for draft in _sentence_events(doc, lexicons, number, sentence)
    ]
    return replace(doc, drafts=tuple(drafts))
