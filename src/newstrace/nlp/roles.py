"""Sentences (and sentence prefixes) that frame an article rather than report it.

A photo caption's date and place describe the photo, a dateline's place is where the story was
filed: neither may become an event's date or place unless the text says so. Bylines and
boilerplate ("2 min read") are not statements at all.
"""

from __future__ import annotations

import re

from .. import lang


def _alternation(table: str) -> str:
    """Every language's entries of a pack table as one regex alternation. The patterns below
    are only ever asked whether they match, so the order of the alternatives is free."""
    return "|".join(sorted(lang.union(table)))


# "Photo: …", "(Photo: …)", "Caption:", "File photo", "صورة:", "عکس:", "Foto:", "Bild:" …
_CAPTION = re.compile(
    rf"^\s*[\(\[]?\s*(?:(?:{_alternation('caption_prefixes')})\s+)?"
    rf"(?:{_alternation('caption_words')})"
    rf"(?:\s+(?:{_alternation('caption_credits')}))?\s*[:：\-–—|)\]]",
    re.I,
)
_BYLINE = re.compile(
    rf"^\s*(?:{_alternation('byline_words')})\s+[^\s.!?]+(?:\s+[^\s.!?]+){{0,5}}\s*(?:,|$)",
    re.I,
)
_BOILERPLATE = re.compile(rf"^\s*(?:{_alternation('boilerplate')})\b.*$", re.I)
# A dateline opens the first sentence: "AMMAN —", "BERLIN (Reuters) -", "عمّان - النهار الشرقي:"
_LATIN_DATELINE = re.compile(
    r"^\s*([A-Z][A-Z'.\-]+(?:[ ,]+[A-Z][A-Z'.\-]+){0,3})(?:,\s*[A-Z][a-z]+\.?(?: \d{1,2})?)?"
    r"\s*(?:\(([^)]{1,40})\))?\s*[—–-]{1,2}\s+"
)
_ARABIC_DATELINE = re.compile(
    r"^\s*([\u0600-\u06ff\u0640\u064b-\u0652]+(?:\s[\u0600-\u06ff\u064b-\u0652]+)?)"
    r"\s*(?:\(([^)]{1,40})\))?\s*[—–-]\s*(?:([^:：\n]{1,30})[:：]\s*)?"
)


# Page furniture that scraped text fuses into a sentence (``LanguagePack.furniture``): share
# buttons, newsletter prompts, picture credit labels.
_FURNITURE = re.compile(rf"(?<!\w)(?:{_alternation('furniture')})", re.I)
# A picture credit in brackets opening a sentence, before the sentence proper: "(Darren
# Staples/Reuters) There are …", "(Photo: Getty Images) A fortnight ago …", "(Reuters) Cubs …".
# Only capitalised words, at most five, so prose in brackets never matches.
_OPENING_CREDIT = re.compile(
    rf"^\((?:(?i:{_alternation('caption_words')})\s*:\s*)?"
    r"[A-Z][\w.'\-]*(?:(?:\s+|\s*/\s*|-)[A-Z][\w.'\-]*){0,4}\)(?=\s+[\"“‘'(A-Z]|\s*$)"
)
# A picture credit in brackets anywhere in a sentence, named as one: "… Hillary Clinton
# (Photo: Ethan Miller, Getty Images) WASHINGTON -- …".
_BRACKETED_CREDIT = re.compile(rf"\((?i:{_alternation('caption_words')})\s*:[^()]{{1,60}}\)")
# A wire dateline inside a run of page text, after a headline or a byline that lost its line
# break: "… By Ana Ruiz WASHINGTON, Nov 6 (Reuters) - The FBI said …". Capitals, an optional
# date, the agency in brackets and a dash: prose has no such run.
_INNER_DATELINE = re.compile(
    r"(?<=\s)[A-Z][A-Z.'\-]{2,}(?:[ ,]+[A-Z][A-Z.'\-]+){0,2}(?:,\s*[A-Z][a-z]{2,}\.?\s+\d{1,2})?"
    r"\s*\([A-Z][^()]{1,30}\)\s*[—–-]{1,2}\s(?=[A-Z\"“])"
)
# A caption word left before a dateline: "Photo LONDON -- The peaks …".
_CAPTION_BEFORE_DATELINE = re.compile(
    rf"^(?i:{_alternation('caption_words')})"
    r"(?=\s+[A-Z][A-Z'.\-]+(?:[ ,]+[A-Z][A-Za-z'.\-]+){0,3}\s*(?:\([^)]{1,40}\))?\s*[—–-]{1,2}\s)"
)

_CAPTION_WORD_ALONE = re.compile(rf"(?:{_alternation('caption_words')})", re.I)


def furniture_runs(sentence: str) -> list[tuple[int, int]]:
    """Offsets of the page-furniture runs inside ``sentence``, in order and apart (runs that
    only whitespace separates are one)."""
    runs = [(m.start(), m.end()) for m in _FURNITURE.finditer(sentence) if m.end() > m.start()]
    runs.extend((m.start(), m.end()) for m in _BRACKETED_CREDIT.finditer(sentence))
    lead = len(sentence) - len(sentence.lstrip())
    for opening in (_OPENING_CREDIT, _CAPTION_BEFORE_DATELINE):
        found = opening.match(sentence, lead)
        if found:
            runs.append((found.start(), found.end()))
    merged: list[tuple[int, int]] = []
    for start, end in sorted(runs):
        if merged and not sentence[merged[-1][1] : start].strip():
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def inner_datelines(sentence: str) -> list[int]:
    """Offsets where a wire dateline opens inside ``sentence`` (``_INNER_DATELINE``)."""
    return [m.start() for m in _INNER_DATELINE.finditer(sentence) if m.start() > 0]


def is_furniture(sentence: str) -> bool:
    """Whether ``sentence`` is page furniture through and through (``furniture_runs``)."""
    text = sentence.strip()
    if _CAPTION_WORD_ALONE.fullmatch(text):  # "Photo" cut off before "LONDON -- …"
        return True
    runs = furniture_runs(text)
    return len(runs) == 1 and runs[0] == (0, len(text))


def is_caption(sentence: str) -> bool:
    """A photo caption or credit line."""
    return bool(_CAPTION.match(sentence))


def is_byline(sentence: str) -> bool:
    return bool(_BYLINE.match(sentence)) and len(sentence) < 120


def is_boilerplate(sentence: str) -> bool:
    return len(sentence) < 80 and bool(_BOILERPLATE.match(sentence))


# A language switcher's codes ("EN FR DE", "en | ar | fa") and a menu's separators.
_CODE = re.compile(r"[A-Za-z]{2,3}")
_MENU_SEPARATORS = re.compile(r"\s*[|•·»]\s*")


def is_navigation(line: str) -> bool:
    """A language switcher or a menu line: short items only, no sentence.

    "EN FR DE" and "en | العربية | فارسی" switch languages; "Home | World | Sport" is a menu.
    """
    items = [item for item in _MENU_SEPARATORS.split(line.strip()) if item]
    words = [w for w in (w.strip("|•·/[]()") for w in line.split()) if w]
    if len(words) >= 2 and all(_CODE.fullmatch(w) and w.isupper() for w in words):
        return True
    if len(items) >= 3 and all(len(item.split()) <= 3 for item in items):
        return not any(item.rstrip().endswith((".", "!", "?")) for item in items)
    return False


def dateline(sentence: str) -> tuple[int, int] | None:
    """(start, end) of the place in a dateline that opens ``sentence``, or None."""
    for pattern in (_LATIN_DATELINE, _ARABIC_DATELINE):
        match = pattern.match(sentence)
        if match:
            return match.start(1), match.end(1)
    return None


def dateline_length(sentence: str) -> int:
    """How many leading characters of ``sentence`` are dateline (0 when it has none)."""
    for pattern in (_LATIN_DATELINE, _ARABIC_DATELINE):
        match = pattern.match(sentence)
        if match:
            return match.end()
    return 0
