"""What graded similarity reads beyond stems: words as English meanings, and page furniture.

- :func:`meaning_keys`: a content word as the English lemmas the bilingual dictionaries give
  it (``lang/bilingual.py``; "Impfstoff", "vacuna" and "vaccine" all become "vaccine"), each
  of a word's several translations carrying an equal share; a word the dictionary does not
  know (a name mostly, or a language without a table) stays itself, marked with "=", so
  "Merkel" still meets "Merkel" in any language of one script. This is what lets a German
  and an English report share words, not only names and cognate letter grams.
- :func:`shingles` / :func:`furniture_mask`: scraped pages carry text that is not the story
  (cookie and consent notices, paywall and newsletter prompts, an IP-block page). Such text
  recurs word for word across a site's pages, so a run of words covered by a word 5-gram
  (a shingle) already seen in another article is furniture, and similarity leaves it out.
  The shingle counts live in the :class:`~.features.Vocabulary`, like document frequencies.
"""

from __future__ import annotations

import zlib
from collections.abc import Mapping, Sequence
from functools import lru_cache

from ..lang.bilingual import dictionary
from ..nlp.normalize import word_variants

# Words per shingle: long enough that ordinary phrases ("one of the most") rarely recur
# word for word, short enough to catch notices that are re-translated or cut differently
# (5 over longer and shorter spans on SemEval training pairs).
SHINGLE = 5
# A shingle in this many articles (the article itself included) is furniture: 2, i.e. text
# one other page already had (chosen on SemEval training pairs: 0.760 Pearson; 3 gave 0.745,
# none 0.742).
FURNITURE_ARTICLES = 2
# Marks a word the dictionary does not know (kept as itself, first letters only so
# inflections of a name meet): never an English lemma.
LITERAL = "="
LITERAL_LETTERS = 6


@lru_cache(maxsize=200_000)  # news repeats its words: most are looked up once
def meaning_keys(word: str, language: str | None) -> tuple[tuple[str, float], ...]:
    """(key, share) pairs of a folded content word: its English lemmas, the shares summing to
    1; () for a function word; the word itself (``LITERAL``-marked) when unknown."""
    known = dictionary(language)
    if known is not None:
        for form in word_variants(word):  # Arabic-script words also without proclitics
            meaning = known.meaning(form)
            if meaning is not None:
                share = 1.0 / len(meaning) if meaning else 0.0
                return tuple((lemma, share) for lemma in meaning)
    return ((LITERAL + word[:LITERAL_LETTERS], 1.0),)


def shingles(words: Sequence[str]) -> list[int]:
    """Hashes of the word ``SHINGLE``-grams of a word sequence, in order (crc32: stable
    across processes, so stored counts stay valid)."""
    return [
        zlib.crc32(" ".join(words[i : i + SHINGLE]).encode("utf-8"))
        for i in range(len(words) - SHINGLE + 1)
    ]


def furniture_mask(hashes: Sequence[int], size: int, seen: Mapping[int, int]) -> list[bool]:
    """For each of ``size`` words, whether a shingle covering it is in at least
    ``FURNITURE_ARTICLES`` articles according to ``seen`` (hash → articles)."""
    mask = [False] * size
    for start, value in enumerate(hashes):
        if seen.get(value, 0) >= FURNITURE_ARTICLES:
            for position in range(start, start + SHINGLE):
                mask[position] = True
    return mask


__all__ = ["FURNITURE_ARTICLES", "SHINGLE", "furniture_mask", "meaning_keys", "shingles"]
