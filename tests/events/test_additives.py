"""An additive by a trigger ("also met") tells a further happening of the kind told before
(issue 13, one happening, one event): the mention is marked ``additive``, and inside its
article it stays apart from the earlier event (tests/provenance/test_leads.py). Fictional
sentences, en/ar/fa/de/es/fr."""

from __future__ import annotations

import pytest

from .test_extraction import events

# (language, a meeting told first, another meeting told with an additive)
MEETINGS = [
    ("en", "Karim Haddad met Omar Khaled in Amman.", "Nadia Sweis also met Layla Nasser."),
    ("ar", "التقى كريم حداد عمر خالد في عمان.", "والتقت نادية سويس أيضا ليلى ناصر."),
    (
        "fa",
        "مهدی کرمانی با علی رضایی در تهران دیدار کرد.",
        "سارا احمدی نیز با مریم نوری دیدار کرد.",
    ),
    ("de", "Karl Berger traf Omar Khaled in Berlin.", "Anna Vogel traf auch Layla Nasser."),
    (
        "es",
        "Pedro Ruiz se reunió con Omar Khaled en Madrid.",
        "Ana Gil también se reunió con Layla Nasser.",
    ),
    (
        "fr",
        "Paul Martin a rencontré Omar Khaled à Lyon.",
        "Marie Dubois a aussi rencontré Layla Nasser.",
    ),
]


@pytest.mark.parametrize(("language", "first", "further"), MEETINGS)
def test_an_additive_by_the_trigger_marks_a_further_happening(
    language: str, first: str, further: str
) -> None:
    found = [e for e in events(f"{first} {further}", language) if e.type == "meet"]
    assert [e.additive for e in found] == [False, True]
