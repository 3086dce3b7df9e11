"""Which found events are political or violent events at all, and not the same words used elsewhere.

A club that "rejects" an offer or a player's "injury" uses the words of a rejection and an injury
but is no conflict event. So:
- a statement (see `STATEMENTS`), a sanction or a concession needs a political party to it: an
  actor or a target that is a state, an armed force or group, an international body or a party;
- an event named only by an injury word ("إصابة") needs a count of people injured.
"""

from __future__ import annotations

from dataclasses import replace

from rasd.doc import Doc, Draft
from rasd.extract.participants import STATEMENTS
from rasd.model import Actor

_POLITICAL = frozenset({"GOV", "MIL", "REB", "IGO", "PTY"})
_NEEDS_A_PARTY = STATEMENTS | {"SANCTION", "CONCEDE"}


def _political(actor: Actor | None) -> bool:
    return actor is not None and (
        actor.sector in _POLITICAL or (actor.sector is None and actor.country is not None)
    )


def _relevant(draft: Draft) -> bool:
    event = draft.event
    if event.event_type in _NEEDS_A_PARTY and not (_political(event.actor) or _political(event.target)):
        return False
    only_injury = all(hit.entry.fields.get("casualty") == "injured" for hit in draft.triggers)
    return not (only_injury and event.injured is None and event.killed is None and not event.vague)


def keep_relevant(doc: Doc) -> Doc:
    """Drop the events that are not political or violent events (see the module docstring)."""
    return replace(doc, drafts=tuple(draft for draft in doc.drafts if _relevant(draft)))
