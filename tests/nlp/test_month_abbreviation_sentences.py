"""An abbreviated month's full stop ends no sentence when a day or a year follows: "Nov. 10,
President Obama said …" and "Sunday, Nov. 13, 2016." stay whole, so the date is read whole
and dates the sentence's event. A real sentence end after a month stays one. Fictional
sentences in en, fr, de and es (the splitter cut the first three)."""

from __future__ import annotations

import pytest

from newstrace.nlp import sentence_spans


def sentences(text: str, language: str) -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text, language)]


@pytest.mark.parametrize(
    ("language", "text", "first"),
    [
        (
            "en",
            "Speaking in Ulmen, Nov. 10, President Ilse Varga said she was pleased. Then she left.",
            "Speaking in Ulmen, Nov. 10, President Ilse Varga said she was pleased.",
        ),
        (
            "en",
            "Tomas Brenner waves after the race in Ulmen, Sunday, Nov. 13, 2016. He retired.",
            "Tomas Brenner waves after the race in Ulmen, Sunday, Nov. 13, 2016.",
        ),
        (
            "fr",
            "Le ministre a démissionné le 3 nov. 2016 à Ulmen. Puis il est parti.",
            "Le ministre a démissionné le 3 nov. 2016 à Ulmen.",
        ),
        (
            "de",
            "Der Minister trat am 3. Nov. 2016 in Ulmen zurück. Dann ging er.",
            "Der Minister trat am 3. Nov. 2016 in Ulmen zurück.",
        ),
        (
            "es",
            "El ministro dimitió el 3 de nov. de 2016 en Ulmen. Luego se fue.",
            "El ministro dimitió el 3 de nov. de 2016 en Ulmen.",
        ),
    ],
)
def test_a_month_abbreviation_before_a_number_ends_no_sentence(
    language: str, text: str, first: str
) -> None:
    assert sentences(text, language)[0] == first


def test_a_new_line_after_a_month_abbreviation_still_ends_the_line() -> None:
    assert sentences("The rally was held in Nov.\n10 people came.", "en") == [
        "The rally was held in Nov.",
        "10 people came.",
    ]
