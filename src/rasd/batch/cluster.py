"""The partitions on a Dask distributed cluster: one task per partition, lexicons loaded once per worker.

Imported only for `--engine dask`, so the rest of rasd runs without dask installed. The workers run
the same Python environment as the client (rasd installed) and see the same files (a shared disk).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from distributed import Client, WorkerPlugin, as_completed, get_worker

from rasd.batch.job import PartitionResult, error_record, run_partition
from rasd.batch.partitions import Partition
from rasd.lexicon.lexicons import load_lexicons

__all__ = ["LexiconsPlugin", "run_on_cluster"]

CONNECT_SECONDS = 30


class LexiconsPlugin(WorkerPlugin):
    """Loads rasd's lexicons once on each worker, when it joins; tasks read them from here."""

    name = "rasd-lexicons"

    def setup(self, worker) -> None:
        """Load the lexicons on `worker` (every task of that worker shares them, read-only)."""
        self.lexicons = load_lexicons()


def _run_on_worker(partition: Partition, output: str) -> PartitionResult:
    """The task: one partition, with the lexicons the worker's plugin loaded."""
    plugin = get_worker().plugins[LexiconsPlugin.name]
    return run_partition(partition, output, plugin.lexicons)


def run_on_cluster(partitions: Sequence[Partition], output: str, scheduler: str) -> Iterator[PartitionResult]:
    """Run every partition on the cluster at `scheduler` (tcp://host:port), yielding results as they end.

    A partition whose task fails (its worker died twice, a disk error) yields a result with one
    error record naming its line range, so that nothing is lost without a trace.
    """
    with Client(scheduler, timeout=CONNECT_SECONDS) as client:
        client.register_plugin(LexiconsPlugin())
        futures = client.map(_run_on_worker, list(partitions), output=output, pure=False, retries=1)
        by_key = {future.key: partition for future, partition in zip(futures, partitions, strict=True)}
        for future in as_completed(futures):
            partition = by_key[future.key]
            try:
                yield future.result()
            except Exception as error:  # a lost partition is reported, the others go on
                problem = f"{type(error).__name__}: {error}"
                failed = PartitionResult(partition.number)
                failed.errors.append(error_record("partition", partition.where(), problem))
                yield failed
            future.release()
