"""Page furniture fused into a sentence of scraped text (share buttons, newsletter prompts,
picture credits) is cut off as a framing sentence of its own; prose is never cut."""

from __future__ import annotations

import pytest

import newstrace
from newstrace.models import Article, RawArticle
from newstrace.nlp.roles import is_furniture
from newstrace.nlp.sentences import sentence_spans
from newstrace.pipeline import process_article


def _sentences(text: str, language: str) -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text, language)]


@pytest.mark.parametrize(
    ("language", "text", "furniture", "lead"),
    [
        (
            "en",
            "Get news updates directly to your inbox + Subscribe Thank you for subscribing! "
            "Could not subscribe, try again later Invalid Email Mara Lind opened the bridge "
            "in Ostvik on Monday.",
            "Could not subscribe, try again later Invalid Email",
            "Mara Lind opened the bridge in Ostvik on Monday.",
        ),
        (
            "en",
            "The bridge was named after a ferryman Click to share on WhatsApp (Opens in new "
            "window) Click to share on Facebook (Opens in new window) Mara Lind opened it.",
            "Click to share on WhatsApp (Opens in new window) Click to share on Facebook "
            "(Opens in new window)",
            "Mara Lind opened it.",
        ),
        (
            "en",
            "Old bridge in Ostvik. (Jon Berg/Northwire) Mara Lind opened the bridge on Monday.",
            "(Jon Berg/Northwire)",
            "Mara Lind opened the bridge on Monday.",
        ),
        (
            "de",
            "Die Brücke wurde eröffnet Zum Teilen auf Facebook klicken (Öffnet in neuem "
            "Fenster) Mara Lind sprach in Ostvik.",
            "Zum Teilen auf Facebook klicken (Öffnet in neuem Fenster)",
            "Mara Lind sprach in Ostvik.",
        ),
        (
            "es",
            "El puente fue inaugurado Haz clic para compartir en Facebook (Se abre en una "
            "ventana nueva) Mara Lind habló en Ostvik.",
            "Haz clic para compartir en Facebook (Se abre en una ventana nueva)",
            "Mara Lind habló en Ostvik.",
        ),
        (
            "fr",
            "Le pont a été inauguré Cliquez pour partager sur Facebook (ouvre dans une "
            "nouvelle fenêtre) Mara Lind a parlé à Ostvik.",
            "Cliquez pour partager sur Facebook (ouvre dans une nouvelle fenêtre)",
            "Mara Lind a parlé à Ostvik.",
        ),
        (
            "ar",
            "مصدر الصورة وكالة الشمال التعليق على الصورة افتتح الوزير الجسر الجديد.",
            "مصدر الصورة وكالة الشمال",
            "التعليق على الصورة افتتح الوزير الجسر الجديد.",
        ),
        (
            "fa",
            "منبع تصویر خبرگزاری شمال توضیح تصویر وزیر پل تازه را افتتاح کرد.",
            "منبع تصویر خبرگزاری شمال",
            "توضیح تصویر وزیر پل تازه را افتتاح کرد.",
        ),
    ],
)
def test_furniture_is_cut_off(language: str, text: str, furniture: str, lead: str) -> None:
    sentences = _sentences(text, language)
    assert furniture in sentences and lead in sentences
    assert is_furniture(furniture)
    assert not is_furniture(lead)


def test_caption_word_before_a_dateline_is_cut_off() -> None:
    text = "Photo OSTVIK -- Mara Lind opened the new bridge on Monday."
    assert _sentences(text, "en") == [
        "Photo",
        "OSTVIK -- Mara Lind opened the new bridge on Monday.",
    ]
    assert is_furniture("Photo")


@pytest.mark.parametrize(
    "text",
    [
        "The form rejected an invalid email address from the mayor.",
        "They went to buy photo equipment (and film) before the trip.",
        "The council (Ostvik Board) met on Monday.",
        "Mara Lind said: Thank you for the bridge.",
    ],
)
def test_prose_is_never_cut(text: str) -> None:
    assert _sentences(text, "en") == [text]


def _article() -> Article:
    raw = RawArticle(
        text=(
            "Bridge opens\n\nGet news updates directly to your inbox + Subscribe Thank you for "
            "subscribing! Could not subscribe, try again later Invalid Email Mara Lind opened "
            "the new bridge in Ostvik on Monday, the council said."
        ),
        path="bridge.txt",
        title="Bridge opens",
        published="2024-03-05",
    )
    return process_article(raw)


def test_furniture_sentence_is_framing_and_the_lead_keeps_its_name() -> None:
    article = _article()
    kinds = {s.text: s.kind for s in article.sentences}
    assert kinds["Could not subscribe, try again later Invalid Email"] == "other"
    names = {m.text for m in article.mentions}
    assert "Mara Lind" in names
    assert not any("Invalid Email" in name for name in names)
    assert newstrace  # the package imports whole


def test_a_fused_wire_dateline_opens_its_sentence() -> None:
    text = (
        "Minister quits over dam deal By Ana Ruiz AMMAN, Nov 6 (Levant Wire) - Karim Haddad "
        "resigned on Tuesday."
    )
    assert _sentences(text, "en") == [
        "Minister quits over dam deal By Ana Ruiz",
        "AMMAN, Nov 6 (Levant Wire) - Karim Haddad resigned on Tuesday.",
    ]


def test_a_bracketed_photo_credit_inside_a_sentence_is_cut_off() -> None:
    text = "Minister Karim Haddad (Photo: Jon Berg, Northwire) AMMAN -- Haddad resigned on Tuesday."
    sentences = _sentences(text, "en")
    assert "(Photo: Jon Berg, Northwire)" in sentences
    assert is_furniture("(Photo: Jon Berg, Northwire)")


def test_an_agency_in_brackets_inside_prose_is_no_dateline() -> None:
    text = "He met the NATO (North Atlantic) - and left for the EU (Brussels) - talks."
    assert _sentences(text, "en") == [text]
