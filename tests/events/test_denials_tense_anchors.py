"""Events: denials, Arabic and Persian present tense, and dates counted from another event.

Every fixture is fictional and runs through the whole per-article pipeline. The cases of a
fix failed before it; a few guard what a new rule must leave alone (what a denial does not
cover)."""

from __future__ import annotations

import pytest

from newstrace.dates import find_offsets, shift_value
from newstrace.lang.ar.events import imperfect_forms
from tests.events.test_extraction import PUBLISHED, events, names, only

# --------------------------------------------------------------------------------------------
# Denials: the denied event is negated, the denial stays an event with its actor.


@pytest.mark.parametrize(
    ("language", "text", "denier"),
    [
        ("en", "Karim Haddad denied that he resigned.", "Karim Haddad"),
        ("en", "Karim Haddad denied resigning.", "Karim Haddad"),
        ("en", "Karim Haddad denied reports of his resignation.", "Karim Haddad"),
        ("ar", "نفى الوزير عمر الخطيب أنه استقال.", "عمر الخطيب"),
        ("ar", "نفى الوزير عمر الخطيب الأنباء عن استقالته.", "عمر الخطيب"),
        ("fa", "کریم حداد خبر استعفای خود را تکذیب کرد.", "کریم حداد"),
        ("de", "Karl Berger bestritt, dass er zurückgetreten sei.", "Karl Berger"),
        ("es", "El ministro Julián Torres desmintió haber dimitido.", "Julián Torres"),
        ("fr", "Pierre Lambert a nié qu'il ait démissionné.", "Pierre Lambert"),
    ],
)
def test_a_denied_resignation_is_negated_and_the_denier_resigns(
    language: str, text: str, denier: str
) -> None:
    found = events(text, language)
    deny, resign = only(found, "deny"), only(found, "resign")
    assert not deny.negated and denier in names(text, language, deny.actors)
    assert resign.negated
    assert denier in names(text, language, resign.actors)


@pytest.mark.parametrize(
    ("language", "text", "denied"),
    [
        ("en", "The Interior Ministry denied that police arrested Rami Saleh.", "arrest"),
        ("en", "The Interior Ministry rejected reports that Karim Haddad had resigned.", "resign"),
        ("en", "The Interior Ministry dismissed claims that police arrested Rami Saleh.", "arrest"),
        ("ar", "نفت وزارة الداخلية اعتقال الصحفي رامي صالح.", "arrest"),
        (
            "es",
            "El Gobierno rechazó las informaciones sobre la detención de Andrés Gómez.",
            "arrest",
        ),
        (
            "fr",
            "Le ministère a rejeté les informations selon lesquelles Paul Martin aurait été "
            "arrêté.",
            "arrest",
        ),
    ],
)
def test_rejected_reports_are_denials_of_what_they_report(
    language: str, text: str, denied: str
) -> None:
    found = events(text, language)
    assert not only(found, "deny").negated
    assert only(found, denied).negated


def test_the_arrest_a_ministry_denies_keeps_its_target_and_the_ministry_is_the_denier() -> None:
    text = "The Interior Ministry denied that police arrested Rami Saleh."
    found = events(text, "en")
    assert names(text, "en", only(found, "deny").actors) == {"Interior Ministry"}
    arrest = only(found, "arrest")
    assert names(text, "en", arrest.targets) == {"Rami Saleh"}
    assert arrest.actors == []  # "police" is no name; the ministry did not arrest anyone


@pytest.mark.parametrize(
    ("language", "text", "kept"),
    [
        # what is denied is the involvement, not the attack; the accusation was made
        ("en", "Karim Haddad denied involvement in the attack on the convoy.", "attack"),
        ("en", "The Interior Ministry denied the accusations.", "accuse"),
        ("ar", "نفى الوزير عمر الخطيب مسؤوليته عن الهجوم.", "attack"),
        # an undenied denial and a denial ended by "but" cover nothing
        ("en", "Karim Haddad did not deny that he resigned.", "resign"),
    ],
)
def test_what_a_denial_does_not_cover_stays_asserted(language: str, text: str, kept: str) -> None:
    assert not only(events(text, language), kept).negated


def test_a_denial_ends_at_but() -> None:
    text = "Karim Haddad denied that he resigned, but Nadia Sweis quit on Tuesday."
    resigned, quit_ = [e for e in events(text, "en") if e.type == "resign"]
    assert resigned.negated and not quit_.negated


def test_a_denied_passive_makes_the_denier_the_target() -> None:
    text = "Karim Haddad denied being arrested."
    arrest = only(events(text, "en"), "arrest")
    assert arrest.negated and names(text, "en", arrest.targets) == {"Karim Haddad"}


# --------------------------------------------------------------------------------------------
# Arabic imperfect and Persian present.


def test_arabic_imperfect_forms_are_generated_by_rule() -> None:
    assert imperfect_forms("التقى")[:3] == ("يلتقي", "تلتقي", "يلتقون")
    assert imperfect_forms("استقال")[0] == "يستقيل"
    assert imperfect_forms("أقال")[0] == "يقيل"
    assert imperfect_forms("اعتقل")[:2] == ("يعتقل", "تعتقل")
    assert imperfect_forms("طلب اللجوء")[0] == "يطلب اللجوء"


@pytest.mark.parametrize(
    ("text", "type_", "role", "who"),
    [
        ("يلتقي الرئيس سمير قاسم نظيره الأردني في عمان.", "meet", "actors", "سمير قاسم"),
        ("تعتقل الشرطة الصحفي رامي صالح في الزرقاء.", "arrest", "targets", "رامي صالح"),
        ("ينفي الوزير عمر الخطيب الاتهامات.", "deny", "actors", "عمر الخطيب"),
    ],
)
def test_arabic_present_tense_tells_events(text: str, type_: str, role: str, who: str) -> None:
    event = only(events(text, "ar"), type_)
    assert not event.negated
    assert names(text, "ar", getattr(event, role)) == {who}
    assert (event.date, event.not_after) == (None, PUBLISHED)


@pytest.mark.parametrize(
    "text",
    [
        "سيلتقي الرئيس سمير قاسم نظيره الأردني في عمان.",
        "سوف يستقيل الوزير عمر الخطيب.",
        "لن يستقيل الوزير عمر الخطيب.",
        "قد يستقيل الوزير عمر الخطيب.",
        "من المقرر أن يلتقي الرئيس سمير قاسم نظيره.",
        "يعتزم الوزير عمر الخطيب أن يستقيل الأسبوع المقبل.",
        "دعا المحتجون الوزير عمر الخطيب ليستقيل.",
        "يلتقي الرئيس سمير قاسم نظيره الأردني غدا في عمان.",
    ],
)
def test_arabic_future_and_subjunctive_present_tell_no_event(text: str) -> None:
    assert [e for e in events(text, "ar") if e.type in ("meet", "resign")] == []


def test_arabic_jussive_after_lam_is_a_negated_past() -> None:
    arrest = only(events("لم يعتقل الأمن الصحفي رامي صالح.", "ar"), "arrest")
    assert arrest.negated


def test_persian_progressive_present_is_real_and_plain_present_is_not() -> None:
    assert only(events("معترضان دارند در تهران تجمع می‌کنند.", "fa"), "protest")
    text = "مهدی کرمانی فردا در تهران با ولادیمیر سوکولوف دیدار می‌کند."
    assert events(text, "fa") == []


@pytest.mark.parametrize("text", ["کریم حداد استعفا نمی‌کند.", "کریم حداد استعفا نمی کند."])
def test_persian_negated_present_is_a_refusal_not_an_event(text: str) -> None:
    assert events(text, "fa") == []


def test_persian_past_imperfective_is_real() -> None:
    text = "پلیس معترضان را در تهران بازداشت می‌کرد."
    assert only(events(text, "fa"), "arrest").trigger.text == "بازداشت می‌کرد"


# --------------------------------------------------------------------------------------------
# Dates counted from another event or a date.


@pytest.mark.parametrize(
    ("language", "text", "sign", "count", "unit", "anchor"),
    [
        ("en", "He resigned three days after the election.", 1, 3, "day", "the election"),
        ("en", "Police arrested him two days before the summit.", -1, 2, "day", "the summit"),
        ("en", "He was freed a week after his arrest.", 1, 1, "week", "his arrest"),
        ("en", "The day after the vote, he quit.", 1, 1, "day", "the vote"),
        ("en", "Protests erupted days after the election.", 1, None, "day", "the election"),
        ("ar", "قبل أسبوع من القمة.", -1, 1, "week", "القمة"),
        ("ar", "وبعد يومين من اعتقاله تظاهر الطلاب.", 1, 2, "day", "اعتقاله تظاهر الطلاب"),
        ("fa", "دو هفته قبل از اجلاس", -1, 2, "week", "اجلاس"),
        ("de", "zwei Wochen vor der Wahl", -1, 2, "week", "der Wahl"),
        ("es", "al día siguiente de la cumbre", 1, 1, "day", "la cumbre"),
        ("fr", "Au lendemain du scrutin, il a démissionné.", 1, 1, "day", "scrutin"),
    ],
)
def test_offsets_from_an_anchor_are_found(
    language: str, text: str, sign: int, count: int | None, unit: str, anchor: str
) -> None:
    [offset] = find_offsets(text, language)
    assert (offset.sign, offset.count, offset.unit) == (sign, count, unit)
    assert text[offset.anchor_start : offset.anchor_end] == anchor


@pytest.mark.parametrize(
    ("value", "sign", "count", "unit", "expected"),
    [
        ("2025-06-02", 1, 3, "day", "2025-06-05"),
        ("2025-06-02", -1, 1, "week", "2025-05-26"),
        ("2025-06-02", 1, 2, "month", "2025-08"),  # months: the words do not say the day
        ("2025-06", 1, 3, "day", "2025"),  # June or July: only the year is sure
        ("2025-06-02", 1, None, "day", "2025-06"),  # "days after": vague
        ("2025-12-25", 1, None, "day", None),  # this year or next: nothing is sure
    ],
)
def test_shifting_keeps_only_the_precision_the_words_carry(
    value: str, sign: int, count: int | None, unit: str, expected: str | None
) -> None:
    assert shift_value(value, sign, count, unit) == expected


def test_an_event_counted_from_a_dated_event_of_the_article_gets_its_date() -> None:
    text = (
        "Karim Haddad resigned on Monday in Amman.\n\n"
        "Police arrested Rami Saleh three days after the resignation."
    )
    arrest = only(events(text, "en"), "arrest")
    assert (arrest.date, arrest.date_source, arrest.date_text) == (
        "2025-06-12",
        "sentence",
        "three days after the resignation",
    )
    assert arrest.not_after is None


def test_an_event_counted_from_a_date_or_a_dated_anchor_in_the_sentence() -> None:
    text = "Karim Haddad resigned three days after June 2."
    assert only(events(text, "en"), "resign").date == "2025-06-05"
    text = "استقال الوزير عمر الخطيب بعد يومين من الانتخابات التي جرت في 2 يونيو."
    found = events(text, "ar")
    assert only(found, "resign").date == "2025-06-04"
    assert only(found, "elect").date == "2025-06-02"  # the anchor keeps its own date
    text = "Karim Haddad resigned days after the June 2 election."
    found = events(text, "en")
    assert only(found, "resign").date == "2025-06"  # "days": a month, never an invented day
    assert only(found, "elect").date == "2025-06-02"


def test_an_event_counted_from_an_undated_anchor_is_not_misdated() -> None:
    # The paragraph's Wednesday dates the march, not a resignation three days after an
    # election nobody dated: the publication bound stands.
    text = (
        "On Wednesday, teachers marched in Irbid. "
        "Karim Haddad resigned three days after the election."
    )
    resign = only(events(text, "en"), "resign")
    assert (resign.date, resign.date_source, resign.not_after) == (None, "published", PUBLISHED)
    assert resign.date_text == "three days after the election"


def test_an_offset_from_an_earlier_arabic_sentence() -> None:
    text = "جرت الانتخابات يوم الاثنين. واستقال الوزير عمر الخطيب بعد يومين من الانتخابات."
    assert only(events(text, "ar"), "resign").date == "2025-06-11"
