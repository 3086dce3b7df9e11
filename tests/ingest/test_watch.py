from pathlib import Path

from rasd.errors import SkippedInput
from rasd.ingest.watch import poll, watch

DATA = Path(__file__).parent / "data"

ITEM = """<item><title>{title}</title><link>https://rafidain.example/news/{n}</link>
<description>{text}</description></item>"""


def _rss(*items: tuple[int, str, str]) -> bytes:
    body = "".join(ITEM.format(n=n, title=title, text=text) for n, title, text in items)
    return f"<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>الرافدين</title>{body}</channel></rss>".encode()


FIRST = (1, "هجوم في ديالى", "قتل 3 جنود في هجوم على حاجز للجيش في محافظة ديالى")
SECOND = (2, "اعتقالات في البصرة", "اعتقلت الشرطة 4 مطلوبين في البصرة")
THIRD = (3, "قصف في إدلب", "قتل مدني في قصف مدفعي على ريف إدلب")


class Store:
    """What a caller of watch keeps: the articles handled, the problems reported, the sleeps asked for."""

    def __init__(self):
        self.articles, self.errors, self.sleeps = [], [], []

    def handle(self, article):
        self.articles.append(article)

    def seen(self, identifier):
        return any(a.id == identifier for a in self.articles)


def test_watch_hands_over_only_new_items_and_survives_broken_feeds(site):
    store = Store()
    feed = site.serve("/rss", _rss(FIRST, SECOND))
    html = site.serve("/page", (DATA / "diyala.html").read_bytes(), "text/html")
    site.hang.add("/slow")
    feeds = [site.url("/slow"), feed, site.url("/gone"), html]

    def sleep(seconds):
        store.sleeps.append(seconds)
        if len(store.sleeps) == 1:  # between rounds the feed gains an item
            site.serve("/rss", _rss(THIRD, FIRST, SECOND))

    handled = watch(
        feeds, 5, store.handle, store.seen, store.errors.append, rounds=3, sleep=sleep, timeout=0.3
    )
    assert handled == 3
    assert [a.title for a in store.articles] == ["هجوم في ديالى", "اعتقالات في البصرة", "قصف في إدلب"]
    assert len(store.sleeps) == 2 and all(0 < s <= 300 for s in store.sleeps)
    problems = [(e.path.removeprefix(site.base), e.problem) for e in store.errors]
    assert problems == 3 * [
        ("/slow", "timed out after 0.3 s"),
        ("/gone", "HTTP 404 Not Found"),
        ("/page", "returned an HTML page, not an RSS/Atom feed"),
    ]
    assert site.hits.count("/rss") == 3


def test_an_item_without_arabic_is_reported_once_per_watch(site):
    store = Store()
    feed = site.serve("/rss", _rss(FIRST, (9, "Weather", "Sunny skies over Baghdad")))
    watch([feed], 1, store.handle, store.seen, store.errors.append, rounds=3, sleep=lambda s: None)
    assert [a.id for a in store.articles] == ["https://rafidain.example/news/1"]
    (notice,) = store.errors
    assert isinstance(notice, SkippedInput) and notice.item == "https://rafidain.example/news/9"


def test_poll_reads_a_feed_file_once():
    store = Store()
    assert poll(str(DATA / "akhbar.atom"), store.handle, store.seen, store.errors.append) == 2
    assert poll(str(DATA / "akhbar.atom"), store.handle, store.seen, store.errors.append) == 0
    assert not store.errors
