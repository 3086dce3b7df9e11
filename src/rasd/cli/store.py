"""Commands over the store: ingest, reprocess, watch, events, show, stats."""

from __future__ import annotations

import datetime as dt
import itertools
import sys

import click

from rasd.cli.common import Progress, date_option, db_option
from rasd.cli.render import TABLE_HEADER, happening_lines, happening_row, stats_lines
from rasd.errors import InputError
from rasd.export import FORMATS, write
from rasd.ingest.read import read_articles
from rasd.ingest.run import Tally, merge_store
from rasd.ingest.run import ingest as ingest_articles
from rasd.ingest.run import reprocess as reprocess_failed
from rasd.ingest.watch import watch as watch_feeds
from rasd.lexicon.lexicons import load_lexicons
from rasd.model import Article, Event
from rasd.parallel import available_cores, ingest_parallel
from rasd.store import EventQuery, open_store


def _report(tally: Tally, happenings: int | None = None) -> None:
    """One line of what an ingest did, on stderr; exit status 1 when some record could not be read."""
    parts = [f"{tally.stored} article(s) stored ({tally.events} events)", f"{tally.already} already there"]
    if tally.failed:
        parts.append(f"{tally.failed} failed (kept with their error: `rasd reprocess` retries them)")
    if tally.skipped:
        parts.append(f"{len(tally.skipped)} skipped (no Arabic text)")
    if tally.problems:
        parts.append(f"{len(tally.problems)} unreadable record(s)")
    if happenings is not None:
        parts.append(f"{happenings} happening(s) after merging across outlets")
    click.echo("rasd: " + ", ".join(parts) + ".", err=True)


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--published", callback=date_option, metavar="DATE", help="Date for articles that carry none.")
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    metavar="N",
    help="Processes extracting at once [default: the cores available]; one writes to the store.",
)
@db_option
def ingest(paths: tuple[str, ...], published: dt.date | None, workers: int | None, db: str) -> None:
    """Extract and store the articles of PATHS: text files, JSONL, RSS/Atom feeds (files or URLs),
    saved HTML pages, folders of these, or - for stdin.

    The same article twice is stored once. A record that cannot be read is named on stderr with its
    file and line, and the rest goes on (exit status 1 at the end). An article whose extraction fails
    is stored with its error for `rasd reprocess`. Killed midway, it leaves only whole articles:
    run it again to finish. Then merges the events of all stored articles across outlets.
    """
    progress = Progress()

    def step(item: Article | InputError) -> None:
        if isinstance(item, InputError):
            click.echo(f"rasd: {item}", err=True)
        progress.step()

    items = itertools.chain.from_iterable(read_articles(path, published) for path in paths)
    with open_store(db) as store:
        tally = ingest_parallel(items, store, workers or available_cores(), step=step)
        progress.close()
        happenings = merge_store(store)
    _report(tally, happenings)
    if tally.problems:
        sys.exit(1)


@click.command()
@db_option
def reprocess(db: str) -> None:
    """Extract again the stored articles whose extraction failed, then merge across outlets again."""
    with open_store(db) as store:
        tally = reprocess_failed(store, load_lexicons())
        happenings = merge_store(store)
    _report(tally, happenings)


@click.command()
@click.argument("feeds", nargs=-1, required=True)
@click.option("--every", default=15.0, show_default=True, metavar="MINUTES", help="Minutes between polls.")
@click.option("--rounds", type=int, default=None, metavar="N", help="Stop after N polls (default: never).")
@db_option
def watch(feeds: tuple[str, ...], every: float, rounds: int | None, db: str) -> None:
    """Poll FEEDS (RSS/Atom URLs or files) every MINUTES, storing only items not seen before.

    A feed that is down or returns something other than a feed is named on stderr and polled again
    next time; the others go on. Stop it with Ctrl-C.
    """
    lexicons = load_lexicons()
    with open_store(db) as store:

        def handle(article) -> None:
            tally = ingest_articles([article], store, lexicons)
            if tally.stored:
                merge_store(store)
                click.echo(f"rasd: {article.id}: {tally.events} event(s)", err=True)

        def on_error(error) -> None:
            click.echo(f"rasd: {error}", err=True)

        try:
            handled = watch_feeds(list(feeds), every, handle, store.has, on_error, rounds=rounds)
        except KeyboardInterrupt:
            return
    click.echo(f"rasd: {handled} new article(s).", err=True)


def _query(**filters) -> EventQuery:
    return EventQuery(**{name: value for name, value in filters.items() if value is not None})


@click.command()
@click.option("--type", "event_type", metavar="TYPE", help="PLOVER event type, e.g. ASSAULT.")
@click.option("--mode", metavar="MODE", help="PLOVER mode, e.g. aerial.")
@click.option("--country", metavar="ISO3", help="Where it happened, or its actor's or target's country.")
@click.option(
    "--actor", metavar="NAME", help="Part of the actor's name (Arabic or English) or its country code."
)
@click.option("--place", metavar="NAME", help="Part of the place's name (Arabic or English) or admin1.")
@click.option("--from", "date_from", callback=date_option, metavar="DATE", help="On or after this day.")
@click.option("--to", "date_to", callback=date_option, metavar="DATE", help="On or before this day.")
@click.option("--min-killed", type=int, metavar="N", help="At least N killed (by the highest source).")
@click.option("--text", metavar="WORDS", help="Words the article text must hold (full-text search).")
@click.option("--source", metavar="OUTLET", help="Part of an outlet's name.")
@click.option("--limit", type=int, default=100, show_default=True, help="At most this many.")
@click.option("--offset", type=int, default=0, help="Skip this many first (paging).")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", *FORMATS]),
    default="table",
    show_default=True,
    help="table; json (the output contract); jsonl; csv (ACLED columns, then ours); geojson; parquet.",
)
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), help="Write to a file.")
@db_option
def events(fmt: str, output: str | None, db: str, **filters) -> None:
    """Query the stored happenings (events merged across outlets), latest first."""
    query = _query(**filters)
    with open_store(db) as store:
        found = store.happenings(query)
    if fmt == "table":
        lines = [TABLE_HEADER, *(happening_row(happening) for happening in found)]
        text = "\n".join(lines) + "\n"
        if output:
            with open(output, "w", encoding="utf-8") as out:
                out.write(text)
        else:
            click.echo(text, nl=False)
        return
    if output:
        with open(output, "wb") as out:
            write(found, fmt, out)
    else:
        write(found, fmt, sys.stdout)


@click.command()
@click.argument("event_id")
@db_option
def show(event_id: str, db: str) -> None:
    """Print a happening (hp-…) or one article's event (ev-…): its fields, every source with its own
    numbers and attribution, the evidence sentences with the words behind each field marked, and why
    the sources were merged."""
    mark = ("\x1b[7m", "\x1b[0m") if sys.stdout.isatty() else ("⟦", "⟧")
    with open_store(db) as store:
        happening = store.happening(event_id)
        event: Event | None = happening or store.event(event_id)
        if event is None:
            raise click.ClickException(f"no happening or event {event_id!r} in {db}")
        lines = happening_lines(event, store, mark)
    click.echo("\n".join(lines))


@click.command()
@click.option("--top", default=5, show_default=True, help="How many of the deadliest happenings to list.")
@db_option
def stats(top: int, db: str) -> None:
    """Summarise the store: articles, events by type and country, the deadliest happenings, their sources."""
    with open_store(db) as store:
        lines = stats_lines(store, db, top)
    click.echo("\n".join(lines))
