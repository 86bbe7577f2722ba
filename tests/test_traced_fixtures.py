"""Provenance through the whole pipeline, on fictional articles in three languages."""

from __future__ import annotations

import pytest

import newstrace
from newstrace.models import RawArticle

EN = RawArticle(
    text=(
        "Police in Cairo arrested the journalist Omar Khaled on Monday, his lawyer Samir Adel "
        "said.\n\nKhaled writes for an independent news site."
    ),
    path="en.txt", outlet="Cairo Daily", published="2025-06-12", language_hint="en",
    title="Journalist arrested in Cairo",
)  # fmt: skip
DE = RawArticle(
    text=(
        "Die Polizei in Kairo hat am Montag den Journalisten Omar Khaled festgenommen, wie "
        "Amnesty International mitteilte."
    ),
    path="de.txt", outlet="Rhein Kurier", published="2025-06-12", language_hint="de",
    title="Journalist in Kairo festgenommen",
)  # fmt: skip
AR = RawArticle(
    text=(
        "اعتقلت الشرطة المصرية الصحفي عمر خالد في القاهرة يوم الاثنين.\n\n"
        "ونفت وزارة الداخلية اعتقال خالد."
    ),
    path="ar.txt", outlet="النهار", published="2025-06-13", language_hint="ar",
    title="اعتقال صحفي في القاهرة",
)  # fmt: skip


def _arrest(analysis: newstrace.Analysis):
    (event,) = [e for e in analysis.events if e.type == "arrest"]
    return event


@pytest.fixture(scope="module")
def two_sources() -> newstrace.Analysis:
    return newstrace.analyze([EN, DE])


def test_two_outlets_with_their_own_sources_corroborate(two_sources) -> None:
    event = _arrest(two_sources)
    names = {e.id: e.name for e in two_sources.entities}
    assert event.status == "corroborated" and event.independent_sources == 2
    assert {names[o] for o in event.origins} == {"Samir Adel", "Amnesty International"}
    assert event.date.value == "2025-06-09"  # "on Monday" / "am Montag", published Thursday
    assert [names[t] for t in event.targets] == ["Omar Khaled"]
    (story,) = two_sources.stories
    assert story.languages == ["de", "en"]


def test_a_denial_in_another_language_makes_it_denied() -> None:
    analysis = newstrace.analyze([EN, DE, AR])
    event = _arrest(analysis)
    assert len(event.articles) == 3  # the Arabic report is the same arrest
    assert event.status == "denied"
    assert [r.stance for r in event.responses] == ["denied"]
    # the denial is no source for the arrest: still the two independent ones
    assert event.independent_sources == 2
    assert "denial" in {e.basis for e in event.evidence}
