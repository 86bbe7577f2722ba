"""Names neither cut nor glued: whole hyphenated and particle names, no titles, numbers,
inflected places, headings, menus or markup debris in a mention (issue 12, class 1).

Fixture sentences are fictional. Languages with a model (en, ar, fa) go through the model and
the span mending; the others (de, es, fr, ru, it) through the rule-based finder.
"""

from __future__ import annotations

import pytest

from newstrace.entities import mend
from newstrace.entities.extract import find_mentions
from newstrace.entities.ner import Span
from newstrace.nlp.roles import is_navigation

from ..builders import build_article


def mentions(text: str, language: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in find_mentions(build_article(text, language=language))]


def names(text: str, language: str) -> list[str]:
    return [name for name, _ in mentions(text, language)]


# -- hyphenated names and name particles --------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "whole"),
    [
        ("en", "Jean-Pierre Morel met Abdul-Karim Yousef in the capital.", "Jean-Pierre Morel"),
        ("en", "Jean-Pierre Morel met Abdul-Karim Yousef in the capital.", "Abdul-Karim Yousef"),
        ("en", "Hamid-Reza Kazemi-Nejad met the envoy on Tuesday.", "Hamid-Reza Kazemi-Nejad"),
        ("en", "The club AL-WAHDA lost again at home.", "AL-WAHDA"),
        ("en", "Ali bin Hassan al-Khatib spoke to reporters.", "Ali bin Hassan al-Khatib"),
        ("en", "Mohammed bin Salman met Hassan el-Sayed in the capital.", "Mohammed bin Salman"),
        ("en", "Mohammed bin Salman met Hassan el-Sayed in the capital.", "Hassan el-Sayed"),
        ("en", "Levant Wire reported that Klaus von der Heide resigned.", "Klaus von der Heide"),
        ("es", "El ministro se reunió con María de la Cruz en la capital.", "María de la Cruz"),
        ("fr", "Marie de la Tour a rencontré Jean-Pierre Morel hier.", "Marie de la Tour"),
        ("fr", "Marie de la Tour a rencontré Jean-Pierre Morel hier.", "Jean-Pierre Morel"),
        ("ru", "Иван Петров заявил об этом в понедельник.", "Иван Петров"),
    ],
)
def test_a_name_is_one_whole_mention(language: str, text: str, whole: str):
    found = names(text, language)
    assert whole in found, found
    inside = [n for n in found if n != whole and n in whole]
    assert not inside, inside


def test_al_wahda_is_one_entity_not_two():
    assert names("The club AL-WAHDA lost again at home.", "en") == ["AL-WAHDA"]


def test_a_lowercase_hyphen_word_is_not_taken_in():
    assert "Paris" in names("Paris-based Levant Wire reported the talks.", "en")


def test_persian_zwnj_joined_parts_are_one_name():
    text = "حمید‌رضا کاظمی‌نژاد گفت."
    cut = text.index("\u200c")
    spans = [Span(0, cut, "person", text[:cut]), Span(cut + 1, 19, "person", text[cut + 1 : 19])]
    assert [s.text for s in mend.mend(text, spans, "fa")] == ["حمید‌رضا کاظمی‌نژاد"]


def test_arabic_persian_spans_widen_over_zwnj_at_either_end():
    text = "دیدار با کاظمی‌نژاد انجام شد."
    start = text.index("کاظمی")
    span = Span(start, start + len("کاظمی"), "person", "کاظمی")
    assert [s.text for s in mend.mend(text, [span], "fa")] == ["کاظمی‌نژاد"]


# -- titles and role words glued to names -----------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "person", "title"),
    [
        ("en", "Defender Karim Saeed was injured on Sunday.", "Karim Saeed", "Defender"),
        ("en", "The talks will resume, said Spokesman Tarek Halim.", "Tarek Halim", "Spokesman"),
        (
            "de",
            "Das sagte Frankreichs Außenminister Jean Morel am Montag.",
            "Jean Morel",
            "minister",
        ),
        ("es", "Eso dijo el Entrenador Luis Ortega tras el partido.", "Luis Ortega", "Entrenador"),
        ("fr", "Selon le Défenseur Karim Saeed, le match était perdu.", "Karim Saeed", "Défenseur"),
        ("ar", "التقى علي بن حسن بالسفير طارق حليم في عمان.", "طارق حليم", "السفير"),
    ],
)
def test_titles_and_roles_are_not_part_of_the_name(
    language: str, text: str, person: str, title: str
):
    found = mentions(text, language)
    assert (person, "person") in found, found
    assert not any(title in name for name, _ in found), found


def test_arabic_title_inside_a_span_parts_two_people():
    found = names("التقى علي بن حسن بالسفير طارق حليم في عمان.", "ar")
    assert "علي بن حسن" in found and "طارق حليم" in found, found


def test_persian_title_before_a_person_is_dropped():
    text = "وزیر سمیر ندیمی گفت."
    span = Span(0, len("وزیر سمیر ندیمی"), "person", "وزیر سمیر ندیمی")
    assert [s.text for s in mend.mend(text, [span], "fa")] == ["سمیر ندیمی"]


def test_arabic_title_before_a_person_is_dropped():
    text = "قال الوزير سمير نديم إن المفاوضات مستمرة."
    start = text.index("الوزير")
    end = start + len("الوزير سمير نديم")
    span = Span(start, end, "person", text[start:end])
    assert [s.text for s in mend.mend(text, [span], "ar")] == ["سمير نديم"]


def test_an_honorific_inside_a_name_stays():
    text = "Martin Luther King spoke."
    span = Span(0, 18, "person", text[:18])
    assert [s.text for s in mend.mend(text, [span], "en")] == ["Martin Luther King"]


# -- scores and numbers -----------------------------------------------------------------


def test_ratings_are_not_part_of_names():
    found = names("Omar Fathi 7, Samir Nadim 6, Tarek Halim 5.", "en")
    assert found and not any(n[-1].isdigit() for n in found), found
    assert "Tarek Halim" in found


def test_a_score_is_not_part_of_a_club():
    found = names("AL-AHLI beat AL-WAHDA 2-1 on Friday.", "en")
    assert "AL-WAHDA" in found, found


def test_a_channel_keeps_its_number():
    assert "France 24" in names("France 24 reported the talks on Monday.", "en")


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [("ar", "سجل عمر فتحي 7 هدفين.", "عمر فتحي"), ("fa", "امید فتحی 7 گل زد.", "امید فتحی")],
)
def test_a_number_after_a_person_is_cut(language: str, text: str, name: str):
    span = Span(text.index(name), text.index("7") + 1, "person", "")
    span = Span(span.start, span.end, "person", text[span.start : span.end])
    assert [s.text for s in mend.mend(text, [span], language)] == [name]


# -- inflected places glued to names (fallback languages) -------------------------------


@pytest.mark.parametrize(
    ("language", "text", "place", "person"),
    [
        ("ru", "Об этом сказал премьер Франции Жан Морель в понедельник.", "Франции", "Жан Морель"),
        (
            "de",
            "Das sagte Frankreichs Außenminister Jean Morel am Montag.",
            "Frankreichs",
            "Jean Morel",
        ),
    ],
)
def test_an_inflected_place_is_not_glued_to_a_name(
    language: str, text: str, place: str, person: str
):
    found = mentions(text, language)
    assert (place, "place") in found, found
    assert (person, "person") in found, found


# -- headings ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Policy Shift\n\nBroader Context\n\nThe government said it would review the plan."),
        ("en", "Defection\n\nThe minister spoke about the plan."),
        ("es", "Contexto Más Amplio\n\nEl ministro habló sobre el plan."),
        ("fr", "Nouvelle Défection Au Sénat\n\nLe ministre a parlé du plan."),
        ("fr", "Contexte Plus Large\n\nLe ministre a parlé du plan."),
        ("it", "Nuova Svolta Politica\n\nIl ministro ha parlato del piano."),
    ],
)
def test_title_case_headings_of_common_words_are_no_names(language: str, text: str):
    assert mentions(text, language) == []


def test_a_name_in_a_heading_stays_without_the_heading_words():
    found = names("Karim Haddad Steps Down\n\nThe minister spoke about the plan.", "en")
    assert found == ["Karim Haddad"], found


def test_a_place_in_a_heading_is_cut_free_of_the_heading_words():
    found = mentions("Nuevo Giro Político En Madrid\n\nEl ministro habló sobre el plan.", "es")
    assert found == [("Madrid", "place")], found


def test_a_place_in_a_heading_stays():
    found = mentions("Talks In Jordan\n\nThe minister spoke about the plan.", "en")
    assert ("Jordan", "place") in found, found


# -- navigation, language switchers, bylines and markup ---------------------------------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "EN FR DE\n\nThe mayor visited the port on Monday."),
        ("en", "Home | World | Politics | Sport\n\nThe minister spoke about the plan."),
        ("en", "By Lina Farouk\n\nThe minister spoke about the plan."),
        ("en", "Reporting by [AFP]](/afp) and staff. The minister spoke about the plan."),
        ("en", "[Levant Wire](/levant) | [Gulf Post](/gulf) | [Home](/)\n\nThe minister spoke."),
        ("ar", "بقلم سمير نديم\n\nقال الوزير إن المفاوضات مستمرة."),
        ("de", "Von Klaus Okonkwo\n\nDer Minister sprach über den Plan."),
        ("es", "Por Luis Ortega\n\nEl ministro habló sobre el plan."),
        ("fr", "Par Luc Morel\n\nLe ministre a parlé du plan."),
        ("de", "DE EN FR\n\nDer Minister sprach am Montag über den Plan."),
        ("es", "Inicio | Mundo | Política | Deportes\n\nEl ministro habló sobre el plan."),
        ("fr", "Accueil | Monde | Politique | Sport\n\nLe ministre a parlé du plan."),
    ],
)
def test_menus_switchers_bylines_and_debris_are_no_entities(language: str, text: str):
    found = mentions(text, language)
    assert not found, found


def test_markup_around_a_name_is_cut_off():
    found = (
        names("Reporting by [AFP]](/afp) and staff.", "en")
        + names("Reuters/](https://x.test/reuters) said the minister.", "en")
        + names("Según la agencia [EFE]](/es) el ministro habló.", "es")
    )
    assert all(not set(n) & set("[]()/") for n in found), found


def test_a_name_before_a_bracket_keeps_its_words():
    found = names("Delegates of the Organization of Gulf Ports (OGP) met on Monday.", "en")
    assert any(n.startswith("Organization of Gulf Ports") for n in found), found
    assert all("(" not in n for n in found), found


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("EN FR DE", True),
        ("en | ar | fa", True),
        ("Home | World | Politics | Sport", True),
        ("We go", False),
        ("UN", False),
        ("The minister spoke about the plan.", False),
        ("He said: yes | no.", False),
    ],
)
def test_navigation_lines(line: str, expected: bool):
    assert is_navigation(line) is expected


# -- what the mending must leave alone ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The Iran-Kuwait security agreement was signed on Monday.", ["Iran", "Kuwait"]),
        (
            "He called for closer Tehran-Moscow relations in the energy sector.",
            ["Tehran", "Moscow"],
        ),
    ],
)
def test_a_hyphen_between_two_places_joins_no_name(text: str, kept: list[str]):
    found = names(text, "en")
    assert all(k in found for k in kept), found
    assert not any("-" in n for n in found), found


def test_an_initial_is_no_title():
    text = "M. Waugh c Murray b Benjamin 27"
    span = Span(0, 8, "person", "M. Waugh")
    assert [s.text for s in mend.mend(text, [span], "en")] == ["M. Waugh"]


def test_an_arabic_script_hyphen_pairs_two_teams():
    text = "دیدار بعثت کرمانشاه-پرسپولیس برگزار شد."
    start = text.index("بعثت")
    end = text.index("-")
    span = Span(start, end, "organization", text[start:end])
    assert [s.text for s in mend.mend(text, [span], "fa")] == ["بعثت کرمانشاه"]


def test_honorifics_the_corpora_keep_in_names_stay():
    text = "سید محمد خاتمی گفت."
    span = Span(0, 14, "person", text[:14])
    assert [s.text for s in mend.mend(text, [span], "fa")] == ["سید محمد خاتمی"]


@pytest.mark.parametrize(
    ("language", "text", "raw", "label", "name"),
    [
        # Quotation marks at a span's edge are never the name's, in any language.
        ("fa", 'به گزارش "ورزش نو"، بازی لغو شد.', '"ورزش نو"', "organization", "ورزش نو"),
        ("en", "He told «Daily Nora» so.", "«Daily Nora»", "organization", "Daily Nora"),
        ("ar", 'قالت "صحيفة النور" ذلك.', '"صحيفة النور', "organization", "صحيفة النور"),
        ("ar", "حسب «وكالة النور».", "وكالة النور».", "organization", "وكالة النور"),
        # A line-up's minute glued to a player's name.
        ("fa", "ترکیب: رضا کریمی71 و علی نوری", "رضا کریمی71", "person", "رضا کریمی"),
        # A compass or province adjective belongs to the place.
        ("fa", "جودوکاران خراسان رضوی آمدند.", "خراسان", "place", "خراسان رضوی"),
    ],
)
def test_span_edges_cut_and_widened(
    language: str, text: str, raw: str, label: str, name: str
) -> None:
    start = text.index(raw)
    kept = mend.keep(text, Span(start, start + len(raw), label, raw), language)
    assert kept is not None and kept.text == name


@pytest.mark.parametrize(
    "word", ["هایی", "تیم ملی", "فینال", "باشگاه", "جام قهرمانی", "طلای المپیک", "لینک ویدیو"]
)
def test_persian_suffixes_and_common_nouns_are_no_names(word: str) -> None:
    text = f"او در {word} بود."
    start = text.index(word)
    assert mend.keep(text, Span(start, start + len(word), "organization", word), "fa") is None


def test_persian_agency_is_named_with_its_noun_and_without_quotes() -> None:
    from newstrace.entities.outlets import noun_introduced_outlets

    text = 'در گفت‌وگو با خبرنگار خبرگزاری نورا، به گزارش "ورزش نو"، گفت.'
    found = [text[c.start : c.end] for c in noun_introduced_outlets(text, "fa")]
    assert found == ["خبرگزاری نورا", "ورزش نو"]


# -- Persian given and family names the model splits -------------------------------------


def _mended(text: str, pieces: list[tuple[str, str]], language: str = "fa") -> list[str]:
    spans = [Span(text.index(p), text.index(p) + len(p), label, p) for p, label in pieces]
    return [s.text for s in mend.mend(text, spans, language)]


def test_persian_family_name_joins_the_given_name_before_it() -> None:
    text = "در دقیقه آخر شوت کامران نوروزی به تیر خورد."
    assert _mended(text, [("نوروزی", "person")]) == ["کامران نوروزی"]


def test_persian_given_name_takes_the_family_names_after_it() -> None:
    text = "در این اردو سعید طالبی و محمد امین کرمانی حضور دارند."
    pieces = [("سعید", "person"), ("محمد", "person")]
    assert _mended(text, pieces) == ["سعید طالبی", "محمد امین کرمانی"]


@pytest.mark.parametrize(
    "text",
    ["پس از آن علی گفت که می‌آید.", "این جایزه برای رضا برای همیشه ماند."],
)
def test_persian_given_name_alone_stays_before_verbs_and_function_words(text: str) -> None:
    given = "علی" if "علی" in text else "رضا"
    assert _mended(text, [(given, "person")]) == [given]


def test_given_names_join_nothing_outside_persian() -> None:
    text = "Then Karim Nouri scored."
    assert _mended(text, [("Nouri", "person")], "en") == ["Nouri"]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("هفته بیست و سوم", []),
        ("هفته نهم لیگ برتر", ["لیگ برتر"]),
        ("دور نخست", []),
    ],
)
def test_persian_matchweek_is_no_name(name: str, expected: list[str]) -> None:
    text = f"تیم ما در {name} به میدان رفت."
    assert _mended_kept(text, [(name, "other")]) == expected


def test_persian_week_of_a_name_stays() -> None:
    text = "مراسم هفته دولت در شهر برگزار شد."
    assert _mended_kept(text, [("هفته دولت", "other")]) == ["هفته دولت"]


def _mended_kept(text: str, pieces: list[tuple[str, str]]) -> list[str]:
    spans = [Span(text.index(p), text.index(p) + len(p), label, p) for p, label in pieces]
    return [k.text for s in spans if (k := mend.keep(text, s, "fa")) is not None]


def test_persian_reporter_of_an_agency_is_no_outlet_name() -> None:
    from newstrace.entities.outlets import noun_introduced_outlets

    text = "به گزارش خبرنگار اقتصادی خبرگزاری پارسیان، نمایشگاه دیروز گشایش یافت."
    found = [text[c.start : c.end] for c in noun_introduced_outlets(text, "fa")]
    assert found == ["خبرگزاری پارسیان"]
