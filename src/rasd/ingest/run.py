"""Articles into the store: extract each, keep it with its events (or its error), then merge reports.

    with open_store("rasd.db") as store:
        tally = ingest(read_articles("feeds/"), store)   # one transaction per article
        merge_store(store)                               # happenings across outlets

An article already stored (same id or same text) is not extracted again; one whose extraction
raises is stored with its error for `reprocess`; input that cannot be read is counted and named,
and the rest goes on. Killing the process leaves only whole articles: running it again finishes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from rasd.errors import InputError, SkippedInput
from rasd.lexicon.lexicons import Lexicons, load_lexicons
from rasd.model import Article
from rasd.pipeline import extract
from rasd.resolve.reports import merge_reports
from rasd.store import Store


@dataclass(slots=True)
class Tally:
    """What one ingest did."""

    stored: int = 0
    """Articles stored with their events."""
    already: int = 0
    """Articles the store had already (same id or same text)."""
    failed: int = 0
    """Articles stored with the error their extraction raised (`reprocess` retries them)."""
    skipped: list[str] = field(default_factory=list)
    """Records left alone, and why: no Arabic text."""
    problems: list[str] = field(default_factory=list)
    """Records that could not be read: file, line and problem."""
    events: int = 0
    """Events of the articles stored."""


def _extract_and_put(article: Article, store: Store, lexicons: Lexicons, tally: Tally) -> None:
    try:
        events = extract(article, lexicons).events
    except Exception as error:  # one bad article never stops a batch: it is kept with its error
        store.put_failure(article, f"{type(error).__name__}: {error}")
        tally.failed += 1
        return
    if store.put(article, events):
        tally.stored += 1
        tally.events += len(events)
    else:
        tally.already += 1


def ingest(
    items: Iterable[Article | InputError],
    store: Store,
    lexicons: Lexicons | None = None,
    step: Callable[[Article | InputError], None] | None = None,
) -> Tally:
    """Extract and store every article of `items` (see the module docstring); `step` sees each item."""
    lexicons = lexicons or load_lexicons()
    tally = Tally()
    for item in items:
        if isinstance(item, SkippedInput):
            tally.skipped.append(str(item))
        elif isinstance(item, InputError):
            tally.problems.append(str(item))
        elif store.has(item.id):
            tally.already += 1
        else:
            _extract_and_put(item, store, lexicons, tally)
        if step:
            step(item)
    return tally


def reprocess(store: Store, lexicons: Lexicons | None = None) -> Tally:
    """Extract again every article stored with an error; those that now succeed replace their failure."""
    lexicons = lexicons or load_lexicons()
    tally = Tally()
    for article in list(store.failed()):
        _extract_and_put(article, store, lexicons, tally)
    return tally


def merge_store(store: Store) -> int:
    """Merge the events of every stored article into happenings (replacing the old ones); how many."""
    return store.rebuild_happenings(merge_reports)
