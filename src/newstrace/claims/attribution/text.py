"""Text handling for the attribution finders: folding with an offset map, tokens, quotations."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from newstrace.nlp.normalize import fold, fold_with_offsets

# Letters plus the marks fold() removes, so that a word keeps its diacritics and ZWNJ inside.
_W = r"[\w\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200c\u200d]"
_TITLES = (
    "Mr|Mrs|Ms|Dr|Sen|Sens|Rep|Reps|Gov|Gen|Lt|Col|Sgt|Capt|Prof|Jr|Sr|St|Rev|Maj|Adm|Pres"
    "|Amb|Cmdr|Supt|Insp|Messrs|Mmes|Mme|Mlle|Hr|Fr|Sra|Sr|Dra|No|Vol|Inc|Corp|Co|Ltd|Gov"
)
_TOKEN = re.compile(
    rf"(?:{_TITLES})\.(?=\s)"  # titles keep their full stop: "Mr. Trump" is one name
    r"|(?:[^\W\d_]\.){2,}"  # initialisms: "U.S.", "U.N."
    r"|[A-Z]\.(?=\s[A-Z])"  # a middle initial: "Donald J. Trump"
    rf"|{_W}+?(?=n['’]t\b)"  # "did" of "didn't"
    r"|n['’]t\b"
    r"|['’](?:s|re|ve|ll|d|m)\b"  # clitics and the possessive are tokens of their own
    rf"|{_W}+(?:[-&]{_W}+|['’](?!(?:s|re|ve|ll|d|m)\b){_W}+)*"
    r"|\S"
)
_OPEN_QUOTES = "“«„‘‹「"
_CLOSE_QUOTES = "”»“’›」"
_STRAIGHT = "\"'"
_SENTENCE_PUNCT = ".!?؟。…"


@dataclass(frozen=True, slots=True)
class _Token:
    start: int
    end: int
    text: str
    low: str  # folded
    word: bool  # has a letter or digit


def _fold(text: str) -> str:
    """fold(), with the typographic apostrophe made plain ("d’après" = "d'après")."""
    return fold(text).replace("’", "'")


# Tokens recur across sentences (the same names and cue words): their folding is memoised.
_fold_token = lru_cache(maxsize=100_000)(_fold)


def _fold_with_map(text: str) -> tuple[str, list[int]]:
    """_fold() applied per character, with each folded character's offset in ``text``: the
    project's offset-keeping fold, after the one-for-one apostrophe swap _fold() makes."""
    return fold_with_offsets(text.replace("’", "'"))


# French elision: "qu'il", "l'AFP", "d'après" are two words each.
_ELISION = re.compile(r"(?i:qu|lorsqu|puisqu|jusqu|[ldjmnstc])['’](?=\w)|" + _TOKEN.pattern)


def _tokens(text: str, language: str) -> list[_Token]:
    pattern = _ELISION if language == "fr" else _TOKEN
    return [
        _Token(
            m.start(),
            m.end(),
            m.group(),
            _fold_token(m.group()),
            any(c.isalnum() for c in m.group()),
        )
        for m in pattern.finditer(text)
    ]


_QUOTE_MARK = re.compile(r"''|``|[\"“”«»„‘’‹›「」]")


def _quote_regions(text: str) -> list[tuple[int, int]]:
    """(start, end) of each quotation, marks included.

    An unclosed quotation runs to the end of the sentence; a closing mark with no opener means
    the quotation began in an earlier sentence, so it runs from the start. Straight quotes get
    their direction from the spaces around them. Single quotes count only outside double ones
    (and never as apostrophes: "Trump’s").
    """
    regions: list[tuple[int, int]] = []
    opened: int | None = None
    single = False
    for mark in _QUOTE_MARK.finditer(text):
        kind = _quote_kind(text, mark.start(), mark.end())
        if kind is None:
            continue
        is_single = mark.group() in "‘’‹›"
        if opened is not None and is_single and not single:
            continue  # a quotation inside a quotation
        if kind == "open" and opened is None:
            opened, single = mark.start(), is_single
        elif kind == "close" and opened is not None and is_single == single:
            regions.append((opened, mark.end()))
            opened = None
        elif kind == "close" and opened is None and not regions and not is_single:
            regions.append((0, mark.end()))
    if opened is not None and not single:
        regions.append((opened, len(text)))
    return regions


def _quote_kind(text: str, start: int, end: int) -> str | None:
    """ "open", "close" or None (an apostrophe) for the quotation mark at text[start:end]."""
    mark = text[start:end]
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    if mark in "“«„‹「" or mark == "``":
        # "“" also closes German quotations („…“): then it follows a word or punctuation.
        if mark == "“" and "„" in text[:start] and not before.isspace():
            return "close"
        return "open"
    if mark in "”»›」":
        return "close"
    if mark in "‘’" and before.isalnum() and after.isalnum():
        return None  # an apostrophe inside a word
    opens = before.isspace() or before in "([{—–-:" or start == 0
    closes = not after.isalnum() or end == len(text)
    if mark == "‘":
        return "open" if opens else None
    if mark == "’":
        return "close" if closes and not opens else None
    if opens and not after.isspace():
        return "open"
    return "close" if closes else "open"


def _inside(position: int, regions: Iterable[tuple[int, int]]) -> bool:
    return any(start < position < end - 1 or start == position for start, end in regions)


_COMMAS = (",", "،")


# Complementizers that are not part of the content ("said that X" reports X).
_MAIN_COMPLEMENTIZERS = frozenset(
    _fold(w) for w in ("that", "dass", "que", "qu'", "أن", "ان", "إن", "بأن", "که")
)


def quotation_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the quotations of a whole article, paragraph by paragraph.

    A quotation often runs over several sentences; a sentence in its middle carries no quote
    mark, so only the article can tell that a cue there is the quoted speaker's. Callers
    treat attributions whose cue falls inside one of these spans as nested.
    """
    spans: list[tuple[int, int]] = []
    for paragraph in re.finditer(r"[^\n]+", text):
        start = paragraph.start()
        spans.extend((start + a, start + b) for a, b in _quote_regions(paragraph.group()))
    return spans
