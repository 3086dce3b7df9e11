"""What kind of input a file or a downloaded body is: by its first bytes, else by its extension."""

from __future__ import annotations

import re
from typing import Literal

Kind = Literal["feed", "html", "jsonl", "text"]

FEED_SUFFIXES = (".xml", ".rss", ".atom")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
JSONL_SUFFIXES = (".jsonl", ".ndjson", ".json")
TEXT_SUFFIXES = (".txt", ".text")
SUPPORTED_SUFFIXES = FEED_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES + TEXT_SUFFIXES

# the first element that is neither a declaration, a comment nor a processing instruction
_FIRST_TAG = re.compile(rb"<\s*([a-zA-Z][\w:.-]*)")
_PREAMBLE = re.compile(
    rb"\A(?:\s|<\?.*?\?>|<!--.*?-->|<!(?!doctype\s+html)[^>]*>)*", re.DOTALL | re.IGNORECASE
)
_HTML_DOCTYPE = re.compile(rb"<!doctype\s+html", re.IGNORECASE)
_FEED_ROOTS = {b"rss", b"feed", b"rdf:rdf", b"rdf"}
_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")


def base_name(name: str) -> str:
    """The lower-cased name without a trailing .gz: "News.XML.gz" -> "news.xml"."""
    return name.lower().removesuffix(".gz")


def sniff_content(head: bytes) -> Kind | None:
    """The kind the first bytes announce: `<rss`/`<feed`/`<?xml` -> feed, `<html` -> html, `{` -> jsonl."""
    for bom in _BOMS:
        head = head.removeprefix(bom)
    head = head.replace(b"\x00", b"")  # UTF-16 markup still sniffs as markup
    stripped = head.lstrip()
    if stripped.startswith(b"{"):
        return "jsonl"
    if not stripped.startswith(b"<"):
        return None
    rest = stripped[_PREAMBLE.match(stripped).end() :]
    if _HTML_DOCTYPE.match(rest):
        return "html"
    tag = _FIRST_TAG.match(rest)
    if tag is None:
        return "feed" if stripped.startswith(b"<?xml") else None
    name = tag.group(1).lower()
    if name in _FEED_ROOTS:
        return "feed"
    if name in (b"html", b"head", b"body", b"meta", b"title"):
        return "html"
    return "feed" if stripped.startswith(b"<?xml") else None


def sniff_name(name: str) -> Kind | None:
    """The kind a file name's extension announces: "akhbar.rss" -> feed, "page.htm" -> html."""
    name = base_name(name)
    for suffixes, kind in (
        (FEED_SUFFIXES, "feed"),
        (HTML_SUFFIXES, "html"),
        (JSONL_SUFFIXES, "jsonl"),
        (TEXT_SUFFIXES, "text"),
    ):
        if name.endswith(suffixes):
            return kind
    return None


def sniff(name: str, head: bytes) -> Kind:
    """The kind of an input: a JSONL extension wins, then the content, then the extension, else text."""
    by_name = sniff_name(name)
    if by_name == "jsonl":
        return "jsonl"
    return sniff_content(head) or by_name or "text"
