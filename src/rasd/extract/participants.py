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
The target is the people a casualty count names (set by `find_events`: "قتل 7 مدنيين" -> civilians);
else, for a recall, the state the ambassador is recalled from ("استدعت سفيرها في طهران"); else the first
mention after the trigger that is not the actor and not a place ("في X"), a nationality standing alone
for civilians ("على ثلاثة إسرائيليين"); else, for an attack that hurt people of no stated kind ("قتلوا
خمسة أشخاص"), civilians, of the country where it happened (set by `find_places`).
"""

from __future__ import annotations

from dataclasses import replace

from rasd.doc import Doc, Draft, Sentence
from rasd.extract.actors import ActorMention
from rasd.model import Actor, Evidence, event_id
from rasd.text.normalise import normalise_form
from rasd.text.tokens import analyses

STATEMENTS = frozenset(
    {"ACCUSE", "REQUEST", "REJECT", "SUPPORT", "THREATEN", "CONSULT", "AGREE", "COOPERATE"}
)
"""Event types that are things said or agreed: their actor is who says it."""
_BETWEEN = "بين"
_FROM = "من"
_FOR = "ل"
_MUTUAL = frozenset({"CONSULT", "AGREE", "COOPERATE"})
"""Statements made by two sides together: their first side after "بين" is the actor."""
_PAIR_REACH = 4
"""How many words the first of a pair after "بين" may have: "بين قطاع غزة وإسرائيل"."""
_RESUMPTIVE = ("ه", "ها", "هم")
"""The pronoun by which a verb after "الذي/التي/الذين" points back to the noun: "الهجوم الذي شنته"."""
_RELATIVE_REACH = 4
"""How many tokens after a noun its relative clause may begin: "التفجير الإرهابي، الذي"."""
_NISBA_ENDINGS = (normalise_form("ي"), normalise_form("ية"))
_POINTING_BACK = frozenset(
    normalise_form(preposition + pronoun)
    for preposition in ("ب", "ل", "علي", "إلي", "في", "من", "عن")
    for pronoun in ("ه", "ها", "هم")
)
"""A preposition with the pronoun of the noun a relative clause describes: "التي طالب بها"."""
_UNDERGO = frozenset(normalise_form(stem) for stem in ("شهد", "تعرض", "تلقى", "تلقا", "عانى", "عاش", "واجه"))
"""Verbs whose subject suffers or sees what the noun names: "الهجوم الذي شهدته فرنسا"."""
_PLURAL = ("VERB", "وا")
"""The ending of a verb whose subject is a pronoun "they": a verb before a subject it names is singular."""
_PLURAL_NOUN = ("ون", "ين", "ان")
"""Endings of plural and dual nouns."""
_COMMAS = frozenset({"،", ","})
_TITLE_WORDS = 6
"""How many words a title between a verb and the name after it may have: "زعيم الجمهوريين في الكونغرس"."""
_QUOTES = frozenset("\"'«»“”")
_ARMED = frozenset({"MIL", "REB"})
_AGREEING = {normalise_form("إنها"): "ت", normalise_form("أنها"): "ت", normalise_form("إنهم"): "وا",
             normalise_form("أنهم"): "وا"}  # fmt: skip
"""A pronoun of the speaker before a verb, and the ending by which the verb agrees with it."""
_PEOPLE_REACH = 4
"""How many tokens after a protest verb its people may begin: "تظاهر المئات من العراقيين"."""
_SOMEONE = ("+people:person.", "+people:protester.")
"""Rules of counts of persons of no stated kind, or of protesters (people.tsv): "5 أشخاص", "27 متظاهرا"."""
_NO_EVIDENCE = Evidence(text="", start=0, end=0)
_AGENT_REACH = 8
"""How many tokens after a trigger "على يد", "من قبل" may begin and still name who did it; further on
they name who did something else ("استدعت سفيرها … بعد التصريحات العدائية من جانب مسؤولين إيرانيين")."""
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
    if mention.clitic:
        return "preposition"
    return "locative" if _second_side(doc, mention.start) else None


def _second_side(doc: Doc, start: int) -> bool:
    """Whether a word starting with و is the second of a pair after "بين": "بين قطاع غزة وإسرائيل"."""
    if not doc.tokens[start].text.startswith("و"):
        return False
    for at in range(start - 1, max(start - _PAIR_REACH, 0) - 1, -1):
        if doc.tokens[at].kind != "word":
            return False
        if doc.tokens[at].text == _BETWEEN:
            return True
    return False


_SOURCE_REACH = 3
"""How many tokens after "قال", "أعلن", "بحسب" a reporter may begin: right after it, or after a title
("أفاد مدير المرصد", "قال العقيد الركن")."""
_CHAIN_GAP = 3
_NAME_WORDS = 3
"""How many words a name between commas after a reporter's title may have: "، تيتو كارنافيان،"."""
"""How many tokens may join the parts of one reporter: "مدير المرصد السوري، رامي عبد الرحمن"."""
_THAT = frozenset(normalise_form(word) for word in ("أن", "إن", "بأن", "أنه", "إنه", "بأنه"))
"""Words after which a reporter's words end and what is reported begins."""


def _reporter(doc: Doc, start: int, by_start: dict[int, ActorMention]) -> list[int]:
    """The starts of the mentions that name one reporter, from `start` on. When "أن"/"إن" closes them,
    every part of the chain: "أفاد مدير المرصد السوري لحقوق الإنسان رامي عبد الرحمن، أن …"; else only
    a mention right at `start` ("أعلنت قيادة قوات الشرطة مقتل 3": the police may be the actor)."""
    found = []
    at, reach = start, _SOURCE_REACH
    while True:
        nxt = next((k for k in range(at, min(at + reach, len(doc.tokens))) if k in by_start), None)
        if nxt is None or any(doc.tokens[k].text in _THAT for k in range(at, nxt)):
            break
        found.append(nxt)
        at, reach = by_start[nxt].end, _CHAIN_GAP
    if found and _closed(doc, at):
        return found
    return [start] if start in by_start else []


def _closed(doc: Doc, at: int) -> bool:
    """Whether "أن"/"إن" comes next, maybe after a name between commas the lexicons do not know:
    "أكد قائد الشرطة الإندونيسية، تيتو كارنافيان، أن"."""
    at = _past_punct(doc, at)
    if at < len(doc.tokens) and doc.tokens[at].text in _THAT:
        return True
    if at == 0 or doc.tokens[at - 1].text not in _COMMAS:
        return False
    name = at
    while name < min(at + _NAME_WORDS, len(doc.tokens)) and doc.tokens[name].kind == "word":
        name += 1
    if name == at or name >= len(doc.tokens) or doc.tokens[name].text not in _COMMAS:
        return False
    after = _past_punct(doc, name)
    return after < len(doc.tokens) and doc.tokens[after].text in _THAT


def _past_punct(doc: Doc, at: int) -> int:
    while at < len(doc.tokens) and doc.tokens[at].kind == "punct":
        at += 1
    return at


def _sources(doc: Doc) -> set[int]:
    """Where reporters start: the mentions naming who "قال", "أعلن", "بحسب": they report, they do not act."""
    by_start = {m.start: m for m in doc.actors}
    return {
        at
        for hit in doc.reporting
        if hit.entry.fields["kind"] in ("say", "per")
        for at in _reporter(doc, hit.end, by_start)
    }


def _in_sentence(doc: Doc, sentence: Sentence) -> list[ActorMention]:
    return list(sentence.starting_in(doc.actors))


def _agent(doc: Doc, draft: Draft, mentions: list[ActorMention]) -> ActorMention | None:
    """Rule 1: the mention after "على يد", "من قبل", "من جانب", or "من" right after a violent noun
    ("تعرضت إلى قصف من تركيا"), in the trigger's clause; not for statements. An armed side glued to
    "ل" right after a violent or deploying noun is its owner, who did it: "في كمين للحركة", "هجوم
    لمسلحين", "تعزيزات للحوثيين"."""
    if draft.event.event_type in STATEMENTS:
        return None
    sentence = doc.sentences[draft.sentence]
    clause = sentence.clause_of(draft.triggers[0].start)
    agents = {
        hit.end
        for hit in doc.reporting
        if hit.entry.fields["kind"] == "agent"
        and any(0 <= hit.start - trigger.end <= _AGENT_REACH for trigger in draft.triggers)
    }
    nouns = [
        hit
        for hit in draft.triggers
        if draft.event.event_type in ("ASSAULT", "MOBILIZE")
        and hit.entry.pos == "noun"
        and not hit.entry.fields.get("casualty")
        and hit.end < len(doc.tokens)
    ]
    violent = [hit for hit in nouns if draft.event.event_type == "ASSAULT"]
    after_from = {hit.end + 1 for hit in violent if doc.tokens[hit.end].text == _FROM}
    owned_by = {hit.end for hit in nouns}  # "كمين للحركة", "تعزيزات للحوثيين"
    return next(
        (
            m
            for m in mentions
            if (
                m.start in agents
                or (m.start in after_from and m.kind != "nisba")
                or (m.start in owned_by and m.clitic == _FOR and m.actor.sector in _ARMED)
            )
            and m.actor.sector != "CVL"
            and sentence.clause_of(m.start) == clause
        ),
        None,
    )


def _idafa(doc: Doc, draft: Draft, mentions: list[ActorMention]) -> ActorMention | None:
    """Rule 2: the mention right after a violent noun, with no preposition: "قصف القوات الأذربيجانية".

    A nisba right after it names the attacker's country: "الغارات الإسرائيلية" -> ISR, armed forces
    for an attack. After a casualty noun it names the victims instead ("مقتل الإيرانيين"), so not there.
    """
    if draft.event.event_type in STATEMENTS:
        return None
    # right after the noun, or inside a phrase that ends with the actor's first word ("قصف المدفعية"),
    # quotes allowed between: 'استهداف "الزوارق الحربية الإسرائيلية"'
    ends = {
        _past_quotes(doc, at)
        for hit in draft.triggers
        if hit.entry.pos in ("noun", "exact")
        for at in range(hit.start + 1, hit.end + 1)
    }
    violent = {
        _past_quotes(doc, hit.end)
        for hit in draft.triggers
        if hit.entry.pos == "noun" and not hit.entry.fields.get("casualty")
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


def _visitor(doc: Doc, draft: Draft, mentions: list[ActorMention]) -> ActorMention | None:
    """Rule 2c: who visits or meets is the mention right after a meeting noun, its subject in idafa:
    "خلال زيارة الرئيس الروسي لبكين" -> Russia (the host comes after, with ل or إلى). Not after a noun
    with a pronoun, whose owner is the visitor or the host: "زيارته بريطانيا", "خلال استقباله المبعوث"."""
    if draft.event.event_type != "CONSULT":
        return None
    ends = {
        _past_quotes(doc, hit.end)
        for hit in draft.triggers
        if hit.entry.pos == "noun" and doc.tokens[hit.end - 1].text.endswith(hit.entry.words[-1])
    }
    return next(
        (
            m
            for m in mentions
            if m.start in ends
            and m.kind not in ("nisba", "country")  # "زيارة طهران", "محادثات أستانا": where, not who
            and m.actor.country
            and _governor(doc, m) is None
        ),
        None,
    )


def _past_quotes(doc: Doc, at: int) -> int:
    """The first token from `at` on that is not a quotation mark."""
    while at < len(doc.tokens) and doc.tokens[at].kind == "punct" and doc.tokens[at].text in _QUOTES:
        at += 1
    return at


def _crowd(draft: Draft, mentions: list[ActorMention]) -> ActorMention | None:
    """Rule 0: the people or forces the event's own words name are its actor: protesters of a protest,
    "وحاول المتظاهرون اقتحام …"; forces that deploy, "انتشرت قوات خاصة" (a trigger that holds them)."""
    event_type = draft.event.event_type
    if event_type not in ("PROTEST", "MOBILIZE"):
        return None
    inside = (
        m
        for m in mentions
        for hit in draft.triggers
        if (m.start <= hit.start and hit.end <= m.end) or (hit.start <= m.start and m.end <= hit.end)
    )
    return next((m for m in inside if event_type == "PROTEST" or m.actor.sector in _ARMED), None)


def _people(doc: Doc, mention: ActorMention) -> bool:
    """Whether a nisba names people, not a thing of that country: plural or dual ("العراقيين",
    "فلسطينيون", "فلسطينيان") or a demonym ("الروس"); "القنصلية الإيرانية" is a thing."""
    if mention.kind != "nisba":
        return False
    demonym = ".demonym" in mention.rule
    return demonym or doc.tokens[mention.end - 1].text.endswith(_PLURAL_NOUN)


def _protesters(doc: Doc, draft: Draft, mentions: list[ActorMention]) -> ActorMention | None:
    """Rule 0b: a protest's people named by their nationality, after its verb or before its noun:
    "تظاهر المئات من العراقيين" -> IRQ civilians; "حيث تجمع فلسطينيون … من الاحتجاجات" -> PSE civilians."""
    if draft.event.event_type != "PROTEST":
        return None
    trigger = draft.triggers[0]
    sentence = doc.sentences[draft.sentence]
    clause = sentence.clause_of(trigger.start)
    if trigger.entry.pos == "verb":
        near = [m for m in mentions if trigger.end <= m.start < trigger.end + _PEOPLE_REACH]
    else:
        near = [m for m in mentions if m.end <= trigger.start and sentence.clause_of(m.start) == clause][::-1]
    speakers = {hit.start for hit in doc.reporting if hit.entry.fields["kind"] == "say"}
    people = next((m for m in near if _people(doc, m) and m.end not in speakers), None)
    if people is None:
        return None
    return replace(people, actor=people.actor.model_copy(update={"sector": "CVL"}))


def _between(
    doc: Doc, draft: Draft, mentions: list[ActorMention]
) -> tuple[ActorMention, ActorMention | None] | None:
    """Rule 2b: "اشتباكات بين قوات الجيش المصري وهذه العناصر": the two sides after "بين" a violent noun,
    or a meeting or an agreement: "لقاء بين ترامب وبوتين"."""
    if draft.event.event_type in STATEMENTS and draft.event.event_type not in _MUTUAL:
        return None
    for hit in draft.triggers:
        if hit.entry.pos == "verb" or hit.end >= len(doc.tokens) or doc.tokens[hit.end].text != _BETWEEN:
            continue
        sides = [m for m in mentions if m.start > hit.end and m.kind != "nisba"][:2]
        if sides and sides[0].start == hit.end + 1:
            return sides[0], (sides[1] if len(sides) > 1 else None)
    return None


def _relative(doc: Doc, verb: int) -> bool | None:
    """Whether the word at `verb` opens a relative clause ("الذي", "التي" before it), and if so whether
    a pronoun points back to the noun described, so that its subject follows: "الهجوم الذي تشنه تركيا",
    "الهدنة التي طالب بها مجلس الأمن" -> True; "التفجير الذي استهدف مقر القيادة" -> False (the
    explosion did it); no relative -> None."""
    if verb <= 0 or doc.marker_before(verb) != "relative":
        return None
    word = doc.tokens[verb].text
    carried = len(word) > len(_RESUMPTIVE[0]) + 2 and word.endswith(_RESUMPTIVE)
    after = doc.tokens[verb + 1].text if verb + 1 < len(doc.tokens) else ""
    return carried or after in _POINTING_BACK


def _undergoes(word: str) -> bool:
    """Whether a verb tells what its subject suffered or saw, not did: "الهجوم الذي شهدته فرنسا"."""
    return any(analysis.stem in _UNDERGO for analysis in analyses(word))


def _relative_agent(doc: Doc, draft: Draft, mentions: list[ActorMention]) -> ActorMention | None:
    """Rule 1b: who does what a noun names, told in a relative clause right after it (an adjective may
    come between): "الهجوم الذي تشنه تركيا", "المجزرة التي ارتكبتها المليشيات الحوثية" -> the subject
    after the verb that points back to the noun; not "الهجوم الذي شهدته فرنسا" (France suffered it)."""
    for hit in draft.triggers:
        if hit.entry.pos in ("noun", "exact") and not hit.entry.fields.get("casualty"):
            found = _told_after(doc, draft, hit.end, mentions)
            if found:
                return found
    return None


def _told_after(doc: Doc, draft: Draft, end: int, mentions: list[ActorMention]) -> ActorMention | None:
    """The subject of a relative clause that begins at `end` (or after an adjective) and points back."""
    last = min(end + _RELATIVE_REACH, doc.sentences[draft.sentence].last - 1)
    verb = next((k for k in range(end, last) if doc.marker_before(k) == "relative"), None)
    if verb is None or not all(_describes(doc.tokens[k].text) for k in range(end, verb - 1)):
        return None
    if not _relative(doc, verb) or _undergoes(doc.tokens[verb].text):
        return None
    start = verb + 2 if doc.tokens[verb + 1].text in _POINTING_BACK else verb + 1
    return next(
        (m for m in mentions if m.start == start and _governor(doc, m) is None and m.kind != "nisba"),
        None,
    )


def _describes(word: str) -> bool:
    """Whether a word between a noun and its relative clause may describe the noun: a comma or a nisba
    adjective ("التفجير الإرهابي، الذي", "الغارات الجوية التي"); not another noun ("تأييدها الخطوات التي")."""
    return word in _COMMAS or word.endswith(_NISBA_ENDINGS)


def _subject_after(doc: Doc, draft: Draft, mentions: list[ActorMention]) -> ActorMention | None:
    """Rule 3: the subject right after a verb trigger; a nisba right after it is a person of that
    country ("أطلق فلسطيني النار" -> PSE). Not after a relative with no pronoun: "الذي استهدف مقر
    قيادة القوات" (what the noun before names did it; the forces are the object)."""
    for hit in draft.triggers:
        if hit.entry.pos != "verb" or _PLURAL in hit.analysis.suffixes:
            continue  # "وطالبوا الأمم المتحدة": a plural verb's subject is in it, what follows is its object
        if _relative(doc, hit.start) is False:
            continue
        for mention in mentions:
            near = hit.end <= mention.start < hit.end + _SUBJECT_REACH
            noun = mention.kind != "nisba" or mention.start == hit.end
            if near and noun and _governor(doc, mention) is None:
                return mention
    return None


def _fronted(doc: Doc, draft: Draft, mentions: list[ActorMention]) -> ActorMention | None:
    """Rule 3a: after "أن"/"إن" the subject comes before its verb: "أن الإمارات تدعم جهود المبعوث"."""
    for hit in draft.triggers:
        if hit.entry.pos != "verb":
            continue
        subject = next((m for m in mentions if m.end == hit.start and m.kind != "nisba"), None)
        if subject and subject.start > 0 and doc.tokens[subject.start - 1].text in _THAT:
            return subject
    return None


def _apposition(doc: Doc, draft: Draft, mentions: list[ActorMention]) -> ActorMention | None:
    """Rule 3b: a person named between commas after the title that follows a verb:
    "ودعا زعيم الجمهوريين في الكونغرس، بول راين، الاثنين، ترمب إلى" -> Paul Ryan."""
    hit = draft.triggers[0]
    if hit.entry.pos != "verb":
        return None
    stop = min(hit.end + _TITLE_WORDS + 1, doc.sentences[draft.sentence].last)
    comma = next((k for k in range(hit.end + 1, stop) if doc.tokens[k].text in _COMMAS), None)
    if comma is None or any(doc.tokens[k].kind != "word" for k in range(hit.end, comma)):
        return None
    person = next((m for m in mentions if m.start == comma + 1 and m.kind == "named"), None)
    closed = person and person.end < len(doc.tokens) and doc.tokens[person.end].text in _COMMAS
    return person if closed else None


def _subject_before(doc: Doc, draft: Draft, mentions: list[ActorMention]) -> ActorMention | None:
    """Rule 5: the nearest ungoverned mention before the trigger; a nisba only as the subject of the
    verb that opens its clause ("أطلق فلسطيني النار … فقتل اثنين")."""
    trigger = draft.triggers[0]
    first = trigger.start
    sentence = doc.sentences[draft.sentence]
    counted_after = any(q.start == trigger.end for q in doc.quantities)
    if trigger.entry.fields.get("casualty") and _PLURAL in trigger.analysis.suffixes and not counted_after:
        return None  # "22 من المسلحين الحوثيين قتلوا": who comes before "they were killed" is the victims

    def noun(m: ActorMention) -> bool:
        return m.kind != "nisba" or m.start - 1 in sentence.clause_starts

    before = [m for m in mentions if m.end <= first and noun(m) and _governor(doc, m) is None]
    return _first_joined(doc, before) if before else None


def _first_joined(doc: Doc, before: list[ActorMention]) -> ActorMention:
    """The last mention, or the first of the sides joined to it by و: "شنت الولايات المتحدة وبريطانيا
    وفرنسا عملية" -> the United States."""
    at = len(before) - 1
    while (
        at > 0
        and doc.tokens[before[at].start].text.startswith("و")
        and before[at - 1].end == before[at].start
    ):
        at -= 1
    return before[at]


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


def _posted_in(doc: Doc, draft: Draft, mentions: list[ActorMention]) -> ActorMention | None:
    """The state an ambassador is recalled from is the target: "استدعت سفيرها في طهران" -> Iran."""
    if draft.event.event_type != "SANCTION" or draft.event.mode != "withdraw":
        return None
    end = draft.triggers[0].end
    return next(
        (
            m
            for m in mentions
            if m.start == end + 1 and m.kind == "country" and _governor(doc, m) == "locative"
        ),
        None,
    )


def _headless(doc: Doc, draft: Draft, mention: ActorMention) -> bool:
    """Whether a nisba stands for people on its own, no noun before it that it describes: after a
    preposition, a number, the trigger or a comma ("على ثلاثة إسرائيليين"); not "مسؤولين إيرانيين"."""
    before = mention.start - 1
    if mention.clitic or before < 0 or doc.tokens[before].kind != "word":
        return True
    counted = any(q.end == mention.start for q in doc.quantities)
    after_trigger = any(hit.end == mention.start for hit in draft.triggers)
    return counted or after_trigger or doc.marker_before(mention.start) is not None


def _what_it_is(doc: Doc, draft: Draft, mention: ActorMention) -> ActorMention:
    """A nisba target that stands for people on its own is civilians: "أطلق النار على ثلاثة إسرائيليين"
    -> ISR CVL. A singular nisba ("الصحفي السعودي", "نظيره الروسي") keeps no sector: its noun says."""
    if mention.kind != "nisba" or mention.actor.sector or not _people(doc, mention):
        return mention
    if not _headless(doc, draft, mention):
        return mention
    return replace(mention, actor=mention.actor.model_copy(update={"sector": "CVL"}))


def _counted_people(draft: Draft) -> Actor | None:
    """The victims of an attack who are counted with no kind of their own are civilians: "أصابت ثلاثة
    أشخاص" -> CVL (their country is the place's, set by `find_places`)."""
    event = draft.event
    if event.event_type != "ASSAULT" or event.target:
        return None
    rules = [(event.field_evidence.get(role) or _NO_EVIDENCE).rule or "" for role in ("killed", "injured")]
    # a casualty word gives the role to a noun that says only "people": "قتل 5 أشخاص"; not "نقلنا 13
    # مصابا" (the noun itself is the casualty), nor "مقتل 50 قياديا" (a noun no list knows)
    told = any(rule.startswith("triggers:") and any(kind in rule for kind in _SOMEONE) for rule in rules)
    return Actor(name="people", sector="CVL") if told else None


def _speaker_itself(doc: Doc, draft: Draft) -> ActorMention | None:
    """Rule 7: "قالت البحرين: إنها استدعت سفيرها": a verb after "إنها"/"إنهم" (agreeing with it) is done by
    the one who says so. Not after "إنه", which is as often the impersonal "it" ("أنه تم …")."""
    trigger = draft.triggers[0]
    start = trigger.start
    if start < 2 or start <= doc.sentences[draft.sentence].first:
        return None
    by_start = {m.start: m for m in doc.actors}
    if trigger.entry.pos == "noun" and "PRON" in trigger.analysis.kinds:
        return _own_act(doc, draft, by_start)
    ending = _AGREEING.get(doc.tokens[start - 1].text)
    if trigger.entry.pos != "verb" or ending is None or not doc.tokens[start].text.endswith(ending):
        return None
    says = [
        hit
        for hit in doc.reporting
        if hit.entry.fields["kind"] == "say" and doc.sentences[draft.sentence].first <= hit.start < start
    ]
    for hit in reversed(says):
        speakers = _reporter(doc, hit.end, by_start)
        if speakers:
            return by_start[speakers[0]]
    return None


def _own_act(doc: Doc, draft: Draft, by_start: dict[int, ActorMention]) -> ActorMention | None:
    """Rule 7b: "أعلن الاتحاد الأوروبي استدعاءه لسفيره": a verbal noun with a pronoun, right after the
    one who announces it, is that one's own act."""
    start = draft.triggers[0].start
    for hit in doc.reporting:
        if hit.entry.fields["kind"] != "say" or not hit.end <= start <= hit.end + _SUBJECT_REACH + 2:
            continue
        speakers = _reporter(doc, hit.end, by_start)
        if speakers and by_start[speakers[-1]].end == start:
            return by_start[speakers[-1]]
    return None


def _continued(doc: Doc, draft: Draft, drafts: list[Draft]):
    """The actor of an event with no subject of its own, from the sentence before (rule 6):
    a statement goes on with the speaker before it ("دعت الخارجية الروسية … وذكرت في بيان لها");
    a verb that opens its sentence with a plural pronoun subject ("فاستهدفوا مواقع عسكرية") goes on
    with the last act before it: a verb before a subject it names would be singular."""
    statement = draft.event.event_type in STATEMENTS
    trigger = draft.triggers[0]
    if not statement:
        opening = _past_quotes(doc, doc.sentences[draft.sentence].first) == trigger.start
        plural = _PLURAL in trigger.analysis.suffixes
        if trigger.entry.pos != "verb" or not (opening and plural):
            return None
    previous = [
        d
        for d in drafts
        if d.sentence == draft.sentence - 1
        and d.event.actor
        and (d.event.event_type in STATEMENTS) == statement
    ]
    return previous[-1].event.actor if previous else None


def _shares_actor(doc: Doc, draft: Draft, earlier: Draft) -> bool:
    """Whether an event with no subject of its own is done by the actor of an earlier one of its sentence
    ("نددت أرمينيا … وطالبت"). Not a noun of another kind of event that the earlier one acts on or
    happens in: "قتلت القوات 60 فلسطينيا في احتجاجات", "استهدف الطيران تعزيزات للحوثيين"."""
    hit = draft.triggers[0]
    if hit.entry.pos == "verb" or hit.entry.fields.get("casualty") or draft.event.event_type in STATEMENTS:
        return True
    if draft.event.event_type == earlier.event.event_type:
        return True
    governed = doc.marker_before(hit.start) in ("locative", "preposition") or "PREP" in hit.analysis.kinds
    acted_on = any(trigger.end == hit.start for trigger in earlier.triggers)
    return not (governed or acted_on)


def _with_evidence(event, field: str, doc: Doc, mention: ActorMention):
    evidence = doc.evidence(mention.start, mention.end, mention.rule)
    return {**event.field_evidence, field: evidence}


def find_participants(doc: Doc) -> Doc:
    """Set each event's actor and target (see the module docstring)."""
    drafts = []
    sources = _sources(doc)
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
            mentions = [m for m in mentions if m.start not in sources and m.actor.sector != "MED"]
        sides = _between(doc, draft, mentions)
        actor = (
            _crowd(draft, mentions)
            or _agent(doc, draft, mentions)
            or _relative_agent(doc, draft, mentions)
            or _idafa(doc, draft, mentions)
            or _visitor(doc, draft, mentions)
            or (sides[0] if sides and not statement else None)
            or _fronted(doc, draft, mentions)
            or _subject_after(doc, draft, mentions)
            or _apposition(doc, draft, mentions)
            or (sides[0] if sides and statement else None)  # "لقاء بين ترامب وبوتين", after "توسط الأردن"
            or _protesters(doc, draft, mentions)
            or _speaker_itself(doc, draft)
        )
        event = draft.event
        if actor is None and earlier:
            if _shares_actor(doc, draft, earlier[-1]):
                event = event.model_copy(update={"actor": earlier[-1].event.actor})
        else:
            actor = actor or _subject_before(doc, draft, mentions)
        if actor is None and event.actor is None:
            event = event.model_copy(update={"actor": _continued(doc, draft, drafts)})
        if actor:
            evidence = _with_evidence(event, "actor", doc, actor)
            event = event.model_copy(update={"actor": actor.actor, "field_evidence": evidence})
        if sides and actor is sides[0] and sides[1] and not event.target:
            target = sides[1]
        else:
            target = (
                None
                if event.target
                else _posted_in(doc, draft, mentions) or _target(doc, draft, actor, mentions)
            )
        if target:
            target = _what_it_is(doc, draft, target)
            evidence = _with_evidence(event, "target", doc, target)
            event = event.model_copy(update={"target": target.actor, "field_evidence": evidence})
        victims = None if target else _counted_people(replace(draft, event=event))
        if victims:
            event = event.model_copy(update={"target": victims})
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
