"""The whole ANT 2018 corpus (31,462 real articles) goes through extraction with zero failures.

On every core this machine gives us (`rasd.parallel.extract_parallel`); a few minutes on two cores.
Skipped when shared/corpus is not beside the repository.
"""

from collections import deque
from collections.abc import Iterator
from pathlib import Path

import pytest

from rasd.errors import InputError
from rasd.ingest.read import read_articles
from rasd.model import Article
from rasd.parallel import available_cores, extract_parallel
from rasd.pipeline import Failure

CORPUS = Path(__file__).parents[3] / "shared" / "corpus" / "ant-2018.jsonl.gz"


@pytest.mark.skipif(not CORPUS.exists(), reason="shared/corpus is not beside the repo")
def test_the_whole_corpus_extracts_without_a_failure(lexicons, robustness_report):
    pending: deque[Article | InputError] = deque()

    def remembered() -> Iterator[Article | InputError]:
        for item in read_articles(str(CORPUS)):
            pending.append(item)
            yield item

    articles = events = 0
    failures: list[str] = []
    unreadable: list[str] = []
    for result in extract_parallel(remembered(), workers=available_cores(), lexicons=lexicons):
        item = pending.popleft()
        if isinstance(item, InputError):
            unreadable.append(str(item))
            continue
        articles += 1
        if isinstance(result, Failure):
            failures.append(f"{result.article_id}: {result.error}")
            continue
        events += len(result.events)
        for event in result.events:
            for evidence in (event.evidence, *event.field_evidence.values()):
                assert item.text[evidence.start : evidence.end] == evidence.text, (item.id, evidence)
    robustness_report(
        f"{CORPUS.name}: {articles} articles, {len(failures)} failures, {events} events,"
        f" {len(unreadable)} unreadable records"
    )
    assert failures == [] and unreadable == []
    assert articles > 30_000
