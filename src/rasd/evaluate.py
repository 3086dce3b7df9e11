"""Scoring predicted events against gold events (shared/eval/SCHEMA.md), as shared/eval/score.py does.

A predicted event matches a gold event when both have the same type and their evidence spans
overlap in the article text; pairs are matched greedily, best field agreement first. Field
accuracy counts matched pairs whose gold field is not null; end-to-end casualty recall counts
unmatched gold events as misses.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any

from rasd.errors import InputError
from rasd.ingest.read import read_articles
from rasd.lexicon.lexicons import Lexicons
from rasd.pipeline import extract

FIELDS = (
    "actor.country",
    "actor.sector",
    "target.country",
    "target.sector",
    "location.country",
    "date",
    "killed",
    "injured",
)
"""Fields whose agreement is counted on matched events."""

Row = Mapping[str, Any]


def _span(evidence: Any, text: str) -> tuple[int, int] | None:
    """(start, end) of an evidence given as a string or as {start, end, text}."""
    if isinstance(evidence, dict):
        if isinstance(evidence.get("start"), int) and isinstance(evidence.get("end"), int):
            return evidence["start"], evidence["end"]
        evidence = evidence.get("text")
    if not isinstance(evidence, str) or not evidence:
        return None
    at = text.find(evidence)
    return (at, at + len(evidence)) if at >= 0 else None


def _overlap(a: tuple[int, int] | None, b: tuple[int, int] | None) -> bool:
    return a is not None and b is not None and a[0] < b[1] and b[0] < a[1]


def _get(event: Any, path: str) -> Any:
    value = event
    for key in path.split("."):
        if not isinstance(value, dict):
            return None
        value = value.get(key)
    return value


def _agree(gold: Row, pred: Row, field: str) -> bool:
    g, p = _get(gold, field), _get(pred, field)
    if isinstance(g, str) and isinstance(p, str):
        return g.upper() == p.upper()
    return g == p


def _denied(event: Row) -> list[str]:
    return sorted(str(x).upper() for x in (event.get("denied_by") or []))


def _pairs(gold: list[Row], pred: list[Row], text: str) -> list[tuple[int, int]]:
    """Greedy one-to-one matching of gold and predicted events, best agreement first."""
    gold_spans = [_span(g.get("evidence"), text) for g in gold]
    pred_spans = [_span(p.get("evidence"), text) for p in pred]
    candidates = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            if g.get("event_type") == p.get("event_type") and _overlap(gold_spans[i], pred_spans[j]):
                agreement = sum(_agree(g, p, f) for f in FIELDS if _get(g, f) is not None)
                candidates.append((-agreement, i, j))
    used_gold, used_pred, pairs = set(), set(), []
    for _, i, j in sorted(candidates):
        if i not in used_gold and j not in used_pred:
            used_gold.add(i)
            used_pred.add(j)
            pairs.append((i, j))
    return pairs


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(gold_rows: Iterable[Row], pred_rows: Iterable[Row]) -> dict[str, Any]:
    """The report score.py prints with --json: events P/R/F1, by type, fields, casualty recall."""
    preds = {row["id"]: row.get("events") or [] for row in pred_rows}
    tp: Counter = Counter()
    fp: Counter = Counter()
    fn: Counter = Counter()
    hit: Counter = Counter()
    seen: Counter = Counter()
    e2e_hit: Counter = Counter()
    e2e_all: Counter = Counter()
    negatives = 0
    for article in gold_rows:
        gold = article.get("events") or []
        pred = preds.get(article["id"], [])
        pairs = _pairs(gold, pred, article["text"])
        matched = dict(pairs)
        used_pred = set(matched.values())
        for i, g in enumerate(gold):
            (tp if i in matched else fn)[g.get("event_type")] += 1
        for j, p in enumerate(pred):
            if j not in used_pred:
                fp[p.get("event_type")] += 1
        if not gold:
            negatives += len(pred)
        for i, j in pairs:
            g, p = gold[i], pred[j]
            for f in FIELDS:
                if _get(g, f) is not None:
                    seen[f] += 1
                    hit[f] += _agree(g, p, f)
            seen["reported_by"] += 1
            hit["reported_by"] += bool(g.get("reported_by")) == bool(p.get("reported_by"))
            if _denied(g):
                seen["denied_by"] += 1
                hit["denied_by"] += _denied(g) == _denied(p)
        for i, g in enumerate(gold):
            for f in ("killed", "injured"):
                if g.get(f) is not None:
                    e2e_all[f] += 1
                    e2e_hit[f] += i in matched and pred[matched[i]].get(f) == g.get(f)
    types = sorted(set(tp) | set(fp) | set(fn), key=str)
    p, r, f = _prf(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    return {
        "events": {
            "precision": round(p, 3),
            "recall": round(r, 3),
            "f1": round(f, 3),
            "tp": sum(tp.values()),
            "fp": sum(fp.values()),
            "fn": sum(fn.values()),
        },
        "by_type": {
            str(t): dict(
                zip(
                    ("precision", "recall", "f1"),
                    (round(x, 3) for x in _prf(tp[t], fp[t], fn[t])),
                    strict=True,
                ),
                support=tp[t] + fn[t],
            )
            for t in types
        },
        "fields_on_matched": {k: {"accuracy": round(hit[k] / seen[k], 3), "n": seen[k]} for k in seen},
        "casualty_recall_end_to_end": {
            k: {"recall": round(e2e_hit[k] / e2e_all[k], 3), "n": e2e_all[k]} for k in e2e_all
        },
        "events_predicted_on_negative_articles": negatives,
    }


def render(report: Mapping[str, Any]) -> str:
    """The report as text, in score.py's layout."""
    e = report["events"]
    lines = [
        f"events  P {e['precision']:.3f}  R {e['recall']:.3f}  F1 {e['f1']:.3f}   "
        f"(tp {e['tp']} fp {e['fp']} fn {e['fn']})"
    ]
    for t, v in report["by_type"].items():
        lines.append(
            f"  {t:<10} P {v['precision']:.3f}  R {v['recall']:.3f}  F1 {v['f1']:.3f}  n={v['support']}"
        )
    lines.append("fields on matched events:")
    for k, v in report["fields_on_matched"].items():
        lines.append(f"  {k:<17} {v['accuracy']:.3f}  n={v['n']}")
    for k, v in report["casualty_recall_end_to_end"].items():
        lines.append(f"casualties {k} end-to-end recall {v['recall']:.3f}  n={v['n']}")
    lines.append(
        f"events predicted on articles with no gold event: {report['events_predicted_on_negative_articles']}"
    )
    return "\n".join(lines)


def read_rows(path: str) -> list[dict[str, Any]]:
    """The JSON objects of a JSONL file, one a line; a malformed line is an InputError naming it."""
    rows = []
    with open(path, encoding="utf-8") as stream:
        for line, raw in enumerate(stream, start=1):
            if not raw.strip():
                continue
            try:
                row = json.loads(raw)
            except json.JSONDecodeError as error:
                raise InputError(path, line, f"invalid JSON: {error.msg} at column {error.colno}") from None
            if not isinstance(row, dict) or "id" not in row:
                raise InputError(path, line, "expected a JSON object with an 'id'")
            rows.append(row)
    return rows


def evaluate_files(
    gold_path: str, pred_path: str | None = None, lexicons: Lexicons | None = None
) -> dict[str, Any]:
    """Score PRED against GOLD; without PRED, extract GOLD's articles first and score that."""
    gold = read_rows(gold_path)
    if pred_path is not None:
        return score(gold, read_rows(pred_path))
    predictions = []
    for item in read_articles(gold_path):
        if isinstance(item, InputError):
            raise item
        predictions.append(extract(item, lexicons).model_dump(mode="json"))
    return score(gold, predictions)
