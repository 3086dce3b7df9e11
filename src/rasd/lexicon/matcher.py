"""Finding lexicon entries in a token sequence, clitics and inflection allowed by part of speech.

>>> from rasd.text.tokens import tokenize
>>> m = Matcher([Entry("shell", "قصف", ("قصف",), "noun")])
>>> [(hit.entry.id, hit.start, hit.end) for hit in m.find(tokenize("وبقصفها المدينة"))]
[('shell', 0, 1)]

A split phrase has "…" where one to `GAP_WORDS` words must stand: "أطلق … النار" finds "أطلقت الشرطة النار".
Its hit holds only its head, the words before the first gap ("أطلقت"): the words in the gap are free for
the other stages to read (the police who fired), and the head is where a verb's subject is looked for.

Speed: the matchers of one `WordIndex` (every lexicon of `load_lexicons`) look a document's words
up once for all of them (with map(), no Python loop per token), and remember what they learnt about
a word (the entries it may start) across documents. A word none of whose `stem_pieces` can begin
an entry is never cut up; a phrase is tried only where the next word holds its second word's core.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import compress
from operator import attrgetter, mul
from typing import NamedTuple

from rasd.lexicon.loader import GAP, Entry
from rasd.text.tokens import Analysis, Token, analyses, stem_pieces

ALLOWED = {
    "noun": frozenset({"CONJ", "PREP", "DET", "NUM", "ACC", "PRON"}),
    "verb": frozenset({"CONJ", "FUT", "IMPF", "VERB", "PRON"}),
    "name": frozenset({"CONJ", "PREP"}),
    "exact": frozenset({"CONJ"}),
}
"""Affix kinds (see `rasd.text.tokens.Analysis`) each part of speech may carry."""

GAP_WORDS = 5
"""How many words a gap may hold, at least one; no punctuation or number among them."""

MEMORY = 250_000
"""How many distinct words a word index remembers before it forgets them all and starts again."""

# Later words of a multi-word entry ("لقي حتفه") may carry only these.
_INNER = frozenset({"DET", "PRON"})
_IS_WORD = {"word": 1, "number": 0, "punct": 0}  # by token kind; a text times 0 is ""

Start = tuple[Analysis, Entry]
"""An entry a word may begin, and how the word is cut to match it."""
Plan = tuple[Analysis, Entry, int, str]
"""A `Start` with what matching it needs: the entry's number of words (0 for a split phrase) and the
`_core` of its second."""


class Hit(NamedTuple):
    """A lexicon entry found at tokens[start:end] (a named tuple: cheap to make, and made often)."""

    entry: Entry
    start: int
    """Index of the first token."""
    end: int
    """Index past the last token (of the head, for a split phrase)."""
    analysis: Analysis
    """How the first token was cut to match the entry."""


def _keys(stem: str) -> set[str]:
    """The `stem_pieces` a word cut to `stem` has one of: "العراق", "عراق" (بالعراق), "عمليت" (عمليتها)."""
    keys = {stem}
    if stem.startswith("ال") and len(stem) > 2:
        keys.add(stem[2:])
    keys |= {key[:-1] + "ت" for key in keys if key.endswith("ه")}
    return keys


class WordIndex:
    """Which entries of its matchers each word may start, learnt once per word for all of them.

    Shared by the matchers built with it; it remembers up to `MEMORY` words, a cache that never
    changes what a matcher finds.
    """

    def __init__(self) -> None:
        self._tables: list[dict[str, list[Entry]]] = []
        self._owners: dict[str, list[tuple[int, list[Entry]]]] = {}
        """The entries each stem may begin, by matcher slot."""
        self._keys: set[str] = set()
        """The `stem_pieces` of every word that may begin an entry."""
        self._forget()

    def _forget(self) -> None:
        """Start again with nothing remembered (by rebinding: a reader may hold the old ones)."""
        self._seen: dict[str, tuple[tuple[int, tuple[Plan, ...]], ...]] = {}
        self._cuts: dict[tuple[str, str, str], Analysis | None] = {}
        self._last: tuple[Sequence[Token], list[list[tuple[int, tuple[Plan, ...]]]]] | None = None

    def __getstate__(self) -> dict[str, object]:
        return {"tables": self._tables, "owners": self._owners, "keys": self._keys}

    def __setstate__(self, state: dict) -> None:
        self._tables, self._owners, self._keys = state["tables"], state["owners"], state["keys"]
        self._forget()

    def add(self, by_first: dict[str, list[Entry]]) -> int:
        """Index the entries of one more matcher (by their first word); its slot number."""
        slot = len(self._tables)
        self._tables.append(by_first)
        for stem, entries in by_first.items():
            self._owners.setdefault(stem, []).append((slot, entries))
            self._keys |= _keys(stem)
        self._forget()
        return slot

    def starts(self, word: str, slot: int) -> tuple[Start, ...]:
        """Every entry of one matcher the word may begin, as (cut, entry), in the order cuts are listed."""
        entries_of = self._tables[slot]
        found = []
        for analysis in analyses(word):
            entries = entries_of.get(analysis.stem)
            if entries:
                kinds = analysis.kinds
                found.extend((analysis, entry) for entry in entries if kinds <= ALLOWED[entry.pos])
        return tuple(found)

    def _learn(self, word: str) -> tuple[tuple[int, tuple[Plan, ...]], ...]:
        """What the word may start in each matcher, as (slot, plans) for the matchers where it starts any."""
        if self._keys.isdisjoint(stem_pieces(word)):
            return ()
        found: dict[int, list[Start]] = {}
        for analysis in analyses(word):
            owners = self._owners.get(analysis.stem)
            if owners:
                kinds = analysis.kinds
                for slot, entries in owners:
                    starts = [_plan(analysis, entry) for entry in entries if kinds <= ALLOWED[entry.pos]]
                    if starts:
                        found.setdefault(slot, []).extend(starts)
        return tuple((slot, tuple(starts)) for slot, starts in sorted(found.items()))

    def starting(self, tokens: Sequence[Token]) -> list[list[tuple[int, tuple[Plan, ...]]]]:
        """For each matcher, the tokens that start an entry, left to right, each as (index, plans)."""
        last = self._last
        if last is not None and last[0] is tokens:
            return last[1]
        words = _words(tokens)
        learned = list(map(self._seen.get, words))
        if None in learned:
            unseen = {word for word, found in zip(words, learned, strict=True) if found is None}
            if len(self._seen) + len(unseen) > MEMORY:
                self._forget()
                unseen = set(words)
            seen = self._seen
            for word in unseen:
                seen[word] = self._learn(word)
            learned = list(map(seen.__getitem__, words))
        tables: list[list[tuple[int, tuple[Plan, ...]]]] = [[] for _ in self._tables]
        for i in compress(range(len(words)), learned):
            for slot, starts in learned[i]:
                tables[slot].append((i, starts))
        if isinstance(tokens, tuple):  # a list could change before the next call
            self._last = (tokens, tables)  # one assignment: a reader in another thread sees old or new
        return tables

    def cut(self, word: str, stem: str, pos: str) -> Analysis | None:
        """How a later word of a multi-word entry is cut to `stem`, allowed only `_INNER` affixes; or None."""
        key = (word, stem, pos)
        cuts = self._cuts
        if key in cuts:
            return cuts[key]
        found = cuts[key] = _cut(word, stem, ALLOWED[pos] & _INNER)
        return found


def _core(stem: str) -> str:
    """What every word cut to `stem` contains: the stem less "ال" and its last letter (see below)."""
    return stem.removeprefix("ال")[:-1]


def _plan(analysis: Analysis, entry: Entry) -> Plan:
    """A start with the entry's length (0 for a split phrase) and the core of its second word ("" for
    a one-word entry or a gap)."""
    words = entry.words
    second = words[1] if words[1:] else GAP
    return analysis, entry, 0 if GAP in words else len(words), "" if second == GAP else _core(second)


def _words(tokens: Sequence[Token]) -> list[str]:
    """The text of each token, "" for numbers and punctuation (which start no entry); made with map()."""
    texts = map(attrgetter("text"), tokens)
    return list(map(mul, texts, map(_IS_WORD.__getitem__, map(attrgetter("kind"), tokens))))


def _cut(word: str, stem: str, allowed: frozenset[str]) -> Analysis | None:
    if word == stem:  # the uncut word, always the first analysis
        return analyses(word)[0]
    if _core(stem) not in word:
        return None
    for analysis in analyses(word):
        if analysis.stem == stem and analysis.kinds <= allowed:
            return analysis
    return None


# Why `_cut` may skip a word without the `_core` of the stem in it: a cut's stem is a piece
# of the word; or such a piece + "ه" (taa marbuta before a pronoun, عمليتها -> عمليه); or "ال" +
# one of those (للقوات -> القوات). Take "ال" off the front and the last letter off the end, and what
# is left is a piece of the word in every case. `stem_pieces` and `_keys` rest on the same three cases.


_new = tuple.__new__  # makes a Hit without the Python-level __new__ of a named tuple
_START = attrgetter("start")


def _longest_first(hit: Hit) -> tuple[int, int, int]:
    """Sort key: most tokens first, then the longest stem, then leftmost."""
    return hit.start - hit.end, -len(hit.analysis.stem), hit.start


def _by_size(hit: Hit) -> tuple[int, int, int]:
    """`_longest_first` for a lexicon with split phrases: most words of the entry, a gap not counted."""
    return -_size(hit.entry), -len(hit.analysis.stem), hit.start


def _split(by_first: dict[str, list[Entry]]) -> bool:
    """Whether any entry is a split phrase (its hits then cover fewer tokens than its words)."""
    return any(GAP in entry.words for entries in by_first.values() for entry in entries)


class Matcher:
    """Finds the entries of one lexicon in token sequences.

    Its entries are fixed once built; what it learns of words is kept by its `WordIndex` (its own,
    unless one is given to share with other matchers).
    """

    def __init__(self, entries: Iterable[Entry], index: WordIndex | None = None):
        by_first: dict[str, list[Entry]] = {}
        for entry in entries:
            by_first.setdefault(entry.words[0], []).append(entry)
        self._index = index or WordIndex()
        self._slot = self._index.add(by_first)
        self._split = _split(by_first)

    def starts(self, word: str) -> tuple[Start, ...]:
        """Every entry the word may begin, as (cut, entry), in the order cuts are listed: "وبقصفها"."""
        return self._index.starts(word, self._slot)

    def _follows(self, tokens: Sequence[Token], i: int, entry: Entry) -> bool:
        """Whether the later words of a multi-word entry without a gap follow the token at i."""
        cut = self._index.cut
        for k, word in enumerate(entry.words[1:], start=1):
            token = tokens[i + k]
            if token.kind != "word" or not cut(token.text, word, entry.pos):
                return False
        return True

    def _reaches(self, tokens: Sequence[Token], i: int, entry: Entry) -> int | None:
        """Where the later words of a split phrase that follow the token at i end, or None."""
        at = i + 1
        words = entry.words
        for k in range(1, len(words)):
            if words[k] != GAP:
                found = self._next(tokens, at, words[k], entry.pos, words[k - 1] == GAP)
                if found is None:
                    return None
                at = found
        return at

    def _next(self, tokens: Sequence[Token], at: int, word: str, pos: str, gap: bool) -> int | None:
        """Past the token at `at` that matches `word` (after a gap: the first that does after 1 to
        `GAP_WORDS` other words), or None."""
        cut = self._index.cut
        first, last = (at + 1, at + GAP_WORDS) if gap else (at, at)
        for k in range(at, min(last + 1, len(tokens))):
            token = tokens[k]
            if token.kind != "word":
                return None
            if k >= first and cut(token.text, word, pos):
                return k + 1
        return None

    def _candidates(self, tokens: Sequence[Token]) -> list[Hit]:
        """Every entry found at any token, overlaps included, by token then in cut order."""
        size = len(tokens)
        hits = []
        for i, plans in self._index.starting(tokens)[self._slot]:
            for analysis, entry, length, core in plans:
                if length == 1:
                    hits.append(_new(Hit, (entry, i, i + 1, analysis)))
                elif length:
                    end = i + length
                    if end <= size and core in tokens[i + 1].text and self._follows(tokens, i, entry):
                        hits.append(_new(Hit, (entry, i, end, analysis)))
                elif (
                    i + 1 < size
                    and core in tokens[i + 1].text  # "" after a gap: any word
                    and self._reaches(tokens, i, entry) is not None
                ):
                    hits.append(_new(Hit, (entry, i, i + _head(entry), analysis)))  # the head only
        return hits

    def find(self, tokens: Sequence[Token]) -> list[Hit]:
        """Every entry found, left to right; where entries overlap the longest wins.

        Longest means most words in the entry (a gap not counted), then the longest stem (so "طفلان"
        beats "طفل" + dual ending).
        """
        candidates = self._candidates(tokens)
        candidates.sort(key=_by_size if self._split else _longest_first)
        taken: set[int] = set()
        hits = []
        for hit in candidates:
            start, end = hit.start, hit.end
            if end - start == 1:
                if start in taken:
                    continue
                taken.add(start)
            else:
                span = range(start, end)
                if not taken.isdisjoint(span):
                    continue
                taken.update(span)
            hits.append(hit)
        hits.sort(key=_START)
        return hits


def _head(entry: Entry) -> int:
    """How many words a split phrase has before its first gap: "أمر … بعدم استخدام" -> 1."""
    return entry.words.index(GAP)


def _size(entry: Entry) -> int:
    """How many words of the text an entry names, its gaps not counted: "أطلق … النار" -> 2."""
    return len(entry.words) - entry.words.count(GAP)
