"""Named-entity recognition with newstrace's own models.

Two engines, chosen per language by what ``models/ner-<lang>/`` holds:

* ``crf.npz`` + ``crf.json``: a linear-chain CRF run by newstrace's own numpy code
  (``entities/crf.py``; trained by ``training/ner/train.py``), numpy only, a few ms per
  article. Arabic, Persian and Spanish use it.
* ``config.cfg``: a spaCy model (below): English, whose CRF did worse on real news through
  the event and provenance stages.

The spaCy models were trained by ``training/ner/train_spacy.py`` on CoNLL-2003, ANERcorp
and Arman and shipped under ``models/ner-<lang>/``: a tokenizer plus a ``ner`` component and
its CNN token encoder (inside ner, or as a ``tok2vec`` component it listens to), nothing
else, so loading is quick. They run fully offline; nothing is downloaded. Each
language's model is loaded once per process, on first use. Labels are the four newstrace
entity types. Scores and speed: training/ner/README.md.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache, partial
from pathlib import Path
from typing import TYPE_CHECKING

from ..lang.fold import fold_ner_features
from . import crf

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

MODELS = Path(__file__).resolve().parent / "models"

# Model labels -> the labels newstrace uses everywhere else.
LABELS = {"PERSON": "person", "ORG": "organization", "PLACE": "place", "OTHER": "other"}

# Pipeline components recognise() runs: ner, and the token encoder it listens to when the
# model was trained with a separate (pretrained) tok2vec component.
_NEEDED = frozenset({"tok2vec", "ner"})

# Texts per nlp.pipe batch: large enough to amortise per-batch overhead, small enough that
# a batch of long articles stays a few MB of activations.
BATCH_SIZE = 64


@dataclass(frozen=True, slots=True)
class Span:
    """One entity mention: character offsets into the text passed in, and its type."""

    start: int
    end: int
    label: str  # "person" | "organization" | "place" | "other"
    text: str


# Lexical features for Arabic-script models. spaCy computes NORM, PREFIX and SUFFIX once per
# vocabulary entry; the Arabic and Persian models replace its getters (through an
# ``nlp.after_creation`` callback named in their config) so that spelling variants share one
# feature: hamza/alef, yeh, kaf and teh marbuta forms are unified, diacritics, tatweel and
# zero-width marks dropped, digits collapsed; for Arabic the NORM also loses the article and
# the proclitics fused with it (wa-/fa-, bi-/ka-/li-), so "وبالقاهرة" and "القاهرة" share it.
LEXICAL_ATTRS = "newstrace.ner_lexical_attrs.v1"
_ARTICLE = re.compile("^(?:[وف]?[بكل]?ال|[وف]?لل)(?=..)")


def _norm(text: str, strip_article: bool) -> str:
    folded = fold_ner_features(text)
    return _ARTICLE.sub("", folded) if strip_article else folded


def _prefix(text: str) -> str:
    return fold_ner_features(text)[:2]


def _suffix(text: str) -> str:
    return fold_ner_features(text)[-3:]


def _register_lexical_attrs() -> None:
    """Make the lexical-feature callback known to spaCy (before loading or training)."""
    from spacy.attrs import NORM, PREFIX, SUFFIX
    from spacy.util import registry

    def make(strip_article: bool) -> Callable[[Language], Language]:
        def install(nlp: Language) -> Language:
            # spaCy's stubs leave out Vocab.lex_attr_getters, a public dict of the Vocab.
            getters = nlp.vocab.lex_attr_getters  # type: ignore[attr-defined]
            getters[NORM] = partial(_norm, strip_article=strip_article)
            getters[PREFIX] = _prefix
            getters[SUFFIX] = _suffix
            return nlp

        return install

    registry.callbacks.register(LEXICAL_ATTRS, func=make)


def _model_dir(language: str) -> Path:
    return MODELS / f"ner-{language}"


# The shipped models are fixed for the life of a process (their taggers are cached below), so
# the folder is read once: the entities stage asks for every article and sentence.
@lru_cache(maxsize=1)
def available_languages() -> frozenset[str]:
    """Languages with a shipped model (``crf.npz`` or a spaCy ``config.cfg`` present)."""
    if not MODELS.is_dir():
        return frozenset()
    return frozenset(
        path.name.removeprefix("ner-")
        for path in MODELS.iterdir()
        if path.name.startswith("ner-")
        and ((path / "crf.npz").is_file() or (path / "config.cfg").is_file())
    )


@lru_cache(maxsize=16)
def engine(language: str) -> str:
    """ "crf", "spacy" or "" (no model) for a language."""
    path = _model_dir(language)
    if (path / "crf.npz").is_file():
        return "crf"
    return "spacy" if (path / "config.cfg").is_file() else ""


@lru_cache(maxsize=8)
def tagger(language: str) -> crf.Tagger | None:
    """The language's CRF tagger (loaded once per process), or None without a CRF model."""
    if engine(language) != "crf":
        return None
    model = crf.Model.load(_model_dir(language))
    if not model.settings.clusters:
        return crf.Tagger(model)
    # The word clusters the model was trained with (entities/clusters.py), imported by name
    # so this module does not depend on it for languages without clusters.
    clusters = importlib.import_module(f"{__package__}.clusters")
    table = clusters.load(language)
    return crf.Tagger(model, table, partial(clusters.key, language=language))


@lru_cache(maxsize=8)
def _pipeline(language: str) -> Language | None:
    """The language's spaCy pipeline with only the tokenizer and ``ner`` loaded, or None.

    spaCy is imported here, not at module import, so importing newstrace stays cheap for
    callers that never ask for entities.
    """
    if engine(language) != "spacy":
        return None
    import spacy
    from spacy.util import load_config

    _register_lexical_attrs()
    path = _model_dir(language)
    components = load_config(path / "config.cfg")["nlp"]["pipeline"]
    return spacy.load(path, exclude=[name for name in components if name not in _NEEDED])


def _spans(doc: Doc) -> list[Span]:
    return [
        Span(ent.start_char, ent.end_char, LABELS.get(ent.label_, "other"), ent.text)
        for ent in doc.ents
    ]


def recognise(texts: Sequence[str], language: str) -> list[list[Span]]:
    """Entities of each text, one list per text, in order; empty lists without a model.

    ``language`` is an ISO 639-1 code (``en``, ``ar``, ``fa``). ``texts`` are the sentences
    of one article, in order: the CRF reads how each word is written elsewhere in them.
    """
    crf_tagger = tagger(language)
    if crf_tagger is not None:
        return _crf_spans(texts, crf_tagger)
    nlp = _pipeline(language)
    if nlp is None:
        return [[] for _ in texts]
    return [_spans(doc) for doc in nlp.pipe(texts, batch_size=BATCH_SIZE)]


def _crf_spans(texts: Sequence[str], crf_tagger: crf.Tagger) -> list[list[Span]]:
    tokenized = [crf.tokenize(text) for text in texts]
    found = crf_tagger.spans([[t[0] for t in tokens] for tokens in tokenized])
    out: list[list[Span]] = []
    for text, tokens, spans in zip(texts, tokenized, found, strict=True):
        chars = [(tokens[a][1], tokens[b - 1][2], kind) for a, b, kind in spans]
        looks = [(tokens[a][1], tokens[b - 1][2]) for a, b, k in spans if _pair(tokens[a:b], k)]
        looks += [(t[1], t[2]) for t in tokens if _NAME_BASED.match(t[0]) and not _within(t, chars)]
        if looks:
            chars = _second_look(text, chars, looks, crf_tagger)
        out.append([Span(a, b, LABELS.get(kind, "other"), text[a:b]) for a, b, kind in chars])
    return out


# A capitalised hyphenated word the model left out: "Paris-based", "Iran-Kuwait", "U.S.-led".
_NAME_BASED = re.compile(r"[^\W\d_a-z][\w.]*-\w")


def _pair(tokens: Sequence[tuple[str, int, int]], kind: str) -> bool:
    """A hyphenated word inside a place or miscellaneous name ("Iran-Kuwait", "Anglo-Dutch")
    or with a lower-case part. CoNLL tags such words whole, as MISC; newstrace names the
    places in them and never joins two places."""
    for token, _, _ in tokens:
        if "-" in token.strip("-"):
            tail = token.split("-")[1:]
            if kind in ("PLACE", "OTHER") or any(p[:1].islower() for p in tail):
                return True
    return False


def _second_look(
    text: str,
    spans: list[tuple[int, int, str]],
    looks: list[tuple[int, int]],
    crf_tagger: crf.Tagger,
) -> list[tuple[int, int, str]]:
    """The sentence tagged again with hyphens cut; inside each region to look at again
    (a hyphen-pair span, a "Paris-based" word) its spans replace the first ones. mend.py
    then joins the parts of one name again ("Jean-Pierre") but not two places."""
    tokens = crf.tokenize(text, split_hyphens=True)
    (again,) = crf_tagger.spans([[t[0] for t in tokens]])
    parts = [(tokens[a][1], tokens[b - 1][2], kind) for a, b, kind in again]

    def inside(span: tuple[int, int, str] | tuple[int, int], region: tuple[int, int]) -> bool:
        return region[0] <= span[0] and span[1] <= region[1]

    kept = [s for s in spans if not any(inside(s, r) for r in looks)]
    for region in looks:
        kept += [p for p in parts if inside(p, region)]
    return sorted(set(kept))


def _within(token: tuple[str, int, int], spans: Sequence[tuple[int, int, str]]) -> bool:
    return any(a <= token[1] and token[2] <= b for a, b, _ in spans)


def unseen_word(word: str, language: str) -> bool:
    """The CRF never learnt a weight for this word form (its label there is a guess from
    shape and context alone); False without a CRF model."""
    crf_tagger = tagger(language)
    if crf_tagger is None:
        return False
    return f"w={crf_tagger.features.norm(word)}" not in crf_tagger.model.index


def reads_as_name(word: str, language: str) -> bool:
    """The CRF's weights for the word's own features (its form, clusters, affixes and shape,
    no neighbours) favour the first word of some name over no name: "داعش" and "ليفانتا" read
    as names, "مسلحة" and "أبحاث" as common words. False without a CRF model."""
    crf_tagger = tagger(language)
    if crf_tagger is None:
        return False
    model = crf_tagger.model
    rows = [model.index[n] for n in crf_tagger.features.word(word) if n in model.index]
    if not rows:
        return False
    scores = model.weights[rows].sum(axis=0)
    outside = model.labels.index("O")
    begins = [i for i, label in enumerate(model.labels) if label.startswith("B-")]
    return bool(max(scores[i] for i in begins) > scores[outside])
