"""Quotation spans: where direct speech starts and ends in a sentence or an article.

Straight quotes get their direction from the spaces around them; a closing mark with no
opener means the quotation began earlier; single quotes count only outside double ones and
never as apostrophes ("Trump’s").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

OPEN_QUOTES = "“«„‘‹「"
CLOSE_QUOTES = "”»“’›」"
STRAIGHT_QUOTES = "\"'"

_QUOTE_MARK = re.compile(r"''|``|[\"“”«»„‘’‹›「」]")


def quote_regions(text: str) -> list[tuple[int, int]]:
    """(start, end) of each quotation of one sentence or paragraph, marks included.

    An unclosed quotation runs to the end of the text; a closing mark with no opener means
    the quotation began before the text, so it runs from the start.
    """
    regions: list[tuple[int, int]] = []
    opened: int | None = None
    single = False
    for mark in _QUOTE_MARK.finditer(text):
        kind = quote_kind(text, mark.start(), mark.end())
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


def quote_kind(text: str, start: int, end: int) -> str | None:
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


def in_quotes(position: int, regions: Iterable[tuple[int, int]]) -> bool:
    """Whether ``position`` is in one of the quotations (on its opening mark, or between the
    marks)."""
    return any(start < position < end - 1 or start == position for start, end in regions)


def quotation_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the quotations of a whole article, paragraph by paragraph.

    A quotation often runs over several sentences; a sentence in its middle carries no quote
    mark, so only the article can tell that a cue there is the quoted speaker's. Callers
    treat attributions whose cue falls inside one of these spans as nested.
    """
    spans: list[tuple[int, int]] = []
    for paragraph in re.finditer(r"[^\n]+", text):
        start = paragraph.start()
        spans.extend((start + a, start + b) for a, b in quote_regions(paragraph.group()))
    return spans
