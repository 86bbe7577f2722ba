"""Sentences (and sentence prefixes) that frame an article rather than report it.

A photo caption's date and place describe the photo, a dateline's place is where the story was
filed: neither may become an event's date or place unless the text says so. Bylines and
boilerplate ("2 min read") are not statements at all.
"""

from __future__ import annotations

import re

# "Photo: …", "(Photo: …)", "Caption:", "File photo", "صورة:", "عکس:", "Foto:", "Bild:" …
_CAPTION = re.compile(
    r"^\s*[\(\[]?\s*(?:(?:file|archive|stock)\s+)?(?:photo(?:graph)?|picture|image|caption|credit"
    r"|foto|bild|imagen|légende|photo\s+d'archive|صورة|الصورة|صوره|عکس|تصویر)"
    r"(?:\s+(?:by|de|von|credit))?\s*[:：\-–—|)\]]",
    re.I,
)
_BYLINE = re.compile(
    r"^\s*(?:by|von|por|par|بقلم|كتب|نوشته|گزارش از)\s+[^\s.!?]+(?:\s+[^\s.!?]+){0,5}\s*(?:,|$)",
    re.I,
)
_BOILERPLATE = re.compile(
    r"^\s*(?:\d+\s+min(?:ute)?s?\s+read|share(?:\s+this(?:\s+article)?)?|read more|advertisement"
    r"|subscribe|sign up|follow us|all rights reserved|copyright|©"
    r"|اقرأ أيضا|اقرأ ايضا|شارك|اشترك|بیشتر بخوانید|Weiterlesen|Anzeige|Lesen Sie auch)\b.*$",
    re.I,
)
# A dateline opens the first sentence: "AMMAN —", "BERLIN (Reuters) -", "عمّان - النهار الشرقي:"
_LATIN_DATELINE = re.compile(
    r"^\s*([A-Z][A-Z'.\-]+(?:[ ,]+[A-Z][A-Z'.\-]+){0,3})(?:,\s*[A-Z][a-z]+\.?(?: \d{1,2})?)?"
    r"\s*(?:\(([^)]{1,40})\))?\s*[—–-]{1,2}\s+"
)
_ARABIC_DATELINE = re.compile(
    r"^\s*([\u0600-\u06ff\u0640\u064b-\u0652]+(?:\s[\u0600-\u06ff\u064b-\u0652]+)?)"
    r"\s*(?:\(([^)]{1,40})\))?\s*[—–-]\s*(?:([^:：\n]{1,30})[:：]\s*)?"
)


def is_caption(sentence: str) -> bool:
    """A photo caption or credit line."""
    return bool(_CAPTION.match(sentence))


def is_byline(sentence: str) -> bool:
    return bool(_BYLINE.match(sentence)) and len(sentence) < 120


def is_boilerplate(sentence: str) -> bool:
    return len(sentence) < 80 and bool(_BOILERPLATE.match(sentence))


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
