"""Sentences and clauses of the normalised text.

A sentence ends at a line break, or at . ! ? ؟ … (with any closing quote or bracket that
follows) when a space or the end of the text comes next. A full stop between digits
(2.5), after a one-letter abbreviation (د. محمد) or inside a number never ends one.
Clauses cut a sentence further at ، ؛ and ;.

    >>> [(s.start, s.end) for s in split_sentences("قتل 7. وأصيب 2.5 مرة؟ نعم")]
    [(0, 6), (7, 22), (23, 26)]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_END = re.compile(r"""(?:[.!?؟…]+["'”»)\]]*)(?=\s|$)|\n""")
_CLAUSE_END = re.compile(r"[،؛;]")


@dataclass(frozen=True, slots=True)
class Segment:
    """A sentence or clause: the span text[start:end] of the normalised text, trimmed of spaces."""

    start: int
    end: int


def _trimmed(text: str, start: int, end: int) -> Segment | None:
    """text[start:end] less the spaces at either end, or None if nothing else is left."""
    piece = text[start:end]
    kept = piece.strip()
    if not kept:
        return None
    start += len(piece) - len(piece.lstrip())
    return Segment(start, start + len(kept))


def _is_abbreviation(text: str, dot: int) -> bool:
    """A full stop right after a one-letter word: "د." "أ." — not a sentence end."""
    if text[dot] != ".":
        return False
    before = text[max(0, dot - 2) : dot]
    return len(before) == 2 and before[0].isspace() and before[1].isalpha()


def split_sentences(text: str) -> list[Segment]:
    """Split normalised text into sentences (see the module docstring)."""
    sentences = []
    start = 0
    for match in _END.finditer(text):
        if match.group() != "\n" and _is_abbreviation(text, match.start()):
            continue
        segment = _trimmed(text, start, match.end())
        if segment:
            sentences.append(segment)
        start = match.end()
    segment = _trimmed(text, start, len(text))
    if segment:
        sentences.append(segment)
    return sentences


def split_clauses(text: str, sentence: Segment) -> list[Segment]:
    """Split one sentence into clauses at ، ؛ ; (the mark stays with the clause it ends)."""
    clauses = []
    start = sentence.start
    for match in _CLAUSE_END.finditer(text, sentence.start, sentence.end):
        segment = _trimmed(text, start, match.end())
        if segment:
            clauses.append(segment)
        start = match.end()
    segment = _trimmed(text, start, sentence.end)
    if segment:
        clauses.append(segment)
    return clauses


def clause_offsets(text: str, sentence: Segment) -> list[int]:
    """Where the clauses `split_clauses` cuts begin, before their leading spaces are trimmed: the
    sentence's start, then the end of each ، ؛ ; with more than spaces after it. Cheaper, for when
    only the first token of each clause is wanted (no token begins in those spaces)."""
    offsets = [sentence.start]
    offsets += [match.end() for match in _CLAUSE_END.finditer(text, sentence.start, sentence.end)]
    if len(offsets) > 1 and not text[offsets[-1] : sentence.end].strip():
        offsets.pop()  # nothing but spaces after the last mark: no clause there
    return offsets
