"""Per-language word tables: lookups by folded form, and regex alternations of their words.

A table maps surface forms as written in the grammar ("Januar", "سه‌شنبه", "أيار") to what
they mean. The same table gives the regex that finds a word (every spelling variant the
language's writers use) and the lookup that reads it back (by a folded key that erases those
variants), so detection and interpretation can never disagree about a word.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from typing import NamedTuple

from newstrace.lang.fold import (
    ARABIC_MARKS,
    fold_date_arabic,
    fold_date_latin,
    fold_date_persian,
)

# Western, Arabic-Indic and Extended (Persian) Arabic-Indic digits; int() reads all three.
DIGIT = "[0-9\u0660-\u0669\u06f0-\u06f9]"
_DIGITS = re.compile(DIGIT + "+")
ZWNJ = "\u200c"


class Month(NamedTuple):
    calendar: str
    number: int


class Unit(NamedTuple):
    name: str  # day, week, month, year, decade
    counted: int | None  # what the word itself counts ("يومين" = two days); None: needs a number


# The keys of a grammar's tables, per script (the date-word folds of lang.fold).
fold_latin = fold_date_latin
fold_arabic = fold_date_arabic
fold_persian = fold_date_persian

_LATIN_CLASSES = {c: f"[{c}{unicodedata.normalize('NFKD', c)[0]}]" for c in "àâäáçéèêëíîïñóôöúùûü"}


def latin_tokens(word: str) -> list[str]:
    """Regex pieces of a Latin-script word: accents optional, any spacing, both apostrophes."""
    tokens = []
    for char in word:
        if char == " ":
            tokens.append(r"\s+")
        elif char in "'’":
            tokens.append("['’]")
        elif char == "-":
            tokens.append(r"[-\s]?")
        else:
            tokens.append(_LATIN_CLASSES.get(char.lower(), re.escape(char)))
    return tokens


_ARABIC_CLASSES = {
    **dict.fromkeys("اأإآ", "[اأإآ]"),
    **dict.fromkeys("يى", "[يى]"),
    **dict.fromkeys("ةه", "[ةه]"),
}


def arabic_tokens(word: str) -> list[str]:
    """Regex pieces of an Arabic word: hamza on alef, final yeh and teh marbuta as written."""
    bare = ARABIC_MARKS.sub("", word)
    if len(bare) <= 2:  # "آب" (August) as "اب" would be the inside of countless words
        return [re.escape(c) for c in bare]
    tokens = [r"\s+" if c == " " else _ARABIC_CLASSES.get(c, re.escape(c)) for c in bare]
    if bare.endswith("ا"):
        # Accusative tanween sits on the final alef or on the letter before it ("عاماً",
        # "عامًا"); writers use both, or none.
        tokens.insert(len(tokens) - 1, "\u064b?")
        tokens.append("\u064b?")
    return tokens


_PERSIAN_CLASSES = {
    **dict.fromkeys("یيى", "[یيى]"),
    **dict.fromkeys("کك", "[کك]"),
    ZWNJ: f"[{ZWNJ} ]?",
    " ": r"[\s\u200c]+",
}


def persian_tokens(word: str) -> list[str]:
    """Regex pieces of a Persian word: Arabic or Persian yeh/kaf; a joiner, a space or none."""
    return [_PERSIAN_CLASSES.get(char, re.escape(char)) for char in word]


Tokens = Callable[[str], list[str]]
_END = ""  # trie key marking that a word ends at this node


def alternation(words: Iterable[str], tokens: Tokens) -> str:
    """A non-capturing group matching any of the words, built as a trie.

    Python's regex engine tries the branches of an alternation one by one at every position;
    with the shared prefixes factored out ("Ju(?:ne?|ly?)") a position that starts no word
    fails after one or two character tests, which keeps scanning long word lists cheap.
    A word that is the prefix of another is an optional tail, tried longest first.
    """
    trie: dict[str, dict] = {}
    for word in set(words):
        node = trie
        for token in tokens(word):
            node = node.setdefault(token, {})
        node[_END] = {}
    return "(?:" + _trie_regex(trie) + ")" if trie else "(?!)"


def _trie_regex(node: dict[str, dict]) -> str:
    branches = [token + _trie_regex(child) for token, child in sorted(node.items()) if token]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if _END not in node:
        return body
    return f"(?:{body})?" if len(branches) == 1 else body + "?"


def read_number(text: str) -> int | None:
    """The first run of digits in a string ("1er", "۱۵ام", "3.") as an int."""
    match = _DIGITS.search(text)
    return None if match is None else int(match[0])


class Lexicon:
    """The word tables of one language, searchable by regex and readable by folded key."""

    def __init__(
        self,
        fold: Callable[[str], str],
        tokens: Tokens,
        tables: Mapping[str, Mapping[str, object]],
    ) -> None:
        self.fold = fold
        self.tokens = tokens
        self._surface = {name: tuple(table) for name, table in tables.items()}
        self._index = {
            name: {fold(word): meaning for word, meaning in table.items()}
            for name, table in tables.items()
        }

    def words(self, table: str) -> tuple[str, ...]:
        return self._surface.get(table, ())

    def alt(self, *tables: str, exclude: Iterable[str] = ()) -> str:
        """Regex alternation of every word of the named tables."""
        skip = set(exclude)
        words = [w for t in tables for w in self.words(t) if w not in skip]
        return alternation(words, self.tokens)

    def get(self, table: str, text: str | None) -> object | None:
        if text is None:
            return None
        return self._index.get(table, {}).get(self.fold(text))

    def month(self, text: str | None) -> Month | None:
        found = self.get("months", None if text is None else text.rstrip("."))
        return found if isinstance(found, Month) else None

    def unit(self, text: str | None) -> Unit | None:
        """A unit word: counted ("days", "يومين") or the definite noun ("الأسبوع")."""
        found = self.get("units", text) or self.get("unit_names", text)
        return found if isinstance(found, Unit) else None

    def integer(self, table: str, text: str | None) -> int | None:
        found = self.get(table, text)
        return found if isinstance(found, int) else None

    def text(self, table: str, text: str | None) -> str | None:
        found = self.get(table, text)
        return found if isinstance(found, str) else None
