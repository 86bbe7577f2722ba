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
from ..lang.fold import fold, fold_with_offsets
from ..lang.schema import Pack
from ..nlp.phrases import WordList, alternation, word_list
from ..nlp.phrases import spans as phrase_spans
from ..nlp.roles import is_boilerplate, is_byline, is_navigation
from . import fallback, heads
from .evidence import head_type, name_type
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
# Double quotation marks; with the single ones and a stray zero-width non-joiner, the marks
# that never belong to a name at a span's edges.
_QUOTES = '«»"“”„'
_EDGE_MARKS = _QUOTES + "‘’‹›'\u200c"
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
    spans = heads.without_portfolios(text, heads.headed_names(text, spans, language), language)
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
    pieces = [part for span in merged for part in _split_after_number(text, span, language)]
    for span in pieces:
        for piece in _split_at_titles(text, span, language):
            trimmed = _trim_person(text, piece, language)
            if trimmed is not None:
                trimmed = heads.without_trailing_predicate(text, trimmed, language)
                stripped = _strip_proclitic(text, trimmed, out[-1] if out else None, language)
                placed = _with_institution_head(
                    text, _with_place_head(text, stripped, language), spans, language
                )
                placed = _with_construct_word(text, placed, spans, language)
                named = _with_family_name(text, placed, spans, language)
                out.append(_with_given_name(text, named, spans, language))
    return out


# One Arabic-script word (with zero-width non-joiners) after or before a single space.
_NEXT_WORD = re.compile(r" ([\u0621-\u06ff][\u0621-\u06ff\u200c]*)(?![\w\u200c])")
_PREVIOUS_WORD = re.compile(r"(?<![\w\u200c])([\u0621-\u06ff][\u0621-\u06ff\u200c]*) $")
# Endings of Persian family names: the nisba "ی" and the compound elements.
_FAMILY_ENDINGS = ("ی", "زاده", "پور", "نژاد")


def _with_given_name(text: str, span: Span, spans: Sequence[Span], language: str) -> Span:
    """A one-word person with the other half of the name the model left out (pack field
    ``given_names``, only fa): a common given name before a family name ("بابک |مرادی"), or
    after a given name its family name ("محمد| دانشگر", "محمد| امین بهرامی")."""
    pack = lang.get(language)
    if not pack.given_names or span.label != "person" or " " in span.text.strip():
        return span
    given = frozenset(pack.given_names)
    start, end = span.start, span.end
    before = _PREVIOUS_WORD.search(text, max(0, start - 30), start)
    if before and before.group(1) in given and not _inside(before.start(1), spans):
        start = before.start(1)
    if text[span.start : span.end] in given and start == span.start:
        for _ in range(2):
            after = _NEXT_WORD.match(text, end)
            if after is None or _inside(after.start(1), spans):
                break
            word = after.group(1)
            if word in given:
                end = after.end(1)
                continue
            if _family_name(word, pack.given_name_stops, language):
                end = after.end(1)
            break
    if (start, end) == (span.start, span.end):
        return span
    return Span(start, end, span.label, text[start:end])


def _inside(offset: int, spans: Sequence[Span]) -> bool:
    return any(s.start <= offset < s.end for s in spans)


def _family_name(word: str, stops: Sequence[str], language: str) -> bool:
    """A word that can be a family name after a given name: no function word or title, and
    unknown to the dictionary or shaped like a family name (a nisba "ی", "زاده", "پور")."""
    if word in stops or _is_title(word, language) or len(word) < 3:
        return False
    return not _known_name(word, language) or word.endswith(_FAMILY_ENDINGS)


# A family name with the article after a lone given name ("سعود العريفي", "عدنان الحزامي"):
# not a plural noun ("التدريبات", "المشجعين").
_FAMILY_NAME = re.compile(r" (ال[\u0621-\u064a][\u0621-\u0652]{2,})(?![\w])")
_PLURAL_ENDINGS = ("ات", "ين", "ون")


def _with_family_name(text: str, span: Span, spans: Sequence[Span], language: str) -> Span:
    """A one-word person with the family name after it: the model often stops at the given
    name ("وقال سعود العريفي": "سعود"). The next word must open with the article, be no
    dictionary word (a noun, an adjective, a weekday), no plural, no nationality and no other
    mention."""
    if span.label != "person" or " " in span.text or not lang.get(language).proclitics:
        return span
    after = _FAMILY_NAME.match(text, span.end)
    if after is None or any(s.start <= after.start(1) < s.end for s in spans):
        return span
    word = after.group(1)
    if word.endswith(_PLURAL_ENDINGS) or _known_name(word, language):
        return span
    # A family name is mostly a nisba ("العمري"), never a nationality ("اللبناني"); any other
    # word must not be a common noun once the article is off ("التدخل": تدخل).
    if word.endswith("ي"):
        if demonym_countries(word):
            return span
    elif _known_name(word[len(_ARTICLE) :], language):
        return span
    return Span(span.start, after.end(1), span.label, text[span.start : after.end(1)])


@lru_cache(maxsize=16)
def _place_head(language: str) -> re.Pattern[str] | None:
    """A place head noun ending the text before a span, with an optional proclitic (group 1:
    the head)."""
    pack = lang.get(language)
    if not pack.place_openers:
        return None
    heads = "|".join(map(re.escape, pack.place_openers))
    proclitics = "|".join(map(re.escape, sorted(pack.proclitics, key=len, reverse=True)))
    return re.compile(rf"(?<!\w)(?:{proclitics})?({heads})\s+$")


def _with_place_head(text: str, span: Span, language: str) -> Span:
    """A place with the head noun before it that names it ("شارع الرياض", "المسجد الحرام",
    "طريق الملك فيصل", a person's name after a title): without it the span names another
    place (the city, the king) or nothing whole. Not after a word that makes the noun no head
    ("عن طريق جدة": by way of Jeddah)."""
    pattern = _place_head(language)
    if pattern is None or span.label not in ("place", "organization", "person"):
        return span
    before = span.start
    if span.label == "person":  # only the title of the person the street is named after
        title = _TITLE_BEFORE.search(text, max(0, span.start - 20), span.start)
        if title is None or fold(title.group(1)) not in _comparison_titles(language):
            return span
        before = title.start()
    head = pattern.search(text, max(0, before - 20), before)
    if head is None:
        return span
    previous = text[max(0, head.start() - 20) : head.start()].split()
    if previous and previous[-1] in lang.get(language).place_head_stops:
        return span
    start = head.start(1)
    return Span(start, span.end, "place", text[start : span.end])


_TITLE_BEFORE = re.compile(r"(\S+)\s+$")
# A nisba adjective after a name ("الدولي", "الإيطالية"): part of an institution's name.
_NISBA_AFTER = re.compile(r" (ال[\u0621-\u064a]{2,}(?:ي|ية))(?![\w])")
_MAX_NISBAS = 2


@lru_cache(maxsize=16)
def _institution_head(language: str) -> re.Pattern[str] | None:
    """An institution or event head noun ending the text before a span, with an optional
    proclitic (group 1: the head)."""
    pack = lang.get(language)
    heads = (*pack.institution_openers, *pack.event_openers, *pack.facility_openers)
    if not heads:
        return None
    alternatives = "|".join(map(re.escape, heads))
    proclitics = "|".join(map(re.escape, sorted(pack.proclitics, key=len, reverse=True)))
    return re.compile(rf"(?<!\w)(?:{proclitics})?({alternatives})\s+$")


_HEAD_LABELS = {"event": "other", "facility": "place"}


@lru_cache(maxsize=16)
def _construct_before(language: str) -> re.Pattern[str] | None:
    """An organisation head noun and one bare word (no article) ending the text before a
    span (group 1: the bare word): "جماعة أنصار| الله"."""
    heads = lang.get(language).apposition_heads
    if not heads:
        return None
    words = "|".join(map(re.escape, heads))
    return re.compile(rf"(?:^|\s)[وف]?[بل]?(?:{words})\s+((?!ال)[\u0621-\u064a]{{3,}})\s+$")


def _with_construct_word(text: str, span: Span, spans: Sequence[Span], language: str) -> Span:
    """A one-word 'other' span that ends an organisation's construct name the model cut
    ("جماعة أنصار الله": it found "الله"): the bare noun between the head and the span is the
    name's first word, and the whole is the organisation. The noun must be no function word
    ("شركة في ...") and no other mention."""
    pattern = _construct_before(language)
    if pattern is None or span.label != "other" or " " in span.text.strip():
        return span
    found = pattern.search(text, max(0, span.start - 30), span.start)
    if found is None or _inside(found.start(1), spans):
        return span
    if fold(found.group(1)) in _function_words(language):
        return span
    start = found.start(1)
    return Span(start, span.end, "organization", text[start : span.end])


@lru_cache(maxsize=16)
def _function_words(language: str) -> frozenset[str]:
    claims = lang.get(language).claims
    words = (*claims.prepositions, *claims.determiners) if claims is not None else ()
    return frozenset(fold(w) for w in words)


def _head_kind(head: str, pack: Pack) -> str:
    if head in pack.event_openers:
        return "event"
    return "facility" if head in pack.facility_openers else "institution"


def _with_institution_head(text: str, span: Span, spans: Sequence[Span], language: str) -> Span:
    """A place right after an institution's or an event's head noun is a piece of that name
    ("بغرفة جدة": the Jeddah chamber; "مطار القاهرة الدولي"; "مهرجان جدة"), as is any
    name the model typed ``other`` after an event's head ("كأس السوبر الإيطالي"): the mention is
    the head, the place and the nisba adjectives after it, an organisation, an event or a
    facility (a place)."""
    pattern = _institution_head(language)
    if pattern is None or span.label not in ("place", "other"):
        return span
    head = pattern.search(text, max(0, span.start - 20), span.start)
    if head is None or _inside(head.start(1), spans):
        return span
    kind = _head_kind(head.group(1), lang.get(language))
    if span.label == "other" and kind != "event":
        return span  # an event's name may be no place ("كأس السوبر"); an institution's is
    end = span.end
    for _ in range(_MAX_NISBAS):
        nisba = _NISBA_AFTER.match(text, end)
        if nisba is None or _inside(nisba.start(1), spans):
            break
        end = nisba.end(1)
    label = _HEAD_LABELS.get(kind, "organization")
    start = head.start(1)
    return Span(start, end, label, text[start:end])


@lru_cache(maxsize=16)
def _comparison_titles(language: str) -> frozenset[str]:
    return frozenset(fold(t) for t in lang.get(language).comparison_titles if " " not in t)


# -- proclitics glued to a name ------------------------------------------------------------

_ARTICLE = "ال"
# The hamza seats that open a word: no Arabic name starts with و، ب، ل before one ("وأوروبا").
_HAMZA_OPENINGS = "أإآ"
# The shortest word left after a proclitic: "لحج" is no ل + "حج".
_MIN_REST = 3


def _strip_proclitic(text: str, span: Span, previous: Span | None, language: str) -> Span:
    """The span without the conjunction or preposition glued to its first word ("والعراق" ->
    "العراق", "بتركيا" -> "تركيا", "وخالد سرحان" -> "خالد سرحان").

    The model learnt its spans from a corpus that keeps proclitics on the token. A name may
    itself start with those letters ("بغداد", "لبنان", "واشنطن"), so a word the dictionary or
    the gazetteer knows as written keeps them, and a proclitic goes only on evidence that the
    rest is the name (:func:`_rest_is_name`), or, after the conjunction, when a name of the
    same kind stands right before it ("ماريو ماندزوكيتش وباولو ديبالا"). Before the article ل
    swallows its alef ("للأمم المتحدة"): no span of the text is the bare name, so it stays."""
    pack = lang.get(language)
    words = span.text.split()
    if not pack.proclitics or not words:
        return span
    first = words[0]
    if _known_name(first, language) or gazetteer().as_written(span.text):
        return span
    for proclitic in pack.proclitics:
        rest = first[len(proclitic) :]
        if not first.startswith(proclitic) or len(rest) < _MIN_REST:
            continue
        if proclitic.endswith("ل") and rest.startswith("ل"):
            break
        start = span.start + len(proclitic)
        if _rest_is_name(rest, text[start : span.end], proclitic, pack, language) or (
            proclitic in pack.conjunction_proclitics
            and previous is not None
            and previous.label == span.label
            and not text[previous.end : span.start].strip()
        ):
            return Span(start, span.end, span.label, text[start : span.end])
    return span


def _rest_is_name(word: str, name: str, proclitic: str, pack: Pack, language: str) -> bool:
    """What follows a proclitic is a name (see :func:`_strip_proclitic`).

    After the conjunction, a dictionary word, a large place or the opening of a compound
    name ("وعبدالمحسن الرشيد") will do. After a preposition,
    the dictionary alone is no evidence ("بكين" is no ب + "كين"): the rest must open with the
    article or a hamza, which no name of those letters does ("بالعراق", "بأوروبا"), or be a
    large place ("بمكة"), or both a word and a place. A bare alef after the letter is a
    foreign name's ("باولو", "بايرن"), never the rest of one, and so is an article before
    fewer than three letters ("والتر", "فالدر")."""
    article = word.startswith(_ARTICLE)
    if word.startswith("ا") and not (article and len(word) - len(_ARTICLE) >= _MIN_REST):
        return False  # "فالدر", "والتر": a foreign name, no ف + "الدر"
    big = _big_place(name) or _big_place(word)
    known = _known_name(word, language)
    if proclitic in pack.conjunction_proclitics:
        return big or known or word.startswith(pack.name_openings)
    opens_noun = article or word[0] in _HAMZA_OPENINGS
    # "بالاتحاد السعودي": two definite words in a row are an Arabic noun phrase.
    phrase = article and len(name.split()) > 1 and name.split()[1].startswith(_ARTICLE)
    if opens_noun and (big or known or phrase):
        return True
    mapped = bool(gazetteer().as_written(word))
    major = _big_place(name, _MAJOR_CITY) or _big_place(word, _MAJOR_CITY)
    return proclitic in pack.preposition_proclitics and (major or (known and mapped))


# A town smaller than this shares its name with too many foreign first names ("Neston").
_BIG_PLACE = 100_000
# After a preposition a place alone is evidence only when it is this large: the gazetteer's
# alternate names hold cities whose names are the tails of foreign names ("بلاتر": Latur).
_MAJOR_CITY = 1_000_000


def _big_place(name: str, size: int = _BIG_PLACE) -> bool:
    """The gazetteer's first reading of the name as written is a country or a large city."""
    found = gazetteer().as_written(name)
    return bool(found) and (found[0].kind == "country" or found[0].population >= size)


def _known_name(word: str, language: str) -> bool:
    """The dictionary lists the word as written (it lists no proclitic forms)."""
    return fallback.known_common(word, language)


# Name particles and the capitalised name part beside them: "Klaus| von der Heide",
# "Mohammed bin |Salman" (a model often keeps only one side).
_PARTICLE_AFTER = re.compile(r"((?:\s+[a-z]+){1,3})\s+([A-Z][\w'’-]+)")
_PARTICLE_BEFORE = re.compile(r"([A-Z][\w'’-]+)((?:\s+[a-z]+){1,3})\s+$")


def _particle_parts(text: str, span: Span, language: str) -> Span:
    """A person span stretched over name particles and the name part on their far side."""
    if span.label != "person":
        return span
    if lang.get(language).patronymics:
        return _patronymic_parts(text, span, language)
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


_WORD_BEFORE_SPAN = re.compile(r"(\w+)\s+$")
_WORD_AFTER_SPAN = re.compile(r"\s+(\w+)")
# A compound name's first word: the name goes on to the next word ("عبد العزيز").
_COMPOUND_OPENINGS = ("عبد", "أبو", "ابو")


def _patronymic_parts(text: str, span: Span, language: str) -> Span:
    """A person span cut inside a name chain: one that starts with "بن X بن" (two
    generations, never a family name alone as "بن لادن" is) takes the given name before it
    ("عقاب بن غازي بن عميرة"), unless that word is a title; one that ends with "بن" takes the
    father's name after it ("بن مبارك بن شارع")."""
    particles = lang.get(language).patronymics
    words = span.text.split()
    start, end = span.start, span.end
    if words[0] in particles and sum(w in particles for w in words) >= 2:
        before = _WORD_BEFORE_SPAN.search(text, max(0, start - 30), start)
        word = before.group(1) if before else ""
        title = _is_title(word, language) or fold(word) in _comparison_titles(language)
        if before and not word.isdigit() and not title:
            start = before.start(1)
    if words[-1] in particles:
        after = _WORD_AFTER_SPAN.match(text, end)
        if after and not after.group(1).isdigit():
            end = after.end(1)
            if after.group(1) in _COMPOUND_OPENINGS and (more := _WORD_AFTER_SPAN.match(text, end)):
                end = more.end(1)
            family = _FAMILY_NAME.match(text, end)
            if family and not family.group(1).endswith(_PLURAL_ENDINGS):
                end = family.end(1)  # the family name that closes the chain: "… الجنيبي"
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


# A figure standing alone inside a span, with capitalised words after it.
_INNER_NUMBER = re.compile(r" \d{1,4}(?= [^\W\d_])")


def _split_after_number(text: str, span: Span, language: str) -> list[Span]:
    """An organisation the model ran on past a figure into the next name ("Agencia Levante 18 Ilse
    Varga": a photo credit, then the subject): a name holds a figure only at its end
    ("France 24", "Levante 18"), so the span is cut after it. The part after is a person
    when it is two or three capitalised words, the first of them no common word of the
    dictionary (a given name), and no head word types it; otherwise it keeps the model's
    label."""
    found = _INNER_NUMBER.search(span.text)
    if found is None or span.label != "organization" or not _all_capitalised(span.text):
        return [span]
    cut = span.start + found.end()
    rest_start = cut + 1
    head = Span(span.start, cut, span.label, text[span.start : cut])
    rest_text = text[rest_start : span.end]
    words = rest_text.split()
    label = span.label
    if (
        2 <= len(words) <= 3
        and all(w[:1].isupper() for w in words)
        and not common_word(words[0], language)
        and name_type(rest_text, language) is None
        and not gazetteer().candidates(rest_text)
    ):
        label = "person"
    return [head, Span(rest_start, span.end, label, rest_text)]


def _all_capitalised(name: str) -> bool:
    """Every word of the name capitalised or a figure: a credit line, not a phrase ("the
    Liberian for its 1996 Fair Play")."""
    return all(w[:1].isupper() or w.isdigit() for w in name.split())


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


def _is_title(word: str, language: str) -> bool:
    """A title, also with a one-letter proclitic before its article ("بالسفير": bi + al-safir)."""
    word = word.casefold().rstrip(".")
    titles = _titles(language)
    return word in titles or (word[:1] in _one_letter_proclitics(language) and word[1:] in titles)


@lru_cache(maxsize=16)
def _one_letter_proclitics(language: str) -> frozenset[str]:
    return frozenset(p for p in lang.get(language).proclitics if len(p) == 1)


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
    glued = {p + w for w in words if w.startswith("ال") for p in _one_letter_proclitics(language)}
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
    if clean is None or _no_name(text, clean, language):
        return None
    clean = _strip_link_words(text, clean, language or "en")
    line = _line_of(text, clean.start)
    if is_navigation(line) or is_byline(line) or is_boilerplate(line):
        return None
    if _interface(text, clean, language) or _sign_off(text, clean) or _role_only(clean, language):
        return None
    if is_heading(line):
        clean = _heading_place(text, clean, language or "en")
        return _heading_trim(text, clean, language or "en", line, guessed)
    return clean


def _heading_place(text: str, span: Span, language: str) -> Span:
    """A model's ``other`` span in a title-case heading that runs from common heading words
    into a place ("Giro Político En Madrid", read as one name of a thing): only the place,
    which the gazetteer knows, is a name. The span stays whole when a word before the place
    is no common word ("Banco Santander Madrid") or the whole span is itself a known name."""
    if span.label != "other" or span.text.isupper() or gazetteer().candidates(span.text):
        return span  # a club ("Real Madrid"), a state in capitals ("NEW JERSEY") stay whole
    words = list(_LETTER_WORD.finditer(text, span.start, span.end))
    for first in range(1, len(words)):
        if not common_word(words[first - 1].group(), language):
            return span
        start = words[first].start()
        if gazetteer().candidates(text[start : span.end]):
            return Span(start, span.end, "place", text[start : span.end])
    return span


def _no_name(text: str, span: Span, language: str) -> bool:
    """The span names no one: a common noun the pack lists ("دولار"), or a piece of a fixed
    formula ("حفظه الله")."""
    words = fold(span.text).split()
    if not words:
        return True
    if len(words) == 1 and _not_names(language).has(words[0]):
        return True
    return any(start <= span.start and span.end <= end for start, end in _formulas(text, language))


@lru_cache(maxsize=16)
def _not_names(language: str) -> WordList:
    return word_list(lang.get(language).not_names)


@lru_cache(maxsize=16)
def _formula_pattern(language: str) -> re.Pattern[str] | None:
    # A formula may carry a proclitic too ("ولله الحمد").
    return alternation(
        lang.get(language).formulas, proclitics="".join(_one_letter_proclitics(language))
    )


@lru_cache(maxsize=256)
def _formulas(text: str, language: str) -> tuple[tuple[int, int], ...]:
    """Where the pack's fixed formulas stand in the text (original offsets)."""
    pattern = _formula_pattern(language)
    if pattern is None:
        return ()
    folded, where = fold_with_offsets(text)
    found = phrase_spans(pattern, folded, where)
    # Folding reads teh marbuta as heh: "رحمة الله" (God's mercy, God named) is no "رحمه الله".
    return tuple((s, e) for s, e in found if not _CONSTRUCT_BEFORE_GOD.search(text, s, e))


# A noun in the construct state (teh marbuta) right before the formula's last word.
_CONSTRUCT_BEFORE_GOD = re.compile(r"ة\s+\S+$")


# Quotation marks never stand at either end of a name: "«يونهاب", "رويترز»." (the mark and
# what follows it go); an Arabic proclitic before an opening mark goes with it ("لـ«الشرق").
_OPENING_QUOTE = re.compile(f"(?:[\u0621-\u064a]{{1,2}}ـ?)?[{_QUOTES}]+")
_CLOSING_QUOTE = re.compile(f"[{_QUOTES}][^\\w]*$")
# A hyphen or tatweel at the end joins the name to the next word ("عبير الرجباني-سبق").
_TRAILING_JOINER = re.compile(r"[-ـ]+$")


def _pack_edges(text: str, span: Span, language: str) -> Span | None:
    """None for a span that is no name by itself ("تیم ملی", "هایی", "فینال"); figures glued
    to the name cut, and a place's compass adjective taken in."""
    pack = lang.get(language)
    start = span.start
    name = text[start : span.end]
    if name in pack.not_names:
        return None
    if pack.not_name_openers and (opener := re.match(pack.not_name_openers, name)):
        start += opener.end()  # "هفته بیست و دوم لیگ برتر": the matchweek is no name
        name = text[start : span.end]
        if not name.strip() or name in pack.not_names:
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
    if opening := _OPENING_QUOTE.match(text, start, end):
        start = opening.end()
    if closing := _CLOSING_QUOTE.search(text, start, end):
        end = closing.start()
    if joiner := _TRAILING_JOINER.search(text, start, end):
        end = joiner.start()
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
    if all(common_word(w, language) for w in line_words) and (
        guessed or len(line_words) <= _SECTION_HEADING_WORDS
    ):
        return None
    first, last = 0, len(words)
    while guessed and first < last and common_word(words[first].group(), language):
        first += 1
    while (guessed or span.label == "person") and last > first:
        if not common_word(words[last - 1].group(), language):
            break
        last -= 1
    if first == last:
        return None
    if (first, last) == (0, len(words)):
        return span
    start, end = words[first].start(), words[last - 1].end()
    label = "place" if gazetteer().candidates(text[start:end]) else span.label
    return Span(start, end, label, text[start:end])


def common_word(word: str, language: str) -> bool:
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
    return any(
        start < span.end and span.start < end for start, end in _interface_at(text, language)
    )


@lru_cache(maxsize=256)
def _interface_at(text: str, language: str) -> tuple[tuple[int, int], ...]:
    """Where the interface phrases lie in a sentence: found once per sentence, not per span."""
    pattern = _interface_pattern(language or "en")
    if pattern is None:
        return ()
    return tuple((m.start(), m.end()) for m in pattern.finditer(text))


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
        if "(" not in text:
            continue  # the pattern needs a bracket; scanning without one is most of its cost
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
