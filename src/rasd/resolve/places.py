"""Where an event happened: the most specific place of its sentence, with coordinates.

Places come from the gazetteer (places.tsv: GeoNames cities with their Arabic names, and curated
regions and governorates). A name shared by several places ("طرابلس" in Libya and Lebanon) is the
one in the country the article names most, else the most populous. An event takes the first place
of its sentence; without one, the country named after "في" in its sentence ("في العراق"), else, for a
happening (not a statement), the place of the happening told before it, else the country the article
is most about. People counted with no nationality ("قتل 7 مدنيين") are taken
to be of the country where it happened.

    قتل 3 جنود في هجوم بمدينة إدلب   -> Idlib (SYR), precision 1 (town), lat/lon, geonames_id
    في إقليم ناغورني قره باغ          -> Nagorno-Karabakh (AZE), precision 2 (region)
    في العراق                        -> Iraq (IRQ), precision 3 (country)
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from rasd.doc import Doc, Draft, between
from rasd.extract.actors import ActorMention
from rasd.extract.participants import STATEMENTS
from rasd.lexicon.lexicons import Lexicons
from rasd.lexicon.loader import Entry
from rasd.lexicon.matcher import Hit
from rasd.model import Evidence, Place

PRECISION = {"city": 1, "admin1": 2, "region": 2}
"""ACLED geo_precision by gazetteer kind: 1 town, 2 region or admin1, 3 country."""
COUNTRY_LEVEL = 3
FOREIGN_CITY = 1_000_000
"""A place in a country the article never names must have this many people to be believed."""


def _country_place(mention: ActorMention) -> Place:
    actor = mention.actor
    return Place(name=actor.name, name_ar=actor.name_ar, country=actor.country, precision=COUNTRY_LEVEL)


def _gazetteer_place(entry: Entry, written: str) -> Place:
    fields = entry.fields
    return Place(
        name=fields["name_en"],
        name_ar=written,
        country=fields["country"],
        admin1=fields.get("admin1") or None,
        lat=float(fields["lat"]),
        lon=float(fields["lon"]),
        geonames_id=int(fields["geonames_id"]) if fields.get("geonames_id") else None,
        precision=PRECISION[fields["kind"]],
    )


def _located(doc: Doc, mention: ActorMention) -> bool:
    """Whether a country or capital mention stands where a place does: "في العراق", "بالعراق"."""
    if mention.kind != "country" or mention.start == 0:
        return False
    return doc.marker_before(mention.start) == "locative" or doc.tokens[mention.start].text.startswith("ب")


def _country_counts(doc: Doc) -> Counter:
    return Counter(m.actor.country for m in doc.actors if m.kind in ("country", "nisba") and m.actor.country)


def _home(doc: Doc, counts: Counter) -> ActorMention | None:
    """The first mention (by name, capital or nisba) of the country the article names most, of those
    it mentions so."""
    mentions = {}
    for mention in doc.actors:
        if mention.kind in ("country", "nisba") and mention.actor.country:
            mentions.setdefault(mention.actor.country, mention)
    named = [code for code in counts if code in mentions]
    return mentions[max(named, key=lambda code: counts[code])] if named else None


def _place_countries(doc: Doc, lexicons: Lexicons) -> dict[tuple[str, ...], list[str]]:
    """The country of each place name of the article that has one country only ("ريف إدلب" -> SYR),
    once per mention, by name."""
    countries: dict[tuple[str, ...], list[str]] = {}
    for other in doc.places:
        named = {
            entry.fields["country"] for entry in lexicons.place_names.get(other.entry.words, [other.entry])
        }
        if len(named) == 1:
            countries.setdefault(other.entry.words, []).append(named.pop())
    return countries


def _choose(
    doc: Doc, hit: Hit, lexicons: Lexicons, actors: Counter, places: dict[tuple[str, ...], list[str]]
) -> Entry | None:
    """Of the places sharing a name, the one in the country the article names most, else the most populous.

    Every actor with a country counts (الجيش اللبناني counts for Lebanon), except the name itself, and so
    does every other place of the article whose name belongs to one country only ("إدلب"). A
    place in a country the article never names is kept only if it is a big city (`FOREIGN_CITY`):
    "كابول" in an Afghan story is not the village in Israel, and a dateline is not where it happened.
    `actors` counts the countries of every actor, `places` those of `_place_countries`.
    """
    candidates = lexicons.place_names.get(hit.entry.words, [hit.entry])
    inside = Counter(m.actor.country for m in between(doc.actors, hit.start, hit.end) if m.actor.country)
    counts = actors - inside  # keeps positive counts only, as if counted without them
    for words, countries in places.items():
        if words != hit.entry.words:  # a name is no evidence for itself
            counts.update(countries)

    def rank(entry: Entry) -> tuple[int, int]:
        population = entry.fields.get("population") or "0"
        return counts.get(entry.fields["country"], 0), int(population) if population.isdigit() else 0

    best = max(candidates, key=rank)
    known, population = rank(best)
    if not known and population < FOREIGN_CITY and _names_a_country(doc, hit, places):
        return None
    return best


def _names_a_country(doc: Doc, hit: Hit, places: dict[tuple[str, ...], list[str]]) -> bool:
    """Whether the article names a country by name or capital, or by a town of it, other than `hit`;
    a nisba alone does not: "غارة جوية روسية على مدينة دوما" names no country, Douma stays.
    `places` is `_place_countries`: a town of one country other than `hit`'s name counts."""
    named = any(m.kind == "country" and not (hit.start <= m.start < hit.end) for m in doc.actors)
    return named or any(words != hit.entry.words for words in places)


def _dateline(doc: Doc, hit: Hit) -> bool:
    """Whether a place opens the article and a punctuation mark follows it: a dateline ("أتلانتا، …
    (CNN)--", "بيروت - "), where the story was filed, not where it happened."""
    return hit.start == 0 and hit.end < len(doc.tokens) and doc.tokens[hit.end].kind == "punct"


def find_places(doc: Doc, lexicons: Lexicons) -> Doc:
    """Set each event's location (see the module docstring)."""
    actors = Counter(m.actor.country for m in doc.actors if m.actor.country)
    named = _place_countries(doc, lexicons)
    chosen = [(hit, _choose(doc, hit, lexicons, actors, named)) for hit in doc.places]
    places = [(hit, entry) for hit, entry in chosen if entry is not None]
    home = _home(doc, _country_counts(doc))
    drafts: list[Draft] = []
    for draft in doc.drafts:
        sentence = doc.sentences[draft.sentence]
        here = [(hit, entry) for hit, entry in places if sentence.first <= hit.start < sentence.last]
        here.sort(key=lambda place: _dateline(doc, place[0]))  # a dateline only when nothing else
        countries = [m for m in doc.actors if sentence.first <= m.start < sentence.last and _located(doc, m)]
        place, evidence = None, None
        if here:
            hit, entry = here[0]
            evidence = doc.evidence(hit.start, hit.end, f"places:{entry.id}")
            place = _gazetteer_place(entry, evidence.text)
        elif countries:
            evidence = doc.evidence(countries[0].start, countries[0].end, countries[0].rule)
            place = _country_place(countries[0])
        elif draft.event.event_type not in STATEMENTS and (earlier := _last_place(drafts)):
            place = earlier  # the story goes on where it was: "وقتل رجل آخر …" after "على حدود قطاع غزة"
        elif home:
            place = _country_place(home)
        if place:
            draft = replace(draft, event=_placed(draft, place, evidence))
        drafts.append(draft)
    return replace(doc, drafts=tuple(drafts))


def _last_place(drafts: list[Draft]) -> Place | None:
    """The place of the nearest earlier event that happened somewhere (not a statement)."""
    return next(
        (
            d.event.location
            for d in reversed(drafts)
            if d.event.location and d.event.event_type not in STATEMENTS
        ),
        None,
    )


def _placed(draft: Draft, place: Place, evidence: Evidence | None):
    update: dict = {"location": place}
    target = draft.event.target
    if target and target.country is None and target.name_ar is None and place.country:
        # people counted with no nationality ("7 مدنيين") are of the country where it happened
        update["target"] = target.model_copy(update={"country": place.country})
    if evidence:
        update["field_evidence"] = {**draft.event.field_evidence, "location": evidence}
    return draft.event.model_copy(update=update)
