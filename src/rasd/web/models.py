"""What the API takes and gives: request bodies and replies, each with an example for its OpenAPI page."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints

from rasd.model import Article, CanonicalEvent, Event, Report

# Text a database can hold: no NUL character (PostgreSQL refuses it).
Text = Annotated[str, StringConstraints(pattern=r"^[^\x00]*$")]


def storable(article: Article) -> Article:
    """The article, if a database can hold its text: no NUL character, no lone UTF-16 surrogate."""
    for name, value in article.model_dump().items():
        if not isinstance(value, str):
            continue
        if "\x00" in value:
            raise ValueError(f"'{name}' holds a NUL character")
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise ValueError(f"'{name}' holds a lone surrogate: not Unicode text") from None
    return article


STRIKE = "قتل 6 مدنيين بينهم طفلان في غارة جوية على مدينة معرة النعمان في ريف إدلب اليوم الثلاثاء."


class Problem(BaseModel):
    """Why a request was refused."""

    detail: str = Field(examples=["no happening or event 'hp-0000000000000000'"])


class FieldProblem(BaseModel):
    """One invalid field of a request."""

    loc: list[str | int] = Field(description="Where: body, query or path, then the field names.")
    msg: str
    type: str


class Invalid(BaseModel):
    """A request whose fields are invalid (422)."""

    detail: list[FieldProblem]
    message: str = Field(examples=["query.limit: Input should be less than or equal to 1000"])


class ExtractRequest(BaseModel):
    """One text to extract events from; nothing is stored."""

    model_config = ConfigDict(
        extra="forbid", json_schema_extra={"examples": [{"text": STRIKE, "published": "2019-12-24"}]}
    )

    text: Text = Field(min_length=1, description="The article text, in Arabic.")
    published: dt.date | None = Field(
        None, description="Publication date: relative dates resolve against it."
    )
    id: Text | None = Field(None, description="An id for the article (default: 'request').")


class ArticlesRequest(BaseModel):
    """Articles to extract and store; each one's events are merged with the store's happenings."""

    model_config = ConfigDict(extra="forbid")

    articles: list[Annotated[Article, AfterValidator(storable)]] = Field(
        description="The articles, as JSONL records: id, text, published, outlet…"
    )


class Tally(BaseModel):
    """What a POST /articles or /reprocess did."""

    stored: int = Field(description="Articles stored with their events.")
    already: int = Field(description="Articles the store had already (same id or same text).")
    failed: int = Field(description="Articles whose extraction failed, kept with the error for /reprocess.")
    skipped: list[str] = Field(description="Articles left alone, and why (no Arabic text).")
    problems: list[str] = Field(description="Records that could not be read.")
    events: int = Field(description="Events of the articles stored.")
    happenings: int = Field(description="Happenings in the store after merging across outlets.")


class Deleted(BaseModel):
    """An article removed, and the happenings left after merging again."""

    deleted: str
    happenings: int


class Health(BaseModel):
    """The server is up and its store answers."""

    status: Literal["ok"]
    store: Literal["sqlite", "postgresql"]
    articles: int = Field(description="Articles stored (processed or failed).")


class EventsPage(BaseModel):
    """One page of happenings (events merged across outlets), latest first."""

    events: list[CanonicalEvent]
    limit: int
    offset: int


class SourceReport(BaseModel):
    """One article's report of a happening: its claim, its own event with field evidence, its text.

    Evidence offsets (event.field_evidence, report.evidence) index article.text.
    """

    report: Report
    event: Event | None = Field(description="The event extracted from this article, with its field_evidence.")
    article: Article | None = Field(description="The article: id, title, outlet, url, published, text.")


class EventDetail(BaseModel):
    """A happening (hp-…) or one article's event (ev-…), with every source that reports it."""

    event: CanonicalEvent | Event
    reports: list[SourceReport]


class ArticleDetail(BaseModel):
    """A stored article, whether it was processed, and its events."""

    article: Article
    status: Literal["done", "failed"]
    error: str | None = Field(description="Why extraction failed (null when done).")
    ingested_at: dt.datetime
    events: list[Event]


class ArticleCounts(BaseModel):
    """Stored articles by status."""

    done: int
    failed: int


class Stats(BaseModel):
    """Counts for the dashboard: articles, events, happenings, and by day, type and country."""

    articles: ArticleCounts
    events: int
    happenings: int
    by_day: dict[str, int] = Field(description="Events per day (YYYY-MM-DD).")
    by_event_type: dict[str, int]
    by_country: dict[str, int] = Field(description="Events per ISO alpha-3 location country.")
    killed_by_day: dict[str, int] = Field(
        description="Sum of the happenings' killed per day, for the timeline."
    )
