import pytest

from rasd.errors import InputError, SkippedInput
from rasd.ingest.arabic import has_arabic, require_arabic


def test_has_arabic():
    assert has_arabic("قتل 3 جنود في ديالى")
    assert has_arabic("Reuters: قصف على حلب")
    assert has_arabic("ﻗﺘﻞ")  # presentation forms, as some old pages carry them
    assert not has_arabic("3 soldiers killed in Diyala")
    assert not has_arabic("")


def test_skipped_input_is_an_input_error_naming_file_line_and_item():
    with pytest.raises(SkippedInput) as caught:
        require_arabic("Weather update", "feed.rss", 4, item="https://x.example/7")
    assert isinstance(caught.value, InputError)
    assert str(caught.value) == "feed.rss:4: skipped: no Arabic text (item https://x.example/7)"
    require_arabic("اشتباكات", "feed.rss")
