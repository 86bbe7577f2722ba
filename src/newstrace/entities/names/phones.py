"""Letters to phones: script-independent sound classes, and an edit distance over them.

Each Arabic/Persian or Latin letter becomes a :class:`Phone`, a class of sounds in one
alphabet (ق → K, which Latin writes q, k or g); :func:`phone_similarity` compares two phone
sequences with costs that know which script writes which vowels.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

# ------------------------------------------------------------------------------ phones


class Phone(NamedTuple):
    """One sound slot. ``kind``: C consonant, V vowel, S semivowel (w/y or و/ي, either),
    G glottal (ع, hamza, initial alef: stands for any vowel). ``opt`` phones may be absent."""

    kind: str
    cons: frozenset[str]
    vowels: frozenset[str]
    opt: bool = False
    long: bool = False
    arabic: bool = False
    weak: bool = False  # a Latin short vowel next to another vowel: Raeisi/Raisi, Saeed/Said


_E: frozenset[str] = frozenset()


def _c(*classes: str, opt: bool = False, arabic: bool = False) -> Phone:
    return Phone("C", frozenset(classes), _E, opt, False, arabic)


def _v(*vowels: str, long: bool = False, opt: bool = False, arabic: bool = False) -> Phone:
    return Phone("V", _E, frozenset(vowels), opt, long, arabic)


def _s(cons: str, *vowels: str, arabic: bool = False) -> Phone:
    return Phone("S", frozenset({cons}), frozenset(vowels), False, True, arabic)


def _g(arabic: bool = True, opt: bool = False) -> Phone:
    return Phone("G", _E, _E, opt, False, arabic)


def _consonants(spec: str, arabic: bool) -> dict[str, tuple[Phone, ...]]:
    """ "letter=CLASS/CLASS ..." -> one consonant phone per letter, readable as any class."""
    pairs = (item.split("=") for item in spec.split())
    return {letter: (_c(*classes.split("/"), arabic=arabic),) for letter, classes in pairs}


# Arabic/Persian letters. Several Latin spellings share one class (ق: q, k, g); ج is also the
# Egyptian g (Gamal), غ the gh that Latin often writes g; ث, ذ, ض, ظ are read two ways.
_ARABIC_PHONES: dict[str, tuple[Phone, ...]] = _consonants(
    "ب=B پ=B ت=T ط=T ث=T/S ج=J/K چ=CH ح=H خ=X د=D ذ=D/Z ر=R ز=Z ژ=J/Z س=S ص=S ش=SH ض=D/Z "
    "ظ=Z/D غ=K ف=F ڤ=F/W ق=K ك=K گ=K ل=L م=M ن=N ه=H",
    arabic=True,
) | {
    "ع": (_g(),),
    "ء": (_g(),),
    "و": (_s("W", "u", "au", arabic=True),),
    "ي": (_s("Y", "i", "ai", arabic=True),),
    "ى": (_v("a", "i", "e", long=True, arabic=True),),
    "ا": (_v("a", long=True, arabic=True),),
    # ة is a vowel (a/e) with an optional h or t (Fatima, Hamzah); a word-final heh is often
    # silent in Persian (Fatemeh/Fateme). حسين and حسينة are two names: ة's vowel counts.
    "ة": (_v("a", "e", long=True, arabic=True), _c("H", "T", opt=True, arabic=True)),
    "\u06d5": (_v("a", "e", opt=True, arabic=True), _c("H", opt=True, arabic=True)),
}
_ALEF_YEH = _s("Y", "ai", "a", "i", arabic=True)  # "اي": the ai of تايمز (Times), زايد


def _arabic_phones(word: str, article_optional: bool = True) -> tuple[Phone, ...]:
    """Phones of one folded Arabic-script word; a leading ال becomes optional."""
    out: list[Phone] = []
    if article_optional and word.startswith("ال") and len(word) >= 4:
        out += [_g(opt=True), _c("L", opt=True, arabic=True)]
        word = word[2:]
    i = 0
    while i < len(word):
        ch = word[i]
        if ch == "ا" and i == 0:
            # an alef that only carries the long vowel after it: ايران is Iran, اوباما Obama
            out.append(_g(opt=word[1:2] in ("ي", "و")))
        elif ch == "ع" and word[i + 1 : i + 2] in ("ا", "ي", "و"):
            out.append(_g(opt=True))  # عارف is Aref: one Latin vowel for ayn + alef
        elif ch == "ا" and word[i + 1 : i + 2] == "ي":
            out.append(_ALEF_YEH)
            i += 1
        elif ch == "ه" and i == len(word) - 1 and i > 0:
            out.extend(_ARABIC_PHONES["\u06d5"])
        else:
            out.extend(_ARABIC_PHONES.get(ch, ()))
        i += 1
    return _collapse(out)


_VOWELS = "aeiou"
_VOWEL_CLASS = {"a": "a", "e": "e", "i": "i", "o": "u", "u": "u", "y": "i"}
# Latin spellings of one sound; sh/ch/kh/gh/th/dh/zh are the common romanisations.
_LATIN_MULTI: dict[str, tuple[Phone, ...]] = _consonants(
    "sch=SH tch=CH sh=SH ch=CH kh=X gh=K th=T/S/Z/D dh=D/Z zh=J/Z ph=F dj=J ck=K", arabic=False
) | {
    "tz": (_c("T"), _c("Z", "S")),  # Yitzhak, Gantz: the ts of Hebrew צ, never a zh
    "qu": (_c("K"), _s("W", "u")),  # Quinn is كوين
    **dict.fromkeys(("aa",), (_v("a", long=True),)),
    **dict.fromkeys(("ee", "ii"), (_v("i", long=True),)),
    "ie": (_v("i", "e", long=True),),  # Saied is سعيد, Spiegel شبيغل, Gabriel جبريل
    **dict.fromkeys(("ei", "ey", "ay"), (_v("ai", long=True),)),
    **dict.fromkeys(("ou", "oo", "uu"), (_v("u", long=True),)),
    **dict.fromkeys(("au", "aw"), (_v("au", long=True),)),
    "eu": (_v("u", "e"), _v("i")),  # Reuters, Deutsche: the "oy" written وي
}
# o and u are one vowel in Arabic and Persian names (Mohammad/Muhammad); p is ب in Arabic.
_LATIN_SINGLE: dict[str, tuple[Phone, ...]] = _consonants(
    "b=B p=B f=F v=W j=J k=K q=K z=Z t=T d=D l=L m=M n=N r=R", arabic=False
) | {
    **{v: (_v(_VOWEL_CLASS[v]),) for v in _VOWELS},
    "w": (_s("W", "u", "au"),),
    "x": (_c("K"), _c("S")),
}
_LATIN_MULTI_RE = re.compile("|".join(sorted(_LATIN_MULTI, key=len, reverse=True)))
_DOUBLE_CONSONANT = re.compile(r"([b-df-hj-np-tv-z])\1+")


def _latin_phones(word: str) -> tuple[Phone, ...]:
    """Phones of one folded Latin word, with English/French context rules for c, g, s, y, h."""
    word = _DOUBLE_CONSONANT.sub(r"\1", word)
    out: list[Phone] = []
    i = 0
    while i < len(word):
        multi = _LATIN_MULTI_RE.match(word, i)
        glide = multi and multi.group()[-1] in "yw" and word[i + 2 : i + 3] in tuple(_VOWELS)
        if multi and not glide:
            out.extend(_LATIN_MULTI[multi.group()])
            i = multi.end()
            continue
        out.extend(_latin_letter(word, i))
        i += 1
    return _collapse(_mark_hiatus(out))


def _mark_hiatus(phones: list[Phone]) -> list[Phone]:
    """Short vowels beside another vowel are weak: "ae", "ea" spell one sound (Raeisi)."""
    out = list(phones)
    for i, p in enumerate(phones):
        if p.kind != "V" or p.long:
            continue
        near = phones[i - 1 : i] + phones[i + 1 : i + 2]
        if any(q.kind == "V" for q in near):
            out[i] = p._replace(weak=True)
    return out


def _latin_letter(word: str, i: int) -> tuple[Phone, ...]:
    ch = word[i]
    nxt = word[i + 1 : i + 2]
    prev = word[i - 1 : i] if i else ""
    if not nxt and ch in "aiouy":
        # A final vowel is written in Arabic script too (Hosseini is حسيني, not حسين); a
        # final e is not: the silent e of France, Presse, Joe, or Persian Fateme (فاطمه).
        return (_v(_VOWEL_CLASS[ch], long=True),)
    if ch == "c":
        return (_c("S"),) if nxt and nxt in "eiy" else (_c("K"),)
    if ch == "g":
        if prev == "n" and nxt and nxt not in _VOWELS:
            return (_c("K", opt=True),)  # English "ng": Washington is واشنطن; King is كينغ
        return (_c("K", "J"),) if nxt and nxt in "ei" else (_c("K"),)
    if ch == "s":
        voiced = not nxt or (prev and prev in _VOWELS and nxt in _VOWELS)
        return (_c("S", "Z"),) if voiced else (_c("S"),)  # Times is تايمز
    if ch == "y":
        return (_s("Y", "i", "ai"),) if nxt and nxt in _VOWELS else (_v("i"),)
    if ch == "h":
        final = not nxt and prev and prev in _VOWELS
        return (_c("H", opt=bool(final)),)  # Fatemeh, Allah: the final h is often unwritten
    if ch == "t" and nxt == "i" and word[i + 2 : i + 3] in ("o", "a"):
        return (_c("SH", "T"),)  # -tion, -tia: International is إنترناشيونال
    return _LATIN_SINGLE.get(ch, ())


def _collapse(phones: list[Phone]) -> tuple[Phone, ...]:
    """Merge adjacent identical phones: doubled letters, shadda, joined "عبد"+"الله", ئي
    folded to يي (خامنئي), آ after alef (قاآنی)."""
    out: list[Phone] = []
    for p in phones:
        prev = out[-1] if out else None
        if prev and p.kind == prev.kind and p.cons == prev.cons and p.vowels == prev.vowels:
            continue
        out.append(p)
    return tuple(out)


# ------------------------------------------------------------------- phone edit distance

# Classes one spelling tradition swaps for another; "J"/"CH": Arabic writes Persian چ as ج.
# (s/z and s/sh are not near: Sami/Shami, Saied/Zayed are other names.)
_NEAR = frozenset(frozenset(pair.split("-")) for pair in "F-W X-H X-K SH-CH T-D J-SH J-CH".split())
# Loanwords (organisation and place names) also carry English z-sounding s and German sp/st.
_LOAN_NEAR = _NEAR | {frozenset(("S", "Z")), frozenset(("S", "SH"))}
# How far apart two vowel spellings are (absent pairs: 1.0). a/e and e/i swap freely in
# romanisations (Ahmad/Ahmed, Hamid/Hamed); a/i and a/u tell names apart (Hamad/Hamid).
_VOWEL_DIST = {
    frozenset(pair.split("-")): float(cost)
    for pair, cost in (
        item.split("=")
        for item in "a-e=.25 e-i=.3 a-i=.8 a-u=.8 e-u=.5 i-u=.9 ai-a=.6 ai-e=.25 ai-i=.2 "
        "ai-u=.9 au-u=.2 au-a=.5 au-e=.7 au-i=.9 au-ai=.7".split()
    )
}


def _vowel_cost(x: frozenset[str], y: frozenset[str]) -> float:
    if x & y:
        return 0.0
    return min(_VOWEL_DIST.get(frozenset((a, b)), 1.0) for a in x for b in y)


# A run's names use a few hundred distinct phones: the pairs' costs are memoised (the edit
# distance asks for the same pair over and over).
@lru_cache(maxsize=100_000)
def _sub_cost(p: Phone, q: Phone, loan: bool) -> float:
    """Cost of reading phone ``p`` as phone ``q`` (symmetric). ``loan``: a transliterated
    loanword (Le Monde is لوموند), not a personal name where vowel letters tell names apart."""
    if p.kind == "G" or q.kind == "G":
        other = q if p.kind == "G" else p
        if p.arabic and q.arabic and other.kind != "G":
            return 0.5 if other.kind == "V" else 1.0  # in one script ع is a letter: رفعت/عرفات
        if other.kind == "V" and other.long and other.vowels - {"a", "e"}:
            return 0.6  # ayn is read a or e; a Latin ee/ou is a long vowel letter (Saeed, سعد)
        if other.kind == "S":
            return 1.0 if other.arabic else 0.2  # ع is never ي or و (سعد, سعيد)
        return 0.0 if other.kind in "GV" else 1.0
    if p.cons and q.cons and p.cons & q.cons:
        return 0.0
    if p.vowels and q.vowels:
        cost = _vowel_cost(p.vowels, q.vowels)
        if cost and p.arabic and q.arabic:
            return max(cost, 1.2)  # two spellings in one script: ماسا is not موسى
        if cost > 0.3 and not loan and p.arabic != q.arabic and "S" in (p.kind, q.kind):
            return max(cost, 0.8)  # و and ي are long u and i: Mohamed is not محمود
        if not (p.arabic or q.arabic):
            return min(1.0, cost * 1.3)  # two Latin spellings: Benes and Pinas differ
        return cost
    if p.kind == "C" and q.kind == "C":
        pairs = _LOAN_NEAR if loan else _NEAR
        near = any(frozenset((a, b)) in pairs for a in p.cons for b in q.cons)
        return 0.4 if near else 1.0
    return 1.0


def _del_cost(p: Phone, cross: bool, first: bool) -> float:
    """Cost of a phone with no counterpart. ``cross``: the other side is in another script.

    Latin writes every vowel, Arabic only long ones: a Latin short vowel missing from an
    Arabic spelling is expected, an Arabic long-vowel letter missing from Latin is not.
    """
    if p.opt:
        return 0.05
    if p.kind == "G" and not cross:
        return 0.8 if first else 0.5  # أحمد/حمد, أغاسي/كايسي
    if p.kind == "G":
        return 0.6 if first else 0.15  # Ahmad is أحمد, Hamad is حمد
    if p.kind == "C":
        return 1.0
    if p.arabic:
        return 1.0 if cross else 1.5  # محمد/محمود, حسن/حسين: the letter makes the name
    if p.weak:
        return 0.3 if cross else 0.2  # ie, ae often spell a long vowel: Saied is سعيد
    if cross:
        if p.kind == "S":
            return 0.3
        # Arabic script writes every long and every word-initial vowel: Assad is not سعد
        return 0.8 if p.long or first else 0.15
    return 1.0 if p.long or first else 0.5  # Hossein/Hosseini, Breen/O'Brien differ


def _strength(phones: Sequence[Phone]) -> float:
    return 1.0 + sum(1.0 if p.kind == "C" else 0.5 for p in phones if p.kind in "CS" and not p.opt)


def _head(phones: Sequence[Phone]) -> int:
    """Index of the first phone that must be there (an optional article does not count)."""
    return next((i for i, p in enumerate(phones) if not p.opt), 0)


class _Skeleton(NamedTuple):
    required: tuple[frozenset[str], ...]  # consonant classes that cost 1.0 to lose
    heard: frozenset[str]  # every consonant class present (C and S phones)
    near: frozenset[str]  # classes one swap away from a C phone present (loanword rules)
    strength: float


@lru_cache(maxsize=100_000)
def _skeleton(phones: tuple[Phone, ...]) -> _Skeleton:
    required = tuple(p.cons for p in phones if p.kind == "C" and not p.opt)
    heard = frozenset(c for p in phones for c in p.cons)
    consonants = {c for p in phones if p.kind == "C" for c in p.cons}
    near = frozenset(x for pair in _LOAN_NEAR if pair & consonants for x in pair)
    return _Skeleton(required, heard, near, _strength(phones))


def _unmatched_cost(mine: _Skeleton, other: _Skeleton) -> float:
    """A lower bound of the edit cost: each required consonant of ``mine`` costs at least
    0 (the other side has its class), 0.4 (a near class) or 1.0 (deleted or swapped for an
    unrelated phone), whatever the alignment."""
    total = 0.0
    for cons in mine.required:
        if cons & other.heard:
            continue
        total += 0.4 if cons & other.near else 1.0
    return total


def similarity_bound(a: tuple[Phone, ...], b: tuple[Phone, ...]) -> float:
    """An upper bound of :func:`phone_similarity` that costs no edit distance.

    Most pairs compared while resolving names share a blocking key but are plainly different
    words; callers that only ask "is it above the threshold?" skip the edit distance for them.
    """
    if not a or not b:
        return 1.0 if a == b else 0.0
    sa, sb = _skeleton(a), _skeleton(b)
    lower = max(_unmatched_cost(sa, sb), _unmatched_cost(sb, sa))
    return max(0.0, 1.0 - lower / max(sa.strength, sb.strength))


@lru_cache(maxsize=200_000)
def phone_similarity(a: tuple[Phone, ...], b: tuple[Phone, ...], loan: bool = False) -> float:
    """1 - (weighted edit distance / consonant strength of the stronger side), in 0..1."""
    if not a or not b:
        return 1.0 if a == b else 0.0
    cross = a[0].arabic != b[0].arabic
    del_b = [_del_cost(q, cross, j == _head(b)) for j, q in enumerate(b)]
    prev = [0.0]
    for cost in del_b:
        prev.append(prev[-1] + cost)
    head_a = _head(a)
    for i, p in enumerate(a):
        del_p = _del_cost(p, cross, i == head_a)
        cur = [prev[0] + del_p]
        for j, q in enumerate(b, 1):
            cur.append(
                min(
                    prev[j - 1] + _sub_cost(p, q, loan),
                    prev[j] + del_p,
                    cur[j - 1] + del_b[j - 1],
                )
            )
        prev = cur
    return max(0.0, 1.0 - prev[-1] / max(_strength(a), _strength(b)))


# ------------------------------------------------------------------- Cyrillic and Hebrew

# Cyrillic writes every vowel, as Latin does: a word is read through its usual English
# romanisation (Зеленский is Zelensky, Навальный Navalny). Folding has already dropped the
# breve and the diaeresis (й -> и, ё -> е), so "-ии"/"-ыи" is the -iy/-yy ending that
# romanisations write y.
_CYRILLIC_LATIN = dict(
    zip(
        "абвгдежзиклмнопрстуфхцчшщъыьэюяіїєґў",
        (
            "a b v g d e zh z i k l m n o p r s t u f kh ts ch sh shch - y - e yu ya i yi ye g w"
        ).split(),
        strict=True,
    )
)
_CYRILLIC_ENDING = re.compile(r"[иы]и$")


_CYRILLIC_VOWELS = frozenset("аеиоуыэюяіїєьъ")


def cyrillic_to_latin(word: str) -> str:
    """The English-style romanisation of one folded Cyrillic word (е after a vowel or a
    soft sign is ye: Matviyenko, Kiriyenko)."""
    word = _CYRILLIC_ENDING.sub("ы", word)
    out = []
    for i, ch in enumerate(word):
        if ch == "е" and i and word[i - 1] in _CYRILLIC_VOWELS:
            out.append("ye")
        else:
            out.append(_CYRILLIC_LATIN.get(ch, ch).strip("-"))
    return "".join(out)


def _cyrillic_phones(word: str) -> tuple[Phone, ...]:
    """Phones of one folded Cyrillic word: its romanisation's phones; an initial е is read
    with or without its y (Евгений is Yevgeny or Evgeny, Елена Yelena or Elena)."""
    phones = list(_latin_phones(cyrillic_to_latin(word)))
    # the y of я, ю, ье, ия is written or not (Yulia/Yuliya, Natalia/Natalya, Kirienko)
    for i, p in enumerate(phones[:-1]):
        if p.kind == "S" and p.cons == {"Y"} and phones[i + 1].kind == "V":
            phones[i] = p._replace(opt=True)
    if word[:1] == "е":
        phones.insert(0, _s("Y", "i", "ai")._replace(opt=True))
    return tuple(phones)


# Hebrew is an abjad like Arabic: ו and י are long vowels or w/v and y, א and ע glottal, a
# final ה a silent vowel. ב is b or v, פ p or f, כ k or kh, ח kh or h, ש sh or s; צ is ts.
# Geresh letters (ג׳ j, ז׳ zh, צ׳ ch) are read into the stand-in letters װ ױ ײ by the parser.
HEBREW_GERESH = {"ג": "װ", "ז": "ױ", "צ": "ײ", "ץ": "ײ"}
_HEBREW_PHONES: dict[str, tuple[Phone, ...]] = _consonants(
    "ב=B/W ג=K ד=D ז=Z ח=X/H/CH ט=T כ=K/X/CH ך=K/X/CH ל=L מ=M ם=M נ=N ן=N ס=S פ=B/F ף=F/B "
    "ק=K ר=R ש=SH/S ת=T װ=J ױ=J/Z ײ=CH",
    arabic=True,
) | {
    "א": (_g(),),
    "ע": (_g(),),
    "ה": (_c("H", arabic=True),),
    "ו": (_s("W", "u", "au", arabic=True),),
    "י": (_s("Y", "i", "ai", arabic=True),),
    "צ": (_c("T", opt=True, arabic=True), _c("S", "Z", arabic=True)),
    "ץ": (_c("T", opt=True, arabic=True), _c("S", "Z", arabic=True)),
}
# י also stands for e (Eli is אלי, Levi לוי); ו for o as for u (Latin o reads as u).
_HEBREW_PHONES["י"] = (_s("Y", "i", "e", "ai", arabic=True),)


def _hebrew_phones(word: str) -> tuple[Phone, ...]:
    """Phones of one folded Hebrew word."""
    out: list[Phone] = []
    for i, ch in enumerate(word):
        if ch == "א" and i == 0:
            out.append(_g(opt=word[1:2] in ("ו", "י")))
        elif ch == "ה" and i == len(word) - 1 and i > 0:
            out.extend(_ARABIC_PHONES["\u06d5"])  # Moshe is משה: a silent final vowel letter
        elif ch in "וי" and word[i + 1 : i + 2] == ch:
            continue  # וו is v or w, יי is y: one phone
        else:
            out.extend(_HEBREW_PHONES.get(ch, ()))
    return _collapse(out)
