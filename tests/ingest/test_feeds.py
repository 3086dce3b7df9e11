import datetime as dt
from pathlib import Path

from rasd.errors import InputError, SkippedInput
from rasd.ingest.feeds import item_id, parse_feed, read_feed

DATA = Path(__file__).parent / "data"

RSS = (DATA / "akhbar.rss").read_bytes()
ATOM = (DATA / "akhbar.atom").read_bytes()


def test_rss_items_become_articles_with_title_url_date_outlet_and_stripped_text():
    first, second, english = parse_feed(RSS, "akhbar.rss")
    assert first.id == "https://rafidain.example/#101"  # a non-URL guid, scoped by the feed's link
    assert first.text == "قتل 3 جنود في هجوم على حاجز للجيش في محافظة ديالى.\nوأصيب 5 آخرون بجروح."
    assert first.title == "مقتل 3 جنود في ديالى" and first.url == "https://rafidain.example/news/101"
    assert first.outlet == "أخبار الرافدين" and first.published == dt.date(2024, 3, 5)
    assert second.id == "https://rafidain.example/news/102"  # no guid: the link
    assert second.text == "أعلنت شرطة البصرة اعتقال 4 مطلوبين بتهم إرهابية في قضاء الزبير."
    assert isinstance(english, SkippedInput) and english.problem.startswith("skipped: no Arabic text")
    assert english.item == "https://rafidain.example/en/7"


def test_atom_prefers_full_content_over_summary_and_published_over_updated():
    first, second = parse_feed(ATOM, "akhbar.atom", dt.date(2000, 1, 1))
    assert first.text == "قتل مدنيان وأصيب 7 آخرون في قصف مدفعي على بلدة في ريف إدلب الجنوبي."
    assert "track" not in first.text
    assert first.published == dt.date(2024, 5, 2) and second.published == dt.date(2024, 5, 1)
    assert second.outlet == "شبكة الشام الإخبارية" and second.url == "https://sham.example/a/2"


def test_ids_are_stable_across_reads_and_sources():
    from_file = [a.id for a in read_feed(str(DATA / "akhbar.rss")) if not isinstance(a, InputError)]
    again = [a.id for a in parse_feed(RSS, "elsewhere.xml") if not isinstance(a, InputError)]
    assert from_file == again and len(from_file) == 2
    assert item_id(None, None, "feed", "عنوان", "نص الخبر") == item_id(
        None, None, "feed", "عنوان", "نص الخبر"
    )
    assert item_id(None, None, "feed", "عنوان", "نص الخبر") != item_id(None, None, "feed", "عنوان", "نص آخر")


def test_item_without_summary_falls_back_to_its_title():
    feed = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>
    <item><title>\xd9\x85\xd9\x82\xd8\xaa\xd9\x84 \xd8\xac\xd9\x86\xd8\xaf\xd9\x8a\xd9\x8a\xd9\x86</title><link>https://x.example/1</link></item>
    <item><link>https://x.example/2</link></item></channel></rss>"""
    titled, empty = parse_feed(feed, "t.rss")
    assert titled.text == "مقتل جنديين" == titled.title
    assert isinstance(empty, InputError) and "no title, summary or content" in empty.problem


def test_garbage_and_html_are_one_input_error_naming_the_source():
    (error,) = parse_feed(b"\x89PNG\r\n\x1a\n\x00\x00garbage", "broken.xml")
    assert type(error) is InputError and str(error).startswith("broken.xml: not an RSS/Atom feed")
    (error,) = parse_feed(b"<?xml version='1.0'?><rss version='2.0'><channel><title>", "cut.xml")
    assert type(error) is InputError and "not an RSS/Atom feed" in error.problem
    (error,) = parse_feed("مجرد نص عادي".encode(), "note.txt")
    assert "not an RSS/Atom feed" in error.problem


def test_truncated_feed_gives_the_items_before_the_cut():
    cut = RSS[: RSS.index(b"<item>", RSS.index(b"</item>")) + 30]
    first, *rest = parse_feed(cut, "cut.rss")
    assert first.title == "مقتل 3 جنود في ديالى"
    assert all(isinstance(item, InputError) for item in rest)
    (error,) = read_feed(str(DATA / "missing.rss"))
    assert "cannot open" in error.problem


def test_windows_1256_feed_is_decoded():
    body = "<rss version='2.0'><channel><title>أخبار</title><item><guid>https://w.example/1</guid><description>قتل 3 جنود في ديالى</description></item></channel></rss>"
    data = b"<?xml version='1.0' encoding='windows-1256'?>" + body.encode("cp1256")
    (article,) = parse_feed(data, "w.rss")
    assert article.text == "قتل 3 جنود في ديالى" and article.outlet == "أخبار"
