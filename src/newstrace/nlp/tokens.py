"""Tokens with offsets, folded for matching, in the two cuts the rule engines use.

- :func:`speech_tokens` keeps what attribution needs whole: titles with their full stop
  ("Mr."), initialisms ("U.S."), a middle initial; it splits "didn't" and clitics ("’s"),
  and, with an elision pattern, French "qu'il", "l'AFP" (see :func:`speech_pattern`). Each
  token keeps its original text and its folded form.
- :func:`word_tokens` cuts plain words and single punctuation marks ("didn't" stays one
  word, so negations read as written), folded; Arabic words also carry their forms without
  proclitics, for a phrase matcher that tries them all.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from ..lang.fold import fold_with_offsets
from .normalize import word_variants
from .phrases import fold_phrase

# Letters plus the marks fold() removes, so that a word keeps its diacritics and ZWNJ inside.
WORD_CHAR = r"[\w\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200c\u200d]"


@dataclass(frozen=True, slots=True)
class Token:
    """A token of :func:`speech_tokens`: offsets and text in the sentence, folded form."""

    start: int
    end: int
    text: str
    low: str  # folded
    word: bool  # has a letter or digit


def speech_pattern(titles: Iterable[str], elided: Iterable[str] = ()) -> re.Pattern[str]:
    """The token pattern of :func:`speech_tokens`: ``titles`` keep their full stop ("Mr.
    Trump" is one name); ``elided`` words end in an apostrophe and are tokens of their own
    (French "qu'", "l'")."""
    w = WORD_CHAR
    token = (
        rf"(?:{'|'.join(titles)})\.(?=\s)"
        r"|(?:[^\W\d_]\.){2,}"  # initialisms: "U.S.", "U.N."
        r"|[A-Z]\.(?=\s[A-Z])"  # a middle initial: "Donald J. Trump"
        rf"|{w}+?(?=n['’]t\b)"  # "did" of "didn't"
        r"|n['’]t\b"
        r"|['’](?:s|re|ve|ll|d|m)\b"  # clitics and the possessive are tokens of their own
        rf"|{w}+(?:[-&]{w}+|['’](?!(?:s|re|ve|ll|d|m)\b){w}+)*"
        r"|\S"
    )
    elided = tuple(elided)
    if elided:
        token = rf"(?i:{'|'.join(elided)})['’](?=\w)|" + token
    return re.compile(token)


# Tokens recur across sentences (the same names and cue words): their folding is memoised.
fold_token = lru_cache(maxsize=100_000)(fold_phrase)


def fold_with_map(text: str) -> tuple[str, list[int]]:
    """fold_phrase() applied per character, with each folded character's offset in ``text``:
    the project's offset-keeping fold, after the one-for-one apostrophe swap."""
    return fold_with_offsets(text.replace("’", "'"))


def speech_tokens(text: str, pattern: re.Pattern[str]) -> list[Token]:
    """The tokens of ``text`` cut by ``pattern`` (see :func:`speech_pattern`)."""
    tokens = []
    for m in pattern.finditer(text):
        word = m.group()
        tokens.append(Token(m.start(), m.end(), word, *_token_forms(word)))
    return tokens


@lru_cache(maxsize=100_000)
def _token_forms(word: str) -> tuple[str, bool]:
    """A token's folded form and whether it has a letter or digit (memoised: tokens recur)."""
    return fold_token(word), any(c.isalnum() for c in word)


# Words and single punctuation marks; "didn't" stays one word so negations read as written.
WORD_TOKEN = re.compile(r"\w+(?:['’]t(?!\w))?|[^\w\s]")


class WordToken(NamedTuple):  # a tuple: built for every word of every sentence
    text: str  # folded, apostrophes normalised
    variants: tuple[str, ...]  # the text, and for Arabic its forms without proclitics
    start: int  # offsets into the sentence text
    end: int
    word: bool


def word_tokens(text: str, arabic_script: bool, clitics: bool) -> list[WordToken]:
    """The words and punctuation of a sentence, folded, with offsets into its text.

    ``arabic_script``: cut the words from the folded text (folding drops diacritics, tatweel
    and ZWNJ, so "می‌کند" is one word) and map them back; ``clitics``: also give each word its
    forms without proclitics (Arabic).
    """
    if not arabic_script:
        # Latin script: folding a word never splits or joins words, so the words are cut from
        # the text itself and folded one by one (memoised), a tenth of the per-character cost.
        return [
            WordToken(*_fold_word(m.group()), m.start(), m.end(), m.group()[0].isalnum())
            for m in WORD_TOKEN.finditer(text)
        ]
    folded, where = fold_with_offsets(text)
    tokens = []
    for match in WORD_TOKEN.finditer(folded):
        word = match.group().replace("’", "'")
        start, end = where[match.start()], where[match.end() - 1] + 1
        variants = word_variants(word) if clitics else (word,)
        tokens.append(WordToken(word, variants, start, end, word[0].isalnum()))
    return tokens


@lru_cache(maxsize=100_000)
def _fold_word(word: str) -> tuple[str, tuple[str, ...]]:
    folded = fold_phrase(word)
    return folded, (folded,)
