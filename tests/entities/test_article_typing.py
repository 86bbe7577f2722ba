"""Types the article and the name's own words settle whatever the CRF guessed (issue 14).

Fictional sentences through the per-article entity stage: an apposition's head noun types
the name before it, one name keeps one type across the article, a leading article hides no
organisation prefix, and a figure inside a span closes a credit's name."""

from __future__ import annotations

from newstrace.entities import mend
from newstrace.entities.evidence import name_type
from newstrace.entities.extract import _apposed_kind, find_mentions
from newstrace.entities.ner import Span

from ..builders import build_article


def _types(text: str, language: str) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for m in find_mentions(build_article(text, language=language)):
        found.setdefault(m.text, set()).add(m.type)
    return found


def _span(text: str, name: str, label: str) -> Span:
    start = text.index(name)
    return Span(start, start + len(name), label, name)


def test_an_apposition_head_types_the_name_before_it() -> None:
    text = "según Levant Wire, la agencia que adelantó la noticia."
    assert _apposed_kind(text, _span(text, "Levant Wire", "person"), "es") == "organization"
    text = "according to Levant Wire, the Amman-based news agency that first reported it."
    assert _apposed_kind(text, _span(text, "Levant Wire", "person"), "en") == "outlet"
    for text in ("said John Smith, the bank chairman.", "said Ann Lee, a member of the council."):
        name = text.split(", ")[0].removeprefix("said ")
        assert _apposed_kind(text, _span(text, name, "person"), "en") is None


def test_a_leading_article_hides_no_organisation_prefix() -> None:
    assert name_type("La Fundación Veltora", "es") == ("organization", "prefix:fundación")


def test_a_figure_inside_a_span_closes_the_credit() -> None:
    text = "Agencia Levante 18 Ilse Varga y Tomás Brenner se reunieron."
    pieces = mend._split_after_number(
        text, _span(text, "Agencia Levante 18 Ilse Varga", "organization"), "es"
    )
    assert [(p.text, p.label) for p in pieces] == [
        ("Agencia Levante 18", "organization"),
        ("Ilse Varga", "person"),
    ]


def test_a_lone_family_name_is_the_person_named_in_full() -> None:
    found = _types(
        "MADRID (AP) — La Fundación Veltora despidió el lunes a su director Omar Khaled. La "
        "organización informó en un comunicado que Khaled había violado sus normas.",
        "es",
    )
    assert found["Khaled"] == {"person"} and found["La Fundación Veltora"] == {"organization"}


def test_a_heading_span_into_a_place_keeps_the_place() -> None:
    found = _types("Nuevo Giro Político En Madrid\n\nEl ministro habló sobre el plan.", "es")
    assert found == {"Madrid": {"place"}}
