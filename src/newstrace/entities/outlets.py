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

_AR_NOUNS = (
    "صحيفة|جريدة|وكالة أنباء|وكالة|قناة|موقع|شبكة|مجلة|إذاعة|اذاعة|تلفزيون|تليفزيون|يومية|أسبوعية"
)
_FA_NOUNS = (
    "خبرگزاری|روزنامه|هفته‌نامه|هفته نامه|ماهنامه|شبکه|پایگاه خبری|پایگاه اطلاع‌رسانی|سایت|"
    "وب‌سایت|رادیو|تلویزیون|نشریه|مجله"
)
_LATIN_NOUNS = {
    "en": r"(?:newspaper|daily|weekly|broadcaster|news\s+agency|wire\s+service|news\s+site"
    r"|news\s+website|website|channel|magazine|network|tabloid|outlet)",
    "de": r"(?:Zeitung|Tageszeitung|Wochenzeitung|Nachrichtenagentur|Agentur|Sender|Magazin"
    r"|Nachrichtenportal|Portal|Blatt)",
    "es": r"(?:diario|periódico|semanario|agencia(?:\s+de\s+noticias)?|cadena|canal|revista"
    r"|portal|emisora)",
    "fr": r"(?:journal|quotidien|hebdomadaire|agence(?:\s+de\s+presse)?|chaîne|magazine"
    r"|site(?:\s+d'information)?|radio)",
}
# Cues on the left of an organisation name: "according to X", "told X", "laut X", "selon X" …
_LEFT_CUES = {
    "en": r"(?:according\s+to|told|reported\s+by|published\s+by|aired\s+by|broadcast\s+by"
    r"|quoted\s+by|interview\s+with|cited\s+by|speaking\s+to|a\s+report\s+by|reports?\s+in)"
    r"(?:\s+the)?\s*$",
    "de": r"(?:laut|gegenüber|berichtete|berichtet|meldete|meldet|zitiert\s+von)"
    r"(?:\s+de[rmn])?\s*$",
    "es": r"(?:según|informó|publicó|dijo\s+a|declaró\s+a|citado\s+por)(?:\s+(?:el|la))?\s*$",
    "fr": r"(?:selon|a\s+rapporté|rapporte|a\s+déclaré\s+à|a\s+indiqué\s+à|cité\s+par)"
    r"(?:\s+(?:le|la|l'))?\s*$",
    "ar": r"(?:ذكرت|أفادت|افادت|نقلت|أوردت|اوردت|قالت|نشرت|بثت|بحسب|حسب|وفق|وفقا\s+ل|نقلا\s+عن"
    r"|لـ|ل)\s*$",
    "fa": r"(?:به\s+گزارش|به\s+نقل\s+از|گفت\s+و\s+گو\s+با|گفت‌وگو\s+با|در\s+گفت‌وگو\s+با)\s*$",
}
# Cues on the right: "X reported", "X has learned", "X zufolge" …
_RIGHT_CUES = {
    "en": r"^\s*(?:reported|reports|has\s+learned|learned|broadcast|revealed\s+in\s+a\s+report"
    r"|said\s+in\s+a\s+report|wrote|published)\b",
    "de": r"^\s*(?:zufolge|berichtete|berichtet|meldete|meldet)\b",
    "es": r"^\s*(?:informó|informa|publicó|reveló)\b",
    "fr": r"^\s*(?:a\s+rapporté|rapporte|a\s+révélé|a\s+publié)\b",
}
_AR_STOP = re.compile(
    r"^(?:أن|ان|إن|إنّ|عن|في|على|من|إلى|الى|التي|الذي|مع|بأن|بان|حول|نقلا|قال|ذكر|و)$"
)
_FA_STOP = re.compile(r"^(?:که|از|در|به|با|را|و|این|آن|نوشت|گزارش|داد|است)$")
_NISBA = re.compile(
    r"^ال.+(?:ية|يه|ي)$"
)  # "الأمريكية": an adjective after the name, not part of it
_TRAILING_PUNCT = re.compile(r"[،,.:;؛!?»«\"'()\[\]]+$")


@dataclass(frozen=True, slots=True)
class CueSpan:
    """A name span (offsets into the sentence) that a publisher noun introduces."""

    start: int
    end: int


def noun_introduced_outlets(sentence: str, language: str | None) -> list[CueSpan]:
    """Outlet names after a publisher noun ("صحيفة الشرق الأوسط", "the newspaper Le Monde")."""
    if language == "ar":
        return _script_names(sentence, _AR_NOUNS, _AR_STOP, max_words=3)
    if language == "fa":
        # "به گزارش X" (as X reports) names a publisher; "به نقل از X" (quoting X) may be anyone.
        return _script_names(sentence, _FA_NOUNS + "|به گزارش", _FA_STOP, max_words=3)
    nouns = _LATIN_NOUNS.get(language or "")
    if nouns is None:
        return []
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
    sentence: str, nouns: str, stop: re.Pattern[str], max_words: int
) -> list[CueSpan]:
    spans = []
    for match in re.finditer(rf"(?:^|(?<=[\s(«\"]))(?:{nouns})\s+", sentence):
        cursor = match.end()
        words = list(re.finditer(r"\S+", sentence[cursor:]))[:max_words]
        end = None
        for i, word in enumerate(words):
            raw = word.group()
            clean = _TRAILING_PUNCT.sub("", raw)
            if not clean or stop.match(clean) or (i > 0 and _NISBA.match(clean)):
                break
            end = cursor + word.start() + len(clean)
            if clean != raw:  # punctuation closes the name
                break
        if end is not None:
            spans.append(CueSpan(cursor, end))
    return spans


def has_publisher_cue(sentence: str, start: int, end: int, language: str | None) -> bool:
    """True when a reporting cue stands right before or after the span ``start:end``."""
    lang = language or ""
    left = _LEFT_CUES.get(lang)
    if left and re.search(left, sentence[max(0, start - 40) : start], re.I):
        return True
    right = _RIGHT_CUES.get(lang)
    return bool(right and re.match(right, sentence[end : end + 40], re.I))
