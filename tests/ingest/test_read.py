import datetime as dt
import gzip
import io
import json

from rasd.errors import InputError
from rasd.ingest.read import read_articles, read_jsonl

# short passages in the shape of ANT 2018 records
GOOD = {"id": "a1", "text": "قتل 6 مدنيين وإصابة 23 آخرين", "published": "2018-06-09", "outlet": "Al Arabiya"}


def _split(items):
    return [i for i in items if not isinstance(i, InputError)], [
        i for i in items if isinstance(i, InputError)
    ]


def test_plain_text_file_is_one_article_named_after_the_file(tmp_path):
    path = tmp_path / "gaza-report.txt"
    path.write_text("قتل 3 أشخاص في غارة جوية", encoding="utf-8")
    (article,) = read_articles(str(path), dt.date(2018, 3, 24))
    assert article.id == "gaza-report" and article.published == dt.date(2018, 3, 24)
    assert article.text == "قتل 3 أشخاص في غارة جوية"


def test_jsonl_bad_records_are_reported_with_line_and_the_rest_read(tmp_path):
    lines = [
        json.dumps(GOOD, ensure_ascii=False),
        "{not json",
        json.dumps({"id": "a2"}),
        json.dumps({"id": "a3", "text": 42}),
        json.dumps({"id": "a4", "text": "نص", "published": "yesterday"}),
        "",
        json.dumps(["a list"]),
        json.dumps({"id": "a5", "text": "قصف مدفعي على حلب", "title": 7}),
        json.dumps({"id": 6, "text": "اشتباكات في درعا"}),
    ]
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    articles, errors = _split(list(read_articles(str(path))))
    assert [a.id for a in articles] == ["a1", "6"]
    assert articles[0].published == dt.date(2018, 6, 9) and articles[0].outlet == "Al Arabiya"
    assert [(e.line, e.problem.split(":")[0]) for e in errors] == [
        (2, "invalid JSON"),
        (3, "missing 'text'"),
        (4, "'text' must be a string, got int"),
        (5, "'published'"),
        (7, "expected a JSON object, got list"),
        (8, "'title' must be a string, got int"),
    ]
    assert all(str(e).startswith(f"{path}:{e.line}: ") for e in errors)


def test_gzip_and_truncated_gzip(tmp_path):
    path = tmp_path / "batch.jsonl.gz"
    data = "\n".join(json.dumps(dict(GOOD, id=f"a{i}"), ensure_ascii=False) for i in range(200)).encode()
    path.write_bytes(gzip.compress(data))
    assert len(list(read_articles(str(path)))) == 200
    path.write_bytes(gzip.compress(data)[:-200])
    articles, errors = _split(list(read_articles(str(path))))
    assert errors and "cannot read further" in errors[-1].problem
    assert 0 < len(articles) < 200


def test_binary_and_missing_files_are_errors_not_crashes(tmp_path):
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\xff\xfe")
    (error,) = read_articles(str(path))
    assert isinstance(error, InputError) and "UTF-8" in error.problem
    (error,) = read_articles(str(tmp_path / "nowhere.txt"))
    assert isinstance(error, InputError) and "cannot open" in error.problem


def test_published_given_on_the_command_line_fills_only_missing_dates():
    stream = io.StringIO(
        json.dumps(GOOD, ensure_ascii=False) + "\n" + json.dumps({"id": "b", "text": "نص"}) + "\n"
    )
    first, second = read_jsonl(stream, "-", dt.date(2020, 1, 1))
    assert first.published == dt.date(2018, 6, 9) and second.published == dt.date(2020, 1, 1)
