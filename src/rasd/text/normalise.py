"""Normalisation of Arabic text for matching, with a map back to the original characters.

Matching runs on the normalised text; every span found there is mapped back with
`Normalised.to_original`, so evidence always quotes the article exactly as written.

    >>> n = normalise("قُتِلَ ٧ مدنيين في إدلب")
    >>> n.text
    'قتل 7 مدنيين في ادلب'
    >>> n.original[slice(*n.to_original(0, 3))]
    'قُتِلَ'
"""

from __future__ import annotations

import math
import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass

# One character in, one character out: the text keeps its length.
_ONE_TO_ONE = {
    # alef with hamza or madda, alef wasla -> bare alef
    "أ": "ا",
    "إ": "ا",
    "آ": "ا",
    "ٱ": "ا",
    # alef maqsura -> ya; taa marbuta -> ha
    "ى": "ي",
    "ة": "ه",
    # Persian and Urdu letters seen in Arabic-script text
    "ی": "ي",
    "ې": "ي",
    "ک": "ك",
    "ھ": "ه",
    "ہ": "ه",
    "ۀ": "ه",
    # Arabic decimal and thousands separators, percent sign
    "٫": ".",
    "٬": ",",
    "٪": "%",
    # quote marks -> ASCII
    "“": '"',
    "”": '"',
    "„": '"',
    "‟": '"',
    "«": '"',
    "»": '"',
    "″": '"',
    "‘": "'",
    "’": "'",
    "‚": "'",
    "‛": "'",
    "′": "'",
    # hashtags join words with underscores: #جنوب_السودان; the mark itself is no part of the word
    "_": " ",
    "#": " ",
    # dashes -> hyphen-minus; no-break and other spaces -> space
    "–": "-",
    "—": "-",
    "‐": "-",
    "‑": "-",
    "−": "-",
    "\u00a0": " ",
    "\u2007": " ",
    "\u202f": " ",
    "\u2009": " ",
    "\u200a": " ",
}
_ONE_TO_ONE.update({chr(0x0660 + d): str(d) for d in range(10)})  # Arabic-Indic digits
_ONE_TO_ONE.update({chr(0x06F0 + d): str(d) for d in range(10)})  # Persian digits
_TABLE = str.maketrans(_ONE_TO_ONE)
# Replacing one character after another equals one translation only if no result is itself replaced.
_MAPPED = frozenset(_ONE_TO_ONE)
# Finding which of them a text holds: a regex scan makes no string per character, as a set of it would.
_MAPPED_CHARACTER = re.compile("[" + "".join(map(re.escape, sorted(_MAPPED))) + "]")

# Characters dropped from the matching text: diacritics, tatweel, Quranic marks,
# directional and zero-width marks, byte-order mark.
_DROPPED = (
    "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed\u0640"
    "\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff"
)
# Arabic presentation forms, expanded by NFKC (a ligature may become two letters).
_PRESENTATION = "\ufb50-\ufdff\ufe70-\ufefe"
_SPECIAL = re.compile(f"[{_DROPPED}{_PRESENTATION}]")
_ONLY_DROPPED = re.compile(f"[{_DROPPED}]")
_AFTER = math.inf  # (i, _AFTER) sorts after every anchor at position i


@dataclass(frozen=True, slots=True)
class Normalised:
    """A text normalised for matching, and where each of its characters came from."""

    original: str
    """The text exactly as given."""
    text: str
    """The normalised text that every matcher reads."""
    anchors: tuple[tuple[int, int, int], ...] = ((0, 0, 1),)
    """Where runs begin: from `text[n]` on, character n + k comes from `original[o + k * step]`, for
    each (n, o, step), the last anchor at or before a position ruling it; step 0 for the letters a
    ligature expands into. The end of `text` maps to the end of `original`."""

    @property
    def offsets(self) -> tuple[int, ...]:
        """`offsets[i]` is the index in `original` of `text[i]`; one extra entry, `len(original)`."""
        return tuple(self._offset(i) for i in range(len(self.text) + 1))

    def _offset(self, i: int) -> int:
        anchors = self.anchors
        if len(anchors) == 1:  # the usual case, nothing dropped or expanded: no search (same result)
            n, o, step = anchors[0]
        else:
            n, o, step = anchors[bisect_right(anchors, (i, _AFTER)) - 1]
        return o + (i - n) * step

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map the span `text[start:end]` to the span of `original` it was made from."""
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"span {start}:{end} outside the normalised text of length {len(self.text)}")
        if start == end:
            at = self._offset(start)
            return at, at
        return self._offset(start), max(self._offset(end), self._offset(end - 1) + 1)


def _expand(char: str) -> str:
    """What a dropped or presentation-form character becomes in the matching text."""
    if "\ufb50" <= char <= "\ufefe":
        return _ONLY_DROPPED.sub("", unicodedata.normalize("NFKC", char).translate(_TABLE))
    return ""


def _map_characters(text: str) -> str:
    """`text` with each character of `_ONE_TO_ONE` replaced (as `str.translate` would, but faster)."""
    for char in set(_MAPPED_CHARACTER.findall(text)):
        text = text.replace(char, _ONE_TO_ONE[char])
    return text


def normalise(text: str) -> Normalised:
    """Normalise `text` for matching; see the module docstring for an example."""
    mapped = _map_characters(text)
    if not _SPECIAL.search(mapped):
        return Normalised(text, mapped)
    pieces: list[str] = []
    anchors = [(0, 0, 1)]
    pos = 0
    size = 0
    for match in _SPECIAL.finditer(mapped):
        at = match.start()
        pieces.append(mapped[pos:at])
        size += at - pos
        replacement = _expand(text[at])
        if replacement:
            pieces.append(replacement)
            anchors.append((size, at, 0))
            size += len(replacement)
        anchors.append((size, at + 1, 1))
        pos = at + 1
    pieces.append(mapped[pos:])
    return Normalised(text, "".join(pieces), tuple(anchors))


def normalise_form(form: str) -> str:
    """Normalise a lexicon form the way article text is normalised: "إسرائيل" -> "اسرائيل"."""
    return " ".join(normalise(form).text.split())
