"""rasd.batch on a real Dask cluster (a scheduler and two worker processes) and in-process."""

from __future__ import annotations

import datetime as dt
import json

import pyarrow.parquet as pq
import pytest
from batch_archive import RAISING, sorted_rows
from click.testing import CliRunner

from rasd.batch import BatchError, part_name, plan_partitions, run_batch
from rasd.cli import main
from rasd.model import Article
from rasd.pipeline import extract


def _errors(path) -> list[dict]:
    with open(path, encoding="utf-8") as lines:
        return [json.loads(line) for line in lines]


def _check_errors(records: list[dict], archive) -> None:
    """Every bad record of the archive is in the errors file, named by its file and line."""
    path, lines = archive
    by_kind = {(record["kind"], record["where"]): record for record in records}
    assert ("unreadable", f"{path}:{lines['malformed']}") in by_kind
    assert by_kind["unreadable", f"{path}:{lines['no-text']}"]["error"] == "missing 'text'"
    failed = by_kind["failed", f"{path}:{lines['raising']}"]
    assert failed["id"] == RAISING["id"] and failed["error"].startswith("OverflowError")
    assert ("skipped", f"{path}:{lines['english']}") in by_kind
    assert len(records) == 4


def test_the_raising_article_raises(lexicons):
    article = Article(id="x", text=RAISING["text"], published=dt.date(1, 1, 1))
    with pytest.raises(OverflowError):
        extract(article, lexicons)


def test_dask_run_equals_the_local_extraction(dask_scheduler, archive, expected_rows, tmp_path):
    output = tmp_path / "events"
    report = run_batch(str(archive[0]), str(output), engine="dask", scheduler=dask_scheduler, rows=60)
    partitions = plan_partitions(str(archive[0]), 60)
    assert report.partitions == len(partitions) == 6
    assert sorted(p.name for p in output.glob("*.parquet")) == [part_name(n) for n in range(6)]
    assert sorted_rows(pq.read_table(output)) == expected_rows
    assert report.events == len(expected_rows) and report.articles == 338 + 4 + 1
    assert report.errors == {"unreadable": 2, "failed": 1, "skipped": 1}
    _check_errors(_errors(output / "_errors.jsonl"), archive)


def test_local_engine_writes_the_same_parts(archive, expected_rows, tmp_path):
    output = tmp_path / "events"
    report = run_batch(
        str(archive[0]), str(output), engine="local", rows=100, errors=str(tmp_path / "e.jsonl")
    )
    assert report.partitions == 4
    assert sorted_rows(pq.read_table(output)) == expected_rows
    _check_errors(_errors(tmp_path / "e.jsonl"), archive)


def test_each_part_holds_the_events_of_its_lines(archive, tmp_path):
    output = tmp_path / "events"
    run_batch(str(archive[0]), str(output), rows=100)
    first = pq.read_table(output / part_name(0)).column("article_id").to_pylist()
    last = pq.read_table(output / part_name(3)).column("article_id").to_pylist()
    assert "b-idlib" in first and "b-idlib" not in last
    assert pq.read_table(output / part_name(3)).schema.names == pq.read_table(output).schema.names


def test_output_folder_must_be_new_or_empty(archive, tmp_path):
    (tmp_path / "old.parquet").write_bytes(b"")
    with pytest.raises(BatchError, match="new or empty"):
        run_batch(str(archive[0]), str(tmp_path))


def test_dask_engine_needs_a_scheduler(archive, tmp_path):
    with pytest.raises(BatchError, match="scheduler"):
        run_batch(str(archive[0]), str(tmp_path / "out"), engine="dask")


def test_cli_batch_on_the_cluster(dask_scheduler, archive, expected_rows, tmp_path):
    output, errors = tmp_path / "events", tmp_path / "errors.jsonl"
    args = ["batch", "--engine", "dask", "--scheduler", dask_scheduler, str(archive[0]), str(output)]
    result = CliRunner().invoke(main, [*args, "--errors", str(errors), "--rows", "150"])
    assert result.exit_code == 1, result.output  # records could not be read or extracted
    assert sorted_rows(pq.read_table(output)) == expected_rows
    assert "343 article(s)" in result.stderr and "4 record(s) in " in result.stderr
    _check_errors(_errors(errors), archive)
