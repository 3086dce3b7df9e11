import json
import subprocess
import sys
from pathlib import Path

import pytest

from rasd.evaluate import evaluate_files, render, score

SHARED = Path(__file__).parents[2] / "shared" / "eval"
TEXT = "قتل 7 مدنيين في قصف. ودعت روسيا إلى وقف القتال."
GOLD = {
    "id": "a",
    "text": TEXT,
    "events": [
        {"event_type": "ASSAULT", "killed": 7, "injured": None, "evidence": "قتل 7 مدنيين في قصف."},
        {"event_type": "REQUEST", "actor": {"country": "RUS"}, "evidence": "ودعت روسيا إلى وقف القتال."},
    ],
}


def test_score_matches_by_type_and_overlapping_evidence():
    pred = {
        "id": "a",
        "events": [
            {"event_type": "ASSAULT", "killed": 7, "evidence": {"text": "قتل 7", "start": 0, "end": 5}},
            {"event_type": "ASSAULT", "killed": 1, "evidence": "ودعت روسيا"},
        ],
    }
    report = score([GOLD], [pred])
    assert report["events"] == {"precision": 0.5, "recall": 0.5, "f1": 0.5, "tp": 1, "fp": 1, "fn": 1}
    assert report["fields_on_matched"]["killed"] == {"accuracy": 1.0, "n": 1}
    assert report["casualty_recall_end_to_end"]["killed"] == {"recall": 1.0, "n": 1}
    assert render(report).splitlines()[0].startswith("events  P 0.500  R 0.500  F1 0.500")


@pytest.mark.skipif(not (SHARED / "score.py").exists(), reason="shared/eval is not beside the repo")
def test_agrees_with_the_reference_scorer_on_the_dev_set(tmp_path, lexicons):
    dev = SHARED / "dev.jsonl"
    ours = evaluate_files(str(dev), None, lexicons)
    predictions = tmp_path / "pred.jsonl"
    from rasd.ingest.read import read_articles
    from rasd.pipeline import extract

    with predictions.open("w", encoding="utf-8") as out:
        for article in read_articles(str(dev)):
            out.write(extract(article, lexicons).model_dump_json() + "\n")
    reference = subprocess.run(
        [sys.executable, str(SHARED / "score.py"), str(dev), str(predictions), "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert ours == json.loads(reference.stdout)
    assert evaluate_files(str(dev), str(predictions)) == ours
