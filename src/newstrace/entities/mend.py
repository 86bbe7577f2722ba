"""Name spans mended after recognition: whole hyphenated names, no titles, numbers or debris.

The NER models label tokens, and their tokenizers cut at hyphens: "Jean-Pierre Morel" comes
out as "Jean" + "Pierre Morel", "AL-WAHDA" as two entities, and "Ali bin Hassan al-Khatib"
as three people. The models also take a role word or a player's rating into a person
("Defender Karim Saeed", "Omar Fathi 7"). The rule-based finder shares the last step: a
mention is dropped when it is markup debris, a language switcher, a menu, a byline or a
boilerplate line, or a title-case heading made of common words ("Policy Shift").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from .. import lang
from ..nlp.roles import is_boilerplate, is_byline, is_navigation
from . import fallback
from .ner import Span
from .places import demonym_countries, gazetteer

# A hyphen (or Persian zero-width non-joiner) joining two parts of one name.
_JOINERS = "-‐\u200c"
_WORD = re.compile(r"\w+")
_WORD_BEFORE = re.compile(r"\w+$")
# Figures glued to an Arabic-script name, which never ends in one.
_GLUED_NUMBER = re.compile(r"(?<=[\u0600-\u06ff])\d+$")
_TRAILING_NUMBER = re.compile(r"(?:\s+\d+(?:[.,]\d+)?)+$")
# Characters of markup and link syntax; a name never holds them.
_DEBRIS = "[](){}<>|/\\*#=_"
# Quotation marks (and a stray zero-width non-joiner) at a span's edges: never the name's.
_EDGE_MARKS = "«»\"“”„‘’‹›'\u200c"
# Label preference when two pieces of one name were typed differently.
_LABEL_RANK = {"person": 0, "organization": 1, "place": 2, "other": 3}
# One-letter particles ("y", "e") are mostly the word "and": they join no two names here.
_PARTICLES = frozenset(w for w in lang.union("name_particles") if len(w) > 1)


@lru_cache(maxsize=16)
def _titles(language: str) -> frozenset[str]:
    """Titles and role words before a person's name in the text's language and in English
    ("Minister", "الوزير"): another language's titles are names here ("Don", "M.").

    Only the name finder's titles: honorifics that usage makes part of a name ("Seyed",
    "Imam Khomeini") stay, as the corpora annotate them; name comparison ignores them."""
    words = (*lang.get(language).titles, *lang.get("en").titles)
    return frozenset(w.casefold() for w in words if " " not in w and len(w) > 1)


def mend(text: str, spans: Sequence[Span], language: str = "") -> list[Span]:
    """NER spans widened over hyphenated and particle-joined names, pieces of one name merged,
    people cut at the titles glued before or inside them and the numbers after them."""
    widened = sorted(
        (_particle_parts(text, _widen(text, span, spans), language) for span in spans),
        key=lambda s: (s.start, -s.end),
    )
    merged: list[Span] = []
    for span in widened:
        if merged and _joined(text, merged[-1], span):
            merged[-1] = _merge(text, merged[-1], span)
        else:
            merged.append(span)
    out: list[Span] = []
    for span in merged:
        for piece in _split_at_titles(text, span, language):
            trimmed = _trim_person(text, piece, language)
            if trimmed is not None:
                out.append(trimmed)
    return out


# Name particles and the capitalised name part beside them: "Klaus| von der Heide",
# "Mohammed bin |Salman" (a model often keeps only one side).
_PARTICLE_AFTER = re.compile(r"((?:\s+[a-z]+){1,3})\s+([A-Z][\w'’-]+)")
_PARTICLE_BEFORE = re.compile(r"([A-Z][\w'’-]+)((?:\s+[a-z]+){1,3})\s+$")


def _particle_parts(text: str, span: Span, language: str) -> Span:
    """A person span stretched over name particles and the name part on their far side."""
    if span.label != "person":
        return span
    start, end = span.start, span.end
    after = _PARTICLE_AFTER.match(text, end)
    if after and all(w in _PARTICLES for w in after.group(1).split()):
        end = after.end()
    before = _PARTICLE_BEFORE.search(text, max(0, start - 40), start)
    if (
        before
        and all(w in _PARTICLES for w in before.group(2).split())
        and not fallback.known_common(before.group(1), language or "en")
    ):
        start = before.start()
    if (start, end) == (span.start, span.end):
        return span
    return Span(start, end, span.label, text[start:end])


def _widen(text: str, span: Span, spans: Sequence[Span]) -> Span:
    """The span stretched over the rest of a hyphenated or ZWNJ-joined word at either end."""
    start, end = span.start, span.end
    while end + 1 < len(text) and text[end] in _JOINERS and _part_after(text, end + 1):
        match = _WORD.match(text, end + 1)
        assert match is not None
        if _two_places(text, end, spans):
            break
        end = match.end()
    while start >= 2 and text[start - 1] in _JOINERS:
        match = _WORD_BEFORE.search(text, 0, start - 1)
        if match is None or not _part_before(text, match, start):
            break
        if _two_places(text, start - 1, spans):
            break
        start = match.start()
    if (start, end) == (span.start, span.end):
        return span
    return Span(start, end, span.label, text[start:end])


def _two_places(text: str, joiner: int, spans: Sequence[Span]) -> bool:
    """The hyphen links two places or peoples, not two parts of a name ("Iran-Kuwait
    agreement", "Tehran-Moscow relations", "Kuwaiti-Arab ties"): both words are in the
    gazetteer (or name a nationality) and the model saw a place, or the model typed both
    sides place or other."""
    left = _WORD_BEFORE.search(text, 0, joiner)
    right = _WORD.match(text, joiner + 1)
    if left is None or right is None:
        return False
    sides = [_span_at(spans, w.start()) for w in (left, right)]
    labels = [side.label if side else None for side in sides]
    if all(label in ("place", "other") for label in labels):
        return True
    # Name parts may also be towns somewhere ("Hamid-Reza"): the gazetteer only decides
    # where the model saw a place on one side ("Tehran-Bandar Abbas").
    return "place" in labels and all(
        _is_place(w.group()) or (side is not None and _is_place(side.text))
        for w, side in zip((left, right), sides, strict=True)
    )


def _is_place(word: str) -> bool:
    return bool(gazetteer().candidates(word) or demonym_countries(word))


def _span_at(spans: Sequence[Span], offset: int) -> Span | None:
    return next((s for s in spans if s.start <= offset < s.end), None)


def _part_after(text: str, at: int) -> bool:
    """A name part follows a joiner: any letter after a ZWNJ (Persian), a capital after a
    hyphen; in Arabic script a hyphen pairs two names ("بعثت کرمانشاه-پرسپولیس", a match)."""
    char = text[at]
    return char.isalpha() and (text[at - 1] == "\u200c" or char.isupper())


def _part_before(text: str, word: re.Match[str], span_start: int) -> bool:
    part = word.group()
    joiner = text[span_start - 1]
    if joiner == "\u200c":
        return True
    return part[0].isupper() or part.casefold() in _PARTICLES


def _joined(text: str, left: Span, right: Span) -> bool:
    """Two spans are one name: they overlap, or only name particles stand between them and
    one of them names a person ("Ali bin Hassan", "Hassan al-Khatib")."""
    if right.start < left.end:
        return True
    if "person" not in (left.label, right.label):
        return False
    gap = text[left.end : right.start].split()
    if not text[left.end : right.start].strip(" "):
        # Adjacent only when the right one opens with a particle joined by a hyphen.
        head = right.text.split("-", 1)[0]
        return "-" in right.text and head.casefold() in _PARTICLES
    return bool(gap) and len(gap) <= 2 and all(w.casefold() in _PARTICLES for w in gap)


def _merge(text: str, left: Span, right: Span) -> Span:
    start, end = min(left.start, right.start), max(left.end, right.end)
    label = min((left.label, right.label), key=lambda lab: _LABEL_RANK.get(lab, 9))
    return Span(start, end, label, text[start:end])


def _trim_person(text: str, span: Span, language: str) -> Span | None:
    """A person without the title or role words before the name and the numbers after it."""
    if span.label != "person":
        return span
    start, end = span.start, span.end
    number = _TRAILING_NUMBER.search(text, start, end)
    if number and number.start() > start:
        end = number.start()
    while True:
        word = _WORD_START.match(text, start, end)
        if word is None or word.end() >= end:
            break
        if not _is_title(word.group(1), language):
            break
        start = word.end()
    if (start, end) == (span.start, span.end):
        return span
    return Span(start, end, span.label, text[start:end])


# One-letter proclitics glued before an Arabic title ("بالسفير": bi + al-safir).
_ONE_LETTER_PROCLITICS = "وفبلك"
_PROCLITIC = re.compile(f"^[{_ONE_LETTER_PROCLITICS}](?=ال)")


def _is_title(word: str, language: str) -> bool:
    word = word.casefold().rstrip(".")
    return word in _titles(language) or _PROCLITIC.sub("", word) in _titles(language)


def _split_at_titles(text: str, span: Span, language: str) -> list[Span]:
    """A person span cut where a title or role word inside it opens the next person ("علي بن
    حسن بالسفير طارق حليم"): the title goes, each side stays a person."""
    if span.label != "person":
        return [span]
    words = list(_WORD_IN_SPAN.finditer(text, span.start, span.end))
    cuts = [w for w in words[1:-1] if w.group().casefold() in _inner_titles(language)]
    if not cuts:
        return [span]
    pieces: list[Span] = []
    start = span.start
    for word in cuts:
        piece = text[start : word.start()].rstrip()
        if piece:
            pieces.append(Span(start, start + len(piece), span.label, piece))
        start = (
            word.end()
            + len(text[word.end() : span.end])
            - len(text[word.end() : span.end].lstrip())
        )
    pieces.append(Span(start, span.end, span.label, text[start : span.end]))
    return pieces


_WORD_IN_SPAN = re.compile(r"[\w'’]+")


@lru_cache(maxsize=16)
def _inner_titles(language: str) -> frozenset[str]:
    """Role words that never stand inside a name: the name-finder titles, also with a
    one-letter proclitic ("بالسفير"). Honorifics such as "King" can ("Martin Luther King")."""
    words = set(_titles(language))
    glued = {p + w for w in words if w.startswith("ال") for p in _ONE_LETTER_PROCLITICS}
    return frozenset(words | glued)


# The first word of a span and the spaces after it ("Minister ", "Dr. ").
_WORD_START = re.compile(r"([\w'’]+\.?)\s+")


# -- mentions that are no names ----------------------------------------------------------


def keep(text: str, span: Span, language: str, guessed: bool = False) -> Span | None:
    """The span as a mention, cut free of markup debris; None where it is no name at all.

    ``guessed``: the span is the rule-based finder's capitalised run, not a model's reading,
    so in a heading its common words at either end are cut off as well."""
    clean = _strip_debris(text, span)
    if clean is not None:
        clean = _pack_edges(text, clean, language)
    if clean is None:
        return None
    line = _line_of(text, clean.start)
    if is_navigation(line) or is_byline(line) or is_boilerplate(line):
        return None
    if is_heading(line):
        return _heading_trim(text, clean, language or "en", line, guessed)
    return clean


def _pack_edges(text: str, span: Span, language: str) -> Span | None:
    """None for a span that is no name by itself ("تیم ملی", "هایی", "فینال"); figures glued
    to the name cut, and a place's compass adjective taken in."""
    pack = lang.get(language)
    start = span.start
    name = text[start : span.end]
    if name in pack.not_names:
        return None
    end = span.end
    glued = _GLUED_NUMBER.search(text, start, end)
    if glued:
        end = glued.start()  # "مسعود شجاعی71": a line-up's minute glued to the name
    following = _WORD.match(text, end + 1) if text[end : end + 1] == " " else None
    if span.label == "place" and following and following.group() in pack.place_suffixes:
        end = following.end()  # "خراسان رضوی"
    if (start, end) == (span.start, span.end):
        return span
    return Span(start, end, span.label, text[start:end])


def _strip_debris(text: str, span: Span) -> Span | None:
    start, end = span.start, span.end
    while start < end and (
        text[start] in _DEBRIS or text[start] in _EDGE_MARKS or text[start].isspace()
    ):
        start += 1
    while end > start and (
        text[end - 1] in _DEBRIS
        or text[end - 1] in _EDGE_MARKS
        or text[end - 1].isspace()
        # 'حسب «رويترز».': the full stop after a closing mark goes with it
        or (text[end - 1] in ".,،" and end - 2 > start and text[end - 2] in _EDGE_MARKS)
    ):
        end -= 1
    inner = text[start:end]
    cut = next((i for i, c in enumerate(inner) if c in _DEBRIS), None)
    if cut is not None:  # "Conference (OIC", "AFP]](/news": the name ends at the markup
        end = start + len(inner[:cut].rstrip())
        inner = text[start:end]
    if not any(c.isalpha() for c in inner):
        return None
    if (start, end) == (span.start, span.end):
        return span
    return Span(start, end, span.label, inner)


def _line_of(text: str, offset: int) -> str:
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return text[start : end if end >= 0 else len(text)]


_LINE_END = re.compile(r"[.!?:;,\"”»)]\s*$")
_LETTER_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def is_heading(line: str) -> bool:
    """A title-case line: no closing punctuation, no figures or brackets (a results table's
    rows are none), and every longer word capitalised."""
    words = _LETTER_WORD.findall(line)
    if not words or len(words) > 10 or _LINE_END.search(line) or _NOT_HEADING.search(line):
        return False
    content = [w for w in words if len(w) > 3]
    return all(w[0].isupper() for w in content or words)


_NOT_HEADING = re.compile(r"[\d()\[\]]")
# A section heading of common words only ("Policy Shift", "What Comes Next") is this short;
# a longer all-common title may hold a name no dictionary flags ("White House Denies Report").
_SECTION_HEADING_WORDS = 4


def _heading_trim(text: str, span: Span, language: str, line: str, guessed: bool) -> Span | None:
    """A mention inside a title-case heading, where capitals mark no name: dropped in a short
    heading of common words only ("Policy Shift", "Defection"); a person loses the common
    words after the name ("Karim Haddad Steps Down" -> "Karim Haddad"); a run of the
    rule-based finder loses them at both ends ("Giro Político En Madrid" -> "Madrid").
    The gazetteer, or a word the dictionary does not know or lists as a name, keeps a name."""
    if gazetteer().candidates(span.text):
        return span
    words = list(_LETTER_WORD.finditer(text, span.start, span.end))
    line_words = _LETTER_WORD.findall(line)
    if all(_common(w, language) for w in line_words) and (
        guessed or len(line_words) <= _SECTION_HEADING_WORDS
    ):
        return None
    first, last = 0, len(words)
    while guessed and first < last and _common(words[first].group(), language):
        first += 1
    while (guessed or span.label == "person") and last > first:
        if not _common(words[last - 1].group(), language):
            break
        last -= 1
    if first == last:
        return None
    if (first, last) == (0, len(words)):
        return span
    start, end = words[first].start(), words[last - 1].end()
    label = "place" if gazetteer().candidates(text[start:end]) else span.label
    return Span(start, end, label, text[start:end])


def _common(word: str, language: str) -> bool:
    """A common word of the language: in its dictionary, and not listed there as a name."""
    # Two letters are a function word in a heading ("Of", "En", "Au"), whatever the dictionary;
    # an all-capitals word is looked up as a capitalised one ("PITTSBURGH": a name).
    if word.isupper():
        word = word.capitalize()
    return len(word) <= 2 or fallback.known_common(word, language)
