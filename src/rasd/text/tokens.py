"""Tokens of the normalised text, and the clitic analyses of each Arabic word.

Arabic glues conjunctions, prepositions, the article and pronouns to the word they go
with, so one lexicon entry must match many surface forms. `analyses` lists every way a
word may be cut into proclitics + stem + suffixes; a lexicon entry matches a word when
one of those cuts has the entry's stem and only affixes its part of speech allows.

    >>> [a.stem for a in analyses("وبقصفها")][:3]
    ['وبقصفها', 'وبقصف', 'بقصفها']
    >>> any(a.stem == "قصف" for a in analyses("وبقصفها"))
    True
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from itertools import accumulate, repeat
from operator import itemgetter
from typing import NamedTuple

# Digits (with , or . between them), a run of letters (Arabic letters tried first: faster), or one mark.
_TOKEN_SPLIT = re.compile(r"(\d+(?:[.,]\d+)*|[\u0621-\u064a]+(?:[^\W\d_]+)?|[^\W\d_]+|\S)")

MIN_STEM = 2
"""A cut never leaves a stem shorter than this."""


class Token(NamedTuple):
    """One word, number or punctuation mark of the normalised text (a named tuple: cheap to make)."""

    start: int
    """Offset of the first character in the normalised text."""
    end: int
    """Offset just past the last character in the normalised text."""
    text: str
    """The normalised characters."""
    kind: str
    """"word", "number" (ASCII digits, maybe with , or . inside) or "punct"."""


class Tokens(tuple[Token, ...]):
    """A document's tokens, which also know where each distinct word occurs (for the matchers)."""

    @cached_property
    def positions(self) -> dict[str, list[int]]:
        """Indexes of each word token, by its text: "قتل 7 ثم قتل" -> {"قتل": [0, 3], "ثم": [2]}."""
        return _index(self)


@dataclass(frozen=True, slots=True)
class Analysis:
    """One way to cut a word: "وبقصفها" -> (("CONJ", "و"), ("PREP", "ب")), "قصف", (("PRON", "ها"),)."""

    prefixes: tuple[tuple[str, str], ...]
    """Proclitics in reading order, each (kind, form); kinds CONJ PREP FUT DET IMPF."""
    stem: str
    """What is left: the form a lexicon entry is written in."""
    suffixes: tuple[tuple[str, str], ...]
    """Suffixes in reading order, each (kind, form); kinds VERB NUM ACC PRON."""
    kinds: frozenset[str] = field(init=False, repr=False, compare=False)
    """Every affix kind this cut strips, e.g. {"CONJ", "PREP", "PRON"} (made once: matchers ask often)."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "kinds", frozenset(kind for kind, _ in self.prefixes + self.suffixes))


def _kind(first: str) -> str:
    """The kind of a token that begins with this character."""
    return "number" if first.isdigit() else "word" if first.isalpha() else "punct"


_KINDS = {chr(code): _kind(chr(code)) for code in (*range(0x21, 0x250), *range(0x600, 0x700))}
"""`_kind` of the characters most tokens begin with (Latin and Arabic), looked up instead of tested."""


def tokenize(text: str) -> list[Token]:
    """Split normalised text into words, numbers and punctuation: "قتل 7، بينهم" -> 4 tokens.

    Built with `map` over the pieces `re.split` returns, without a Python loop: this runs on every
    article. The pieces alternate: spaces, token, spaces, token … spaces; their lengths summed give
    where each token starts and ends.
    """
    parts = _TOKEN_SPLIT.split(text)
    offsets = list(accumulate(map(len, parts), initial=0))
    pieces = parts[1::2]
    kinds = list(map(_KINDS.get, map(itemgetter(0), pieces)))
    if None in kinds:
        kinds = [kind or _kind(piece[0]) for kind, piece in zip(kinds, pieces, strict=True)]
    fields = zip(offsets[1:-1:2], offsets[2::2], pieces, kinds, strict=True)
    return list(map(tuple.__new__, repeat(Token), fields))


def word_positions(tokens: Sequence[Token]) -> dict[str, list[int]]:
    """Indexes of each word token, by its text; read from `Tokens.positions` when it is there."""
    if isinstance(tokens, Tokens):
        return tokens.positions
    return _index(tokens)


def _index(tokens: Sequence[Token]) -> dict[str, list[int]]:
    positions: dict[str, list[int]] = {}
    for i, (_, _, text, kind) in enumerate(tokens):
        if kind == "word":
            positions.setdefault(text, []).append(i)
    return positions


_CONJ = ("و", "ف")
_PREP = ("ب", "ل", "ك")
_IMPERFECT = ("ي", "ت", "ن", "ا")
# Longest first, so "هما" is tried before "ها" and "ه".
_PRONOUNS = ("هما", "كما", "هم", "هن", "ها", "كم", "كن", "نا", "ني", "ه", "ك")
_VERB_ENDINGS = ("تما", "تم", "وا", "ون", "ين", "ان", "تا", "ت", "ا", "ن")
_NUMBER_ENDINGS = ("ات", "ون", "ين", "ان")
_ACCUSATIVE = "ا"  # tanween alef of an indefinite noun: قتيلا، مدنيا، موقعا


_PROCLITICS = frozenset(
    conj + rest
    for conj in ("", *_CONJ)
    for rest in (
        "",
        "لل",
        "ال",
        *_PREP,
        *(p + "ال" for p in _PREP),
        *_IMPERFECT,
        *("س" + i for i in _IMPERFECT),
    )
)
"""Every string `_prefix_cuts` may strip from the front of a word: "", "و", "وبال", "سي" …"""
_ENDINGS = ("", *_VERB_ENDINGS, *_NUMBER_ENDINGS)
_SUFFIXES = frozenset({_ACCUSATIVE} | {end + pronoun for end in _ENDINGS for pronoun in ("", *_PRONOUNS)})
"""Every string `_suffix_cuts` may strip from the end of a word: "", "ها", "ونها" …"""
_LONGEST = (max(map(len, _PROCLITICS)), max(map(len, _SUFFIXES)))


def stem_pieces(word: str) -> set[str]:
    """The pieces of a word between a proclitic string and a suffix string: every stem of `analyses`
    is one of them, or one with ت for a final ه (عمليتها -> عمليه), or "ال" + one ("للقوات" -> القوات).

    Cheaper than `analyses`, to rule out at once the words that no lexicon entry can start.
    """
    size = len(word)
    fronts = [n for n in range(min(_LONGEST[0], size) + 1) if word[:n] in _PROCLITICS]
    backs = [n for n in range(min(_LONGEST[1], size) + 1) if word[size - n :] in _SUFFIXES]
    pieces = {word[front : size - back] for front in fronts for back in backs}
    return {piece for piece in pieces if len(piece) >= MIN_STEM} | {word}


def _prefix_cuts(word: str) -> list[tuple[tuple[tuple[str, str], ...], str]]:
    """Every (proclitics, rest) of a word, the uncut word first."""
    cuts: list[tuple[tuple[tuple[str, str], ...], str]] = [((), word)]
    conj_cuts = [((), word)]
    if word[:1] in _CONJ and len(word) - 1 >= MIN_STEM:
        conj_cuts.append(((("CONJ", word[0]),), word[1:]))
    for conj, rest in conj_cuts:
        if conj:
            cuts.append((conj, rest))
        # لل = ل + ال: "للقوات" -> ل + ال + قوات
        if rest.startswith("لل") and len(rest) - 2 >= MIN_STEM:
            cuts.append((conj + (("PREP", "ل"), ("DET", "ال")), rest[2:]))
        preps = [(conj, rest)]
        if rest[:1] in _PREP and len(rest) - 1 >= MIN_STEM:
            preps.append((conj + (("PREP", rest[0]),), rest[1:]))
            cuts.append(preps[-1])
        if rest[:1] == "س" and rest[1:2] in _IMPERFECT and len(rest) - 2 >= MIN_STEM:
            cuts.append((conj + (("FUT", "س"), ("IMPF", rest[1])), rest[2:]))
        for pre, body in preps:
            if body.startswith("ال") and len(body) - 2 >= MIN_STEM:
                cuts.append((pre + (("DET", "ال"),), body[2:]))
        if rest[:1] in _IMPERFECT and len(rest) - 1 >= MIN_STEM:
            cuts.append((conj + (("IMPF", rest[0]),), rest[1:]))
    return cuts


def _suffix_cuts(body: str) -> list[tuple[str, tuple[tuple[str, str], ...]]]:
    """Every (stem, suffixes) of a body, the uncut body first."""
    cuts: list[tuple[str, tuple[tuple[str, str], ...]]] = [(body, ())]
    bases = [(body, ())]
    for pronoun in _PRONOUNS:
        if body.endswith(pronoun) and len(body) - len(pronoun) >= MIN_STEM:
            base = body[: -len(pronoun)]
            suffix = (("PRON", pronoun),)
            bases.append((base, suffix))
            cuts.append((base, suffix))
            if base.endswith("ت"):  # taa marbuta is written ت before a pronoun: عمليتها
                cuts.append((base[:-1] + "ه", suffix))
            break
    for base, suffix in bases:
        for ending in _VERB_ENDINGS:
            if base.endswith(ending) and len(base) - len(ending) >= MIN_STEM:
                cuts.append((base[: -len(ending)], (("VERB", ending), *suffix)))
        for ending in _NUMBER_ENDINGS:
            if base.endswith(ending) and len(base) - len(ending) >= MIN_STEM:
                cuts.append((base[: -len(ending)], (("NUM", ending), *suffix)))
    if body.endswith(_ACCUSATIVE) and len(body) - 1 >= MIN_STEM:
        cuts.append((body[:-1], (("ACC", _ACCUSATIVE),)))
    return cuts


@lru_cache(maxsize=50_000)  # the matchers remember what they need; this serves words new to them
def analyses(word: str) -> tuple[Analysis, ...]:
    """Every cut of a normalised word into proclitics, stem and suffixes, the uncut word first."""
    seen = set()
    result = []
    for prefixes, body in _prefix_cuts(word):
        for stem, suffixes in _suffix_cuts(body):
            key = (prefixes, stem, suffixes)
            if key not in seen:
                seen.add(key)
                result.append(Analysis(prefixes, stem, suffixes))
            # The article may belong to the entry itself: "بالعراق" -> ب + "العراق".
            if prefixes and prefixes[-1] == ("DET", "ال"):
                kept = (prefixes[:-1], "ال" + stem, suffixes)
                if kept not in seen:
                    seen.add(kept)
                    result.append(Analysis(*kept))
    return tuple(result)
