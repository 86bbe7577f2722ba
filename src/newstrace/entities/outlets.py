"""Outlets: names the text treats as a publisher ("X reported", "told X", "صحيفة X", "به گزارش X").

Two kinds of evidence, per language:
- a *publisher noun* before the name ("the newspaper", "صحيفة", "خبرگزاری", "die Zeitung"): the
  words after it are the outlet's name even where the NER model found nothing;
- a *reporting cue* next to a name the NER model found ("X reported", "according to X",
  "told X"): the name is an outlet if it is an organisation (a person who "reported" stays a
  person).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .. import lang

_NISBA = re.compile(
    r"^ال.+(?:ية|يه|ي)$"
)  # "الأمريكية": an adjective after the name, not part of it
# Opening marks before a name, and the run of a name part up to punctuation.
_OPENING = "«\"'“‘(["
_NAME_PART = re.compile(r"[^،,.:;؛!?»«\"'“”‘’()\[\]]+")


@dataclass(frozen=True, slots=True)
class CueSpan:
    """A name span (offsets into the sentence) that a publisher noun introduces."""

    start: int
    end: int


def noun_introduced_outlets(sentence: str, language: str | None) -> list[CueSpan]:
    """Outlet names after a publisher noun ("صحيفة الشرق الأوسط", "the newspaper Le Monde")."""
    pack = lang.get(language)
    if not pack.outlet_nouns:
        return []
    if pack.script == "arabic":
        return _script_names(
            sentence,
            pack.outlet_nouns,
            _stops(pack.outlet_stops),
            max_words=3,
            name_nouns=pack.outlet_name_nouns,
        )
    nouns = pack.outlet_nouns
    pattern = re.compile(
        rf"\b{nouns}\s+((?:[A-Z][\w'’&.-]*|de|del|la|le|du|der|die|das|al-|el-)"
        rf"(?:\s+(?:[A-Z][\w'’&.-]*|\d+|de|del|la|le|du|der|des|al-|el-)){{0,4}})"
    )
    spans = []
    for match in pattern.finditer(sentence):
        start, end = match.span(1)
        name = sentence[start:end]
        # Trailing lowercase connectors are not part of a name.
        trimmed = re.sub(r"(?:\s+(?:de|del|la|le|du|der|die|das|des|al-|el-))+$", "", name)
        if trimmed and trimmed[0].isupper():
            spans.append(CueSpan(start, start + len(trimmed)))
    return spans


def _script_names(
    sentence: str, nouns: str, stop: re.Pattern[str], max_words: int, name_nouns: tuple[str, ...]
) -> list[CueSpan]:
    spans: list[CueSpan] = []
    for match in re.finditer(rf"(?:^|(?<=[\s(«\"]))(?:{nouns})\s+", sentence):
        cursor = match.end()
        words = list(re.finditer(r"\S+", sentence[cursor:]))[:max_words]
        start, end = cursor, None
        for i, word in enumerate(words):
            raw = word.group()
            # 'به گزارش "ورزش سه"،': the marks around the name are not part of it.
            lead = len(raw) - len(raw.lstrip(_OPENING)) if i == 0 else 0
            part = _NAME_PART.match(raw, lead)
            clean = part.group() if part else ""
            if not clean or stop.match(clean) or (i > 0 and _NISBA.match(clean)):
                break
            if i == 0:
                start = cursor + word.start() + lead
            end = cursor + word.start() + lead + len(clean)
            if lead + len(clean) != len(raw):  # punctuation closes the name
                break
        if end is None:
            continue
        if match.group().strip() in name_nouns and start == cursor:
            start = match.start()  # "خبرگزاری فارس": the noun is part of the name
        if not any(s.start <= start and end <= s.end for s in spans):
            spans = [s for s in spans if not (start <= s.start and s.end <= end)]
            spans.append(CueSpan(start, end))
    return spans


def has_publisher_cue(sentence: str, start: int, end: int, language: str | None) -> bool:
    """True when a reporting cue stands right before or after the span ``start:end``."""
    pack = lang.get(language)
    left = pack.outlet_cues_before
    if left and re.search(left, sentence[max(0, start - 40) : start], re.I):
        return True
    right = pack.outlet_cues_after
    return bool(right and re.match(right, sentence[end : end + 40], re.I))


@cache
def _stops(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)
