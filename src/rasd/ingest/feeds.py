"""RSS and Atom feeds, from a file or an http(s) URL: one Article per item.

An item's id is its guid, else its link, else a hash of its title and text, so reading the same
item twice gives the same id. A guid that is not a URL is prefixed with the feed's link (or the
source) to keep ids apart across feeds. The text is the item's content or summary with its HTML
stripped (feeds often carry only a summary); an item with neither falls back to its title.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import time
from collections.abc import Iterator
from pathlib import Path

import feedparser

from rasd.errors import InputError
from rasd.ingest.arabic import require_arabic
from rasd.ingest.fetch import DEFAULT_TIMEOUT, fetch, is_url
from rasd.ingest.markup import html_to_text
from rasd.ingest.sniff import sniff_content
from rasd.model import Article

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_CHAR_REF = re.compile(rb"&#(?:[xX]([0-9a-fA-F]{1,8})|([0-9]{1,10}));")


def _replace_surrogate_ref(match: re.Match[bytes]) -> bytes:
    """`&#xD800;` (a lone surrogate, which feedparser cannot encode) -> `&#xFFFD;`; others unchanged."""
    hexa, decimal = match.groups()
    code = int(hexa, 16) if hexa else int(decimal)
    return b"&#xFFFD;" if 0xD800 <= code <= 0xDFFF else match.group()


def read_feed(
    source: str, published: dt.date | None = None, timeout: float = DEFAULT_TIMEOUT
) -> Iterator[Article | InputError]:
    """The items of the feed at `source` (a file or an http(s) URL), or one InputError saying why not."""
    try:
        data = _load(source, timeout)
    except InputError as error:
        yield error
        return
    yield from parse_feed(data, source, published)


def _load(source: str, timeout: float) -> bytes:
    """The raw bytes of a feed file or URL; an HTML page instead of a feed is an InputError."""
    if not is_url(source):
        try:
            return Path(source).read_bytes()
        except OSError as error:
            raise InputError(source, None, f"cannot open: {error.strerror or error}") from None
    fetched = fetch(source, timeout)
    if sniff_content(fetched.body[:4096]) == "html" or (
        fetched.content_type in _HTML_TYPES and sniff_content(fetched.body[:4096]) != "feed"
    ):
        raise InputError(source, None, "returned an HTML page, not an RSS/Atom feed")
    return fetched.body


def parse_feed(data: bytes, source: str, published: dt.date | None = None) -> Iterator[Article | InputError]:
    """Articles from the bytes of an RSS/Atom feed; garbage yields one InputError naming `source`."""
    data = _CHAR_REF.sub(_replace_surrogate_ref, data)
    parsed = feedparser.parse(data, sanitize_html=True, resolve_relative_uris=False)
    if not parsed.entries and (parsed.bozo or not parsed.version):
        problem = parsed.get("bozo_exception") or "no <rss>, <feed> or <rdf:RDF> root"
        yield InputError(source, None, f"not an RSS/Atom feed: {problem}")
        return
    feed = parsed.feed
    outlet = _clean(feed.get("title")) or None
    scope = feed.get("link") or source
    for number, entry in enumerate(parsed.entries, start=1):
        try:
            yield _item(entry, scope, outlet, source, published)
        except InputError as error:
            yield error
        except (TypeError, ValueError) as error:  # an item feedparser could not make sense of
            yield InputError(source, None, f"item {number}: {error}")


def _item(entry, scope: str, outlet: str | None, source: str, published: dt.date | None) -> Article:
    """One Article from a feedparser entry."""
    title = _clean(entry.get("title")) or None
    text = _body(entry) or title or ""
    identifier = item_id(entry.get("id"), entry.get("link"), scope, title, text)
    if not text:
        raise InputError(source, None, f"item {identifier}: no title, summary or content")
    require_arabic(text, source, item=identifier)
    return Article(
        id=identifier,
        text=text,
        title=title,
        url=entry.get("link") or None,
        outlet=outlet,
        published=_date(entry) or published,
    )


def item_id(guid: str | None, link: str | None, scope: str, title: str | None, text: str) -> str:
    """A stable id: the guid or link when it is a URL, else "<feed link>#<guid>", else a content hash."""
    for key in (guid, link):
        if key and key.strip():
            key = key.strip()
            return key if is_url(key) else f"{scope}#{key}"
    digest = hashlib.sha256(f"{title or ''}\n{text}".encode()).hexdigest()[:16]
    return f"{scope}#{digest}"


def _body(entry) -> str:
    """The longest of the item's contents, else its summary, as plain text."""
    candidates = [part.get("value", "") for part in entry.get("content", [])]
    candidates.append(entry.get("summary", ""))
    texts = [html_to_text(value) for value in candidates if value]
    return max(texts, key=len, default="")


def _date(entry) -> dt.date | None:
    """The item's publication date (else its update date), in UTC as feedparser normalises it."""
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if isinstance(value, time.struct_time):
            return dt.date(value.tm_year, value.tm_mon, value.tm_mday)
    return None


def _clean(value: str | None) -> str:
    """A title as plain text (feed titles may carry entities or markup)."""
    return html_to_text(value) if value else ""
