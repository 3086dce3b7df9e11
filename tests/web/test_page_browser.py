"""The web page in real headless Chromium, against the real app over a filled SQLite store.

Run with RASD_SCREENSHOTS=docs to refresh docs/screenshot-events.png and docs/screenshot-event.png.
"""

from __future__ import annotations

import re

from browser import (  # noqa: F401
    SEED,
    chromium_fixture,
    keep_screenshot,
    need_leaflet,
    page_fixture,
    serve,
    site_fixture,
    stop,
)
from playwright.sync_api import expect

from rasd.store import open_store


def stored(page, site) -> list[dict]:
    """The happenings the API lists (what the table and the map should show)."""
    return page.request.get(f"{site.url}/events").json()["events"]


def open_events(page, site, hash_: str = "#/"):
    page.goto(f"{site.url}/{hash_}", wait_until="domcontentloaded")
    page.wait_for_selector("body[data-ready=events]")
    return page.locator("#events tbody tr")


def row_of(page, place: str):
    return page.locator("#events tbody tr", has=page.locator("td.place", has_text=place))


def test_page_loads_in_arabic_right_to_left_and_lists_events(page, site):
    response = page.goto(f"{site.url}/", wait_until="domcontentloaded")
    assert "default-src 'self'" in response.headers["content-security-policy"]
    page.wait_for_selector("body[data-ready=events]")
    assert page.get_attribute("html", "lang") == "ar" and page.get_attribute("html", "dir") == "rtl"
    rows = page.locator("#events tbody tr")
    assert rows.count() == len(stored(page, site)) >= 8
    assert page.locator("thead th").first.inner_text() == "النوع"
    strike = row_of(page, "كفرنبل")
    assert strike.get_attribute("data-type") == "ASSAULT"
    assert strike.locator("td.killed").inner_text() == "5 (5–6)"  # one figure per outlet: 5 and 6
    assert strike.locator("td.sources").inner_text() == "2"
    assert row_of(page, "البصرة").get_attribute("data-type") == "PROTEST"


def test_filters_narrow_the_table(page, site):
    rows = open_events(page, site)
    page.select_option("#f-type", "PROTEST")
    page.wait_for_url(re.compile(r"type=PROTEST"))
    page.wait_for_selector("body[data-ready=events]")
    assert {rows.nth(i).get_attribute("data-type") for i in range(rows.count())} == {"PROTEST"}
    assert rows.count() == 2  # Basra's students, and the arrested protesters of Baghdad
    page.fill("#f-text", "الكهرباء")
    page.click("#filters button[type=submit]")
    page.wait_for_url(re.compile(r"text="))
    page.wait_for_selector("body[data-ready=events]")
    assert rows.count() == 1 and "البصرة" in rows.first.inner_text()
    rows = open_events(page, site, "#/?min_killed=6&country=AZE")
    assert page.input_value("#f-min-killed") == "6"
    assert rows.count() == 1 and rows.first.locator("td.killed").inner_text() == "7"
    page.click("#f-reset")
    expect(page.locator("#events tbody tr")).to_have_count(len(stored(page, site)))


def test_event_page_shows_each_source_with_its_evidence_marked(page, site, tmp_path):
    open_events(page, site)
    row_of(page, "كفرنبل").locator("td.actors").click()
    page.wait_for_selector("body[data-ready=event]")
    assert re.search(r"#/event/hp-", page.url)
    sources = page.locator("#view-event article.source")
    assert sources.count() == 2
    enab = page.locator("article.source[data-article='enab-1']")
    assert enab.locator("mark[data-field~=killed]").inner_text() == "5 مدنيين"
    assert enab.locator("mark[data-field~=injured]").inner_text() == "9 آخرون"
    assert enab.locator("mark[data-field~=reported_by]").inner_text() == "المرصد السوري لحقوق الإنسان"
    assert enab.locator("h3 a").get_attribute("href") == "https://example.org/enab/1"
    awsat = page.locator("article.source[data-article='awsat-1']")
    assert awsat.locator("mark[data-field~=killed]").inner_text() == "6 مدنيين"
    assert awsat.locator("[data-claim=killed] dd").inner_text().startswith("6")
    compared = page.locator("table.comparison tbody tr")
    assert [compared.nth(i).locator("td").nth(1).inner_text() for i in range(2)] == ["5", "6"]
    shot = tmp_path / "screenshot-event.png"
    page.screenshot(path=str(shot), full_page=True)
    keep_screenshot(shot, "screenshot-event.png")


def test_event_page_puts_claims_and_denials_side_by_side(page, site):
    open_events(page, site, "#/?country=AZE&type=ASSAULT")
    page.locator("#events tbody tr").first.locator("td.type a").click()
    page.wait_for_selector("body[data-ready=event]")
    seed = page.locator("article.source[data-article='seed-karabakh']")
    assert seed.locator("mark[data-field~=killed]").inner_text() == "7 مدنيين"
    assert seed.locator("mark[data-field~=denied_by]").inner_text() == "أذربيجان"
    assert seed.locator(".claims [data-claim=killed] dd").inner_text().startswith("7")
    assert seed.locator(".claims [data-claim=reported_by] dd").inner_text() == "Armenia news agency"
    assert seed.locator(".denials li").all_inner_texts() == ["AZE"]
    # the event's sentence is set apart, the evidence spans inside it
    assert seed.locator(".sentence mark[data-field~=trigger]").inner_text() == "قتل"


def test_map_shows_markers_on_a_plain_background_without_tiles(page, site, tmp_path):
    need_leaflet()
    open_events(page, site)
    markers = page.locator("#map path.event-marker")
    markers.first.wait_for()
    located = [e for e in stored(page, site) if (e.get("location") or {}).get("lat") is not None]
    assert markers.count() == len(located) >= 5
    page.wait_for_selector("#map.no-tiles")  # this machine has no internet: every tile failed
    assert page.locator("#map .leaflet-tile-loaded").count() == 0
    assert page.locator("#timeline svg g.day").count() == 5
    markers.nth(0).click(force=True)
    assert page.locator(".leaflet-popup-content .popup a").count() == 1
    page.keyboard.press("Escape")
    shot = tmp_path / "screenshot-events.png"
    page.screenshot(path=str(shot), full_page=True)
    keep_screenshot(shot, "screenshot-events.png")


def test_timeline_day_filters_the_table(page, site):
    rows = open_events(page, site)
    page.locator("#timeline g.day[data-day='2020-02-16']").click()
    page.wait_for_url(re.compile(r"from=2020-02-16&to=2020-02-16"))
    page.wait_for_selector("body[data-ready=events]")
    assert rows.count() == 1 and rows.first.get_attribute("data-type") == "ASSAULT"


def test_paste_box_extracts_the_seed_article(page, site):
    page.goto(f"{site.url}/#/extract", wait_until="domcontentloaded")
    page.wait_for_selector("body[data-ready=extract]")
    page.fill("#paste-text", SEED.read_text(encoding="utf-8"))
    page.fill("#paste-published", "2023-09-20")
    page.click("#paste button[type=submit]")
    assault = page.locator("table.extracted tbody tr[data-type=ASSAULT]").first
    assault.wait_for()
    assert assault.locator("td.killed").inner_text() == "7"
    assert assault.locator("td.denied-by").inner_text() == "AZE"
    assert assault.locator("td.date").inner_text() == "2023-09-19"
    evidence = page.locator(".extracted-evidence")
    assert evidence.locator("mark[data-field~=killed]").inner_text() == "7 مدنيين"
    assert evidence.locator("mark[data-field~='breakdown.women']").inner_text() == "3 نساء"
    consult = page.locator("table.extracted tbody tr[data-type=CONSULT] button")
    consult.click()
    assert consult.get_attribute("aria-pressed") == "true"
    assert evidence.locator("mark[data-field~=trigger]").inner_text() == "اتصال هاتفي"


def test_switching_to_english(page, site):
    open_events(page, site)
    page.click("#lang-switch")
    page.wait_for_selector("html[lang=en][dir=ltr]")
    page.wait_for_selector("body[data-ready=events]")
    assert page.locator("thead th").first.inner_text() == "Type"
    assert row_of(page, "Kafranbel").locator("td.type").inner_text() == "Assault"
    assert page.inner_text("#lang-switch") == "العربية"
    page.reload(wait_until="domcontentloaded")  # the choice is kept
    page.wait_for_selector("body[data-ready=events]")
    assert page.get_attribute("html", "dir") == "ltr"
    page.click("#lang-switch")
    page.wait_for_selector("html[lang=ar][dir=rtl]")


def test_article_markup_is_shown_as_text_never_run(page, site):
    open_events(page, site, "#/?source=منفذ&type=COERCE")
    page.locator("#events tbody tr").first.click()
    page.wait_for_selector("body[data-ready=event]")
    source = page.locator("article.source").first
    assert source.locator("h3").inner_text() == "<script>window.pwned = 1</script>"
    assert source.locator("h3 a").count() == 0  # a javascript: URL is not made a link
    assert '<img src=x onerror="window.pwned=1">' in source.locator(".article-text").inner_text()
    assert page.locator("#view-event img, #view-event script, #view-event b").count() == 0
    assert page.evaluate("window.pwned") is None


def test_page_asks_once_for_a_key_when_reads_need_one(page, site):
    with open_store(str(site.db)) as store:
        key = store.create_key("reader-page")
    locked = serve(site.db, read_key_required=True)
    asked: list[str] = []

    def answer(dialog):
        asked.append(dialog.message)
        dialog.accept(key)

    page.on("dialog", answer)
    try:
        assert page.request.get(f"{locked.url}/events").status == 401
        page.goto(f"{locked.url}/", wait_until="domcontentloaded")
        page.wait_for_selector("body[data-ready=events]")
        assert page.locator("#events tbody tr").count() == len(stored(page, site)) >= 8
        page.reload(wait_until="domcontentloaded")
        page.wait_for_selector("body[data-ready=events]")
        assert len(asked) == 1 and "API" in asked[0]  # the tab keeps the key it was given
    finally:
        stop(locked)
