"""Where the benchmarks find the ANT 2018 corpus, and how they measure time and memory."""

from __future__ import annotations

import os
import resource
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from rasd.ingest.read import read_articles
from rasd.model import Article

CORPUS = Path(
    os.environ.get("RASD_CORPUS", Path(__file__).resolve().parents[2] / "shared/corpus/ant-2018.jsonl.gz")
)
"""The corpus: ../shared/corpus/ant-2018.jsonl.gz beside the project, or $RASD_CORPUS."""


def corpus_or_skip(name: str) -> Path:
    """The corpus path; without it, say why the benchmark is skipped and exit cleanly."""
    if not CORPUS.is_file():
        print(f"{name}: skipped, no corpus at {CORPUS} (set RASD_CORPUS to its path)")
        sys.exit(0)
    return CORPUS


def articles(path: Path, limit: int | None = None) -> Iterator[Article]:
    """The corpus articles, streamed (records that are not articles are left out)."""
    count = 0
    for item in read_articles(str(path)):
        if isinstance(item, Article):
            if limit is not None and count >= limit:
                return
            count += 1
            yield item


def cpu() -> float:
    """CPU seconds this process has used: steadier than wall time on a shared machine."""
    return time.process_time()


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far, in MB (Linux reports KB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
