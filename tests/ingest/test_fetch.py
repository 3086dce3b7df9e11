import time
from pathlib import Path

import pytest

from rasd.errors import InputError
from rasd.ingest.feeds import read_feed
from rasd.ingest.fetch import fetch, is_url

DATA = Path(__file__).parent / "data"


def test_feed_url_is_fetched_and_read(site):
    url = site.serve("/rss", (DATA / "akhbar.rss").read_bytes())
    articles = [a for a in read_feed(url) if not isinstance(a, InputError)]
    assert [a.title for a in articles] == ["مقتل 3 جنود في ديالى", "اعتقال 4 مطلوبين في البصرة"]
    assert fetch(url).content_type == "application/rss+xml"


def test_url_returning_html_is_an_input_error(site):
    url = site.serve("/home", (DATA / "diyala.html").read_bytes(), "text/html; charset=utf-8")
    (error,) = read_feed(url)
    assert error.path == url and error.problem == "returned an HTML page, not an RSS/Atom feed"


def test_url_that_hangs_times_out_quickly(site):
    site.hang.add("/slow")
    start = time.monotonic()
    (error,) = read_feed(site.url("/slow"), timeout=0.3)
    assert time.monotonic() - start < 3
    assert error.path == site.url("/slow") and error.problem == "timed out after 0.3 s"


def test_http_errors_and_unreachable_hosts_are_input_errors(site):
    (error,) = read_feed(site.url("/gone"))
    assert error.problem == "HTTP 404 Not Found"
    site.serve("/down", b"oops", "text/plain", 503)
    (error,) = read_feed(site.url("/down"))
    assert error.problem.startswith("HTTP 503")
    with pytest.raises(InputError, match="cannot fetch"):
        fetch("http://127.0.0.1:9/", timeout=1)  # the discard port: nothing listens


def test_body_over_the_size_limit_is_refused(site):
    url = site.serve("/big", b"<rss>" + b" " * 5000 + b"</rss>")
    with pytest.raises(InputError, match="larger than the 2 KiB limit"):
        fetch(url, max_bytes=2048)


def test_is_url():
    assert is_url("https://example.org/rss") and is_url("HTTP://example.org")
    assert not is_url("feeds/akhbar.rss") and not is_url("-")
