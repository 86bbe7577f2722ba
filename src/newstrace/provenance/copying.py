"""Which sentences were reused from an earlier article, with or without a citation.

Two signals, both found through an inverted index (never all pairs of articles):

* **copies** within a language: a sentence shares most of its word 5-gram shingles with one
  sentence of an earlier article (near-verbatim reuse, light edits allowed);
* **translations** across languages: a sentence carries the same anchors — resolved entity
  ids, numbers and dates — in the same order as a sentence of an earlier article in another
  language ("Karim Haddad … Tuesday … 140 million" in English and Spanish); or its words
  say what the other sentence's words say through the bilingual dictionaries
  (:mod:`newstrace.lang.bilingual`: each content word as its English lemmas, a word the
  dictionary does not know, a name mostly, as itself, each anchor as itself) and most of
  both sentences' units find their counterpart in the other (:func:`meaning_units`).
  Candidates come from an inverted index of those keys, rare keys only; the share is then
  computed on the whole sentences.

"Earlier" is by publication date, then by the order the articles were given in, so the
answer is deterministic. A shingle or an anchor sequence seen in very many articles is
boilerplate or a stock phrase and is skipped rather than compared.
"""

from __future__ import annotations

import re
import zlib
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from .. import lang
from ..lang.bilingual import dictionary
from ..models import Reuse, SentenceKey
from ..nlp.normalize import search_words, word_variants

SHINGLE = 5
MIN_WORDS = 8  # shorter sentences ("No successor has been named.") are too common to tell
COPY_SHARE = 0.5  # share of a sentence's shingles found in one earlier sentence
MIN_ANCHORS = 3
MAX_POSTINGS = 50  # a shingle in more sentences than this is boilerplate
# Translation through the dictionaries: the share of both sentences' meaning units that find
# their counterpart (bench/translations.py: chosen on the first half of the PUD documents).
TRANSLATION_SHARE = 0.5
MIN_UNITS = 5  # fewer units ("He was arrested on Monday.") match by chance
# Words, beyond the anchors, two sentences must share in meaning: the same figures and names
# with two words in common are independent reports of one happening ("14 ... 1,200 ...").
MIN_MATCHED_WORDS = 3
# A rewritten copy in the same language: nearly all words alike in meaning, and many of them
REWRITE_SHARE = 0.85
REWRITE_WORDS = 8
MAX_KEY_POSTINGS = 50  # a key in more sentences than this proposes no candidates
CANDIDATES = 5  # the sentences sharing the most rare keys are the ones compared
SHARE_MARGIN = 0.05  # shares this close to the best are as good: the earliest article wins
MIN_RARE_SHARED = 2  # rare keys a candidate must share before its share is computed
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


@dataclass(frozen=True, slots=True)
class SentenceText:
    """What copy detection needs of one sentence."""

    key: SentenceKey
    language: str | None
    text: str
    anchors: tuple[str, ...]  # entity ids, numbers and dates in reading order


def shingles(text: str) -> set[int]:
    words = search_words(text)
    if len(words) < MIN_WORDS:
        return set()
    return {
        zlib.crc32(" ".join(words[i : i + SHINGLE]).encode())
        for i in range(len(words) - SHINGLE + 1)
    }


def numbers(text: str) -> list[str]:
    """Numbers as digits without separators ("140,000" and "140.000" and "١٤٠٠٠٠" agree)."""
    return [re.sub(r"[.,]", "", n) for n in _NUMBER.findall(text.translate(_DIGITS))]


def find_reuse(
    sentences: Sequence[SentenceText],
    order: dict[str, int],
    reporting: frozenset[str] = frozenset(),
) -> list[Reuse]:
    """Every sentence that reuses a sentence of an earlier article (see module docstring).

    ``order`` ranks articles (publication date, then arrival); a sentence only reuses one of
    an article ranked before its own. ``reporting``: articles that show their own reporting
    (first-hand evidence, a wire credit); similar meaning alone does not make them
    translators or rewriters (independent reports of one happening say the same things, and
    a same-day order says little), only the shingles and the anchors in order do.
    """
    found = _copies(sentences, order)
    copied = {r.later for r in found}
    found += [r for r in _translations(sentences, order) if r.later not in copied]
    copied |= {r.later for r in found}
    worded = _worded(sentences, order, reporting)
    found += [r for r in worded if r.later not in copied]
    return sorted(found, key=lambda r: (order[r.later.article], r.later.sentence))


def _copies(sentences: Sequence[SentenceText], order: dict[str, int]) -> list[Reuse]:
    postings: dict[tuple[str | None, int], list[int]] = defaultdict(list)
    shingled = [shingles(s.text) for s in sentences]
    for number, (sentence, grams) in enumerate(zip(sentences, shingled, strict=True)):
        for gram in grams:
            postings[(sentence.language, gram)].append(number)
    found = []
    for sentence, grams in zip(sentences, shingled, strict=True):
        if not grams:
            continue
        shared: Counter[int] = Counter()
        for gram in grams:
            posting = postings[(sentence.language, gram)]
            if len(posting) > MAX_POSTINGS:
                continue
            for other in posting:
                if order[sentences[other].key.article] < order[sentence.key.article]:
                    shared[other] += 1
        best = _best(shared, len(grams), sentences, order)
        if best is not None:
            other, score = best
            found.append(Reuse(sentence.key, sentences[other].key, "copies", score))
    return found


def _best(
    shared: Counter[int], size: int, sentences: Sequence[SentenceText], order: dict[str, int]
) -> tuple[int, float] | None:
    """The earliest sentence sharing enough shingles (ties: the earliest article wins)."""
    candidates = [
        (order[sentences[other].key.article], other, count / size)
        for other, count in shared.items()
        if count / size >= COPY_SHARE
    ]
    if not candidates:
        return None
    _, other, score = min(candidates, key=lambda c: (c[0], -c[2], c[1]))
    return other, round(score, 3)


def _translations(sentences: Sequence[SentenceText], order: dict[str, int]) -> list[Reuse]:
    by_anchors: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for number, sentence in enumerate(sentences):
        if _telling(sentence.anchors):
            by_anchors[sentence.anchors].append(number)
    found = []
    for members in by_anchors.values():
        if len(members) < 2 or len(members) > MAX_POSTINGS:
            continue
        members.sort(key=lambda n: (order[sentences[n].key.article], n))
        for position, number in enumerate(members):
            later = sentences[number]
            earlier = next(
                (
                    sentences[m]
                    for m in members[:position]
                    if sentences[m].language != later.language
                    and order[sentences[m].key.article] < order[later.key.article]
                ),
                None,
            )
            if earlier is not None:
                found.append(Reuse(later.key, earlier.key, "translates", 1.0))
    return found


Unit = frozenset[str]


@dataclass(frozen=True, slots=True)
class Meaning:
    """What a sentence says, language-free (:func:`meaning_units`)."""

    known: tuple[Unit, ...]  # content words as their English lemmas, and the anchors
    literal: tuple[Unit, ...]  # words the dictionary does not know (names mostly), as written
    keys: frozenset[str]
    size: int = 0  # distinct units: a name said twice says no more


def meaning_units(sentence: SentenceText, words: Sequence[str] | None = None) -> Meaning:
    """Each content word as the set of its English lemmas (function words left out), each
    anchor as "#" + the entity id, number or date; a word the dictionary does not know
    stays as written: a name spelt alike in both languages still matches. ``words``: the
    sentence's :func:`search_words`, where the caller has them."""
    known: list[Unit] = []
    literal: list[Unit] = []
    for word in search_words(sentence.text) if words is None else words:
        unit = _unit(word, sentence.language)
        if unit is not None:
            (literal if unit[1] else known).append(unit[0])
    known += [frozenset({"#" + a}) for a in dict.fromkeys(sentence.anchors)]
    keys = frozenset().union(*known, *literal)
    return Meaning(tuple(known), tuple(literal), keys, len(set(known) | set(literal)))


@lru_cache(maxsize=200_000)  # news repeats its words: most are looked up once
def _unit(word: str, language: str | None) -> tuple[Unit, bool] | None:
    """A word's unit and whether it is literal (unknown to the dictionary); None for a
    function word, a number (numbers are anchors) or a short unknown word."""
    if word.isdigit():
        return None
    head, mark, rest = word.replace("’", "'").partition("'")
    if mark and head in _elided(language):
        word = rest  # "l'université": the word after the elided article
    meaning = _meaning(word, language)
    if meaning:
        return frozenset(meaning), False
    if meaning is None and len(word) > 2:
        return frozenset((word,)), True
    return None


@cache
def _elided(language: str | None) -> frozenset[str]:
    """The language's words written elided before an apostrophe (fr "l'", "qu'")."""
    claims = lang.get(language).claims
    return frozenset(claims.elided) if claims is not None else frozenset()


def _meaning(word: str, language: str | None) -> tuple[str, ...] | None:
    """English lemmas of a word; () for a function word; None when the dictionary does not
    know it (or the language has none)."""
    known = dictionary(language)
    if known is not None:
        for form in word_variants(word):  # Arabic-script words also without proclitics
            meaning = known.meaning(form)
            if meaning is not None:
                return meaning
    return None


def matched_words(one: Meaning, other: Meaning) -> int:
    """Words (not anchors) of the sentence with fewer that find their meaning in the other."""
    return min(
        sum(1 for u in units.known if u & keys and not _anchor(u))
        + sum(1 for u in units.literal if u & keys)
        for units, keys in ((one, other.keys), (other, one.keys))
    )


def _anchor(unit: Unit) -> bool:
    return any(key.startswith("#") for key in unit)


def translation_share(one: Meaning, other: Meaning) -> float:
    """The share of both sentences' units whose meaning the other sentence also carries. A
    word the dictionary does not know counts only where the other sentence has it too: an
    unknown word is no evidence against a translation (the dictionaries are small)."""
    matched = unmatched = 0
    for units, keys in ((one, other.keys), (other, one.keys)):
        found = sum(1 for u in units.known if u & keys)
        matched += found + sum(1 for u in units.literal if u & keys)
        unmatched += len(units.known) - found
    return matched / (matched + unmatched) if matched else 0.0


def _worded(
    sentences: Sequence[SentenceText], order: dict[str, int], reporting: frozenset[str]
) -> list[Reuse]:
    """Sentences that say in their words what a sentence of an earlier article says: in
    another language, a translation; in the same language, a rewritten copy (a higher bar:
    one language's reports of one happening share its words without copying)."""
    empty = Meaning((), (), frozenset())
    units = [_sentence_meaning(s) or empty for s in sentences]
    postings: dict[str, list[int]] = defaultdict(list)
    for number, meaning in enumerate(units):
        if meaning.size >= MIN_UNITS:
            for key in meaning.keys:
                postings[key].append(number)
    ranks = [order[s.key.article] for s in sentences]
    found = []
    for number, sentence in enumerate(sentences):
        if units[number].size < MIN_UNITS or sentence.key.article in reporting:
            continue
        rank = ranks[number]
        shared: Counter[int] = Counter()
        for key in units[number].keys:
            posting = postings[key]
            if 1 < len(posting) <= MAX_KEY_POSTINGS:  # a key of this sentence alone: nothing
                shared.update(other for other in posting if ranks[other] < rank)
        best = _earliest_saying(units, number, shared, sentences, order)
        if best is not None:
            other, share = best
            kind = "copies" if sentences[other].language == sentence.language else "translates"
            found.append(Reuse(sentence.key, sentences[other].key, kind, share))
    return found


def _sentence_meaning(sentence: SentenceText) -> Meaning | None:
    """The sentence's meaning, or None for a short one or a language without a dictionary
    (it would be compared by its names and numbers alone)."""
    if dictionary(sentence.language) is None:
        return None
    words = search_words(sentence.text)
    return meaning_units(sentence, words) if len(words) >= MIN_WORDS else None


def _earliest_saying(
    units: Sequence[Meaning],
    number: int,
    shared: Counter[int],
    sentences: Sequence[SentenceText],
    order: dict[str, int],
) -> tuple[int, float] | None:
    """Of the candidates sharing the most rare keys, the earliest of those that say what
    sentence ``number`` says nearly as well as the best (ties: the higher share, then the
    first given), with its share."""
    language = sentences[number].language
    said = []
    # ties by position: the same answer whatever order the keys were counted in
    for other, count in sorted(shared.items(), key=lambda c: (-c[1], c[0]))[:CANDIDATES]:
        if count < MIN_RARE_SHARED:
            break
        same = sentences[other].language == language
        least, words = (
            (REWRITE_SHARE, REWRITE_WORDS) if same else (TRANSLATION_SHARE, MIN_MATCHED_WORDS)
        )
        share = translation_share(units[number], units[other])
        if share >= least and matched_words(units[number], units[other]) >= words:
            said.append((order[sentences[other].key.article], -share, other))
    if not said:
        return None
    # the earliest of those saying it about as well as the best: an earlier sentence that
    # only shares the stock words (a program's name, "LIVE updates") is not the original
    best = -min(s for _, s, _ in said)
    _, share, other = min(c for c in said if -c[1] >= best - SHARE_MARGIN)
    return other, round(-share, 3)


def _telling(anchors: tuple[str, ...]) -> bool:
    """Enough distinct anchors, at least one a number or a date, to be more than chance."""
    return len(set(anchors)) >= MIN_ANCHORS and any(not a.startswith("e") for a in anchors)


def article_order(articles: Iterable[tuple[str, str | None]]) -> dict[str, int]:
    """Rank of each article id: by publication date (undated last), then as given."""
    items = list(articles)
    ranked = sorted(range(len(items)), key=lambda i: (items[i][1] or "9999", i))
    return {items[i][0]: rank for rank, i in enumerate(ranked)}
