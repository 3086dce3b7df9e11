"""Where an event happened: the town after على/في, not the nisba of the attacker; a dateline only last."""

from __future__ import annotations


def _place(events_of, text: str) -> tuple[str | None, str | None]:
    events = [e for e in events_of(text) if e.event_type == "ASSAULT"]
    assert events, text
    location = events[0].location
    return (location.name, location.country) if location else (None, None)


def test_the_town_after_ala_is_the_place_not_the_attackers_nisba(events_of):
    assert _place(events_of, "قتل ستة مدنيين في غارة جوية روسية على مدينة دوما.")[1] == "SYR"


def test_a_dateline_gives_way_to_a_place_in_the_text(events_of):
    text = "أتلانتا، الولايات المتحدة (CNN)-- قصفت طائرات إسرائيلية موقعا لحماس في قطاع غزة."
    assert _place(events_of, text) == ("Gaza Strip", "PSE")


def test_a_village_abroad_is_not_taken_when_the_article_names_its_own_country(events_of):
    text = "قتل 12 شخصا في انفجار سيارة مفخخة في العاصمة كابول، بحسب وزارة الداخلية في أفغانستان."
    assert _place(events_of, text) == ("Kabul", "AFG")


def test_iraqi_governorates_are_places(events_of):
    assert _place(events_of, "أصيب 4 متظاهرين في اشتباكات مع الشرطة في محافظة المثنى.")[0] == (
        "Al Muthanna Governorate"
    )
    assert _place(events_of, "قتل شرطي في هجوم مسلح في محافظة ذي قار.")[0] == "Dhi Qar Governorate"
