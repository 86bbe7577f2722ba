"""Roots, counts, statuses and responses through the whole pipeline (issue 13, "Origins are
sources, not words"), on short fictional articles in every language with a pack.

The happening is always the arrest of the journalist Omar Khaled on Monday; the outlets,
people and organisations are made up."""

from __future__ import annotations

import pytest

import newstrace
from newstrace.models import Event, RawArticle

PUBLISHED = "2025-06-12"  # a Thursday: "Monday" is 2025-06-09


def raw(number: int, language: str, text: str, **fields: str) -> RawArticle:
    return RawArticle(
        text=text, path=f"{number}-{language}.txt", language_hint=language,
        outlet=fields.get("outlet", f"Site {number}"), url=fields.get("url"),
        published=fields.get("published", PUBLISHED),
    )  # fmt: skip


def arrests(analysis: newstrace.Analysis) -> list[Event]:
    return [e for e in analysis.events if e.type == "arrest"]


def the_arrest(analysis: newstrace.Analysis) -> Event:
    """The event that most articles report."""
    return max(arrests(analysis), key=lambda e: len(e.articles))


def names(analysis: newstrace.Analysis) -> dict[str, str]:
    return {e.id: e.name for e in analysis.entities}


def root_names(analysis: newstrace.Analysis, event: Event) -> set[str]:
    known = names(analysis)
    return {known[r.entity] if r.entity else r.name or "" for r in event.roots}


# ---------------------------------------------------------------------------- one body


POLICE_SAID = [
    raw(0, "en", "Police in Cairo arrested the journalist Omar Khaled on Monday, police said."),
    raw(1, "fr", "La police a arrêté lundi au Caire le journaliste Omar Khaled, a indiqué la "
                 "police."),
    raw(2, "es", "La policía detuvo el lunes en El Cairo al periodista Omar Khaled, informó la "
                 "policía."),
    raw(3, "ar", "اعتقلت الشرطة المصرية الصحفي عمر خالد في القاهرة يوم الاثنين، بحسب ما قالت "
                 "الشرطة."),
]  # fmt: skip


def test_police_said_in_outlets_of_four_languages_is_one_root() -> None:
    # before: "police" had no entity, so no report rested on anything (unattributed)
    analysis = newstrace.analyze(POLICE_SAID)
    event = the_arrest(analysis)
    assert len(event.articles) == 4
    assert event.independent_sources == 1 and event.status == "single-source"
    (root,) = event.roots
    assert (root.entity, root.kind, root.name) == (None, "party", "police")
    assert len({r.article for r in root.reports}) == 4
    assert event.origins == []  # origins are entity ids; the body is named in the root


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Die Polizei hat am Montag in Kairo den Journalisten Omar Khaled festgenommen. "
               "Der 34-Jährige sei am Montagabend in seiner Wohnung festgenommen worden, sagte "
               "ein Sprecher der Polizei."),
        ("fa", "پلیس قاهره روز دوشنبه عمر خالد روزنامه‌نگار را بازداشت کرد. پلیس این خبر را "
               "اعلام کرد."),
    ],
    ids=["de", "fa"],
)  # fmt: skip
def test_the_police_speaking_in_the_next_sentence_is_the_source(language: str, text: str) -> None:
    event = the_arrest(newstrace.analyze([raw(0, language, text)]))
    assert event.independent_sources == 1 and event.status == "single-source"
    assert event.roots[0].kind == "party"


def test_a_source_in_the_next_sentence_that_restates_the_report() -> None:
    # the lead says what happened; the next sentence gives who says so, with the same age and
    # day: the report rests on the police (before: unattributed)
    articles = [
        raw(0, "en", "Police arrested the journalist Omar Khaled in Cairo on Monday.\n\nPolice "
                     "said Khaled, 34, was taken from his home on Monday night.\n\nKhaled writes "
                     "for an independent news site."),
        raw(1, "fr", "La police a arrêté lundi au Caire le journaliste Omar Khaled. Khaled, 34 "
                     "ans, a été interpellé chez lui lundi soir, a indiqué la police."),
    ]  # fmt: skip
    event = the_arrest(newstrace.analyze(articles))
    assert event.independent_sources == 1
    assert root_names(newstrace.analyze(articles), event) == {"police"}
    assert {e.basis for e in event.evidence} <= {"cites", "copy"}


def test_a_reaction_in_the_next_sentence_is_no_source() -> None:
    text = (
        "Police arrested the journalist Omar Khaled in Cairo on Monday.\n\n"
        "Amnesty International condemned the arrest of Omar Khaled as an outrage."
    )
    event = the_arrest(newstrace.analyze([raw(0, "en", text)]))
    assert event.independent_sources == 0 and event.status == "unattributed"


# ------------------------------------------------------------------------ spokespeople


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Police arrested the journalist Omar Khaled in Cairo on Monday, said Ahmed Fathy, "
               "a spokesman for the Interior Ministry."),
        ("de", "Die Polizei hat am Montag in Kairo den Journalisten Omar Khaled festgenommen, "
               "sagte Ahmed Fathy, ein Sprecher des Innenministeriums."),
        ("fr", "La police a arrêté lundi au Caire le journaliste Omar Khaled, a déclaré Ahmed "
               "Fathy, porte-parole du ministère de l'Intérieur."),
        ("es", "La policía detuvo el lunes en El Cairo al periodista Omar Khaled, dijo Ahmed "
               "Fathy, portavoz del Ministerio del Interior."),
        ("ar", "قال المتحدث باسم وزارة الداخلية أحمد فتحي إن الشرطة اعتقلت الصحفي عمر خالد في "
               "القاهرة يوم الاثنين."),
        ("fa", "سخنگوی وزارت کشور مصر گفت پلیس روز دوشنبه عمر خالد روزنامه‌نگار را در قاهره "
               "بازداشت کرد."),
    ],
    ids=["en", "de", "fr", "es", "ar", "fa"],
)  # fmt: skip
def test_a_spokesman_stands_for_his_organisation(language: str, text: str) -> None:
    # before (de, fr, ar): the root was the spokesman himself
    analysis = newstrace.analyze([raw(0, language, text)])
    event = the_arrest(analysis)
    assert event.independent_sources == 1
    (root,) = event.roots
    assert root.kind == "party"
    found = root_names(analysis, event)
    assert not found & {"Ahmed Fathy", "أحمد فتحي"}, found
    assert found <= {"ministry", "Interior Ministry", "Ministerio del Interior", "وزارت کشور مصر"}


# ------------------------------------------------------------- words that are nobody


GENERIC = [
    raw(0, "en", "Police arrested the journalist Omar Khaled in Cairo on Monday, officials "
                 "said.\n\nEgyptian activists condemned the arrest.",
        outlet="Cedar Times", url="https://cedartimes.example/a"),
    raw(1, "de", "Die Polizei hat am Montag in Kairo den Journalisten Omar Khaled festgenommen, "
                 "sagten Beamte.", outlet="Rhein Kurier", url="https://rheinkurier.example/a"),
    raw(2, "fr", "La police a arrêté lundi au Caire le journaliste Omar Khaled, selon des "
                 "responsables.", outlet="Le Matin", url="https://lematin.example/a"),
    raw(3, "es", "La policía detuvo el lunes en El Cairo al periodista Omar Khaled, según "
                 "fuentes.", outlet="El Diario", url="https://eldiario.example/a"),
    raw(4, "ar", "اعتقلت الشرطة المصرية الصحفي عمر خالد في القاهرة يوم الاثنين، وفق مصادر.",
        outlet="النهار", url="https://annahar.example/a"),
    raw(5, "fa", "به گفته منابع، پلیس قاهره روز دوشنبه عمر خالد روزنامه‌نگار را بازداشت کرد.",
        outlet="روزنامه نمونه", url="https://nemouneh.example/a"),
]  # fmt: skip


def test_unnamed_plurals_and_the_outlets_themselves_are_never_origins() -> None:
    # "officials said", "sagten Beamte", "selon des responsables", "según fuentes", "وفق
    # مصادر", "به گفته منابع": nobody counted, no outlet carrying them; before, each stood for
    # its own outlet: six "independent" sources
    analysis = newstrace.analyze(GENERIC)
    for event in arrests(analysis):
        assert event.independent_sources == 0, event.roots
        assert event.status == "unattributed"
        assert event.origins == [] and event.roots == []


def test_a_nationality_word_is_no_source_but_its_state_speaking_is() -> None:
    analysis = newstrace.analyze(
        [
            raw(0, "en", "Police arrested the journalist Omar Khaled in Cairo on Monday, the "
                         "Egyptian government said."),
            raw(1, "en", "The journalist Omar Khaled was arrested in Cairo on Monday, Egypt's "
                         "government said."),
            raw(2, "en", "Omar Khaled was arrested in Cairo on Monday. Canadian Prime Minister "
                         "Mark Doyle said he was shocked by the arrest of Omar Khaled."),
        ]
    )  # fmt: skip
    event = the_arrest(analysis)
    # "the Egyptian government" and "Egypt's government" are one root, the state; the
    # Canadian reaction is none, and "Canadian" never is
    assert event.independent_sources == 1 and event.status == "single-source"
    assert root_names(analysis, event) <= {"Egypt", "Egyptian"}
    assert "Canadian" not in {names(analysis).get(o) for o in event.origins}


# --------------------------------------------------------------- exclusives and status


EXCLUSIVE = [
    raw(0, "en", "Syrian authorities arrested the journalist Omar Khaled in Damascus on Monday, "
                 "Levant Wire has learned.\n\nKhaled writes for an independent news site.",
        outlet="Levant Wire", url="https://levantwire.example/x", published="2025-06-10"),
    raw(1, "ar", "اعتقلت السلطات السورية الصحفي عمر خالد في دمشق يوم الاثنين، بحسب ما أفادت "
                 "ليفانت واير."),
    raw(2, "fa", "به گزارش لوانت وایر، مقامات سوریه روز دوشنبه عمر خالد روزنامه‌نگار را در دمشق "
                 "بازداشت کردند."),
    raw(3, "de", "Die syrischen Behörden haben am Montag in Damaskus den Journalisten Omar "
                 "Khaled festgenommen, wie Levant Wire berichtete."),
    raw(4, "es", "Las autoridades sirias detuvieron el lunes en Damasco al periodista Omar "
                 "Khaled."),
    raw(5, "fr", "Les autorités syriennes ont arrêté lundi à Damas le journaliste Omar Khaled, "
                 "selon Levant Wire."),
]  # fmt: skip


def test_an_exclusive_echoed_in_six_languages_is_single_source() -> None:
    analysis = newstrace.analyze(EXCLUSIVE)
    known = names(analysis)
    event = the_arrest(analysis)
    assert len(event.articles) >= 4
    assert event.independent_sources == 1 and event.status == "single-source"
    for each in arrests(analysis):  # a report the merge left apart rests on it too
        assert {known[o] for o in each.origins} <= {"Levant Wire"}
        assert each.status in ("single-source", "unattributed")


def test_two_outlets_with_their_own_named_sources_are_corroborated() -> None:
    analysis = newstrace.analyze(
        [
            raw(0, "fr", "La police a arrêté lundi au Caire le journaliste Omar Khaled, a "
                         "déclaré son avocat Samir Adel."),
            raw(1, "es", "La policía detuvo el lunes en El Cairo al periodista Omar Khaled, "
                         "según Amnistía Internacional."),
        ]
    )  # fmt: skip
    event = the_arrest(analysis)
    assert event.independent_sources == 2 and event.status == "corroborated"
    assert root_names(analysis, event) == {"Samir Adel", "Amnistía Internacional"}


def test_an_official_contradiction_is_a_dispute_with_the_party_s_statement() -> None:
    analysis = newstrace.analyze(
        [
            raw(0, "en", "Police arrested the journalist Omar Khaled in Cairo on Monday, his "
                         "lawyer Samir Adel said."),
            raw(1, "de", "Der Journalist Omar Khaled wurde am Montag in Kairo nicht "
                         "festgenommen, sagte das Innenministerium.", published="2025-06-13"),
            raw(2, "fr", "Le journaliste Omar Khaled n'a pas été arrêté lundi au Caire, a "
                         "affirmé le ministère de l'Intérieur.", published="2025-06-13"),
        ]
    )  # fmt: skip
    event = the_arrest(analysis)
    known = names(analysis)
    assert event.status == "disputed"
    assert event.independent_sources == 1 and root_names(analysis, event) == {"Samir Adel"}
    denied = [r for r in event.responses if r.stance == "denied"]
    assert denied and known[denied[0].entity or ""] in (
        "Innenministerium",
        "ministère de l'Intérieur",
    )


def test_five_outlets_quoting_one_refusal_give_one_response_with_five_evidence_items() -> None:
    leads = (
        "Police arrested the journalist Omar Khaled in Cairo on Monday, his lawyer Samir Adel "
        "said.",
        "The journalist Omar Khaled was arrested in Cairo on Monday, Amnesty International said.",
        "Omar Khaled, a journalist, was arrested in Cairo on Monday, his colleague Mona Zaki said.",
        "Egyptian police arrested the journalist Omar Khaled in Cairo on Monday, Reporters "
        "Without Borders said.",
        "Police in Cairo arrested the journalist Omar Khaled on Monday, his brother Karim "
        "Khaled said.",
    )
    analysis = newstrace.analyze(
        [raw(n, "en", f"{lead}\n\nThe Interior Ministry declined to comment.")
         for n, lead in enumerate(leads)]
    )  # fmt: skip
    event = the_arrest(analysis)
    (response,) = event.responses
    assert response.stance == "declined" and names(analysis)[response.entity or ""] == (
        "Interior Ministry"
    )
    assert len({e.article for e in response.evidence}) == 5


def test_a_nationality_s_police_are_the_police_not_the_state() -> None:
    # "the Egyptian police" and "police" in another outlet: one root, the police (before: the
    # first was the word "Egyptian")
    analysis = newstrace.analyze(
        [
            raw(0, "en", "The journalist Omar Khaled was arrested in Cairo on Monday, the "
                         "Egyptian police said."),
            raw(1, "en", "Police in Cairo arrested the journalist Omar Khaled on Monday, "
                         "police said."),
        ]
    )  # fmt: skip
    event = the_arrest(analysis)
    assert event.independent_sources == 1 and root_names(analysis, event) == {"police"}


def test_a_government_spokesman_and_the_government_are_one_state() -> None:
    # before: "government spokesman" was an organisation of its own, a second root
    analysis = newstrace.analyze(
        [
            raw(0, "en", "Police arrested the journalist Omar Khaled in Cairo on Monday, "
                         "Egypt's government said."),
            raw(1, "en", "The journalist Omar Khaled was arrested in Cairo on Monday, a "
                         "government spokesman said."),
        ]
    )  # fmt: skip
    event = the_arrest(analysis)
    assert event.independent_sources == 1 and root_names(analysis, event) == {"Egypt"}
