"""The typed records rasd reads and writes: articles in, events out.

An event's JSON follows shared/eval/SCHEMA.md (EVENT) and adds fields: a stable `id`,
per-field evidence with the rule that produced it, and flags for hedged or vague counts.
Casualty and attribution fields sit at the top level of the event, as the schema has them.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

EventType = Literal[
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
]
Sector = Literal["GOV", "MIL", "REB", "CVL", "MED", "IGO", "PTY", "OTHER"]
Category = Literal["civilians", "women", "children", "men", "soldiers", "fighters", "police"]
CasualtyField = Literal["killed", "injured", "captured", "missing"]


class Record(BaseModel):
    """Base of every record: unknown fields are refused, instances are immutable."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class Article(Record):
    """One news article as rasd reads it."""

    id: str = Field(description="Identifier, unique in its source (JSONL `id`, or the file name).")
    text: str = Field(description="The article body exactly as published; every evidence offset points here.")
    published: dt.date | None = Field(
        None, description="Publication date; relative dates resolve against it."
    )
    outlet: str | None = Field(None, description="Who published it, e.g. 'BBC Arabic'.")
    url: str | None = Field(None, description="Where it was published.")
    title: str | None = Field(None, description="Headline, when known.")


class Evidence(Record):
    """A span of the original article text, and the lexicon entry that made rasd read it so."""

    text: str = Field(description="The span, verbatim: article.text[start:end].")
    start: int = Field(ge=0, description="Character offset of the span's start in the original text.")
    end: int = Field(ge=0, description="Character offset just past the span's end.")
    rule: str | None = Field(None, description="Id of the lexicon entry (file:id) that fired, if any.")


class Actor(Record):
    """Who acts or is acted on."""

    name: str | None = Field(None, description="English name, e.g. 'Azerbaijani armed forces'.")
    name_ar: str | None = Field(None, description="The name as the article writes it.")
    country: str | None = Field(None, description="ISO 3166-1 alpha-3 or IGO code (UN EU NATO AU ARL).")
    sector: Sector | None = Field(None, description="GOV MIL REB CVL MED IGO PTY OTHER.")


class Place(Record):
    """Where an event happened."""

    name: str | None = Field(None, description="English name, e.g. 'Nagorno-Karabakh'.")
    name_ar: str | None = Field(None, description="The name as the article writes it.")
    country: str | None = Field(None, description="ISO 3166-1 alpha-3.")
    admin1: str | None = Field(None, description="First-level administrative division.")
    lat: float | None = None
    lon: float | None = None
    geonames_id: int | None = None
    precision: int | None = Field(
        None, description="1 town, 2 region/admin1, 3 country (ACLED geo_precision)."
    )


class Casualties(Record):
    """People killed, injured, captured or missing in one event, as the text states them."""

    killed: int | None = Field(None, ge=0, description="People killed; null when not stated or vague.")
    injured: int | None = Field(None, ge=0, description="People injured; null when not stated or vague.")
    captured: int | None = Field(None, ge=0, description="People arrested, detained, abducted or captured.")
    missing: int | None = Field(None, ge=0, description="People missing.")
    breakdown: dict[Category, int] = Field(
        default_factory=dict, description="Who the killed were (or the injured, when none were killed)."
    )
    approximate: bool = Field(False, description="A count is hedged: نحو، حوالي، أكثر من، على الأقل.")
    vague: list[CasualtyField] = Field(
        default_factory=list, description="Counts stated only vaguely (عشرات، مئات): left null."
    )


class Attribution(Record):
    """Whose claim an event is, and who denies it."""

    reported_by: str | None = Field(None, description="Source the text attributes the report to.")
    denied_by: list[str] = Field(default_factory=list, description="Countries or actors that deny it.")


class EventHead(Record):
    """What happened, who did it to whom, where and when: the first fields of an event."""

    id: str = Field(description="Stable id: the same article, type and sentence give the same id.")
    article_id: str
    event_type: EventType
    mode: str | None = Field(None, description="PLOVER mode of the event type, e.g. 'aerial'.")
    acled_event_type: str | None = Field(
        None, description="ACLED event type, e.g. 'Explosions/Remote violence'."
    )
    acled_sub_event_type: str | None = Field(
        None, description="ACLED sub-event type, e.g. 'Air/drone strike'."
    )
    cameo_root: str | None = Field(None, description="CAMEO root code, '01' to '20'.")
    actor: Actor | None = None
    target: Actor | None = None
    location: Place | None = None
    date: dt.date | None = Field(None, description="When it happened, resolved against the publication date.")
    date_precision: Literal["day", "week", "month", "year"] | None = Field(
        None, description="How precisely the date is known (ACLED time_precision: day 1, week 2, month 3)."
    )


# Bases are listed last-first: pydantic orders fields from the deepest base, so the JSON
# reads head, casualties, attribution, evidence.
class Event(Attribution, Casualties, EventHead):
    """One happening an article reports, every field backed by a span of the article."""

    evidence: Evidence = Field(description="The sentence that states the event.")
    field_evidence: dict[str, Evidence] = Field(
        default_factory=dict,
        description="Per field (trigger, killed, breakdown.women …): the span and rule that produced it.",
    )


class ArticleEvents(Record):
    """rasd's output for one article: `{"id": ..., "events": [...]}`."""

    id: str
    events: list[Event] = Field(default_factory=list)


class Report(Record):
    """One article's own claim about a happening: its numbers, its source, its denials, its sentence."""

    event_id: str = Field(description="The event this article's extraction produced.")
    article_id: str
    outlet: str | None = None
    url: str | None = None
    published: dt.date | None = None
    killed: int | None = None
    injured: int | None = None
    captured: int | None = None
    missing: int | None = None
    reported_by: str | None = None
    denied_by: list[str] = Field(default_factory=list)
    evidence: Evidence
    why: str | None = Field(
        None, description="Why this report was merged into the happening (None for the first report)."
    )


class Range(Record):
    """The smallest and largest figure the sources give."""

    min: int = Field(ge=0)
    max: int = Field(ge=0)


class CanonicalEvent(Event):
    """One happening told by one or more articles: the most complete report's event, plus every report.

    Its `killed`/`injured` are those of the report it is based on; the ranges span every source.
    """

    reports: list[Report] = Field(default_factory=list, description="Every article that reports it.")
    killed_range: Range | None = None
    injured_range: Range | None = None


def event_id(article_id: str, event_type: str, start: int, end: int, part: int = 0) -> str:
    """A stable id for an event from its article, type and evidence span (and which of the sentence's
    events of that type it is, after the first: "دعت الأمم المتحدة والاتحاد الأوروبي" -> 0 and 1)."""
    key = f"{article_id}\x1f{event_type}\x1f{start}\x1f{end}" + (f"\x1f{part}" if part else "")
    return f"ev-{hashlib.sha1(key.encode()).hexdigest()[:16]}"
