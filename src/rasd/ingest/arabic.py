"""Refusing input that carries no Arabic: a `SkippedInput` notice, not a silently empty result.

`SkippedInput` is an `InputError` subclass, so every caller that already reports input errors
(file, line, problem) reports skipped records too, and one that wants to tell them apart
(a skip is not a failure of the input) checks `isinstance(item, SkippedInput)`.
"""

from __future__ import annotations

import itertools
import re

from rasd.errors import SkippedInput

# Arabic letters in the basic, supplement, extended-A and presentation-form blocks
_ARABIC_LETTER = re.compile(
    "[\u0621-\u064a\u0671-\u06d3\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufefc]"
)
_MIN_LETTERS = 2
NO_ARABIC = "skipped: no Arabic text"


def has_arabic(text: str) -> bool:
    """Whether `text` has Arabic letters: "قتل 3 جنود" -> True, "3 soldiers killed" -> False."""
    return sum(1 for _ in itertools.islice(_ARABIC_LETTER.finditer(text), _MIN_LETTERS)) == _MIN_LETTERS


def require_arabic(text: str, path: str, line: int | None = None, item: str | None = None) -> None:
    """Raise `SkippedInput` ("skipped: no Arabic text") when `text` has no Arabic letters."""
    if not has_arabic(text):
        raise SkippedInput(path, line, NO_ARABIC, item)
