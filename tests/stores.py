"""Store fixtures for every test: each store test runs on SQLite and on a real PostgreSQL server.

The PostgreSQL server is started once per test session from the binaries on this machine
(PATH, $RASD_PG_BIN or /usr/lib/postgresql/*/bin), in a temporary directory, on a free
loopback port; each test gets a database of its own. Without the binaries the PostgreSQL
half is skipped, except when $CI is set: then it fails, so CI never skips it silently.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import count
from pathlib import Path

import psycopg
import pytest

from rasd.store import Store, open_store

SERVER_USER = "postgres"  # initdb refuses to run as root; the server runs as this user then


def find_pg_bin() -> Path | None:
    """The directory holding initdb and pg_ctl, newest version first; None if there is none."""
    candidates = [os.environ.get("RASD_PG_BIN", "")]
    on_path = shutil.which("initdb")
    candidates.append(str(Path(on_path).parent) if on_path else "")
    candidates += sorted(
        glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(p.split("/")[-2]), reverse=True
    )
    for candidate in filter(None, candidates):
        if (Path(candidate) / "initdb").exists() and (Path(candidate) / "pg_ctl").exists():
            return Path(candidate)
    return None


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def as_server_user(command: list[str]) -> list[str]:
    """`command` run as the unprivileged server user when we are root (creating that user if needed)."""
    if os.geteuid() != 0:
        return command
    try:
        pwd.getpwnam(SERVER_USER)
    except KeyError:
        subprocess.run(["useradd", "--system", "--no-create-home", SERVER_USER], check=True)
    return ["runuser", "-u", SERVER_USER, "--", *command]


@dataclass
class PostgresServer:
    """A throwaway PostgreSQL server in a temporary directory."""

    bin: Path
    root: Path
    port: int = field(default_factory=free_port)
    numbers: Iterator[int] = field(default_factory=count)

    @property
    def data(self) -> Path:
        return self.root / "data"

    def url(self, database: str) -> str:
        return f"postgresql://rasd@127.0.0.1:{self.port}/{database}"

    def start(self) -> None:
        if os.geteuid() == 0:
            shutil.chown(self.root, user=SERVER_USER)
        run = as_server_user
        subprocess.run(
            run([str(self.bin / "initdb"), "-D", str(self.data), "-U", "rasd", "--auth=trust",
                 "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync"]),
            check=True, capture_output=True,
        )  # fmt: skip
        options = f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c fsync=off"
        subprocess.run(
            run([str(self.bin / "pg_ctl"), "-D", str(self.data), "-l", str(self.root / "log"),
                 "-o", options, "-w", "start"]),
            check=True, capture_output=True,
        )  # fmt: skip

    def stop(self) -> None:
        command = [str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop"]
        subprocess.run(as_server_user(command), check=False, capture_output=True)
        shutil.rmtree(self.root, ignore_errors=True)

    def new_database(self) -> str:
        """The URL of a new, empty database."""
        name = f"test_{next(self.numbers)}"
        with psycopg.connect(self.url("postgres"), autocommit=True) as admin:
            admin.execute(f"CREATE DATABASE {name}")
        return self.url(name)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    bin_dir = find_pg_bin()
    if bin_dir is None:
        message = "PostgreSQL server binaries (initdb, pg_ctl) not found; .ci/postgres installs them"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    server = PostgresServer(bin_dir, Path(tempfile.mkdtemp(prefix="rasd-pg-")))
    try:
        server.start()
    except subprocess.CalledProcessError as error:
        log = server.root / "log"
        details = log.read_text() if log.exists() else ""
        server.stop()
        pytest.fail(f"PostgreSQL did not start: {error}\n{error.stderr!r}\n{details}")
    yield server
    server.stop()


@pytest.fixture(params=["sqlite", "postgres"])
def store_url(request, tmp_path) -> str:
    """The URL of a new, empty store of each kind."""
    if request.param == "sqlite":
        return str(tmp_path / "rasd.db")
    return request.getfixturevalue("postgres_server").new_database()


@pytest.fixture
def store(store_url) -> Iterator[Store]:
    with open_store(store_url) as opened:
        yield opened
