"""Sentence spans with character offsets into the article text.

Lines are split first (a headline, a dateline or a caption is a sentence of its own even without
a full stop), then simplemma's language-aware splitter cuts each line. simplemma keeps the
Arabic comma inside a sentence and knows each language's abbreviations, which pysbd does not.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache

from simplemma import split_sentences as _split

from .. import lang
from .roles import furniture_runs, inner_datelines

_LINE = re.compile(r"[^\n]+")
# Full-width sentence ends (Chinese, Japanese): simplemma's splitter only knows the ASCII ones.
# A closing quote or bracket after the mark stays with its sentence: 他说：“好。”
_FULL_WIDTH_END = re.compile(r"[。！？；]+[”’」』）》]*")


@lru_cache(maxsize=1)
def _simplemma_languages() -> frozenset[str]:
    from simplemma.strategies.dictionaries.dictionary_factory import SUPPORTED_LANGUAGES

    return frozenset(SUPPORTED_LANGUAGES)


def _split_language(language: str | None) -> str | None:
    try:
        supported = _simplemma_languages()
    except ImportError:  # layout of simplemma changed: generic rules still work
        return None
    return language if language in supported else None


def sentence_spans(text: str, language: str | None = None) -> list[tuple[int, int]]:
    """(start, end) offsets of each sentence, in order; no span is empty or whitespace only."""
    lang = _split_language(language)
    spans: list[tuple[int, int]] = []
    for line in _LINE.finditer(text):
        line_text = line.group()
        if not line_text.strip():
            continue
        cursor = 0
        for piece in _split(line_text, lang):
            found = line_text.find(piece, cursor)
            if found < 0:  # the splitter changed the text: fall back to the rest of the line
                rest = line_text[cursor:]
                stripped = rest.strip()
                if stripped:
                    found = cursor + rest.index(stripped)
                    spans.append((line.start() + found, line.start() + found + len(stripped)))
                break
            start = line.start() + found
            spans.extend(_full_width_pieces(piece, start))
            cursor = found + len(piece)
    return _cut_furniture(text, _join_titles(text, spans, language))


def _cut_furniture(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans cut around the page furniture fused into them (``roles.furniture_runs``): scraped
    text that lost its line breaks runs share buttons, newsletter prompts and picture credits
    into the lead ("… Invalid Email Lady Gaga protested …"); each run becomes a sentence of its
    own, which the claims stage classes as framing. Then spans are cut where a wire dateline
    opens inside them (``roles.inner_datelines``): the dateline opens the first body
    sentence, and a headline or byline fused before it is a sentence of its own."""
    cut = _cut_at(text, spans, lambda s: [edge for run in furniture_runs(s) for edge in run])
    return _cut_at(text, cut, inner_datelines)


def _cut_at(
    text: str, spans: list[tuple[int, int]], cuts: Callable[[str], Iterable[int]]
) -> list[tuple[int, int]]:
    """Each span cut at the offsets (in order, relative to the span) ``cuts`` gives for its
    text, the pieces stripped and empty ones dropped."""
    found: list[tuple[int, int]] = []
    for start, end in spans:
        cursor = 0
        sentence = text[start:end]
        for offset in cuts(sentence):
            _add_stripped(found, sentence, cursor, offset, start)
            cursor = offset
        _add_stripped(found, sentence, cursor, len(sentence), start)
    return found


@lru_cache(maxsize=32)
def _abbreviation_end(words: tuple[str, ...]) -> re.Pattern[str] | None:
    """A sentence end that is the full stop of one of ``words``, abbreviations from a
    language pack: a title ("said Sen.") or a month ("… Sunday, Nov.")."""
    if not words:
        return None
    alternation = "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternation})\.$")


def _join_titles(
    text: str, spans: list[tuple[int, int]], language: str | None
) -> list[tuple[int, int]]:
    """Spans rejoined where the splitter cut after a title before a name: "said Sen." and
    "Bill Nelson of Florida." are one sentence (the title's full stop ends nothing), or after
    an abbreviated month before its day or year ("Speaking on Nov." and "10, Obama said")."""
    pack = lang.get(language) if lang.has_pack(language) else None
    title_end = _abbreviation_end(pack.title_abbreviations if pack else ())
    month_end = _abbreviation_end(pack.month_abbreviations if pack else ())
    if (title_end is None and month_end is None) or len(spans) < 2:
        return spans
    joined = [spans[0]]
    for start, end in spans[1:]:
        prev_start, prev_end = joined[-1]
        between = text[prev_end:start]
        previous = text[prev_start:prev_end]
        if "\n" not in between and (
            (title_end is not None and text[start].isupper() and title_end.search(previous))
            or (month_end is not None and text[start].isdigit() and month_end.search(previous))
        ):
            joined[-1] = (prev_start, end)
        else:
            joined.append((start, end))
    return joined


def _full_width_pieces(piece: str, start: int) -> list[tuple[int, int]]:
    """The span of ``piece`` (at ``start``), cut after each full-width sentence end."""
    found: list[tuple[int, int]] = []
    cursor = 0
    for end in _FULL_WIDTH_END.finditer(piece):
        _add_stripped(found, piece, cursor, end.end(), start)
        cursor = end.end()
    _add_stripped(found, piece, cursor, len(piece), start)
    return found


def _add_stripped(found: list[tuple[int, int]], text: str, a: int, b: int, start: int) -> None:
    part = text[a:b]
    stripped = part.strip()
    if stripped:
        left = a + part.index(stripped)
        found.append((start + left, start + left + len(stripped)))
