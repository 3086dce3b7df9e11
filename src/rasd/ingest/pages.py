"""Saved HTML pages (.html/.htm): trafilatura finds the article body, title and date.

The id is the file name without its extension. A page whose markup is broken still gives its
text when trafilatura can find one; a page with no Arabic article body is an InputError
("no article text"), or a `SkippedInput` when it has a body but not in Arabic.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import trafilatura
from trafilatura.settings import Document
from trafilatura.utils import decode_file

from rasd.errors import InputError
from rasd.ingest.arabic import require_arabic
from rasd.ingest.markup import html_to_text
from rasd.model import Article

_MIN_BODY = 20  # characters: shorter than any news sentence, longer than a menu entry
_DATE_PARAMS = {"extensive_search": False, "original_date": True}


def read_page(data: bytes, path: str, published: dt.date | None = None) -> Article:
    """The article in a saved page, or an InputError: "<p>قتل 3 جنود</p>…" -> Article(text="قتل 3 جنود…")."""
    try:
        document = trafilatura.bare_extraction(
            data, with_metadata=True, include_comments=False, date_extraction_params=_DATE_PARAMS
        )
    except (ValueError, TypeError, LookupError) as error:  # undecodable or unparsable markup
        raise InputError(path, None, f"cannot parse the HTML page: {error}") from None
    text = (document.text or "").strip() if document is not None else ""
    if not text:  # markup so broken that lxml loses the body (e.g. an unclosed <title>)
        text = html_to_text(decode_file(data))
    if len(text) < _MIN_BODY:
        raise InputError(path, None, "no article text")
    require_arabic(text, path)
    return Article(
        id=Path(path.removesuffix(".gz")).stem if path != "-" else "stdin",
        text=text,
        title=_field(document, "title"),
        url=_field(document, "url"),
        outlet=_field(document, "sitename"),
        published=_date(_field(document, "date")) or published,
    )


def _field(document: Document | None, name: str) -> str | None:
    """A metadata field trafilatura found, or None."""
    return (getattr(document, name, None) or None) if document is not None else None


def _date(value: str | None) -> dt.date | None:
    """trafilatura's date ("2024-03-05"), or None when absent or not a date."""
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None
