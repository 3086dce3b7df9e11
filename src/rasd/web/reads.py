"""The read routes: health, events (in every export format), one event with its sources, articles, stats."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, HTTPException, Query, Response

from rasd.export import MEDIA_TYPES, to_bytes
from rasd.model import CanonicalEvent, Event
from rasd.resolve.reports import report_of
from rasd.store import EventQuery, Store
from rasd.web import examples
from rasd.web.deps import store_of
from rasd.web.models import (
    ArticleDetail,
    EventDetail,
    EventsPage,
    Health,
    Problem,
    SourceReport,
    Stats,
    Text,
)

router = APIRouter()
StoreDep = Annotated[Store, Depends(store_of)]
PAGE = 500
MAX_LIMIT = 1000
MAX_NUMBER = 2**31 - 1  # what an SQL INTEGER holds
NOT_FOUND = {404: {"model": Problem, "description": "No such id in the store."}}


@router.get(
    "/health",
    summary="Is the server up",
    description="Whether the server and its store answer: the kind of store and how many articles it holds.",
    responses={200: {"content": {"application/json": {"example": examples.HEALTH}}}},
)
def health(store: StoreDep) -> Health:
    """{"status": "ok", "store": "sqlite", "articles": 2}."""
    articles = store.stats()["articles"]
    kind = "sqlite" if store.dialect == "sqlite" else "postgresql"
    return Health(status="ok", store=kind, articles=articles["done"] + articles["failed"])


def event_query(
    event_type: Annotated[
        Text | None, Query(alias="type", description="PLOVER type.", examples=["ASSAULT"])
    ] = None,
    mode: Annotated[Text | None, Query(description="PLOVER mode.", examples=["aerial"])] = None,
    country: Annotated[
        Text | None, Query(description="ISO alpha-3 of the place, actor or target.", examples=["SYR"])
    ] = None,
    actor: Annotated[
        Text | None, Query(description="Part of the actor's name (Arabic or English) or its country.")
    ] = None,
    place: Annotated[
        Text | None, Query(description="Part of the place's name (Arabic or English).", examples=["إدلب"])
    ] = None,
    date_from: Annotated[dt.date | None, Query(alias="from", description="On or after this day.")] = None,
    date_to: Annotated[dt.date | None, Query(alias="to", description="On or before this day.")] = None,
    min_killed: Annotated[
        int | None, Query(ge=0, le=MAX_NUMBER, description="At least this many killed (highest source).")
    ] = None,
    text: Annotated[
        Text | None, Query(description="Words the article text must hold (full text).", examples=["مدنيين"])
    ] = None,
    source: Annotated[Text | None, Query(description="Part of an outlet's name.", examples=["BBC"])] = None,
    limit: Annotated[int, Query(ge=0, le=MAX_LIMIT, description="At most this many.")] = 100,
    offset: Annotated[int, Query(ge=0, le=MAX_NUMBER, description="Skip this many first (paging).")] = 0,
) -> EventQuery:
    """The EventQuery of `rasd events`' filters, from query parameters: ?place=إدلب&min_killed=1."""
    return EventQuery(
        event_type, mode, country, actor, place, date_from, date_to, min_killed, text, source, limit, offset
    )


def _format_content() -> dict:
    content: dict = {"application/json": {"example": examples.EVENTS}}
    for fmt, media_type in MEDIA_TYPES.items():
        if fmt not in ("json", "geojson"):
            content[media_type.split(";")[0]] = {"schema": {"type": "string"}}
    content["application/geo+json"] = {"schema": {"type": "object"}}
    return content


@router.get(
    "/events",
    summary="Search happenings",
    description=(
        "The happenings (events merged across outlets) matching every filter given, latest first, as "
        "`rasd events` lists them. `format`: json (default: {events, limit, offset}), jsonl, csv (ACLED "
        "columns, then rasd's), geojson or parquet."
    ),
    response_model=EventsPage,
    responses={200: {"content": _format_content()}},
)
def events(
    store: StoreDep,
    query: Annotated[EventQuery, Depends(event_query)],
    format: Annotated[
        Literal["json", "jsonl", "csv", "geojson", "parquet"], Query(description="The export format.")
    ] = "json",
) -> EventsPage | Response:
    """One page of happenings; ?place=إدلب&format=csv gives them as ACLED-style CSV."""
    found = store.happenings(query)
    if format == "json":
        return EventsPage(events=found, limit=query.limit, offset=query.offset)
    return Response(to_bytes(found, format), media_type=MEDIA_TYPES[format])


@router.get(
    "/events/{event_id}",
    summary="One happening or event, with its sources",
    description=(
        "A happening (hp-…) or one article's event (ev-…), and for each source: its report (numbers, "
        "attribution, denials), the event extracted from it with the evidence span of every field, and the "
        "article itself. Evidence offsets index `article.text`."
    ),
    responses={**NOT_FOUND, 200: {"content": {"application/json": {"example": examples.EVENT_DETAIL}}}},
)
def event(store: StoreDep, event_id: str) -> EventDetail:
    """The event page's data for hp-… or ev-…; 404 when the store has neither."""
    found: Event | None = store.happening(event_id) or store.event(event_id)
    if found is None:
        raise HTTPException(404, f"no happening or event {event_id!r}")
    reports = found.reports if isinstance(found, CanonicalEvent) else [report_of(found)]
    sources = []
    for report in reports:
        stored = store.article(report.article_id)
        article = stored.article if stored else None
        sources.append(SourceReport(report=report, event=store.event(report.event_id), article=article))
    return EventDetail(event=found, reports=sources)


@router.get(
    "/articles/{article_id}",
    summary="One stored article and its events",
    description="The article as stored, whether its extraction succeeded (else the error), and its events.",
    responses={**NOT_FOUND, 200: {"content": {"application/json": {"example": examples.ARTICLE_DETAIL}}}},
)
def article(store: StoreDep, article_id: str) -> ArticleDetail:
    """The stored article and its events; 404 when there is none."""
    stored = store.article(article_id)
    if stored is None:
        raise HTTPException(404, f"no article {article_id!r}")
    return ArticleDetail(
        article=stored.article,
        status=stored.status,
        error=stored.error,
        ingested_at=stored.ingested_at,
        events=store.article_events(article_id),
    )


@router.get(
    "/stats",
    summary="Counts for the dashboard",
    description=(
        "`rasd stats` as JSON: articles done and failed, events, happenings, events by day, type and "
        "country, and killed_by_day (the happenings' killed summed per day) for the timeline."
    ),
    responses={200: {"content": {"application/json": {"example": examples.STATS}}}},
)
def stats(store: StoreDep) -> Stats:
    """The store's counts and the timeline of killed."""
    return Stats(**store.stats(), killed_by_day=store.killed_by_day())
