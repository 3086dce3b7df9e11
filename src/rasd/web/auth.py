"""API keys over HTTP: `X-API-Key: rasd_…` or `Authorization: Bearer rasd_…`.

Write routes need a valid key; read routes too when the app is made with read_key_required.
No key or an unknown one is 401, a revoked one 403; the key is checked by the store in constant time.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, HTTPException, Request, Security
from fastapi.security import APIKeyHeader, HTTPAuthorizationCredentials, HTTPBearer

from rasd.store import ApiKey
from rasd.web.deps import store_of
from rasd.web.models import Problem

_HOW = "send it in the X-API-Key header (or Authorization: Bearer KEY); `rasd keys create NAME` makes one"

key_header = APIKeyHeader(
    name="X-API-Key", auto_error=False, description="A key made by `rasd keys create NAME`."
)
bearer = HTTPBearer(auto_error=False, description="The same key as a bearer token.")


def presented_key(
    header: Annotated[str | None, Security(key_header)],
    token: Annotated[HTTPAuthorizationCredentials | None, Security(bearer)],
) -> str | None:
    """The key the request carries, from X-API-Key or else Authorization: Bearer; None without one."""
    return header or (token.credentials if token else None)


def require_key(request: Request, key: Annotated[str | None, Depends(presented_key)]) -> ApiKey:
    """The valid key the request carries; 401 without one or with an unknown one, 403 when revoked."""
    challenge = {"WWW-Authenticate": "Bearer"}
    if not key:
        raise HTTPException(401, f"this route needs an API key: {_HOW}", headers=challenge)
    found = store_of(request).find_key(key)
    if found is None:
        raise HTTPException(401, "the API key is not valid", headers=challenge)
    if found.revoked:
        raise HTTPException(403, f"the API key {found.name!r} was revoked")
    return found


KEY_RESPONSES: dict[int | str, dict] = {
    401: {"description": "No API key, or one the store does not know.", "model": Problem},
    403: {"description": "The API key was revoked.", "model": Problem},
}
