import datetime as dt
import gzip
import io
import json
from pathlib import Path

from rasd.errors import InputError, SkippedInput
from rasd.ingest.read import read_articles, read_jsonl
from rasd.model import Article

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


DATA = Path(__file__).parent / "data"


def test_folder_is_read_recursively_in_sorted_order_skipping_unsupported_and_hidden_files(tmp_path):
    (tmp_path / "b-feeds").mkdir()
    (tmp_path / "b-feeds" / "akhbar.rss").write_bytes((DATA / "akhbar.rss").read_bytes())
    (tmp_path / "b-feeds" / "sham.atom").write_bytes((DATA / "akhbar.atom").read_bytes())
    (tmp_path / "c-pages" / "iraq").mkdir(parents=True)
    (tmp_path / "c-pages" / "iraq" / "diyala.html").write_bytes((DATA / "diyala.html").read_bytes())
    (tmp_path / "c-pages" / "empty.htm").write_bytes((DATA / "empty.html").read_bytes())
    (tmp_path / "a-note.txt").write_text("اشتباكات بين قوات الأمن ومسلحين في درعا", encoding="utf-8")
    (tmp_path / "d.jsonl.gz").write_bytes(gzip.compress(json.dumps(GOOD, ensure_ascii=False).encode()))
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "x.txt").write_text("قتل 9", encoding="utf-8")
    items = list(read_articles(str(tmp_path)))
    labels = [(type(i).__name__, i.id if isinstance(i, Article) else Path(i.path).name) for i in items]
    assert labels == [
        ("Article", "a-note"),
        ("Article", "https://rafidain.example/#101"),
        ("Article", "https://rafidain.example/news/102"),
        ("SkippedInput", "akhbar.rss"),
        ("Article", "https://sham.example/#tag:sham.example,2024:1"),
        ("Article", "https://sham.example/#tag:sham.example,2024:2"),
        ("InputError", "empty.htm"),
        ("Article", "diyala"),
        ("Article", "a1"),
    ]
    assert [i.id for i in read_articles(str(tmp_path)) if isinstance(i, Article)] == [
        label for kind, label in labels if kind == "Article"
    ]


def test_content_decides_when_the_extension_does_not(tmp_path):
    saved = tmp_path / "feed-saved.txt"
    saved.write_bytes((DATA / "akhbar.atom").read_bytes())
    assert [a.title for a in read_articles(str(saved))] == ["قصف مدفعي على ريف إدلب", "تظاهرة في السويداء"]
    page = tmp_path / "page.txt.gz"
    page.write_bytes(gzip.compress((DATA / "diyala.html").read_bytes()))
    (article,) = read_articles(str(page))
    assert article.id == "page" and article.title.startswith("مقتل 3 جنود")


def test_feed_and_page_from_stdin(monkeypatch):
    stdin = io.TextIOWrapper(io.BytesIO((DATA / "akhbar.atom").read_bytes()), encoding="utf-8")
    monkeypatch.setattr("sys.stdin", stdin)
    assert len(list(read_articles("-"))) == 2
    stdin = io.TextIOWrapper(io.BytesIO((DATA / "diyala.html").read_bytes()), encoding="utf-8")
    monkeypatch.setattr("sys.stdin", stdin)
    (article,) = read_articles("-")
    assert article.id == "stdin" and article.published == dt.date(2024, 3, 5)


def test_url_is_read_as_a_feed(site):
    url = site.serve("/rss.php", (DATA / "akhbar.rss").read_bytes(), "text/xml")
    assert len([i for i in read_articles(url) if isinstance(i, Article)]) == 2
    (error,) = read_articles(site.url("/missing"), timeout=2)
    assert str(error) == f"{site.url('/missing')}: HTTP 404 Not Found"


def test_text_without_arabic_is_a_skipped_notice_not_an_empty_result(tmp_path):
    path = tmp_path / "english.txt"
    path.write_text("Three soldiers were killed in Diyala.", encoding="utf-8")
    (notice,) = read_articles(str(path))
    assert isinstance(notice, SkippedInput) and str(notice) == f"{path}: skipped: no Arabic text"
    path = tmp_path / "mixed.jsonl"
    path.write_text(
        json.dumps(GOOD, ensure_ascii=False) + "\n" + json.dumps({"id": "e", "text": "Hi"}) + "\n"
    )
    article, notice = read_articles(str(path))
    assert article.id == "a1" and isinstance(notice, SkippedInput) and notice.line == 2
