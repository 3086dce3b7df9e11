"""Golden test: the seed article's events, compared field by field with the checked-in JSON.

Regenerate deliberately, and review the diff:
    rasd extract examples/seed-karabakh.txt --published 2023-09-20 > examples/seed-karabakh.expected.json
"""

import datetime as dt
import json
from pathlib import Path

from rasd.model import Article
from rasd.pipeline import extract

EXAMPLES = Path(__file__).parents[1] / "examples"


def _differences(expected, actual, path="$"):
    if isinstance(expected, dict) and isinstance(actual, dict):
        for key in sorted(set(expected) | set(actual)):
            yield from _differences(expected.get(key), actual.get(key), f"{path}.{key}")
    elif isinstance(expected, list) and isinstance(actual, list) and len(expected) == len(actual):
        for number, (left, right) in enumerate(zip(expected, actual, strict=True)):
            yield from _differences(left, right, f"{path}[{number}]")
    elif expected != actual:
        yield f"{path}: expected {expected!r}, got {actual!r}"


def test_seed_article_matches_its_golden_events(lexicons):
    text = (EXAMPLES / "seed-karabakh.txt").read_text(encoding="utf-8")
    article = Article(id="seed-karabakh", text=text, published=dt.date(2023, 9, 20))
    actual = extract(article, lexicons).model_dump(mode="json")
    expected = json.loads((EXAMPLES / "seed-karabakh.expected.json").read_text(encoding="utf-8"))
    differences = list(_differences(expected, actual))
    assert not differences, "\n".join(differences[:40])


def test_seed_golden_has_the_headline_event():
    expected = json.loads((EXAMPLES / "seed-karabakh.expected.json").read_text(encoding="utf-8"))
    (event,) = [e for e in expected["events"] if e["killed"] == 7]
    assert event["event_type"] == "ASSAULT"
    assert event["breakdown"] == {"civilians": 7, "women": 3, "children": 2, "men": 2}
    assert event["evidence"]["text"].startswith("قتل 7 مدنيين")
