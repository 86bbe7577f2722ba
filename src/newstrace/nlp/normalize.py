"""Search keys: folded words plus clitic-free variants, and the content hash.

Arabic-script words carry attached clitics (``و`` "and", ``ب`` "in", ``ال`` "the" ...): search
must find "دمشق" inside "بدمشق", so search keys are folded letters
(:func:`newstrace.lang.fold.fold`) plus clitic-stripped variants of each word.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

from ..lang.fold import fold

__all__ = [
    "content_key",
    "index_text",
    "search_words",
    "word_variants",
]

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
