"""Commands for the HTTP API: serve it, and manage the API keys its write routes need."""

from __future__ import annotations

import click

from rasd.cli.common import db_option
from rasd.store import open_store


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option(
    "--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="Port to listen on."
)
@click.option(
    "--read-key-required", is_flag=True, help="Read routes need an API key too (write routes always do)."
)
@click.option(
    "--max-body",
    default=2_000_000,
    show_default=True,
    type=click.IntRange(min=0),
    metavar="BYTES",
    help="Refuse request bodies larger than this (413).",
)
@click.option(
    "--cors",
    multiple=True,
    metavar="ORIGIN",
    help="Allow browser calls from ORIGIN (repeatable); off by default.",
)
@click.option(
    "--tiles",
    metavar="URL",
    envvar="RASD_TILE_URL",
    help="Map tile URL template for the page, e.g. https://tile.example.org/{z}/{x}/{y}.png "
    "[default: OpenStreetMap's; env RASD_TILE_URL].",
)
@click.option(
    "--tiles-attribution",
    metavar="TEXT",
    envvar="RASD_TILE_ATTRIBUTION",
    help="The credit line the map shows for those tiles [env RASD_TILE_ATTRIBUTION].",
)
@db_option
def serve(
    host: str,
    port: int,
    read_key_required: bool,
    max_body: int,
    cors: tuple[str, ...],
    tiles: str | None,
    tiles_attribution: str | None,
    db: str,
) -> None:
    """Serve the JSON API and the web page over the store (OpenAPI docs at /docs)."""
    import uvicorn

    from rasd.web import create_app

    app = create_app(db, read_key_required=read_key_required, max_body_bytes=max_body, cors_origins=cors)
    app.state.tile_url, app.state.tile_attribution = tiles, tiles_attribution
    try:
        uvicorn.run(app, host=host, port=port)
    finally:
        app.state.store.close()


@click.group()
def keys() -> None:
    """API keys for the HTTP API's write routes: create, list, revoke."""


@keys.command("create")
@click.argument("name")
@db_option
def create_key(name: str, db: str) -> None:
    """Make a key named NAME and print it, once: the store keeps only its salted hash."""
    with open_store(db) as store:
        key = store.create_key(name)
    click.echo(key)
    click.echo(f"rasd: key {name!r} created; it is not shown again. Send it as X-API-Key.", err=True)


@keys.command("list")
@db_option
def list_keys(db: str) -> None:
    """List the keys: name, prefix, when made, and when revoked."""
    with open_store(db) as store:
        found = store.api_keys()
    click.echo("name\tprefix\tcreated\trevoked")
    for key in found:
        revoked = key.revoked_at.isoformat(timespec="seconds") if key.revoked_at else "-"
        click.echo(
            f"{key.name}\trasd_{key.prefix}_…\t{key.created_at.isoformat(timespec='seconds')}\t{revoked}"
        )


@keys.command("revoke")
@click.argument("name")
@db_option
def revoke_key(name: str, db: str) -> None:
    """Withdraw the key named NAME: requests carrying it are refused (403) from now on."""
    with open_store(db) as store:
        if not store.revoke_key(name):
            raise click.ClickException(f"no valid key named {name!r} in {db}")
    click.echo(f"rasd: key {name!r} revoked.", err=True)
