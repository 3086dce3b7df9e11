"""Tolls of two towns in one sentence: the event, placed in the first town, keeps that town's count."""

from __future__ import annotations


def _assault(events_of, text: str):
    return next(e for e in events_of(text) if e.event_type == "ASSAULT")


def test_the_toll_of_a_second_town_is_not_added(events_of):
    event = _assault(events_of, "قتل 20 مدنيا في دوما و5 مدنيين في عربين جراء القصف.")
    assert (event.killed, event.location.name) == (20, "Dūmā")


def test_tolls_of_towns_inside_the_place_of_the_event_add_up(events_of):
    event = _assault(events_of, "في قصف على الغوطة الشرقية قتل 20 مدنيا في دوما و5 مدنيين في عربين.")
    assert (event.killed, event.location.name) == (25, "Eastern Ghouta")


def test_counts_of_one_town_still_add_up(events_of):
    event = _assault(events_of, "قتل 3 جنود و4 مدنيين في قصف على مدينة دوما.")
    assert event.killed == 7
