"""Why rasd reads an article the way it does: every field of every event, its span and its rule."""

from __future__ import annotations

from collections.abc import Iterable

from rasd.model import Actor, ArticleEvents, Event, Evidence

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


def highlight(sentence: Evidence, spans: Iterable[Evidence], mark: tuple[str, str] = ("⟦", "⟧")) -> str:
    """The sentence with each span inside it marked: "⟦قتل⟧ ⟦7 مدنيين⟧ في …" (overlapping spans merge)."""
    inside = sorted(
        (max(span.start, sentence.start), min(span.end, sentence.end))
        for span in spans
        if span.start < sentence.end and span.end > sentence.start
    )
    merged: list[list[int]] = []
    for start, end in inside:
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    text, at, parts = sentence.text, sentence.start, []
    for start, end in merged:
        parts += [text[at - sentence.start : start - sentence.start], mark[0]]
        parts += [text[start - sentence.start : end - sentence.start], mark[1]]
        at = end
    parts.append(text[at - sentence.start :])
    return "".join(parts)
