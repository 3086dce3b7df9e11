"""API keys: made here, shown once, kept by the store only as a salted hash.

A key reads `rasd_<prefix>_<secret>`: the prefix (public) finds its row, the secret (256 random
bits) is checked against the row's salted SHA-256 in constant time. A slow hash (scrypt, pbkdf2)
protects guessable passwords; a random 256-bit secret cannot be guessed, so one SHA-256 is enough
and keeps every write request fast.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass

_KEY = re.compile(r"rasd_([0-9a-f]{12})_([A-Za-z0-9_-]{43})")


@dataclass(frozen=True, slots=True)
class ApiKey:
    """What the store knows of a key: its name, prefix and dates, never the key itself."""

    name: str
    prefix: str
    """The public part of the key that finds it: `rasd_<prefix>_…`."""
    created_at: dt.datetime
    revoked_at: dt.datetime | None
    """When `rasd keys revoke` withdrew it; None while it is valid."""

    @property
    def revoked(self) -> bool:
        """Whether the key was withdrawn."""
        return self.revoked_at is not None


@dataclass(frozen=True, slots=True)
class NewKey:
    """A key just made: the key to give its holder once, and the row the store keeps."""

    key: str
    prefix: str
    salt: str
    digest: str


def new_key() -> NewKey:
    """A fresh random key, with its prefix, salt and salted hash."""
    prefix, secret, salt = secrets.token_hex(6), secrets.token_urlsafe(32), secrets.token_hex(16)
    return NewKey(f"rasd_{prefix}_{secret}", prefix, salt, key_digest(salt, secret))


def split_key(key: str) -> tuple[str, str] | None:
    """(prefix, secret) of a well-formed key; None for anything else."""
    found = _KEY.fullmatch(key.strip())
    return (found[1], found[2]) if found else None


def key_digest(salt: str, secret: str) -> str:
    """The salted SHA-256 of a key's secret, as hex."""
    return hashlib.sha256(f"{salt}:{secret}".encode()).hexdigest()


def digest_matches(salt: str, secret: str, digest: str) -> bool:
    """Whether `secret` hashes to `digest`, compared in constant time."""
    return hmac.compare_digest(key_digest(salt, secret), digest)


def utc(value: dt.datetime | str) -> dt.datetime:
    """A database timestamp (SQLite: text; PostgreSQL: naive UTC) as an aware UTC datetime."""
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    return value.replace(tzinfo=dt.UTC)
