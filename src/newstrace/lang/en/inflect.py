"""English verb forms for lexicons: write a lemma once, match every form of it.

Shared by the claims lexicon (verbs of saying) and the events lexicon (event verbs); each
passes its own irregular pasts and its verbs that double their last consonant.
"""

from __future__ import annotations

from collections.abc import Mapping

_VOWELS = tuple("aeiou")


def english_verb_forms(
    word: str,
    irregular: Mapping[str, tuple[str, ...]] | None = None,
    doubling: frozenset[str] = frozenset(),
) -> tuple[str, ...]:
    """Base, third person, -ing and past forms of one verb: ("resign", "resigns",
    "resigning", "resigned"); ``irregular`` gives the past forms of verbs that need them."""
    if word.endswith("ee"):
        ing, ed = word + "ing", word + "d"
    elif word.endswith("e"):
        ing, ed = word[:-1] + "ing", word + "d"
    elif word.endswith("y") and word[-2:-1] not in _VOWELS:
        ing, ed = word + "ing", word[:-1] + "ied"
    elif word in doubling:
        ing, ed = word + word[-1] + "ing", word + word[-1] + "ed"
    else:
        ing, ed = word + "ing", word + "ed"
    if word.endswith(("s", "sh", "ch", "x", "z", "o")):
        third = word + "es"
    elif word.endswith("y") and word[-2:-1] not in _VOWELS:
        third = word[:-1] + "ies"
    else:
        third = word + "s"
    return (word, third, ing, *(irregular or {}).get(word, (ed,)))
