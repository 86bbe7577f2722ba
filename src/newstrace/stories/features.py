"""What an article brings to story grouping: content words, names, numbers, entities, dates.

A :class:`StoryDoc` is built in two steps: :func:`count_features` reads one article (word
counts, anchor counts, the base weights of the resolved entities it mentions), and
:func:`weigh` turns the counts into normalised vectors with the document frequencies held by a
:class:`Vocabulary`. Three vectors come out:

- ``terms``: stems of content words, tf-idf within the article's language (title and lead
  sentences boosted); ``headline``: the title's stems alone, which name the event;
- ``anchors``: tokens that read the same in many languages (capitalised names outside the
  first word of a sentence, numbers with their separators dropped), tf-idf over all languages:
  "Merkel", "Covid" and "2300" link a German and an English article even where the German
  text has no NER model;
- ``grams``: character 4-grams of the content words (word boundaries marked), tf-idf within
  the article's language but compared across languages of one script: they match inflected
  and compound forms that a stem prefix misses ("Grenzöffnungen"/"Grenzen", Polish and
  Turkish suffixes) and cognates and names across languages ("Philippinen"/"Philippines");
- ``entities``: resolved entity ids (language- and script-independent), weighted by kind (a
  person or organisation says more about the story than a country) and by rarity (an entity
  in a large share of all articles says little);
- ``meanings``: the content words as English lemmas through the bilingual dictionaries
  (:mod:`.meanings`), tf-idf over all languages, compared across languages and scripts: what
  lets a German and an English report share words, not only names.

``grams`` and ``meanings`` serve graded similarity only (story clustering's weights ignore
them) and leave out page furniture: runs of words whose word 5-grams another article
already had (cookie notices, paywall prompts; :func:`.meanings.furniture_mask`, counts kept
by the :class:`Vocabulary`). ``terms`` keep every word: wire copies that story grouping
relies on share their text word for word.
"""

from __future__ import annotations

import importlib
import math
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache

from ..lang.fold import fold
from ..models import Analysis, Article, Entity
from ..nlp.normalize import search_words, word_variants
from .meanings import furniture_mask, meaning_keys, shingles

# Stem = the first STEM letters of the clitic-stripped folded word. Prefix truncation merges
# most inflections ("missiles"/"missile", "Raketen"/"Rakete", Turkish suffixes) in every
# language at no cost; 5 letters was chosen on SemEval training pairs (bench/clusters.py).
STEM = 5
# Names keep more letters: "Merkel"/"Merkels" meet, "Trump"/"Truman" do not.
ANCHOR_STEM = 8
# Character n-grams: GRAM letters, inside one word padded with "<" and ">" (chosen on
# SemEval training pairs: 4 over 3 and 5).
GRAM = 4
# Vector entries kept per article: the tail of a long article adds cost, not signal (for
# grams, the heaviest 200 also correlate better with SemEval training labels than all).
MAX_TERMS = 120
MAX_ANCHORS = 60
MAX_GRAMS = 200
MAX_MEANINGS = 100
# Shingle counts a Vocabulary keeps before it keeps only the most repeated half (furniture
# recurs, so it is what survives; about 75 bytes an entry: 19 MB at most; the SemEval splits
# hold 173k and 176k, giveme5w1h 166k).
MAX_SHINGLES = 250_000
# Title words count this many times, and words of the first LEAD_SENTENCES sentences
# LEAD_BOOST times: news puts the story first (chosen on SemEval training pairs, whose texts
# open with the title run into the first sentence: one sentence boosted 4 times beats two
# boosted twice, 0.739 vs 0.726 Pearson; boosts 4 to 6 are within 0.001).
TITLE_BOOST = 3
LEAD_SENTENCES = 1
LEAD_BOOST = 4
# Entity weight by kind. Outlets mostly name the publisher or a wire ("Reuters"), not the story.
KIND_WEIGHT = {"person": 1.0, "organization": 0.9, "other": 0.6, "place": 0.6, "outlet": 0.15}
# A country is shared by many unrelated stories; a city or a site much less so.
COUNTRY_WEIGHT = 0.25
# A dateline or a photo caption only frames the article.
FRAME_WEIGHT = 0.3
# Rarity reaches full weight for entities in at most 1/RARE_SHARE of the articles.
RARE_SHARE = 20.0
# Pseudo-articles added to every count: in a small collection nothing is "frequent" yet.
PRIOR_ARTICLES = 50
# The entity vector is divided by sqrt(sum of squares + ENTITY_FLOOR**2), not by its plain
# norm: a doc whose only entity is a frequent country must not get a unit vector (cosine 1
# with any other doc naming that country); only strong entity evidence gets near norm 1.
ENTITY_FLOOR = 1.0
# The same for anchors (tf-idf weights run from 1 to ~8): a short text whose only name is a
# common one ("Syria") must not get a unit anchor vector either.
ANCHOR_FLOOR = 4.0

_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_TOKEN = re.compile(r"[^\W\d_][\w'’-]*")


@dataclass(slots=True)
class StoryDoc:
    """One article as story grouping sees it.

    ``terms``, ``headline`` and ``grams`` are L2-normalised weight vectors; ``anchors`` and
    ``entities`` have norm at most 1, near 1 only for strong evidence (see ``ENTITY_FLOOR``).
    ``terms`` and ``headline`` are comparable only between articles of the same
    ``language``, ``anchors`` and ``grams`` within a ``script``, ``entities`` (resolved ids)
    across languages and scripts. ``dates``: day-precision dates the text mentions.
    """

    id: str
    language: str | None
    published: str | None
    title: str | None
    terms: dict[str, float] = field(default_factory=dict)
    entities: dict[str, float] = field(default_factory=dict)
    anchors: dict[str, float] = field(default_factory=dict)
    headline: dict[str, float] = field(default_factory=dict)
    dates: frozenset[str] = frozenset()
    script: str | None = None  # "LATIN", "ARABIC", ...: names only match within a script
    grams: dict[str, float] = field(default_factory=dict)
    meanings: dict[str, float] = field(default_factory=dict)  # English lemmas, any language


@dataclass(slots=True)
class ArticleCounts:
    """What :func:`count_features` read in one article, before any weighting."""

    article: Article
    terms: Counter[str]
    anchors: Counter[str]
    entities: Mapping[str, float]
    headline: Counter[str] = field(default_factory=Counter)
    grams: Counter[str] = field(default_factory=Counter)
    meanings: dict[str, float] = field(default_factory=dict)  # key -> boosted word shares


@dataclass(slots=True)
class Vocabulary:
    """Document frequencies of stems (per language), anchors and entities, grown as articles
    come.

    Weights use the counts at the time an article is weighed; earlier docs keep theirs, so
    adding articles never forces recomputing the old ones (idf drifts slowly).
    """

    articles: int = 0
    per_language: Counter[str] = field(default_factory=Counter)
    terms: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    anchors: Counter[str] = field(default_factory=Counter)
    entities: Counter[str] = field(default_factory=Counter)
    grams: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    meanings: Counter[str] = field(default_factory=Counter)
    shingles: dict[int, int] = field(default_factory=dict)  # word 5-gram hash -> articles

    def observe_shingles(self, units: list[_Unit]) -> None:
        """Count the distinct shingles of one article (see :func:`text_units`). Over
        ``MAX_SHINGLES`` only the most repeated half is kept (furniture recurs, a story's own
        text mostly does not), so the table stays bounded and is trimmed rarely."""
        seen = self.shingles
        for value in {h for unit in units for h in unit.shingles}:
            seen[value] = seen.get(value, 0) + 1
        if len(seen) > MAX_SHINGLES:
            kept = sorted(seen.items(), key=lambda kv: -kv[1])[: MAX_SHINGLES // 2]
            self.shingles = dict(kept)

    def observe(self, counts: ArticleCounts) -> None:
        """Count one article's distinct stems, anchors and entities."""
        language = counts.article.language or ""
        self.articles += 1
        self.per_language[language] += 1
        self.terms[language].update(counts.terms.keys())
        self.anchors.update(counts.anchors.keys())
        self.entities.update(counts.entities.keys())
        self.grams[language].update(counts.grams.keys())
        self.meanings.update(counts.meanings.keys())

    def term_idf(self, language: str | None, term: str) -> float:
        total = self.per_language[language or ""] + PRIOR_ARTICLES
        seen = self.terms.get(language or "")
        return math.log(total / ((seen[term] if seen else 0) + 1)) + 1.0

    def gram_idf(self, language: str | None, gram: str) -> float:
        total = self.per_language[language or ""] + PRIOR_ARTICLES
        seen = self.grams.get(language or "")
        return math.log(total / ((seen[gram] if seen else 0) + 1)) + 1.0

    def meaning_idf(self, key: str) -> float:
        return math.log((self.articles + PRIOR_ARTICLES) / (self.meanings[key] + 1)) + 1.0

    def anchor_idf(self, anchor: str) -> float:
        return math.log((self.articles + PRIOR_ARTICLES) / (self.anchors[anchor] + 1)) + 1.0

    def rarity(self, entity: str) -> float:
        """1 for an entity in few articles, falling towards 0 as its share of articles grows."""
        share = (self.entities[entity] + 1) / (self.articles + PRIOR_ARTICLES)
        return max(0.0, min(1.0, math.log(1 / share) / math.log(RARE_SHARE)))


@lru_cache(maxsize=64)
def stop_words(language: str | None) -> frozenset[str]:
    """Folded stop words of a language (spaCy's lists, no model needed); empty if unknown."""
    if not language or not language.isalpha():
        return frozenset()
    try:
        module = importlib.import_module(f"spacy.lang.{language}.stop_words")
    except ImportError:
        return frozenset()
    return frozenset(fold(word) for word in getattr(module, "STOP_WORDS", ()))


@lru_cache(maxsize=200_000)
def _stem(word: str, size: int) -> str:
    return word_variants(word)[-1][:size]


def _kept_words(text: str, language: str | None) -> list[str]:
    """Folded words of ``text`` that can say what it is about (no stop words, no short
    words, no short numbers)."""
    stops = stop_words(language)
    return [word for word in search_words(text) if _keep(word, stops)]


def content_words(text: str, language: str | None) -> list[str]:
    """Stems of the words of ``text`` that can say what it is about (no stop words, no short
    words, no short numbers)."""
    return [_stem(word, STEM) for word in _kept_words(text, language)]


@lru_cache(maxsize=200_000)
def word_grams(word: str) -> tuple[str, ...]:
    """Character GRAM-grams of a folded word padded with "<" and ">" (the padded word itself
    when shorter); none for a number (numbers are anchors)."""
    if word.isdigit():
        return ()
    padded = f"<{word}>"
    if len(padded) <= GRAM:
        return (padded,)
    return tuple(padded[i : i + GRAM] for i in range(len(padded) - GRAM + 1))


def anchor_tokens(article: Article) -> list[str]:
    """Names and numbers: capitalised words that do not open a sentence, and numbers of two
    or more digits (separators dropped, so "2,300" and "2.300" meet)."""
    stops = stop_words(article.language)
    out = []
    for sentence in article.sentences or ():
        for index, match in enumerate(_TOKEN.finditer(sentence.text)):
            token = match.group()
            if index == 0 or not token[0].isupper():
                continue
            word = fold(re.split(r"['’]", token, maxsplit=1)[0])
            if len(word) >= 3 and word not in stops:
                out.append(word[:ANCHOR_STEM])
        for match in _NUMBER.finditer(sentence.text):
            digits = re.sub(r"[.,]", "", match.group())
            if len(digits) >= 2:
                out.append("#" + digits)
    return out


def entity_weight(entity: Entity, mentions: int, framing_only: bool = False) -> float:
    """Base weight of a resolved entity in one article, before rarity.

    ``mentions``: how often the article names it; ``framing_only``: every mention is a
    dateline or a caption.
    """
    if entity.anonymous:
        return 0.0  # "officials" in two articles are not known to be the same people
    kind = KIND_WEIGHT.get(entity.type, 0.5)
    if entity.type == "place" and (entity.gazetteer or "").startswith("country:"):
        kind = COUNTRY_WEIGHT
    frame = FRAME_WEIGHT if framing_only else 1.0
    return kind * frame * (1.0 + math.log(mentions))


def article_entities(entities: Iterable[Entity]) -> dict[str, dict[str, float]]:
    """Per article id: resolved entity id → base weight (see :func:`entity_weight`)."""
    out: dict[str, dict[str, float]] = defaultdict(dict)
    for entity in entities:
        counts: Counter[str] = Counter()
        framed: Counter[str] = Counter()
        for mention in entity.mentions:
            counts[mention.article] += 1
            framed[mention.article] += mention.role in ("dateline", "caption")
        for article, count in counts.items():
            weight = entity_weight(entity, count, framed[article] == count)
            if weight > 0:
                out[article][entity.id] = weight
    return dict(out)


def dominant_script(text: str, sample: int = 400) -> str | None:
    """The Unicode script of most letters among the first ``sample`` ("LATIN", "ARABIC")."""
    scripts: Counter[str] = Counter()
    for char in text:
        if char.isalpha():
            scripts[unicodedata.name(char, "UNKNOWN").split(" ", 1)[0]] += 1
            if sum(scripts.values()) >= sample:
                break
    return scripts.most_common(1)[0][0] if scripts else None


def mentioned_dates(article: Article) -> frozenset[str]:
    """Day-precision dates the article's text refers to."""
    return frozenset(
        ref.value
        for sentence in article.sentences
        for ref in sentence.dates
        if ref.value and len(ref.value) == 10
    )


@dataclass(frozen=True, slots=True)
class _Unit:
    """A stretch of text counted as one: the title or a sentence, with its boost."""

    words: list[str]  # folded words, stop words included (shingles need them)
    shingles: list[int]
    boost: int
    title: bool = False


def text_units(article: Article) -> list[_Unit]:
    """The title and the sentences (the whole text when not split), with their boosts."""
    parts: list[tuple[str, int]] = [(article.title or "", TITLE_BOOST)]
    if article.sentences:
        parts.extend(
            (s.text, LEAD_BOOST if s.index < LEAD_SENTENCES else 1) for s in article.sentences
        )
    else:
        parts.append((article.text, 1))
    out = []
    for number, (text, boost) in enumerate(parts):
        words = search_words(text)
        if words:
            out.append(_Unit(words, shingles(words), boost, title=number == 0))
    return out


def _keep(word: str, stops: frozenset[str]) -> bool:
    """A word that can say what a text is about (no stop word, short word or short number)."""
    return len(word) >= 3 and word not in stops and not (word.isdigit() and len(word) < 4)


@lru_cache(maxsize=200_000)  # news repeats its words: each is read once per language
def _word_features(
    word: str, language: str | None
) -> tuple[str, tuple[str, ...], tuple[tuple[str, float], ...]] | None:
    """A folded word's stem, character grams and meaning keys; None for a word that says
    nothing of the story (see :func:`_keep`)."""
    if not _keep(word, stop_words(language)):
        return None
    return _stem(word, STEM), word_grams(word), meaning_keys(word, language)


def _count_unit(
    unit: _Unit,
    language: str | None,
    terms: Counter[str],
    similar: tuple[Counter[str], dict[str, float]] | None,
    seen: Mapping[int, int] | None,
) -> None:
    """Stems into ``terms``; grams and meanings into ``similar``, furniture left out."""
    furniture = furniture_mask(unit.shingles, len(unit.words), seen) if seen else None
    boost = unit.boost
    for position, word in enumerate(unit.words):
        features = _word_features(word, language)
        if features is None:
            continue
        stem, word_gram_keys, meaning = features
        terms[stem] += boost
        if similar is None or (furniture is not None and furniture[position]):
            continue
        grams, meanings = similar
        for gram in word_gram_keys:
            grams[gram] += boost
        for key, share in meaning:
            meanings[key] = meanings.get(key, 0.0) + boost * share


def count_features(
    article: Article,
    entity_ids: Mapping[str, float],
    *,
    grams: bool = True,
    units: list[_Unit] | None = None,
    seen: Mapping[int, int] | None = None,
) -> ArticleCounts:
    """Stem, gram and meaning counts (title and lead boosted), anchor counts and entity base
    weights.

    ``grams=False`` skips the character grams and meanings (the costliest and largest part)
    for uses whose weights ignore them, such as story clustering with ``STORY_WEIGHTS``.
    ``units``: the article's :func:`text_units` when already computed; ``seen``: shingle
    counts (``Vocabulary.shingles``) telling page furniture, which grams and meanings leave
    out (None: nothing is furniture).
    """
    similar: tuple[Counter[str], dict[str, float]] | None = (Counter(), {}) if grams else None
    terms: Counter[str] = Counter()
    headline: Counter[str] = Counter()
    stops = stop_words(article.language)
    for unit in units if units is not None else text_units(article):
        _count_unit(unit, article.language, terms, similar, seen)
        if unit.title:
            headline.update(_stem(w, STEM) for w in unit.words if _keep(w, stops))
    anchors = Counter(anchor_tokens(article))
    gram_counts, meanings = similar if similar is not None else (Counter(), {})
    return ArticleCounts(article, terms, anchors, dict(entity_ids), headline, gram_counts, meanings)


def _normalised(
    weights: Mapping[str, float], limit: int | None = None, floor: float = 0.0
) -> dict[str, float]:
    """The ``limit`` heaviest entries, divided by the norm (``floor`` added in quadrature),
    heaviest first. Keys are interned: a stem recurs in thousands of docs of a long stream,
    and one shared copy of it is most of the memory a story index would otherwise spend."""
    items = sorted(((k, w) for k, w in weights.items() if w > 0), key=lambda kv: (-kv[1], kv[0]))
    if limit is not None:
        items = items[:limit]
    norm = math.sqrt(sum(w * w for _, w in items) + floor * floor)
    return {sys.intern(key): w / norm for key, w in items} if items else {}


def weigh(counts: ArticleCounts, vocabulary: Vocabulary) -> StoryDoc:
    """The :class:`StoryDoc` of counted article, weighted by ``vocabulary``'s frequencies."""
    article = counts.article
    terms = {
        t: (1.0 + math.log(n)) * vocabulary.term_idf(article.language, t)
        for t, n in counts.terms.items()
    }
    headline = {t: vocabulary.term_idf(article.language, t) for t in counts.headline}
    grams = {
        g: (1.0 + math.log(n)) * vocabulary.gram_idf(article.language, g)
        for g, n in counts.grams.items()
    }
    anchors = {a: (1.0 + math.log(n)) * vocabulary.anchor_idf(a) for a, n in counts.anchors.items()}
    entities = {e: w * vocabulary.rarity(e) for e, w in counts.entities.items()}
    meanings = {
        k: (1.0 + math.log(n) if n >= 1 else n) * vocabulary.meaning_idf(k)
        for k, n in counts.meanings.items()
    }
    return StoryDoc(
        id=article.id,
        language=article.language,
        published=article.published,
        title=article.title,
        terms=_normalised(terms, MAX_TERMS),
        entities=_normalised(entities, floor=ENTITY_FLOOR),
        anchors=_normalised(anchors, MAX_ANCHORS, floor=ANCHOR_FLOOR),
        headline=_normalised(headline),
        dates=mentioned_dates(article),
        script=dominant_script(article.text),
        grams=_normalised(grams, MAX_GRAMS),
        meanings=_normalised(meanings, MAX_MEANINGS),
    )


def story_doc(
    article: Article, entity_ids: Mapping[str, float], vocabulary: Vocabulary | None = None
) -> StoryDoc:
    """The :class:`StoryDoc` of one article; the article is counted into ``vocabulary``.

    ``entity_ids``: resolved entity id → base weight (:func:`article_entities` gives them for
    a set of :class:`Entity` records). Without a vocabulary, only this article is counted:
    words weigh by count alone and every entity is rare.
    """
    vocab = vocabulary if vocabulary is not None else Vocabulary()
    units = text_units(article)
    vocab.observe_shingles(units)
    counts = count_features(article, entity_ids, units=units, seen=vocab.shingles)
    vocab.observe(counts)
    return weigh(counts, vocab)


def docs_from_analysis(analysis: Analysis, vocabulary: Vocabulary | None = None) -> list[StoryDoc]:
    """A :class:`StoryDoc` per article of ``analysis``, in article order.

    All articles are counted before any is weighed, so every doc sees the frequencies of the
    whole analysis (added to ``vocabulary`` when one is given, to weigh later articles).
    """
    vocab = vocabulary if vocabulary is not None else Vocabulary()
    by_article = article_entities(analysis.entities)
    units = [text_units(a) for a in analysis.articles]
    for article_units in units:  # furniture is told by every article, earlier and later ones
        vocab.observe_shingles(article_units)
    counts = [
        count_features(a, by_article.get(a.id, {}), units=u, seen=vocab.shingles)
        for a, u in zip(analysis.articles, units, strict=True)
    ]
    for item in counts:
        vocab.observe(item)
    return [weigh(item, vocab) for item in counts]
