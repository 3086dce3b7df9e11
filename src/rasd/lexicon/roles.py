"""Named actors' roles over time: one person may hold different offices in different years.

>>> roles = {"erdogan": (Role("erdogan", "Recep Tayyip Erdogan", "TUR", "GOV", "prime minister",
...                            dt.date(2003, 3, 14), dt.date(2014, 8, 28)),
...                       Role("erdogan", "Recep Tayyip Erdogan", "TUR", "GOV", "president",
...                            dt.date(2014, 8, 28), None))}
>>> role_on(roles["erdogan"], dt.date(2018, 6, 1)).office
'president'
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from rasd.errors import LexiconError
from rasd.lexicon.loader import Entry

SECTORS = ("GOV", "MIL", "REB", "CVL", "MED", "IGO", "PTY", "OTHER")


@dataclass(frozen=True, slots=True)
class Role:
    """What a named actor is during a period (actor_roles.tsv)."""

    actor: str
    """The actor's key in actors.tsv."""
    name_en: str
    country: str | None
    """ISO3 or IGO code; None for a group whose country is where it acts (ISIS)."""
    sector: str | None
    office: str
    valid_from: dt.date | None
    valid_to: dt.date | None
    """None while still in office (or for a group, always)."""

    def covers(self, day: dt.date) -> bool:
        """Whether the role was held on `day`."""
        return (self.valid_from is None or self.valid_from <= day) and (
            self.valid_to is None or day < self.valid_to
        )


def _date(entry: Entry, column: str) -> dt.date | None:
    value = entry.fields.get(column, "")
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        path, _, line = entry.where.rpartition(":")
        raise LexiconError(path, int(line), f"{column} '{value}' is not an ISO date") from None


def read_roles(entries: Sequence[Entry]) -> dict[str, tuple[Role, ...]]:
    """Roles by actor key, each actor's in date order, from the rows of actor_roles.tsv."""
    roles: dict[str, list[Role]] = defaultdict(list)
    for entry in entries:
        sector = entry.fields.get("sector") or None
        if sector is not None and sector not in SECTORS:
            path, _, line = entry.where.rpartition(":")
            raise LexiconError(path, int(line), f"sector '{sector}' is not one of {', '.join(SECTORS)}")
        role = Role(
            actor=entry.fields["actor"],
            name_en=entry.fields["name_en"],
            country=entry.fields.get("country") or None,
            sector=sector,
            office=entry.fields.get("office", ""),
            valid_from=_date(entry, "valid_from"),
            valid_to=_date(entry, "valid_to"),
        )
        roles[role.actor].append(role)
    return {
        key: tuple(sorted(found, key=lambda r: r.valid_from or dt.date.min)) for key, found in roles.items()
    }


def role_on(roles: Sequence[Role], day: dt.date | None) -> Role:
    """The role held on `day` (a dated office before an undated one: Barzani was Kurdistan's president
    2005-2017 and leads his party always); else the last one begun before it; else the first.
    Without a day, the last."""
    if day is None:
        return roles[-1]
    covering = [role for role in roles if role.covers(day)]
    if covering:
        return min(covering, key=lambda role: role.valid_from is None)
    earlier = [role for role in roles if role.valid_from is not None and role.valid_from <= day]
    return earlier[-1] if earlier else roles[0]
