"""Benchmark: how long the lexicons (the gazetteer among them) take to load, and how much memory they hold.

Run with `make bench`. Prints figures; asserts nothing.
"""

from __future__ import annotations

import gc
import time
import tracemalloc

from rasd.lexicon.lexicons import load_lexicons
from rasd.lexicon.loader import data_path, read_tsv
from rasd.lexicon.matcher import Matcher


def _timed(build):
    gc.collect()
    start = time.perf_counter()
    value = build()
    return value, time.perf_counter() - start


def _memory(build) -> float:
    gc.collect()
    tracemalloc.start()
    value = build()
    current, _ = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    del value
    return current / 1e6


def gazetteer() -> Matcher:
    return Matcher(read_tsv(data_path("places.tsv"), ("country", "lat", "lon", "kind")))


def main() -> None:
    _, seconds = _timed(gazetteer)
    print(f"gazetteer: {seconds:.3f} s to load, {_memory(gazetteer):.1f} MB held")
    _, seconds = _timed(load_lexicons)
    print(f"all lexicons: {seconds:.3f} s to load, {_memory(load_lexicons.__wrapped__):.1f} MB held")


if __name__ == "__main__":
    main()
