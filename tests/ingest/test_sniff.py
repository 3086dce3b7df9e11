from pathlib import Path

import pytest

from rasd.ingest.sniff import sniff, sniff_content

DATA = Path(__file__).parent / "data"


@pytest.mark.parametrize(
    ("head", "kind"),
    [
        (b'<?xml version="1.0"?>\n<rss version="2.0">', "feed"),
        (b"\xef\xbb\xbf<?xml version='1.0'?><!-- note --><feed xmlns='http://www.w3.org/2005/Atom'>", "feed"),
        (b"<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>", "feed"),
        (b"  <rss>", "feed"),
        (b"<!DOCTYPE html><html lang='ar'>", "html"),
        (b"<?xml version='1.0'?><!DOCTYPE html PUBLIC '-//W3C//DTD XHTML 1.0//EN'><html>", "html"),
        (b"<html><head>", "html"),
        (b'{"id": "a1", "text": "\xd9\x82\xd8\xaa\xd9\x84"}', "jsonl"),
        ("قتل 3 جنود".encode(), None),
    ],
)
def test_first_bytes_tell_the_kind(head, kind):
    assert sniff_content(head) == kind


def test_content_beats_extension_except_for_jsonl():
    rss = (DATA / "akhbar.rss").read_bytes()[:4096]
    assert sniff("saved-feed.txt", rss) == "feed"
    assert sniff("https://example.org/rss", rss) == "feed"
    assert sniff("page.HTM", "نص بلا وسوم".encode()) == "html"
    assert sniff("notes.txt", "قتل 3 جنود".encode()) == "text"
    assert sniff("batch.jsonl.gz", b"<rss>") == "jsonl"
    assert sniff("feed.xml.gz", b"") == "feed"
