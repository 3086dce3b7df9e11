"""The pipeline: the stages an article goes through, in order, each a pure function of the Doc.

    read_article -> find_mentions -> find_domains -> find_actors -> find_events -> find_participants
                 -> find_attribution -> find_places -> resolve_dates -> keep_relevant -> keep_in_domain
                 -> merge_events

`extract` runs them all on one article; `extract_many` on a stream of them, where one
article that fails is reported and the rest go on.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from rasd.doc import Doc, read_article
from rasd.extract.actors import find_actors
from rasd.extract.attribution import find_attribution
from rasd.extract.domain import find_domains, keep_in_domain
from rasd.extract.events import find_events
from rasd.extract.mentions import find_mentions
from rasd.extract.merge import merge_events
from rasd.extract.participants import find_participants
from rasd.extract.relevance import keep_relevant
from rasd.lexicon.lexicons import Lexicons, load_lexicons
from rasd.model import Article, ArticleEvents
from rasd.resolve.dates import resolve_dates
from rasd.resolve.places import find_places


def analyse(article: Article, lexicons: Lexicons | None = None) -> Doc:
    """Run every stage on one article and return the annotated Doc."""
    lexicons = lexicons or load_lexicons()
    doc = read_article(article)
    doc = find_mentions(doc, lexicons)
    doc = find_domains(doc, lexicons)
    doc = find_actors(doc, lexicons)
    doc = find_events(doc, lexicons)
    doc = find_participants(doc)
    doc = find_attribution(doc)
    doc = find_places(doc, lexicons)
    doc = resolve_dates(doc, lexicons)
    doc = keep_relevant(doc)
    doc = keep_in_domain(doc)
    return merge_events(doc)


def extract(article: Article, lexicons: Lexicons | None = None) -> ArticleEvents:
    """The events of one article: `{"id": ..., "events": [...]}`."""
    return ArticleEvents(id=article.id, events=list(analyse(article, lexicons).events))


@dataclass(frozen=True, slots=True)
class Failure:
    """An article the pipeline could not process, and why."""

    article_id: str
    error: str


def extract_many(
    articles: Iterable[Article], lexicons: Lexicons | None = None
) -> Iterator[ArticleEvents | Failure]:
    """Extract each article in turn; an article that raises yields a `Failure` and the rest go on."""
    lexicons = lexicons or load_lexicons()
    for article in articles:
        try:
            yield extract(article, lexicons)
        except Exception as error:  # one bad article must never stop a batch
            yield Failure(article.id, f"{type(error).__name__}: {error}")
