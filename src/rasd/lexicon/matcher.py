"""Finding lexicon entries in a token sequence, clitics and inflection allowed by part of speech.

>>> from rasd.text.tokens import tokenize
>>> m = Matcher([Entry("shell", "قصف", ("قصف",), "noun")])
>>> [(hit.entry.id, hit.start, hit.end) for hit in m.find(tokenize("وبقصفها المدينة"))]
[('shell', 0, 1)]

A split phrase has "…" where one to `GAP_WORDS` words must stand: "أطلق … النار" finds "أطلقت الشرطة النار".
Its hit holds only its head, the words before the first gap ("أطلقت"): the words in the gap are free for
the other stages to read (the police who fired), and the head is where a verb's subject is looked for.

Speed: a document's words are looked up once per distinct word, not once per token, and what
a matcher learns about a word (the entries it may start) is remembered across documents.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rasd.lexicon.loader import GAP, Entry
from rasd.text.tokens import Analysis, Token, analyses, word_positions

ALLOWED = {
    "noun": frozenset({"CONJ", "PREP", "DET", "NUM", "ACC", "PRON"}),
    "verb": frozenset({"CONJ", "FUT", "IMPF", "VERB", "PRON"}),
    "name": frozenset({"CONJ", "PREP"}),
    "exact": frozenset({"CONJ"}),
}
"""Affix kinds (see `rasd.text.tokens.Analysis`) each part of speech may carry."""

GAP_WORDS = 5
"""How many words a gap may hold, at least one; no punctuation or number among them."""

MEMORY = 100_000
"""How many distinct words a matcher remembers before it forgets them all and starts again."""

# Later words of a multi-word entry ("لقي حتفه") may carry only these.
_INNER = frozenset({"DET", "PRON"})

Start = tuple[Analysis, Entry]
"""An entry a word may begin, and how the word is cut to match it."""


@dataclass(frozen=True, slots=True)
class Hit:
    """A lexicon entry found at tokens[start:end]."""

    entry: Entry
    start: int
    """Index of the first token."""
    end: int
    """Index past the last token (of the head, for a split phrase)."""
    analysis: Analysis
    """How the first token was cut to match the entry."""


class Matcher:
    """Finds the entries of one lexicon in token sequences.

    Its entries are fixed once built; it remembers which words start an entry (up to `MEMORY`
    distinct words), a cache that never changes what `find` returns.
    """

    def __init__(self, entries: Iterable[Entry]):
        self._by_first: dict[str, list[Entry]] = {}
        for entry in entries:
            self._by_first.setdefault(entry.words[0], []).append(entry)
        self._seen: set[str] = set()
        self._starts: dict[str, tuple[Start, ...]] = {}

    def __getstate__(self) -> dict[str, dict[str, list[Entry]]]:
        return {"by_first": self._by_first}

    def __setstate__(self, state: dict[str, dict[str, list[Entry]]]) -> None:
        self._by_first = state["by_first"]
        self._seen = set()
        self._starts = {}

    def starts(self, word: str) -> tuple[Start, ...]:
        """Every entry the word may begin, as (cut, entry), in the order cuts are listed: "وبقصفها"."""
        found = []
        for analysis in analyses(word):
            entries = self._by_first.get(analysis.stem)
            if entries:
                kinds = analysis.kinds
                found.extend((analysis, entry) for entry in entries if kinds <= ALLOWED[entry.pos])
        return tuple(found)

    def _starting(self, positions: dict[str, list[int]]) -> dict[str, tuple[Start, ...]]:
        """The words of a document (given with their positions) that start an entry, and what they start."""
        if len(self._seen) + len(positions) > MEMORY:  # forget by rebinding: a reader may hold the old ones
            self._seen, self._starts = set(), {}
        seen, starts = self._seen, self._starts
        for word in positions.keys() - seen:
            found = self.starts(word)
            if found:
                starts[word] = found
            seen.add(word)
        return {word: starts[word] for word in positions.keys() & starts.keys()}

    def _cut(self, word: str, stem: str, allowed: frozenset[str]) -> Analysis | None:
        if word == stem:  # the uncut word, always the first analysis
            return analyses(word)[0]
        if stem.removeprefix("ال")[:-1] not in word:  # every cut's stem contains this (see below)
            return None
        for analysis in analyses(word):
            if analysis.stem == stem and analysis.kinds <= allowed:
                return analysis
        return None

    # Why `_cut` may skip a word without `stem.removeprefix("ال")[:-1]` in it: a cut's stem is a piece
    # of the word; or such a piece + "ه" (taa marbuta before a pronoun, عمليتها -> عمليه); or "ال" +
    # one of those (للقوات -> القوات). Take "ال" off the front and the last letter off the end, and what
    # is left is a piece of the word in every case.

    def _follows(self, tokens: Sequence[Token], i: int, entry: Entry) -> int | None:
        """Where the later words of a multi-word entry that follow the token at i end, or None."""
        allowed = ALLOWED[entry.pos] & _INNER
        at = i + 1
        words = entry.words
        for k in range(1, len(words)):
            if words[k] != GAP:
                found = self._next(tokens, at, words[k], allowed, words[k - 1] == GAP)
                if found is None:
                    return None
                at = found
        return at

    def _next(
        self, tokens: Sequence[Token], at: int, word: str, allowed: frozenset[str], gap: bool
    ) -> int | None:
        """Past the token at `at` that matches `word` (after a gap: the first that does after 1 to
        `GAP_WORDS` other words), or None."""
        first, last = (at + 1, at + GAP_WORDS) if gap else (at, at)
        for k in range(at, min(last + 1, len(tokens))):
            token = tokens[k]
            if token.kind != "word":
                return None
            if k >= first and self._cut(token.text, word, allowed):
                return k + 1
        return None

    def _candidates(self, tokens: Sequence[Token]) -> list[Hit]:
        """Every entry found at any token, overlaps included, by token then in cut order."""
        positions = word_positions(tokens)
        starting = self._starting(positions)
        if not starting:
            return []
        at = sorted(i for word in starting for i in positions[word])
        hits = []
        for i in at:
            for analysis, entry in starting[tokens[i].text]:
                end = i + 1 if len(entry.words) == 1 else self._follows(tokens, i, entry)
                if end is not None:
                    hits.append(Hit(entry, i, i + _head(entry) if GAP in entry.words else end, analysis))
        return hits

    def find(self, tokens: Sequence[Token]) -> list[Hit]:
        """Every entry found, left to right; where entries overlap the longest wins.

        Longest means most words in the entry (a gap not counted), then the longest stem (so "طفلان"
        beats "طفل" + dual ending).
        """
        candidates = self._candidates(tokens)
        candidates.sort(key=lambda hit: (-_size(hit.entry), -len(hit.analysis.stem), hit.start))
        taken: set[int] = set()
        hits = []
        for hit in candidates:
            span = range(hit.start, hit.end)
            if not taken.intersection(span):
                taken.update(span)
                hits.append(hit)
        return sorted(hits, key=lambda hit: hit.start)


def _head(entry: Entry) -> int:
    """How many words a split phrase has before its first gap: "أمر … بعدم استخدام" -> 1."""
    return entry.words.index(GAP)


def _size(entry: Entry) -> int:
    """How many words of the text an entry names, its gaps not counted: "أطلق … النار" -> 2."""
    return len(entry.words) - entry.words.count(GAP)
