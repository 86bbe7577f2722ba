"""Bare years ("the protests of 2011", "в 2011 году", "2011年") are year dates; counts,
amounts and times with four digits are not. Fictional sentences."""

from __future__ import annotations

import pytest

from newstrace.dates import find_dates

PUBLISHED = "2025-06-12"

YEARS = [
    ("en", "The protests of 2011 changed the town of Ulmen.", "2011"),
    ("en", "Elections were held in Ulmen in 2011.", "2011"),
    ("ar", "اندلعت احتجاجات 2011 في مدينة الوادي.", "2011"),
    ("ar", "وقعت الاحتجاجات عام 2011 في الوادي.", "عام 2011"),
    ("fa", "اعتراضات ۲۰۱۱ در شهر کوهسار گسترده بود.", "۲۰۱۱"),
    ("fa", "اعتراضات سال ۱۳۹۰ در شهر کوهسار گسترده بود.", "سال ۱۳۹۰"),
    ("fa", "در ۲۰۱۱ انتخابات در کوهسار برگزار شد.", "۲۰۱۱"),
    ("de", "Die Proteste von 2011 veränderten die Stadt Ulmen.", "2011"),
    ("es", "Las protestas de 2011 cambiaron la ciudad de Ulmen.", "2011"),
    ("fr", "Les manifestations de 2011 ont changé la ville d'Ulmen.", "2011"),
    ("ru", "Выборы в Ульмене прошли в 2011 году.", "2011 году"),
    ("ru", "Протесты 2011 года изменили город Ульмен.", "2011 года"),
    ("zh", "2011年的抗议活动改变了乌尔门市。", "2011年"),
    ("he", "הבחירות באולמן נערכו ב-2011.", "2011"),
    ("it", "Le proteste del 2011 hanno cambiato la città di Ulmen.", "2011"),
]


@pytest.mark.parametrize(("language", "text", "span"), YEARS)
def test_bare_year_is_a_year(language: str, text: str, span: str) -> None:
    found = [(m.text, m.value) for m in find_dates(text, language, PUBLISHED)]
    assert (span, "2011") in found


NOT_YEARS = [
    ("en", "Police arrested more than 2000 people in Ulmen."),
    ("en", "A budget of 2000 dollars was approved."),
    ("en", "The ferry left at 20:11 from Ulmen."),
    ("ar", "اعتقلت الشرطة 2000 متظاهر في الوادي."),
    ("ar", "قتل نحو 2000 في المعارك."),
    ("ar", "بلغ عدد القتلى 2011."),
    ("en", "The council approved a total of 2011."),
    ("es", "El balance fue un total de 2011."),
    ("fr", "Le bilan atteint un total de 2011."),
    ("de", "Die Kosten erreichten eine Summe von 2011."),
    ("fa", "حدود ۲۰۰۰ نفر در کوهسار بازداشت شدند."),
    ("de", "Mehr als 2000 Menschen kamen nach Ulmen."),
    ("es", "Más de 2000 personas protestaron en Ulmen."),
    ("fr", "Plus de 2000 personnes ont manifesté à Ulmen."),
    ("ru", "Около 2000 человек вышли на улицы Ульмена."),
    ("zh", "约2000人参加了乌尔门的抗议。"),
    ("it", "Oltre 2000 persone hanno protestato a Ulmen."),
]


@pytest.mark.parametrize(("language", "text"), NOT_YEARS)
def test_counts_and_times_are_no_years(language: str, text: str) -> None:
    assert find_dates(text, language, PUBLISHED) == []


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("zh", "会议于2025年1月7日在乌尔门举行。", "2025-01-07"),
        ("zh", "市长于3月5日抵达乌尔门。", "2025-03-05"),
        ("zh", "2024年3月，乌尔门的计划开始实施。", "2024-03"),
        ("ru", "Встреча прошла 7 января 2025 года в Ульмене.", "2025-01-07"),
        ("it", "Il 7 gennaio 2025 si è svolto il vertice.", "2025-01-07"),
        ("he", "הפגישה נערכה ב-2025-01-07 באולמן.", "2025-01-07"),
    ],
)
def test_languages_outside_the_six_get_absolute_dates(language: str, text: str, value: str) -> None:
    assert value in [m.value for m in find_dates(text, language, PUBLISHED)]
