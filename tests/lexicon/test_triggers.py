"""Data tests for triggers.tsv (event words and phrases) and event_types.tsv (PLOVER -> ACLED, CAMEO)."""

from __future__ import annotations

from pathlib import Path

import pytest

from rasd.lexicon.lexicons import MASK_MODES, MODES
from rasd.lexicon.loader import GAP, Entry, data_path, read_tsv
from rasd.lexicon.matcher import Matcher
from rasd.text.normalise import normalise
from rasd.text.tokens import tokenize

SCHEMA = Path(__file__).parents[3] / "shared" / "eval" / "SCHEMA.md"


@pytest.mark.skipif(not SCHEMA.exists(), reason="shared/eval is not beside the repo")
def test_modes_are_those_of_the_schema():
    """MODES (lexicons.py) lists exactly the modes shared/eval/SCHEMA.md gives each type."""
    text = SCHEMA.read_text(encoding="utf-8")
    block = text[text.index('"mode"') : text.index("(not scored)")]
    block = " ".join(line.split("//", 1)[-1] for line in block.splitlines()).split("ASSAULT:", 1)[1]
    schema = {}
    for part in ("ASSAULT:" + block).split(";"):
        names, _, modes = part.partition(":")
        for name in names.strip().split("/"):
            schema[name] = tuple(modes.split())
    assert {t: m for t, m in MODES.items() if m} == schema


CASUALTIES = ("killed", "injured", "captured", "missing")

ACLED = {
    "Battles": ("Armed clash", "Government regains territory", "Non-state actor overtakes territory"),
    "Explosions/Remote violence": (
        "Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED", "Grenade",
    ),
    "Violence against civilians": ("Sexual violence", "Attack", "Abduction/forced disappearance"),
    "Protests": ("Peaceful protest", "Protest with intervention", "Excessive force against protesters"),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Strategic developments": (
        "Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
        "Headquarters or base established", "Looting/property destruction",
        "Non-violent transfer of territory", "Other",
    ),
}  # fmt: skip
"""ACLED event types and their sub-event types (shared/research/anchors.md, section 2)."""

CAMEO_ROOTS = tuple(f"{code:02d}" for code in range(1, 21))

# One real sentence per event type from the 2018 news corpus, with the article it was copied from.
REAL_SENTENCES = [
    # AGREE, SK-middleEast-2579-20180624
    ("AGREE", "واتفقت روسيا مع الولايات المتحدة والأردن في تموز/يوليو الماضي على وقف إطلاق النار فيها."),
    # CONSULT, FR-internationalNews-1996-20180624
    ("CONSULT", "وزار مبعوث الأمم المتحدة إلى اليمن مارتن جريفيث صنعاء والسعودية في محاولة للتفاوض على حل."),
    # SUPPORT, FR-internationalNews-2061-20180629
    ("SUPPORT", 'وأشاد رئيس وزرائها جوريبي كونتي بالاتفاق مؤكدا أن بلاده "لم تعد بمفردها".'),
    # CONCEDE, BB-middleEast-854-20180804
    (
        "CONCEDE",
        "واعتذر وزير الخارجية البريطاني السابق عن تلك التصريحات أمام مجلس العموم في نوفمبر/ تشرين الثاني 2017.",
    ),
    # COOPERATE, SK-internationalNews-663-20180329
    (
        "COOPERATE",
        "كذلك تتعاون الولايات المتحدة مع إثيوبيا في مواجهة التنظيمات الإرهابية، خاصة تنظيم الشباب الصومالي.",
    ),
    # AID, FR-internationalNews-223-20180302
    ("AID", "وتنتظر أكثر من 40 شاحنة محملة بالمساعدات الإذن لدخول الغوطة الشرقية."),
    # RETREAT, BB-internationalNews-1193-20181013
    ("RETREAT", "وقال الرئيس التركي إن الإفراج عن القس الأمريكي تم بقرار من المحكمة وحدها."),
    # REQUEST, BB-middleEast-976-20180908
    ("REQUEST", "وطالب السيستاني بتشكيل حكومة جديدة تختلف في سياساتها عن الحكومة السابقة."),
    # ACCUSE, BB-internationalNews-109-20180307
    ("ACCUSE", "اتهمت صحفية في بي بي سي سياسيا روسيا رفيع المستوى بأنه تحرش به جنسيا."),
    # REJECT, FR-internationalNews-1718-20180609
    ("REJECT", "ويبدو أنهم مستعدون مع كندا واليابان لعزل الولايات المتحدة إذا رفض ترامب التنازل."),
    # THREATEN, FR-middleEast-594-20180606
    ("THREATEN", "وأثارت تهديدات تركيا توترا بينها وبين حليفتها واشنطن."),
    # PROTEST, SK-internationalNews-953-20180415
    ("PROTEST", "ومن المقرر خروج مسيرات احتجاجية في أنحاء الهند الأحد، ومن المتوقع أن يشارك فيها ممثلون في بوليوود."),
    # SANCTION, SK-internationalNews-3219-20180912
    (
        "SANCTION",
        "وتفرض الولايات المتحدة منذ العام 2014 عقوبات اقتصادية صارمة على روسيا بشأن دورها المفترض في الأزمة الأوكرانية.",
    ),
    # MOBILIZE, FR-internationalNews-1225-20180513
    ("MOBILIZE", "وتشهد الجزيرة توترا منذ قيام الإمارات بنشر قوات في سقطرى قبل نحو أسبوع."),
    # COERCE, FR-middleEast-97-20180303
    ("COERCE", "وفي كانون الثاني/يناير اعتقلت الشرطة 47 شخصا بتهم تتعلق بالإرهاب."),
    # ASSAULT, SK-middleEast-931-20180411
    ("ASSAULT", "وأضاف أن الجيش الإسرائيلي رد على الانفجار بقصف مدفعي استهدف مواقع لحماس."),
]  # fmt: skip

# Where entries overlap the longest must win: (phrase, the event type and mode of the hit on its first word).
OVERLAPS = [
    ("طائرة مسيرة", "ASSAULT", "drone"),  # a drone, not a march (مسيرة)
    ("وقف إطلاق النار", "NONE", ""),  # no shooting
    ("اتفاق وقف إطلاق النار", "AGREE", ""),  # a ceasefire deal
    ("إطلاق سراح الرهائن", "RETREAT", "release"),  # إطلاق without النار
    ("حزب الدعوة", "NONE", ""),  # a party, not a call
    ("طالبان", "NONE", ""),  # not طالب (demanded) + ان
    ("نزع السلاح النووي", "NONE", ""),  # talks about it, no disarming
    ("قصف جوي", "ASSAULT", "aerial"),  # not the heavy-weapons mode of قصف alone
    ("إضراب عن الطعام", "PROTEST", "hunger"),
    ("يدين بالفضل", "NONE", ""),  # owes, not condemns
    ("لقاء مع قناة", "NONE", ""),  # an interview, not a meeting
    ("إقالة", "NONE", ""),  # a dismissal named, most often as background; not أقال + pronoun
    ("انفجار عرضي", "NONE", "disaster"),  # an accident, not a bombing
    ("حريق متعمد", "NONE", ""),  # arson, not a disaster: a toll it causes stays an attack
    ("عاصفة الحزم", "NONE", ""),  # the Saudi-led operation in Yemen, not a storm
]  # fmt: skip

# Split phrases (a gap of words inside): a sentence of each, and the event type and mode of its hit.
SPLIT_PHRASES = [
    ("وأطلق مسلحون مجهولون النار على الحافلة", "ASSAULT", "firearms"),
    ("وفتحت قوات الأمن النار على المهاجمين", "ASSAULT", "firearms"),
    ("وحملت الحكومة الحركة مسؤولية التفجير", "ACCUSE", "allege"),
    ("ورفضت تحميل الجيش مسؤولية الحادث", "ACCUSE", "allege"),
    ("وأمر الرئيس قوات الشرطة بعدم استخدام القوة", "CONCEDE", ""),
    ("وقطعت السلطات خدمة الإنترنت عن المدينة", "COERCE", "censor"),
    ("وتم إجلاء مئات من المقاتلين إلى الشمال", "RETREAT", "withdraw"),
    ("وأصدر الرئيس قرارا بإعفاء وزير الدفاع من منصبه", "SANCTION", ""),
    ("بعد استدعاء الخارجية للسفير الإيراني", "ACCUSE", "disapprove"),
    ("وأعلنت استدعاء الحكومة لسفيرها في طهران", "SANCTION", "withdraw"),
    ("وقال إنه يجب على الحكومة أن تفرج عن المعتقلين", "REQUEST", ""),
    ("وسيطرت القوات الحكومية على البلدة", "ASSAULT", ""),
]  # fmt: skip


def _tokens(text: str):
    return tokenize(normalise(text).text)


@pytest.fixture(scope="module")
def triggers() -> list[Entry]:
    return read_tsv(data_path("triggers.tsv"), ("event_type",))


@pytest.fixture(scope="module")
def matcher(triggers) -> Matcher:
    return Matcher(triggers)


@pytest.fixture(scope="module")
def event_types() -> list[Entry]:
    return read_tsv(data_path("event_types.tsv"), ("event_type", "cameo_root"), forms=False)


def test_event_types_are_plover_or_none(triggers):
    bad = [entry.where for entry in triggers if entry.fields["event_type"] not in (*MODES, "NONE")]
    assert not bad


def test_modes_belong_to_their_event_type(triggers):
    bad = [
        (entry.where, entry.fields["event_type"], entry.fields.get("mode"))
        for entry in triggers
        if entry.fields.get("mode")
        and entry.fields["mode"] not in MODES.get(entry.fields["event_type"], MASK_MODES)
    ]
    assert not bad


def test_casualty_roles_are_known(triggers):
    bad = [entry.where for entry in triggers if entry.fields.get("casualty", "") not in ("", *CASUALTIES)]
    assert not bad


def test_no_two_entries_share_words_and_pos(triggers):
    seen: dict[tuple[tuple[str, ...], str], str] = {}
    duplicates = []
    for entry in triggers:
        key = (entry.words, entry.pos)
        if key in seen:
            duplicates.append((seen[key], entry.where))
        seen[key] = entry.where
    assert not duplicates


def test_every_event_type_has_entries(triggers):
    present = {entry.fields["event_type"] for entry in triggers}
    assert set(MODES) <= present


def test_every_form_is_found_in_a_sentence(triggers, matcher):
    """'وقال المصدر إن <form> جرى أمس': the hit on the form is its entry, a longer one, or one as long
    that states the same event (قطع علاقات as a noun and قطع العلاقات as a verb both match قطع العلاقات).
    The gap of a split phrase is filled with one word ("أطلق … النار" -> "أطلق الحارس النار"), and its
    hit holds its head alone ("أطلق")."""
    missed = []
    for entry in triggers:
        tokens = _tokens("وقال المصدر إن " + entry.form.replace(GAP, "الحارس") + " جرى أمس")
        start, end = 3, 3 + (entry.words.index(GAP) if GAP in entry.words else len(entry.words))
        covering = [hit for hit in matcher.find(tokens) if hit.start <= start and hit.end >= end]
        if not any(
            hit.entry is entry or hit.end - hit.start > len(entry.words) or hit.entry.fields == entry.fields
            for hit in covering
        ):
            missed.append((entry.where, entry.form, [hit.entry.id for hit in covering]))
    assert not missed


@pytest.mark.parametrize(("event_type", "sentence"), REAL_SENTENCES, ids=[row[0] for row in REAL_SENTENCES])
def test_a_real_sentence_of_each_type(matcher, event_type, sentence):
    types = {hit.entry.fields["event_type"] for hit in matcher.find(_tokens(sentence))}
    assert event_type in types


def test_real_sentences_cover_every_type():
    assert {event_type for event_type, _ in REAL_SENTENCES} == set(MODES)


@pytest.mark.parametrize(("phrase", "event_type", "mode"), OVERLAPS, ids=[row[0] for row in OVERLAPS])
def test_longest_entry_wins(matcher, phrase, event_type, mode):
    first = next(hit for hit in matcher.find(_tokens(phrase)) if hit.start == 0)
    assert (first.entry.fields["event_type"], first.entry.fields.get("mode", "")) == (event_type, mode)


def test_event_types_table_has_a_default_row_per_type(event_types):
    defaults = [entry.fields["event_type"] for entry in event_types if not entry.fields.get("mode")]
    assert sorted(defaults) == sorted(MODES)


def test_event_types_table_codes_are_valid(event_types):
    bad = []
    for entry in event_types:
        event_type, mode = entry.fields["event_type"], entry.fields.get("mode", "")
        acled, sub = entry.fields.get("acled_event_type", ""), entry.fields.get("acled_sub_event_type", "")
        if event_type not in MODES or (mode and mode not in MODES[event_type]):
            bad.append((entry.where, "type or mode"))
        if entry.fields["cameo_root"] not in CAMEO_ROOTS:
            bad.append((entry.where, "cameo_root"))
        if (acled or sub) and sub not in ACLED.get(acled, ()):
            bad.append((entry.where, "acled"))
    assert not bad


def test_event_types_table_has_one_row_per_type_and_mode(event_types):
    keys = [(entry.fields["event_type"], entry.fields.get("mode", "")) for entry in event_types]
    assert len(keys) == len(set(keys))


@pytest.mark.parametrize(
    ("sentence", "event_type", "mode"), SPLIT_PHRASES, ids=[row[0] for row in SPLIT_PHRASES]
)
def test_split_phrases_are_found_across_their_gap(matcher, sentence, event_type, mode):
    found = [
        (hit.entry.fields["event_type"], hit.entry.fields.get("mode", ""))
        for hit in matcher.find(_tokens(sentence))
        if GAP in hit.entry.words
    ]
    assert found == [(event_type, mode)]


def test_every_split_phrase_has_a_sentence():
    split = {
        entry.fields["event_type"]
        for entry in read_tsv(data_path("triggers.tsv"), ("event_type",))
        if GAP in entry.words
    }
    assert split <= {event_type for _, event_type, _ in SPLIT_PHRASES}


def test_seoul_is_no_flood(matcher):
    """ "سيول" is Seoul as often as torrents: only "السيول" and "سيول جارفة" name a flood."""
    hits = matcher.find(_tokens("واتهمت سيول جارتها الشمالية بعد أن جرفت السيول"))
    assert [(hit.start, hit.entry.id) for hit in hits if hit.entry.id.startswith("disaster")] == [
        (7, "disaster.torrents")
    ]


DISASTERS = [
    "أسفر الحريق الذي اندلع في سوق المدينة عن مقتل 5 أشخاص.",
    "تحطمت طائرة ركاب قرب العاصمة، مما أدى إلى مقتل 71 شخصا كانوا على متنها.",
    "لقي 12 شخصا مصرعهم وأصيب 20 آخرون في حادث سير على الطريق الصحراوي.",
    "قتل 9 مهاجرين إثر غرق قاربهم قبالة السواحل الليبية.",
    "ضرب زلزال قوي الجزيرة، ما أسفر عن مقتل 14 شخصا وتدمير مئات المنازل.",
    "قتل شخصان في انفجار عرضي داخل مصنع للألعاب النارية.",
]


@pytest.mark.parametrize("text", DISASTERS)
def test_a_toll_of_a_disaster_is_no_attack(events_of, text):
    """NONE rows of mode disaster: a toll or damage put down to a fire, a crash, a flood is no ASSAULT."""
    assert not [event for event in events_of(text) if event.event_type == "ASSAULT"]


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("قتل 7 أشخاص في تفجير سيارة مفخخة أدى إلى اندلاع حريق في سوق المدينة.", 7),
        ("قتل 3 مدنيين في قصف مدفعي على القرية تسبب في حرائق واسعة.", 3),
        ("قتل 4 أشخاص في حريق متعمد أضرمه مسلحون في منزل العائلة.", 4),
    ],
)
def test_an_attack_that_caused_a_fire_still_counts(events_of, text, killed):
    """A bombing, a shelling or arson is an attack of its own, whatever fire it caused."""
    (event,) = [event for event in events_of(text) if event.event_type == "ASSAULT"]
    assert event.killed == killed
