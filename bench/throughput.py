"""Benchmark: articles per second on one core, full extraction against a floor, and peak memory.

The floor reads the corpus and runs the first stage only (normalisation, tokens, sentences);
the full run reads it and extracts every event. Each runs in its own process, so each peak
RSS is its own. Run with `make bench`; `--limit N` reads only the first N articles.
Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

from corpus import articles, corpus_or_skip, cpu, peak_rss_mb

from rasd.doc import read_article
from rasd.lexicon.lexicons import load_lexicons
from rasd.pipeline import Failure, extract_many


def _floor(path: Path, limit: int | None) -> int:
    count = 0
    for article in articles(path, limit):
        read_article(article)
        count += 1
    return count


def _full(path: Path, limit: int | None) -> int:
    count = failed = 0
    for result in extract_many(articles(path, limit), load_lexicons()):
        count += 1
        failed += isinstance(result, Failure)
    if failed:
        print(f"  ({failed} articles failed)", file=sys.stderr)
    return count


def measure(stage: str, path: Path, limit: int | None) -> dict[str, float]:
    """Run one stage over the corpus in this process: articles, CPU and wall seconds, peak RSS."""
    load_start = cpu()
    if stage == "full":
        load_lexicons()
    load = cpu() - load_start
    wall, start = time.perf_counter(), cpu()
    count = (_full if stage == "full" else _floor)(path, limit)
    return {
        "articles": count,
        "cpu": cpu() - start,
        "wall": time.perf_counter() - wall,
        "load": load,
        "rss": peak_rss_mb(),
    }


def _run(stage: str, limit: int | None) -> dict[str, float]:
    """`measure` in a fresh process."""
    command = [sys.executable, __file__, "--stage", stage]
    if limit is not None:
        command += ["--limit", str(limit)]
    return json.loads(subprocess.run(command, check=True, capture_output=True, text=True).stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, help="read only the first N articles")
    parser.add_argument("--stage", choices=("floor", "full"), help="measure one stage (internal)")
    options = parser.parse_args()
    path = corpus_or_skip("throughput")
    if options.stage:
        print(json.dumps(measure(options.stage, path, options.limit)))
        return
    floor, full = _run("floor", options.limit), _run("full", options.limit)
    for name, run in (("floor (read + normalise + tokens + sentences)", floor), ("full extraction", full)):
        rate = run["articles"] / run["cpu"]
        print(
            f"{name}: {run['articles']:.0f} articles in {run['cpu']:.1f} s CPU ({run['wall']:.1f} s wall),"
            f" {rate:.0f} articles/s, peak RSS {run['rss']:.0f} MB"
        )
    print(f"lexicons: {full['load']:.2f} s CPU to load (not counted above)")
    print(f"full / floor CPU time: {full['cpu'] / floor['cpu']:.2f}")


if __name__ == "__main__":
    main()
