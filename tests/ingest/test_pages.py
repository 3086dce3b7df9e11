import datetime as dt
from pathlib import Path

import pytest

from rasd.errors import InputError, SkippedInput
from rasd.ingest.pages import read_page

DATA = Path(__file__).parent / "data"


def test_saved_page_gives_body_title_date_outlet_and_url_without_the_menu():
    article = read_page((DATA / "diyala.html").read_bytes(), "saved/diyala.html")
    assert article.id == "diyala"
    assert "قتل 3 جنود وأصيب 5 آخرون في هجوم شنه مسلحون مجهولون" in article.text
    assert "الرئيسية" not in article.text and "جميع الحقوق" not in article.text
    assert article.title == "مقتل 3 جنود في هجوم على حاجز للجيش في ديالى"
    assert article.published == dt.date(2024, 3, 5) and article.outlet == "وكالة الرافدين"
    assert article.url == "https://rafidain.example/news/101"


def test_broken_markup_still_gives_the_text():
    article = read_page((DATA / "broken.htm").read_bytes(), "broken.htm", dt.date(2024, 6, 1))
    assert "أصيب 4 مدنيين بجروح في انفجار عبوة ناسفة" in article.text
    assert "ونقلت المصابين إلى مستشفى الجمهوري" in article.text
    assert article.published == dt.date(2024, 6, 1)
    unclosed = (
        "<html><head><title>اشتباكات</title><body><div><p>اندلعت اشتباكات عنيفة بين فصيلين مسلحين في ريف حلب"
        " الشمالي أسفرت عن مقتل 6 عناصر<p>وقال شهود إن الاشتباكات استمرت ساعات</span></td>"
    )
    article = read_page(unclosed.encode(), "unclosed.html")
    assert "أسفرت عن مقتل 6 عناصر" in article.text and "استمرت ساعات" in article.text


def test_page_without_article_text_or_arabic_is_a_clear_error():
    with pytest.raises(InputError, match=r"empty\.html: no article text"):
        read_page((DATA / "empty.html").read_bytes(), "empty.html")
    with pytest.raises(SkippedInput, match="skipped: no Arabic text"):
        read_page((DATA / "english.html").read_bytes(), "english.html")
    with pytest.raises(InputError, match="no article text"):
        read_page(b"\x00\x01\x02garbage\xff", "junk.html")
