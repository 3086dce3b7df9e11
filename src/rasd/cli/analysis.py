"""Commands that read articles and print what rasd finds in them: extract, evaluate, schema."""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Iterable

import click

from rasd.cli.common import Progress, articles, date_option
from rasd.evaluate import evaluate_files, render
from rasd.explain import explain as explain_events
from rasd.lexicon.lexicons import load_lexicons
from rasd.model import Article, ArticleEvents, Event
from rasd.parallel import available_cores, extract_parallel
from rasd.pipeline import Failure

SCHEMAS = {"output": ArticleEvents, "event": Event, "article": Article}


def _table(result: ArticleEvents) -> Iterable[str]:
    for event in result.events:
        counts = " ".join(
            f"{name}={getattr(event, name)}"
            for name in ("killed", "injured", "captured", "missing")
            if getattr(event, name) is not None
        )
        parts = ",".join(f"{key}={value}" for key, value in event.breakdown.items())
        evidence = event.evidence.text.replace("\n", " ")
        evidence = evidence if len(evidence) <= 90 else evidence[:89] + "…"
        yield "\t".join(
            (result.id, event.event_type, event.mode or "-", counts or "-", parts or "-", evidence)
        )


@click.command()
@click.argument("source")
@click.option(
    "--published",
    callback=date_option,
    metavar="DATE",
    help="Publication date (YYYY-MM-DD) for articles that carry none.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["json", "jsonl", "table"]),
    default="json",
    show_default=True,
    help="json: the object of a single article, else an array of them; "
    "jsonl: one object a line; table: one event a line, tab-separated.",
)
@click.option(
    "--explain",
    is_flag=True,
    help="Instead of the format, show every field of every event with its span and rule.",
)
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    metavar="N",
    help="Processes extracting at once [default: the cores available]; output stays in input order.",
)
def extract(source: str, published: dt.date | None, fmt: str, explain: bool, workers: int | None) -> None:
    """Extract the events of SOURCE: a text file (one article), JSONL (id, text, published…), an
    RSS/Atom feed (file or URL), a saved HTML page, a folder of these, or - for stdin.

    Writes {"id": ..., "events": [...]} per article. A malformed record is reported on stderr with
    its file and line and skipped; the exit status is then 1, after every other article is written.
    """
    problems: list[str] = []
    results = []
    if fmt == "table" and not explain:
        click.echo("\t".join(("article", "type", "mode", "counts", "breakdown", "evidence")))
    progress = Progress()
    extracted = extract_parallel(articles(source, published, problems), workers or available_cores())
    for result in extracted:
        progress.step()
        if isinstance(result, Failure):
            problems.append(f"{result.article_id}: {result.error}")
            click.echo(f"rasd: article {result.article_id} failed: {result.error}", err=True)
            continue
        if explain:
            click.echo(explain_events(result))
        elif fmt == "jsonl":
            click.echo(result.model_dump_json())
        elif fmt == "table":
            for row in _table(result):
                click.echo(row)
        else:
            results.append(result.model_dump(mode="json"))
    progress.close()
    if fmt == "json" and not explain:
        single = len(results) == 1 and not problems
        click.echo(json.dumps(results[0] if single else results, ensure_ascii=False, indent=2))
    if problems:
        click.echo(f"rasd: {len(problems)} record(s) could not be processed", err=True)
        sys.exit(1)


@click.command()
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.argument("predictions", required=False, type=click.Path(exists=True, dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
def evaluate(gold: str, predictions: str | None, as_json: bool) -> None:
    """Score PREDICTIONS (JSONL of {"id", "events"}) against GOLD (shared/eval/SCHEMA.md format).

    Without PREDICTIONS, extracts the events of GOLD's articles first. Prints event precision,
    recall and F1 by type, field accuracy on matched events and end-to-end casualty recall,
    exactly as shared/eval/score.py does.
    """
    report = evaluate_files(gold, predictions, load_lexicons())
    click.echo(json.dumps(report, indent=1) if as_json else render(report))


@click.command()
@click.option(
    "--model",
    type=click.Choice(sorted(SCHEMAS)),
    default="output",
    show_default=True,
    help="output: one article's result; event: one event; article: one input article.",
)
def schema(model: str) -> None:
    """Print the JSON Schema of rasd's output (or of one event, or of an input article)."""
    click.echo(json.dumps(SCHEMAS[model].model_json_schema(), ensure_ascii=False, indent=2))
