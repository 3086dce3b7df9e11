"""The `rasd batch` command: an archive to Parquet, on a Dask cluster or in-process."""

from __future__ import annotations

import sys

import click

from rasd.batch import run_batch


@click.command()
@click.argument("source", metavar="INPUT")
@click.argument("output", type=click.Path(file_okay=False))
@click.option(
    "--engine",
    type=click.Choice(["local", "dask"]),
    default="local",
    show_default=True,
    help="dask: on the Dask distributed cluster at --scheduler; local: the same code in this process.",
)
@click.option("--scheduler", metavar="ADDRESS", help="The Dask scheduler, e.g. tcp://10.0.0.5:8786.")
@click.option(
    "--errors",
    type=click.Path(dir_okay=False),
    help="Where to write the records that could not be read or extracted [default: OUTPUT/_errors.jsonl].",
)
@click.option("--rows", default=2000, show_default=True, metavar="N", help="Lines per JSONL partition.")
def batch(
    source: str, output: str, engine: str, scheduler: str | None, errors: str | None, rows: int
) -> None:
    """Extract every article of INPUT (JSONL, plain or .gz; Parquet with columns id, text, published,
    outlet, url, title; or a folder of them) into OUTPUT, a new folder: one Parquet file of events
    per partition, one row per event with the columns of the CSV export.

    Unreadable records, records without Arabic text and articles whose extraction fails are written
    to the errors file (JSON Lines: kind, id, where as FILE:LINE, error); the exit status is then 1.
    """
    report = run_batch(source, output, engine, scheduler, errors, rows)  # type: ignore[arg-type]
    kinds = ", ".join(f"{count} {kind}" for kind, count in sorted(report.errors.items()))
    click.echo(
        f"rasd: {report.articles} article(s) in {report.partitions} partition(s), {report.events} events "
        f"in {output}; {sum(report.errors.values())} record(s) in {report.errors_path}"
        + (f" ({kinds})." if kinds else "."),
        err=True,
    )
    if report.problems:
        sys.exit(1)
