"""Bad input of every kind is a typed error naming the file, the line and the problem; the rest goes on.

One folder holds a good article beside each kind of bad input, read through `read_articles` and
through `rasd extract` / `rasd ingest`. (Each reader's own cases are in tests/ingest/.)
"""

import gzip
import json

import pytest
from click.testing import CliRunner

from rasd.cli import main
from rasd.errors import InputError, SkippedInput
from rasd.ingest.read import read_articles
from rasd.model import Article

GOOD = "قتل 5 مدنيين وأصيب 3 آخرون في قصف مدفعي على مدينة إدلب أمس."
RECORDS = [
    {"id": "j1", "text": GOOD, "published": "2018-03-24"},
    "{broken json",
    {"id": "j3", "text": 2018},
    {"id": "j4", "text": GOOD, "published": ["2018-03-24"]},
    {"id": "j5", "title": "بلا نص"},
    {"id": "j6", "text": "Five civilians were killed in Idlib."},
    {"id": "j7", "text": GOOD, "published": "2018-13-45"},
    {"id": "j8", "text": GOOD + "\ud800"},
    {"id": "j9", "text": "اعتقلت الشرطة 12 متظاهرا في بغداد.", "published": "2018-03-25"},
]
# (file, line, kind, start of the problem); line None when the problem is the whole file
EXPECTED = [
    ("a-good.txt", None, Article, ""),
    ("b-broken.html", None, Article, ""),
    ("c-english.txt", None, SkippedInput, "skipped: no Arabic text"),
    ("d-image.txt", 1, InputError, "not UTF-8 text"),
    ("e-records.jsonl", 1, Article, ""),
    ("e-records.jsonl", 2, InputError, "invalid JSON: Expecting property name"),
    ("e-records.jsonl", 3, InputError, "'text' must be a string, got int"),
    ("e-records.jsonl", 4, InputError, "'published' must be a string, got list"),
    ("e-records.jsonl", 5, InputError, "missing 'text'"),
    ("e-records.jsonl", 6, SkippedInput, "skipped: no Arabic text"),
    ("e-records.jsonl", 7, InputError, "'published': '2018-13-45' is not an ISO date"),
    ("e-records.jsonl", 8, InputError, f"'text': character {len(GOOD) + 1} is a lone surrogate (U+D800)"),
    ("e-records.jsonl", 9, Article, ""),
    ("f-cut.jsonl.gz", None, Article, ""),  # and the other records before the cut
    ("f-cut.jsonl.gz", None, InputError, "cannot read further"),  # at the line of the cut
]


@pytest.fixture
def batch(tmp_path):
    """A folder with one file of each kind, good and bad, named in reading order."""
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "a-good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "b-broken.html").write_text(
        f"<html><head><title>خبر</title><body><div><p>{GOOD}<p>ثم <b>اشتباكات <i>في درعا</div>&nbsp;",
        encoding="utf-8",
    )
    (folder / "c-english.txt").write_text("Three soldiers were killed in Diyala.", encoding="utf-8")
    (folder / "d-image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe\x00")
    lines = [record if isinstance(record, str) else json.dumps(record) for record in RECORDS]
    (folder / "e-records.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    many = "\n".join(json.dumps({"id": f"g{n}", "text": GOOD}) for n in range(300)).encode()
    (folder / "f-cut.jsonl.gz").write_bytes(gzip.compress(many)[:-100])
    return folder


def _problem_lines(folder):
    """The stderr lines rasd prints for each problem of EXPECTED."""
    return [
        f"rasd: {folder / name}{'' if line is None else f':{line}'}: {problem}"
        for name, line, kind, problem in EXPECTED
        if kind is not Article and name != "f-cut.jsonl.gz"
    ]


def test_read_articles_names_each_problem_and_reads_the_rest(batch):
    items = list(read_articles(str(batch)))
    from_cut = [item for item in items if isinstance(item, Article) and item.id.startswith("g")]
    assert 0 < len(from_cut) < 300  # the records before the cut
    items = [item for item in items if item not in from_cut[1:]]
    assert [type(item) for item in items] == [kind for _, _, kind, _ in EXPECTED]
    for item, (name, line, kind, problem) in zip(items, EXPECTED, strict=True):
        if kind is not Article:
            assert item.path == str(batch / name) and item.problem.startswith(problem), item
            assert line is None or item.line == line, item
            assert str(item).startswith(f"{batch / name}{'' if item.line is None else f':{item.line}'}: ")


def test_rasd_extract_names_each_problem_and_writes_the_rest(batch):
    result = CliRunner().invoke(main, ["extract", str(batch), "--format", "jsonl"])
    assert result.exit_code == 1
    ids = [json.loads(line)["id"] for line in result.stdout.splitlines()]
    assert ids[:4] == ["a-good", "b-broken", "j1", "j9"] and ids[4] == "g0" and len(ids) > 100
    for line in _problem_lines(batch):
        assert line in result.stderr, (line, result.stderr)
    assert f"rasd: {batch / 'f-cut.jsonl.gz'}:" in result.stderr and "cannot read further" in result.stderr
    assert "Traceback" not in result.stderr


def test_rasd_ingest_names_each_problem_and_stores_the_rest(batch, tmp_path):
    db = tmp_path / "rasd.db"
    result = CliRunner().invoke(main, ["ingest", str(batch), "--db", str(db)])
    assert result.exit_code == 1 and "Traceback" not in result.stderr
    for line in _problem_lines(batch):
        assert line in result.stderr, (line, result.stderr)
    assert "2 skipped (no Arabic text)" in result.stderr
    assert "8 unreadable record(s)" in result.stderr  # 6 JSONL lines, the image, the cut gzip


def test_feeds_that_hang_or_answer_html_are_named_and_the_good_feed_is_read(feed_server, tmp_path):
    db = tmp_path / "rasd.db"
    urls = [f"{feed_server}/slow", f"{feed_server}/page", f"{feed_server}/rss"]
    result = CliRunner().invoke(main, ["ingest", *urls, "--db", str(db)])
    assert result.exit_code == 1
    assert f"rasd: {feed_server}/slow: timed out after 20" in result.stderr
    assert f"rasd: {feed_server}/page: returned an HTML page, not an RSS/Atom feed" in result.stderr
    assert "1 article(s) stored" in result.stderr and "2 unreadable record(s)" in result.stderr
