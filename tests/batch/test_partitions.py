"""rasd.batch.partitions: line ranges of JSONL (plain or gzipped) and row groups of Parquet."""

from __future__ import annotations

import datetime as dt
import gzip
import json
import shutil

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from rasd.batch import plan_partitions, read_partition
from rasd.batch.partitions import input_files, numbered_records
from rasd.errors import InputError
from rasd.ingest.read import read_articles


def _read_all(partitions) -> list:
    return [item for partition in partitions for item in read_partition(partition)]


def _same(left: list, right: list) -> None:
    """The same articles and the same errors (InputError compares by identity, so by message)."""
    assert [str(item) if isinstance(item, InputError) else item for item in left] == [
        str(item) if isinstance(item, InputError) else item for item in right
    ]


def test_partitions_cover_every_line_once(archive):
    path, _ = archive
    partitions = plan_partitions(str(path), rows=50)
    assert [p.first for p in partitions] == list(range(1, 347, 50))
    assert sum(p.rows for p in partitions) == 346 and partitions[-1].rows == 46
    assert [p.number for p in partitions] == list(range(7))
    _same(_read_all(partitions), list(read_articles(str(path))))


def test_gzip_is_read_by_lines_from_the_start(archive, tmp_path):
    path, lines = archive
    zipped = tmp_path / "archive.jsonl.gz"
    with open(path, "rb") as source, gzip.open(zipped, "wb") as target:
        shutil.copyfileobj(source, target)
    partitions = plan_partitions(str(zipped), rows=100)
    assert [(p.first, p.rows, p.offset) for p in partitions] == [
        (1, 100, 0),
        (101, 100, 0),
        (201, 100, 0),
        (301, 46, 0),
    ]
    _same(_read_all(partitions), list(read_articles(str(zipped))))
    numbered = dict(numbered_records(partitions[3]))
    assert numbered[lines["raising"]].id == "b-year-one"


def test_a_truncated_gzip_keeps_what_it_holds_and_names_where_it_stops(archive, tmp_path):
    path, _ = archive
    data = gzip.compress(path.read_bytes())
    broken = tmp_path / "broken.jsonl.gz"
    broken.write_bytes(data[: len(data) // 2])
    items = _read_all(plan_partitions(str(broken), rows=40))
    assert isinstance(items[-1], InputError) and "cannot read further" in items[-1].problem
    assert [item.id for item in items[:4]] == ["b-idlib", "b-mosul", "b-khartoum", "b-yemen"]
    assert len([item for item in items if not isinstance(item, InputError)]) > 100


def test_parquet_row_groups_are_partitions(tmp_path):
    rows = [
        {"id": "p1", "text": "قتل جنديان في هجوم على حاجز عسكري في سيناء.", "published": dt.date(2018, 3, 1)},
        {"id": "p2", "text": "أعلنت الحكومة اليمنية هدنة إنسانية في تعز.", "published": None},
        {"id": "p3", "text": None, "published": dt.date(2018, 3, 2)},
        {
            "id": "p4",
            "text": "اعتقلت قوات الاحتلال عشرة فلسطينيين في الخليل.",
            "published": dt.date(2018, 3, 3),
        },
    ]
    path = tmp_path / "articles.parquet"
    pq.write_table(pa.Table.from_pylist(rows), path, row_group_size=2)
    partitions = plan_partitions(str(path))
    assert [(p.kind, p.first, p.rows, p.row_group) for p in partitions] == [
        ("parquet", 1, 2, 0),
        ("parquet", 3, 2, 1),
    ]
    items = _read_all(partitions)
    assert [item.id for item in items if not isinstance(item, InputError)] == ["p1", "p2", "p4"]
    assert items[0].published == dt.date(2018, 3, 1) and items[1].published is None
    assert str(items[2]) == f"{path}:3: missing 'text'"


def test_a_file_that_is_not_parquet_is_one_error(tmp_path):
    path = tmp_path / "bad.parquet"
    path.write_bytes(b"not parquet at all")
    items = _read_all(plan_partitions(str(path)))
    assert len(items) == 1 and "cannot read row group" in str(items[0])


def test_a_folder_gives_its_files_in_order(tmp_path):
    (tmp_path / "b.jsonl").write_text(
        json.dumps({"id": "b", "text": "قصف على غزة."}) + "\n", encoding="utf-8"
    )
    (tmp_path / "a.jsonl").write_text(
        json.dumps({"id": "a", "text": "قصف على درعا."}) + "\n", encoding="utf-8"
    )
    (tmp_path / "_errors.jsonl").write_text("{}\n", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("ملاحظات", encoding="utf-8")
    assert input_files(str(tmp_path)) == [str(tmp_path / "a.jsonl"), str(tmp_path / "b.jsonl")]
    assert [item.id for item in _read_all(plan_partitions(str(tmp_path)))] == ["a", "b"]


def test_a_missing_input_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        plan_partitions(str(tmp_path / "nothing.jsonl"))
