"""Actor mentions: named actors, state bodies with their country, countries, kinds of people.

القوات الأذربيجانية          -> Azerbaijan forces (AZE, MIL)          institution + nisba
وزارة الدفاع في أذربيجان     -> Azerbaijan Ministry of Defence (AZE, GOV)  institution + في + name
الرئيس الأذربيجاني إلهام علييف -> Ilham Aliyev (AZE, GOV)             office + named person
أرمينيا                       -> Armenia (ARM, GOV)                    country name
بالعملية الأذرية              -> Azerbaijan (AZE)                      a nisba on its own
المتحدث باسم وزارة الدفاع    -> the ministry's spokesman (its country and sector)  office + باسم + body

A name or an office said again later means the same actor: "تركي المالكي … وأوضح المالكي",
"السفير الفرنسي … وقال السفير" (see `_surnames`, `_antecedents`).
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, replace

from rasd.doc import Doc
from rasd.lexicon.lexicons import Lexicons
from rasd.lexicon.matcher import Hit
from rasd.lexicon.roles import role_on
from rasd.model import Actor
from rasd.text.normalise import normalise_form
from rasd.text.tokens import analyses

_NAME_PARTICLES = frozenset(normalise_form(word) for word in ("عبد", "أبو", "ابن", "بن", "آل", "ولد"))
"""Words that bind a name to the word after it ("عبد الرحمن"): that word alone is no surname."""
_ON_BEHALF = normalise_form("باسم")
"""The word between a spokesman and the body he speaks for: "المتحدث باسم الجيش"."""
_COMMAS = frozenset({"،", ","})
_CITY = frozenset(normalise_form(word) for word in ("العاصمة", "عاصمة"))
"""A capital after this word names the city: "العاصمة صنعاء"."""
_ANTECEDENT = "antecedent"
"""The rule part of a mention resolved to one named before it."""
_REACH = 2
"""How many words may stand between a state body and the nisba that gives its country (المسلحة، العربي)."""
_DASHES = frozenset("-–—")
_DATELINE_OPENERS = _DASHES | {"("}
"""What closes the place an article is sent from: "بيروت (رويترز) -", "القاهرة - أ ف ب"."""
_DATELINE_WORDS = 6
"""How many tokens the place of a dateline may have: "دبي، الإمارات العربية المتحدة (CNN)"."""


@dataclass(frozen=True, slots=True)
class ActorMention:
    """An actor named at tokens[start:end]."""

    start: int
    end: int
    actor: Actor
    kind: str
    """named, institution, office (a spokesman), group, country (a name or capital), nisba."""
    rule: str
    clitic: str | None = None
    """A preposition glued to its first word ("بالرئيس" -> "ب"): the mention is then an object."""
    owned: bool = False
    """Its noun carries a possessive pronoun ("قواته", "قواتها"): it belongs to someone named before."""
    definite: bool = False
    """Its noun is definite ("السفير", "المتحدث")."""
    anaphora: str | None = None
    """What a bare definite form refers to (institutions.tsv `anaphora`): "before", the last one of its
    kind named with a country; "named", the last armed group or party named before ("الحركة"); "own",
    only the country its own words give, never the article's ("المسؤولين"); "head", the last actor named
    before whose name has its noun ("التحالف العربي … التحالف"), else no country; "bound", an actor only
    with a nisba right after it ("الأمن المغربي"; "الأمن" alone is no actor)."""
    head: str = ""
    """The noun a "head" form shares with the full name it stands for: "التحالف" -> "تحالف"."""


def _clitic(hit: Hit) -> str | None:
    """The preposition glued to a hit's first word, if any: "بالعراق" -> "ب"."""
    return next((form for kind, form in hit.analysis.prefixes if kind == "PREP"), None)


def _named(hit: Hit, lexicons: Lexicons, day: dt.date | None, text: str) -> ActorMention:
    key = hit.entry.fields["actor"]
    role = role_on(lexicons.roles[key], day)
    actor = Actor(name=role.name_en, name_ar=text, country=role.country, sector=role.sector)
    return ActorMention(hit.start, hit.end, actor, "named", f"actors:{hit.entry.id}", _clitic(hit))


def _country(hit: Hit, text: str) -> ActorMention:
    kind = hit.entry.fields["kind"]
    fields = hit.entry.fields
    sector = "GOV" if kind in ("name", "capital") else None
    actor = Actor(name=fields["name_en"], name_ar=text, country=fields["country"], sector=sector)
    kind = "country" if sector else "nisba"
    return ActorMention(hit.start, hit.end, actor, kind, f"countries:{hit.entry.id}", _clitic(hit))


def _country_after(doc: Doc, end: int, countries: dict[int, Hit]) -> Hit | None:
    """The country a state body belongs to: a nisba within `_REACH` words, or في + a country name."""
    for at in range(end, min(end + _REACH + 1, len(doc.tokens))):
        hit = countries.get(at)
        if hit and (hit.entry.fields["kind"] in ("nisba", "demonym") or at == end):
            return hit
        if doc.tokens[at].kind != "word":
            return None
    if doc.marker_before(end + 1) == "locative":  # "وزارة الدفاع في أذربيجان"
        hit = countries.get(end + 1)
        if hit and hit.entry.fields["kind"] == "name":
            return hit
    return None


def _body(doc: Doc, hit: Hit, countries: dict[int, Hit], text_of) -> ActorMention:
    fields = hit.entry.fields
    country = _country_after(doc, hit.end, countries) if fields["kind"] == "institution" else None
    if country and fields.get("anaphora") == "bound" and country.start != hit.end:
        country = None  # "الأمن القومي المصري": security as a matter, not a force
    if country is None and fields["kind"] == "group":
        nisba = countries.get(hit.end)
        country = nisba if nisba and nisba.entry.fields["kind"] == "nisba" else None
    end = country.end if country else hit.end
    name = fields["name_en"]
    if country:
        name = f"{country.entry.fields['name_en']} {name}"
    actor = Actor(
        name=name,
        name_ar=text_of(hit.start, end),
        country=country.entry.fields["country"] if country else None,
        sector=fields["sector"],
    )
    rule = f"institutions:{hit.entry.id}" + (f"+countries:{country.entry.id}" if country else "")
    owned = "PRON" in hit.analysis.kinds
    definite = "DET" in hit.analysis.kinds or hit.entry.words[0].startswith("ال")
    anaphora = fields.get("anaphora") or None
    head = normalise_form(hit.entry.words[-1].removeprefix("ال")) if anaphora == "head" else ""
    return ActorMention(
        hit.start, end, actor, fields["kind"], rule, _clitic(hit), owned, definite, anaphora, head
    )


def _the_city(doc: Doc, hit: Hit) -> bool:
    """Whether a capital is named as the city, not its government: "العاصمة صنعاء", "بالعاصمة كابول"."""
    if hit.entry.fields["kind"] != "capital" or hit.start == 0:
        return False
    word = doc.tokens[hit.start - 1].text
    return any(
        analysis.stem in _CITY and {kind for kind, _ in analysis.prefixes} <= {"CONJ", "PREP", "DET"}
        for analysis in analyses(word)
    )


def _skip_quotes(doc: Doc, at: int) -> int:
    while at < len(doc.tokens) and doc.tokens[at].text in "\"'":
        at += 1
    return at


def find_actors(doc: Doc, lexicons: Lexicons) -> Doc:
    """Fill `actors`: every actor mention, left to right, none overlapping (see the module docstring)."""

    def text_of(start: int, end: int) -> str:
        return doc.quote(start, end)

    day = doc.article.published
    people = lexicons.actors.find(doc.tokens)
    named = [_named(hit, lexicons, day, text_of(hit.start, hit.end)) for hit in people]
    all_countries = lexicons.countries.find(doc.tokens)
    dateline = _dateline(doc, all_countries)
    country_hits = [hit for hit in all_countries if hit.start >= dateline]
    named += _surnames(doc, people, named, {hit.start for hit in country_hits}, lexicons)
    taken = {i for mention in named for i in range(mention.start, mention.end)}
    countries = {hit.start: hit for hit in country_hits if hit.start not in taken}
    bodies = []
    for hit in lexicons.institutions.find(doc.tokens):
        if any(at in taken for at in range(hit.start, hit.end)):
            continue  # "قوات التحالف الدولي": the named coalition
        body = _body(doc, hit, countries, text_of)
        bodies.append(body)
        taken.update(range(body.start, body.end))
    named_at = {mention.start: mention for mention in named}
    mentions = list(named)
    for body in bodies:
        person = named_at.get(_skip_quotes(doc, body.end))
        if person and body.actor.sector == "GOV" and person.actor.sector in ("GOV", None):
            # "الرئيس الأذربيجاني إلهام علييف": the office and the person are one mention
            mentions.remove(person)
            actor = person.actor.model_copy(update={"name_ar": text_of(body.start, person.end)})
            rule = f"{body.rule}+{person.rule}"
            mentions.append(replace(person, start=body.start, actor=actor, rule=rule, clitic=body.clitic))
        else:
            mentions.append(body)
    covered = {i for m in mentions for i in range(m.start, m.end)}
    mentions += [
        _country(hit, text_of(hit.start, hit.end))
        for start, hit in countries.items()
        if start not in covered and not _the_city(doc, hit)
    ]
    mentions = _owners(doc, _spokesmen(doc, sorted(mentions, key=lambda m: m.start), text_of))
    places = [hit for hit in doc.places if hit.start >= dateline]
    home = _home_country(list(countries.values()) + places)
    mentions = [
        m if _sentence_country(doc, mentions, m, countries) else _antecedent(mentions, m) for m in mentions
    ]
    mentions = [_at_home(m, _sentence_country(doc, mentions, m, countries) or home) for m in mentions]
    mentions = [_named_antecedent(mentions, m) for m in mentions]
    mentions = [_head_antecedent(mentions, m) for m in mentions]
    mentions = [m for m in mentions if m.anaphora != "bound" or m.actor.country]
    mentions = [m for m in mentions if m.kind != "office" or m.actor.country]  # "المتحدث الأمني": whose?
    mentions = [m for m in mentions if not _refers_back(m) or m.actor.country or _ANTECEDENT in m.rule]
    return replace(doc, actors=tuple(sorted(mentions, key=lambda m: m.start)))


def _dateline(doc: Doc, country_hits: list[Hit]) -> int:
    """Where the dateline that opens an article ends (0 if none): the place it was sent from names
    neither an actor nor the article's country: "دبي، الإمارات العربية المتحدة (CNN)--" -> 5."""
    named = {i for hit in list(country_hits) + list(doc.places) for i in range(hit.start, hit.end)}
    for at in range(min(_DATELINE_WORDS + 1, len(doc.tokens))):
        token = doc.tokens[at]
        if token.text in _DATELINE_OPENERS:
            return at if _sender(doc, at) else 0
        if token.text not in _COMMAS and at not in named:
            return 0
    return 0


def _sender(doc: Doc, at: int) -> bool:
    """Whether a dash, or an agency between brackets then a dash, comes at `at`: "(رويترز) -", "(CNN)--",
    "- أ ف ب"; not a remark between brackets ("روسيا (وهي حليفة دمشق) قصفت")."""
    if doc.tokens[at].text != "(":
        return True
    close = next((k for k in range(at + 1, min(at + 5, len(doc.tokens))) if doc.tokens[k].text == ")"), None)
    return close is not None and close + 1 < len(doc.tokens) and doc.tokens[close + 1].text in _DASHES


def _surname(doc: Doc, hit: Hit, lexicons: Lexicons) -> str | None:
    """The last name of a person named in full ("تركي المالكي" -> "المالكي"), if it can stand alone."""
    person = any(role.office for role in lexicons.roles[hit.entry.fields["actor"]])
    if not person or hit.end - hit.start < 2 or doc.tokens[hit.end - 2].text in _NAME_PARTICLES:
        return None
    last = doc.tokens[hit.end - 1].text
    return last if len(last) > 3 else None


def _said_again(word: str, surname: str) -> str | None:
    """Whether a word is the surname, with at most و ف ب ل before it; the preposition if any."""
    if surname not in word:
        return None
    for analysis in analyses(word):
        if analysis.stem == surname and not analysis.suffixes:
            kinds = {kind for kind, _ in analysis.prefixes}
            if kinds <= {"CONJ", "PREP"}:
                return next((form for kind, form in analysis.prefixes if kind == "PREP"), "")
    return None


def _surnames(
    doc: Doc, hits: list[Hit], named: list[ActorMention], countries: set[int], lexicons: Lexicons
) -> list[ActorMention]:
    """A person's last name alone, after the full name, is that person: "تركي المالكي … وأوضح المالكي"."""
    taken = {i for mention in named for i in range(mention.start, mention.end)}
    words = [token.text if token.kind == "word" else "" for token in doc.tokens]
    holding: dict[str, list[int]] = {}  # the words holding each surname, found once per article
    found: list[ActorMention] = []
    for hit, mention in zip(hits, named, strict=True):
        surname = _surname(doc, hit, lexicons)
        if surname and surname not in holding:
            holding[surname] = [i for i, word in enumerate(words) if surname in word]
        positions = holding[surname] if surname else []
        for at in positions[bisect_left(positions, hit.end) :]:
            if at in taken or at in countries:
                continue
            clitic = _said_again(words[at], surname)
            if clitic is not None:
                actor = mention.actor.model_copy(update={"name_ar": doc.evidence(at, at + 1).text})
                found.append(
                    replace(
                        mention,
                        start=at,
                        end=at + 1,
                        actor=actor,
                        clitic=clitic or None,
                        rule=f"{mention.rule}+surname",
                    )
                )
                taken.add(at)
    return found


def _spokesmen(doc: Doc, mentions: list[ActorMention], text_of) -> list[ActorMention]:
    """A spokesman speaks for the body named after "باسم": "المتحدث باسم الجيش الإسرائيلي" -> ISR, MIL."""
    result = list(mentions)
    for mention in mentions:
        if mention.kind != "office" or mention.end >= len(doc.tokens):
            continue
        if doc.tokens[mention.end].text != _ON_BEHALF:
            continue
        start = _skip_quotes(doc, mention.end + 1)
        body = next((m for m in result if m.start == start and m.kind not in ("nisba", "office")), None)
        if body is None or mention not in result:
            continue
        name = f"spokesman of {body.actor.name}"
        actor = body.actor.model_copy(update={"name": name, "name_ar": text_of(mention.start, body.end)})
        merged = replace(
            mention, end=body.end, actor=actor, rule=f"{mention.rule}+{body.rule}", kind=body.kind
        )
        result[result.index(mention)] = merged
        result.remove(body)
    return result


def _family(mention: ActorMention) -> tuple[str, ...]:
    """The kind of body a mention names, from its rule: "institutions:ministry.foreign.short" -> the
    foreign ministry, the same as "institutions:ministry.foreign"."""
    return tuple(mention.rule.split("+")[0].split(".")[:2])


def _antecedent(mentions: list[ActorMention], mention: ActorMention) -> ActorMention:
    """A definite state body or office with no country of its own is the last one of its kind named with
    one: "قال السفير الفرنسي … وقال السفير" -> France's ambassador; "وأشار المتحدث" -> that spokesman."""
    if mention.anaphora != "before" or mention.actor.country or not mention.definite:
        return mention
    earlier = [
        m for m in mentions if m.end <= mention.start and m.actor.country and _family(m) == _family(mention)
    ]
    return _resolved(mention, earlier[-1]) if earlier else mention


def _named_antecedent(mentions: list[ActorMention], mention: ActorMention) -> ActorMention:
    """A bare "الحركة", "الجماعة", "التنظيم" is the last armed group or party named before it:
    "حركة الشباب … في كمين للحركة" -> al-Shabaab."""
    if not _refers_back(mention) or mention.actor.country:
        return mention
    earlier = [
        m
        for m in mentions
        if m.end <= mention.start and m.kind == "named" and m.actor.sector in ("REB", "PTY")
    ]
    return _resolved(mention, earlier[-1]) if earlier else mention


def _head_antecedent(mentions: list[ActorMention], mention: ActorMention) -> ActorMention:
    """A bare "التحالف" is the last actor named before whose name has "تحالف": "التحالف العربي … غارات
    التحالف" -> the Saudi-led coalition."""
    if mention.anaphora != "head" or mention.actor.country or not mention.head:
        return mention
    earlier = [
        m
        for m in mentions
        if m.end <= mention.start
        and m.kind == "named"
        and mention.head in normalise_form(m.actor.name_ar or "")
    ]
    return _resolved(mention, earlier[-1]) if earlier else mention


def _organised(mention: ActorMention) -> bool:
    """Whether a mention names one armed group or party by its name: "حركة حماس", "تنظيم داعش"."""
    return mention.kind == "named" and mention.actor.sector in ("REB", "PTY")


def _refers_back(mention: ActorMention) -> bool:
    """Whether a mention is a bare definite group noun that stands for a group named before: "الحركة"."""
    return mention.anaphora == "named" and mention.definite


def _resolved(mention: ActorMention, antecedent: ActorMention) -> ActorMention:
    """The mention, standing for the actor of an earlier one, with its own words."""
    actor = antecedent.actor.model_copy(update={"name_ar": mention.actor.name_ar})
    return replace(mention, actor=actor, rule=f"{mention.rule}+{_ANTECEDENT}:{antecedent.rule}")


def _owners(doc: Doc, mentions: list[ActorMention]) -> list[ActorMention]:
    """ "its forces" (قواته) take the country of the last actor named before them in their sentence.

    "وقال الجيش الإسرائيلي إن قواته أطلقت النار" -> forces of Israel army (ISR)."""
    result = []
    for number, mention in enumerate(mentions):
        if mention.owned and mention.actor.country is None:
            sentence = next((s for s in doc.sentences if s.first <= mention.start < s.last), None)
            before = [
                m for m in mentions[:number] if m.actor.country and sentence and m.start >= sentence.first
            ]
            if before:
                owner = before[0].actor
                name = f"{mention.actor.name} of {owner.name}"
                actor = mention.actor.model_copy(update={"country": owner.country, "name": name})
                mention = replace(mention, actor=actor, rule=f"{mention.rule}+owner:{owner.country}")
        result.append(mention)
    return result


def _sentence_country(
    doc: Doc, mentions: list[ActorMention], mention: ActorMention, countries: dict[int, Hit]
) -> Hit | None:
    """For a state body with no country: the state its sentence names first, before it, by name or
    capital ("عبّرت تونس، عبر بلاغ صادر عن وزارة الشؤون الخارجية" -> the ministry of Tunisia)."""
    if mention.kind != "institution" or mention.actor.country:
        return None
    sentence = next((s for s in doc.sentences if s.first <= mention.start < s.last), None)
    first = next(
        (
            m
            for m in mentions
            if sentence and sentence.first <= m.start < mention.start and m.kind == "country"
        ),
        None,
    )
    return countries.get(first.start) if first else None


def _home_country(hits) -> Hit | None:
    """The country an article is most about: the one its names, nisbas, capitals and places name most."""
    counts = Counter(hit.entry.fields["country"] for hit in hits)
    if not counts:
        return None
    best = max(counts, key=lambda code: counts[code])  # ties: the first mentioned (Counter keeps order)
    return next(hit for hit in hits if hit.entry.fields["country"] == best)


def _at_home(mention: ActorMention, home: Hit | None) -> ActorMention:
    """A state body or group with no country of its own belongs to the article's country: "الشرطة" in Iraq.

    So does a named armed group that acts across borders ("داعش" in an article about Iraq)."""
    local = mention.kind in ("institution", "group") or (
        mention.kind == "named" and mention.actor.sector == "REB"
    )
    if (
        home is None
        or mention.actor.country
        or not local
        or _refers_back(mention)
        or mention.anaphora in ("own", "head", "bound")
    ):
        return mention
    fields = home.entry.fields
    actor = mention.actor.model_copy(
        update={"country": fields["country"], "name": f"{fields['name_en']} {mention.actor.name}"}
    )
    return replace(mention, actor=actor, rule=f"{mention.rule}+home:{fields['country']}")
