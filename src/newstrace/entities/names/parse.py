"""Name normalisation: folding, word lists (titles, particles, generic words), parsed names.

A raw name is folded (case, diacritics, letter variants), split into words, stripped of
titles and suffixes, its Abd/Abu/Allah/al-Din compounds joined, and turned into
:class:`Token` name parts that carry their phones; :func:`_parse` gives the :class:`_Name`
the rules compare, :func:`_variants` the forms a raw name is compared under.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from ... import lang
from ...lang.fold import fold_name
from .phones import (
    _VOWELS,
    HEBREW_GERESH,
    Phone,
    _arabic_phones,
    _c,
    _cyrillic_phones,
    _g,
    _hebrew_phones,
    _latin_phones,
    cyrillic_to_latin,
)

TYPES = frozenset({"person", "organization", "outlet", "place", "other"})

# ----------------------------------------------------------------------------- folding

_ARABIC_CHAR = re.compile("[\u0600-\u06ff]")
_RAW_TOKEN = re.compile(r"([^\W\d_]+|\d+)(\s*[-‐‑–]\s*)?")


_HEBREW_CHAR = re.compile("[\u05d0-\u05f2]")
_CYRILLIC_CHAR = re.compile("[\u0400-\u04ff]")
# A geresh after ג, ז or צ makes another sound (ג׳ורג׳ is George): the pair becomes one
# stand-in letter before folding, which would split the word at the mark.
_GERESH = re.compile("([גזצץ])[\u05f3'\u2019]")


def _is_arabic(word: str) -> bool:
    return bool(_ARABIC_CHAR.search(word))


def _script(word: str) -> str:
    """ "ar" (Arabic script), "he", "cyr" or "lat" (every other letter)."""
    if _ARABIC_CHAR.search(word):
        return "ar"
    if _HEBREW_CHAR.search(word):
        return "he"
    return "cyr" if _CYRILLIC_CHAR.search(word) else "lat"


def _read_geresh(name: str) -> str:
    return _GERESH.sub(lambda m: HEBREW_GERESH[m.group(1)], name)


# ------------------------------------------------------------------------ word lists


def _words_of(text: str) -> tuple[str, ...]:
    return tuple(w for w, _ in _RAW_TOKEN.findall(fold_name(text)))


def _phrases(phrases: Iterable[str]) -> tuple[tuple[str, ...], ...]:
    """Phrases folded like names, longest first."""
    seqs = {_words_of(p) for p in phrases}
    return tuple(sorted(seqs, key=len, reverse=True))


def _wordset(spec: str | Iterable[str]) -> frozenset[str]:
    """The folded words of a space-separated spec or of a table of phrases."""
    phrases = spec.split() if isinstance(spec, str) else spec
    return frozenset(w for p in phrases for w in _words_of(p))


# The language packs' name-comparison tables, every pack at once (see newstrace.lang.schema).
_TITLES = _phrases(lang.union("comparison_titles"))
_SUFFIXES = _wordset(lang.union("name_suffixes"))
_PARTICLES = _wordset(lang.union("comparison_particles"))
# Elements of Arabic names in both scripts (name morphology, read with the patterns below,
# the same in every language's text).
_STANDALONE_ARTICLES = _wordset("al el ال")  # "Al Saud", "آل سعود" (آل folds to ال)
_HYPHEN_ARTICLES = _wordset("al el ul il ol ar as ash ad adh at ath an az ud ur ed es er en et ez")
_ABD = _wordset("abd abdel abdul abdol abdal abdoul abdil abdu abdur abdus عبد")
_ABU = _wordset("abu abou abo ابو")
_ALLAH = _wordset("allah ullah ollah ellah الله")
_DIN = _wordset("din deen dine eddine eddin uddin addin oddin الدين")
# Family-name elements one form of a name may leave out ("Kazemi Nejad" ~ "Kazemi").
FAMILY_SUFFIXES = _wordset(lang.union("family_suffixes"))
_LATIN_ALLAH = re.compile(r"(?<=[a-z]{2})[aeiou]llah$")
_LATIN_ABD = re.compile(r"^abd(?:[aeiou]l|[aeiou])?(?=[a-z]{3})")
_LATIN_DIN = re.compile(r"(?<=[a-z]{3})[aeiou](?:ld|dd)(?:i|ee)ne?$")
_ORG_GENERIC = _wordset(lang.union("outlet_kind_words"))
_ORG_STOP = _wordset(lang.union("organisation_stop_words"))
_PLACE_GENERIC = _wordset(lang.union("place_kind_words"))
_ARABIC_PROCLITICS = ("لل", "و", "ب", "ل", "ف")  # ال needs no stripping: it is optional
# English letter names as written in Arabic/Persian: "بي بي سي" is BBC.
_LETTER_NAMES: dict[str, str] = {
    fold_name(name): letters
    for name, letters in (
        item.split("=")
        for item in "اي=AEI إيه=A بي=BP سي=C دي=D إف=F جي=GJ إتش=H جاي=J كاي=K كيه=K إل=L إم=M "
        "إن=N أو=O كيو=Q آر=R إس=S تي=T يو=U في=V دبليو=W إكس=X واي=Y زد=Z زي=Z".split()
    )
}


# ------------------------------------------------------------------------ parsed names


class Token(NamedTuple):
    """One name part after normalisation."""

    text: str
    phones: tuple[Phone, ...]
    arabic: bool  # written in an abjad (Arabic script or Hebrew): short vowels unwritten
    initial: bool = False  # a single Latin letter: "M." in "M. J. Zarif"
    dynastic: bool = False  # follows a standalone Al/آل: the house name in "bin Salman Al Saud"
    loan: bool = False  # part of an organisation or place name: compared as a loanword
    script: str = "lat"  # "lat", "ar", "he" or "cyr" (see _script)


@dataclass(frozen=True, slots=True)
class _Name:
    """A name as the rules see it."""

    text: str  # folded words, for the "exact" rule
    tokens: tuple[Token, ...]  # content words (titles, particles, generic words removed)
    full: tuple[Token, ...]  # the same before stopwords and generic words were removed
    numbers: frozenset[str]
    acronyms: frozenset[str]  # letter strings this name spells if it is an acronym
    initials: frozenset[str]  # acronyms a multi-word Latin name abbreviates to
    had_title: bool

    @property
    def arabic(self) -> bool:
        return sum(t.arabic for t in self.tokens) * 2 > len(self.tokens)

    @property
    def script(self) -> str:
        """The script of most of its name parts (see :func:`_script`)."""
        scripts = [t.script for t in self.tokens]
        return max(sorted(set(scripts)), key=scripts.count) if scripts else "lat"


def _strip_title(words: list[tuple[str, bool]]) -> tuple[list[tuple[str, bool]], bool]:
    stripped = False
    changed = True
    while changed and len(words) > 1:
        changed = False
        for title in _TITLES:
            if len(words) > len(title) and tuple(w for w, _ in words[: len(title)]) == title:
                words = words[len(title) :]
                stripped = changed = True
                break
    while len(words) > 1 and words[-1][0] in _SUFFIXES:
        words = words[:-1]
    return words, stripped


def _latin_normal(word: str) -> str:
    """One spelling for the Allah/Abd/al-Din compounds: Abdullah, Abdallah -> abdallah."""
    word = _LATIN_ALLAH.sub("allah", word)
    word = _LATIN_DIN.sub("aldin", word)
    return _LATIN_ABD.sub("abdal", word)


def _merge_parts(words: list[tuple[str, bool]], person: bool) -> list[tuple[str, bool]]:
    """Join name parts that are one name in the other script: "Abd al-Aziz" ~ "عبدالعزيز".

    Returns (word, dynastic) pairs, without articles and (for people) particles.
    """
    out: list[tuple[str, bool]] = []
    glue = ""  # a pending "abd"/"abu" that joins the next word
    dynastic = False
    for index, (word, hyphen) in enumerate(words):
        last = index == len(words) - 1
        if not last and word in _HYPHEN_ARTICLES and hyphen:
            if glue and not glue.endswith("al") and not _is_arabic(word):
                glue += "al"  # Abu al-Fadl -> abualfadl; Abd al- is already abdal
            continue
        if not last and word in _STANDALONE_ARTICLES:
            dynastic = bool(out) and not glue
            continue
        if out and not glue and (word in _ALLAH or word in _DIN):
            prev, dyn = out.pop()
            arabic = _is_arabic(prev)
            tail = word if arabic else ("allah" if word in _ALLAH else "aldin")
            out.append((prev + tail, dyn))
            continue
        if (word in _ABD or word in _ABU) and not last:
            glue += "abdal" if word in _ABD and not _is_arabic(word) else word
            continue
        if person and word in _PARTICLES and not glue and not last:
            continue  # bin Laden, de Gaulle: the particle never tells two people apart
        out.append((glue + word, dynastic))
        glue, dynastic = "", False
    if glue:
        out.append((glue, False))
    return out


def _token(word: str, dynastic: bool, person: bool) -> Token:
    script = _script(word)
    if script == "ar":
        phones = _arabic_phones(word)
        return Token(word, phones, True, dynastic=dynastic, loan=not person, script="ar")
    if script == "he":
        phones = _hebrew_phones(word)
        return Token(word, phones, True, dynastic=dynastic, loan=not person, script="he")
    if script == "cyr":
        # the text is romanised so that Latin spelling similarity applies (Путин ~ Putin)
        text, phones = cyrillic_to_latin(word), _cyrillic_phones(word)
        return Token(text, phones, False, False, dynastic, loan=not person, script="cyr")
    word = _latin_normal(word)
    phones = _latin_phones(word)
    if _glued_article(word, person):
        # "Aljazeera", "ElBaradei": a glued article is as optional as in "الجزيرة"
        phones = (_g(False, opt=True), _c("L", opt=True), *_latin_phones(word[2:]))
    initial = person and len(word) == 1
    return Token(word, phones, False, initial, dynastic, loan=not person)


def _glued_article(word: str, person: bool) -> bool:
    """Does a Latin word start with a written-together al-/el-? For people only before a
    consonant (Elsisi, Albaradei), since Alireza, Elham and Alexander are names themselves."""
    if word[:2] not in ("al", "el") or len(word) < 6:
        return False
    return not person or (word[2] not in _VOWELS and word[2] != "y")


def _content(words: list[tuple[str, bool]], type_: str) -> list[tuple[str, bool]]:
    """Drop stopwords and generic words of organisations and places (unless nothing is left)."""
    if type_ == "person":
        return words
    generic = _PLACE_GENERIC if type_ == "place" else _ORG_GENERIC
    kept = [(w, d) for w, d in words if w not in _ORG_STOP and _bare(w) not in generic]
    return kept or [(w, d) for w, d in words if w not in _ORG_STOP] or words


def _bare(word: str) -> str:
    """An Arabic-script word without its article or لل, for word-list look-ups."""
    for prefix in ("لل", "ال"):
        if _is_arabic(word) and word.startswith(prefix) and len(word) > len(prefix) + 2:
            return word[len(prefix) :]
    return word


def _reorder_comma(name: str) -> str:
    """ "Zarif, Mohammad Javad" -> "Mohammad Javad Zarif"."""
    parts = [p.strip() for p in name.split(",")]
    if len(parts) == 2 and all(parts) and fold_name(parts[1]) not in _SUFFIXES:
        return f"{parts[1]} {parts[0]}"
    return name


@lru_cache(maxsize=100_000)
def _parse(name: str, type_: str) -> _Name:
    person = type_ == "person"
    if person:
        name = _reorder_comma(name)
    raw = [(w, bool(h)) for w, h in _RAW_TOKEN.findall(fold_name(_read_geresh(name)))]
    numbers = frozenset(w for w, _ in raw if w.isdigit())
    words = [(w, h) for w, h in raw if not w.isdigit()]
    had_title = False
    if person:
        words, had_title = _strip_title(words)
    initials = _initials(words, type_)
    merged = _merge_parts(words, person)
    full = tuple(_token(w, d, person) for w, d in merged)
    content = _content(merged, type_)
    tokens = (
        full if len(content) == len(merged) else tuple(_token(w, d, person) for w, d in content)
    )
    return _Name(
        text=" ".join(w for w, _ in raw),
        tokens=tokens,
        full=full,
        numbers=numbers,
        acronyms=_acronym_forms(name, words, type_),
        initials=initials,
        had_title=had_title,
    )


def _acronym_forms(name: str, words: list[tuple[str, bool]], type_: str) -> frozenset[str]:
    """If ``name`` is an acronym ("IRNA", "U.N.", "بي بي سي"), the letter strings it spells."""
    if type_ == "person" or not words:
        return frozenset()
    compact = re.sub(r"[\s.]", "", name)
    if re.fullmatch(r"[A-Z]{2,8}", compact) or (
        len(words) >= 2 and all(len(w) == 1 and not _is_arabic(w) for w, _ in words)
    ):
        return frozenset({"".join(w for w, _ in words).upper()})
    letters = [_LETTER_NAMES[w] for w, _ in words if w in _LETTER_NAMES]
    if len(words) >= 2 and len(letters) == len(words):
        spelled = itertools.islice(itertools.product(*letters), 64)
        return frozenset("".join(p) for p in spelled)
    return frozenset()


def _initials(words: list[tuple[str, bool]], type_: str) -> frozenset[str]:
    """Acronyms a multi-word Latin organisation name can be shortened to (with or without
    its stopwords and generic words): Islamic Republic News Agency -> IRNA, IRN."""
    latin = [w for w, _ in words if not _is_arabic(w)]
    if type_ == "person" or len(latin) < 2 or len(latin) != len(words):
        return frozenset()
    variants = [
        latin,
        [w for w in latin if w not in _ORG_STOP],
        [w for w in latin if w not in _ORG_STOP and w not in _ORG_GENERIC],
    ]
    return frozenset("".join(w[0] for w in v).upper() for v in variants if len(v) >= 2)


# --------------------------------------------------------------------------- name forms


def _abd_tail(token: Token) -> Token | None:
    """The name after "Abd al-" in a compound family name ("abdalnasser" -> "nasser")."""
    for head in ("abdal", "عبد"):
        tail = token.text[len(head) :]
        if token.text.startswith(head) and len(tail) >= 3 and tail not in _ALLAH | {"lah"}:
            return _token(tail, False, True)
    return None


_PAREN = re.compile(r"^(.*?)\s*[(\[]([^)\]]+)[)\]]\s*$")


def _variants(name: str) -> list[tuple[str, bool]]:
    """The forms a name is compared under: itself, a bracketed alias ("... (IRNA)"), and
    for an Arabic-script name a form without an attached و/ب/ل/ف ("وبوتين"), marked True."""
    name = " ".join(name.split())
    forms = [name]
    paren = _PAREN.match(name)
    if paren and paren.group(1):
        forms = [paren.group(1), paren.group(2)]
    out = [(f, False) for f in forms]
    for form in forms:
        head, _, rest = form.partition(" ")
        folded = fold_name(head)
        if _is_arabic(folded) and not folded.startswith("ال"):
            for clitic in _ARABIC_PROCLITICS:
                if folded.startswith(clitic) and len(folded) - len(clitic) >= 4:
                    out.append((f"{folded[len(clitic) :]} {rest}".strip(), True))
                    break
    return out


def _check_type(type_: str) -> str:
    if type_ not in TYPES:
        raise ValueError(f"unknown entity type {type_!r}; expected one of {sorted(TYPES)}")
    return type_
