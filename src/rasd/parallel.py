"""The pipeline on several cores: worker processes, chunks of articles, results in input order.

    for result in extract_parallel(read_articles("archive.jsonl.gz"), workers=2):
        ...   # ArticleEvents, Failure (extraction raised) or InputError (unreadable record), in order

Memory stays constant: at most `2 * workers` chunks are in flight, the input is read only as fast as
results are taken. Each worker process loads the lexicons once, when it starts. `ingest_parallel`
extracts in the workers and stores in the calling process (one writer).
"""

from __future__ import annotations

import multiprocessing
import os
import queue
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from rasd.errors import InputError, RasdError, SkippedInput
from rasd.ingest.run import Tally
from rasd.lexicon.lexicons import Lexicons, load_lexicons
from rasd.model import Article, ArticleEvents
from rasd.pipeline import Failure, extract_many
from rasd.store import Store

__all__ = ["WorkerLost", "available_cores", "extract_parallel", "ingest_parallel"]

Item = Article | InputError
Result = ArticleEvents | Failure | InputError
_POLL_SECONDS = 1.0
_START_METHOD = "spawn"
"""Workers start as fresh interpreters, never forks of this one (which may hold threads and locks)."""


class WorkerLost(RasdError):
    """A worker process died (killed, out of memory) while articles were in its hands."""


def available_cores() -> int:
    """The cores this process may run on (its CPU affinity), at least 1."""
    try:
        return max(len(os.sched_getaffinity(0)), 1)
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def extract_parallel(
    items: Iterable[Item], workers: int, lexicons: Lexicons | None = None, chunk: int = 64
) -> Iterator[Result]:
    """The result of each item in input order: its ArticleEvents or Failure, or the InputError itself.

    `workers` processes each take `chunk` articles at a time; workers=1 (or an input shorter than
    one chunk) runs in this process. `lexicons` default to the shipped ones, loaded in each worker.
    """
    if workers < 1 or chunk < 1:
        raise ValueError(f"workers and chunk must be at least 1, got {workers} and {chunk}")
    chunks = _chunks(items, chunk)
    head = [part for part in (next(chunks, None), next(chunks, None)) if part is not None]
    if not head:
        return
    if workers == 1 or len(head) < 2:
        lexicons = lexicons or load_lexicons()
        for part in _prepend(head, chunks):
            yield from _extract_chunk(part, lexicons)
        return
    yield from _Pool(workers, lexicons).run(_prepend(head, chunks))


def _chunks(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    """Lists of items holding `size` articles each (the InputErrors between them ride along)."""
    iterator = iter(items)
    while True:
        part: list[Item] = []
        articles = 0
        for item in iterator:
            part.append(item)
            articles += isinstance(item, Article)
            if articles == size:
                break
        if not part:
            return
        yield part


def _prepend(head: list[list[Item]], rest: Iterator[list[Item]]) -> Iterator[list[Item]]:
    yield from head
    yield from rest


def _extract_chunk(part: list[Item], lexicons: Lexicons) -> list[Result]:
    """The results of one chunk in order: InputErrors as they are, articles through `extract_many`."""
    results = iter(extract_many((item for item in part if isinstance(item, Article)), lexicons))
    return [item if isinstance(item, InputError) else next(results) for item in part]


def _serve(lexicons: Lexicons | None, jobs: Any, results: Any) -> None:
    """A worker process: load the lexicons once, then extract each chunk it is sent until told to stop.

    It also stops when its parent is gone (killed with SIGKILL), rather than wait forever.
    """
    lexicons = lexicons or load_lexicons()
    parent = multiprocessing.parent_process()
    while True:
        try:
            job = jobs.get(timeout=_POLL_SECONDS)
        except queue.Empty:
            if parent is not None and not parent.is_alive():
                results.cancel_join_thread()
                return
            continue
        if job is None:
            return
        number, articles = job
        results.put((number, list(extract_many(articles, lexicons))))


class _Pool:
    """Worker processes fed through one queue; results are put back in input order."""

    def __init__(self, workers: int, lexicons: Lexicons | None) -> None:
        context = multiprocessing.get_context(_START_METHOD)
        self.jobs = context.Queue()
        self.results = context.Queue()
        self.limit = 2 * workers
        self.processes = [
            context.Process(target=_serve, args=(lexicons, self.jobs, self.results), daemon=True)
            for _ in range(workers)
        ]

    def run(self, chunks: Iterator[list[Item]]) -> Iterator[Result]:
        """Send chunks while fewer than `limit` are in flight; yield each one's results in order."""
        for process in self.processes:
            process.start()
        sent: deque[list[Item]] = deque()
        done: dict[int, list[ArticleEvents | Failure]] = {}
        taken = 0
        try:
            for part in chunks:
                self._send(taken + len(sent), part)
                sent.append(part)
                while len(sent) >= self.limit:
                    yield from self._merge(sent.popleft(), self._wait(taken, done))
                    taken += 1
            while sent:
                yield from self._merge(sent.popleft(), self._wait(taken, done))
                taken += 1
            for _ in self.processes:
                self.jobs.put(None)
            for process in self.processes:
                process.join()
        finally:
            self._stop()

    def _send(self, number: int, part: list[Item]) -> None:
        self.jobs.put((number, [item for item in part if isinstance(item, Article)]))

    def _wait(self, number: int, done: dict[int, list[ArticleEvents | Failure]]) -> list:
        """The results of chunk `number`, keeping those of later chunks that arrive first."""
        while number not in done:
            try:
                finished, results = self.results.get(timeout=_POLL_SECONDS)
            except queue.Empty:
                self._check_alive()
                continue
            done[finished] = results
        return done.pop(number)

    @staticmethod
    def _merge(part: list[Item], results: list[ArticleEvents | Failure]) -> Iterator[Result]:
        extracted = iter(results)
        for item in part:
            yield item if isinstance(item, InputError) else next(extracted)

    def _check_alive(self) -> None:
        dead = [process for process in self.processes if process.exitcode is not None]
        if dead:
            codes = ", ".join(str(process.exitcode) for process in dead)
            raise WorkerLost(f"{len(dead)} worker process(es) died (exit code {codes}) with articles in hand")

    def _stop(self) -> None:
        for process in self.processes:
            if process.is_alive():
                process.terminate()
            process.join()
        for channel in (self.jobs, self.results):
            channel.close()
            channel.cancel_join_thread()


def ingest_parallel(
    items: Iterable[Item],
    store: Store,
    workers: int,
    lexicons: Lexicons | None = None,
    step: Callable[[Item], None] | None = None,
) -> Tally:
    """As `rasd.ingest.run.ingest`, with the extraction in `workers` processes and the writing here."""
    tally = Tally()
    pending: deque[Item] = deque()

    def fresh() -> Iterator[Item]:
        for item in items:
            if isinstance(item, Article) and store.has(item.id):
                tally.already += 1
                if step:
                    step(item)
                continue
            pending.append(item)
            yield item

    for result in extract_parallel(fresh(), workers, lexicons):
        item = pending.popleft()
        _keep(item, result, store, tally)
        if step:
            step(item)
    return tally


def _keep(item: Item, result: Result, store: Store, tally: Tally) -> None:
    """Count an unreadable record, or store an article with its events (or with its error)."""
    if isinstance(item, SkippedInput):
        tally.skipped.append(str(item))
    elif isinstance(item, InputError):
        tally.problems.append(str(item))
    elif isinstance(result, Failure):
        store.put_failure(item, result.error)
        tally.failed += 1
    elif isinstance(result, ArticleEvents) and store.put(item, result.events):
        tally.stored += 1
        tally.events += len(result.events)
    else:
        tally.already += 1
