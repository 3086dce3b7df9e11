"""Finding lexicon entries in a token sequence, clitics and inflection allowed by part of speech.

>>> from rasd.text.tokens import tokenize
>>> m = Matcher([Entry("shell", "قصف", ("قصف",), "noun")])
>>> [(hit.entry.id, hit.start, hit.end) for hit in m.find(tokenize("وبقصفها المدينة"))]
[('shell', 0, 1)]
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rasd.lexicon.loader import Entry
from rasd.text.tokens import Analysis, Token, analyses

ALLOWED = {
    "noun": frozenset({"CONJ", "PREP", "DET", "NUM", "ACC", "PRON"}),
    "verb": frozenset({"CONJ", "FUT", "IMPF", "VERB", "PRON"}),
    "name": frozenset({"CONJ", "PREP"}),
    "exact": frozenset({"CONJ"}),
}
"""Affix kinds (see `rasd.text.tokens.Analysis`) each part of speech may carry."""

# Later words of a multi-word entry ("لقي حتفه") may carry only these.
_INNER = frozenset({"DET", "PRON"})


@dataclass(frozen=True, slots=True)
class Hit:
    """A lexicon entry found at tokens[start:end]."""

    entry: Entry
    start: int
    """Index of the first token."""
    end: int
    """Index past the last token."""
    analysis: Analysis
    """How the first token was cut to match the entry."""


class Matcher:
    """Finds the entries of one lexicon in token sequences. Built once, read-only afterwards."""

    def __init__(self, entries: Iterable[Entry]):
        self._by_first: dict[str, list[Entry]] = defaultdict(list)
        for entry in entries:
            self._by_first[entry.words[0]].append(entry)

    def _cut(self, word: str, stem: str, allowed: frozenset[str]) -> Analysis | None:
        for analysis in analyses(word):
            if analysis.stem == stem and analysis.kinds <= allowed:
                return analysis
        return None

    def _match_at(self, tokens: Sequence[Token], i: int) -> list[Hit]:
        hits = []
        if tokens[i].kind != "word":
            return hits
        for analysis in analyses(tokens[i].text):
            for entry in self._by_first.get(analysis.stem, ()):
                if not analysis.kinds <= ALLOWED[entry.pos]:
                    continue
                end = i + len(entry.words)
                if end > len(tokens):
                    continue
                allowed = ALLOWED[entry.pos] & _INNER
                if all(
                    tokens[i + k].kind == "word" and self._cut(tokens[i + k].text, word, allowed)
                    for k, word in enumerate(entry.words[1:], start=1)
                ):
                    hits.append(Hit(entry, i, end, analysis))
        return hits

    def find(self, tokens: Sequence[Token]) -> list[Hit]:
        """Every entry found, left to right; where entries overlap the longest wins.

        Longest means most tokens, then the longest stem (so "طفلان" beats "طفل" + dual ending).
        """
        candidates = []
        for i in range(len(tokens)):
            candidates.extend(self._match_at(tokens, i))
        candidates.sort(key=lambda hit: (-(hit.end - hit.start), -len(hit.analysis.stem), hit.start))
        taken: set[int] = set()
        hits = []
        for hit in candidates:
            span = range(hit.start, hit.end)
            if not taken.intersection(span):
                taken.update(span)
                hits.append(hit)
        return sorted(hits, key=lambda hit: hit.start)
