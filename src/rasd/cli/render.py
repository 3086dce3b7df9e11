"""Happenings as text for a terminal: a table row, a full view with its sources, a store summary."""

from __future__ import annotations

from collections import Counter

from rasd.explain import highlight
from rasd.model import Actor, CanonicalEvent, Event, Place, Range, Report
from rasd.resolve.reports import report_of
from rasd.store import EventQuery, Store

TABLE_HEADER = "\t".join(("id", "date", "type", "place", "actor -> target", "killed", "injured", "sources"))


def _actor(actor: Actor | None) -> str:
    if actor is None:
        return "?"
    name = actor.name or actor.name_ar or "?"
    return f"{name} ({actor.country})" if actor.country and actor.country not in name else name


def _place(place: Place | None) -> str:
    if place is None:
        return "-"
    inside = ", ".join(part for part in (place.admin1, place.country) if part and part != place.name)
    return f"{place.name or place.name_ar} ({inside})" if inside else str(place.name or place.name_ar)


def _count(value: int | None, spread: Range | None) -> str:
    if spread and spread.min != spread.max:
        return f"{value if value is not None else '?'} ({spread.min}-{spread.max})"
    return "-" if value is None else str(value)


def _reports(event: Event) -> list[Report]:
    return event.reports if isinstance(event, CanonicalEvent) else []


def happening_row(event: Event) -> str:
    """One tab-separated line: id, date, type/mode, place, actor -> target, killed, injured, sources."""
    kind = f"{event.event_type}/{event.mode}" if event.mode else event.event_type
    spread = (getattr(event, "killed_range", None), getattr(event, "injured_range", None))
    return "\t".join(
        (
            event.id,
            str(event.date or "-"),
            kind,
            _place(event.location),
            f"{_actor(event.actor)} -> {_actor(event.target)}",
            _count(event.killed, spread[0]),
            _count(event.injured, spread[1]),
            str(len(_reports(event)) or 1),
        )
    )


def _claim(report: Report) -> str:
    counts = [f"{name} {getattr(report, name)}" for name in ("killed", "injured", "captured", "missing")]
    told = [count for count in counts if not count.endswith("None")]
    parts = [", ".join(told) or "no figures"]
    if report.reported_by:
        parts.append(f"according to {report.reported_by}")
    if report.denied_by:
        parts.append(f"denied by {', '.join(report.denied_by)}")
    return "; ".join(parts)


def happening_lines(event: Event, store: Store, mark: tuple[str, str]) -> list[str]:
    """The full view of a happening or event: fields, then each source with its marked evidence."""
    kind = f"{event.event_type}/{event.mode}" if event.mode else event.event_type
    lines = [
        f"{event.id}  {kind}  {event.date or 'date unknown'}",
        f"  where   {_place(event.location)}",
        f"  who     {_actor(event.actor)} -> {_actor(event.target)}",
        f"  killed  {_count(event.killed, getattr(event, 'killed_range', None))}"
        f"   injured {_count(event.injured, getattr(event, 'injured_range', None))}",
    ]
    if event.acled_event_type:
        lines.append(f"  ACLED   {event.acled_event_type} / {event.acled_sub_event_type}")
    reports = _reports(event) or [report_of(event)]
    lines.append(f"  sources ({len(reports)}):")
    for number, report in enumerate(reports, 1):
        told = store.event(report.event_id) or event
        stored = store.article(report.article_id)
        article = stored.article if stored else None
        outlet = report.outlet or (article.outlet if article else None) or "?"
        published = report.published or (article.published if article else None) or "?"
        lines.append(f"  [{number}] {outlet}  {published}  {report.url or (article.url if article else '')}")
        lines.append(f"      {_claim(report)}")
        marked = highlight(report.evidence, told.field_evidence.values(), mark)
        lines.append(f"      {' '.join(marked.split())}")
        if report.why:
            lines.append(f"      merged: {report.why}")
    return lines


def stats_lines(store: Store, where: str, top: int) -> list[str]:
    """A summary of the store: counts, events by type and by country, the deadliest happenings."""
    stats = store.stats()
    articles = stats["articles"]
    lines = [
        f"{where}: {articles['done']} article(s) ({articles['failed']} failed), {stats['events']} event(s),"
        f" {stats['happenings']} happening(s) across outlets",
        "by type:    " + _counts(stats["by_event_type"]),
        "by country: " + _counts(stats["by_country"]),
        "deadliest happenings:",
    ]
    deadly = store.happenings(EventQuery(min_killed=1, limit=10_000))
    deadly.sort(key=lambda h: (-(h.killed_range.max if h.killed_range else h.killed or 0), h.id))
    for happening in deadly[:top]:
        outlets = sorted({report.outlet or report.article_id for report in happening.reports})
        lines.append("  " + happening_row(happening) + "\t" + ", ".join(outlets))
    return lines


def _counts(counts: dict[str, int]) -> str:
    return "  ".join(f"{name} {count}" for name, count in Counter(counts).most_common()) or "-"
