"""Archives too big for one process: the pipeline mapped over partitions, on Dask or in-process.

    report = run_batch("archive/", "events/", engine="dask", scheduler="tcp://10.0.0.5:8786")

INPUT is a JSONL file (plain or .gz), a Parquet file (columns id, text, published, outlet, url,
title) or a folder of them; OUTPUT a new folder that gets one Parquet file of events per partition
(one row per event, the columns of the CSV export) and `_errors.jsonl`, one line per unreadable
record, skipped record, failed article or lost partition. See docs/scaling.md.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Literal

from rasd.batch.job import PartitionResult, part_name, run_partition
from rasd.batch.partitions import Partition, plan_partitions, read_partition
from rasd.errors import RasdError
from rasd.lexicon.lexicons import Lexicons, load_lexicons

__all__ = [
    "BatchError",
    "BatchReport",
    "Partition",
    "PartitionResult",
    "part_name",
    "plan_partitions",
    "read_partition",
    "run_batch",
    "run_partition",
]

Engine = Literal["local", "dask"]
ERRORS_NAME = "_errors.jsonl"


class BatchError(RasdError):
    """A batch cannot start: its output folder is not new or empty, or dask is missing."""


@dataclass(slots=True)
class BatchReport:
    """What a batch did."""

    partitions: int = 0
    articles: int = 0
    """Articles extracted, failures included."""
    events: int = 0
    errors_path: str = ""
    errors: dict[str, int] = field(default_factory=dict)
    """How many error records of each kind: unreadable, skipped, failed, partition."""

    @property
    def problems(self) -> int:
        """Error records other than skipped (non-Arabic) ones."""
        return sum(count for kind, count in self.errors.items() if kind != "skipped")


def run_batch(
    source: str,
    output: str,
    engine: Engine = "local",
    scheduler: str | None = None,
    errors: str | None = None,
    rows: int = 2000,
    lexicons: Lexicons | None = None,
) -> BatchReport:
    """Extract every article of `source` into Parquet files under `output` (see the module docstring).

    engine "dask" runs the partitions on the cluster at `scheduler`; "local" runs the same code here.
    `errors` is the errors file (default OUTPUT/_errors.jsonl); `rows` the lines per JSONL partition.
    """
    _prepare(output)
    partitions = plan_partitions(source, rows)
    errors_path = errors or os.path.join(output, ERRORS_NAME)
    report = BatchReport(partitions=len(partitions), errors_path=errors_path)
    with open(errors_path, "w", encoding="utf-8") as errors_file:
        for result in _results(partitions, output, engine, scheduler, lexicons):
            report.articles += result.articles
            report.events += result.events
            for record in result.errors:
                report.errors[str(record["kind"])] = report.errors.get(str(record["kind"]), 0) + 1
                errors_file.write(json.dumps(record, ensure_ascii=False) + "\n")
            errors_file.flush()
    return report


def _prepare(output: str) -> None:
    """Make the output folder; refuse one that holds files already (stale parts would mix in)."""
    if os.path.isdir(output) and os.listdir(output):
        raise BatchError(f"{output}: the output folder must be new or empty")
    try:
        os.makedirs(output, exist_ok=True)
    except OSError as error:
        raise BatchError(f"{output}: cannot make the output folder: {error.strerror or error}") from None


def _results(
    partitions: list[Partition],
    output: str,
    engine: Engine,
    scheduler: str | None,
    lexicons: Lexicons | None,
) -> Iterable[PartitionResult]:
    if engine == "local":
        return _local(partitions, output, lexicons or load_lexicons())
    if engine != "dask":
        raise ValueError(f"unknown engine {engine!r}: local or dask")
    if not scheduler:
        raise BatchError("engine dask needs the scheduler's address, e.g. tcp://127.0.0.1:8786")
    try:
        from rasd.batch.cluster import run_on_cluster
    except ImportError as error:
        raise BatchError(f"engine dask needs dask.distributed (pip install 'rasd[dask]'): {error}") from None
    return run_on_cluster(partitions, output, scheduler)


def _local(partitions: list[Partition], output: str, lexicons: Lexicons) -> Iterator[PartitionResult]:
    for partition in partitions:
        yield run_partition(partition, output, lexicons)
