"""The routes that extract and change the store: extract (nothing stored), articles, reprocess, delete.

Each calls the library functions the CLI calls: rasd.pipeline.extract, rasd.ingest.run.ingest,
reprocess and merge_store, Store.delete_article.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Body, Depends, HTTPException
from fastapi.exceptions import RequestValidationError

from rasd.errors import InputError, SkippedInput
from rasd.ingest.arabic import require_arabic
from rasd.ingest.run import Tally as IngestTally
from rasd.ingest.run import ingest, merge_store, reprocess
from rasd.lexicon.lexicons import Lexicons
from rasd.model import Article, ArticleEvents
from rasd.pipeline import extract
from rasd.store import Store
from rasd.web import examples
from rasd.web.auth import KEY_RESPONSES, require_key
from rasd.web.deps import lexicons_of, store_of
from rasd.web.models import ArticlesRequest, Deleted, ExtractRequest, Problem, Tally

router = APIRouter()
keyed = APIRouter(dependencies=[Depends(require_key)], responses=KEY_RESPONSES)
StoreDep = Annotated[Store, Depends(store_of)]
LexiconsDep = Annotated[Lexicons, Depends(lexicons_of)]
TOO_LARGE = {413: {"model": Problem, "description": "The request body is over the server's limit."}}


@router.post(
    "/extract",
    summary="Extract events from one text",
    description=(
        "rasd's output for one Arabic text, `{id, events}`: every event with its fields and the evidence "
        "span of each. Nothing is stored."
    ),
    responses={**TOO_LARGE, 200: {"content": {"application/json": {"example": examples.EXTRACTED}}}},
)
def extract_text(
    request: Annotated[ExtractRequest, Body(openapi_examples=examples.EXTRACT_BODIES)], lexicons: LexiconsDep
) -> ArticleEvents:
    """The events of the text: {"text": "قتل 6 مدنيين…"} -> {"id": "request", "events": [ASSAULT…]}."""
    article = Article(id=request.id or "request", text=request.text, published=request.published)
    try:
        return extract(article, lexicons)
    except Exception as error:  # a text the pipeline cannot read is the caller's answer, not a crash
        problem = f"rasd could not process this text: {type(error).__name__}: {error}"
        raise RequestValidationError(
            [{"loc": ("body", "text"), "msg": problem, "type": "extraction"}]
        ) from None


def _readable(article: Article, number: int) -> Article | InputError:
    """The article, or a notice that it has no Arabic text, named by its place in the request."""
    try:
        require_arabic(article.text, "articles", number, article.id)
    except SkippedInput as skipped:
        return skipped
    return article


def _tally(tally: IngestTally, happenings: int) -> Tally:
    return Tally(
        stored=tally.stored,
        already=tally.already,
        failed=tally.failed,
        skipped=tally.skipped,
        problems=tally.problems,
        events=tally.events,
        happenings=happenings,
    )


@keyed.post(
    "/articles",
    summary="Store articles (needs a write key)",
    description=(
        "Extract each article and store it with its events (an article already stored, by id or text, is "
        "counted in `already`), then merge every stored event into happenings across outlets, as "
        "`rasd ingest` does. An article without Arabic text is named in `skipped`; one whose extraction "
        "fails is stored with its error (`failed`) for POST /reprocess."
    ),
    responses={**TOO_LARGE, 200: {"content": {"application/json": {"example": examples.TALLY}}}},
)
def post_articles(
    request: Annotated[ArticlesRequest, Body(openapi_examples=examples.ARTICLES_BODIES)],
    store: StoreDep,
    lexicons: LexiconsDep,
) -> Tally:
    """Ingest the articles and merge: {"articles": [{"id": "a1", "text": "قتل 6 مدنيين…"}]}."""
    items = [_readable(article, number) for number, article in enumerate(request.articles)]
    tally = ingest(items, store, lexicons)
    return _tally(tally, merge_store(store))


@keyed.post(
    "/reprocess",
    summary="Extract failed articles again (needs a write key)",
    description="Extract again each article stored with an error, then merge (`rasd reprocess`).",
    responses={200: {"content": {"application/json": {"example": examples.TALLY}}}},
)
def post_reprocess(store: StoreDep, lexicons: LexiconsDep) -> Tally:
    """Retry the failed articles; those that now succeed replace their failure."""
    return _tally(reprocess(store, lexicons), merge_store(store))


@keyed.delete(
    "/articles/{article_id}",
    summary="Remove an article (needs a write key)",
    description="Remove the article and its events, then merge the remaining events into happenings again.",
    responses={
        404: {"model": Problem, "description": "No such article."},
        200: {"content": {"application/json": {"example": {"deleted": "aljazeera-1", "happenings": 1}}}},
    },
)
def delete_article(article_id: str, store: StoreDep) -> Deleted:
    """Delete one article; 404 when the store does not have it."""
    if not store.delete_article(article_id):
        raise HTTPException(404, f"no article {article_id!r}")
    return Deleted(deleted=article_id, happenings=merge_store(store))


router.include_router(keyed)
