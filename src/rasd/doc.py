"""The one document that flows through the pipeline: the article and every annotation on it.

Stages are pure functions `Doc -> Doc` (see `rasd.pipeline`); each returns a new Doc with
the fields it assigns filled in. Token and character offsets refer to the normalised
text; `Doc.evidence` maps them back to the original article text.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from operator import attrgetter
from typing import TYPE_CHECKING, Protocol, TypeVar

from rasd.lexicon.matcher import Hit
from rasd.model import Article, Event, Evidence
from rasd.text.normalise import Normalised, normalise
from rasd.text.numbers import Quantity
from rasd.text.sentences import Segment, clause_offsets, split_sentences
from rasd.text.tokens import Token, Tokens, tokenize

if TYPE_CHECKING:
    from rasd.extract.actors import ActorMention


class _Located(Protocol):
    @property
    def start(self) -> int: ...


Located = TypeVar("Located", bound=_Located)


_START = attrgetter("start")


def between(items: Sequence[Located], first: int, last: int) -> Sequence[Located]:
    """Those of `items` (hits, mentions, quantities: sorted by `start`) that start in tokens[first:last]."""
    return items[bisect_left(items, first, key=_START) : bisect_left(items, last, key=_START)]


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence: its character span, its tokens tokens[first:last], its clauses' token starts."""

    span: Segment
    first: int
    """Index of its first token."""
    last: int
    """Index past its last token."""
    clause_starts: tuple[int, ...]
    """Token index at which each clause begins, the first being `first`."""

    def clause_of(self, token: int) -> int:
        """Index (0-based) of the clause that holds `token`: the last that begins at or before it."""
        return max(bisect_right(self.clause_starts, token) - 1, 0)

    def starting_in(self, items: Sequence[Located]) -> Sequence[Located]:
        """Those of `items` (hits, mentions, quantities: sorted by `start`) that start in this sentence."""
        return between(items, self.first, self.last)


@dataclass(frozen=True, slots=True)
class Draft:
    """An event being built, with where it was found: stages after `find_events` refine it."""

    event: Event
    sentence: int
    """Index of its sentence in `Doc.sentences`."""
    triggers: tuple[Hit, ...]
    """The trigger hits of its type in that sentence, the first being the main one."""


@dataclass(frozen=True, slots=True)
class Doc:
    """An article read by rasd, and what each stage found in it."""

    article: Article
    norm: Normalised
    tokens: tuple[Token, ...]
    sentences: tuple[Sentence, ...]
    quantities: tuple[Quantity, ...] = ()
    """Numbers and number phrases (stage `find_mentions`)."""
    hedges: frozenset[int] = frozenset()
    """Indexes of the tokens right after a hedge such as "ما لا يقل عن" (stage `find_mentions`)."""
    triggers: tuple[Hit, ...] = ()
    """Trigger words and phrases (stage `find_mentions`)."""
    people: tuple[Hit, ...] = ()
    """Nouns for counted people (stage `find_mentions`)."""
    markers: tuple[Hit, ...] = ()
    """Negation, breakdown and hedge words (stage `find_mentions`)."""
    reporting: tuple[Hit, ...] = ()
    """Words that introduce a source, a denial or an agent (stage `find_mentions`)."""
    places: tuple[Hit, ...] = ()
    """Gazetteer place names (stage `find_mentions`)."""
    domains: tuple[Hit, ...] = ()
    """Words of sport, arts, technology or markets news: "المباراة", "الفيلم" (stage `find_domains`)."""
    actors: tuple[ActorMention, ...] = ()
    """Actor mentions (stage `find_actors`)."""
    drafts: tuple[Draft, ...] = ()
    """Events with where they were found (stage `find_events`, refined by the stages after it)."""
    _marker_ends: tuple[tuple[Hit, ...], dict[int, str]] | None = field(
        default=None, repr=False, compare=False
    )
    """`markers`, and the kind of the first marker ending at each token (for `marker_before`): made when
    first asked, and handed on by `replace` to the Docs made from this one (remade if `markers` change)."""

    @property
    def events(self) -> tuple[Event, ...]:
        """The events found so far."""
        return tuple(draft.event for draft in self.drafts)

    def marker_before(self, token: int) -> str | None:
        """The kind of the marker word that ends right before `token` ("locative" for في), if any."""
        known = self._marker_ends
        if known is None or known[0] is not self.markers:
            ends: dict[int, str] = {}
            for hit in self.markers:
                ends.setdefault(hit.end, hit.entry.fields["kind"])
            known = (self.markers, ends)
            object.__setattr__(self, "_marker_ends", known)
        return known[1].get(token)

    def quote(self, first: int, last: int) -> str:
        """The original text of tokens[first:last] (what `evidence` quotes, without making an Evidence)."""
        begin, finish = self.norm.to_original(self.tokens[first].start, self.tokens[last - 1].end)
        return self.article.text[begin:finish]

    def evidence(self, first: int, last: int, rule: str | None = None) -> Evidence:
        """Evidence for tokens[first:last], quoting the original text."""
        return self.char_evidence(self.tokens[first].start, self.tokens[last - 1].end, rule)

    def char_evidence(self, start: int, end: int, rule: str | None = None) -> Evidence:
        """Evidence for the normalised span [start, end), quoting the original text."""
        begin, finish = self.norm.to_original(start, end)
        return Evidence(text=self.article.text[begin:finish], start=begin, end=finish, rule=rule)


def _sentence(starts: list[int], text: str, span: Segment, first: int) -> Sentence:
    """The sentence of `span`, its tokens from `first` on (`starts`: where each token starts)."""
    last = max(bisect_left(starts, span.end, first), first)
    clauses = [max(bisect_left(starts, offset, first, last), first) for offset in clause_offsets(text, span)]
    return Sentence(span, first, last, tuple(clauses) or (first,))


def read_article(article: Article) -> Doc:
    """Normalise, tokenise and split an article into sentences: the first stage."""
    norm = normalise(article.text)
    tokens = tokenize(norm.text)
    starts = [token.start for token in tokens]
    sentences = []
    first = 0
    for span in split_sentences(norm.text):
        first = max(bisect_left(starts, span.start, first), first)
        sentence = _sentence(starts, norm.text, span, first)
        sentences.append(sentence)
        first = sentence.last
    return Doc(article, norm, Tokens(tokens), tuple(sentences))
