"""Helpers for the page's browser tests: a real app served by uvicorn, and Debian's headless Chromium.

The site is the real app (`rasd.web.create_app`) over a SQLite store filled by `ingest` and
`merge_store` with a few short passages written for these tests and the seed article. Chromium is
/usr/bin/chromium driven by playwright (never `playwright install`: `.ci/chromium` installs the
Debian package). Without Chromium the tests skip, except when $CI is set: then they fail.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import uvicorn

from rasd.ingest.run import ingest, merge_store
from rasd.model import Article
from rasd.store import open_store
from rasd.web import create_app

ROOT = Path(__file__).parents[2]
SEED = ROOT / "examples" / "seed-karabakh.txt"
CHROMIUM = Path("/usr/bin/chromium")
LEAFLET = ROOT / "src" / "rasd" / "web" / "static" / "vendor" / "leaflet" / "leaflet.js"
CHROMIUM_ARGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)

STRIKE_A = Article(
    id="enab-1",
    outlet="عنب بلدي",
    published=dt.date(2020, 2, 16),
    title="قصف على كفرنبل",
    url="https://example.org/enab/1",
    text="قتل 5 مدنيين وأصيب 9 آخرون في قصف مدفعي على بلدة كفرنبل في ريف إدلب الجنوبي اليوم الأحد، حسبما أفاد المرصد السوري لحقوق الإنسان.",
)
STRIKE_B = Article(
    id="awsat-1",
    outlet="الشرق الأوسط",
    published=dt.date(2020, 2, 16),
    text="أفادت مصادر محلية بمقتل 6 مدنيين بينهم طفلان في قصف على بلدة كفرنبل جنوب إدلب اليوم الأحد.",
)
PROTEST = Article(
    id="sumaria-1",
    outlet="السومرية",
    published=dt.date(2019, 7, 11),
    text="تظاهر مئات الطلاب في مدينة البصرة اليوم الخميس احتجاجا على انقطاع الكهرباء.",
)
STATEMENT = Article(
    id="un-1",
    outlet="أخبار الأمم المتحدة",
    published=dt.date(2020, 1, 6),
    text="دعا الأمين العام للأمم المتحدة أنطونيو غوتيريش اليوم الاثنين إلى وقف فوري لإطلاق النار في ليبيا.",
)
HOSTILE = Article(  # markup in every field the page shows: it must come out as text, never run
    id="<img src=x onerror=alert(1)>",
    outlet="<b>منفذ</b>",
    published=dt.date(2021, 5, 3),
    title="<script>window.pwned = 1</script>",
    url="javascript:window.pwned=1",
    text='اعتقلت الشرطة 4 متظاهرين في بغداد اليوم الاثنين <img src=x onerror="window.pwned=1">.',
)


def seed_article() -> Article:
    """examples/seed-karabakh.txt, published 2023-09-20."""
    text = SEED.read_text(encoding="utf-8")
    return Article(id="seed-karabakh", text=text, published=dt.date(2023, 9, 20), outlet="وكالة الأناضول")


def articles() -> list[Article]:
    """Everything the test site holds."""
    return [STRIKE_A, STRIKE_B, PROTEST, STATEMENT, HOSTILE, seed_article()]


def fill_store(db: Path) -> None:
    """Ingest the test articles into a SQLite store at `db` and merge them into happenings."""
    with open_store(str(db)) as store:
        tally = ingest(articles(), store)
        assert tally.stored == len(articles()), tally
        merge_store(store)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@dataclass
class Site:
    """The app served on a loopback port; `url` is its root."""

    db: Path
    url: str = ""
    server: uvicorn.Server | None = None
    thread: threading.Thread | None = field(default=None, repr=False)


def serve(db: Path, **options) -> Site:
    """Start uvicorn with the real app over the store at `db` (`options` go to create_app) in a thread."""
    port = free_port()
    config = uvicorn.Config(create_app(str(db), **options), host="127.0.0.1", port=port, log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name="rasd-test-server", daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the test server did not start")
        time.sleep(0.05)
    return Site(db=db, url=f"http://127.0.0.1:{port}", server=server, thread=thread)


def stop(site: Site) -> None:
    """Stop the server and wait for its thread."""
    if site.server and site.thread:
        site.server.should_exit = True
        site.thread.join(timeout=20)


def missing(what: str) -> None:
    """Skip the test for want of `what` on this machine, but fail under CI."""
    if os.environ.get("CI"):
        pytest.fail(f"{what} is missing: the browser tests cannot run under CI without it")
    pytest.skip(f"{what} is missing")


def need_chromium() -> None:
    if not CHROMIUM.exists():
        missing(f"{CHROMIUM} (run .ci/chromium)")


def need_leaflet() -> None:
    if not LEAFLET.exists():
        missing(f"{LEAFLET.relative_to(ROOT)} (run make vendor)")


def keep_screenshot(shot: Path, name: str) -> None:
    """Copy a screenshot into $RASD_SCREENSHOTS (e.g. docs) when that is set."""
    folder = os.environ.get("RASD_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        shutil.copyfile(shot, Path(folder) / name)


@pytest.fixture(name="site", scope="module")
def site_fixture(tmp_path_factory) -> Iterator[Site]:
    """The real app over a filled SQLite store, served by uvicorn on 127.0.0.1."""
    db = tmp_path_factory.mktemp("site") / "rasd.db"
    fill_store(db)
    served = serve(db)
    yield served
    stop(served)


@pytest.fixture(name="chromium", scope="module")
def chromium_fixture() -> Iterator[object]:
    """Debian's headless Chromium under playwright."""
    need_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=list(CHROMIUM_ARGS))
        yield browser
        browser.close()


@pytest.fixture(name="page")
def page_fixture(chromium) -> Iterator[object]:
    """A fresh browser tab (1400x1000); the test fails if the page's scripts raise."""
    context = chromium.new_context(viewport={"width": 1400, "height": 1000}, locale="ar")
    tab = context.new_page()
    tab.set_default_timeout(15_000)
    errors: list[str] = []
    tab.on("pageerror", lambda error: errors.append(str(error)))
    yield tab
    context.close()
    assert not errors, f"the page's scripts raised: {errors}"
