"""Casualties of one sentence: who was killed, injured, captured or missing, and how many.

A count is a number with the people it counts ("7 مدنيين", "3 من مسلحي داعش"), a dual
noun alone ("طفلان" = 2), or one person right after a casualty word ("مقتل جندي" = 1) or as the
indefinite object of a casualty verb ("اعتقلت الشرطة رجلا" = 1).
A casualty noun just after a negation counts none ("لم يسفر عن إصابات" -> injured 0).
Its role (killed, injured…) comes from its own noun ("52 قتيلا") or else from the nearest
casualty word: before it in its clause, else after it in its clause ("8 أشخاص … قتلوا"),
else, with no casualty word before it, the verb after an aside ("إن سبعة أشخاص على الأقل، بينهم
شرطيان، أصيبوا"). Counts after "بينهم"/"منهم" break the count before down.

    قتل 7 مدنيين … بينهم 3 نساء وطفلان ورجلان
    -> killed 7, breakdown {civilians 7, women 3, children 2, men 2}
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import get_args

from rasd.doc import Doc, Sentence
from rasd.extract.actors import ActorMention
from rasd.lexicon.matcher import Hit
from rasd.model import Actor, Casualties, Category, Evidence

_CATEGORIES = frozenset(get_args(Category))
_CATEGORY_SECTOR = {
    "civilians": "CVL", "women": "CVL", "children": "CVL", "men": "CVL",
    "soldiers": "MIL", "police": "MIL", "fighters": "REB",
}  # fmt: skip
_ROLES = ("killed", "injured", "captured", "missing")
_NONE_REACH = 4
"""How many tokens after a negation a casualty noun may stand and be counted as none."""
_FOLLOWING_REACH = 6
"""How many tokens after a count a casualty word may stand and still give it its role."""
_PLACE_REACH = 2
"""How many tokens after a count the place it happened in may stand: "20 مدنيا في دوما"."""
_JOINERS = ("،", "و")
"""Tokens that an aside may hold besides its counts and markers: "3 نساء و 4 أطفال،"."""
_OBJECT_GAP = 2
"""A singular noun this many tokens or fewer after a number is its noun, not an object of its own."""
_BI = "ب"
"""The clitic preposition that puts a place after a count as well as في does: "5 آخرين بعربين"."""


@dataclass(frozen=True, slots=True)
class Count:
    """A number of people in a sentence, before its role is known."""

    first: int
    """Index of its first token."""
    last: int
    """Index past its last token."""
    value: int | None
    """None when vague ("عشرات")."""
    approximate: bool
    category: str | None
    """"people" or a breakdown category; None when the number has no noun."""
    role: str | None
    """The role its noun states ("قتيلا" -> killed), else None."""
    rules: tuple[str, ...]
    country: str | None = None
    """The country of the people counted, when a nisba says it: "20 فلسطينيا", "8 متظاهرين فلسطينيين"."""


def _in(sentence: Sentence, hits: Sequence[Hit], kind: str | None = None) -> list[Hit]:
    """The hits (sorted by start) that start in the sentence (of one marker kind, if given)."""
    inside = sentence.starting_in(hits)
    return [hit for hit in inside if kind is None or hit.entry.fields.get("kind") == kind]


def _noun_after(doc: Doc, at: int, nouns: dict[int, Hit], nisbas: dict[int, ActorMention]) -> tuple | None:
    """The people a number counts, from token `at`: (end, category, role, rule, country), or None.

    A people noun ("7 مدنيين", with the nisba after it: "متظاهرين فلسطينيين"), else a nisba used
    as a noun ("20 فلسطينيا": people of that country).
    """
    noun = nouns.get(at)
    if noun:
        fields = noun.entry.fields
        nisba = nisbas.get(noun.end)
        end = nisba.end if nisba else noun.end
        country = nisba.actor.country if nisba else None
        return end, fields["category"], fields.get("role") or None, f"people:{noun.entry.id}", country
    if at in nisbas:
        return nisbas[at].end, "people", None, nisbas[at].rule, nisbas[at].actor.country
    return None


def _counts(doc: Doc, sentence: Sentence, casualty_words: list[Hit], markers: list[Hit]) -> list[Count]:
    """Every count in the sentence (see the module docstring)."""
    nouns = {hit.start: hit for hit in _in(sentence, doc.people)}
    nisbas = {m.start: m for m in sentence.starting_in(doc.actors) if m.kind == "nisba"}
    hedges = {hit.start for hit in _in(sentence, doc.markers, "approx-after")}
    after_casualty_word = {hit.end for hit in casualty_words}
    after_marker = {hit.end for hit in markers}
    counts, used = [], set()
    for quantity in sentence.starting_in(doc.quantities):
        at = quantity.end
        if at < sentence.last and doc.tokens[at].text == "من":  # "3 من مسلحي داعش"
            at += 1
        noun = None
        for place in (quantity.end, at):
            noun = _noun_after(doc, place, nouns, nisbas)
            if noun:
                used.add(place)
                break
        if noun is None and quantity.start not in after_casualty_word:
            continue  # "60 موقعا", "عام 2020": not people
        last, category, role, rule, country = noun or (quantity.end, None, None, None, None)
        hedged = quantity.approximate or last in hedges
        rules = (*quantity.rules, *((rule,) if rule else ()))
        counts.append(Count(quantity.start, last, quantity.value, hedged, category, role, rules, country))
    negated = {hit.end for hit in _in(sentence, doc.markers, "negation")}
    numbers = {
        at
        for q in doc.quantities
        if sentence.first <= q.start < sentence.last
        for at in range(q.start, q.end)
    }
    for start, noun in nouns.items():
        if start in used:
            continue
        role = noun.entry.fields.get("role")
        if role and any(0 <= start - end < _NONE_REACH for end in negated):
            # "بعدم وقوع إصابات أو ضحايا", "لم يسفر عن قتلى": none
            counts.append(Count(start, noun.end, 0, False, None, role, (f"people:{noun.entry.id}", "none")))
            continue
        number = noun.entry.fields["number"]
        one = start in after_casualty_word | after_marker or _object_of_verb(
            sentence, noun, casualty_words, numbers, nouns.values()
        )
        if number == "du" or (number == "sg" and one):
            hedged = noun.end in hedges or noun.start in doc.hedges
            value = 2 if number == "du" else 1
            category, role = noun.entry.fields["category"], noun.entry.fields.get("role") or None
            counts.append(Count(start, noun.end, value, hedged, category, role, (f"people:{noun.entry.id}",)))
    return sorted(counts, key=lambda count: count.first)


def _object_of_verb(
    sentence: Sentence, noun: Hit, casualty_words: list[Hit], numbers: set[int], nouns: Iterable[Hit]
) -> bool:
    """Whether a singular noun in the accusative of the indefinite is the object of a casualty verb a few
    words before it in its clause: "اعتقلت الشرطة رجلا" (one captured); not the noun or adjective of a
    count ("قتل \"أكثر من ثلاثين\" مسلحا", "17 فردا تكفيريا")."""
    clause = sentence.clause_of(noun.start)
    after_count = any(at in numbers for at in range(noun.start - _OBJECT_GAP, noun.start)) or any(
        people.end == noun.start for people in nouns
    )
    return (
        "ACC" in noun.analysis.kinds
        and not after_count
        and any(
            hit.entry.pos == "verb"
            and 0 <= noun.start - hit.end < _FOLLOWING_REACH
            and sentence.clause_of(hit.start) == clause
            for hit in casualty_words
        )
    )


def _aside(doc: Doc, sentence: Sentence, hits: list[Hit]) -> set[int]:
    """The tokens of a sentence that a count's subject may hold between itself and its verb: commas, a hedge
    and a breakdown ("إن سبعة أشخاص على الأقل، بينهم شرطيان، أصيبوا")."""
    spans = [*_in(sentence, doc.people), *hits]
    spans += [hit for hit in doc.quantities if sentence.first <= hit.start < sentence.last]
    aside = {at for hit in spans for at in range(hit.start, hit.end)}
    return aside | {at for at in range(sentence.first, sentence.last) if doc.tokens[at].text in _JOINERS}


def _role_word(count: Count, sentence: Sentence, casualty_words: list[Hit], aside: set[int]) -> Hit | None:
    """The casualty word that gives a count its role (see the module docstring)."""
    clause = sentence.clause_of(count.first)
    before = [hit for hit in casualty_words if hit.end <= count.first]
    after = [hit for hit in casualty_words if hit.start >= count.last]
    same_before = [hit for hit in before if sentence.clause_of(hit.start) == clause]
    same_after = [
        hit
        for hit in after
        if sentence.clause_of(hit.start) == clause and hit.start - count.last <= _FOLLOWING_REACH
    ]
    if same_before:
        return same_before[-1]
    if same_after:
        return same_after[0]
    if not before and after and _predicate(count, after[0], aside):
        return after[0]  # "سبعة أشخاص على الأقل، بينهم شرطيان، أصيبوا": the verb after an aside
    return None


def _predicate(count: Count, word: Hit, aside: set[int]) -> bool:
    """Whether a casualty word is the verb of the count before it, only an aside between them; not a
    word that begins a clause of its own with و ("60 شخصا على الأقل، وأصيب أكثر من 1000"), nor the verb
    of a count that is itself in an aside ("أن 12، بينهم 4 و8 جنود، أصيبوا")."""
    between = range(count.last, word.start)
    inside = count.first - 1 in aside
    return "CONJ" not in word.analysis.kinds and not inside and all(at in aside for at in between)


def _breaks_down(count: Count, sentence: Sentence, markers: list[Hit], casualty_words: list[Hit]) -> bool:
    """Whether the count is a part of the count before it: after a "بينهم"/"منهم" of its clause,
    with no casualty word in between, and no role of its own ("و80 جريحا" is a new count)."""
    if count.role:
        return False
    clause = sentence.clause_of(count.first)
    return any(
        marker.end <= count.first
        and sentence.clause_of(marker.start) == clause
        and not any(marker.end <= word.start < count.first for word in casualty_words)
        for marker in markers
    )


def _own_place(doc: Doc, count: Count) -> Hit | None:
    """The place named right after a count, after في or ب: "20 مدنيا في دوما" -> دوما."""
    for hit in doc.places:
        gap = hit.start - count.last
        if 0 <= gap <= _PLACE_REACH and (
            doc.marker_before(hit.start) == "locative" or doc.tokens[hit.start].text.startswith(_BI)
        ):
            return hit
    return None


def _of_first_place(doc: Doc, sentence: Sentence, counts: list[Count]) -> list[Count]:
    """The counts of one role that belong to the sentence's first place, when each count has its own town.

    The event stands in the first place of its sentence (`rasd.resolve.places`), so the toll of a second
    town is not added to it: "قتل 20 مدنيا في دوما و5 في عربين" -> 20 (Douma); but "في الغوطة قتل 20 في
    دوما و5 في عربين" -> 25, both towns being in the place the event stands in.
    """
    places = [_own_place(doc, count) for count in counts]
    named = {hit.entry.words for hit in places if hit}
    if len(named) < 2 or places[0] is None:
        return counts
    first = min(_in(sentence, doc.places), key=lambda hit: hit.start)
    if first.start != places[0].start:
        return counts
    return [
        count
        for count, hit in zip(counts, places, strict=True)
        if hit is None or hit.entry.words == first.entry.words
    ]


def _victims(counts: list[Count]) -> Actor | None:
    """Who the first count names, as a target: "7 مدنيين" civilians (CVL), "20 فلسطينيا" (PSE, CVL)."""
    for count in counts:
        sector = _CATEGORY_SECTOR.get(count.category or "") or ("CVL" if count.country else None)
        if sector:
            return Actor(name=count.category, country=count.country, sector=sector)
    return None


def read_casualties(
    doc: Doc, sentence: Sentence, casualty_words: list[Hit]
) -> tuple[Casualties, dict[str, Evidence], Actor | None]:
    """The casualties a sentence states, the evidence of each count, and who was counted.

    `casualty_words` are the sentence's trigger hits that carry a casualty role, negated ones left out.
    """
    markers = _in(sentence, doc.markers, "breakdown")
    totals: dict[str, list[Count]] = defaultdict(list)
    parts: dict[str, list[tuple[Count, str]]] = defaultdict(list)
    evidence: dict[str, Evidence] = {}
    last_role = None
    aside = _aside(doc, sentence, [*markers, *_in(sentence, doc.markers, "approx-after")])
    for count in _counts(doc, sentence, casualty_words, markers):
        word = _role_word(count, sentence, casualty_words, aside)
        role = count.role or (word.entry.fields["casualty"] if word else None)
        if last_role and _breaks_down(count, sentence, markers, casualty_words):
            if count.category in _CATEGORIES and count.value is not None:
                parts[last_role].append((count, count.category))
            continue
        if role is None:
            continue
        last_role = role
        totals[role].append(count)
        if role not in evidence:
            rules = ((f"triggers:{word.entry.id}",) if word and not count.role else ()) + count.rules
            evidence[role] = doc.evidence(count.first, count.last, "+".join(rules))
    for role in _ROLES:
        totals[role] = _of_first_place(doc, sentence, totals[role])
    values: dict[str, int | None] = {}
    vague = []
    for role in _ROLES:
        numbers = [count.value for count in totals[role] if count.value is not None]
        if numbers:
            values[role] = sum(numbers)
        elif totals[role]:
            vague.append(role)
    breakdown: dict[str, int] = defaultdict(int)
    broken_down = "killed" if totals["killed"] else "injured"
    for count in totals[broken_down]:
        if count.category in _CATEGORIES and count.value is not None:
            breakdown[count.category] += count.value
    for count, category in parts[broken_down]:
        breakdown[category] += count.value or 0
        evidence.setdefault(
            f"breakdown.{category}", doc.evidence(count.first, count.last, "+".join(count.rules))
        )
    used = [count for role in _ROLES for count in totals[role]] + [count for count, _ in parts[broken_down]]
    casualties = Casualties(
        **values,
        breakdown=dict(breakdown),
        approximate=any(count.approximate for count in used),
        vague=vague,
    )
    heads = totals["killed"] or totals["injured"] or totals["captured"] or totals["missing"]
    return casualties, evidence, _victims(heads)
