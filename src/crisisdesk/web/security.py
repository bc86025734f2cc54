"""HTTP security: the Content-Security-Policy and other headers set on every
response, and the write-token check (constant-time compare, ``hmac.compare_digest``)."""

from __future__ import annotations

import hmac
from urllib.parse import urlsplit

from fastapi import HTTPException, Request

SAFE_URL_SCHEMES = ("http", "https")


def tile_origin(tile_url: str | None) -> str | None:
    """The ``scheme://host[:port]`` of a Leaflet tile URL template, for CSP ``img-src``;
    None when not set. Raises ValueError for a URL that is not http(s)."""
    if not tile_url:
        return None
    parts = urlsplit(tile_url.replace("{s}", "a"))
    if parts.scheme not in SAFE_URL_SCHEMES or not parts.netloc:
        raise ValueError(f"tile URL must be an http(s) URL template, got {tile_url!r}")
    host = parts.netloc if "{s}" not in tile_url else urlsplit(tile_url.replace("{s}", "*")).netloc
    return f"{parts.scheme}://{host}"


def content_security_policy(tile_url: str | None = None) -> str:
    """The dashboard's CSP: scripts and styles only from this server (no inline script,
    no eval), images from here, ``data:`` and the tile server, nothing framed."""
    images = "'self' data:" + (f" {tile_origin(tile_url)}" if tile_url else "")
    return "; ".join([
        "default-src 'none'",
        "script-src 'self'",
        "style-src 'self'",
        f"img-src {images}",
        "connect-src 'self'",
        "font-src 'self'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ])


SVG_POLICY = "default-src 'none'; style-src 'unsafe-inline'"


def safe_url(url: str | None) -> str | None:
    """``url`` if it is an absolute http(s) URL, else None (so ``javascript:``,
    ``data:`` and relative tricks never become links)."""
    if not url:
        return None
    parts = urlsplit(url.strip())
    if parts.scheme.lower() in SAFE_URL_SCHEMES and parts.netloc:
        return url.strip()
    return None


def require_token(request: Request) -> None:
    """Refuse a write unless the server has a token and the request carries it.

    The token comes as ``Authorization: Bearer <token>`` or ``X-Crisisdesk-Token``.
    Raises ``HTTPException`` 403 when the server is read-only (no ``--token``), 401
    when the request has no token, 403 when it is wrong.
    """
    expected: str | None = request.app.state.token
    if not expected:
        raise HTTPException(403, "this server is read-only: start it with --token to allow ingest")
    given = request.headers.get("x-crisisdesk-token")
    auth = request.headers.get("authorization", "")
    if given is None and auth.lower().startswith("bearer "):
        given = auth[7:].strip()
    if not given:
        raise HTTPException(401, "missing token: send Authorization: Bearer <token>",
                            headers={"WWW-Authenticate": "Bearer"})
    if not hmac.compare_digest(given.encode("utf-8"), expected.encode("utf-8")):
        raise HTTPException(403, "wrong token")
