"""When each event happened: date expressions read against the publication date.

    أمس الثلاثاء (published Wed 2023-09-20)  -> 2023-09-19, day
    الجمعة / يوم الجمعة الماضي               -> the last Friday before publication, day
    9 تشرين الثاني/ نوفمبر 2020              -> 2020-11-09, day
    في مارس 2018                             -> 2018-03-01, month
    في نوفمبر / نوفمبر الماضي (published 2018-03-25) -> 2017-11-01, month
    5 ربيع الأول 1445                        -> 2023-09-20, day (Hijri, converted with hijridate)
    13/06/2018                               -> 2018-06-13, day
    الأسبوع الماضي / الشهر الماضي            -> a week before publication (week) / last month (month)

An event takes the first date of its trigger's clause, else of its sentence, else the article's
first day-precise date (its lead), else the publication date, and records where the date came
from in `field_evidence["date"]`.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, replace

from hijridate import Hijri

from rasd.doc import Doc, Draft
from rasd.lexicon.lexicons import Lexicons
from rasd.lexicon.matcher import Hit
from rasd.model import Event

_SLASH = "/"
_NAMED_AFTER = 3
"""How many tokens after "بعد يومين من" the word of the earlier happening may start: "من الهجوم الانتحاري"."""
_EXACT_DAYS = 2
"""Up to this many days, "بعد يومين من" dates the earlier happening to the day; beyond, to the week."""


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression at tokens[start:end]."""

    start: int
    end: int
    date: dt.date
    precision: str
    """day, week, month or year."""
    rule: str


def _number(doc: Doc, at: int, low: int, high: int) -> int | None:
    """The number in digits at token `at` if it lies in [low, high]: a day or a year, 4 digits at most."""
    if not 0 <= at < len(doc.tokens):
        return None
    token = doc.tokens[at]
    if token.kind != "number" or not token.text.isdigit() or len(token.text) > 4:
        return None
    value = int(token.text)
    return value if low <= value <= high else None


def _month(doc: Doc, hit: Hit, hits: dict[int, Hit], published: dt.date) -> DateMention | None:
    """ "9 تشرين الثاني/ نوفمبر 2020", "مارس 2018", "15 أيار": a month with a day or a year by it."""
    month = int(hit.entry.fields["value"])
    end = hit.end
    other = hits.get(end + 1)  # the double form: "تشرين الثاني/ نوفمبر"
    if (
        end < len(doc.tokens)
        and doc.tokens[end].text == _SLASH
        and other
        and other.entry.fields["kind"] == "month"
    ):
        end = other.end
    day = _number(doc, hit.start - 1, 1, 31)
    year = _number(doc, end, 1900, 2100)
    past = hits.get(end)
    last = _past_word(past)  # "نوفمبر الماضي"
    if day is None and year is None and not last and doc.marker_before(hit.start) != "locative":
        return None  # "آب" alone is also "father"; a month needs a day, a year, "في" or "الماضي"
    if year is None:
        this_year = month < published.month or (month == published.month and not last)
        year = published.year if this_year else published.year - 1
        end = past.end if last else end
    start = hit.start - 1 if day else hit.start
    end = end + 1 if _number(doc, end, 1900, 2100) else end
    if day is None:
        return DateMention(start, end, dt.date(year, month, 1), "month", f"dates:{hit.entry.id}")
    day = min(day, calendar.monthrange(year, month)[1])
    return DateMention(start, end, dt.date(year, month, day), "day", f"dates:{hit.entry.id}")


def _hijri(doc: Doc, hit: Hit) -> DateMention | None:
    """ "5 ربيع الأول 1445" -> 2023-09-20: a Hijri month needs its year (1343-1500) after it."""
    year = _number(doc, hit.end, 1343, 1500)
    if year is None:
        return None
    month = int(hit.entry.fields["value"])
    day = _number(doc, hit.start - 1, 1, 30)
    try:
        date = Hijri(year, month, day or 1).to_gregorian()
    except (ValueError, OverflowError):
        return None  # "30 صفر" in a 29-day month
    start = hit.start - 1 if day else hit.start
    return DateMention(start, hit.end + 1, date, "day" if day else "month", f"dates:{hit.entry.id}")


def _past_word(hit: Hit | None) -> bool:
    """Whether a hit is "الماضي"/"الماضية" (a past entry with no value, unlike "بعد يومين من")."""
    return hit is not None and hit.entry.fields["kind"] == "past" and not hit.entry.fields.get("value")


def _weekday(hit: Hit, hits: dict[int, Hit], published: dt.date, yesterday: bool) -> DateMention:
    """The weekday before publication (publication day itself unless "الماضي" follows)."""
    weekday = int(hit.entry.fields["value"])
    back = (published.weekday() - weekday) % 7
    after = hits.get(hit.end)
    end = hit.end
    if _past_word(after):
        back, end = back or 7, after.end
    if yesterday:
        back = 1  # "أمس الثلاثاء": trust أمس
    return DateMention(hit.start, end, published - dt.timedelta(days=back), "day", f"dates:{hit.entry.id}")


def _numeric(doc: Doc) -> list[DateMention]:
    """Day/month/year dates written in digits: "13/06/2018"."""
    if _SLASH not in doc.norm.text:
        return []
    found = []
    tokens = doc.tokens
    for at in range(len(tokens) - 4):
        if tokens[at + 1].text != _SLASH or tokens[at + 3].text != _SLASH:
            continue
        day, month, year = (
            _number(doc, at, 1, 31),
            _number(doc, at + 2, 1, 12),
            _number(doc, at + 4, 1900, 2100),
        )
        if day and month and year:
            day = min(day, calendar.monthrange(year, month)[1])
            found.append(DateMention(at, at + 5, dt.date(year, month, day), "day", "dates:digits"))
    return found


def find_dates(doc: Doc, lexicons: Lexicons) -> list[DateMention]:
    """Every date expression in the document, resolved against its publication date."""
    published = doc.article.published
    if published is None:
        return []
    hits = {hit.start: hit for hit in lexicons.dates.find(doc.tokens)}
    found, skip_to = _numeric(doc), -1
    for start, hit in sorted(hits.items()):
        if start < skip_to:
            continue
        kind = hit.entry.fields["kind"]
        mention = None
        if kind == "month":
            mention = _month(doc, hit, hits, published)
        elif kind == "hijri-month":
            mention = _hijri(doc, hit)
        elif kind == "relative":
            days = int(hit.entry.fields["value"])
            weekday = hits.get(hit.end)
            if weekday and weekday.entry.fields["kind"] == "weekday" and days == 1:
                mention = replace(_weekday(weekday, hits, published, True), start=hit.start)
            else:
                rule = f"dates:{hit.entry.id}"
                mention = DateMention(hit.start, hit.end, published - dt.timedelta(days=days), "day", rule)
        elif kind == "weekday":
            mention = _weekday(hit, hits, published, False)
        elif kind == "last-week":
            mention = DateMention(
                hit.start, hit.end, published - dt.timedelta(days=7), "week", f"dates:{hit.entry.id}"
            )
        elif kind == "last-month":
            month = (published.replace(day=1) - dt.timedelta(days=1)).replace(day=1)
            mention = DateMention(hit.start, hit.end, month, "month", f"dates:{hit.entry.id}")
        if mention:
            found.append(mention)
            skip_to = mention.end
    return sorted(found, key=lambda mention: mention.start)


def _earlier_phrases(doc: Doc, lexicons: Lexicons) -> list[Hit]:
    """The phrases after which an earlier happening is named: "بعد يومين من", "غداة"."""
    return [
        hit
        for hit in lexicons.dates.find(doc.tokens)
        if hit.entry.fields["kind"] == "past" and hit.entry.fields.get("value")
    ]


def _told_before(trigger: Hit) -> bool:
    """Whether a trigger is a definite noun, a happening already told: "المظاهرة", "الهجوم"."""
    definite = "DET" in trigger.analysis.kinds or trigger.entry.words[0].startswith("ال")
    return trigger.entry.pos == "noun" and definite


def _earlier_by(doc: Doc, draft: Draft, phrases: list[Hit]) -> Hit | None:
    """The phrase that names the event as the earlier happening, if any: its word stands right after
    "بعد يومين من" ("ويأتي ذلك بعد يومين من مقتل 14"), and no other happening is told before the phrase
    but one already told ("جاءت المظاهرة بعد يوم من احتجاجات" dates the earlier protests)."""
    sentence = doc.sentences[draft.sentence]
    main = draft.triggers[0]
    for phrase in phrases:
        if not sentence.first <= phrase.start < sentence.last:
            continue
        named = any(0 <= hit.start - phrase.end < _NAMED_AFTER for hit in draft.triggers)
        if named and (main.start >= phrase.end or _told_before(main)):
            return phrase
    return None


def _shifted(doc: Doc, event: Event, phrase: Hit) -> dict:
    """The date of an event `phrase` names as earlier: its sentence's date less the phrase's days."""
    days = int(phrase.entry.fields["value"])
    precision = event.date_precision if event.date_precision not in (None, "day") else None
    evidence = doc.evidence(phrase.start, phrase.end, f"dates:{phrase.entry.id}")
    return {
        "date": event.date - dt.timedelta(days=days),
        "date_precision": precision or ("day" if days <= _EXACT_DAYS else "week"),
        "field_evidence": {**event.field_evidence, "date": evidence},
    }


def resolve_dates(doc: Doc, lexicons: Lexicons) -> Doc:
    """Set each event's date and date_precision (see the module docstring)."""
    mentions = find_dates(doc, lexicons)
    phrases = _earlier_phrases(doc, lexicons)
    published = doc.article.published
    lead = next((m for m in mentions if m.precision == "day"), None)
    drafts = []
    for draft in doc.drafts:
        sentence = doc.sentences[draft.sentence]
        own = [m for m in mentions if sentence.first <= m.start < sentence.last]
        clause = sentence.clause_of(draft.triggers[0].start)
        in_clause = [m for m in own if sentence.clause_of(m.start) == clause]
        chosen = (in_clause or own or [lead])[0]
        update: dict = {}
        if chosen:
            update = {"date": chosen.date, "date_precision": chosen.precision}
            evidence = doc.evidence(chosen.start, chosen.end, chosen.rule)
            update["field_evidence"] = {**draft.event.field_evidence, "date": evidence}
        elif published:
            update = {"date": published, "date_precision": "day"}
        event = draft.event.model_copy(update=update)
        phrase = _earlier_by(doc, draft, phrases)
        if phrase and event.date and not (chosen and chosen.start >= phrase.end):
            # "بعد يومين من هجوم الاثنين": a date after the phrase is the earlier happening's own
            event = event.model_copy(update=_shifted(doc, event, phrase))
        drafts.append(replace(draft, event=event) if event is not draft.event else draft)
    return replace(doc, drafts=tuple(drafts))
