"""Copies and translations found by text reuse (issue 13): a sentence translated from an
earlier article without citing it rests on what the original rests on (through the bilingual
dictionaries, not only the anchors); independent reports of one happening, in two languages
or in one, with the same numbers but their own wording and sources, are not copies; a wire
story rewritten in the wire's language is a copy of it, so the agency stays its origin.

Each article tells Rami Saleh's arrest (fictional) in its first sentence; the originals and
their translations are written for these tests in every language with a pack.
"""

from __future__ import annotations

import pytest

from newstrace.models import (
    Article,
    Attribution,
    Entity,
    EntityMention,
    EventMention,
    Sentence,
    SentenceKey,
    TextSpan,
)
from newstrace.provenance import trace
from newstrace.provenance.copying import (
    SentenceText,
    find_reuse,
    meaning_units,
    translation_share,
)

from ..builders import needs_dictionaries

SALEH, POLICE, NASSER, WIRE, AP = "e_saleh", "e_police", "e_nasser", "e_wire", "e_ap"
ENTITIES = [
    Entity(SALEH, "person", "Rami Saleh"),
    Entity(POLICE, "organization", "Zarqa police"),
    Entity(NASSER, "person", "Leila Nasser"),
    Entity(WIRE, "outlet", "Levant Wire"),
    Entity(AP, "outlet", "Associated Press"),
    *(Entity(f"e_site{n}", "outlet", f"site{n}.example") for n in range(10)),
]

# The original (English) and its translations: same facts, same order, no citation.
ORIGINAL = (
    "Rami Saleh was arrested at his home in Zarqa on Tuesday after police found 40 kilograms"
    " of stolen copper cable in his warehouse."
)
TRANSLATIONS = {
    "fr": "Rami Saleh a été arrêté mardi à son domicile de Zarqa après que la police a trouvé"
    " 40 kilogrammes de câble de cuivre volé dans son entrepôt.",
    "es": "Rami Saleh fue detenido el martes en su casa de Zarqa después de que la policía"
    " encontrara 40 kilogramos de cable de cobre robado en su almacén.",
    "de": "Rami Saleh wurde am Dienstag in seinem Haus in Zarqa festgenommen, nachdem die"
    " Polizei in seinem Lager 40 Kilogramm gestohlenes Kupferkabel gefunden hatte.",
    "ar": "اعتقل رامي صالح في منزله في الزرقاء يوم الثلاثاء بعد أن عثرت الشرطة على 40"
    " كيلوغراما من كابلات النحاس المسروقة في مستودعه.",
    "fa": "رامی صالح روز سه‌شنبه در خانه‌اش در زرقا بازداشت شد، پس از آنکه پلیس ۴۰ کیلوگرم"
    " کابل مسی دزدیده‌شده در انبارش پیدا کرد.",
}
# Independent reports: a neighbour's account of the same arrest with the same figure, in
# the reporter's own words.
INDEPENDENT = {
    "en": "Leila Nasser, a neighbour of the trader, says plain-clothes officers took Rami Saleh"
    " away on Tuesday evening and spoke of 40 kilograms of metal missing from a building site.",
    "fr": "Leila Nasser, voisine du commerçant, raconte que des agents en civil ont emmené"
    " Rami Saleh mardi soir, en évoquant 40 kilogrammes de métal disparu d'un chantier.",
    "es": "Leila Nasser, vecina del comerciante, cuenta que agentes vestidos de civil se"
    " llevaron a Rami Saleh el martes por la noche y hablaron de 40 kilogramos de metal"
    " desaparecido de una obra.",
    "de": "Leila Nasser, eine Nachbarin des Händlers, erzählt, Beamte in Zivil hätten Rami"
    " Saleh am Dienstagabend mitgenommen und von 40 Kilogramm Metall gesprochen, das auf"
    " einer Baustelle fehlte.",
    "ar": "تروي ليلى ناصر، جارة التاجر، أن عناصر بملابس مدنية اقتادوا رامي صالح مساء الثلاثاء"
    " وتحدثوا عن 40 كيلوغراما من المعادن اختفت من ورشة بناء.",
    "fa": "لیلا ناصر، همسایه این بازرگان، می‌گوید مأموران لباس‌شخصی عصر سه‌شنبه رامی صالح را"
    " با خود بردند و از ۴۰ کیلوگرم فلز گم‌شده از یک کارگاه ساختمانی سخن گفتند.",
}
LANGUAGES = sorted(TRANSLATIONS)
# A copy desk's rewrite of the wire story in the wire's language: the same words, reordered
# and re-inflected (few word 5-grams survive, so the shingles alone miss it).
REWRITES = {
    "en": "Police arrested Rami Saleh at his Zarqa home on Tuesday after finding 40 kilograms"
    " of stolen copper cable in his warehouse.",
    "fr": "Mardi, la police a arrêté Rami Saleh à son domicile de Zarqa après avoir trouvé dans"
    " son entrepôt 40 kilogrammes de câble de cuivre volé.",
    "es": "La policía detuvo el martes a Rami Saleh en su casa de Zarqa tras encontrar en su"
    " almacén 40 kilogramos de cable de cobre robado.",
    "de": "Die Polizei hat Rami Saleh am Dienstag in seinem Haus in Zarqa festgenommen, nachdem"
    " sie 40 Kilogramm gestohlenes Kupferkabel in seinem Lager gefunden hatte.",
    "ar": "عثرت الشرطة يوم الثلاثاء على 40 كيلوغراما من كابلات نحاس مسروقة في مستودع رامي صالح،"
    " فاعتقلته في منزله بالزرقاء.",
    "fa": "پلیس پس از پیدا کردن ۴۰ کیلوگرم کابل مسی دزدیده‌شده در انبار رامی صالح، او را روز"
    " سه‌شنبه در خانه‌اش در زرقا بازداشت کرد.",
}
# Each pack's wire credit line (the agency a story in that language is typically from).
CREDITS = {"en": "AMMAN, Jordan (AP) — ", "fr": "AMMAN (AFP) — ", "es": "AMMÁN (EFE) — ",
           "de": "AMMAN (dpa) — ", "ar": "عمان (رويترز) - ", "fa": "امان (رویترز) - "}  # fmt: skip


def article(
    number: int,
    text: str,
    *,
    language: str = "en",
    cites: tuple[str, ...] = (),
    publisher: bool = False,
    published: str = "2025-03-05",
    url: str | None = None,
    outlet: str | None = None,
) -> tuple[Article, dict[int, str]]:
    """One article whose only sentence tells the arrest, citing ``cites`` for it."""
    sentence = Sentence(0, text, 0, len(text))
    for entity in cites:
        sentence.attributions.append(
            Attribution(TextSpan("said", 1, 5), source=TextSpan("x", 0, 1),
                        content=TextSpan("", 0, len(text)), entity=entity, publisher=publisher)
        )  # fmt: skip
    outlet_entity = outlet or f"e_site{number}"
    made = Article(
        id=f"a{number}", path=f"a{number}.txt", url=url or f"https://site{number}.example/a",
        outlet=f"site{number}.example", title=None, published=published, language=language,
        sentences=[sentence], text=text, outlet_entity=outlet_entity,
        mentions=[EntityMention(0, 0, 10, "Rami Saleh", "person", "ner", 0.9, local=0)],
        events=[EventMention(0, "arrest", TextSpan("arrested", 1, 9), targets=[0],
                             date="2025-03-04", date_source="sentence")],
    )  # fmt: skip
    return made, {0: SALEH, -1: outlet_entity}


def run(items: list[tuple[Article, dict[int, str]]]):
    traced = trace([a for a, _ in items], ENTITIES, {a.id: ids for a, ids in items})
    (event,) = traced.events
    reuse = [(r.later.article, r.earlier.article, r.kind) for r in traced.reuse]
    return event, reuse


def bases(event) -> dict[str, str]:
    return {e.article: e.basis for e in event.evidence}


@needs_dictionaries
@pytest.mark.parametrize("language", LANGUAGES)
def test_an_uncited_translation_rests_on_the_original(language: str) -> None:
    items = [
        article(0, f"{ORIGINAL} Levant Wire has learned.", cites=(WIRE,), publisher=True,
                published="2025-03-04"),
        article(1, TRANSLATIONS[language], language=language),
    ]  # fmt: skip
    event, reuse = run(items)
    assert reuse == [("a1", "a0", "translates")]
    assert bases(event) == {"a0": "cites", "a1": "copy"}
    assert event.origins == [WIRE] and event.independent_sources == 1


@needs_dictionaries
@pytest.mark.parametrize("language", LANGUAGES)
def test_an_english_translation_of_an_earlier_article_rests_on_it(language: str) -> None:
    items = [
        article(0, TRANSLATIONS[language], language=language, cites=(WIRE,), publisher=True,
                published="2025-03-04"),
        article(1, ORIGINAL),
    ]  # fmt: skip
    event, reuse = run(items)
    assert reuse == [("a1", "a0", "translates")]
    assert bases(event)["a1"] == "copy" and event.origins == [WIRE]


@needs_dictionaries
def test_between_two_other_languages_the_earliest_article_is_the_original() -> None:
    # French first (citing Levant Wire), then Arabic, then Spanish, none citing: both later
    # ones go back to the French article through the English lemmas of their words
    items = [
        article(0, TRANSLATIONS["es"], language="es", published="2025-03-06"),
        article(1, TRANSLATIONS["fr"], language="fr", cites=(WIRE,), publisher=True,
                published="2025-03-04"),
        article(2, TRANSLATIONS["ar"], language="ar", published="2025-03-05"),
    ]  # fmt: skip
    event, reuse = run(items)
    assert ("a2", "a1", "translates") in reuse and ("a0", "a1", "translates") in reuse
    assert bases(event) == {"a1": "cites", "a2": "copy", "a0": "copy"}
    assert event.origins == [WIRE]


@needs_dictionaries
@pytest.mark.parametrize("language", LANGUAGES)
def test_an_uncited_translation_of_a_wire_story_rests_on_the_agency(language: str) -> None:
    items = [
        article(0, f"AMMAN, Jordan (AP) — {ORIGINAL}", published="2025-03-04"),
        article(1, TRANSLATIONS[language], language=language),
    ]  # fmt: skip
    event, reuse = run(items)
    assert reuse == [("a1", "a0", "translates")]
    assert bases(event) == {"a0": "wire", "a1": "copy"}
    (root,) = event.roots
    assert root.entity == AP and {r.article for r in root.reports} == {"a0", "a1"}


@pytest.mark.parametrize("language", LANGUAGES)
def test_independent_reports_with_the_same_numbers_are_not_translations(language: str) -> None:
    items = [
        article(0, f"{ORIGINAL[:-1]}, police said.", cites=(POLICE,), published="2025-03-04"),
        article(1, INDEPENDENT[language], language=language, cites=(NASSER,)),
    ]  # fmt: skip
    event, reuse = run(items)
    assert reuse == []
    assert bases(event) == {"a0": "cites", "a1": "cites"}
    assert set(event.origins) == {POLICE, NASSER} and event.independent_sources == 2


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_uncited_independent_report_is_not_made_a_copy(language: str) -> None:
    # the same, without the neighbour named as the source: still its own (unattributed)
    # report, not a translation of the police account
    items = [
        article(0, f"{ORIGINAL[:-1]}, police said.", cites=(POLICE,), published="2025-03-04"),
        article(1, INDEPENDENT[language], language=language),
    ]  # fmt: skip
    event, reuse = run(items)
    assert reuse == [] and bases(event)["a1"] == "unattributed"


@needs_dictionaries
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_dictionary_puts_translations_above_independent_wording(language: str) -> None:
    def meaning(text: str, code: str):
        key = SentenceKey("a", 0)
        return meaning_units(SentenceText(key, code, text, (SALEH, "40")))

    original = meaning(ORIGINAL, "en")
    translated = translation_share(original, meaning(TRANSLATIONS[language], language))
    independent = translation_share(original, meaning(INDEPENDENT[language], language))
    assert translated >= 0.55 > 0.4 >= independent


def test_a_verbatim_copy_is_found_by_its_shingles() -> None:
    texts = [SentenceText(SentenceKey(f"a{n}", 0), "en", ORIGINAL, (SALEH, "40")) for n in range(2)]
    (reuse,) = find_reuse(texts, {"a0": 0, "a1": 1})
    assert (reuse.kind, reuse.score) == ("copies", 1.0) and reuse.earlier.article == "a0"


def test_a_language_without_a_dictionary_is_left_to_the_anchors() -> None:
    # Italian has no dictionary: its sentence is not compared word by word (names and
    # numbers alone would make independent reports translations)
    italian = "Rami Saleh è stato arrestato martedì a Zarqa dopo che la polizia ha trovato 40 chili"
    texts = [
        SentenceText(SentenceKey("a0", 0), "en", ORIGINAL, (SALEH, "40")),
        SentenceText(SentenceKey("a1", 0), "it", italian + " di cavi di rame.", (SALEH, "40")),
    ]
    assert find_reuse(texts, {"a0": 0, "a1": 1}) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_another_agency_s_story_is_its_own_report_not_a_translation(language: str) -> None:
    # AP's English story, then Reuters' story in another language saying the same: each
    # agency's own report (two roots), however close the wording
    credit = {"ar": "(رويترز) - ", "fa": "(رويترز) - "}.get(language, "(Reuters) - ")
    items = [
        article(0, f"AMMAN, Jordan (AP) — {ORIGINAL}", published="2025-03-04"),
        article(1, f"{credit}{TRANSLATIONS[language]}", language=language),
    ]  # fmt: skip
    event, reuse = run(items)
    assert reuse == [] and bases(event) == {"a0": "wire", "a1": "wire"}
    assert event.independent_sources == 2 and event.status == "corroborated"


@needs_dictionaries
@pytest.mark.parametrize("language", sorted(REWRITES))
def test_a_rewritten_wire_copy_in_the_same_language_is_a_copy(language: str) -> None:
    original = ORIGINAL if language == "en" else TRANSLATIONS[language]
    items = [
        article(0, CREDITS[language] + original, language=language, published="2025-03-04"),
        article(1, REWRITES[language], language=language),
    ]  # fmt: skip
    event, reuse = run(items)
    assert reuse == [("a1", "a0", "copies")]
    assert bases(event) == {"a0": "wire", "a1": "copy"}
    (root,) = event.roots
    assert root.kind == "wire" and {r.article for r in root.reports} == {"a0", "a1"}


@pytest.mark.parametrize("language", sorted(INDEPENDENT))
def test_independent_reports_in_one_language_are_not_copies(language: str) -> None:
    original = ORIGINAL if language == "en" else TRANSLATIONS[language]
    items = [
        article(0, original, language=language, cites=(POLICE,),
                published="2025-03-04"),
        article(1, INDEPENDENT[language], language=language),
    ]  # fmt: skip
    event, reuse = run(items)
    assert reuse == [] and bases(event) == {"a0": "cites", "a1": "unattributed"}


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_outlet_s_own_reporting_is_not_made_a_translation(language: str) -> None:
    # the same day, the translation happens to be given first: Levant Wire's story, which
    # shows its own reporting ("has learned"), is still its own, not a translation of it
    items = [
        article(0, TRANSLATIONS[language], language=language),
        article(1, f"{ORIGINAL[:-1]}, Levant Wire has learned.", cites=(WIRE,), publisher=True,
                outlet=WIRE, url="https://levantwire.example/x"),
    ]  # fmt: skip
    event, reuse = run(items)
    assert ("a1", "a0", "translates") not in reuse
    assert bases(event)["a1"] == "first-hand" and event.origins == [WIRE]
