"""Polling feeds: every few minutes, pass each item not seen before to a handler.

A feed that is down, slow or returns garbage is reported through `on_error`; the other feeds
and the next round go on. Whether an item was seen is the caller's answer (usually the store),
so a restarted watch does not hand the same item over twice. A `SkippedInput` (an item with no
Arabic) is reported once per watch, not every round.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable

from rasd.errors import InputError, SkippedInput
from rasd.ingest.feeds import read_feed
from rasd.ingest.fetch import DEFAULT_TIMEOUT
from rasd.model import Article


def watch(
    feeds: list[str],
    every: float,
    handle: Callable[[Article], None],
    seen: Callable[[str], bool],
    on_error: Callable[[InputError], None],
    rounds: int | None = None,
    sleep: Callable[[float], None] = time.sleep,
    timeout: float = DEFAULT_TIMEOUT,
    published: dt.date | None = None,
) -> int:
    """Poll `feeds` every `every` minutes (`rounds` times, or forever); return how many items were handled."""
    notified: set[str] = set()

    def report(error: InputError) -> None:
        _report(error, notified, on_error)

    handled = 0
    round_number = 0
    while rounds is None or round_number < rounds:
        started = time.monotonic()
        for feed in feeds:
            handled += poll(feed, handle, seen, report, timeout, published)
        round_number += 1
        if rounds is None or round_number < rounds:
            sleep(max(0.0, every * 60 - (time.monotonic() - started)))
    return handled


def poll(
    feed: str,
    handle: Callable[[Article], None],
    seen: Callable[[str], bool],
    on_error: Callable[[InputError], None],
    timeout: float = DEFAULT_TIMEOUT,
    published: dt.date | None = None,
) -> int:
    """Read `feed` once, hand over its unseen items and report its problems; return how many were handled."""
    handled = 0
    for item in read_feed(feed, published, timeout):
        if isinstance(item, InputError):
            on_error(item)
        elif not seen(item.id):
            handle(item)
            handled += 1
    return handled


def _report(error: InputError, notified: set[str], on_error: Callable[[InputError], None]) -> None:
    """Pass `error` on, except a skipped item already reported in this watch."""
    if isinstance(error, SkippedInput) and error.item:
        if error.item in notified:
            return
        notified.add(error.item)
    on_error(error)
