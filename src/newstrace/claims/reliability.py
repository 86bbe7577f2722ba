"""What an article says about a source: who funds, owns or backs it, and how it is regarded.

"the state-run IRNA news agency", "Al-Manar, a broadcaster funded by Hezbollah", "صحيفة الوطن
الموالية للحكومة", "خبرگزاری دولتی ایرنا": such phrases are kept as notes on the source they
describe, with the sentence as evidence. newstrace records what the article says and never adds
a verdict of its own, so a phrase only becomes a note when it sits next to a named source.

Pure functions of one sentence: :func:`find_descriptions` returns each phrase with its kind
(``funding``, ``ownership``, ``affiliation``, ``reliability``) and offsets relative to the
sentence; :func:`described_entity` picks the entity span the phrase is about.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from ..nlp.normalize import fold_with_offsets, original_span

# Each language: (kind, regex) pairs over the sentence as written (case-insensitive); Arabic
# and Persian patterns are matched on folded text (letter variants and diacritics folded).
_NOUNISH = r"[\w'’\-]+(?:\s+[\w'’\-]+){0,5}"
_PATTERNS: dict[str, list[tuple[str, str]]] = {
    "en": [
        ("ownership", r"\b(?:state|government|party|military)[- ](?:run|owned|controlled)\b"),
        ("funding", r"\b(?:state|government|publicly|foreign)[- ](?:funded|financed|backed)\b"),
        ("funding", r"\b[A-Z][\w]+[- ](?:funded|financed|backed|sponsored)\b"),
        ("ownership", r"\b[A-Z][\w]+[- ](?:owned|run|controlled)\b"),
        ("funding", rf"\b(?:funded|financed|bankrolled|sponsored|backed)\s+by\s+{_NOUNISH}"),
        ("ownership", rf"\b(?:owned|controlled|run)\s+by\s+{_NOUNISH}"),
        ("affiliation", rf"\b(?:affiliated|aligned|associated)\s+with\s+{_NOUNISH}"),
        ("affiliation", r"\b(?:pro|anti)-[\w]+(?:\s+(?:government|regime|opposition))?\b"),
        ("affiliation", rf"\b(?:mouthpiece|organ|arm|outlet)\s+of\s+{_NOUNISH}"),
        ("affiliation", rf"\bclose\s+to\s+the\s+{_NOUNISH}"),
        (
            "reliability",
            r"\b(?:accused|criticised|criticized|known)\s+(?:of|for)\s+(?:spreading|"
            r"publishing|peddling|running)?\s*(?:dis|mis)?information\b",
        ),
        (
            "reliability",
            r"\b(?:accused|criticised|criticized|known)\s+(?:of|for)\s+(?:spreading|"
            r"publishing|peddling)?\s*(?:propaganda|fake news|false reports?|fabricat\w+)",
        ),
        ("reliability", r"\b(?:propaganda|disinformation)\s+(?:outlet|channel|site|arm)\b"),
    ],
    "ar": [
        ("affiliation", r"\bال(?:موال|مقرب|قريب)(?:ه|يه|ين)?\s+(?:ل|من\s+|الي\s+)\S+(?:\s+\S+)?"),
        ("affiliation", r"\bال(?:تابع|محسوب|ناطق)(?:ه|يه)?\s+(?:ل|باسم\s+|علي\s+)\S+(?:\s+\S+)?"),
        ("funding", r"\bال(?:ممول|مدعوم)(?:ه)?\s+من\s+\S+(?:\s+\S+)?"),
        ("ownership", r"\bال(?:مملوك)(?:ه)?\s+(?:ل|من\s+)\S+(?:\s+\S+)?"),
        ("ownership", r"\bال(?:رسميه|حكوميه|رسمي|حكومي)\b"),
        ("affiliation", r"\bلسان\s+حال\s+\S+(?:\s+\S+)?"),
        ("reliability", r"\bال(?:متهم)(?:ه)?\s+بنشر\s+\S+(?:\s+\S+)?"),
    ],
    "fa": [
        ("ownership", r"\bدولتي\b"),
        ("ownership", r"\bحكومتي\b"),
        ("affiliation", r"\b(?:وابسته|نزديك|منسوب)\s+به\s+\S+(?:\s+\S+)?"),
        ("affiliation", r"\bحامي\s+(?:دولت|حكومت|نظام)\b"),
        ("funding", r"\bبا\s+بودجه\s+\S+(?:\s+\S+)?"),
        ("affiliation", r"\bسخنگوي\s+\S+(?:\s+\S+)?"),
        ("reliability", r"\bمتهم\s+به\s+(?:انتشار|پخش)\s+\S+(?:\s+\S+)?"),
    ],
    "de": [
        ("ownership", r"\bstaatlich(?:e|en|er|es)?\b"),
        ("affiliation", r"\b(?:regierungs|kreml|staats|partei)nah(?:e|en|er|es)?\b"),
        ("funding", rf"\b(?:finanziert|gefördert|unterstützt)\s+(?:von|durch)\s+{_NOUNISH}"),
        ("ownership", rf"\bim\s+Besitz\s+(?:von|der|des)\s+{_NOUNISH}"),
        ("affiliation", rf"\bSprachrohr\s+(?:von|der|des)\s+{_NOUNISH}"),
        ("reliability", r"\b(?:Des|Fehl)information\w*\b"),
    ],
    "es": [
        ("ownership", r"\bestatal(?:es)?\b"),
        ("affiliation", r"\b(?:oficialista|progubernamental|afín al gobierno)(?:es)?\b"),
        ("funding", rf"\b(?:financiad|patrocinad|respaldad)[oa]s?\s+por\s+{_NOUNISH}"),
        ("ownership", rf"\bpropiedad\s+de\s+{_NOUNISH}"),
        ("affiliation", rf"\b(?:vinculad|afín)[oa]?s?\s+(?:a|al|con)\s+{_NOUNISH}"),
        ("affiliation", rf"\bportavoz\s+(?:de|del)\s+{_NOUNISH}"),
        ("reliability", r"\bdesinformación\b"),
    ],
    "fr": [
        ("ownership", r"\b(?:d'État|étatique|public|publique)s?\b"),
        ("affiliation", r"\b(?:progouvernemental|pro-gouvernemental|proche du pouvoir)\w*\b"),
        ("funding", rf"\b(?:financé|soutenu|subventionné)e?s?\s+par\s+{_NOUNISH}"),
        ("ownership", rf"\bpropriété\s+(?:de|du|des)\s+{_NOUNISH}"),
        ("affiliation", rf"\b(?:affilié|lié|proche)e?s?\s+(?:à|au|aux|de|du)\s+{_NOUNISH}"),
        ("affiliation", rf"\borgane\s+de\s+propagande\b(?:\s+(?:de|du|des)\s+{_NOUNISH})?"),
        ("reliability", r"\bdésinformation\b"),
    ],
}
_ARABIC_SCRIPT = frozenset({"ar", "fa"})
# A source a note may attach to; a place or a person only through an explicit affiliation.
_SOURCE_TYPES = frozenset({"outlet", "organization", "other"})
# Characters allowed between a source's name and the phrase describing it: an apposition
# ("Al-Manar, a broadcaster funded by …") or an adjective next to the name.
_GAP = re.compile(r"^[\s,،(]*(?:(?:a|an|the|une?|der|die|das|el|la|le|les)\s+)?"
                  r"(?:[\w'’\-]+\s+){0,3}$", re.I)  # fmt: skip
_MAX_GAP = 40


@dataclass(frozen=True, slots=True)
class Description:
    """A phrase about a source; offsets are relative to the sentence text."""

    kind: str
    start: int
    end: int
    text: str


@cache
def _compiled(language: str) -> list[tuple[str, re.Pattern[str]]]:
    return [(kind, re.compile(p, re.I)) for kind, p in _PATTERNS.get(language, [])]


def find_descriptions(text: str, language: str | None) -> list[Description]:
    """Phrases describing a source's funding, ownership, affiliation or reputation."""
    patterns = _compiled(language or "")
    if not patterns:
        return []
    if language in _ARABIC_SCRIPT:
        haystack, where = fold_with_offsets(text)
    else:
        haystack, where = text, []
    found: list[Description] = []
    for kind, pattern in patterns:
        for match in pattern.finditer(haystack):
            start, end = match.span()
            if where:
                start, end = original_span(where, start, end, len(text))
            if any(d.start <= start < d.end or start <= d.start < end for d in found):
                continue
            found.append(Description(kind, start, end, text[start:end].strip()))
    return sorted(found, key=lambda d: d.start)


def described_entity(
    description: Description, text: str, entities: Sequence[tuple[int, int, str]]
) -> int | None:
    """Index into ``entities`` ((start, end, type) in the sentence) of the source that
    ``description`` is about: the nearest outlet or organisation right before it (apposition,
    or an Arabic/Persian adjective after its noun) or right after it ("the state-run X")."""
    best: tuple[int, int, int] | None = None  # (type preference, gap, index)
    for number, (start, end, kind) in enumerate(entities):
        if kind not in _SOURCE_TYPES and description.kind != "affiliation":
            continue
        if end <= description.start:
            gap = text[end : description.start]
        elif start >= description.end:
            gap = text[description.end : start]
        else:
            gap = ""  # inside the name the model found: "خبرگزاری دولتی ایرنا" is state-run
        if len(gap) > _MAX_GAP or not _GAP.match(gap):
            continue
        rank = (0 if kind in ("outlet", "organization") else 1, len(gap), number)
        if best is None or rank < best:
            best = rank
    return best[2] if best is not None else None
