"""What the commands share: the options, the reading of input, the progress line."""

from __future__ import annotations

import datetime as dt
import sys
import time
from collections.abc import Iterable

import click

from rasd.errors import InputError, SkippedInput
from rasd.ingest.read import parse_date, read_articles
from rasd.model import Article


def date_option(_ctx, _param, value: str | None) -> dt.date | None:
    """A click callback that reads YYYY-MM-DD."""
    if value is None:
        return None
    try:
        return parse_date(value)
    except ValueError as error:
        raise click.BadParameter(str(error)) from None


db_option = click.option(
    "--db",
    envvar="RASD_DB",
    default="rasd.db",
    show_default=True,
    metavar="URL",
    help="The store: a SQLite file, or postgresql://user@host/db (also from $RASD_DB).",
)


def articles(path: str, published: dt.date | None, problems: list[str]) -> Iterable[Article]:
    """The articles of `path`; a record that cannot be read is named on stderr and kept in `problems`."""
    for item in read_articles(path, published):
        if isinstance(item, SkippedInput):
            click.echo(f"rasd: {item}", err=True)  # a notice: not Arabic, nothing to do
        elif isinstance(item, InputError):
            problems.append(str(item))
            click.echo(f"rasd: {item}", err=True)
        else:
            yield item


class Progress:
    """A count of articles and their rate on stderr, when stderr is a terminal."""

    def __init__(self, every: int = 50) -> None:
        self.shown = sys.stderr.isatty()
        self.every = every
        self.count = 0
        self.start = time.monotonic()

    def step(self, _item: object = None) -> None:
        self.count += 1
        if self.shown and self.count % self.every == 0:
            rate = self.count / max(time.monotonic() - self.start, 1e-9)
            click.echo(f"\r{self.count} articles, {rate:.0f}/s", err=True, nl=False)

    def close(self) -> None:
        if self.shown and self.count >= self.every:
            click.echo(f"\r{self.count} articles done.", err=True)
