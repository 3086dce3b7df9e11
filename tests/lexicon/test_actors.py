"""Data tests for the named-actor lexicon: actors.tsv (Arabic forms) and actor_roles.tsv (who, when)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from itertools import combinations

import pycountry
import pytest

from rasd.lexicon.loader import Entry, data_path, read_tsv
from rasd.lexicon.matcher import Matcher
from rasd.lexicon.roles import SECTORS
from rasd.text.normalise import normalise
from rasd.text.tokens import tokenize

IGO_CODES = frozenset({"UN", "EU", "NATO", "AU", "ARL"})
ISO3 = frozenset(country.alpha_3 for country in pycountry.countries) | {"XKX"}
"""ISO 3166-1 alpha-3 codes (the 249 officially assigned)."""

UNIQUE_OFFICES = frozenset(
    {"president", "vice president", "prime minister", "chancellor", "monarch", "crown prince",
     "supreme leader", "head of state", "foreign minister", "defence minister"}
)  # fmt: skip
"""Offices one person holds at a time in a country."""


@pytest.fixture(scope="module")
def forms() -> list[Entry]:
    return read_tsv(data_path("actors.tsv"), ("actor",))


@pytest.fixture(scope="module")
def roles() -> list[Entry]:
    return read_tsv(data_path("actor_roles.tsv"), ("actor", "name_en", "sector"), forms=False)


@pytest.fixture(scope="module")
def matcher(forms) -> Matcher:
    return Matcher(forms)


def _date(entry: Entry, column: str) -> dt.date | None:
    value = entry.fields.get(column, "")
    return dt.date.fromisoformat(value) if value else None


def _period(entry: Entry) -> tuple[dt.date, dt.date]:
    """The period [from, to) of a role; an open end runs to the edge of time."""
    return _date(entry, "valid_from") or dt.date.min, _date(entry, "valid_to") or dt.date.max


def _overlap(a: Entry, b: Entry) -> bool:
    (start_a, end_a), (start_b, end_b) = _period(a), _period(b)
    return start_a < end_b and start_b < end_a


def _offices_on(roles: list[Entry], actor: str, day: dt.date) -> set[tuple[str, str, str]]:
    """(country, sector, office) of every role `actor` held on `day`."""
    return {
        (role.fields["country"], role.fields["sector"], role.fields["office"])
        for role in roles
        if role.fields["actor"] == actor and _period(role)[0] <= day < _period(role)[1]
    }


def test_forms_are_names_keyed_by_their_actor(forms):
    assert len(forms) >= 300
    for entry in forms:
        assert entry.pos == "name", entry.where
        assert entry.id.startswith(entry.fields["actor"] + "."), entry.where


def test_no_form_is_listed_twice(forms):
    seen: dict[tuple[str, ...], str] = {}
    for entry in forms:
        assert entry.words not in seen, f"{entry.where}: '{entry.form}' normalises like {seen[entry.words]}"
        seen[entry.words] = entry.where


def test_every_actor_has_a_role_and_every_role_a_form(forms, roles):
    named = {entry.fields["actor"] for entry in forms}
    described = {role.fields["actor"] for role in roles}
    assert named - described == set(), "actors without a row in actor_roles.tsv"
    assert described - named == set(), "roles of actors without a form in actors.tsv"


def test_roles_are_keyed_by_their_actor(roles):
    for role in roles:
        actor = role.fields["actor"]
        assert role.id == actor or role.id.startswith(actor + "."), role.where


def test_sectors_are_schema_sectors(roles):
    for role in roles:
        assert role.fields["sector"] in SECTORS, role.where


def test_countries_are_iso3_or_igo_codes(roles):
    for role in roles:
        country = role.fields["country"]
        assert country == "" or country in ISO3 or country in IGO_CODES, f"{role.where}: {country}"


def test_igo_codes_go_with_sector_igo(roles):
    for role in roles:
        country, sector = role.fields["country"], role.fields["sector"]
        if country in IGO_CODES:
            assert sector == "IGO", role.where
        if sector == "IGO":
            assert country in IGO_CODES or country == "", role.where


def test_an_actor_has_one_english_name(roles):
    names = defaultdict(set)
    for role in roles:
        names[role.fields["actor"]].add(role.fields["name_en"])
    assert {actor: found for actor, found in names.items() if len(found) > 1} == {}


def test_dates_parse_and_periods_run_forward(roles):
    for role in roles:
        start, end = _date(role, "valid_from"), _date(role, "valid_to")
        if start and end:
            assert start < end, role.where
        if start or end:
            assert role.fields["office"], f"{role.where}: a dated role names its office"


def test_periods_of_one_office_do_not_overlap(roles):
    by_office = defaultdict(list)
    for role in roles:
        by_office[role.fields["actor"], role.fields["office"]].append(role)
    for rows in by_office.values():
        for a, b in combinations(rows, 2):
            assert not _overlap(a, b), f"{a.where} overlaps {b.where}"


def test_one_holder_per_office_and_country_at_a_time(roles):
    by_office = defaultdict(list)
    for role in roles:
        if role.fields["office"] in UNIQUE_OFFICES:
            by_office[role.fields["country"], role.fields["office"]].append(role)
    for rows in by_office.values():
        for a, b in combinations(rows, 2):
            if a.fields["actor"] != b.fields["actor"]:
                assert not _overlap(a, b), f"{a.where} and {b.where} hold the office at once"


@pytest.mark.parametrize(
    ("actor", "day", "expected"),
    [
        ("erdogan", dt.date(2010, 6, 1), {("TUR", "GOV", "prime minister")}),
        ("erdogan", dt.date(2018, 6, 1), {("TUR", "GOV", "president")}),
        ("putin", dt.date(2010, 6, 1), {("RUS", "GOV", "prime minister")}),
        ("trump", dt.date(2022, 6, 1), set()),
        ("trump", dt.date(2025, 6, 1), {("USA", "GOV", "president")}),
        ("tedros", dt.date(2015, 6, 1), {("ETH", "GOV", "foreign minister")}),
        ("tedros", dt.date(2020, 6, 1), {("UN", "IGO", "director-general of the WHO")}),
        ("taliban", dt.date(2018, 6, 1), {("AFG", "REB", "insurgent movement")}),
        ("taliban", dt.date(2022, 6, 1), {("AFG", "GOV", "de facto government of Afghanistan")}),
        ("isis", dt.date(2018, 6, 1), {("", "REB", "")}),
    ],
)
def test_roles_follow_the_date(roles, actor, day, expected):
    assert _offices_on(roles, actor, day) == expected


def _actors(matcher: Matcher, text: str) -> list[str]:
    return [hit.entry.fields["actor"] for hit in matcher.find(tokenize(normalise(text).text))]


# Sentences from the ANT 2018 corpus, verbatim.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a person, by full name; a group
        (
            "وقال الرئيس التركي رجب طيب أردوغان إن بلاده ستوسع هجومها ضد وحدات حماية الشعب الكردية",
            ["erdogan", "ypg"],
        ),
        # a group, bare and with a clitic
        ("وتبنى تنظيم داعش الهجوم الذي استهدف الجمعة الماضية تجمعاً انتخابياً", ["isis"]),
        ("كانت دبابات إسرائيلية قد ضربت، الأربعاء، عدة مواقع لحماس في القطاع", ["hamas"]),
        ("بعد معارك عنيفة ضد ميليشيات الحوثي الانقلابية", ["houthis"]),
        # the longest form wins
        ("تبين أن أحد المفاوضين من كتائب حزب الله، يدعى أبو محمد", ["kataib_hezbollah"]),
        (
            "وقد تدرب على أيدي عناصر من القاعدة في جزيرة العرب في اليمن قبل أن ينضم إلى صفوف تنظيم داعش",
            ["aqap", "isis"],
        ),
        ("قال متحدث باسم مجلس الأمن القومي الأميركي", ["national_security_council"]),
        # international organisations and their officials
        ("رغم أن الأمم المتحدة والاتحاد الأوروبي دعيا مؤخرا", ["un", "eu"]),
        (
            "في اليوم العالمي لإلغاء عقوبة الإعدام، أشاد الأمين العام للأمم المتحدة أنطونيو غوتيريش بجهود الدول",
            ["unsg", "guterres"],
        ),
        (
            "عمل في مجال الخدمات الإنسانية، بينها برنامج الغذاء العالمي ومنظمة الصحة العالمية ومفوضية الأمم المتحدة لشؤون اللاجئين",
            ["wfp", "who", "unhcr"],
        ),
        ("وأطباء بلا حدود، واللجنة الدولية للصليب الأحمر، بملاحقة المتورطين", ["msf", "icrc"]),
        # media and monitors, as sources
        ("وكانت مصادر قالت لوكالة رويترز إن إدارة الرئيس الأميركي دونالد ترمب تسعى", ["reuters", "trump"]),
        ("وأوضح الشهيّب بحسب وكالة الأنباء السعودية، أن الاتفاقيات", ["spa"]),
        (
            "من قوات النظام السوري إضافة إلى تسعة مقاتلين روس، وفق ما أفاد المرصد السوري لحقوق الإنسان الأحد",
            ["syrian_army", "sohr"],
        ),
        # state bodies and parties
        ("وقال الناطق باسم الكرملين، ديمتري بيسكوف:", ["kremlin", "peskov"]),
        ("أن حزب العدالة والتنمية الحاكم، الذي ينتمي له، يحتاج إلى أغلبية برلمانية", ["akp"]),
        # the occupation's forces and settlers are Israel's; a club named after a capital is a club
        ("اعتقلت قوات الاحتلال شابين واقتحم مستوطنون باحات المسجد", ["idf", "israeli_settlers"]),
        ("فاز ريال مدريد على ضيفه أتلتيكو مدريد", ["real_madrid", "atletico_madrid"]),
        # words that only look like names
        ("والحماس سيد الموقف فيما بينهم", []),
        ("عدا مطار حميميم، القاعدة الجوية التي تتمركز فيها القوات", []),
    ],
)
def test_matcher_finds_actors_in_real_text(matcher, text, expected):
    assert _actors(matcher, text) == expected


def test_a_dated_office_wins_over_an_undated_role():
    import datetime as dt

    from rasd.lexicon.roles import Role, role_on

    party = Role("barzani", "Masoud Barzani", "IRQ", "PTY", "party leader", None, None)
    office = Role(
        "barzani", "Masoud Barzani", "IRQ", "GOV", "president", dt.date(2005, 6, 13), dt.date(2017, 11, 1)
    )
    assert role_on((party, office), dt.date(2015, 1, 1)).sector == "GOV"
    assert role_on((party, office), dt.date(2018, 6, 1)).sector == "PTY"


def test_a_surname_alone_after_the_full_name_is_the_same_person(lexicons):
    import datetime as dt

    from rasd.doc import read_article
    from rasd.extract.actors import find_actors
    from rasd.extract.mentions import find_mentions
    from rasd.model import Article

    text = "وقال بول رايان إن الاتفاق جيد. وأضاف رايان أن الكونغرس سيصوت."
    doc = read_article(Article(id="t", text=text, published=dt.date(2018, 6, 1)))
    mentions = find_actors(find_mentions(doc, lexicons), lexicons).actors
    assert [m.actor.name for m in mentions if m.kind == "named"][:2] == ["Paul Ryan", "Paul Ryan"]
    before = read_article(Article(id="t", text="وقال رايان إن الاتفاق جيد.", published=dt.date(2018, 6, 1)))
    assert not find_actors(find_mentions(before, lexicons), lexicons).actors
