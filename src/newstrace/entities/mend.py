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
from .evidence import head_type, name_type
from .ner import Span
from .places import demonym_countries, gazetteer

# A hyphen (or Persian zero-width non-joiner) joining two parts of one name.
_JOINERS = "-‐\u200c"
_WORD = re.compile(r"\w+")
_WORD_BEFORE = re.compile(r"\w+$")
_TRAILING_NUMBER = re.compile(r"(?:\s+\d+(?:[.,]\d+)?)+$")
# Characters of markup and link syntax; a name never holds them.
_DEBRIS = "[](){}<>|/\\*#=_"
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
    if clean is None:
        return None
    clean = _strip_link_words(text, clean, language or "en")
    line = _line_of(text, clean.start)
    if is_navigation(line) or is_byline(line) or is_boilerplate(line):
        return None
    if _interface(text, clean, language) or _sign_off(text, clean) or _role_only(clean, language):
        return None
    if is_heading(line):
        return _heading_trim(text, clean, language or "en", line, guessed)
    return clean


def _strip_debris(text: str, span: Span) -> Span | None:
    start, end = span.start, span.end
    while start < end and (text[start] in _DEBRIS or text[start].isspace()):
        start += 1
    while end > start and (text[end - 1] in _DEBRIS or text[end - 1].isspace()):
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


# -- interface text, sign-offs and role words ----------------------------------------------


@lru_cache(maxsize=16)
def _interface_pattern(language: str) -> re.Pattern[str] | None:
    phrases = (*lang.get(language).interface_phrases, *lang.get("en").interface_phrases)
    return re.compile("|".join(f"(?:{p})" for p in phrases), re.I) if phrases else None


def _interface(text: str, span: Span, language: str) -> bool:
    """The span overlaps a site's interface or credit phrase inside the article text ("Click
    here", "Replay More Videos", "All Content by ... is licensed under"): page furniture, not
    a name. The name a credit line gives ("Mehr News Agency") does not overlap the phrase."""
    pattern = _interface_pattern(language or "en")
    if pattern is None:
        return False
    return any(m.start() < span.end and span.start < m.end() for m in pattern.finditer(text))


_INITIALS = re.compile(r"[A-Z]{2,4}")
_INITIALS_BEFORE = re.compile(r"(?:[A-Z]{2,4}/)+$")
_INITIALS_AFTER = re.compile(r"(?:/[A-Z]{2,4})*/?")
# Before the sign-off: the end of the last sentence; after it: a new line or sentence.
_SIGN_OFF_START = re.compile(r"(?:^|[.!?\"”’)\]]\s+|\n\s*)$")
_SIGN_OFF_END = re.compile(r"\s*(?:$|\n|[A-Z])")


def _sign_off(text: str, span: Span) -> bool:
    """Editors' initials joined by slashes after a story's last sentence ("MH/PA",
    "AFM/MQ/MG"): initials alone are no name. A poll's sponsors ("a CNN/ORC survey", "Wall
    Street Journal/NBC poll") stand inside a sentence and stay."""
    if not _INITIALS.fullmatch(span.text):
        return False
    left = _INITIALS_BEFORE.search(text, 0, span.start)
    start = left.start() if left else span.start
    right = _INITIALS_AFTER.match(text, span.end)
    end = right.end() if right else span.end
    if start == span.start and end == span.end:
        return False  # no slash: an acronym
    return bool(_SIGN_OFF_START.search(text, 0, start) and _SIGN_OFF_END.match(text, end))


# A lone initial ("R." of "(R., Texas)") or a party-and-state tag ("R-TX").
_SINGLE_INITIAL = re.compile(r"[A-Z]\.?(?:-[A-Z]{2})?")


@lru_cache(maxsize=16)
def _role_words(language: str) -> frozenset[str]:
    """Titles and honorifics of the language and English, one word each ("Rep", "Imam")."""
    words = (*lang.get(language).comparison_titles, *lang.get("en").comparison_titles)
    return _titles(language) | frozenset(w.casefold() for w in words if " " not in w)


def _role_only(span: Span, language: str) -> bool:
    """No name: a lone initial ("R." of "(R., Texas)"), a span of titles only ("Rep.",
    "Imam", "Leader", "MP"), or a role phrase ending in a title with no name after it ("House
    Speaker", "Defense Minister", "Senate Majority Leader"); a body named with a linking
    word keeps its title word ("Department of Justice")."""
    if _SINGLE_INITIAL.fullmatch(span.text):
        return True
    words = [w.casefold().rstrip(".") for w in _WORD_IN_SPAN.findall(span.text)]
    if not words:
        return False
    language = language or "en"
    if all(w in _role_words(language) for w in words):
        return True
    links = {*lang.get(language).head_links, *lang.get("en").head_links, "the"}
    return len(words) > 1 and words[-1] in _titles(language) and not any(w in links for w in words)


# -- article-level evidence: sentence openers and common-noun acronyms ----------------------

_OPENING = re.compile(r"[\s\"“”‘’'«»(\[*•–—-]*")


def drop_common(
    texts: Sequence[str], spans: Sequence[Sequence[Span]], language: str
) -> list[list[Span]]:
    """Spans per sentence without the names the article itself shows to be common words.

    A sentence's first word is capitalised whatever it is: a one-word span there that the
    dictionary knows ("Let", "Analysts", "Ultimately") is a name only when the article also
    writes it capitalised inside a sentence or inside a longer name ("Holder" of "Eric
    Holder"). An acronym the article spells out in lower case ("small and medium-sized
    enterprises (SMEs)") abbreviates a common noun: no name anywhere in the article."""
    language = language or "en"
    common_acronyms = _common_acronyms(texts, language)
    inner = _inner_capitalised(texts, spans)
    out: list[list[Span]] = []
    for text, found in zip(texts, spans, strict=True):
        kept = []
        for span in found:
            if span.text in common_acronyms or span.text.rstrip("s") in common_acronyms:
                continue
            if _lone_opener(text, span, language) and span.text not in inner:
                continue
            kept.append(span)
        out.append(kept)
    return out


def _lone_opener(text: str, span: Span, language: str) -> bool:
    word = span.text
    if " " in word or word.isupper() or not word[:1].isupper():
        return False
    if _OPENING.fullmatch(text, 0, span.start) is None:
        return False
    if lang.get(language).script != "latin" or gazetteer().candidates(word):
        return False
    found = name_type(word, language)
    if found and found[1] == "institution-name":
        return False  # "Congress", "Senate": a body's name, whatever the dictionary says
    return fallback.known_common(word, language)


_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]*")


def _inner_capitalised(texts: Sequence[str], spans: Sequence[Sequence[Span]]) -> set[str]:
    """Words the article capitalises inside a sentence, and the words of its longer names."""
    words: set[str] = set()
    for text, found in zip(texts, spans, strict=True):
        first = _OPENING.match(text)
        start = first.end() if first else 0
        words.update(m.group() for m in _CAPITALISED.finditer(text) if m.start() > start)
        for span in found:
            if " " in span.text:
                words.update(span.text.split())
    return words


_SPELLED_ACRONYM = re.compile(r"((?:[a-z][\w-]*\s+){1,8})\(([A-Z]{2,6})s?\)")


def _common_acronyms(texts: Sequence[str], language: str) -> set[str]:
    """Acronyms spelt out in lower-case words right before them: "(SMEs)", "(FDI)"; the
    function words of names ("and", "of", "et") give no letter."""
    minor = {*lang.get(language).organisation_stop_words, *lang.get("en").organisation_stop_words}
    found: set[str] = set()
    for text in texts:
        for match in _SPELLED_ACRONYM.finditer(text):
            acronym = match.group(2)
            words = [w for w in match.group(1).split() if w not in minor]
            initials = "".join(w[0] for w in words[-len(acronym) :])
            if initials.upper() == acronym:
                found.add(acronym)
    return found


_LAST_WORD = re.compile(r"\s+([\w'’]+)$")


def _strip_link_words(text: str, span: Span, language: str) -> Span:
    """No linking word or article at the end of a name ("Senator of", "Constitution of
    the"): the model stopped before the rest of the name."""
    pack = lang.get(language)
    if pack.script != "latin":
        return span
    links = {w.casefold() for w in (*pack.head_links, *pack.articles, *lang.get("en").head_links)}
    end = span.end
    while (word := _LAST_WORD.search(text, span.start, end)) and word.group(1).casefold() in links:
        end = word.start()
    if end == span.end:
        return span
    return Span(span.start, end, span.label, text[span.start : end])


# -- coordinated names ----------------------------------------------------------------------


@lru_cache(maxsize=16)
def _coordinated_pattern(language: str) -> re.Pattern[str] | None:
    """Capitalised name parts joined by commas and the language's conjunction, each part
    maybe with a linking word inside ("Handicraft Organization of Iran")."""
    pack = lang.get(language)
    if pack.script != "latin" or not pack.name_conjunctions:
        return None
    cap = r"[A-Z][\w'’.]*(?:-[\w'’]+)*"
    links = "|".join(map(re.escape, pack.head_links)) or "of"
    part = rf"{cap}(?:\s+{cap})*(?:\s+(?:{links})\s+{cap}(?:\s+{cap})*)*"
    conj = "|".join(map(re.escape, pack.name_conjunctions))
    return re.compile(rf"{part}(?:,\s+{part})*,?\s+(?:{conj})\s+{part}")


_ACRONYM_AFTER = re.compile(r"\s*\(([A-Z]{2,8})\)")


def coordinated(text: str, spans: Sequence[Span], language: str) -> list[Span]:
    """Pieces of one coordinated name made whole: "Cultural Heritage, Handicrafts and Tourism
    Organization", "Centers for Disease Control and Prevention", "Immigration and Customs
    Enforcement (ICE)". A list of names ("Iran, Russia and Turkey") stays a list: the run
    is one name only when an organisation word heads it or stands before it ("Centers for",
    "Ministerio de"), or the acronym after it spells its words."""
    pattern = _coordinated_pattern(language or "en")
    if pattern is None or not spans:
        return list(spans)
    out = list(spans)
    for match in pattern.finditer(text):
        own, end = _without_article(text, match.start(), language), match.end()
        start = _organisation_before(text, own, language)
        name = text[start:end]
        if not _one_body(text[own:end], spans, start, end, language, start < own):
            continue
        acronym = _ACRONYM_AFTER.match(text, end)
        whole = (
            start < match.start()
            or _organisation_head(name, language)
            or (acronym is not None and _spells(acronym.group(1), name, language))
        )
        inside = [s for s in out if s.start < end and start < s.end]
        if not whole or not inside or any(s.start < start or s.end > end for s in inside):
            continue
        out = [s for s in out if s not in inside]
        out.append(Span(start, end, "organization", name))
    return sorted(out, key=lambda s: s.start)


def _without_article(text: str, start: int, language: str) -> int:
    """Past a capitalised article or a possessor opening the run ("The Cultural Heritage,
    ...", "Iran’s Industry, Mining and Trade Ministry")."""
    word = _WORD_START.match(text, start)
    articles = {*lang.get(language).articles, *lang.get("en").articles}
    if word and (word.group(1).casefold() in articles or _POSSESSOR.search(word.group(1))):
        return word.end()
    return start


_POSSESSOR = re.compile(r"['’]s$")


def _one_body(
    name: str, spans: Sequence[Span], start: int, end: int, language: str, headed: bool
) -> bool:
    """The run may be one body's name: no person, date word or possessive inside it, and
    when only a conjunction joins two parts ("FBI and Department of Justice", "White House
    and State Department"), the first is no complete name of its own, unless an
    organisation word before the run heads both ("Centers for")."""
    if any(s.label == "person" and s.start < end and start < s.end for s in spans):
        return False
    words = _WORD_IN_SPAN.findall(name)
    calendar = fallback.calendar_words(language or "en")
    if any(w.casefold() in calendar or _POSSESSOR.search(w) for w in words):
        return False
    if "," in name or headed:
        return True  # "Centers for Disease Control and Prevention"
    conjunctions = lang.get(language).name_conjunctions
    first, second = re.split(
        rf"\s+(?:{'|'.join(map(re.escape, conjunctions))})\s+", name, maxsplit=1
    )
    links = lang.get(language).head_links
    # "Centers for Disease Control and Prevention": the complement of a linked head goes
    # on; "Department of Justice and FBI", "FBI and ...": two names.
    part = second if any(w in links for w in first.split()) else first
    return not (part.replace(".", "").isupper() or name_type(part, language))


_ORG_BEFORE = re.compile(r"([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)\s+(\w+)\s+$")


def _organisation_before(text: str, start: int, language: str) -> int:
    """The start of "Centers for" / "Ministerio de" before the run, or the run's own start."""
    pack = lang.get(language)
    before = _ORG_BEFORE.search(text, max(0, start - 60), start)
    if before is None or before.group(2) not in pack.head_links:
        return start
    heads = {*pack.organisation_heads, *pack.organisation_prefixes}
    words = before.group(1).split()
    if words[-1].casefold() in heads or words[0].casefold() in heads:
        return before.start()
    return start


def _organisation_head(name: str, language: str) -> bool:
    found = head_type(name, language)
    return found is not None and found[0] == "organization"


def _spells(acronym: str, name: str, language: str) -> bool:
    minor = {*lang.get(language).organisation_stop_words, *lang.get(language).name_conjunctions}
    initials = "".join(w[0] for w in re.findall(r"[\w'’-]+", name) if w.casefold() not in minor)
    return initials.upper() == acronym
