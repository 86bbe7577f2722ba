"""Arabic mentions as the text names them: no conjunction or preposition glued to the name, no
God of a fixed formula, no currency, no quotation mark, and the organisation an apposition
head noun introduces (issue 12, Arabic entity precision). Sentences and names are fictional.
"""

from __future__ import annotations

import pytest

from newstrace.entities import extract, mend
from newstrace.entities.ner import Span
from newstrace.entities.resolve import resolve
from newstrace.models import LocalEntity

from ..builders import build_article


def _span(text: str, name: str, label: str) -> Span:
    start = text.index(name)
    return Span(start, start + len(name), label, name)


def _mended(text: str, *spans: tuple[str, str]) -> list[str]:
    return [s.text for s in mend.mend(text, [_span(text, n, lab) for n, lab in spans], "ar")]


# -- proclitics ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "label", "name"),
    [
        ("زار الوفد سوريا والعراق الأسبوع الماضي.", "والعراق", "place", "العراق"),
        ("تعاونت مصر والولايات المتحدة في المشروع.", "والولايات المتحدة", "place",
         "الولايات المتحدة"),
        ("وصل الوفد إلى المعسكر بتركيا أمس.", "بتركيا", "place", "تركيا"),
        ("تسافر الفرقة إلى آسيا وأوروبا كل عام.", "وأوروبا", "place", "أوروبا"),
        ("عاش الكاتب سنوات بالقاهرة ثم عاد.", "بالقاهرة", "place", "القاهرة"),
        ("يشارك في العمل سمير نديم وخالد سرحان.", "وخالد سرحان", "person", "خالد سرحان"),
        ("وقع الاتفاق مع البنك الأهلي وبالاتحاد العربي للتجارة.", "وبالاتحاد العربي للتجارة",
         "organization", "الاتحاد العربي للتجارة"),
    ],
)  # fmt: skip
def test_a_glued_conjunction_or_preposition_is_no_part_of_the_name(
    text: str, span: str, label: str, name: str
) -> None:
    assert _mended(text, (span, label)) == [name]


def test_a_name_right_after_another_of_its_kind_loses_the_conjunction() -> None:
    text = "سجل ماريو فيرانتي وباولو كوستيني هدفين."
    found = _mended(text, ("ماريو فيرانتي", "person"), ("وباولو كوستيني", "person"))
    assert found == ["ماريو فيرانتي", "باولو كوستيني"]


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("وصل الوزير إلى بغداد صباح اليوم.", "بغداد", "place"),
        ("عاد الوفد من لبنان وليبيا أمس.", "لبنان", "place"),
        ("زار الرئيس واشنطن الأسبوع الماضي.", "واشنطن", "place"),
        ("قال فيصل العمري إن الموسم صعب.", "فيصل العمري", "person"),
        ("وصل وليد سامي إلى المطار.", "وليد سامي", "person"),
        ("صرح المدرب بلاتر بأن الفريق جاهز.", "بلاتر", "person"),
        ("فاز فريق باولو أمس.", "باولو", "person"),
        ("قال والتر مونتي إن الموسم صعب.", "والتر مونتي", "person"),
        ("كشفت فالدر عن طراز جديد.", "فالدر", "organization"),
    ],
)
def test_a_name_that_starts_with_those_letters_keeps_them(text: str, name: str, label: str) -> None:
    assert _mended(text, (name, label)) == [name]


def test_the_conjunction_goes_before_a_compound_given_name() -> None:
    text = "فاز سمير نديم بالذهبية وعبدالمحسن الفلاني بالفضية."
    assert _mended(text, ("وعبدالمحسن الفلاني", "person")) == ["عبدالمحسن الفلاني"]


@pytest.mark.parametrize(
    ("text", "span", "name"),
    [
        ("وقال سعود الفلاني نائب الرئيس إن العقد وقع.", "سعود", "سعود الفلاني"),
        ("انتقل المهاجم صالح الدوسراني إلى الفريق.", "صالح", "صالح الدوسراني"),
        ("وافتتح البرتغالي جوميز التدريبات بالإحماء.", "جوميز", "جوميز"),  # a plural noun
        ("وقال سمير اليوم إن العقد وقع.", "سمير", "سمير"),  # a dictionary word
        ("رفض سمير التدخل في الخلاف.", "سمير", "سمير"),  # a verbal noun
        ("التقى الوفد سمير اللبناني أمس.", "سمير", "سمير"),  # a nationality
    ],
)
def test_a_lone_given_name_takes_the_family_name_after_it(text: str, span: str, name: str) -> None:
    assert _mended(text, (span, "person")) == [name]


@pytest.mark.parametrize(
    ("text", "span", "name"),
    [
        # Two generations after the cut: the given name before them belongs to the chain.
        ("استقبل القائد العقيد نمر بن سالم بن حمدان الوفد.", "بن سالم بن حمدان",
         "نمر بن سالم بن حمدان"),
        # A trailing "بن": the father's name after it, and the family name that closes it.
        ("نفذ الحكم في الجاني جبل بن ناصر بن جبل المطيري أمس.", "بن ناصر بن",
         "جبل بن ناصر بن جبل المطيري"),
        ("حضر الحفل سالم بن عبد الرحمن.", "سالم بن", "سالم بن عبد الرحمن"),
    ],
)  # fmt: skip
def test_a_piece_of_a_name_chain_takes_its_missing_links(text: str, span: str, name: str) -> None:
    assert _mended(text, (span, "person")) == [name]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("وقال بن حمدان إن الفريق جاهز.", "بن حمدان"),  # one generation: a family name
        ("وحضر الأمير بن سالم بن حمدان الحفل.", "بن سالم بن حمدان"),  # a title before it
    ],
)
def test_a_family_name_with_bin_or_a_title_before_the_chain_stays(text: str, span: str) -> None:
    assert _mended(text, (span, "person")) == [span]


def test_before_the_article_a_swallowed_alef_leaves_the_span_as_it_was() -> None:
    # ل + الأمم is written للأمم: no span of the text is the bare name.
    text = "صدر قرار الجمعية العامة للأمم المتحدة أمس."
    assert _mended(text, ("للأمم المتحدة", "organization")) == ["للأمم المتحدة"]


# -- formulas, currencies, quotation marks ---------------------------------------------------


def _kept(text: str, name: str, label: str = "other", at: int = 0) -> str | None:
    start = text.index(name, at)
    kept = mend.keep(text, Span(start, start + len(name), label, name), "ar")
    return kept.text if kept else None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("استقبل الملك سلمان - حفظه الله - الوفد.", "الله"),
        ("ستعود الرحلات قريبا إن شاء الله.", "الله"),
        ("تمكنت الفرق بفضل الله من إخماد الحريق.", "الله"),
        ("وصلت الطائرة ولله الحمد بسلام.", "ولله"),
        ("تبرع الراحل رحمه الله بأرضه للمدرسة.", "رحمه الله"),
        ("والعياذ بالله من ذلك.", "بالله"),
    ],
)
def test_god_in_a_fixed_formula_is_no_entity(text: str, name: str) -> None:
    assert _kept(text, name) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("قال الله تعالى في كتابه الكريم.", "الله"),
        ("من خرج عن ذلك حرم من رحمة الله في الآخرة.", "الله"),
    ],
)
def test_god_named_in_a_sentence_stays(text: str, name: str) -> None:
    assert _kept(text, name) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("بلغت الغرامات نصف مليون ريال هذا العام.", "ريال"),
        ("ارتفع السعر إلى مئة دولار للبرميل.", "دولار"),
        ("دفع الزائر ألف دولارا ثمنا للتذكرة.", "دولارا"),
        ("تراجع اليورو أمام العملات الأخرى.", "اليورو"),
    ],
)
def test_currencies_are_no_names(text: str, name: str) -> None:
    assert _kept(text, name) is None


def test_a_club_named_after_a_currency_stays() -> None:
    text = "فاز ريال مدريد على ضيفه أمس."
    assert _kept(text, "ريال مدريد", "organization") == "ريال مدريد"


@pytest.mark.parametrize(
    ("text", "span", "name"),
    [
        ("نقلت وكالة «يونهاب» الخبر.", "«يونهاب", "يونهاب"),
        ("حسب «رويترز». وأضاف المصدر", "رويترز».", "رويترز"),
        ("قال لـ«الشرق الأوسط» إن الوضع هادئ.", "لـ«الشرق الأوسط", "الشرق الأوسط"),
        ("سمير نديم- الرياض: أعلن المطار", "سمير نديم-", "سمير نديم"),
    ],
)
def test_quotation_marks_and_a_trailing_hyphen_are_cut_off(text: str, span: str, name: str) -> None:
    assert _kept(text, span, "organization") == name


# -- the organisation a head noun introduces -------------------------------------------------


def _typed(monkeypatch: pytest.MonkeyPatch, text: str, spans: list[tuple[str, str, int]]):
    """find_mentions over ``text`` with the model's spans given: (name, label, occurrence)."""
    found = []
    for name, label, occurrence in spans:
        start = -1
        for _ in range(occurrence + 1):
            start = text.index(name, start + 1)
        found.append(Span(start, start + len(name), label, name))
    monkeypatch.setattr(extract.ner, "recognise", lambda texts, language: [found])
    monkeypatch.setattr(extract.ner, "available_languages", lambda: frozenset({"ar"}))
    article = build_article(text, language="ar", boundaries=[])
    return [(m.text, m.type) for m in extract.find_mentions(article)]


def test_a_name_after_an_organisation_head_is_an_organisation_throughout_the_article(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = "انضم الشاب إلى تنظيم شمروخ ثم غادر شمروخ بعد عام."
    found = _typed(monkeypatch, text, [("شمروخ", "place", 0), ("شمروخ", "place", 1)])
    assert found == [("شمروخ", "organization"), ("شمروخ", "organization")]


def test_a_quoted_company_name_after_its_head_is_an_organisation(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = "كشفت شركة «فالدر موتورز» عن طراز جديد."
    assert _typed(monkeypatch, text, [("فالدر موتورز", "person", 0)]) == [
        ("فالدر موتورز", "organization")
    ]


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("وصل الفريق سمير نديم إلى المعسكر.", "سمير نديم", "person"),  # the general
        ("قاتل الشاب في جماعة سمير نديم سنوات.", "سمير نديم", "person"),  # his group
        ("أعلنت اللجنة تنظيم مهرجان الربيع.", "مهرجان الربيع", "other"),  # organising
    ],
)
def test_a_title_a_possessor_or_an_event_after_those_nouns_keeps_its_type(
    monkeypatch: pytest.MonkeyPatch, text: str, name: str, label: str
) -> None:
    assert _typed(monkeypatch, text, [(name, label, 0)]) == [(name, label)]


# -- a place named with its head noun -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "label", "name"),
    [
        ("أغلق المرور تقاطع شارع الرياض مع الطريق الدائري.", "الرياض", "place", "شارع الرياض"),
        ("صلى الزوار في المسجد الحرام أمس.", "الحرام", "organization", "المسجد الحرام"),
        ("تم توسيع وطريق الخليج الساحلي.", "الخليج", "place", "طريق الخليج"),
        ("افتتح المركز على طريق الملك فيصل أمس.", "فيصل", "person", "طريق الملك فيصل"),
        ("هاجم المسلحون قرى على ضفاف بحيرة نوران.", "نوران", "place", "بحيرة نوران"),
    ],
)
def test_a_street_or_a_mosque_is_named_with_its_head_noun(
    text: str, span: str, label: str, name: str
) -> None:
    assert _mended(text, (span, label)) == [name]


@pytest.mark.parametrize(
    ("text", "span", "name", "label"),
    [
        ("قال رئيس اللجنة بغرفة نوران إن الأسعار ثابتة.", "نوران", "غرفة نوران", "organization"),
        ("تخرج سالم في جامعة نوران العام الماضي.", "نوران", "جامعة نوران", "organization"),
        ("هبطت الطائرة في مطار نوران الدولي فجرا.", "نوران", "مطار نوران الدولي", "place"),
        ("افتتحت فعاليات مهرجان نوران مساء أمس.", "نوران", "مهرجان نوران", "other"),
    ],
)
def test_a_place_after_an_institution_head_is_a_piece_of_its_name(
    text: str, span: str, name: str, label: str
) -> None:
    spans = mend.mend(text, [_span(text, span, "place")], "ar")
    assert [(s.text, s.label) for s in spans] == [(name, label)]


def test_a_name_typed_other_after_an_event_head_is_the_event() -> None:
    text = "توج الفريق بلقب كأس الدرع الوطني للمرة الثانية."
    spans = mend.mend(text, [_span(text, "الدرع", "other")], "ar")
    assert [(s.text, s.label) for s in spans] == [("كأس الدرع الوطني", "other")]


def test_a_name_typed_other_after_an_institution_head_stays() -> None:
    text = "تعاقدت جامعة الدرع مع الشركة."
    assert _mended(text, ("الدرع", "other")) == ["الدرع"]


def test_a_place_after_no_institution_head_stays_the_place() -> None:
    text = "وصل الوفد إلى نوران الدولية أمس."
    assert _mended(text, ("نوران", "place")) == ["نوران"]


def test_a_cut_construct_name_after_an_organisation_head_is_the_organisation() -> None:
    text = "التقى الوفد قادة جماعة أنصار النور في المدينة."
    spans = mend.mend(text, [_span(text, "النور", "other")], "ar")
    assert [(s.text, s.label) for s in spans] == [("أنصار النور", "organization")]


def test_a_function_word_after_an_organisation_head_opens_no_name() -> None:
    text = "صلت جماعة في النور أمس."
    assert _mended(text, ("النور", "other")) == ["النور"]


def test_by_way_of_a_city_names_the_city() -> None:
    text = "وصلت الشحنة عن طريق جدة أمس."
    assert _mended(text, ("جدة", "place")) == ["جدة"]


# -- a region is no newspaper of the same name ----------------------------------------------


def test_a_region_a_pack_lists_never_joins_the_outlet_of_its_name() -> None:
    records = [
        LocalEntity("a1", 0, "outlet", ["الشرق الأوسط"], publisher=True),
        LocalEntity("a2", 0, "place", ["الشرق الأوسط"]),
        LocalEntity("a3", 0, "place", ["الشرق الأوسط"]),
    ]
    assert sorted(e.type for e in resolve(records)) == ["outlet", "place"]


def test_an_unmapped_place_reading_still_joins_its_outlet() -> None:
    records = [
        LocalEntity("a1", 0, "outlet", ["نشرة المرفأ"], publisher=True),
        LocalEntity("a2", 0, "place", ["نشرة المرفأ"]),
    ]
    assert [e.type for e in resolve(records)] == ["outlet"]


# -- the other side of a match is a team ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("توج الفريق باللقب إثر فوزه 2 - صفر على فالدورا أمس.", "فالدورا"),
        ("فاز الضيوف 2-1 على جارهم ميرانو يوم السبت.", "ميرانو"),
        ("سيطر الفريق على مباراته أمام كارتينا لكنه خسر.", "كارتينا"),
    ],
)
def test_a_place_on_the_other_side_of_a_match_is_a_team(
    monkeypatch: pytest.MonkeyPatch, text: str, name: str
) -> None:
    assert _typed(monkeypatch, text, [(name, "place", 0)]) == [(name, "organization")]


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("خسر المرشح الانتخابات أمام سمير نديم.", "سمير نديم", "person"),
        ("فاز المنتخب على مصر في الدور الأول.", "مصر", "place"),  # a country: its team
        ("تقام مباراة الفريقين على ملعب فالدورا مساء.", "فالدورا", "place"),  # a stadium
    ],
)
def test_a_person_a_country_or_a_stadium_by_a_match_keeps_its_type(
    monkeypatch: pytest.MonkeyPatch, text: str, name: str, label: str
) -> None:
    assert _typed(monkeypatch, text, [(name, label, 0)]) == [(name, label)]
