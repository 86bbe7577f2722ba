"""The events stage: types, actors, targets, places and dates of what the sentences tell.

Every fixture here is fictional and runs through the whole per-article pipeline (language,
sentences, dates, entities, claims) before ``find_events``; the names were picked so that the
NER models find them, and the assertions are about the events rules.
"""

from __future__ import annotations

import re
from functools import cache

import pytest

from newstrace.events import EVENT_TYPES, compatible, compatible_types, find_events
from newstrace.ingest import read_inputs
from newstrace.lang import LANGUAGES, get
from newstrace.models import Article, EventMention, RawArticle
from newstrace.pipeline import process_article

from ..conftest import ROOT

PUBLISHED = "2025-06-12"  # a Thursday: "on Tuesday" is 2025-06-10
PLOVER = {
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
}


@cache
def article(text: str, language: str, title: str | None = None) -> Article:
    found = process_article(
        RawArticle(
            text=text, path="fixture", published=PUBLISHED, language_hint=language, title=title
        )
    )
    assert isinstance(found, Article), found
    return found


def events(text: str, language: str, title: str | None = None) -> list[EventMention]:
    return find_events(article(text, language, title))


def names(text: str, language: str, locals_: list[int]) -> set[str]:
    """Every mention text of the given article-local entities."""
    found = article(text, language)
    return {m.text for m in found.mentions if m.local in locals_}


def only(found: list[EventMention], type_: str) -> EventMention:
    matching = [e for e in found if e.type == type_]
    assert len(matching) == 1, found
    return matching[0]


# --------------------------------------------------------------------------------------------
# English.

LEAD = (
    "AMMAN — Karim Haddad, deputy minister at Jordan's Ministry of Water, resigned on Tuesday "
    "after a dispute over a dam contract, Levant Wire reported."
)


def test_resignation_on_tuesday_is_dated_from_the_sentence() -> None:
    event = only(events(LEAD, "en"), "resign")
    assert "Karim Haddad" in names(LEAD, "en", event.actors)
    assert event.trigger.text == "resigned"
    assert LEAD[event.trigger.start : event.trigger.end] == "resigned"
    assert (event.date, event.date_source, event.date_text) == ("2025-06-10", "sentence", "Tuesday")
    assert event.not_after is None
    assert not event.negated and not event.hedged


def test_a_possessor_place_is_no_event_place_the_dateline_is() -> None:
    event = only(events(LEAD, "en"), "resign")
    # Not "Jordan" (of the ministry's name); "AMMAN", the dateline, places the lead's event
    # when the lead names no place of its own (tests/events/test_dateline_places.py).
    assert names(LEAD, "en", event.places) == {"AMMAN"}


@pytest.mark.parametrize(
    "text",
    [
        "Levant Wire reported that Karim Haddad resigned.",
        "According to Levant Wire, Karim Haddad resigned.",
        LEAD,
    ],
)
def test_the_source_that_reports_is_not_the_actor(text: str) -> None:
    event = only(events(text, "en"), "resign")
    assert "Karim Haddad" in names(text, "en", event.actors)
    assert "Levant Wire" not in names(text, "en", event.actors)


def test_background_event_keeps_its_past_year() -> None:
    text = "In 1998 the former minister Samir Qasem resigned over a similar tender."
    event = only(events(text, "en"), "resign")
    assert names(text, "en", event.actors) == {"Samir Qasem"}
    assert (event.date, event.date_source) == ("1998", "sentence")


CAPTIONED = (
    "Karim Haddad left the building without comment.\n\n"
    "Photo: Protesters in Amman, March 3, 2019 (archive). Protesters gathered outside the "
    "ministry."
)


def test_a_caption_yields_no_event_and_dates_nothing() -> None:
    found = events(CAPTIONED, "en")
    caption = next(s for s in article(CAPTIONED, "en").sentences if s.text.startswith("Photo"))
    assert caption.kind == "other"
    assert all(e.sentence != caption.index for e in found)
    protest = only(found, "protest")
    assert protest.date is None and protest.date_source == "published"
    assert protest.not_after == PUBLISHED
    assert all(e.date is None or not e.date.startswith("2019") for e in found)
    assert protest.places == []  # the caption's Amman frames the photo only


def test_negated_event_is_kept_and_marked() -> None:
    text = "Omar Khatib did not resign, his office said."
    event = only(events(text, "en"), "resign")
    assert event.negated
    assert names(text, "en", event.actors) == {"Omar Khatib"}


def test_threatened_resignation_is_a_threat_not_a_resignation() -> None:
    text = "Nadia Sweis threatened to resign."
    found = events(text, "en")
    assert [e.type for e in found] == ["threaten"]
    # "threatened" is also the attribution verb: its source is the actor here.
    assert names(text, "en", found[0].actors) == {"Nadia Sweis"}


@pytest.mark.parametrize(
    "text",
    [
        "Haddad may resign next month.",
        "Protesters called for his resignation.",
        "If Haddad resigns, the tender will be reopened.",
        "Until a successor is named, his portfolio will be handled by the secretary-general.",
        "The elections next year will be close.",
    ],
)
def test_modal_wished_conditional_and_future_events_are_not_told(text: str) -> None:
    assert [e for e in events(text, "en") if e.type in ("resign", "appoint", "elect")] == []


def test_arrest_has_a_target_and_a_place() -> None:
    text = "Police in Zarqa arrested the journalist Rami Saleh on Monday."
    event = only(events(text, "en"), "arrest")
    assert names(text, "en", event.targets) == {"Rami Saleh"}
    assert event.actors == []
    assert names(text, "en", event.places) == {"Zarqa"}
    assert event.date == "2025-06-09"


def test_passive_arrest_makes_the_subject_the_target() -> None:
    text = "Rami Saleh was arrested in Zarqa on Monday."
    event = only(events(text, "en"), "arrest")
    assert names(text, "en", event.targets) == {"Rami Saleh"}
    assert event.actors == []


def test_meeting_has_actor_target_place_and_date() -> None:
    text = "Foreign Minister Ayman Safadi met Hakan Fidan in Ankara on Monday."
    event = only(events(text, "en"), "meet")
    assert names(text, "en", event.actors) == {"Ayman Safadi"}
    assert names(text, "en", event.targets) == {"Hakan Fidan"}
    assert names(text, "en", event.places) == {"Ankara"}
    assert (event.date, event.date_source) == ("2025-06-09", "sentence")


def test_paragraph_date_governs_the_next_sentence_only_in_its_paragraph() -> None:
    text = (
        "On Wednesday, thousands of teachers marched in Irbid. The protest ended peacefully.\n\n"
        "Another protest was held near the city hall."
    )
    found = [e for e in events(text, "en") if e.type == "protest"]
    assert [(e.sentence, e.date, e.date_source) for e in found] == [
        (0, "2025-06-11", "sentence"),
        (1, "2025-06-11", "paragraph"),
        (2, None, "published"),
    ]
    assert found[0].date_text == "Wednesday" and found[1].date_text == "Wednesday"
    assert found[2].not_after == PUBLISHED


def test_a_bare_year_dates_only_its_own_sentence() -> None:
    text = "The council has met every month since 2006. The agreement was criticised."
    event = only(events(text, "en"), "agree")
    assert (event.date, event.date_source) == (None, "published")


def test_a_date_after_publication_is_not_the_event_date() -> None:
    text = "Nadia Sweis resigned on June 20."
    event = only(events(text, "en"), "resign")
    assert (event.date, event.date_source, event.not_after) == (None, "published", PUBLISHED)


@pytest.mark.parametrize(
    ("text", "types"),
    [
        ("Dock workers at the Aqaba terminal went on strike.", ["strike"]),
        ("About 300 workers joined the strike over night-shift pay.", ["strike"]),
        ("An air strike killed three fighters near Idlib.", ["attack", "kill"]),
        ("The two sides struck a deal on the border crossing.", ["agree"]),
        ("He said the plan would strike a balance.", []),
    ],
)
def test_strike_is_told_apart_by_its_context(text: str, types: list[str]) -> None:
    assert [e.type for e in events(text, "en")] == types


@pytest.mark.parametrize(
    "text",
    [
        "Saleh protested his innocence in court.",
        "The minister suffered a heart attack.",
        "The court issued an arrest warrant.",
        "Washington lifted sanctions on the company.",
        "The hospital was named after a poet.",
    ],
)
def test_blocked_phrases_tell_no_event(text: str) -> None:
    # No ontology event; a one-sentence article still leads with a generic happening.
    assert [e for e in events(text, "en") if e.type != "happening"] == []


def test_states_act_in_argument_position_and_stay_places_in_adjuncts() -> None:
    text = "The United States imposed sanctions on Iran last week."
    event = only(events(text, "en"), "sanction")
    assert names(text, "en", event.actors) == {"United States"}
    assert names(text, "en", event.targets) == {"Iran"}
    assert event.places == []
    meeting = "Ayman Safadi and Hakan Fidan met in Amman on Monday."
    met = only(events(meeting, "en"), "meet")
    assert names(meeting, "en", met.actors) == {"Ayman Safadi", "Hakan Fidan"}
    assert names(meeting, "en", met.places) == {"Amman"}


def test_forced_resignation_happened_and_has_no_passive() -> None:
    text = "Karim Haddad was forced to resign in 2019."
    event = only(events(text, "en"), "resign")
    assert names(text, "en", event.actors) == {"Karim Haddad"}
    assert event.date == "2019"


def test_a_noun_echoing_the_verb_of_its_sentence_is_one_event() -> None:
    text = (
        "Karim Haddad stepped down on Tuesday, according to Levant Wire, the agency that first "
        "reported the resignation."
    )
    assert [e.trigger.text for e in events(text, "en")] == ["stepped down"]


def test_possessor_of_an_event_noun_is_its_actor() -> None:
    text = "Karim Haddad's resignation surprised colleagues."
    event = only(events(text, "en"), "resign")
    assert names(text, "en", event.actors) == {"Karim Haddad"}


def test_hedged_sentence_marks_the_event() -> None:
    text = "About 300 workers reportedly joined the strike at the port."
    assert only(events(text, "en"), "strike").hedged


def test_headline_event_is_kept_only_when_the_body_does_not_tell_it() -> None:
    title = "Minister Samir Qasem resigns"
    told = events(f"{title}\n\nSamir Qasem resigned on Tuesday.", "en", title)
    assert [(e.sentence, e.type) for e in told] == [(1, "resign")]
    title = "Police arrest Rami Saleh in Zarqa"
    untold = events(f"{title}\n\nSamir Qasem resigned on Tuesday.", "en", title)
    assert [(e.sentence, e.type) for e in untold] == [(0, "arrest"), (1, "resign")]
    assert untold[0].date_source == "published"


def test_one_mention_per_sentence_type_and_trigger() -> None:
    text = f"{LEAD}\n\n{CAPTIONED}\n\nAn air strike killed three fighters near Idlib."
    found = events(text, "en")
    keys = [(e.sentence, e.type, e.trigger.start, e.trigger.end) for e in found]
    assert len(keys) == len(set(keys))
    for event in found:
        assert text[event.trigger.start : event.trigger.end] == event.trigger.text


def test_find_events_is_pure() -> None:
    found = article(LEAD, "en")
    before = (list(found.events), len(found.mentions), [s.kind for s in found.sentences])
    assert find_events(found) == find_events(found)
    assert (list(found.events), len(found.mentions), [s.kind for s in found.sentences]) == before


def test_the_bundled_origin_article() -> None:
    [raw] = [r for r in read_inputs([str(ROOT / "examples" / "levant-wire-resignation.md")])]
    assert isinstance(raw, RawArticle)
    found = process_article(raw)
    assert isinstance(found, Article)
    resign = [e for e in find_events(found) if e.type == "resign"]
    assert resign and all(e.date == "2025-06-10" for e in resign)
    haddad = {m.local for m in found.mentions if "Haddad" in m.text}
    assert all(set(e.actors) & haddad for e in resign)
    caption = next(s.index for s in found.sentences if s.text.startswith("Photo"))
    assert all(e.sentence != caption for e in find_events(found))


# --------------------------------------------------------------------------------------------
# Arabic.


def test_protest_in_arabic() -> None:
    text = "تظاهر آلاف الأشخاص في عمّان يوم الجمعة احتجاجا على ارتفاع الأسعار."
    event = only(events(text, "ar"), "protest")
    assert event.trigger.text == "تظاهر"
    assert names(text, "ar", event.places) == {"عمّان"}
    assert (event.date, event.date_source) == ("2025-06-06", "sentence")


def test_arabic_verb_first_actor_and_date() -> None:
    text = "استقال الوزير سمير قاسم يوم الثلاثاء."
    event = only(events(text, "ar"), "resign")
    assert names(text, "ar", event.actors) == {"سمير قاسم"}
    assert event.date == "2025-06-10"


def test_arabic_arrest_target_and_negation() -> None:
    text = "اعتقلت الشرطة الصحفي رامي صالح في الزرقاء. لم يستقل الوزير عمر الخطيب."
    found = events(text, "ar")
    assert names(text, "ar", only(found, "arrest").targets) == {"رامي صالح"}
    resign = only(found, "resign")
    assert resign.negated and names(text, "ar", resign.actors) == {"عمر الخطيب"}


def test_arabic_source_is_not_the_actor() -> None:
    text = "وقالت وكالة ليفانت واير إن الوزير سمير قاسم استقال."
    event = only(events(text, "ar"), "resign")
    assert names(text, "ar", event.actors) == {"سمير قاسم"}


def test_arabic_threat_and_demand_are_not_resignations() -> None:
    text = "هدد الوزير عمر الخطيب بالاستقالة. طالب المحتجون باستقالة الوزير سمير قاسم."
    found = events(text, "ar")
    assert "resign" not in {e.type for e in found}
    assert names(text, "ar", only(found, "threaten").actors) == {"عمر الخطيب"}


# --------------------------------------------------------------------------------------------
# Persian.


def test_meeting_in_persian() -> None:
    text = "مهدی کرمانی روز دوشنبه در تهران با ولادیمیر سوکولوف دیدار کرد."
    event = only(events(text, "fa"), "meet")
    assert event.trigger.text == "دیدار کرد"
    assert names(text, "fa", event.actors) == {"مهدی کرمانی"}
    assert names(text, "fa", event.targets) == {"ولادیمیر سوکولوف"}
    assert names(text, "fa", event.places) == {"تهران"}
    assert (event.date, event.date_source) == ("2025-06-09", "sentence")


def test_persian_light_verbs_give_voice_and_negation() -> None:
    text = (
        "رضا محمدی روز یکشنبه در اصفهان بازداشت شد. کریم حداد استعفا نداد. "
        "کارگران تهدید به اعتصاب کردند."
    )
    found = events(text, "fa")
    arrest = only(found, "arrest")
    assert names(text, "fa", arrest.targets) == {"رضا محمدی"} and arrest.actors == []
    resign = only(found, "resign")
    assert resign.negated and names(text, "fa", resign.actors) == {"کریم حداد"}
    assert "strike" not in {e.type for e in found}  # only threatened


def test_persian_source_is_not_the_actor() -> None:
    text = "به گزارش لوانت وایر، علی رضایی از سمت خود استعفا کرد."
    event = only(events(text, "fa"), "resign")
    assert names(text, "fa", event.actors) == {"علی رضایی"}


# --------------------------------------------------------------------------------------------
# German, Spanish, French.


def test_german_separable_verb() -> None:
    text = "Der Minister Karl Berger trat am Dienstag in Berlin zurück."
    event = only(events(text, "de"), "resign")
    assert event.trigger.text == "trat am Dienstag in Berlin zurück"
    assert names(text, "de", event.actors) == {"Karl Berger"}
    assert names(text, "de", event.places) == {"Berlin"}
    assert (event.date, event.date_source) == ("2025-06-10", "sentence")


def test_german_inversion_negation_and_called_strike() -> None:
    text = (
        "Am Montag trat die Ministerin Anna Schulz nicht zurück. "
        "Die Gewerkschaft Verdi rief zum Streik auf. "
        "Die Polizei nahm den Aktivisten Jonas Weber in Köln fest."
    )
    found = events(text, "de")
    resign = only(found, "resign")
    assert resign.negated and names(text, "de", resign.actors) == {"Anna Schulz"}
    assert "strike" not in {e.type for e in found}
    arrest = only(found, "arrest")
    assert names(text, "de", arrest.actors) == {"Polizei"}
    assert any("Jonas Weber" in n for n in names(text, "de", arrest.targets))


def test_german_protest_noun_compound() -> None:
    text = (
        "In Hamburg haben am Samstag mehrere Tausend Menschen gegen steigende Mieten demonstriert."
    )
    event = only(events(text, "de"), "protest")
    assert names(text, "de", event.places) == {"Hamburg"}
    assert event.date == "2025-06-07"
    compound = "Der Mietenprotest begann am Mittag."
    assert only(events(compound, "de"), "protest").trigger.text == "Mietenprotest"


def test_spanish_resignation_strike_and_source() -> None:
    text = (
        "El ministro Julián Torres dimitió el martes en Madrid. "
        "Miles de trabajadores se declararon en huelga en Sevilla. "
        "Según Crónica Oriente, el ministro Julián Torres no dimitió."
    )
    found = events(text, "es")
    first, last = [e for e in found if e.type == "resign"]
    assert names(text, "es", first.actors) == {"Julián Torres"}
    assert (first.date, names(text, "es", first.places)) == ("2025-06-10", {"Madrid"})
    assert only(found, "strike").trigger.text == "se declararon en huelga"
    assert last.negated and "Crónica Oriente" not in names(text, "es", last.actors)


@pytest.mark.parametrize(
    ("language", "text", "target"),
    [
        ("es", "El periodista Andrés Gómez fue detenido el lunes en Valencia.", "Andrés Gómez"),
        ("fr", "Le journaliste Paul Martin a été arrêté lundi à Lille.", "Paul Martin"),
        ("de", "Der Aktivist Jonas Weber wurde am Montag in Köln festgenommen.", "Jonas Weber"),
    ],
)
def test_passive_arrests_in_spanish_french_german(language: str, text: str, target: str) -> None:
    event = only(events(text, language), "arrest")
    assert event.actors == []
    assert any(target in n for n in names(text, language, event.targets))
    assert event.date == "2025-06-09"


def test_meetings_with_a_party_in_spanish_and_french() -> None:
    spanish = "El ministro Julián Torres se reunió con Marta Ruiz en Madrid el lunes."
    met = only(events(spanish, "es"), "meet")
    assert names(spanish, "es", met.actors) == {"Julián Torres"}
    assert names(spanish, "es", met.targets) == {"Marta Ruiz"}
    french = "Pierre Lambert s'est entretenu avec Marie Dubois à Paris lundi."
    met = only(events(french, "fr"), "meet")
    assert names(french, "fr", met.targets) == {"Marie Dubois"}
    assert names(french, "fr", met.places) == {"Paris"}


def test_french_resignation_strike_negation_and_called_strike() -> None:
    text = (
        "Le ministre Pierre Lambert a démissionné mardi à Lyon. "
        "Des milliers de cheminots ont fait grève à Marseille. "
        "Selon Le Courrier, Marie Dubois n'a pas démissionné. "
        "Les syndicats appellent à la grève."
    )
    found = events(text, "fr")
    first, last = [e for e in found if e.type == "resign"]
    assert names(text, "fr", first.actors) == {"Pierre Lambert"}
    assert first.date == "2025-06-10"
    assert [e.sentence for e in found if e.type == "strike"] == [1]
    assert last.negated and names(text, "fr", last.actors) == {"Marie Dubois"}


# --------------------------------------------------------------------------------------------
# Ontology, lexicons and docs.


def test_ontology_ids_plover_and_compatibility() -> None:
    required = {
        "defect",
        "resign",
        "flee",
        "protest",
        "strike",
        "arrest",
        "attack",
        "kill",
        "threaten",
        "sanction",
        "meet",
        "negotiate",
        "accuse",
        "deny",
        "appoint",
        "dismiss",
        "elect",
        "vote",
        "agree",
        "sign",
    }
    assert required <= set(EVENT_TYPES)
    for type_id, etype in EVENT_TYPES.items():
        assert re.fullmatch(r"[a-z]+(?:_[a-z]+)*", type_id) and etype.id == type_id
        assert etype.plover is None or etype.plover in PLOVER
        assert etype.description
        assert all(
            compatible(type_id, other) == compatible(other, type_id) for other in EVENT_TYPES
        )
    assert compatible("attack", "kill") and compatible("meet", "negotiate")
    assert compatible_types("deny") == {"deny"}
    assert not compatible("threaten", "attack") and not compatible("arrest", "attack")


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_has_triggers_for_every_type(language: str) -> None:
    lex = get(language).events
    assert lex is not None and lex.language == language
    covered = {t for t, listed in (*lex.verbs.items(), *lex.nouns.items()) if listed}
    assert covered == {t for t, etype in EVENT_TYPES.items() if not etype.generic}


def test_docs_describe_every_type() -> None:
    doc = (ROOT / "docs" / "events.md").read_text(encoding="utf-8")
    for type_id, etype in EVENT_TYPES.items():
        row = re.search(rf"^\| `{type_id}` \| ([A-Z]+|none) \|", doc, re.M)
        assert row, type_id
        assert row.group(1) == (etype.plover or "none")


def test_unsupported_language_has_no_events() -> None:
    found = article("Il ministro si è dimesso martedì.", "it")
    assert find_events(found) == []
