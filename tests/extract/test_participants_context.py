"""Actors found through the grammar around the trigger and through what the article said before.

Sentences written for these tests (not taken from the dev set)."""

import pytest


@pytest.mark.parametrize(
    ("text", "event_type", "actor"),
    [
        # a reporter named through a title and closed by "أن" is not the attacker; "قصف من X" is
        (
            "وأفاد مدير المرصد السوري لحقوق الإنسان رامي عبد الرحمن، أن البلدة تعرضت إلى قصف من تركيا.",
            "ASSAULT",
            ("TUR", "GOV"),
        ),
        # a spokesman speaks for the body after "باسم"; said again alone, he is the same one
        (
            "قال المتحدث باسم الجيش الإسرائيلي إن الوضع هادئ. وأدان المتحدث إطلاق الصواريخ على المدن.",
            "ACCUSE",
            ("ISR", "MIL"),
        ),
        # a bare ambassador is the one named before with his country, not the article's country
        (
            "وقال السفير الفرنسي إن الهجوم وقع في العاصمة بوركينا فاسو. "
            "وقال السفير في تغريدة: نتضامن مع الأصدقاء في بوركينا فاسو.",
            "SUPPORT",
            ("FRA", "GOV"),
        ),
        # a surname alone, after the full name
        (
            "قال العقيد الركن تركي المالكي إن الصاروخ سقط في منطقة نائية. وأدان المالكي استهداف المدن.",
            "ACCUSE",
            ("SAU", "MIL"),
        ),
        # "قالت X: إنها استدعت": the speaker does it
        ("وقالت البحرين إنها استدعت سفيرها في طهران للتشاور.", "SANCTION", ("BHR", "GOV")),
        # a verbal noun with a pronoun right after its announcer is the announcer's own act
        ("أعلن الاتحاد الأوروبي استدعاءه لسفيره في موسكو للتشاور.", "SANCTION", ("EU", "IGO")),
        # a plural verb opening its sentence goes on with the attacker of the sentence before
        (
            "بدأ الجيش الباكستاني القصف على قرى أمامية. فاستهدفوا مواقع عسكرية ومناطق مدنية.",
            "ASSAULT",
            ("PAK", "MIL"),
        ),
        # protesters named by nationality after the verb
        ("وتظاهر المئات من العراقيين أمام مبنى المحافظة.", "PROTEST", ("IRQ", "CVL")),
        # forces inside the deployment phrase
        ("وانتشرت قوات خاصة تابعة للجيش التونسي في المكان.", "MOBILIZE", ("TUN", "MIL")),
        # after "أن" the subject comes before its verb
        ("وقال الوزير إن الإمارات تدعم جهود المبعوث الأممي في اليمن.", "SUPPORT", ("ARE", "GOV")),
        # a person named between commas after a verb and his title
        (
            "ودعا زعيم الجمهوريين في الكونغرس، بول رايان، الرئيس إلى الحذر.",
            "REQUEST",
            ("USA", "GOV"),
        ),
    ],
)
def test_actor_from_grammar_and_context(actor_of, text, event_type, actor):
    assert actor_of(text, event_type) == actor


def test_a_plural_verb_takes_no_subject_after_it(actor_of):
    """ "وطالبوا الأمم المتحدة": the UN is asked, it does not ask."""
    text = "واجتمع قادة الحوثيين في صنعاء أمس. وطالبوا الأمم المتحدة بوقف الغارات."
    assert actor_of(text, "REQUEST") != ("UN", "IGO")


def test_a_nisba_of_a_thing_is_no_protester(actor_of):
    """ "القنصلية الإيرانية" is a building, not Iranian protesters."""
    text = "اقتحم متظاهرون مقر القنصلية الإيرانية في البصرة احتجاجا على تدهور الخدمات."
    assert actor_of(text, "PROTEST") != ("IRN", "CVL")
