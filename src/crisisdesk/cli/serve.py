"""``crisisdesk serve``: the dashboard and JSON API (FastAPI under uvicorn)."""

from __future__ import annotations

import os

import typer

from crisisdesk.cli import app, db_option
from crisisdesk.cli.filters import DB


@app.command("serve")
def serve_command(
    ctx: typer.Context,
    host: str = typer.Option("127.0.0.1", "--host", help="Address to bind (default loopback only)."),
    port: int = typer.Option(8000, "--port", help="TCP port."),
    token: str | None = typer.Option(None, "--token", envvar="CRISISDESK_TOKEN",
                                     help="Allow POST /articles with this bearer token (else read-only)."),
    tile_url: str | None = typer.Option(None, "--tiles", envvar="CRISISDESK_TILE_URL",
                                        help="Tile URL template for online maps, e.g. https://tile.example/{z}/{x}/{y}.png"),
    db: str | None = DB,
) -> None:
    """Serve the dashboard, event/article/actor pages and the JSON API (docs at /docs)."""
    import uvicorn

    from crisisdesk.store.db import open_database
    from crisisdesk.web.app import AssetsMissing, create_app

    try:
        web_app = create_app(open_database(db_option(ctx, db)), token=token, tile_url=tile_url)
    except (AssetsMissing, ValueError) as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    mode = "ingest enabled (token required)" if token else "read-only"
    typer.echo(f"crisisdesk serving on http://{host}:{port}/ ({mode}); API docs at /docs", err=True)
    uvicorn.run(web_app, host=host, port=port, log_level=os.environ.get("CRISISDESK_LOG_LEVEL", "warning"))
