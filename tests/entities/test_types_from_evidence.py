"""Types from the evidence of the mentions, not from a vote or a glued number (issue 12,
class 2). Fixture names and sentences are fictional.
"""

from __future__ import annotations

import pytest

from newstrace.corpus import local_entities
from newstrace.entities.extract import _group, repair_spans
from newstrace.entities.ner import Span
from newstrace.entities.outlets import has_publisher_cue, noun_introduced_outlets
from newstrace.entities.resolve import resolve
from newstrace.models import EntityMention, LocalEntity


def _span(text: str, name: str, label: str = "organization") -> Span:
    start = text.index(name)
    return Span(start, start + len(name), label, name)


# -- a score or a table row is no part of a club's name ------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Northbury 4 Calderwick 1", "Northbury"),
        ("Calderwick 2 Northbury Rovers 3 ( halftime 1-1 )", "Calderwick"),
        ("NORTHBURY 14 11 1 84 83 29", "NORTHBURY"),
        ("Calderwick 2 16 .111 14", "Calderwick"),
    ],
)
def test_score_numbers_stay_out_of_club_names(text: str, name: str) -> None:
    (repaired,) = repair_spans(text, [_span(text, name)], "en")
    assert repaired.text == name


def test_a_channel_keeps_its_number() -> None:
    text = "Levant 24 reported the talks on Monday."
    (repaired,) = repair_spans(text, [_span(text, "Levant")], "en")
    assert repaired.text == "Levant 24"


# -- a bare surname joins the full name beside it, as a person ------------------------------


def _mention(text: str, kind: str, sentence: int, **extra: object) -> EntityMention:
    return EntityMention(sentence, sentence * 100, sentence * 100 + len(text), text, kind, "ner",
                         0.9, **extra)  # type: ignore[arg-type]  # fmt: skip


SURNAMES = [
    ("en", "Salem Qaddour", "Qaddour"),
    ("de", "Jonas Weilbrecht", "Weilbrecht"),
    ("ar", "سالم القدور", "القدور"),
    ("fa", "مهرداد کاظمی‌نیا", "کاظمی‌نیا"),
]


@pytest.mark.parametrize(("language", "full", "surname"), SURNAMES)
@pytest.mark.parametrize("model_said", ["organization", "other", "place"])
def test_surname_typed_otherwise_joins_the_person(
    language: str, full: str, surname: str, model_said: str
) -> None:
    mentions = [_mention(full, "person", 0), _mention(surname, model_said, 1)]
    _group(mentions)
    assert mentions[1].local == mentions[0].local
    assert mentions[1].type == "person"


@pytest.mark.parametrize(("language", "full", "surname"), SURNAMES)
def test_an_outlet_never_joins_a_person_by_name(language: str, full: str, surname: str) -> None:
    mentions = [_mention(full, "person", 0), _mention(surname, "outlet", 1, publisher=True)]
    _group(mentions)
    assert mentions[1].local != mentions[0].local
    assert mentions[1].type == "outlet"


def test_a_company_named_after_a_person_stays_a_company() -> None:
    mentions = [
        _mention("Salem Qaddour", "person", 0),
        _mention("Qaddour Holdings", "organization", 1),
    ]
    _group(mentions)
    assert mentions[1].local != mentions[0].local
    assert mentions[1].type == "organization"


def test_a_surname_fitting_two_people_stays_apart() -> None:
    mentions = [
        _mention("Salem Qaddour", "person", 0),
        _mention("Rania Qaddour", "person", 1),
        _mention("Qaddour", "organization", 2),
    ]
    _group(mentions)
    assert mentions[2].local not in (mentions[0].local, mentions[1].local)


# -- a place is no part of an event's or a club's name --------------------------------------

EVENTS = [
    ("en", "Marovia Athletics Championships", "Marovia"),
    ("de", "Leichtathletik-Meisterschaften Marovia", "Marovia"),
    ("ar", "بطولة ماروفيا لألعاب القوى", "ماروفيا"),
    ("fa", "مسابقه‌های دوومیدانی قهرمانی ماروویا", "ماروویا"),
]


@pytest.mark.parametrize(("language", "event", "place"), EVENTS)
def test_a_place_never_joins_an_event_named_after_it(language: str, event: str, place: str) -> None:
    mentions = [_mention(event, "other", 0), _mention(place, "place", 1)]
    _group(mentions)
    assert mentions[1].local != mentions[0].local
    assert (mentions[0].type, mentions[1].type) == ("other", "place")


def test_one_name_labelled_place_and_other_stays_one_entity() -> None:
    mentions = [_mention("Marovia", "other", 0), _mention("Marovia", "place", 1)]
    _group(mentions)
    assert mentions[1].local == mentions[0].local


# -- a reporting cue is a whole word ---------------------------------------------------------


def _cue(sentence: str, name: str, language: str) -> bool:
    start = sentence.index(name)
    return has_publisher_cue(sentence, start, start + len(name), language)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("تعادل نادي الوادي الأخضر مع فريق مارونيا في الدقيقة الأخيرة .", "مارونيا"),
        ("ارتفع سعر الليرة مقابل الدولار أمس .", "الدولار"),
        ("فشل الاتحاد الماروفي في التوصل إلى اتفاق .", "الاتحاد الماروفي"),
    ],
)
def test_a_word_ending_in_lam_is_no_reporting_cue(sentence: str, name: str) -> None:
    assert not _cue(sentence, name, "ar")


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("وذكرت النجمة الماروفية أن الوفد وصل .", "النجمة الماروفية"),
        ("وقال الوزير في تصريح لـ النجمة الماروفية إن الوفد وصل .", "النجمة الماروفية"),
        ("بحسب النجمة الماروفية فإن الوفد وصل .", "النجمة الماروفية"),
    ],
)
def test_arabic_reporting_cues_still_make_outlets(sentence: str, name: str) -> None:
    assert _cue(sentence, name, "ar")


# -- one reporting cue does not outvote the organisation evidence ---------------------------

BODIES = [
    ("en", "Marovian Health Ministry"),
    ("de", "Marowisches Gesundheitsministerium"),
    ("ar", "وزارة الصحة الماروفية"),
    ("fa", "وزارت بهداشت ماروویا"),
]


@pytest.mark.parametrize(("language", "name"), BODIES)
def test_one_cue_does_not_make_a_body_an_outlet_in_its_article(language: str, name: str) -> None:
    members = [_mention(name, "organization", i) for i in range(3)]
    members.append(_mention(name, "outlet", 3, publisher=True))
    (entity,) = local_entities([("a1", 0, members)], [])
    assert entity.type == "organization"


@pytest.mark.parametrize(("language", "name"), BODIES)
def test_one_cue_does_not_make_a_body_an_outlet_across_articles(language: str, name: str) -> None:
    records = [LocalEntity(f"a{i}", 0, "organization", [name]) for i in range(3)]
    records.append(LocalEntity("a9", 0, "outlet", [name], publisher=True))
    (entity,) = resolve(records)
    assert entity.type == "organization"


@pytest.mark.parametrize(("language", "name"), BODIES)
def test_a_publisher_noun_or_metadata_still_makes_an_outlet(language: str, name: str) -> None:
    members = [_mention(name, "organization", i) for i in range(3)]
    members.append(
        EntityMention(3, 300, 300 + len(name), name, "outlet", "pattern", 0.8, publisher=True)
    )
    assert next(iter(local_entities([("a1", 0, members)], []))).type == "outlet"
    records = [LocalEntity(f"a{i}", 0, "organization", [name]) for i in range(3)]
    records.append(LocalEntity("a9", -1, "outlet", [name], publisher=True))
    assert [e.type for e in resolve(records)] == ["outlet"]


# -- the words of the report after an outlet's name are no part of it (fa) ------------------


@pytest.mark.parametrize(
    ("sentence", "outlet"),
    [
        ("روزنامه ماروویاتایمز ضمن معرفی این طرح نوشت که دولت موافق است .", "ماروویاتایمز"),
        ("روزنامه ستاره ماروویا نیز این خبر را تایید کرد .", "ستاره ماروویا"),
        # The agency is named with its noun (guideline: "خبرگزاری فارس", not "فارس").
        ("خبرگزاری ماروویا روز دوشنبه گزارش داد .", "خبرگزاری ماروویا"),
        ("خبرگزاری ماروویا اعلام کرد که هیئت وارد شد .", "خبرگزاری ماروویا"),
    ],
)
def test_persian_outlet_names_stop_before_the_report(sentence: str, outlet: str) -> None:
    names = [sentence[c.start : c.end] for c in noun_introduced_outlets(sentence, "fa")]
    assert names == [outlet]


@pytest.mark.parametrize(
    ("word", "country"),
    [("آرژانتینی", "AR"), ("فرانسوی", "FR"), ("آمریکایی", "US"), ("انگلیسی", "GB")],
)
def test_persian_nationality_adjectives_name_their_country(word: str, country: str) -> None:
    """They set the country context that settles ambiguous places."""
    from newstrace.entities.places import demonym_countries

    assert demonym_countries(word) == {country}
