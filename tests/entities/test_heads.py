"""Arabic and Persian names mended by the words around them (issue 14: the CRF models miss
what a head noun, a title or a verb says): an unknown word after an apposition head is an
organisation, a police or army head before a big place names that body, a ministry after a
minister's title belongs to the title, and a person's name never ends on a verb or on the
object after it. Fictional sentences through the per-article entity stage."""

from __future__ import annotations

import pytest

from newstrace.entities.extract import find_mentions

from ..builders import build_article


def mentions(text: str, language: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in find_mentions(build_article(text, language=language))]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("شن تنظيم داعش هجوما على مدينة الرقة.", "داعش"),
        ("أعلن تنظيم داعش مسؤوليته عن التفجير.", "داعش"),
        ("قالت جماعة ليفانتا إنها نفذت الهجوم.", "ليفانتا"),
    ],
)
def test_an_unknown_word_after_an_apposition_head_is_an_organisation(text: str, name: str) -> None:
    # before: nothing (the model never saw the word)
    assert (name, "organization") in mentions(text, "ar")


@pytest.mark.parametrize(
    "text",
    [
        "پلیس قاهره روز دوشنبه عمر خالد روزنامه‌نگار را بازداشت کرد.",
        "پلیس تهران روز یکشنبه دو نفر را بازداشت کرد.",
    ],
)
def test_police_before_a_big_city_is_that_citys_police(text: str) -> None:
    police = text.split()[0] + " " + text.split()[1]
    assert (police, "organization") in mentions(text, "fa")


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("وزیر کشور رضا نوری گفت.", ["رضا نوری"]),
        ("وزیر خارجه علی رضایی روز دوشنبه به مسکو رفت.", ["علی رضایی"]),
    ],
)
def test_the_ministry_after_a_ministers_title_is_no_organisation(
    text: str, people: list[str]
) -> None:
    # before: "کشور" and "خارجه" were organisations
    found = mentions(text, "fa")
    assert [name for name, kind in found if kind == "person"] == people
    assert not [name for name, kind in found if kind == "organization"]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("وقالت الصحيفة إن الوزير فادي قاسم استقال.", "فادي قاسم"),
        ("وقالت الصحيفة إن النائب سمير قاسم استقال.", "سمير قاسم"),
        ("افتتح الوزير فادي قاسم جسرا جديدا في حمص.", "فادي قاسم"),
        ("افتتح الرئيس سمير قاسم جسرا في حمص.", "سمير قاسم"),
    ],
)
def test_a_person_ends_before_the_verb_or_the_object(text: str, person: str) -> None:
    # before: "فادي قاسم استقال", "سمير قاسم جسرا"
    assert [name for name, kind in mentions(text, "ar") if kind == "person"] == [person]


@pytest.mark.parametrize(
    "text",
    [
        "وقالت الشرطة إن جماعة مسلحة هاجمت القرية.",
        "ووصفه بأنه فريق خطير هجوميا.",
        "وقع الانفجار أمام مبنى محكمة المدينة.",
    ],
)
def test_an_adjective_or_a_common_noun_after_a_head_is_no_name(text: str) -> None:
    assert mentions(text, "ar") == []


def test_a_team_after_a_players_role_stays_an_organisation() -> None:
    # only a minister's title takes a portfolio
    found = mentions("وأنقذ حارس العربي أحمد خليل مرماه من هدف محقق.", "ar")
    assert found == [("العربي", "organization"), ("أحمد خليل", "person")]
