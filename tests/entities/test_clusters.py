"""Word clusters (newstrace.entities.clusters): lookup keys and the shipped tables.

The tables are committed artefacts (training/clusters/build.py), so these tests need no
shared data. A group of words a reader knows to be used alike (month names, neighbouring
countries, common first names) must hold together at some level of the hierarchy; words of
different kinds must not share the finest cluster.
"""

from __future__ import annotations

import pytest

from newstrace.entities import clusters


def _ids(words: list[str], language: str) -> list[tuple[int, ...]]:
    table = clusters.load(language)
    assert table is not None, f"no cluster table for {language}"
    found = [table.get(clusters.key(word, language)) for word in words]
    missing = [w for w, ids in zip(words, found, strict=True) if ids is None]
    assert not missing, f"not in the {language} table: {missing}"
    return [ids for ids in found if ids is not None]


def _share(words: list[str], language: str, level: int, at_least: float = 1.0) -> bool:
    """Whether at least ``at_least`` of ``words`` share the most common id at ``level``."""
    column = [ids[level] for ids in _ids(words, language)]
    most = max(column.count(i) for i in set(column))
    return most >= at_least * len(column)


def test_key_folds_like_the_ner_features() -> None:
    assert clusters.key("Washington", "en") == "washington"
    assert clusters.key("1987", "en") == "0000"
    assert clusters.key("José", "es") == "josé"
    # Arabic: letter variants folded, article and proclitics stripped.
    assert clusters.key("وبالقاهرة", "ar") == clusters.key("القاهرة", "ar") == "قاهره"
    assert clusters.key("أحمد", "ar") == clusters.key("احمد", "ar")
    # Persian yeh/kaf and the zero-width non-joiner.
    assert clusters.key("می‌شود", "fa") == clusters.key("ميشود", "fa")


def test_no_table_means_none() -> None:
    assert clusters.load("xx") is None
    assert clusters.granularities("xx") == ()


@pytest.mark.parametrize("language", ["en", "ar", "fa", "es"])
def test_tables_load_once_with_nested_paths(language: str) -> None:
    table = clusters.load(language)
    assert table is not None
    assert clusters.load(language) is table  # cached per process
    levels = clusters.granularities(language)
    assert len(levels) == 4 and list(levels) == sorted(levels)
    coarse_of_fine: dict[int, tuple[int, ...]] = {}
    for ids in table.values():
        assert len(ids) == len(levels)
        assert all(0 <= i < n for i, n in zip(ids, levels, strict=True))
        # A Brown-style path: the fine id decides every coarser one.
        assert coarse_of_fine.setdefault(ids[-1], ids[:-1]) == ids[:-1]


ENGLISH_MONTHS = ["january", "february", "march", "april", "june", "july", "august"]
ENGLISH_COUNTRIES = ["France", "Germany", "Italy", "Spain", "Japan", "Brazil", "Egypt"]
ENGLISH_FIRST_NAMES = ["David", "Michael", "Robert", "James", "Richard"]


def test_english_groups_hold_together() -> None:
    assert _share(ENGLISH_MONTHS, "en", level=2)
    assert _share(ENGLISH_COUNTRIES, "en", level=0)
    assert _share(ENGLISH_COUNTRIES, "en", level=1, at_least=0.4)
    assert _share(ENGLISH_FIRST_NAMES, "en", level=3)
    months, countries, names = (
        _ids(ENGLISH_MONTHS[:1], "en")[0],
        _ids(ENGLISH_COUNTRIES[:1], "en")[0],
        _ids(ENGLISH_FIRST_NAMES[:1], "en")[0],
    )
    assert len({months[-1], countries[-1], names[-1]}) == 3


def test_arabic_groups_hold_together() -> None:
    months = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "سبتمبر", "أكتوبر"]
    assert _share(months, "ar", level=2)
    assert _share(["مصر", "الأردن", "الكويت", "قطر", "البحرين"], "ar", level=3)
    assert _share(["محمد", "أحمد", "عبدالله", "خالد", "إبراهيم"], "ar", level=2)
    # With or without the article, a city is looked up under one key.
    assert _ids(["الرياض"], "ar") == _ids(["بالرياض"], "ar")


def test_persian_groups_hold_together() -> None:
    months = ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور"]
    assert _share(months, "fa", level=3)
    assert _share(["فرانسه", "آلمان", "ایتالیا", "ژاپن", "چین", "روسیه"], "fa", level=2)
    assert _share(["محمد", "حسین", "حسن", "رضا"], "fa", level=3)


def test_spanish_table_from_little_text_still_groups_months() -> None:
    # 0.4M words only (no unlabelled Spanish news): coarser levels still hold months.
    assert _share(["enero", "febrero", "marzo", "abril"], "es", level=1)
