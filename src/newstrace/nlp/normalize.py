"""Text normalisation shared by hashing and search.

Arabic and Persian words are written in several equivalent ways (hamza forms of alef, dotless
yeh, Persian vs Arabic kaf and yeh, diacritics, tatweel) and carry attached clitics
(``و`` "and", ``ب`` "in", ``ال`` "the" ...). Search must find "دمشق" inside "بدمشق", so search
keys are folded letters plus clitic-stripped variants of each word.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

# Harakat, Quranic marks, superscript alef: meaning-preserving marks most writers omit.
_DIACRITICS = re.compile(
    "[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed]"
)
_FOLD = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ى": "ي",
        "ی": "ي",
        "ئ": "ي",
        "ې": "ي",
        "ک": "ك",
        "ؤ": "و",
        "ة": "ه",
        "ۀ": "ه",
        "ە": "ه",
        "\u0640": None,  # tatweel (kashida) only stretches a word
        "\u200c": None,  # zero-width non-joiner: Persian writes the same word with or without
        "\u200d": None,
        "\u200f": None,
        "\u200e": None,
    }
)
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_ARABIC_WORD = re.compile("^[\u0621-\u064a\u066e-\u06d3\u06fa-\u06ff]+$")

# Proclitic sequences, longest first; each is removed only if a word of 3+ letters remains
# so that short words starting with these letters are left alone.
_PROCLITICS = (
    "وبال",
    "وكال",
    "فبال",
    "فكال",
    "وال",
    "فال",
    "بال",
    "كال",
    "ولل",
    "فلل",
    "لل",
    "ال",
    "وب",
    "وك",
    "ول",
    "فب",
    "فك",
    "فل",
    "و",
    "ف",
    "ب",
    "ك",
    "ل",
)
_MIN_STEM = 3
_PROCLITIC_SET = frozenset(_PROCLITICS)
_LONGEST_CLITIC = max(map(len, _PROCLITICS))


def fold(text: str) -> str:
    """Compatibility-normalise, lower-case, and fold Arabic-script letter variants."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return _DIACRITICS.sub("", text).translate(_FOLD)


@lru_cache(maxsize=20_000)
def _fold_char(char: str) -> str:
    return fold(char)


def fold_with_offsets(text: str) -> tuple[str, list[int]]:
    """:func:`fold` applied character by character, with the offset in ``text`` of every
    folded character, so a match found in folded text maps back to the original words.

    Folding is per character (NFKC may expand one, a diacritic vanishes), which is what
    matching lexicon phrases needs; a memo per character keeps it fast.
    """
    out: list[str] = []
    where: list[int] = []
    for index, char in enumerate(text):
        folded = _fold_char(char)
        if folded:
            out.append(folded)
            where.extend([index] * len(folded))
    return "".join(out), where


def original_span(where: list[int], start: int, end: int, length: int) -> tuple[int, int]:
    """The ``text`` offsets of folded ``[start, end)`` (``where`` from fold_with_offsets)."""
    begin = where[start] if start < len(where) else length
    finish = where[end - 1] + 1 if 0 < end <= len(where) else begin
    return begin, finish


@lru_cache(maxsize=200_000)
def word_variants(word: str) -> tuple[str, ...]:
    """A folded word and, for Arabic-script words, its forms without proclitics."""
    variants = [word]
    if _ARABIC_WORD.match(word):
        for size in range(min(_LONGEST_CLITIC, len(word) - _MIN_STEM), 0, -1):
            if word[:size] in _PROCLITIC_SET:
                variants.append(word[size:])
    return tuple(variants)


def search_words(text: str) -> list[str]:
    """Folded words of ``text`` (the terms a user types)."""
    return _WORD.findall(fold(text))


def index_text(text: str) -> str:
    """What goes into the full-text index for ``text``: every word with its variants."""
    out: list[str] = []
    for word in search_words(text):
        out.extend(word_variants(word))
    return " ".join(out)


def content_key(text: str) -> str:
    """The stable article id: a hash of the text with case, width and spacing folded."""
    canonical = " ".join(unicodedata.normalize("NFKC", text).casefold().split())
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:16]
