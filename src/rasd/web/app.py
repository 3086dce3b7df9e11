"""The HTTP app: the JSON API (reads public, writes behind API keys) and the web page, over one store.

app = create_app("rasd.db")                       # `rasd serve` runs it with uvicorn
TestClient(app).get("/events", params={"place": "إدلب"})
"""

from __future__ import annotations

from collections.abc import Sequence

from fastapi import Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse

from rasd.lexicon.lexicons import load_lexicons
from rasd.store import StoreError, open_store
from rasd.web import reads, writes
from rasd.web.auth import KEY_RESPONSES, require_key
from rasd.web.limits import BodyLimit
from rasd.web.models import Invalid, Problem
from rasd.web.page import mount_page

DESCRIPTION = """Arabic news in, sourced conflict-event data out: the HTTP face of `rasd`.

Read routes are public (unless the server runs with `--read-key-required`); routes that change the
store need an API key made by `rasd keys create NAME`, sent as `X-API-Key: KEY` or
`Authorization: Bearer KEY`. Request bodies over the server's limit are refused with 413."""


def _field(loc: Sequence[str | int]) -> str:
    return ".".join(str(part) for part in loc)


def _invalid(_request: Request, error: Exception) -> JSONResponse:
    """422 naming each invalid field; the offending input is not echoed back."""
    problems = [
        {"loc": list(item.get("loc", ())), "msg": str(item.get("msg", "")), "type": str(item.get("type", ""))}
        for item in error.errors()  # type: ignore[attr-defined]
    ]
    message = "; ".join(f"{_field(p['loc'])}: {p['msg']}" for p in problems) or "invalid request"
    return JSONResponse({"detail": problems, "message": message}, status_code=422)


def _store_failed(_request: Request, error: Exception) -> JSONResponse:
    """503 when the store cannot answer (busy, unreachable): a temporary state, not a bad request."""
    problem = error.problem if isinstance(error, StoreError) else str(error)
    return JSONResponse({"detail": f"the store cannot answer: {problem}"}, status_code=503)


def create_app(
    store_url: str | None = None,
    *,
    read_key_required: bool = False,
    max_body_bytes: int = 2_000_000,
    cors_origins: Sequence[str] = (),
) -> FastAPI:
    """The app over the store at `store_url` (None: $RASD_DB, else rasd.db); close app.state.store after."""
    app = FastAPI(
        title="rasd",
        summary="Arabic news to sourced conflict-event data",
        description=DESCRIPTION,
        version="0.1.0",
        responses={
            400: {"model": Problem, "description": "The body is not UTF-8, or Content-Length not a number."},
            422: {"model": Invalid, "description": "Invalid fields, each named."},
            503: {"model": Problem, "description": "The store cannot answer now."},
        },
    )
    app.state.store = open_store(store_url)
    app.state.lexicons = load_lexicons()
    app.add_exception_handler(RequestValidationError, _invalid)
    app.add_exception_handler(StoreError, _store_failed)
    read_security = [Depends(require_key)] if read_key_required else []
    read_responses = KEY_RESPONSES if read_key_required else {}
    app.include_router(reads.router, dependencies=read_security, responses=read_responses)
    app.include_router(writes.router)
    mount_page(app)
    app.add_middleware(BodyLimit, max_bytes=max_body_bytes)
    if cors_origins:  # outermost, so refusals (413, 401) carry CORS headers too
        app.add_middleware(
            CORSMiddleware,
            allow_origins=list(cors_origins),
            allow_methods=["GET", "POST", "DELETE"],
            allow_headers=["X-API-Key", "Authorization", "Content-Type"],
        )
    return app
