"""A party cited by a description of its kind, not by its name ("the bank said", "la
compañía informó", "الشركة قالت") is the organisation of the happening (issue 13): a wire
story resting on it has that organisation as its root, not the agency. An expert's word
("X, an analyst at Y, said") founds no root. Fictional articles; the firms and people are
made up."""

from __future__ import annotations

import pytest

import newstrace
from newstrace.models import Event, RawArticle
from newstrace.provenance.origins import Context, _broken_name, _kind_head

PUBLISHED = "2025-06-12"


def raw(language: str, text: str, n: int = 0) -> RawArticle:
    return RawArticle(
        text=text, path=f"{n}-{language}.txt", language_hint=language, outlet=f"Site {n}",
        published=PUBLISHED,
    )  # fmt: skip


def names(analysis: newstrace.Analysis, event: Event) -> set[str]:
    known = {e.id: e.name for e in analysis.entities}
    return {known[r.entity] if r.entity else r.name or "" for r in event.roots}


def the_dismissal(analysis: newstrace.Analysis) -> Event:
    # the Spanish pack tells "despidió" as the lead's generic happening
    (event,) = [e for e in analysis.events if e.type in ("dismiss", "happening")]
    return event


# a wire story: the firm dismissed its chief, and "the bank/company" says why
DESCRIBED = {
    "en": "LONDON (AP) — Veltora Group fired its chief executive Omar Khaled on Monday. The "
          "London bank said in a statement that Khaled had broken its rules.",
    "es": "MADRID (AP) — La Fundación Veltora despidió el lunes a su director Omar Khaled. La "
          "organización informó en un comunicado que Khaled había violado sus normas.",
    "fr": "PARIS (AFP) — La Fondation Veltora a limogé lundi son directeur Omar Khaled. "
          "L'organisation a indiqué dans un communiqué que Khaled avait enfreint ses règles.",
    "de": "BERLIN (dpa) — Die Veltora AG hat am Montag ihren Vorstandschef Omar Khaled "
          "entlassen. Das Unternehmen erklärte, Khaled habe gegen die Regeln verstoßen.",
}  # fmt: skip


@pytest.mark.parametrize("language", list(DESCRIBED))
def test_a_description_of_the_firm_is_the_firm(language: str) -> None:
    # before: "the bank" named nobody, so the wire story rested on the agency
    analysis = newstrace.analyze([raw(language, DESCRIBED[language])])
    event = the_dismissal(analysis)
    firms = {e.name for e in analysis.entities if e.type == "organization"}
    assert len(firms) == 1 and names(analysis, event) == firms
    assert event.independent_sources == 1


# the Arabic and Persian name finders find no fictional firm's name: the description is
# checked at the word level there
HEADS = {
    "en": (("the New York bank", "bank"), ("The company", "company"), ("a bank", None),
           ("Many big international companies", None)),
    "es": (("la compañía aérea", "compañía"), ("El banco madrileño", "banco"), ("un banco", None)),
    "fr": (("la compagnie aérienne", "compagnie"), ("La banque", "banque"), ("une banque", None)),
    "de": (("Das Berliner Unternehmen", "unternehmen"), ("die Fluggesellschaft",
           "fluggesellschaft"), ("ein Unternehmen", None)),
    "ar": (("الشركة", "الشركة"), ("المصرف", "المصرف")),
    "fa": (("این شرکت", "شرکت"), ("بانک", "بانک")),
}  # fmt: skip


@pytest.mark.parametrize("language", list(HEADS))
def test_a_definite_description_of_an_organisation_kind(language: str) -> None:
    for text, head in HEADS[language]:
        assert _kind_head(text, language) == head, text


# the resignation told by an expert, not by a party: no source of it
EXPERT = {
    "en": "Samir Adel, an expert at the Cedar Institute, said Interior Minister Karim Nassar "
          "resigned on Monday.",
    "fr": "Le ministre de l'Intérieur Karim Nassar a démissionné lundi, a déclaré Samir Adel, "
          "expert à l'Institut Cedar.",
    "es": "El ministro del Interior, Karim Nassar, dimitió el lunes, dijo Samir Adel, experto "
          "del Instituto Cedar.",
    "de": "Innenminister Karim Nassar ist am Montag zurückgetreten, sagte Samir Adel, Experte "
          "am Cedar-Institut.",
    "ar": "استقال وزير الداخلية كريم نصار يوم الاثنين، بحسب سمير عادل، خبير في معهد الأرز.",
    "fa": "سمیر عادل، کارشناس موسسه سرو، گفت که کریم نصار وزیر کشور روز دوشنبه استعفا داد.",
}  # fmt: skip


@pytest.mark.parametrize("language", list(EXPERT))
def test_an_expert_is_no_source_of_the_happening(language: str) -> None:
    analysis = newstrace.analyze([raw(language, EXPERT[language])])
    (event,) = [e for e in analysis.events if e.type == "resign"]
    assert event.independent_sources == 0 and event.status == "unattributed"


# a broadcast transcript: the host's and the correspondent's labels are no sources
TRANSCRIPT = {
    "en": "Interior Minister Karim Nassar resigned on Monday.\n\nSAMIR ADEL, HOST: Interior "
          "Minister Karim Nassar resigned on Monday. What do we know?\n\nLINA HADDAD: Karim "
          "Nassar resigned on Monday after ten years in the post.",
}  # fmt: skip


@pytest.mark.parametrize("language", list(TRANSCRIPT))
def test_a_transcript_speaker_label_is_no_source(language: str) -> None:
    analysis = newstrace.analyze([raw(language, TRANSCRIPT[language])])
    (event,) = [e for e in analysis.events if e.type == "resign"]
    known = {e.id: e.name for e in analysis.entities}
    assert not {known.get(r.entity or "", "") for r in event.roots} & {"SAMIR ADEL", "LINA HADDAD"}


# the expert is introduced once; his later "he said" about the happening is opinion too
EXPERT_LATER = {
    "en": "Samir Adel, an expert at the Cedar Institute, said the government was weak. "
          "Interior Minister Karim Nassar resigned on Monday, he said.",
}  # fmt: skip


@pytest.mark.parametrize("language", list(EXPERT_LATER))
def test_an_expert_introduced_earlier_is_no_source(language: str) -> None:
    analysis = newstrace.analyze([raw(language, EXPERT_LATER[language])])
    (event,) = [e for e in analysis.events if e.type == "resign"]
    assert event.independent_sources == 0 and event.status == "unattributed"


# "airline spokesman X": the spokesman speaks for the airline of the happening
SPOKESMAN = {
    "en": "Veltora Group fired its chief executive Omar Khaled on Monday, bank spokesman Samir "
          "Adel said.",
    "fr": "La Fondation Veltora a limogé lundi son directeur Omar Khaled, a indiqué un "
          "porte-parole de l'organisation.",
}  # fmt: skip


@pytest.mark.parametrize("language", list(SPOKESMAN))
def test_a_spokesman_of_a_kind_speaks_for_the_firm(language: str) -> None:
    analysis = newstrace.analyze([raw(language, SPOKESMAN[language])])
    event = the_dismissal(analysis)
    firms = {e.name for e in analysis.entities if e.type == "organization"}
    assert len(firms) == 1 and names(analysis, event) == firms


# a headline fragment or a product name typed as a person is no party; names with particles
# are people
BROKEN = {
    "en": (("Lumo Vision Core for Lumo", True), ("Edward Said", False), ("Omar Khaled", False)),
    "de": (("Lumo Kamera für Lumo", True), ("Ursula von der Leyen", False)),
    "es": (("Lumo Visión para Lumo", True), ("Luis de Guindos", False)),
    "fr": (("Lumo Vision pour Lumo", True), ("Jean de La Fontaine", False)),
}  # fmt: skip


@pytest.mark.parametrize("language", list(BROKEN))
def test_a_person_named_with_a_function_word_is_no_party(language: str) -> None:
    for name, broken in BROKEN[language]:
        context = Context(
            articles={}, outlet_of={}, anonymous=set(), reuse={}, kinds={"e1": "person"},
            entity_names={"e1": name},
        )  # fmt: skip
        assert _broken_name("e1", context, language) is broken, name


# a criticism of the happening is an opinion, no source of it
CRITICISM = {
    "en": "Interior Minister Karim Nassar resigned on Monday, and was wrong to go, Samir Adel "
          "criticized.",
    "de": "Innenminister Karim Nassar ist am Montag zurückgetreten, kritisierte Samir Adel.",
    "fr": "Le ministre de l'Intérieur Karim Nassar a démissionné lundi, a critiqué Samir Adel.",
    "es": "El ministro del Interior, Karim Nassar, dimitió el lunes, criticó Samir Adel.",
}  # fmt: skip


@pytest.mark.parametrize("language", list(CRITICISM))
def test_a_criticism_is_no_source_of_the_happening(language: str) -> None:
    analysis = newstrace.analyze([raw(language, CRITICISM[language])])
    (event,) = [e for e in analysis.events if e.type == "resign"]
    assert event.independent_sources == 0 and event.status == "unattributed"
