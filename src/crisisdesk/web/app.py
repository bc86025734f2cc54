"""The web app: dashboard, event/article/actor pages and the same data as a JSON API.

``create_app(engine, token=None, tile_url=None)`` builds a FastAPI app over an open
database. Read-only unless ``token`` is set; then ``POST /api/articles`` (also
``POST /articles``) ingests an article when the request carries the token. Every
response carries a Content-Security-Policy without inline scripts (``security.py``);
templates are autoescaped and never mark data ``|safe``.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader, select_autoescape
from sqlalchemy import Engine

from crisisdesk import __version__
from crisisdesk.store.queries import QueryError, claimant_phrase, date_text, source_wording
from crisisdesk.web import api, pages
from crisisdesk.web.ingest import Ingestor
from crisisdesk.web.assets import ASSETS, AssetsMissing, asset_path, check_assets
from crisisdesk.web.security import SVG_POLICY, content_security_policy, safe_url

HERE = Path(__file__).parent


def template_environment() -> Environment:
    """Jinja2 environment for the pages: autoescape on for every template."""
    env = Environment(
        loader=FileSystemLoader(HERE / "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True, lstrip_blocks=True,
    )
    env.filters["safe_url"] = safe_url
    env.filters["claimant"] = claimant_phrase
    env.filters["date_text"] = date_text  # event_date | date_text(date_end, time_precision)
    env.filters["source_wording"] = source_wording  # status | source_wording(claimed_by, reported_by)
    return env


def create_app(engine: Engine, token: str | None = None, tile_url: str | None = None) -> FastAPI:
    """The FastAPI app over ``engine``. Raises ``AssetsMissing`` when the npm assets
    are not installed, ``ValueError`` for a tile URL that is not http(s)."""
    check_assets()
    policy = content_security_policy(tile_url)
    app = FastAPI(
        title="crisisdesk",
        version=__version__,
        description=(
            "Evidence-backed security events coded from news: events (consolidated, or "
            "single mentions before consolidation), their mentions with evidence "
            "sentences, articles and actors. Every list paginates with limit/offset and "
            "reports the total. Read-only unless the server runs with a token."
        ),
        docs_url=None, redoc_url=None,
    )
    app.state.engine = engine
    app.state.token = token
    app.state.tile_url = tile_url
    app.state.templates = template_environment()
    app.state.ingestor = Ingestor(engine)

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        response = await call_next(request)
        is_svg = response.headers.get("content-type", "").startswith("image/svg")
        response.headers["Content-Security-Policy"] = SVG_POLICY if is_svg else policy
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["X-Frame-Options"] = "DENY"
        return response

    @app.exception_handler(QueryError)
    async def query_error(_request: Request, exc: QueryError):
        return JSONResponse({"detail": str(exc)}, status_code=422)

    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")

    @app.get("/vendor/{name}", include_in_schema=False)
    def vendor(name: str):
        if name not in ASSETS:
            return JSONResponse({"detail": f"no asset {name!r}"}, status_code=404)
        media = {"js": "text/javascript", "css": "text/css", "json": "application/json"}[name.rsplit(".", 1)[1]]
        return FileResponse(asset_path(name), media_type=media)

    app.include_router(api.router)
    app.include_router(pages.router)
    return app


__all__ = ["create_app", "AssetsMissing"]
