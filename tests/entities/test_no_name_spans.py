"""Spans that are no names (issue 12, round 3): site interface and credit phrases, editors'
sign-off initials, titles alone or a role phrase without its name, a lone initial, a common
word that only opens a sentence, an acronym of a common noun. Fixture text is fictional.
"""

from __future__ import annotations

import pytest

from newstrace.entities import mend
from newstrace.entities.ner import Span


def _span(text: str, name: str, label: str = "organization") -> Span:
    start = text.index(name)
    return Span(start, start + len(name), label, name)


def _kept(text: str, name: str, language: str = "en", label: str = "organization") -> bool:
    return mend.keep(text, _span(text, name, label), language) is not None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "MQ/MG All Content by Varnia Press Service is licensed under a free licence.",
            "All Content",
        ),
        (
            "Rally in Orvel 2:03 Replay More Videos ... MUST WATCH Rally in Orvel",
            "Replay More Videos",
        ),
        ("Copyright 2019 The Orvel Courier. Click here for reprint permission.", "Click"),
        ("Get the Monitor Stories you care about delivered to your inbox.", "Monitor Stories"),
    ],
)
def test_interface_and_credit_phrases_are_no_names(text: str, name: str) -> None:
    assert not _kept(text, name)


def test_the_name_a_credit_line_gives_stays() -> None:
    text = "All Content by Varnia Press Service is licensed under a free licence."
    assert _kept(text, "Varnia Press Service")


@pytest.mark.parametrize(
    ("text", "name", "kept"),
    [
        ("The port reopened on Monday, he added. MH/PA", "PA", False),
        ("The port reopened on Monday, he added. AFM/MQ/MG All Content by X", "MQ", False),
        ("A January CNN/ORC survey showed a small lead.", "CNN", True),
        ("A Wall Street Journal/NBC poll found the same.", "NBC", True),
    ],
)
def test_sign_off_initials_are_no_names(text: str, name: str, kept: bool) -> None:
    assert _kept(text, name) is kept


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        ("en", "Rep. Dale Orvin of Varnia said the vote would pass.", "Rep."),
        ("en", "House Speaker Dale Orvin said the vote would pass.", "House Speaker"),
        (
            "en",
            "Varnian Defense Minister Dale Orvin arrived on Monday.",
            "Varnian Defense Minister",
        ),
        ("en", "The senator, Dale Orvin (R., Varnia), spoke first.", "R."),
        ("en", "The MP said the bill would pass.", "MP"),
        ("fr", "Le ministre Paul Orvin est arrivé lundi.", "ministre"),
        ("es", "El portavoz dijo que la ley pasará.", "portavoz"),
        ("de", "Der Minister sagte, das Gesetz komme.", "Minister"),
    ],
)
def test_titles_without_a_name_are_no_names(language: str, text: str, name: str) -> None:
    assert not _kept(text, name, language)


def test_a_body_named_with_a_linking_word_keeps_its_title_word() -> None:
    text = "The Department of Justice opened an inquiry."
    assert _kept(text, "Department of Justice")


def _dropped(texts: list[str], names: list[list[str]], language: str = "en") -> list[list[str]]:
    spans = [[_span(t, n) for n in ns] for t, ns in zip(texts, names, strict=True)]
    kept = mend.drop_common(texts, spans, language)
    return [[s.text for s in k] for k in kept]


def test_a_common_word_opening_a_sentence_is_no_name() -> None:
    texts = ["Analysts expect a slow year.", "Ultimately the plan failed."]
    assert _dropped(texts, [["Analysts"], ["Ultimately"]]) == [[], []]


def test_an_opening_surname_the_article_names_in_full_stays() -> None:
    texts = ["Eric Holder met the envoy.", "Holder said the talks went well."]
    assert _dropped(texts, [["Eric Holder"], ["Holder"]]) == [["Eric Holder"], ["Holder"]]


def test_an_opening_word_capitalised_inside_a_sentence_stays() -> None:
    texts = ["Congress met on Monday.", "The vote in Congress was close."]
    assert _dropped(texts, [["Congress"], ["Congress"]]) == [["Congress"], ["Congress"]]


@pytest.mark.parametrize(
    ("language", "text", "acronym"),
    [
        ("en", "Over 300 small and medium-sized enterprises (SMEs) export tea. SMEs grow.", "SMEs"),
        ("fr", "Les petites et moyennes entreprises (PME) exportent du thé. PME", "PME"),
    ],
)
def test_an_acronym_of_a_common_noun_is_no_name(language: str, text: str, acronym: str) -> None:
    spans = [[Span(m, m + len(acronym), "organization", acronym)
              for m in [text.index(acronym), text.rindex(acronym)]]]  # fmt: skip
    assert mend.drop_common([text], spans, language) == [[]]


def test_a_party_and_state_tag_is_no_name() -> None:
    text = "Senator Dale Orvin (R-TX) voted against it."
    assert not _kept(text, "R-TX")


@pytest.mark.parametrize(
    ("language", "text", "name", "cut"),
    [
        ("en", "The Senator of Varnia spoke first.", "Senator of", None),
        ("en", "They revived the Charter of the Orvel League.", "Charter of the", "Charter"),
        ("es", "El Consejo de Orvel se reunió.", "Consejo de", "Consejo"),
        ("fr", "Le Conseil de Orvel a voté.", "Conseil de", "Conseil"),
    ],
)
def test_no_linking_word_ends_a_name(language: str, text: str, name: str, cut: str | None) -> None:
    kept = mend.keep(text, _span(text, name), language)
    assert (kept.text if kept else None) == cut


@pytest.mark.parametrize(
    ("text", "person", "name"),
    [
        ("Orvel County Supervisor Jeff Stone said no.", "Orvel County Supervisor Jeff Stone",
         "Jeff Stone"),
        ("Leader Ayatollah Ali Varnavi spoke on Friday.", "Ayatollah Ali Varnavi", "Ali Varnavi"),
    ],
)  # fmt: skip
def test_a_role_phrase_before_a_person_is_cut(text: str, person: str, name: str) -> None:
    found = mend.mend(text, [_span(text, person, "person")], "en")
    assert name in [s.text for s in found] and person not in [s.text for s in found]


# -- coordinated names ------------------------------------------------------------------------


def _coordinated(text: str, pieces: list[tuple[str, str]], language: str = "en") -> list[str]:
    spans = [_span(text, name, label) for name, label in pieces]
    return [s.text for s in mend.coordinated(text, spans, language)]


@pytest.mark.parametrize(
    ("language", "text", "pieces", "whole"),
    [
        ("en", "Experts of the Varnia Heritage, Crafts and Tourism Organization came.",
         ["Varnia Heritage", "Tourism Organization"],
         "Varnia Heritage, Crafts and Tourism Organization"),
        ("en", "A revised Orvel and Border Guard (OBG) directive was issued.",
         ["Orvel", "Border Guard"], "Orvel and Border Guard"),
        ("en", "Funds for the Centers for Harbour Safety and Prevention were cut.",
         ["Harbour Safety and Prevention"], "Centers for Harbour Safety and Prevention"),
        ("es", "El Ministerio de Industria, Comercio y Turismo de Varnia habló.",
         ["Ministerio de Industria", "Comercio", "Turismo de Varnia"],
         "Ministerio de Industria, Comercio y Turismo de Varnia"),
    ],
)  # fmt: skip
def test_a_coordinated_name_is_one_name(
    language: str, text: str, pieces: list[str], whole: str
) -> None:
    found = _coordinated(text, [(p, "organization") for p in pieces], language)
    assert found == [whole]


@pytest.mark.parametrize(
    "text",
    [
        "Envoys of Varnia, Orvel and Brennock met on Monday.",
        "The FBI and Department of Justice reviewed the memo.",
        "The White House and State Department disagreed.",
    ],
)
def test_a_list_of_names_stays_a_list(text: str) -> None:
    names = [n for n in ("Varnia", "Orvel", "Brennock", "FBI", "Department of Justice",
                         "White House", "State Department") if n in text]  # fmt: skip
    assert _coordinated(text, [(n, "organization") for n in names]) == names


def test_an_opening_body_name_stays() -> None:
    texts = ["Congress passed the bill on Monday.", "It now goes to the president."]
    assert _dropped(texts, [["Congress"], []]) == [["Congress"], []]
