"""The archive the batch tests run on: short passages of our own, the 338 sample articles, bad records."""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).parents[2]
SAMPLE = ROOT / "examples" / "ant-2018-sample.jsonl"
PASSAGES = (
    (
        "b-idlib",
        "2018-03-20",
        "قتل خمسة مدنيين وأصيب ثمانية آخرون في غارة جوية على بلدة في ريف إدلب أمس الاثنين.",
    ),
    (
        "b-mosul",
        "2018-04-02",
        "اعتقلت قوات الأمن العراقية عشرين شخصا في الموصل خلال حملة مداهمات، وفق بيان لوزارة الداخلية.",
    ),
    ("b-khartoum", "2018-01-12", "تظاهر آلاف الأشخاص في الخرطوم يوم الجمعة احتجاجا على ارتفاع الأسعار."),
    (
        "b-yemen",
        "2018-06-01",
        "دعت الأمم المتحدة إلى وقف فوري لإطلاق النار في اليمن بعد مقتل سبعة أطفال في قصف على الحديدة.",
    ),
)
RAISING = {"id": "b-year-one", "published": "0001-01-01", "text": "قتل ثلاثة مدنيين أمس في قصف على حلب."}
"""An article the pipeline raises on: "yesterday" of 1 January of year 1 is out of Python's dates."""


def write_archive(path: Path) -> dict[str, int]:
    """A JSONL archive: our passages, the 338 sample articles, and bad records; their line numbers."""
    records = [json.dumps({"id": i, "published": d, "text": t}, ensure_ascii=False) for i, d, t in PASSAGES]
    records += SAMPLE.read_text(encoding="utf-8").splitlines()
    lines = {"malformed": len(records) // 2, "no-text": len(records) - 10}
    records.insert(lines["malformed"] - 1, '{"id": "b-broken", "text": "قتل')
    records.insert(
        lines["no-text"] - 1, json.dumps({"id": "b-no-text", "title": "عنوان"}, ensure_ascii=False)
    )
    records.append(json.dumps(RAISING, ensure_ascii=False))
    lines["raising"] = len(records)
    records.append(json.dumps({"id": "b-english", "text": "Five people were killed in Aleppo."}))
    lines["english"] = len(records)
    path.write_text("\n".join(records) + "\n", encoding="utf-8")
    return lines


def sorted_rows(table) -> list[dict]:
    """The rows of an Arrow table in a fixed order, to compare two runs event for event."""
    return sorted(table.to_pylist(), key=lambda row: json.dumps(row, sort_keys=True, default=str))
