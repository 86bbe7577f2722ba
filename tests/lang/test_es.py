"""The Spanish pack."""

from __future__ import annotations

import re

from newstrace import lang
from newstrace.dates import find_dates

PACK = lang.get("es")


def test_what_the_pack_gives():
    assert (PACK.direction, PACK.script) == ("ltr", "latin")
    assert "dijo" in PACK.claims.verbs and "según" in PACK.claims.source_after
    assert "ella" in PACK.pronouns and "señora" in PACK.titles and "los" in PACK.articles


def test_dates():
    (found,) = find_dates("El 7 de marzo de 2025 dimitió.", "es", "2025-03-10")
    assert found.value == "2025-03-07"


def test_reliability_phrases():
    kinds = [k for k, p in PACK.reliability if re.search(p, "la agencia estatal", re.I)]
    assert kinds == ["ownership"]
