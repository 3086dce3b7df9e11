"""API keys on both stores: made once, kept only as salted hashes, found in constant time, revoked."""

from __future__ import annotations

import sqlite3

import psycopg
import pytest
from click.testing import CliRunner

from rasd.cli import main
from rasd.store import StoreError, open_store
from rasd.store.keys import split_key


def _key_rows(store_url: str) -> list[tuple]:
    """Every row of the api_keys table, read with the database's own client."""
    sql = "SELECT name, prefix, salt, hash, created_at, revoked_at FROM api_keys"
    if store_url.startswith("postgresql://"):
        with psycopg.connect(store_url) as connection:
            return connection.execute(sql).fetchall()
    with sqlite3.connect(store_url) as connection:
        return connection.execute(sql).fetchall()


def test_a_key_is_stored_hashed_and_salted(store, store_url):
    first, second = store.create_key("تحرير"), store.create_key("desk")
    rows = _key_rows(store_url)
    assert len(rows) == 2
    for key in (first, second):
        prefix, secret = split_key(key)
        flat = " ".join(str(value) for row in rows for value in row)
        assert key not in flat and secret not in flat
        (row,) = [row for row in rows if row[1] == prefix]
        assert len(row[3]) == 64 and len(row[2]) == 32  # sha256 hex, 128-bit salt
    assert len({row[2] for row in rows}) == 2  # each key its own salt


def test_find_key_knows_only_the_exact_key(store):
    key = store.create_key("desk")
    found = store.find_key(key)
    assert found is not None and found.name == "desk" and not found.revoked
    assert store.find_key(f"  {key}\n") == found  # pasted with spaces
    prefix, secret = split_key(key)
    wrong = secret[:-1] + ("A" if secret[-1] != "A" else "B")
    for forged in (
        f"rasd_{prefix}_{wrong}",
        f"rasd_000000000000_{secret}",
        "",
        "rasd_",
        key[:-1],
        "' OR 1=1 --",
    ):
        assert store.find_key(forged) is None, forged


def test_revoke_keeps_the_key_known_but_revoked(store):
    key = store.create_key("desk")
    assert store.revoke_key("desk") and not store.revoke_key("desk") and not store.revoke_key("nobody")
    found = store.find_key(key)
    assert found is not None and found.revoked and found.revoked_at >= found.created_at
    (listed,) = store.api_keys()
    assert listed.name == "desk" and listed.revoked


def test_a_name_is_one_valid_key_until_revoked(store):
    old = store.create_key("desk")
    with pytest.raises(StoreError, match="an API key named 'desk' exists"):
        store.create_key("desk")
    store.revoke_key("desk")
    new = store.create_key("desk")
    assert store.find_key(old) is None and store.find_key(new).name == "desk"
    assert [key.name for key in store.api_keys()] == ["desk"]


def test_keys_commands_create_list_and_revoke(store_url):
    runner = CliRunner()
    made = runner.invoke(main, ["keys", "create", "newsroom", "--db", store_url])
    assert made.exit_code == 0, made.output
    key = made.stdout.strip()
    assert split_key(key) and "not shown again" in made.stderr
    listed = runner.invoke(main, ["keys", "list", "--db", store_url]).stdout.splitlines()
    assert listed[0] == "name\tprefix\tcreated\trevoked"
    assert listed[1].startswith(f"newsroom\trasd_{split_key(key)[0]}_…\t") and listed[1].endswith("\t-")
    assert key not in "\n".join(listed)
    assert runner.invoke(main, ["keys", "revoke", "newsroom", "--db", store_url]).exit_code == 0
    again = runner.invoke(main, ["keys", "revoke", "newsroom", "--db", store_url])
    assert again.exit_code == 1 and "no valid key named 'newsroom'" in again.output
    with open_store(store_url) as store:
        assert store.find_key(key).revoked


def test_serve_is_a_documented_command():
    result = CliRunner().invoke(main, ["serve", "--help"])
    assert result.exit_code == 0
    for option in ("--host", "--port", "--db", "--read-key-required", "--max-body", "--cors", "--tiles"):
        assert option in result.output
