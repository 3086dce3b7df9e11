"""Robustness on real news: a slice of the ANT 2018 corpus goes through extraction without a failure."""

import itertools
from pathlib import Path

import pytest

from rasd.ingest.read import read_articles
from rasd.model import Article
from rasd.pipeline import Failure, extract_many

CORPUS = Path(__file__).parents[2] / "shared" / "corpus" / "ant-2018.jsonl.gz"
SLICE = 1000


@pytest.mark.skipif(not CORPUS.exists(), reason="shared/corpus is not beside the repo")
def test_a_corpus_slice_extracts_without_failure_and_with_valid_evidence(lexicons):
    articles = list(itertools.islice(read_articles(str(CORPUS)), SLICE))
    assert all(isinstance(article, Article) for article in articles)
    texts = {article.id: article.text for article in articles}
    results = list(extract_many(articles, lexicons))
    assert [r for r in results if isinstance(r, Failure)] == []
    for result in results:
        for event in result.events:
            for evidence in (event.evidence, *event.field_evidence.values()):
                assert texts[result.id][evidence.start : evidence.end] == evidence.text
