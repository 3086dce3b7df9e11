"""Examples for the OpenAPI page: two outlets' reports of one air strike, and what rasd makes of them.

The passages are written for rasd's documentation; the replies are abridged from rasd's real output.
"""

from __future__ import annotations

from typing import Any

ALJAZEERA = (
    "قتل 6 مدنيين بينهم طفلان في غارة جوية على مدينة معرة النعمان في ريف إدلب اليوم الثلاثاء، "
    "حسبما أفاد الدفاع المدني."
)
BBC = "أفاد ناشطون بمقتل 8 أشخاص في قصف جوي استهدف مدينة معرة النعمان جنوب إدلب اليوم الثلاثاء."
ARREST = "اعتقلت الشرطة العراقية 12 متظاهرا في بغداد أمس."

ARTICLE = {
    "id": "aljazeera-1",
    "text": ALJAZEERA,
    "published": "2019-12-24",
    "outlet": "الجزيرة",
    "url": "https://example.org/aljazeera/1",
    "title": "غارة على معرة النعمان",
}
BBC_ARTICLE = {"id": "bbc-1", "text": BBC, "published": "2019-12-24", "outlet": "BBC Arabic"}

PLACE = {
    "name": "Ma‘arrat an Nu‘mān",
    "name_ar": "معرة النعمان",
    "country": "SYR",
    "admin1": "Idlib",
    "lat": 35.6483,
    "lon": 36.6769,
    "geonames_id": 167611,
    "precision": 1,
}


def _span(text: str, part: str, rule: str | None = None) -> dict[str, Any]:
    start = text.index(part)
    return {"text": part, "start": start, "end": start + len(part), "rule": rule}


EVENT: dict[str, Any] = {
    "id": "ev-cc80964a5b1e5011",
    "article_id": "aljazeera-1",
    "event_type": "ASSAULT",
    "mode": "aerial",
    "acled_event_type": "Explosions/Remote violence",
    "acled_sub_event_type": "Air/drone strike",
    "cameo_root": "19",
    "target": {"name": "civilians", "country": "SYR", "sector": "CVL"},
    "location": PLACE,
    "date": "2019-12-24",
    "date_precision": "day",
    "killed": 6,
    "breakdown": {"civilians": 6, "children": 2},
    "reported_by": "Ma‘arrat an Nu‘mān civil defence",
    "denied_by": [],
    "evidence": _span(ALJAZEERA, ALJAZEERA),
    "field_evidence": {
        "trigger": _span(ALJAZEERA, "قتل", "triggers:kill.verb"),
        "killed": _span(ALJAZEERA, "6 مدنيين", "triggers:kill.verb+digits+people:civilian.pl.acc"),
        "breakdown.children": _span(ALJAZEERA, "طفلان", "people:child.du.nom"),
        "location": _span(ALJAZEERA, "معرة النعمان", "places:gn.167611.1"),
        "date": _span(ALJAZEERA, "اليوم", "dates:rel.today"),
    },
}
BBC_REPORT = {
    "event_id": "ev-b4e4f3cf508068f6",
    "article_id": "bbc-1",
    "outlet": "BBC Arabic",
    "published": "2019-12-24",
    "killed": 8,
    "reported_by": "activists",
    "denied_by": [],
    "evidence": _span(BBC, BBC),
    "why": "same type ASSAULT, same date 2019-12-24, same place Ma‘arrat an Nu‘mān, killed 6 vs 8",
}
HAPPENING = {
    **EVENT,
    "id": "hp-bb34aa7dc9d3cacd",
    "reports": [
        {
            "event_id": EVENT["id"],
            "article_id": "aljazeera-1",
            "outlet": "الجزيرة",
            "published": "2019-12-24",
            "killed": 6,
            "reported_by": EVENT["reported_by"],
            "evidence": EVENT["evidence"],
        },
        BBC_REPORT,
    ],
    "killed_range": {"min": 6, "max": 8},
}

HEALTH = {"status": "ok", "store": "sqlite", "articles": 2}
EVENTS = {"events": [HAPPENING], "limit": 100, "offset": 0}
EVENT_DETAIL = {
    "event": HAPPENING,
    "reports": [
        {"report": HAPPENING["reports"][0], "event": EVENT, "article": ARTICLE},
        {"report": BBC_REPORT, "event": {**EVENT, "id": BBC_REPORT["event_id"]}, "article": BBC_ARTICLE},
    ],
}
ARTICLE_DETAIL = {
    "article": ARTICLE,
    "status": "done",
    "error": None,
    "ingested_at": "2019-12-24T10:00:00Z",
    "events": [EVENT],
}
STATS = {
    "articles": {"done": 2, "failed": 0},
    "events": 2,
    "happenings": 1,
    "by_day": {"2019-12-24": 2},
    "by_event_type": {"ASSAULT": 2},
    "by_country": {"SYR": 2},
    "killed_by_day": {"2019-12-24": 6},
}
EXTRACTED = {"id": "aljazeera-1", "events": [EVENT]}
TALLY = {"stored": 2, "already": 0, "failed": 0, "skipped": [], "problems": [], "events": 2, "happenings": 1}

EXTRACT_BODIES = {
    "strike": {
        "summary": "An air strike, its toll and its source",
        "value": {"text": ALJAZEERA, "published": "2019-12-24", "id": "aljazeera-1"},
    },
    "arrest": {"summary": "Arrests by the police", "value": {"text": ARREST, "published": "2019-12-24"}},
}
ARTICLES_BODIES = {
    "two outlets": {
        "summary": "Two outlets report one strike: stored, then merged into one happening",
        "value": {"articles": [ARTICLE, BBC_ARTICLE]},
    }
}
