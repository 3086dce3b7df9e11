"""Numbers: digits, number words, vague amounts and hedges (rasd.text.numbers, numbers.tsv).

Every phrase is a short piece of an ANT 2018 article (shared/corpus), unless marked "made up".
"""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rasd.errors import LexiconError
from rasd.lexicon.loader import Entry, data_path, read_tsv
from rasd.text.normalise import normalise, normalise_form
from rasd.text.numbers import KINDS, VALUELESS, NumberReader, Quantity
from rasd.text.tokens import tokenize


@pytest.fixture(scope="module")
def reader() -> NumberReader:
    return NumberReader.load()


def quantities(reader: NumberReader, text: str) -> list[tuple[Quantity, str]]:
    """Each quantity found in `text`, with the normalised words it spans."""
    tokens = tokenize(normalise(text).text)
    return [(q, " ".join(t.text for t in tokens[q.start : q.end])) for q in reader.find(tokens)]


def values(reader: NumberReader, text: str) -> list[int | None]:
    return [q.value for q, _ in quantities(reader, text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # unit, masculine and feminine, with clitics and the article
        ("مقتل أربعة فلسطينيين، بينهم", [4]),
        ("ثلاث غارات تسببت بمقتل", [3]),
        ("الأحد مقتل فلسطينيين اثنين برصاص جنود", [2]),
        ("قالت اثنتين من النساء", [2]),
        ("أمله من تبرئة الممثلين الأربعة الآخرين", [4]),
        ("شيرين عبد الوهاب ستة أشهر بتهمة", [6]),
        ("أثناء قتله أحد المارة في هجوم", [1]),  # "one of": 1 is acceptable
        # ten, and teens written as two words
        ("المسلسل بعد نحو عشرة أيام", [10]),
        ("في موسكو. وقبل عشر سنوات", [10]),
        ("لكرة القدم في إحدى عشرة مدينة", [11]),
        ("أعداد الموظفين استمرت أحد عشر شهرًا", [11]),
        ("بنمو الإنتاج خلال الاثني عشر شهراً المقبلة", [12]),
        ("الموساد منذ تأسيسه اثنا عشر رئيساً", [12]),
        ("ويشار إلى أن خمسة عشر يوماً هي", [15]),
        # tens after units, joined by و (clitic or a word of its own)
        ("أربعة وعشرين عضواً فقط", [24]),
        ("مائة وخمسة وثلاثين مقعدا", [135]),
        ("خمسة و عشرين", [25]),  # made up: و written apart
        # hundreds: one word, two words, duals
        ("مائة وخمسين مليون دولار", [150_000_000]),
        ("بمنحه ثلاثمائة ألف ريال", [300_000]),
        ("ثلاث مئة رجل بعد", [300]),
        ("فيها أكثر من مئتي شخص، معظمهم", [200]),
        # scales after a number word or digits; duals; smaller parts after a scale
        ("على أكثر من ثلاثة آلاف دولار أميركي", [3000]),
        ("بمبلغ 3 آلاف ريال فقط", [3000]),
        ("حضور أكثر من 150 ألف شخص من", [150_000]),
        ("عن أكثر من عشرين ألف قتيل", [20_000]),
        ("المياه النظيفة وحوالي مليوني طفل خارج", [2_000_000]),
        ("120 مليار دولار", [120_000_000_000]),
        ("من مارس ألفين وخمسة عشر بعد", [2015]),
        ("في الولايات المتحدة بثمانية ملايين و600 ألف برميل", [8_600_000]),
        ("فقط، مقابل نحو ثلاثة آلاف و355 طلبا", [3355]),
        ("الفتيات من 7 آلاف و327 حالة عام", [7327]),
        ("بالمحافظة يبلغ 4 ملايين و132 ألف و628", [4_132_628]),
        ("وسيخصص المغرب مليار و200 مليون دولار", [1_200_000_000]),
        # two numbers are never summed
        ("قتل 14 طفلاً و9 نساء و53", [14, 9, 53]),
        ("بمعركة الحديدة إلى 390 عنصرا واصابة أكثر من 600 آخرين", [390, 600]),
        ("ما بين 5 آلاف و8 آلاف دولار", [5000, 8000]),
        ("ما بين 5 آلاف و12 ألف مقاتل", [5000, 12_000]),
        # digits: separators, other scripts, decimals
        ("سورية وغير سورية، بينهم 63,820 جنديا سوريا", [63_820]),
        ("وقتل في الصراع نحو 10.000 مدني، منذ", [10_000]),
        ("عن عمر يناهز ٥٦ عاما", [56]),
        ("أكثر من 1,7 مليون لاجئ", [1_700_000]),
        ("الاحتياطي بقيمة 1.762 مليار دولار", [1_762_000_000]),
        ("إن زلزالا بقوة 6.2 درجة وقع", []),  # a decimal is no count, and never 62
        ("الأجور بالاتحاد الأوروبي بمعدل 0,6 نقطة مئوية", []),
        ("مشاورات جديدة الثلاثاء في الساعة 11,00 (09,00 ت", []),
        # percentages are no counts
        ("تقدمها هيئة الترفيه وبنسبة 60% كان حضور", []),
        ("العالم، إذ تتجاوز 150 بالمئة", []),
        ("الأوروبي والبالغ حوالي 2 في المئة", []),
        ("التي توزعت على 103 سوريين (25,1%) و108 فلسطينيين (26,3%)", [103, 108]),
        # ordinals and other words that look like numbers
        ("منذ أواسط القرن الثامن عشر حتى", []),
        ("التكنولوجيا في القرن الحادي والعشرين", []),
        ("الطفلة بمدينة السويس يوم الاثنين الماضي", []),
        ("الذي يقام غداً الأحد", []),
        ("غاليتي أنغام.. لست بحاجة إلى أخبار", []),
        ("تطلقا في 2005 ليقترن بيت بعده", [2005]),
        ("يستضيف هذا العمل الفني القيّم", []),
        ("التسعينات وبداية الألفية صعدت أسهم", []),
        ("غاب ذلك الموسم أكثر من النصف بعدما", []),
    ],
)
def test_values(reader, text, expected):
    assert values(reader, text) == expected


@pytest.mark.parametrize(
    ("text", "value", "span"),
    [
        ("حوالي 1400 زجاجة", 1400, "حوالي 1400"),
        ("البطليمي، أي منذ قرابة 3 آلاف عام", 3000, "قرابه 3 الاف"),
        ("زهاء 14 عاماً) قصة", 14, "زهاء 14"),
        ("وزارة المالية، استهدفت ما يزيد على 450 جهة حكومية", 450, "ما يزيد علي 450"),
        ("ما يزيد عن 3000 كاتب ومفكر", 3000, "ما يزيد عن 3000"),
        ("أشعب عاش ليس أقل من 150 سنة", 150, "اقل من 150"),
        ("ما يقارب 70 قصيدة كتبها", 70, "ما يقارب 70"),
        ("ملحمة، يحتوي على ما يقرب من 800 كلمة", 800, "ما يقرب من 800"),
        ("القطاعات توظف ما لا يقل عن 27 ألف موظف", 27_000, "ما لا يقل عن 27 الف"),
        ("شرقي البلاد. وقُتل ما يربو على 30 ألف شخص", 30_000, "ما يربو علي 30 الف"),
        ("استطاعت الشركة توفير ما يفوق 100 فرصة عمل", 100, "ما يفوق 100"),
        ("وفاة أكثر من ألفين و200 حالة، فيما", 2200, "اكثر من الفين و 200"),
        ("لبيرو، تحتهم بأكثر من 400 كيلومتر", 400, "باكثر من 400"),
        ("سجل أزيد من 30 قتيلا", 30, "ازيد من 30"),  # made up: no hit in the corpus
    ],
)
def test_approximators_are_part_of_the_span(reader, text, value, span):
    [(quantity, words)] = quantities(reader, text)
    assert (quantity.value, quantity.approximate, quantity.vague, words) == (value, True, False, span)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("قطاع غزة، والتي خلفت عشرات القتلى والجرحى", "عشرات"),
        ("أزمة اقتصادية حادة ودفع مئات الآلاف من سكانها", "مئات الالاف"),
        ("وتعتقل ميليشيات الحوثي آلاف المدنيين من مختلف", "الاف"),
        ("في مارس/آذار بيعت منه ملايين النسخ في", "ملايين"),
        ("وجيوب ينتشر فيها بضعة آلاف من المقاتلين", "بضعه الاف"),
        ("توضح نمطًا لاحظناه منذ بضع سنوات", "بضع"),
        ("الشهيرة في تاريخها مرات عدة إلى بلدان", "عده"),
        ("المهرجان استقطب العديد من النجوم العرب", "العديد"),
        ("المصدر، عن سقوط عدد من القتلى والجرحى في", "عدد من"),
    ],
)
def test_vague_amounts_have_no_value(reader, text, span):
    [(quantity, words)] = quantities(reader, text)
    assert (quantity.value, quantity.vague, quantity.approximate, words) == (None, True, False, span)


@pytest.mark.parametrize(
    ("text", "rules"),
    [
        ("أربعة وعشرين عضواً", ("num.four.m", "num.twenty.acc")),
        ("بمبلغ 3 آلاف ريال", ("digits", "num.thousands")),
        ("حوالي 1400 زجاجة", ("num.approx.around", "digits")),
        ("خلفت عشرات القتلى", ("num.vague.tens",)),
    ],
)
def test_rules_name_the_entries_read(reader, text, rules):
    [(quantity, _)] = quantities(reader, text)
    assert quantity.rules == rules


def test_spans_are_token_indexes(reader):
    tokens = tokenize(normalise("قتل 14 طفلاً و9 نساء").text)
    assert [(q.start, q.end) for q in reader.find(tokens)] == [(1, 2), (4, 5)]


_PIECES = (
    "و",
    "3",
    "٣",
    "1,500",
    "10.000",
    "2.5",
    "1,7",
    "%",
    "خمسة",
    "وعشرين",
    "عشر",
    "اثنا",
    "مئة",
    "ثلاث",
    "آلاف",
    "ألف",
    "مليون",
    "ألفين",
    "نحو",
    "أكثر",
    "من",
    "عشرات",
    "الثامن",
    "في",
    "المئة",
)


@given(st.lists(st.sampled_from(_PIECES), max_size=12).map(" ".join) | st.text(max_size=40))
def test_any_text_gives_ordered_disjoint_spans(text):
    tokens = tokenize(normalise(text).text)
    found = NumberReader.load().find(tokens)
    ends = [0, *[q.end for q in found]]
    assert all(ends[i] <= q.start < q.end <= len(tokens) for i, q in enumerate(found))
    assert all((q.value is None) == q.vague for q in found)


# The data file.


@pytest.fixture(scope="module")
def entries() -> list[Entry]:
    return read_tsv(data_path("numbers.tsv"), ("kind",))


def test_forms_normalise_to_themselves_and_are_not_repeated(entries):
    for entry in entries:
        assert entry.words, entry.where
        assert normalise_form(entry.form) == " ".join(entry.words), entry.where
        assert len(normalise(entry.form).text) == len(entry.form), f"{entry.where}: diacritics or tatweel"
    repeated = [form for form, n in Counter(e.words for e in entries).items() if n > 1]
    assert not repeated


def test_every_kind_has_entries_and_every_number_a_value(entries):
    assert {e.fields["kind"] for e in entries} == set(KINDS)
    for entry in entries:
        value = entry.fields["value"]
        if entry.fields["kind"] in VALUELESS:
            assert value == "", entry.where
        else:
            assert value.isdigit() and int(value) > 0, entry.where
        assert entry.id.startswith("num."), entry.where


def test_a_bad_kind_names_its_line():
    bad = Entry("num.x", "خمسة", ("خمسه",), "noun", {"kind": "units", "value": "5"}, "numbers.tsv:7")
    with pytest.raises(LexiconError) as error:
        NumberReader([bad])
    assert (error.value.path, error.value.line) == ("numbers.tsv", 7)


def test_find_and_hedges_agree_on_a_tuple_read_twice():
    reader = NumberReader.load()
    tokens = tuple(tokenize(normalise("قتل ما لا يقل عن خمسة وعشرين شخصا و3 اطفال").text))
    assert [q.value for q in reader.find(tokens)] == [25, 3]
    assert reader.hedges(tokens) == frozenset({5})
    assert [q.value for q in reader.find(tokens)] == [25, 3]
    other = tuple(tokenize(normalise("نحو 7 قتلى").text))
    assert [(q.value, q.approximate) for q in reader.find(other)] == [(7, True)]
