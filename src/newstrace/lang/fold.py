"""Folding: the one module that says which spellings count as the same, named by purpose.

Arabic and Persian words are written in several equivalent ways (hamza forms of alef, dotless
yeh, Persian vs Arabic kaf and yeh, diacritics, tatweel). Each purpose below has its own table;
they differ on purpose, and none may change without changing what newstrace outputs:

* **matching and search keys** (:func:`fold`, :func:`fold_with_offsets`): lexicon phrases,
  source names, story features and the full-text index (``nlp.normalize`` adds the
  clitic-stripped word variants). The widest table: every yeh and kaf to the *Arabic* letter
  (``ی→ي``, ``ک→ك``), waw-hamza, heh forms and joiners folded too.
* **name comparison** (:func:`fold_name`): accents decomposed and dropped, Latin ligatures
  spelt out, Arabic-Indic digits read; hamza forms go with the accents (NFKD), and a Persian
  heh before a joiner is kept as a word-final heh.
* **date words** (:func:`fold_date_latin`, :func:`fold_date_arabic`, :func:`fold_date_persian`):
  the keys of a date grammar's tables. Persian folds to the *Persian* letters (``ي→ی``) and
  drops spaces and joiners (سه‌شنبه = سه شنبه); Arabic keeps yeh and kaf as written.
* **trained models' features** (:func:`fold_ner_features`, :func:`fold_subjectivity_features`):
  FROZEN. The NER and subjectivity models were trained on exactly these forms; any change,
  even a "fix", silently shifts their predictions. Change them only with a retraining.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Harakat, Quranic marks, superscript alef: meaning-preserving marks most writers omit.
_DIACRITICS = re.compile(
    "[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed]"
)
# Letter variants every Arabic-script table below folds: hamza and wasla forms of alef, alef
# maqsura, teh marbuta (the date-word and subjectivity tables stop here).
_ALEF_YEH_TEH = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه"}
# ... and Persian yeh and kaf as the Arabic letters, hamza seats, heh forms (the NER table).
_ARABIC_SCRIPT_LETTERS = {
    **_ALEF_YEH_TEH,
    "ی": "ي",
    "ئ": "ي",
    "ک": "ك",
    "ؤ": "و",
    "ۀ": "ه",
    "ە": "ه",
}
_FOLD = str.maketrans(
    {
        **_ARABIC_SCRIPT_LETTERS,
        "ې": "ي",
        "\u0640": None,  # tatweel (kashida) only stretches a word
        "\u200c": None,  # zero-width non-joiner: Persian writes the same word with or without
        "\u200d": None,
        "\u200f": None,
        "\u200e": None,
    }
)


def fold(text: str) -> str:
    """Matching and search keys: compatibility-normalise, lower-case, fold Arabic-script
    letter variants (``ی``/``ى``/``ئ`` as ``ي``, ``ک`` as ``ك``, ...), drop marks and joiners."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return _DIACRITICS.sub("", text).translate(_FOLD)


# Every character's fold, memoised (a few thousand distinct characters in a large corpus):
# as a translation table for str.translate, and the characters whose fold is not exactly one
# character (diacritics and joiners vanish, ligatures and "ß" expand).
_CHAR_TABLE: dict[int, str] = {}
_VANISHING: set[str] = set()
_EXPANDING: set[str] = set()


def _learn_chars(chars: set[str]) -> None:
    for char in chars:
        folded = fold(char)
        _CHAR_TABLE[ord(char)] = folded
        if not folded:
            _VANISHING.add(char)
        elif len(folded) > 1:
            _EXPANDING.add(char)


@lru_cache(maxsize=32)
def fold_with_offsets(text: str) -> tuple[str, list[int]]:
    """:func:`fold` applied character by character, with the offset in ``text`` of every
    folded character, so a match found in folded text maps back to the original words.

    Memoised for the last few texts (the claims, entity and event stages each fold the same
    sentence): callers read the offsets and never change them.

    Folding is per character (NFKC may expand one, a diacritic vanishes), which is what
    matching lexicon phrases needs. The folds are one translation table (str.translate runs
    it in C); offsets are only worked out character by character where a character vanishes
    or expands.
    """
    chars = set(text)
    unseen = [c for c in chars if ord(c) not in _CHAR_TABLE]
    if unseen:
        _learn_chars(set(unseen))
    folded = text.translate(_CHAR_TABLE)
    if chars.isdisjoint(_EXPANDING):
        if chars.isdisjoint(_VANISHING):
            return folded, list(range(len(text)))
        vanishing = _VANISHING
        return folded, [index for index, char in enumerate(text) if char not in vanishing]
    where: list[int] = []
    for index, char in enumerate(text):
        where.extend([index] * len(_CHAR_TABLE[ord(char)]))
    return folded, where


def original_span(where: list[int], start: int, end: int, length: int) -> tuple[int, int]:
    """The ``text`` offsets of folded ``[start, end)`` (``where`` from fold_with_offsets)."""
    begin = where[start] if start < len(where) else length
    finish = where[end - 1] + 1 if 0 < end <= len(where) else begin
    return begin, finish


# ----------------------------------------------------------------------- name comparison

_ZWNJ_AFTER_HEH = re.compile("\u0647\u200c")
_NAME_DROP = dict.fromkeys(map(ord, "\u0640\u200c\u200d\u200e\u200f'’‘`´ʿʾʼ"), None)
_NAME_LETTERS = str.maketrans(
    {
        "ی": "ي",
        "ې": "ي",
        "ک": "ك",
        "ٱ": "ا",
        "ß": "ss",
        "æ": "ae",
        "œ": "oe",
        "ø": "o",
        "ł": "l",
        "đ": "d",
        "ı": "i",
        **{chr(0x660 + d): str(d) for d in range(10)},
        **{chr(0x6F0 + d): str(d) for d in range(10)},
    }
)


def fold_name(text: str) -> str:
    """Name comparison: lower-case, strip diacritics and hamza/madda marks, unify letters.

    A Persian heh before a zero-width non-joiner ends a morpheme ("خامنه‌ای"), so it is kept
    as U+06D5 (read as a word-final heh) before the joiner is dropped.
    """
    text = _ZWNJ_AFTER_HEH.sub("\u06d5", text)
    text = unicodedata.normalize("NFKD", text.translate(_NAME_DROP))
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Mn")
    return unicodedata.normalize("NFC", text).casefold().translate(_NAME_LETTERS)


# --------------------------------------------------------------------------- date words

_SPACES = re.compile(r"\s+")
# Harakat and tatweel: what date words and their regexes ignore.
ARABIC_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u0640]")
_ZWNJ = "\u200c"


def fold_date_latin(text: str) -> str:
    """Date words in Latin script: lower case without accents, one space between words,
    straight apostrophes."""
    decomposed = unicodedata.normalize("NFKD", text.replace("’", "'"))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _SPACES.sub(" ", plain.casefold()).strip()


_DATE_ARABIC = str.maketrans(_ALEF_YEH_TEH)


def fold_date_arabic(text: str) -> str:
    """Arabic date words: alef/hamza forms, alef maqsura and teh marbuta unified; marks
    dropped."""
    return _SPACES.sub(" ", ARABIC_MARKS.sub("", text).translate(_DATE_ARABIC)).strip()


_DATE_PERSIAN = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک", _ZWNJ: None, " ": None})


def fold_date_persian(text: str) -> str:
    """Persian date words: Arabic yeh/kaf as Persian ones; no joiners or spaces
    (سه‌شنبه = سه شنبه = سهشنبه)."""
    return _SPACES.sub("", ARABIC_MARKS.sub("", text)).translate(_DATE_PERSIAN)


# ------------------------------------------------------- trained models' features (FROZEN)

_MODEL_MARKS = re.compile("[\u064b-\u065f\u0670\u0640\u200c\u200d\u200e\u200f\u061c]")
_MODEL_DIGITS = re.compile(r"\d")
# FROZEN with the NER models (entities/models/ner-*): their NORM/PREFIX/SUFFIX features.
_NER_LETTERS = str.maketrans(_ARABIC_SCRIPT_LETTERS)


def fold_ner_features(text: str) -> str:
    """FROZEN (NER models): Arabic-script spelling folded to one form, digits to 0, Latin
    lower-cased. Must stay bit-identical until the NER models are retrained."""
    return _MODEL_DIGITS.sub("0", _MODEL_MARKS.sub("", text).translate(_NER_LETTERS)).lower()


# FROZEN with the subjectivity models (claims/models): narrower than the NER table (no yeh
# or kaf unification), as the models were trained.
_SUBJECTIVITY_LETTERS = str.maketrans(_ALEF_YEH_TEH)


def fold_subjectivity_features(text: str) -> str:
    """FROZEN (subjectivity models): case, Unicode forms, Arabic spelling variants (hamza/alef,
    alef maqsura, teh marbuta), diacritics and tatweel, digits, runs of spaces. Must stay
    bit-identical until the subjectivity models are retrained."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = _MODEL_MARKS.sub("", text).translate(_SUBJECTIVITY_LETTERS)
    text = _MODEL_DIGITS.sub("0", text)
    return _SPACES.sub(" ", text).strip()
