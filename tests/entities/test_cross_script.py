"""Cyrillic and Hebrew names against their Latin forms, and Persian family names that one
form shortens (Kazemi Nejad ~ کاظمی). Every name here is fictional."""

from __future__ import annotations

import pytest

from newstrace.entities.names import blocking_keys, compare_names

SAME = [
    # Cyrillic: romanised, with the y-glides and -iy endings spelt either way
    ("Арсений Воронцов", "Arseny Vorontsov"),
    ("Юлия Ковалёва", "Yulia Kovaleva"),
    ("Наталья Журавлёва", "Natalia Zhuravleva"),
    ("Евгения Щербакова", "Yevgenia Shcherbakova"),
    ("Евгения Щербакова", "Evgenia Shcherbakova"),
    ("Дмитрий Гришаев", "Dmitry Grishayev"),
    ("Константин Грищенко", "Konstantin Grishchenko"),
    # Hebrew: an abjad like Arabic script, with geresh letters and ts/tz
    ("אלון שטרן", "Alon Stern"),
    ("נעמה פרידלר", "Naama Friedler"),
    ("צ׳רלי אבוטבול", "Charlie Abutbul"),
    ("יצחק מלמד", "Yitzhak Melamed"),
    ("חנה גרוניך", "Hana Gronich"),
    ("אבנר בן-צבי", "Avner Ben-Tzvi"),
    ("ג׳קי אזולאי", "Jackie Azoulay"),
]

DIFFERENT = [
    ("Арсений Воронцов", "Arseny Vorobyov"),
    ("Юлия Ковалёва", "Yulia Kovalenko"),
    ("Дмитрий Гришаев", "Dmitry Grishin"),
    ("Наталья Журавлёва", "Natalia Zhuravskaya"),
    ("אלון שטרן", "Alon Sternberg"),
    ("נעמה פרידלר", "Naama Friedman"),
    ("יצחק מלמד", "Yitzhak Meltzer"),
    ("חנה גרוניך", "Dana Gronich"),
]


@pytest.mark.parametrize(("a", "b"), SAME)
def test_cyrillic_and_hebrew_forms_merge_with_a_rule(a: str, b: str) -> None:
    match = compare_names(a, b, "person")
    assert match.relation == "same", match
    assert match.rule in ("cross-script-skeleton", "transliteration")
    assert match.score >= 0.85
    assert blocking_keys(a) & blocking_keys(b)


@pytest.mark.parametrize(("a", "b"), DIFFERENT)
def test_near_names_in_cyrillic_and_hebrew_stay_apart(a: str, b: str) -> None:
    assert compare_names(a, b, "person").relation == "different"


@pytest.mark.parametrize(
    ("short", "full"),
    [("Воронцов", "Arseny Vorontsov"), ("שטרן", "Alon Stern"), ("בן-צבי", "Avner Ben-Tzvi")],
)
def test_surname_alone_is_partial_across_scripts(short: str, full: str) -> None:
    match = compare_names(short, full, "person")
    assert (match.relation, match.rule) == ("partial", "surname-only")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Hamid Reza Kazemi Nejad", "حميد رضا كاظمي"),
        ("Farshid Mousavi Zadeh", "فرشید موسوی"),
        ("Kamran Sadeghi Pour", "کامران صادقی"),
        ("Kamran Sadeghi", "Kamran Sadeghi Pour"),
    ],
)
def test_dropped_family_suffix_is_same_by_rule(a: str, b: str) -> None:
    match = compare_names(a, b, "person")
    assert (match.relation, match.rule) == ("same", "family-suffix-dropped")
    assert 0.85 <= match.score < 1.0


def test_three_part_prefix_is_partial_and_given_names_alone_are_not() -> None:
    prefix = compare_names("Hamid Reza Kazemi", "Hamid Reza Kazemi Tabrizi")
    assert (prefix.relation, prefix.rule) == ("partial", "name-prefix")
    assert compare_names("Hamid Reza", "Hamid Reza Kazemi Nejad").relation == "different"
    other = compare_names("Hamid Reza Kazemi Nejad", "Hamid Reza Kazemi Pour")
    assert other.relation == "different"
