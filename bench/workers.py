"""Benchmark: articles per second with 1 and 2 worker processes, and through Dask with two workers.

    .venv/bin/python bench/workers.py [--articles 3000] [--corpus PATH] [--no-dask]

Reads the first N articles of the ANT 2018 corpus. Prints figures and the load average (other
processes on the machine slow every figure down); asserts nothing.
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import os
import resource
import tempfile
import time
from pathlib import Path

from rasd.batch import run_batch
from rasd.ingest.read import read_articles
from rasd.lexicon.lexicons import load_lexicons
from rasd.parallel import available_cores, extract_parallel

CORPUS = "/work/shared/corpus/ant-2018.jsonl.gz"


def _first_lines(corpus: str, count: int, folder: str) -> str:
    """The first `count` lines of the corpus as a plain JSONL file (so every run reads the same)."""
    path = os.path.join(folder, "articles.jsonl")
    with gzip.open(corpus, "rt", encoding="utf-8") as source, open(path, "w", encoding="utf-8") as target:
        target.writelines(itertools.islice(source, count))
    return path


def _cpu_seconds() -> float:
    """CPU time of this process and of its finished children (the worker processes)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _workers(path: str, workers: int) -> tuple[int, float, float]:
    """Articles done, wall seconds, CPU seconds."""
    start, cpu = time.perf_counter(), _cpu_seconds()
    done = sum(1 for _ in extract_parallel(read_articles(path), workers))
    return done, time.perf_counter() - start, _cpu_seconds() - cpu


def _dask(path: str, folder: str) -> tuple[int, float]:
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        start = time.perf_counter()
        report = run_batch(path, os.path.join(folder, "events"), "dask", cluster.scheduler_address, rows=250)
        return report.articles, time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=3000)
    parser.add_argument("--corpus", default=CORPUS)
    parser.add_argument("--no-dask", action="store_true")
    options = parser.parse_args()
    if not Path(options.corpus).exists():
        raise SystemExit(f"no corpus at {options.corpus}")
    load_lexicons()
    print(f"{available_cores()} core(s) available; load average {os.getloadavg()[0]:.2f} at the start")
    with tempfile.TemporaryDirectory() as folder:
        path = _first_lines(options.corpus, options.articles, folder)
        rates = {}
        for workers in (1, 2):
            done, seconds, cpu = _workers(path, workers)
            rates[workers] = done / seconds
            print(
                f"extract_parallel, {workers} worker(s): {done} articles in {seconds:.1f} s, "
                f"{rates[workers]:.0f}/s ({done / cpu:.0f} per CPU second)"
            )
        print(f"speed-up with 2 workers: {rates[2] / rates[1]:.2f}x")
        if not options.no_dask:
            done, seconds = _dask(path, folder)
            print(
                f"rasd batch, dask with 2 workers: {done} articles in {seconds:.1f} s, {done / seconds:.0f}/s"
            )
    print(f"load average {os.getloadavg()[0]:.2f} at the end")


if __name__ == "__main__":
    main()
