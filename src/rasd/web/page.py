"""The web page: one HTML file and its scripts, served by the same app as the API.

The page (static/index.html, static/js/*.js) is plain HTML, CSS and JavaScript modules that call
the JSON API; nothing is built. Leaflet is vendored into static/vendor/leaflet by `make vendor`.
The map's tile server is a setting: `app.state.tile_url` (set by whoever builds the app), else
$RASD_TILE_URL, else OpenStreetMap's; the page shows its points on a plain background when no
tile loads.
"""

from __future__ import annotations

import html
import os
from importlib.resources import files
from pathlib import Path
from urllib.parse import urlsplit

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

__all__ = [
    "DEFAULT_TILE_ATTRIBUTION",
    "DEFAULT_TILE_URL",
    "content_security_policy",
    "mount_page",
    "tile_url",
]

DEFAULT_TILE_URL = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
DEFAULT_TILE_ATTRIBUTION = "© OpenStreetMap contributors"


def static_dir() -> Path:
    """The folder of the page's files inside the installed package."""
    return Path(str(files("rasd.web") / "static"))


def tile_url(app: FastAPI) -> str:
    """The map tile URL template the page uses, e.g. "https://tile.openstreetmap.org/{z}/{x}/{y}.png"."""
    return getattr(app.state, "tile_url", None) or os.environ.get("RASD_TILE_URL") or DEFAULT_TILE_URL


def _tile_attribution(app: FastAPI) -> str:
    return (
        getattr(app.state, "tile_attribution", None)
        or os.environ.get("RASD_TILE_ATTRIBUTION")
        or DEFAULT_TILE_ATTRIBUTION
    )


def _tile_source(url: str) -> str:
    """The CSP source of a tile URL template: "https://{s}.tile.example.org/…" -> "https://*.tile.example.org"."""
    parts = urlsplit(url.replace("{s}", "SUBDOMAIN"))
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return ""
    host = parts.netloc.replace("SUBDOMAIN", "*")
    return f"{parts.scheme}://{host}"


def content_security_policy(url: str) -> str:
    """The page's Content-Security-Policy: its own scripts and API only, images also from the tiles."""
    return "; ".join(
        [
            "default-src 'self'",
            f"img-src 'self' data: {_tile_source(url)}".rstrip(),
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'none'",
            "frame-ancestors 'none'",
            "form-action 'self'",
        ]
    )


def render_index(app: FastAPI) -> str:
    """index.html with the tile settings filled in (HTML-escaped)."""
    template = (static_dir() / "index.html").read_text(encoding="utf-8")
    return template.replace("{{tile_url}}", html.escape(tile_url(app), quote=True)).replace(
        "{{tile_attribution}}", html.escape(_tile_attribution(app), quote=True)
    )


def mount_page(app: FastAPI) -> None:
    """Serve the page at / and its files at /static on `app`."""
    app.mount("/static", StaticFiles(directory=static_dir()), name="static")

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def index(request: Request) -> HTMLResponse:
        page = render_index(request.app)
        headers = {
            "Content-Security-Policy": content_security_policy(tile_url(request.app)),
            "X-Content-Type-Options": "nosniff",
            "Referrer-Policy": "no-referrer",
            "Cache-Control": "no-cache",
        }
        return HTMLResponse(page, headers=headers)
