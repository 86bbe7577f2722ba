"""A linear-chain CRF tagger in numpy: newstrace's NER runtime (training: training/ner/).

The model is trained with python-crfsuite (training only) and exported to two files under
``models/ner-<lang>/``: ``crf.npz`` (the state weights ``W``, one row per feature and one
column per label, the label-to-label ``transitions``, the ``labels`` and the feature names as
one newline-joined UTF-8 blob) and ``crf.json`` (the feature settings and provenance).

Features are strings, exactly as crfsuite saw them in training, but the runtime never builds
them per token: the strings of a word depend on its form only, so for each word type the
summed weight rows of each *slot* (the word itself, the word as the left/right neighbour at
distance k, the word as a sentence's first word) are computed once and cached. A sentence's
emission scores are then a few fancy-indexed additions of cached rows, shifted by the
window offsets, and Viterbi runs over all sentences of an article at once.

The same functions build the training features (``sentence_features``), so training and
runtime cannot drift apart; ``training/ner/train.py`` checks that this runtime predicts what
crfsuite's own tagger predicts on dev sentences.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np

from ..lang.fold import fold_ner_features

# Words longer than this are cut before their shape is taken (shapes of long words collapse).
_SHAPE_CHARS = 12
_DIGITS = re.compile(r"\d")
# The Arabic article and the proclitics fused with it (wa-/fa-, bi-/ka-/li-, li-l-), when at
# least two letters remain; run on folded text.
_ARTICLE = re.compile("^(?:[وف]?[بكل]?ال|[وف]?لل)(?=..)")
# Cities at least this populous get their own gazetteer feature value.
_BIG_CITY = 100_000
# The bounded cache of per-type score rows: cleared when full (articles repeat few types).
CACHE_TYPES = 200_000

# A token: an abbreviation with inner dots ("U.S.", "e.g."), a title or month abbreviation
# with its dot, an initial ("J."), a number with inner separators ("1,000", "3.5", "1996-08-22",
# "10:30"), a word with inner hyphens, ampersands or apostrophes (not a clitic: "Obama's" is
# "Obama" + "'s", as in the CoNLL tokenisation), a clitic, or any other non-space character.
# SPLIT_TOKEN also cuts at hyphens, for a second look at hyphenated words (see ner.py).
_ABBREVIATIONS = (
    "Mr|Mrs|Ms|Dr|Prof|Gen|Col|Lt|Sgt|Capt|Cmdr|Adm|Maj|Sen|Rep|Gov|Rev|Fr|Sr|Jr|St|Mt|Ft|"
    "Inc|Corp|Co|Ltd|Bros|Plc|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|Nos|vs|Ave"
)
# A word's letters: word characters, and inside a word also the Arabic-script marks (tanwin,
# harakat, Quranic marks: not \w to Python's re) and the zero-width (non-)joiner that
# Persian writes inside words ("می\u200cشود", "نخست\u200cوزیر", as the Persian corpora
# tokenise them): without them "حالياً" or a Persian compound would be cut into pieces the
# models never saw in training.
_WORD = r"\w[\w\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u200c\u200d]*"
TOKEN = re.compile(
    r"(?:[^\W\d_]\.){2,}"
    rf"|(?=[A-Za-z]{{1,4}}\.)(?:{_ABBREVIATIONS})\.(?!\w)"  # the guard makes it quick
    r"|[^\W\d_a-z]\.(?=\s+\w)"
    r"|(?<!\S)(?=\d{1,3}\.\s)\d{1,3}\.(?=\s+\S)"  # a list number: "1. Jean-Luc Brassard"
    r"|\d+(?:[.,:/-]\d+)*"
    r"|\w+(?=n['’]t\b)"  # "do" of "don't"
    r"|(?i:n['’]t|['’](?:s|re|ve|ll|d|m|t))\b"
    rf"|{_WORD}(?:[-&]{_WORD}|['’](?!(?i:s|re|ve|ll|d|m|t)\b){_WORD})*"
    r"|-{2,}|\.{2,}"
    r"|\S"
)


@dataclass(frozen=True, slots=True)
class Settings:
    """What features a model uses; stored in its crf.json so the runtime builds the same."""

    # Word forms for the word/affix features: "lower" (Latin and most scripts) or "fold"
    # (Arabic-script letter variants unified, diacritics dropped: lang.fold.fold_ner_features).
    norm: str = "lower"
    prefixes: tuple[int, ...] = (1, 2, 3, 4)
    suffixes: tuple[int, ...] = (1, 2, 3, 4)
    # Neighbours seen by each word: offsets -window..window.
    window: int = 2
    # Cluster granularities used (indexes into the tuple clusters.load gives), at 0 and +-1.
    clusters: tuple[int, ...] = ()
    cluster_window: int = 1
    # Document features: capitalisation of the same word elsewhere in the article.
    document: bool = True
    # A sentence's first word has its own features (its capital says little).
    first: bool = True
    # Arabic: the folded word also without its article and the proclitics fused with it
    # ("وبالقاهرة" -> "قاهره"), for the word and its neighbours within cluster_window.
    strip_article: bool = False
    # The place gazetteer (entities/places.py) knows the word (or it without a proclitic)
    # as a country or a city: the kind of its best reading, cities by population band.
    places: bool = False
    # Gazetteer features of a capitalised (or caseless-script) word: a country, a town in
    # newstrace's places gazetteer (entities/places.py), a nationality adjective.
    gazetteer: bool = False

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> Settings:
        values = {k: tuple(v) if isinstance(v, list) else v for k, v in data.items()}
        return cls(**values)  # type: ignore[arg-type]


ClusterTable = Mapping[str, tuple[int, ...]]


@dataclass(slots=True)
class Features:
    """Feature strings of word types, per slot; the one definition training and runtime share."""

    settings: Settings
    clusters: ClusterTable | None = None
    cluster_key: Callable[[str], str] | None = None
    _norm: Callable[[str], str] = field(init=False)
    _place: Callable[[str], str] | None = field(init=False, default=None)

    def __post_init__(self) -> None:
        if self.settings.norm == "fold":
            self._norm = fold_ner_features
        else:
            self._norm = _lower_digits
        if self.settings.places:
            self._place = _place_kind

    def norm(self, token: str) -> str:
        """The word form of the word features ("w=...")."""
        return self._norm(token)

    def offsets(self) -> list[int]:
        w = self.settings.window
        return [k for k in range(-w, w + 1) if k]

    def slots(self) -> list[str]:
        """Slot names, in the order of the cached rows: word, neighbours, first, document."""
        names = ["0", *(str(k) for k in self.offsets())]
        if self.settings.first:
            names.append("F")
        return names

    def word(self, token: str) -> list[str]:
        """The features of a word at the position being labelled."""
        return self._word(token, self._norm(token), short_shape(token), self._clusters(token))

    def _word(self, token: str, low: str, short: str, clusters: list[tuple[int, int]]) -> list[str]:
        s = self.settings
        out = ["b", f"w={low}", f"s={shape(token)}", f"z={short}"]
        out += [f"p{n}={low[:n]}" for n in s.prefixes if len(low) > n]
        out += [f"x{n}={low[-n:]}" for n in s.suffixes if len(low) > n]
        out += [f"c{g}={c}" for g, c in clusters]
        if s.gazetteer:
            out += gazetteer_features(token)
        if s.strip_article:
            out.append(f"n={_ARTICLE.sub('', low)}")
        if self._place is not None:
            kind = self._place(token)
            if kind:
                out.append(f"g={kind}")
        return out

    def neighbour(self, token: str, offset: int) -> list[str]:
        """The features a word lends to the word ``offset`` positions away from it."""
        return self._neighbour(self._norm(token), short_shape(token), self._clusters(token), offset)

    def _neighbour(
        self, low: str, short: str, clusters: list[tuple[int, int]], offset: int
    ) -> list[str]:
        out = [f"{offset}w={low}", f"{offset}z={short}"]
        if abs(offset) <= self.settings.cluster_window:
            out += [f"{offset}c{g}={c}" for g, c in clusters]
            if self.settings.strip_article:
                out.append(f"{offset}n={_ARTICLE.sub('', low)}")
        return out

    def first(self, token: str) -> list[str]:
        return [f"Fw={self._norm(token)}", f"Fz={short_shape(token)}"]

    def slot_features(self, token: str) -> list[list[str]]:
        """The features of every slot of a word type, in slots() order (computed together:
        the word form, shape and clusters are looked up once)."""
        low, short, clusters = self._norm(token), short_shape(token), self._clusters(token)
        out = [self._word(token, low, short, clusters)]
        out += [self._neighbour(low, short, clusters, k) for k in self.offsets()]
        if self.settings.first:
            out.append([f"Fw={low}", f"Fz={short}"])
        return out

    def padding(self, offset: int) -> list[str]:
        """What a missing neighbour (before the first / after the last word) lends."""
        return [f"{offset}w=<pad>"]

    def _clusters(self, token: str) -> list[tuple[int, int]]:
        if not self.settings.clusters or self.clusters is None or self.cluster_key is None:
            return []
        ids = self.clusters.get(self.cluster_key(token))
        if ids is None:
            return [(g, -1) for g in self.settings.clusters]
        return [(g, ids[g]) for g in self.settings.clusters if g < len(ids)]

    def sentence(self, tokens: Sequence[str], doc: DocumentFlags | None = None) -> list[list[str]]:
        """crfsuite's item sequence for one sentence: the feature strings of each token."""
        items: list[list[str]] = []
        n = len(tokens)
        for i, token in enumerate(tokens):
            feats = self.word(token)
            for k in self.offsets():
                j = i + k
                feats += self.neighbour(tokens[j], k) if 0 <= j < n else self.padding(k)
            if self.settings.first and i == 0:
                feats += self.first(token)
            if doc is not None:
                feats += doc.features(token)
            items.append(feats)
        return items


def _place_kind(token: str) -> str:
    """ "country", "city" (>= _BIG_CITY people), "town", or "" for a word the gazetteer lacks."""
    if len(token) < 3 or not token[0].isalpha():
        return ""
    from .places import gazetteer  # the table loads on first use only

    found = gazetteer().candidates(token)
    if not found:
        return ""
    best = found[0]
    if best.kind == "country":
        return "country"
    return "city" if best.population >= _BIG_CITY else "town"


def gazetteer_features(token: str) -> list[str]:
    """ "g=country" / "g=town" when the gazetteer knows the word as a place (its best
    candidate's kind), "g=demonym" for a nationality adjective ("German", "ایرانی")."""
    first = token[:1]
    if not first.isalpha() or first.islower() or len(token) < 2:
        return []
    from .places import demonym_countries, gazetteer  # the places table, loaded once

    out: list[str] = []
    candidates = gazetteer().candidates(token)
    if candidates:
        out.append("g=country" if candidates[0].kind == "country" else "g=town")
    if demonym_countries(token):
        out.append("g=demonym")
    return out


def _lower_digits(token: str) -> str:
    return _DIGITS.sub("0", token.lower())


def shape(token: str) -> str:
    """Character classes of the word, up to _SHAPE_CHARS: "Xxxxx", "XX.X.", "dd-dd"."""
    return "".join(_char_class(c) for c in token[:_SHAPE_CHARS])


def short_shape(token: str) -> str:
    """The shape with runs collapsed: "Xx", "X.X.", "d-d"."""
    out: list[str] = []
    for c in token:
        k = _char_class(c)
        if not out or out[-1] != k:
            out.append(k)
    return "".join(out)


@lru_cache(maxsize=4096)
def _char_class(c: str) -> str:
    if c.isdigit():
        return "d"
    if c.isalpha():
        if c.isupper():
            return "X"
        return "x" if c.islower() else "a"  # "a": a letter of a caseless script
    return c


SPLIT_TOKEN = re.compile(TOKEN.pattern.replace(f"(?:[-&]{_WORD}|", f"(?:&{_WORD}|"))
assert SPLIT_TOKEN.pattern != TOKEN.pattern


# ------------------------------------------------------------------ document features

_DOC_FLAGS = ("lower", "capmid", "titled")


@dataclass(slots=True)
class DocumentFlags:
    """How the words of one article are written elsewhere in it (capitalisation in context).

    A capitalised word whose lower-case form the article also uses ("Will", "will") is less
    likely a name; one written capitalised in mid-sentence elsewhere is more likely one; an
    all-capitals headline word ("JAPAN") that the article writes in title case elsewhere
    ("Japan") is likely what that form is.
    """

    lower_seen: set[str]
    cap_mid: set[str]
    titled: set[str]

    @classmethod
    def of(cls, sentences: Sequence[Sequence[str]]) -> DocumentFlags:
        lower_seen: set[str] = set()
        cap_mid: set[str] = set()
        titled: set[str] = set()
        for tokens in sentences:
            for i, token in enumerate(tokens):
                first = token[:1]
                if not first.isalpha():
                    continue
                if first.islower():
                    lower_seen.add(token)
                elif first.isupper() and i > 0 and not token.isupper():
                    cap_mid.add(token.lower())
                if first.isupper() and len(token) > 1 and not token.isupper():
                    titled.add(token.upper())
        return cls(lower_seen, cap_mid, titled)

    def flags(self, token: str) -> tuple[bool, bool, bool]:
        if not token[:1].isupper():
            return (False, False, False)
        low = token.lower()
        return (
            low in self.lower_seen,
            low in self.cap_mid,
            token.isupper() and token in self.titled,
        )

    def features(self, token: str) -> list[str]:
        return [f"D={name}" for name, on in zip(_DOC_FLAGS, self.flags(token), strict=True) if on]


# ------------------------------------------------------------------ the tagger


@dataclass(frozen=True, slots=True)
class Model:
    """The exported weights: features (names -> row), W (rows x labels), transitions."""

    labels: tuple[str, ...]
    index: dict[str, int]
    weights: np.ndarray  # (features, labels) float32
    transitions: np.ndarray  # (labels, labels) float32: from row label to column label
    settings: Settings
    meta: dict[str, object]

    @classmethod
    def load(cls, folder: Path) -> Model:
        meta = json.loads((folder / "crf.json").read_text(encoding="utf-8"))
        with np.load(folder / "crf.npz") as data:
            names = bytes(data["features"]).decode("utf-8").split("\n")
            weights = data["weights"].astype(np.float32)
            transitions = data["transitions"].astype(np.float32)
            labels = tuple(str(x) for x in data["labels"])
        index = {name: row for row, name in enumerate(names)}
        return cls(labels, index, weights, transitions, Settings.from_dict(meta["settings"]), meta)

    def save(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        names = sorted(self.index, key=self.index.__getitem__)
        np.savez_compressed(
            folder / "crf.npz",
            features=np.frombuffer("\n".join(names).encode("utf-8"), dtype=np.uint8),
            weights=self.weights.astype(np.float16 if self.meta.get("float16") else np.float32),
            transitions=self.transitions.astype(np.float32),
            labels=np.array(self.labels),
        )
        meta = {**self.meta, "settings": asdict(self.settings)}
        text = json.dumps(meta, indent=1, ensure_ascii=False, sort_keys=True)
        (folder / "crf.json").write_text(text + "\n", encoding="utf-8")


class Tagger:
    """Tags token sequences with a Model; per-type slot scores are cached."""

    def __init__(
        self,
        model: Model,
        clusters: ClusterTable | None = None,
        cluster_key: Callable[[str], str] | None = None,
    ) -> None:
        self.model = model
        self.features = Features(model.settings, clusters, cluster_key)
        self.slots = self.features.slots()
        self.n_labels = len(model.labels)
        self._types: dict[str, int] = {}
        # The weights with a zero row last: every slot's row list ends with it, so that one
        # np.add.reduceat sums all slots of a word type at once (no slot is empty).
        self._zero = len(model.weights)
        self._weights = np.vstack([model.weights, np.zeros((1, self.n_labels), np.float32)])
        self._table = np.zeros((1024, len(self.slots), self.n_labels), dtype=np.float32)
        offsets = self.features.offsets()
        self._offsets = [(k, self.slots.index(str(k))) for k in offsets]
        self._padding = {k: self._score(self.features.padding(k)) for k in offsets}
        doc = [self._score([f"D={name}"]) for name in _DOC_FLAGS]
        self._doc = np.stack(doc) if doc else np.zeros((0, self.n_labels), np.float32)
        self._first = self.slots.index("F") if "F" in self.slots else -1
        prefixes = [label.split("-", 1) for label in model.labels]
        self._begins = [p[0] == "B" for p in prefixes]
        self._kinds = [p[1] if len(p) == 2 else "" for p in prefixes]

    def _score(self, names: Sequence[str]) -> np.ndarray:
        rows = [self.model.index[n] for n in names if n in self.model.index]
        if not rows:
            return np.zeros(self.n_labels, dtype=np.float32)
        return self.model.weights[rows].sum(axis=0, dtype=np.float32)

    def _type_id(self, token: str) -> int:
        row = self._types.get(token)
        if row is not None:
            return row
        if len(self._types) >= CACHE_TYPES:
            self._types.clear()
        row = len(self._types)
        if row >= len(self._table):
            grown = np.zeros((2 * len(self._table), *self._table.shape[1:]), np.float32)
            grown[: len(self._table)] = self._table
            self._table = grown
        rows: list[int] = []
        starts: list[int] = []
        index = self.model.index
        for names in self.features.slot_features(token):
            starts.append(len(rows))
            rows += [index[n] for n in names if n in index]
            rows.append(self._zero)
        self._table[row] = np.add.reduceat(self._weights[rows], starts, axis=0)
        self._types[token] = row
        return row

    def emissions(
        self, sentences: Sequence[Sequence[str]], document: bool | None = None
    ) -> list[np.ndarray]:
        """Per sentence a (tokens, labels) array of state scores."""
        lengths = [len(s) for s in sentences]
        flat = [t for s in sentences for t in s]
        if not flat:
            return [np.zeros((0, self.n_labels), np.float32) for _ in sentences]
        ids = np.fromiter((self._type_id(t) for t in flat), dtype=np.int64, count=len(flat))
        table = self._table
        scores = table[ids, 0].copy()
        position = np.concatenate([np.arange(n) for n in lengths])
        size = np.repeat(np.asarray(lengths), lengths)
        total = len(flat)
        for k, slot in self._offsets:
            inside = (position + k >= 0) & (position + k < size)
            neighbour = np.clip(np.arange(total) + k, 0, total - 1)
            scores += np.where(inside[:, None], table[ids[neighbour], slot], self._padding[k])
        if self._first >= 0:
            starts = np.cumsum([0, *lengths[:-1]])[np.asarray(lengths) > 0]
            scores[starts] += table[ids[starts], self._first]
        use_doc = self.model.settings.document if document is None else document
        if use_doc and len(self._doc):
            flags = DocumentFlags.of(sentences)
            marks = np.array([flags.flags(t) for t in flat], dtype=np.float32)
            scores += marks @ self._doc
        return np.split(scores, np.cumsum(lengths)[:-1])

    def tag(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """Best label sequence of each sentence (the sentences of one document, in order)."""
        paths = viterbi(self.emissions(sentences), self.model.transitions)
        return [[self.model.labels[i] for i in path] for path in paths]

    def spans(self, sentences: Sequence[Sequence[str]]) -> list[list[tuple[int, int, str]]]:
        """Entity spans (token start, end, type) of each sentence."""
        paths = viterbi(self.emissions(sentences), self.model.transitions)
        return [self._spans(path) for path in paths]

    def _spans(self, path: Sequence[int]) -> list[tuple[int, int, str]]:
        out: list[tuple[int, int, str]] = []
        start, kind = -1, ""
        for i, label in enumerate([*path, -1]):
            this = self._kinds[label] if label >= 0 else ""
            continues = this and this == kind and not self._begins[label]
            if kind and not continues:
                out.append((start, i, kind))
                kind = ""
            if this and not continues:
                start, kind = i, this
        return out


def viterbi(emissions: Sequence[np.ndarray], transitions: np.ndarray) -> list[list[int]]:
    """Best paths of many sentences at once (no start or end scores, as in crfsuite).

    Sentences are padded to the longest; past a sentence's end the scores are carried over
    unchanged and the back pointers point to themselves, so one loop serves them all.
    """
    lengths = [len(e) for e in emissions]
    batch = [i for i, n in enumerate(lengths) if n]
    paths: list[list[int]] = [[] for _ in emissions]
    if not batch:
        return paths
    n_labels = transitions.shape[0]
    longest = max(lengths)
    padded = np.zeros((len(batch), longest, n_labels), dtype=np.float32)
    size = np.array([lengths[i] for i in batch])
    for row, i in enumerate(batch):
        padded[row, : lengths[i]] = emissions[i]
    score = padded[:, 0].copy()
    back = np.zeros((longest, len(batch), n_labels), dtype=np.int64)
    back[:] = np.arange(n_labels)
    for t in range(1, longest):
        candidates = score[:, :, None] + transitions[None]  # (batch, from, to)
        best = candidates.argmax(axis=1)
        live = size > t
        new = candidates.max(axis=1) + padded[:, t]
        score = np.where(live[:, None], new, score)
        back[t] = np.where(live[:, None], best, back[t])
    label = score.argmax(axis=1)
    out = np.zeros((len(batch), longest), dtype=np.int64)
    for t in range(longest - 1, -1, -1):
        out[:, t] = label
        label = back[t][np.arange(len(batch)), label]
    for row, i in enumerate(batch):
        paths[i] = out[row, : lengths[i]].tolist()
    return paths


def tokenize(text: str, split_hyphens: bool = False) -> list[tuple[str, int, int]]:
    """(token, start, end) of each token of a text: character offsets into it."""
    pattern = SPLIT_TOKEN if split_hyphens else TOKEN
    return [(m.group(), m.start(), m.end()) for m in pattern.finditer(text)]
