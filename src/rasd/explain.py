"""Why rasd reads an article the way it does: every field of every event, its span and its rule."""

from __future__ import annotations

from rasd.model import Actor, ArticleEvents, Event

_WIDTH = 60


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _WIDTH else text[: _WIDTH - 1] + "…"


def _actor(actor: Actor | None) -> str:
    if actor is None:
        return "-"
    return f"{actor.name or actor.name_ar} ({actor.country or '?'}, {actor.sector or '?'})"


def _value(event: Event, field: str) -> str:
    head = field.split(".")[0]
    if head in ("actor", "target"):
        return _actor(getattr(event, head))
    if head == "breakdown":
        return str(event.breakdown.get(field.split(".", 1)[1], ""))
    if head == "denied_by":
        return ", ".join(event.denied_by)
    value = getattr(event, head, None)
    return "" if value is None else str(value)


def explain_event(event: Event) -> list[str]:
    """Lines that show each field of an event with the span and rule behind it."""
    names = ("killed", "injured", "captured", "missing")
    counts = " ".join(f"{name}={getattr(event, name)}" for name in names if getattr(event, name) is not None)
    lines = [
        f"{event.id}  {event.event_type}  mode={event.mode or '-'}  {counts}",
        f"  sentence  [{event.evidence.start}:{event.evidence.end}]  {_short(event.evidence.text)}",
    ]
    for field, evidence in event.field_evidence.items():
        value = _value(event, field)
        shown = f"{field} = {value}" if value else field
        span = f"«{_short(evidence.text)}» [{evidence.start}:{evidence.end}]"
        lines.append(f"  {shown:<40} {span}  {evidence.rule or ''}")
    return lines


def explain(result: ArticleEvents) -> str:
    """The explanation of one article's events, as text."""
    lines = [f"# {result.id}: {len(result.events)} event(s)"]
    for event in result.events:
        lines += explain_event(event)
    return "\n".join(lines)
