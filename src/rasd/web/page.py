"""The web page: served by the same app as the API (placeholder until the page lands)."""

from __future__ import annotations

from fastapi import FastAPI
from fastapi.responses import HTMLResponse

_PLACEHOLDER = "<!doctype html><html lang='ar' dir='rtl'><meta charset='utf-8'><title>rasd</title><h1>رصد</h1></html>"


def mount_page(app: FastAPI) -> None:
    """Serve the page at / (and its static files) on `app`."""

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def index() -> str:
        return _PLACEHOLDER
