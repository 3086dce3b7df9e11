"""What every route reads from the app: its open store and the lexicons, set once by `create_app`."""

from __future__ import annotations

from fastapi import Request

from rasd.lexicon.lexicons import Lexicons
from rasd.store import Store


def store_of(request: Request) -> Store:
    """The store the app serves (opened by create_app, closed when the app shuts down)."""
    return request.app.state.store


def lexicons_of(request: Request) -> Lexicons:
    """The lexicons the app extracts with (loaded once by create_app)."""
    return request.app.state.lexicons
