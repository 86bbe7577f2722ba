"""The article's lead (issue 13, "One happening, one event"): the first body sentence tells
the main happening. An ontology event there is marked ``lead``; a lead that tells none gives
one generic ``happening`` at its main predicate, with the subject's names, the clause's
places and its date. Headings and captions never lead. Fictional articles, en/ar/fa/de/es/fr.
"""

from __future__ import annotations

import pytest

from newstrace.events import EVENT_TYPES, lead_compatible
from newstrace.models import EventMention

from .test_extraction import article, events, names

# One out-of-ontology lead per language: who opened or launched what, where, "on Tuesday"
# (2025-06-10, published Thursday 2025-06-12), then a second sentence that is no lead.
HAPPENINGS = [
    (
        "en",
        "Karim Haddad opened a new bridge in Amman on Tuesday. Traffic was light.",
        "opened",
        {"Karim Haddad"},
        {"Amman"},
    ),
    (
        "ar",
        "افتتح الوزير سمير قاسم جسرا جديدا في عمّان يوم الثلاثاء. وكانت الحركة خفيفة.",
        "افتتح",
        {"سمير قاسم"},
        {"عمّان"},
    ),
    (
        "fa",
        "مهدی کرمانی روز سه‌شنبه در تهران یک پل جدید را افتتاح کرد. ترافیک سبک بود.",
        "افتتاح کرد",
        {"مهدی کرمانی"},
        {"تهران"},
    ),
    (
        "de",
        "Der Minister Karl Berger hat am Dienstag in Berlin eine neue Brücke eröffnet. "
        "Der Verkehr war ruhig.",
        "eröffnet",
        {"Karl Berger"},
        {"Berlin"},
    ),
    (
        "es",
        "El ministro Pedro Ruiz inauguró el martes un puente nuevo en Madrid. "
        "El tráfico era escaso.",
        "inauguró",
        {"Pedro Ruiz"},
        {"Madrid"},
    ),
    (
        "fr",
        "Le ministre Paul Martin a inauguré mardi un nouveau pont à Lyon. "
        "La circulation était fluide.",
        "inauguré",
        {"Paul Martin"},
        {"Lyon"},
    ),
]


def _leads(found: list[EventMention]) -> list[EventMention]:
    return [e for e in found if e.lead]


@pytest.mark.parametrize(("language", "text", "trigger", "actors", "places"), HAPPENINGS)
def test_an_out_of_ontology_lead_is_one_happening_with_actor_place_and_date(
    language: str, text: str, trigger: str, actors: set[str], places: set[str]
) -> None:
    found = events(text, language)
    (lead,) = _leads(found)
    assert lead.type == "happening" and lead.sentence == 0
    assert lead.trigger.text == trigger
    assert names(text, language, lead.actors) == actors
    assert names(text, language, lead.places) == places
    assert (lead.date, lead.date_source) == ("2025-06-10", "sentence")
    assert [e for e in found if e.type == "happening"] == [lead]  # the second sentence: none


def test_the_generic_type_is_in_the_ontology_without_triggers() -> None:
    happening = EVENT_TYPES["happening"]
    assert happening.generic and happening.plover is None
    assert lead_compatible("happening", "kill") and lead_compatible("attack", "kill")
    assert not lead_compatible("happening", "deny") and not lead_compatible("arrest", "attack")


LEAD_EVENTS = [
    ("en", "At least seven people were killed when a tram derailed in Croydon on Tuesday."),
    ("ar", "قتل سبعة أشخاص في عمّان يوم الثلاثاء."),
    ("de", "Sieben Menschen wurden am Dienstag in Köln getötet."),
    ("es", "Unos hombres armados mataron a siete soldados el martes en Madrid."),
    ("fr", "Sept soldats ont été tués mardi à Lyon."),
    ("fa", "هفت نفر روز سه‌شنبه در تهران کشته شدند."),
]


@pytest.mark.parametrize(("language", "text"), LEAD_EVENTS)
def test_an_ontology_event_of_the_lead_clause_is_the_lead(language: str, text: str) -> None:
    found = events(text, language)
    (lead,) = _leads(found)
    assert lead.type == "kill" and lead.sentence == 0
    assert not any(e.type == "happening" for e in found)


def test_an_attributed_lead_is_read_in_its_content() -> None:
    text = "Authorities say two subway trains have collided in Amman, injuring one worker."
    (lead,) = _leads(events(text, "en"))
    assert lead.type == "happening" and lead.trigger.text == "collided"


def test_a_lead_in_a_subordinate_clause_is_not_the_lead_event() -> None:
    # "signed" tells an older event in a clause of its own: the lead is the main predicate
    text = "Karim Haddad opened a dam in Amman on Tuesday, after the treaty signed in 2019."
    found = events(text, "en")
    (lead,) = _leads(found)
    assert lead.type == "happening" and lead.trigger.text == "opened"


HEADED = [
    ("en", "Bridge opened in Amman", "Karim Haddad opened a new bridge in Amman on Tuesday."),
    (
        "de",
        "Neue Brücke in Berlin",
        "Der Minister Karl Berger hat am Dienstag in Berlin eine neue Brücke eröffnet.",
    ),
]


@pytest.mark.parametrize(("language", "title", "body"), HEADED)
def test_a_heading_or_a_caption_is_never_the_lead(language: str, title: str, body: str) -> None:
    caption = "Photo: Karim Haddad opened a school in Zarqa in 2019."
    text = f"# {title}\n\n{caption}\n\n{body}"
    found = article(text, language)
    (lead,) = _leads(events(text, language))
    sentence = found.sentences[lead.sentence]
    assert sentence.text.startswith(body[:12])


def test_page_furniture_and_unfinished_lines_do_not_lead() -> None:
    text = (
        "Scroll down for video\n\n"
        "Karim Haddad opened a new bridge in Amman on Tuesday.\n\n"
        "Nadia Sweis visited the site later."
    )
    found = article(text, "en")
    (lead,) = _leads(events(text, "en"))
    assert found.sentences[lead.sentence].text.startswith("Karim Haddad opened")


def test_a_plan_or_a_denial_leads_with_no_happening() -> None:
    assert not _leads(events("Karim Haddad will open a new bridge in Amman next week.", "en"))
    found = events("Karim Haddad did not resign on Tuesday.", "en")
    assert [e.type for e in found] == ["resign"] and found[0].negated and not found[0].lead


def test_only_one_lead_per_article() -> None:
    text = (
        "Karim Haddad opened a new bridge in Amman on Tuesday.\n\n"
        "Nadia Sweis opened a school in Zarqa on Wednesday."
    )
    found = events(text, "en")
    assert len(_leads(found)) == 1 and [e.type for e in found] == ["happening"]


STATEMENTS = [
    ("en", "Uma Thurman has accused the producer Harvey Weinstein of assaulting her in a hotel."),
    ("fr", "Le ministre Paul Martin a accusé la société de fraude mardi à Lyon."),
]


@pytest.mark.parametrize(("language", "text"), STATEMENTS)
def test_a_lead_whose_speech_verb_is_an_event_leads_with_that_statement(
    language: str, text: str
) -> None:
    (lead,) = _leads(events(text, language))
    assert lead.type == "accuse"


FRONTED = [
    ("en", "After the storm passed, Karim Haddad opened a shelter in Amman on Tuesday.", "opened"),
    ("ar", "في خطوة مفاجئة، افتتح الوزير سمير قاسم جسرا في عمّان يوم الثلاثاء.", "افتتح"),
    ("es", "Tras la tormenta, el ministro Pedro Ruiz inauguró un refugio en Madrid.", "inauguró"),
]


@pytest.mark.parametrize(("language", "text", "trigger"), FRONTED)
def test_a_fronted_clause_or_phrase_is_skipped_to_the_predicate(
    language: str, text: str, trigger: str
) -> None:
    (lead,) = _leads(events(text, language))
    assert lead.type == "happening" and lead.trigger.text == trigger


@pytest.mark.parametrize(
    "text",
    [
        "کریم حداد روز سه‌شنبه در تهران حضور نداشت.",  # negated
        "مهدی کرمانی فردا در تهران سخنرانی خواهد کرد.",  # to come
        "مهدی کرمانی در تهران و",  # no verb closes it (and no sentence end)
    ],
)
def test_a_persian_lead_needs_a_clause_final_verb_told_as_done(text: str) -> None:
    assert not _leads(events(text, "fa"))


# An undated lead, its day in the next sentence of its paragraph ("on Tuesday", 2025-06-10).
DATED_AHEAD = [
    ("en", "Karim Haddad opened a new bridge in Amman.", "The ceremony was held on Tuesday."),
    ("ar", "افتتح الوزير سمير قاسم جسرا جديدا في عمّان.", "وجرى الحفل يوم الثلاثاء."),
    ("fa", "مهدی کرمانی در تهران یک پل جدید را افتتاح کرد.", "مراسم روز سه‌شنبه برگزار شد."),
    (
        "de",
        "Der Minister Karl Berger hat in Berlin eine neue Brücke eröffnet.",
        "Die Feier fand am Dienstag statt.",
    ),
    (
        "es",
        "El ministro Pedro Ruiz inauguró un puente nuevo en Madrid.",
        "La ceremonia fue el martes.",
    ),
    (
        "fr",
        "Le ministre Paul Martin a inauguré un nouveau pont à Lyon.",
        "La cérémonie a eu lieu mardi.",
    ),
]


@pytest.mark.parametrize(("language", "lead_text", "after"), DATED_AHEAD)
def test_an_undated_lead_takes_the_day_of_its_next_sentence(
    language: str, lead_text: str, after: str
) -> None:
    (lead,) = _leads(events(f"{lead_text} {after}", language))
    assert (lead.date, lead.date_source) == ("2025-06-10", "paragraph")


@pytest.mark.parametrize(("language", "lead_text", "after"), DATED_AHEAD)
def test_a_day_in_the_next_paragraph_does_not_date_the_lead(
    language: str, lead_text: str, after: str
) -> None:
    (lead,) = _leads(events(f"{lead_text}\n\n{after}", language))
    assert lead.date is None and lead.date_source == "published"


def test_a_coarse_date_in_the_next_sentence_does_not_date_the_lead() -> None:
    text = "Karim Haddad opened a new bridge in Amman. Work on it began last month."
    (lead,) = _leads(events(text, "en"))
    assert lead.date is None
