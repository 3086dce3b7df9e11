"""The `rasd` command: a thin shell over the library (each command calls one library function)."""

from __future__ import annotations

import sys

import click

from rasd.cli.analysis import evaluate, extract, schema
from rasd.cli.batch import batch
from rasd.cli.store import events, ingest, reprocess, show, stats, watch
from rasd.cli.web import keys, serve
from rasd.errors import RasdError

__all__ = ["main", "run"]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="rasd")
def main() -> None:
    """rasd: Arabic news in, sourced conflict-event data out."""


for command in (extract, evaluate, schema, ingest, reprocess, watch, events, show, stats, serve, keys, batch):
    main.add_command(command)


def run() -> None:
    """Entry point that turns a rasd error into a message and exit status 2."""
    try:
        main()
    except RasdError as error:
        click.echo(f"rasd: {error}", err=True)
        sys.exit(2)
