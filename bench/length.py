"""Benchmark: extraction time against article length, and the exponent of the fitted power law.

Words of the corpus, in order, are cut into articles of 100, 250, 500, 1000, 2000 and 5000
words; each length gets about the same number of words in all. A warm-up pass reads them all
first, so every length meets the matchers equally warm. The exponent is the least-squares
slope of log(time per article) on log(words): 1.0 means cost linear in length.
Run with `make bench`. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import math
import re

from corpus import articles, corpus_or_skip, cpu

from rasd.lexicon.lexicons import Lexicons, load_lexicons
from rasd.model import Article
from rasd.pipeline import extract

LENGTHS = (100, 250, 500, 1000, 2000, 5000)
_PIECE = re.compile(r"\S+|\n")  # words, and line breaks kept where they were


def synthetic(words: list[str], length: int, total: int) -> list[Article]:
    """Articles of `length` words cut from `words`, about `total` words in all."""
    count = max(1, total // length)
    return [
        Article(
            id=f"len{length}-{n}",
            text=" ".join(words[n * length : (n + 1) * length]).replace(" \n ", "\n"),
            published=dt.date(2018, 3, 1),
        )
        for n in range(count)
    ]


def seconds_per_article(batch: list[Article], lexicons: Lexicons) -> float:
    """CPU seconds one article of the batch takes, on average."""
    start = cpu()
    for article in batch:
        extract(article, lexicons)
    return (cpu() - start) / len(batch)


def exponent(lengths: list[int], times: list[float]) -> float:
    """Least-squares slope of log(time) on log(length)."""
    xs, ys = [math.log(n) for n in lengths], [math.log(t) for t in times]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sum((x - mx) ** 2 for x in xs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=100_000, help="words read at each length")
    options = parser.parse_args()
    path = corpus_or_skip("length")
    words: list[str] = []
    for article in articles(path):
        words.extend(_PIECE.findall(article.text))
        words.append("\n")
        if len(words) >= options.words + max(LENGTHS):
            break
    lexicons = load_lexicons()
    batches = {length: synthetic(words, length, options.words) for length in LENGTHS}
    for article in batches[1000]:  # warm-up: every word seen once
        extract(article, lexicons)
    times = []
    for length, batch in batches.items():
        times.append(seconds_per_article(batch, lexicons))
        print(f"{length:>5} words: {times[-1] * 1000:8.2f} ms per article ({len(batch)} articles)")
    print(f"fitted exponent (time ~ words^k): k = {exponent(list(LENGTHS), times):.2f}")


if __name__ == "__main__":
    main()
