"""Events: an anchor event dated from its main clause ("named Sweis on Friday, three days
after Haddad stepped down" puts the resignation on Tuesday).

Every fixture is fictional and runs through the whole per-article pipeline (published
Thursday 2025-06-12, so "Wednesday" is 2025-06-11). Each case failed before the rule; the
last ones guard what it must leave alone."""

from __future__ import annotations

import pytest

from newstrace.events import find_events
from newstrace.models import Article, RawArticle
from newstrace.pipeline import process_article
from tests.events.test_extraction import PUBLISHED, events, names, only


@pytest.mark.parametrize(
    ("language", "text", "expected", "date_text"),
    [
        (
            "en",
            "Jordan's Ministry of Water on Wednesday named Nadia Sweis as acting deputy "
            "minister, three days after Karim Haddad stepped down.",
            "2025-06-08",
            "three days after Karim Haddad stepped down",
        ),
        (
            "en",
            "Three days after Karim Haddad resigned, the ministry named Nadia Sweis as acting "
            "deputy minister on Wednesday.",
            "2025-06-08",
            "Three days after Karim Haddad resigned",
        ),
        (
            "ar",
            "اعتقلت الشرطة الصحفي رامي صالح يوم الأربعاء بعد يومين من استقالة الوزير عمر الخطيب.",
            "2025-06-09",
            "بعد يومين من استقالة",
        ),
        (
            "fa",
            "وزارت آب روز چهارشنبه نادیا سویس را به عنوان معاون وزیر منصوب کرد، سه روز پس از "
            "استعفای کریم حداد.",
            "2025-06-08",
            "سه روز پس از استعفای",
        ),
        (
            "de",
            "Das Ministerium ernannte am Mittwoch Nadia Sweis zur Staatssekretärin, drei Tage "
            "nach dem Rücktritt von Karl Berger.",
            "2025-06-08",
            "drei Tage nach dem Rücktritt",
        ),
        (
            "es",
            "El ministerio nombró el miércoles a Nadia Sweis viceministra, tres días después de "
            "la dimisión de Julián Torres.",
            "2025-06-08",
            "tres días después de la dimisión",
        ),
        (
            "fr",
            "Le ministère a nommé mercredi Nadia Sweis vice-ministre, trois jours après la "
            "démission de Pierre Lambert.",
            "2025-06-08",
            "trois jours après la démission",
        ),
    ],
)
def test_the_anchor_event_is_dated_back_from_the_main_clause(
    language: str, text: str, expected: str, date_text: str
) -> None:
    resign = only(events(text, language), "resign")
    assert (resign.date, resign.date_source, resign.date_text) == (expected, "sentence", date_text)
    assert resign.not_after is None


def test_before_dates_the_anchor_forward() -> None:
    text = "Police arrested Rami Saleh on Monday, two days before the protest."
    found = events(text, "en")
    assert only(found, "arrest").date == "2025-06-09"
    assert only(found, "protest").date == "2025-06-11"


@pytest.mark.parametrize(
    ("offset", "expected"),
    [
        ("a month after", "2025-05"),  # months: the words do not say the day
        ("days after", "2025"),  # two to thirteen days before June 11: May or June
    ],
)
def test_the_anchor_keeps_only_the_precision_the_words_carry(offset: str, expected: str) -> None:
    text = f"Police arrested Rami Saleh on Wednesday, {offset} Karim Haddad resigned."
    assert only(events(text, "en"), "resign").date == expected


def test_the_desert_ledger_resignation_is_three_days_before_friday() -> None:
    text = (
        "AMMAN (Desert Ledger) - Jordan's Ministry of Water on Friday named Nadia Sweis, its "
        "director of dam safety, as acting deputy minister, three days after Haddad stepped "
        "down over a dispute about a dam contract."
    )
    article = process_article(
        RawArticle(text=text, path="fixture", published="2025-06-13", language_hint="en")
    )
    assert isinstance(article, Article)
    found = find_events(article)
    assert only(found, "appoint").date == "2025-06-13"
    resign = only(found, "resign")
    assert (resign.date, resign.date_source, resign.not_after) == ("2025-06-10", "sentence", None)


def test_the_subject_after_a_clause_opening_after_is_the_actor() -> None:
    text = (
        "Jordan's Ministry of Water on Wednesday named Nadia Sweis as acting deputy minister, "
        "three days after Karim Haddad stepped down."
    )
    assert names(text, "en", only(events(text, "en"), "resign").actors) == {"Karim Haddad"}
    # a possessor after "after" is no subject: Sweis resigned
    text = "After Karim Haddad's dismissal, Nadia Sweis resigned on Tuesday."
    assert names(text, "en", only(events(text, "en"), "resign").actors) == {"Nadia Sweis"}


def test_an_anchor_after_publication_is_a_plan() -> None:
    # Wednesday + two days is Friday, after publication: the summit is planned, not held.
    text = "Karim Haddad resigned on Wednesday, two days before the summit."
    found = events(text, "en")
    assert [e.type for e in found] == ["resign"]
    assert found[0].date == "2025-06-11"


@pytest.mark.parametrize(
    "text",
    [
        # the main clause is itself undated: the publication bound dates nothing
        "Police arrested Rami Saleh three days after Karim Haddad resigned.",
        # the main clause's date is only the paragraph's
        "On Wednesday, teachers marched in Irbid. "
        "Police arrested Rami Saleh three days after Karim Haddad resigned.",
    ],
)
def test_an_anchor_is_not_dated_from_an_undated_main_clause(text: str) -> None:
    resign = only(events(text, "en"), "resign")
    assert (resign.date, resign.date_source, resign.not_after) == (None, "published", PUBLISHED)
