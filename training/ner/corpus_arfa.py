"""Extra labelled NER data for Arabic and Persian, mapped onto newstrace's four entity types.

Three corpora beside the main ones (ANERcorp, Arman), read in place from ``../shared/datasets``
and never copied:

* **NewsFANE Gold** (ar, newswire, 50 fine classes). It re-annotates ANERcorp's own text, so
  every NewsFANE sentence sharing text with the ANERcorp test split (and, by default, the dev
  part used for model choice) is dropped; :func:`newsfane_overlap` reports the check.
* **AQMAR** (ar, 28 Wikipedia articles): PER/LOC/ORG plus article-specific MIS0-MIS3 classes.
* **NSURL-2019** (fa, news; PEYMA is its first training file): PER/LOC/ORG kept, the numeric
  types DAT/TIM/MON/PCT dropped (newstrace finds dates and amounts elsewhere). It has no
  OTHER-like class, so training on it teaches "O" for products and events that Arman labels;
  whether it helps Arman is measured with and without a per-corpus marker feature.

Every reader returns ``list[Sentence]`` like ``ner_corpora``. Entity boundaries are decided on
the ORIGINAL fine types and mapped afterwards (two adjacent names of different fine types
stay two entities); a type mapped to ``None`` is read as an entity and then left out, so its
tokens become O without being glued to a neighbour.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from ner_corpora import DATASETS, Sentence, load_split

from newstrace.lang.fold import fold_ner_features

# --- NewsFANE: Alotaibi & Lee (2014) two-level taxonomy, fine class -> newstrace label --------
# Person subclasses (ACE PER refined by occupation).
_NEWSFANE_PERSON = (
    "Politician Athlete Artist Businessperson Scientist Police Religious_PER Engineer Lawyer "
    "Other_PER"
)
_NEWSFANE_ORG = (
    "Government Non-Governmental Commercial Educational Media Sports Entertainment "
    "Medical-Science Religious_ORG"
)
# GPE and LOC subclasses, and FAC: newstrace's PLACE covers facilities (as for Arman's FAC).
_NEWSFANE_PLACE = (
    "Nation Population-Center State-or-Province County-or-District GPE-Cluster Continent "
    "Region-General Region-International Water-Body Land-Region-Natural Celestial Address "
    "Boundary Building-Grounds Subarea-Facility Path Airport Plant"
)
# Named products (books, films, software...) are OTHER, like ANERcorp's MISC.
_NEWSFANE_OTHER = "Book Movie Sound Software Hardware Food Drug"
# Vehicles (Land/Air/Water) and weapons are mostly model names or nominals ANERcorp leaves O;
# Group is peoples and communities ("العرب", "المسلمين", "الأكراد": 718 tokens), which ANERcorp
# tags O (العرب: 87 O, 1 I-ORG) and newstrace does not treat as names.
_NEWSFANE_NONE = (
    "Group Land Air Water Subarea-Vehicle Shooting Projectile Exploding Blunt Sharp Chemical "
    "Biological Nuclear"
)


def _table(**groups: str) -> dict[str, str | None]:
    table: dict[str, str | None] = {}
    for label, names in groups.items():
        for name in names.split():
            table[name] = None if label == "NONE" else label
    return table


NEWSFANE_TYPES: dict[str, str | None] = _table(
    PERSON=_NEWSFANE_PERSON,
    ORG=_NEWSFANE_ORG,
    PLACE=_NEWSFANE_PLACE,
    OTHER=_NEWSFANE_OTHER,
    NONE=_NEWSFANE_NONE,
)

# AQMAR: MIS0-MIS3 are per-article "miscellaneous" classes; the usual practice merges them.
AQMAR_TYPES: dict[str, str | None] = {"PER": "PERSON", "ORG": "ORG", "LOC": "PLACE", "MIS": "OTHER"}
# The few noisy AQMAR tags: "B-MIS1`", "B-MISS1", "B-MIS-2", "I--ORG" (repaired below),
# "B-ENGLISH"/"B-SPANISH" (foreign words, not names) and "OO"/"IO" (= O).
_AQMAR_MIS = re.compile(r"^MIS+-?\d?`?$")

NSURL_TYPES: dict[str, str | None] = {
    "PER": "PERSON",
    "ORG": "ORG",
    "LOC": "PLACE",
    "DAT": None,
    "TIM": None,
    "MON": None,
    "PCT": None,
}

# Marks NewsFANE puts before tokens (U+200E) and ANERcorp (U+200F), and the file's BOM.
_MARKS = str.maketrans("", "", "\u200e\u200f\ufeff")


@dataclass(frozen=True, slots=True)
class Overlap:
    """What the NewsFANE leakage filter did: counts and the evidence for each drop."""

    kept: int
    dropped: int
    reference_sentences: int  # ANERcorp sentences whose text must not be trained on
    max_shingle_share_kept: float  # largest share of a kept sentence's shingles seen in them
    examples: tuple[tuple[str, str], ...]  # (dropped NewsFANE sentence, matched n-gram)


def spans_from_tags(
    tags: list[str], types: Mapping[str, str | None], normalise: Callable[[str], str] = str
) -> tuple[tuple[int, int, str], ...]:
    """Entity spans from IOB2 tags (a stray I- starts an entity), mapped by ``types``.

    ``normalise`` turns a raw fine type into a key of ``types``. Unknown types raise, so a new
    class in a corpus cannot silently become O.
    """
    spans: list[tuple[int, int, str]] = []
    start, open_type = -1, ""
    for index, tag in enumerate([*tags, "O"]):
        prefix, _, raw = tag.partition("-")
        kind = normalise(raw) if prefix in ("B", "I") else ""
        continues = prefix == "I" and kind == open_type
        if open_type and not continues:
            label = types[open_type]
            if label is not None:
                spans.append((start, index, label))
            open_type = ""
        if kind and not continues:
            if kind not in types:
                raise ValueError(f"unknown entity type {tag!r}")
            start, open_type = index, kind
    return tuple(spans)


def _blocks(lines: Iterable[str], separator: str | None) -> Iterator[list[tuple[str, str]]]:
    """(token, tag) lists between blank lines; ``-DOCSTART-`` lines are skipped."""
    block: list[tuple[str, str]] = []
    for line in [*lines, ""]:
        fields = line.translate(_MARKS).strip().split(separator)
        token = fields[0].strip() if fields else ""
        if token and token != "-DOCSTART-":
            tag = fields[-1].strip() if len(fields) > 1 else ""
            block.append((token, tag or "O"))
        elif not token and block:
            yield block
            block = []


def read_newsfane(path: Path | None = None) -> list[Sentence]:
    """All NewsFANE Gold sentences (no leakage filter: see :func:`newsfane_sentences`)."""
    path = path or DATASETS / "newsfane-ar" / "NewsFANE_Gold_2014_170K.txt"
    return parse_newsfane(path.read_text(encoding="utf-8-sig").splitlines())


def parse_newsfane(lines: Iterable[str]) -> list[Sentence]:
    """``token<TAB>tag`` lines, fine IOB2 classes; a line holding only a tab ends a sentence."""
    return [
        Sentence(tuple(w for w, _ in block), spans_from_tags([t for _, t in block], NEWSFANE_TYPES))
        for block in _blocks(lines, "\t")
    ]


def _aqmar_type(raw: str) -> str:
    raw = raw.strip("-`")
    if _AQMAR_MIS.match(raw):
        return "MIS"
    return raw if raw in AQMAR_TYPES else "FOREIGN"


AQMAR_READ_TYPES: dict[str, str | None] = {**AQMAR_TYPES, "FOREIGN": None}


def parse_aqmar(lines: Iterable[str], mis: str | None = "OTHER") -> list[Sentence]:
    """``token tag`` lines; MIS* become ``mis`` (OTHER, or None to read them as O)."""
    types = {**AQMAR_READ_TYPES, "MIS": mis}
    sentences = []
    for block in _blocks(lines, None):
        tags = [tag if tag[:2] in ("B-", "I-") else "O" for _, tag in block]
        sentences.append(
            Sentence(tuple(w for w, _ in block), spans_from_tags(tags, types, _aqmar_type))
        )
    return sentences


def read_aqmar(path: Path | None = None, mis: str | None = "OTHER") -> list[Sentence]:
    path = path or DATASETS / "aqmar-ar" / "AQMAR_Arabic_NER_corpus-1.0.txt"
    return parse_aqmar(path.read_text(encoding="utf-8").splitlines(), mis)


def parse_nsurl(lines: Iterable[str]) -> list[Sentence]:
    """``token<TAB>tag`` CoNLL columns with ``-DOCSTART-`` lines; numeric types become O."""
    return [
        Sentence(tuple(w for w, _ in block), spans_from_tags([t for _, t in block], NSURL_TYPES))
        for block in _blocks(lines, "\t")
    ]


NSURL_FILES = {
    "train": ("train_peyma300k.conll", "train_600k.conll"),
    "test": ("test.conll",),
}


def read_nsurl(split: str, root: Path | None = None) -> list[Sentence]:
    """NSURL-2019 ``train`` (PEYMA + the 600k set) or its official ``test``.

    Never evaluate on peyma-parstwiner-fa's PEYMA part after training on this train split.
    """
    folder = (root or DATASETS) / "nsurl2019-fa-ner"
    sentences: list[Sentence] = []
    for name in NSURL_FILES[split]:
        sentences += parse_nsurl((folder / name).read_text(encoding="utf-8").splitlines())
    return sentences


# --- NewsFANE / ANERcorp leakage filter ---------------------------------------------------------

# A NewsFANE sentence is dropped when (a) it shares a run of LONG_NGRAM normalised tokens with
# the held-out ANERcorp sentences, (b) at least SHINGLE_SHARE of its 30-character shingles occur
# in them (the dataset card's measure; NewsFANE cuts sentences and clitics differently, so
# re-annotated text often shows as a partial share), or (c) it shares a run of NGRAM tokens that
# never occurs in the ANERcorp training part: a 5-gram seen only in held-out text is reuse of
# that text, while one also in training ("( د ب ا )", "الأمين العام للأمم المتحدة كوفي") is
# formulaic news language that recurs across articles. Sentences shorter than NGRAM go when
# they equal a held-out sentence. Runs that are mostly punctuation never count.
NGRAM = 5
LONG_NGRAM = 8
SHINGLE = 30
SHINGLE_SHARE = 0.1


def _norm_token(token: str) -> str:
    return fold_ner_features(token.translate(_MARKS))


def _is_word(token: str) -> bool:
    return any(char.isalnum() for char in token)


def _ngrams(tokens: tuple[str, ...], size: int = NGRAM) -> Iterator[tuple[str, ...]]:
    for start in range(len(tokens) - size + 1):
        gram = tokens[start : start + size]
        if sum(map(_is_word, gram)) >= 3:
            yield gram


def _shingles(tokens: tuple[str, ...]) -> set[str]:
    text = " ".join(tokens)
    return {text[i : i + SHINGLE] for i in range(max(1, len(text) - SHINGLE + 1))}


@dataclass(slots=True)
class _HeldOut:
    """Normalised n-grams and shingles of the held-out sentences, minus formulaic 5-grams."""

    grams: set[tuple[str, ...]]
    long_grams: set[tuple[str, ...]]
    whole: set[tuple[str, ...]]
    shingles: set[str]

    @classmethod
    def of(cls, reference: list[Sentence], training: list[Sentence]) -> _HeldOut:
        normalised = [tuple(map(_norm_token, s.words)) for s in reference]
        common = {g for s in training for g in _ngrams(tuple(map(_norm_token, s.words)))}
        return cls(
            {g for words in normalised for g in _ngrams(words)} - common,
            {g for words in normalised for g in _ngrams(words, LONG_NGRAM)},
            {words for words in normalised if len(words) < NGRAM},
            set().union(*(_shingles(words) for words in normalised)) if normalised else set(),
        )

    def evidence(self, words: tuple[str, ...]) -> str | None:
        """Why a sentence counts as held-out text, or None."""
        for size, grams in ((LONG_NGRAM, self.long_grams), (NGRAM, self.grams)):
            hit = next((g for g in _ngrams(words, size) if g in grams), None)
            if hit is not None:
                return " ".join(hit)
        if words in self.whole:
            return "= " + " ".join(words)
        if self.share(words) >= SHINGLE_SHARE:
            return f"{self.share(words):.2f} of its shingles"
        return None

    def share(self, words: tuple[str, ...]) -> float:
        own = _shingles(words)
        return len(own & self.shingles) / len(own)


def filter_overlap(
    candidates: list[Sentence], reference: list[Sentence], training: Iterable[Sentence] = ()
) -> tuple[list[Sentence], Overlap]:
    """``candidates`` minus every sentence sharing text with ``reference``, and the report.

    5-grams that also occur in ``training`` are formulaic and do not by themselves count.
    """
    held = _HeldOut.of(reference, list(training))
    kept: list[Sentence] = []
    examples: list[tuple[str, str]] = []
    worst = 0.0
    for sentence in candidates:
        words = tuple(map(_norm_token, sentence.words))
        why = held.evidence(words)
        if why is not None:
            if len(examples) < 5:
                examples.append((" ".join(sentence.words), why))
            continue
        kept.append(sentence)
        if len(words) >= NGRAM:
            worst = max(worst, held.share(words))
    report = Overlap(
        len(kept), len(candidates) - len(kept), len(reference), round(worst, 3), tuple(examples)
    )
    return kept, report


def anercorp_held_out(root: Path | None = None, with_dev: bool = True) -> list[Sentence]:
    """ANERcorp sentences whose text must not reach training: test, and dev unless asked not."""
    held = load_split("ar", "test", root)
    return [*load_split("ar", "dev", root), *held] if with_dev else held


def newsfane_sentences(
    root: Path | None = None, with_dev: bool = True
) -> tuple[list[Sentence], Overlap]:
    """NewsFANE sentences safe to train on for ANERcorp, and the overlap report.

    Overlap with the dev part is dropped too by default, so dev scores used to choose levers
    are not inflated by text seen in training.
    """
    base = root or DATASETS
    every = read_newsfane(base / "newsfane-ar" / "NewsFANE_Gold_2014_170K.txt")
    training = load_split("ar", "train", root)
    return filter_overlap(every, anercorp_held_out(root, with_dev), training)


def extra_corpora(language: str, root: Path | None = None) -> dict[str, list[Sentence]]:
    """The extra training corpora of a language, by name (the name can key a marker feature)."""
    if language == "ar":
        return {
            "newsfane": newsfane_sentences(root)[0],
            "aqmar": read_aqmar(
                (root or DATASETS) / "aqmar-ar" / "AQMAR_Arabic_NER_corpus-1.0.txt"
            ),
        }
    if language == "fa":
        return {"nsurl": read_nsurl("train", root)}
    return {}


def _without_other(scores: Mapping[str, object]) -> dict[str, float]:
    """Overall P/R/F1 over PERSON, ORG and PLACE only (NSURL has no OTHER-like class, so the
    model's OTHER predictions are neither right nor wrong there)."""
    per_label = scores["per_label"]
    assert isinstance(per_label, Mapping)
    rows = [per_label[label] for label in ("PERSON", "ORG", "PLACE") if label in per_label]
    tp = sum(r["tp"] for r in rows)
    gold = sum(r["gold"] for r in rows)
    predicted = sum(r["predicted"] for r in rows)
    precision = tp / predicted if predicted else 0.0
    recall = tp / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": round(100 * precision, 2),
        "recall": round(100 * recall, 2),
        "f1": round(100 * f1, 2),
        "gold": gold,
        "predicted": predicted,
    }


def nsurl_test_figures(pipeline: bool = True) -> dict[str, object]:
    """The shipped Persian model on the NSURL-2019 test set: model (gold tokens) and pipeline
    (bench/ner.py's analyze route) figures over PERSON/ORG/PLACE."""
    import sys

    import ner_scoring

    sentences = read_nsurl("test")
    scores = ner_scoring.evaluate(sentences, "fa").as_dict()
    figures: dict[str, object] = {
        "model": _without_other(scores),
        "model_per_label": scores["per_label"],
    }
    if pipeline:
        sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
        import ner as bench_ner  # bench/ner.py

        result = bench_ner.pipeline_score(sentences, "fa")
        figures["pipeline"] = _without_other(result["scores"])
    return figures


def main() -> None:
    """Print the sizes, label counts and the NewsFANE overlap check (for the README);
    ``--nsurl-test``: the shipped Persian model on the NSURL-2019 test set instead."""
    import json
    import sys

    from ner_corpora import count_entities

    if "--nsurl-test" in sys.argv:
        print(json.dumps(nsurl_test_figures(), indent=1))
        return

    kept, report = newsfane_sentences()
    every = read_newsfane()
    print(f"NewsFANE: {len(every)} sentences, {sum(len(s.words) for s in every)} tokens")
    print(
        f"  vs ANERcorp test+dev ({report.reference_sentences} sentences): "
        f"dropped {report.dropped}, kept {report.kept}; "
        f"max 30-char shingle share of a kept sentence {report.max_shingle_share_kept}"
    )
    _, test_only = newsfane_sentences(with_dev=False)
    print(f"  vs ANERcorp test only ({test_only.reference_sentences}): dropped {test_only.dropped}")
    for text, gram in report.examples:
        print(f"    dropped: {text[:80]} | shared: {gram}")
    print("  kept labels:", count_entities(kept))
    aqmar = read_aqmar()
    print(
        f"AQMAR: {len(aqmar)} sentences, {sum(len(s.words) for s in aqmar)} tokens,",
        count_entities(aqmar),
    )
    for split in ("train", "test"):
        nsurl = read_nsurl(split)
        print(
            f"NSURL {split}: {len(nsurl)} sentences, {sum(len(s.words) for s in nsurl)} tokens,",
            count_entities(nsurl),
        )


if __name__ == "__main__":
    main()


# --- GATE Arabic gazetteers (training-time features only) --------------------------------------

# List file -> category. Single-word entries give the word the category; each word of a
# multi-word entry gets "<category>+" (a part of such a name). The lists are read at training
# time only: train.py folds each category's learnt weights into the word-identity features of
# the listed words, so a model carries weights, never the list (see README.md).
GATE_LISTS: dict[str, str] = {
    "gazetteer/male_names.lst": "first",
    "gazetteer/female_names.lst": "first",
    "gazetteer/surnames.lst": "last",
    "gazetteer/titles.lst": "title",
    "gazetteer/organisations.lst": "org",
    "inferred-gazetteer/Org.lst": "org",
    "inferred-gazetteer/Per.lst": "person",
    "inferred-gazetteer/Per_desc.lst": "perdesc",
    "inferred-gazetteer/Nationality.lst": "nationality",
    "inferred-gazetteer/GPE.lst": "place",
    "inferred-gazetteer/Loc.lst": "place",
    "gazetteer/city.lst": "place",
    "gazetteer/city_world.lst": "place",
    "gazetteer/country.lst": "place",
    "gazetteer/country_world.lst": "place",
    "gazetteer/places.lst": "place",
    "gazetteer/location_other.lst": "place",
    "gazetteer/oceans_seas_islands.lst": "place",
    "gazetteer/rivers.lst": "place",
    "gazetteer/mountains.lst": "place",
}


def parse_gazetteer(entries: Iterable[tuple[str, str]]) -> dict[str, frozenset[str]]:
    """(entry, category) pairs -> folded word -> its categories (see GATE_LISTS)."""
    found: dict[str, set[str]] = {}
    for entry, category in entries:
        words = entry.translate(_MARKS).split()
        if not words or not any(map(_is_word, words)):
            continue
        tag = category if len(words) == 1 else category + "+"
        for word in words:
            if _is_word(word):
                found.setdefault(_norm_token(word), set()).add(tag)
    return {word: frozenset(tags) for word, tags in found.items()}


def gate_gazetteer(root: Path | None = None) -> dict[str, frozenset[str]]:
    """The GATE Arabic lists as folded word -> categories (training time only)."""
    folder = (root or DATASETS) / "gate-gazetteers-ar"
    entries = [
        (line.strip(), category)
        for name, category in GATE_LISTS.items()
        for line in (folder / name).read_text(encoding="utf-8-sig").splitlines()
    ]
    return parse_gazetteer(entries)
