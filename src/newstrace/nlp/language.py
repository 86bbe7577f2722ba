"""Document language: py3langid for whole documents, lingua for the cases it gets wrong.

py3langid is fast and right on whole documents but confuses Arabic-script languages on
short or mixed text, and labels dialects (``arz``, ``ary``) that we fold into ``ar``. lingua,
restricted to the languages newstrace supports (loading all of them costs over 1 GB), settles
Arabic vs Persian and short strings.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from .. import lang

# Letters Persian uses and Arabic does not (pe, che, zhe, gaf, keheh, farsi yeh).
_PERSIAN_LETTERS = re.compile("[پچژگکی]")
_ARABIC_LETTERS = re.compile("[\u0600-\u06ff]")
_LETTERS = re.compile(r"[^\W\d_]")
# Below this many characters, or this confidence, a second opinion is worth its cost.
_SHORT_TEXT = 200
_CONFIDENT = 0.95
_SAMPLE_CHARS = 2000
# What each detector reads: enough for a stable answer, little enough to stay fast.
_LANGID_CHARS = 1000
_LINGUA_CHARS = 400


@lru_cache(maxsize=1)
def _langid() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


@lru_cache(maxsize=1)
def _lingua() -> Any:
    from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

    languages = [
        Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper())) for code in lang.DETECTED
    ]
    return LanguageDetectorBuilder.from_languages(*languages).build()


def _classify(text: str) -> tuple[str, float]:
    """Top language and its probability, with dialect codes (arz, ary...) summed into one."""
    totals: dict[str, float] = {}
    for code, prob in _langid().rank(text)[:8]:
        code = lang.ALIASES.get(code, code)
        totals[code] = totals.get(code, 0.0) + float(prob)
    best = max(totals, key=totals.__getitem__)
    return best, totals[best]


def _lingua_language(text: str) -> str | None:
    detected = _lingua().detect_language_of(text[:_LINGUA_CHARS])
    return detected.iso_code_639_1.name.lower() if detected is not None else None


def detect_language(text: str, hint: str | None = None) -> str | None:
    """ISO 639-1 code of the text's main language, or None when there is no text to judge.

    ``hint`` (from ``<html lang>`` or metadata) is only used when the text itself is too short
    or too mixed to decide.
    """
    sample = text[:_SAMPLE_CHARS]
    letters = len(_LETTERS.findall(sample))
    hint = _clean_hint(hint)
    if letters == 0:
        return hint
    code, prob = _classify(sample[:_LANGID_CHARS])
    arabic_script = code in lang.ARABIC_SCRIPT or bool(_ARABIC_LETTERS.search(sample[:200]))
    if arabic_script and code in ("ar", "fa") and prob >= _CONFIDENT:
        # A confident call still gets checked where the letters disagree with it.
        persian_letters = len(_PERSIAN_LETTERS.findall(sample))
        arabic_letters = len(_ARABIC_LETTERS.findall(sample))
        if code == "ar" and persian_letters <= 0.01 * arabic_letters:
            return "ar"
        if code == "fa" and persian_letters > 0.01 * arabic_letters:
            return "fa"
        return _lingua_language(sample) or code
    if letters < _SHORT_TEXT or prob < _CONFIDENT or arabic_script:
        second = _lingua_language(sample)
        if letters < _SHORT_TEXT and hint and second != hint and prob < _CONFIDENT:
            return hint
        return second or code
    return code


def _clean_hint(hint: str | None) -> str | None:
    if not hint:
        return None
    code = lang.normalise_code(hint.strip())
    code = lang.ALIASES.get(code, code)
    return code if re.fullmatch("[a-z]{2}", code) else None
