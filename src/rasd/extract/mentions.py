"""Mentions: every number, trigger, counted-people noun and marker word in a document."""

from __future__ import annotations

from dataclasses import replace

from rasd.doc import Doc
from rasd.lexicon.lexicons import Lexicons


def find_mentions(doc: Doc, lexicons: Lexicons) -> Doc:
    """Fill the mention fields: "قتل 7 مدنيين" -> a trigger, a number, a counted-people noun."""
    tokens = doc.tokens
    return replace(
        doc,
        quantities=tuple(lexicons.numbers.find(tokens)),
        hedges=lexicons.numbers.hedges(tokens),
        triggers=tuple(lexicons.triggers.find(tokens)),
        people=tuple(lexicons.people.find(tokens)),
        markers=tuple(lexicons.markers.find(tokens)),
        reporting=tuple(lexicons.reporting.find(tokens)),
        places=tuple(lexicons.places.find(tokens)),
    )
