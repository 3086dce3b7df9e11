"""A real Dask cluster for the batch tests: `dask scheduler` and two `dask worker` processes on 127.0.0.1."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from batch_archive import RAISING, sorted_rows, write_archive

DASK = Path(sys.executable).with_name("dask")
START_SECONDS = 90


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _start(args: list[str], log: Path) -> subprocess.Popen:
    """A dask process in its own process group (so that its children are stopped with it)."""
    with open(log, "wb") as out:
        return subprocess.Popen(
            [str(DASK), *args], stdout=out, stderr=subprocess.STDOUT, start_new_session=True
        )


def _stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


@pytest.fixture(scope="session")
def dask_scheduler(tmp_path_factory) -> str:
    """The address of a running scheduler with two single-threaded workers; all stopped at the end."""
    distributed = pytest.importorskip("distributed", reason="the dask extra is not installed")
    if not DASK.exists():
        pytest.skip(f"no dask command beside {sys.executable}")
    root = tmp_path_factory.mktemp("dask")
    address = f"tcp://127.0.0.1:{_free_port()}"
    port = address.rsplit(":", 1)[1]
    processes = [
        _start(["scheduler", "--host", "127.0.0.1", "--port", port, "--no-dashboard"], root / "scheduler.log")
    ]
    try:
        for name in ("w1", "w2"):
            args = ["worker", address, "--host", "127.0.0.1", "--nthreads", "1", "--nworkers", "1"]
            args += ["--name", name, "--no-dashboard", "--local-directory", str(root / name)]
            processes.append(_start(args, root / f"{name}.log"))
        with distributed.Client(address, timeout=START_SECONDS) as client:
            client.wait_for_workers(2, timeout=START_SECONDS)
        yield address
    finally:
        for process in reversed(processes):
            _stop(process)


@pytest.fixture(scope="session")
def archive(tmp_path_factory) -> tuple[Path, dict[str, int]]:
    """The archive's path and the lines of its bad records (malformed, no-text, raising, english)."""
    path = tmp_path_factory.mktemp("input") / "archive.jsonl"
    return path, write_archive(path)


@pytest.fixture(scope="session")
def expected_rows(archive, lexicons) -> list[dict]:
    """The rows a plain in-process run gives: rasd.pipeline.extract over every readable article."""
    from rasd.errors import InputError
    from rasd.export import arrow_table
    from rasd.ingest.read import read_articles
    from rasd.pipeline import extract

    events = []
    for item in read_articles(str(archive[0])):
        if isinstance(item, InputError) or item.id == RAISING["id"]:
            continue
        events += extract(item, lexicons).events
    return sorted_rows(arrow_table(events))
