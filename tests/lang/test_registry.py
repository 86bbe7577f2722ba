"""The registry: one list of codes, every pack complete, any other code generic."""

from __future__ import annotations

import dataclasses
import re

import pytest

from newstrace import lang
from newstrace.lang import EventLexicon, Lexicon, Pack


def test_unknown_codes_get_the_generic_pack():
    for code in ("it", "xx", "", None, "zh-Hant"):
        assert lang.get(code).code == lang.GENERIC
        assert not lang.has_pack(code)


def test_regional_and_upper_case_codes_get_their_language():
    assert lang.get("fa-IR").code == "fa"
    assert lang.get("EN").code == "en"
    assert lang.get("de_AT").code == "de"


@pytest.mark.parametrize("code", lang.LANGUAGES)
def test_every_listed_code_loads_a_complete_pack(code):
    pack = lang.get(code)
    assert isinstance(pack, Pack) and pack.code == code
    assert isinstance(pack.claims, Lexicon) and pack.claims.language == code
    assert isinstance(pack.events, EventLexicon) and pack.events.language == code
    assert pack.date_grammar(code).language == code
    assert pack.direction in ("ltr", "rtl") and pack.script in ("latin", "arabic")
    assert pack.pronouns and pack.official_heads and pack.reliability and pack.outlet_nouns


@pytest.mark.parametrize("code", (*lang.LANGUAGES, lang.GENERIC))
def test_every_pack_provides_every_field_with_its_type(code):
    pack = lang.get(code if code != lang.GENERIC else "xx")
    for field in dataclasses.fields(Pack):
        value = getattr(pack, field.name)
        if field.type.startswith("tuple[str"):
            assert isinstance(value, tuple) and all(isinstance(w, str) for w in value)
    for _kind, pattern in pack.reliability:
        re.compile(pattern)
    for pattern in (pack.outlet_nouns, pack.outlet_stops, pack.outlet_cues_before):
        re.compile(pattern)


def test_the_generic_pack_has_dates_cues_and_responses_but_no_event_rules():
    pack = lang.get("it")
    assert pack.events is None
    assert pack.claims is not None and "сообщает" in pack.claims.verbs
    assert pack.claims.responses
    assert pack.date_grammar("it").language == "it"
    assert pack.date_grammar(None).language == ""


def test_direction_covers_right_to_left_languages_without_a_pack():
    assert [lang.direction(c) for c in ("ar", "fa", "he", "ur", "ps")] == ["rtl"] * 5
    assert [lang.is_rtl(c) for c in ("en", "de", "it", None)] == [False] * 4


def test_union_merges_a_table_across_packs():
    titles = lang.union("titles")
    assert {"mr", "frau", "señor", "madame", "signor"} <= titles


def test_detected_languages_start_with_the_packs():
    assert lang.DETECTED[: len(lang.LANGUAGES)] == lang.LANGUAGES
    assert lang.ALIASES["arz"] == "ar" and "ar" in lang.ARABIC_SCRIPT
