"""One partition through the pipeline: read it, extract each article, write its events as Parquet.

The same function runs on a Dask worker and in-process (`--engine local`): it returns what went
wrong as error records (never drops them) and a count of what it did.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field

from rasd.batch.partitions import Partition, numbered_records
from rasd.errors import InputError, SkippedInput
from rasd.export import write_parquet
from rasd.lexicon.lexicons import Lexicons
from rasd.model import Event
from rasd.pipeline import Failure, extract_many

__all__ = ["PartitionResult", "error_record", "part_name", "run_partition"]

ErrorRecord = dict[str, object]


@dataclass(slots=True)
class PartitionResult:
    """What one partition gave: counts, and a record for each article or line that went wrong."""

    number: int
    articles: int = 0
    """Articles extracted (failures included)."""
    events: int = 0
    errors: list[ErrorRecord] = field(default_factory=list)
    """One per unreadable record, skipped record or failed article; see `error_record`."""


def part_name(number: int) -> str:
    """The output file of partition `number`: part_name(7) == "part-00007.parquet"."""
    return f"part-{number:05d}.parquet"


def error_record(kind: str, where: str, error: str, article_id: str | None = None) -> ErrorRecord:
    """One line of the errors file: kind (unreadable, skipped, failed, partition), id, where, error."""
    return {"kind": kind, "id": article_id, "where": where, "error": error}


def run_partition(partition: Partition, output: str, lexicons: Lexicons) -> PartitionResult:
    """Extract the articles of `partition` and write their events to OUTPUT/part-NNNNN.parquet.

    The file is written under a temporary name then renamed: it is there whole or not at all.
    """
    result = PartitionResult(partition.number)
    target = os.path.join(output, part_name(partition.number))
    partial = f"{target}.{os.getpid()}.tmp"
    try:
        write_parquet(_events(partition, lexicons, result), partial)
        os.replace(partial, target)
    except BaseException:
        if os.path.exists(partial):
            os.remove(partial)
        raise
    return result


def _events(partition: Partition, lexicons: Lexicons, result: PartitionResult) -> Iterator[Event]:
    """The events of the partition's articles in order; what goes wrong is noted in `result`."""
    for line, item in numbered_records(partition):
        where = f"{partition.path}:{line}"
        if isinstance(item, InputError):
            kind = "skipped" if isinstance(item, SkippedInput) else "unreadable"
            result.errors.append(error_record(kind, where, item.problem))
            continue
        result.articles += 1
        extracted = next(extract_many([item], lexicons))
        if isinstance(extracted, Failure):
            result.errors.append(error_record("failed", where, extracted.error, extracted.article_id))
        else:
            result.events += len(extracted.events)
            yield from extracted.events
