"""Train newstrace's CRF NER model for a language and export it into the package.

Run from the project root, on CPU, one thread:

    nice -n 10 .venv/bin/python training/ner/train.py --lang en > /tmp/ner-en.log 2>&1

Steps: read the corpus in place (ner_corpora.py; the test split is never read here), build
each token's feature strings with the runtime's own code (newstrace.entities.crf.Features,
per-language settings from SETTINGS below), train a linear-chain CRF with python-crfsuite
(L-BFGS, L1 + L2, fixed iteration count: deterministic), score dev, check that the numpy
runtime predicts exactly what crfsuite's tagger predicts on dev, and write the exported
weights to src/newstrace/entities/models/ner-<lang>/ (crf.npz + crf.json). Scratch files
(the crfsuite model) go to /tmp/newstrace-ner. See README.md here for the interface.
"""

from __future__ import annotations

import os

for _name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS"):
    os.environ.setdefault(_name, "1")

import argparse  # noqa: E402
import gzip  # noqa: E402
import json  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from collections.abc import Callable, Iterator, Mapping, Sequence  # noqa: E402
from dataclasses import dataclass, field, replace  # noqa: E402
from functools import partial  # noqa: E402
from pathlib import Path  # noqa: E402

import numpy as np  # noqa: E402
import pycrfsuite  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
import ner_corpora as corpora  # noqa: E402
from ner_scoring import Score  # noqa: E402

from newstrace.entities import crf  # noqa: E402

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
MODELS = ROOT / "src" / "newstrace" / "entities" / "models"
WORKDIR = Path("/tmp/newstrace-ner")


@dataclass(frozen=True, slots=True)
class Recipe:
    """Everything that decides one language's model: features, data, trainer parameters."""

    settings: crf.Settings
    # Extra labelled corpora added to the training part (names understood by extra_corpus).
    extra: tuple[str, ...] = ()
    c1: float = 0.05  # L1: drops useless features, keeps the export small
    c2: float = 0.01  # L2
    iterations: int = 150
    # Features seen fewer times in training are not generated (crfsuite feature.minfreq).
    minfreq: int = 1
    # Sentences per pseudo-document for corpora without document marks.
    doc_size: int = 20
    # Corpus marker: every token carries ``src=<corpus>`` ("main" for the language's own
    # corpus), so each corpus's label bias (its annotation guideline) is learnt apart; at
    # export the "main" weights are folded into the always-on bias feature "b", so the
    # runtime tags as the main corpus and needs no marker.
    marker: bool = False
    # Arabic: GATE gazetteer categories as training features of a word and its +-1
    # neighbours (G=first, -1G=title, ...). At export each category's weights are added to
    # the word-identity features (w=, -1w=, 1w=) of the words listed under it, so the
    # runtime scores exactly as in training with no list and no code of its own.
    gate: bool = False
    # The shipped model also learns from the dev part, once every choice was made on dev
    # with it held out (the dev score of such a run is then on seen data: use the score of
    # the same recipe with --set with_dev=false, which README.md reports).
    with_dev: bool = False
    notes: dict[str, str] = field(default_factory=dict)


# Per-language recipes: the settings of the shipped models. Arabic-script languages fold
# letter variants (norm="fold": lang.fold.fold_ner_features) before word and affix features.
RECIPES: dict[str, Recipe] = {
    # English: chosen on CoNLL-2003 dev (the lever curve in README.md).
    "en": Recipe(
        crf.Settings(clusters=(0, 1, 2, 3), cluster_window=2, gazetteer=True),
        extra=("wikigold",),
        c1=0.01,
        c2=0.1,
        with_dev=True,
    ),
    # Arabic and Persian: each lever kept by dev F1 (the curve: training/ner/README.md).
    "ar": Recipe(
        crf.Settings(
            norm="fold",
            prefixes=(1, 2, 3),
            suffixes=(1, 2, 3),
            clusters=(0, 1, 2, 3),
            strip_article=True,
            places=True,
        ),
        gate=True,
    ),
    "fa": Recipe(
        crf.Settings(
            norm="fold",
            prefixes=(1, 2, 3),
            suffixes=(1, 2, 3),
            clusters=(0, 1, 2, 3),
            places=True,
        ),
        c1=0.1,
        c2=0.05,
    ),
    # Spanish (CoNLL-2002): clusters borrowed from English, a wider window, more L1/L2
    # (dev F1 76.66 against 75.39 with the English defaults; training/ner/README.md).
    "es": Recipe(crf.Settings(window=3, clusters=(0, 1, 2, 3)), c1=0.1, c2=0.05),
}


def bio(sentence: corpora.Sentence) -> list[str]:
    """IOB2 labels of a gold sentence (B- opens every entity, so adjacent ones stay apart)."""
    tags = ["O"] * len(sentence.words)
    for start, end, label in sentence.spans:
        tags[start] = f"B-{label}"
        for i in range(start + 1, end):
            tags[i] = f"I-{label}"
    return tags


def extra_corpus(name: str) -> list[corpora.Sentence]:
    """An extra labelled corpus by name: ``wikigold`` (CoNLL classes, IOB1); Arabic
    ``newsfane`` (minus its ANERcorp dev/test text), ``aqmar``, ``aqmar-o`` (its MIS classes
    as O); Persian ``nsurl`` (NSURL-2019 train, PEYMA included): corpus_arfa.py."""
    base = corpora.dataset_root()
    if name in ("newsfane", "aqmar", "aqmar-o", "nsurl"):
        import corpus_arfa

        if name == "newsfane":
            return corpus_arfa.newsfane_sentences()[0]
        if name == "nsurl":
            return corpus_arfa.read_nsurl("train")
        return corpus_arfa.read_aqmar(mis="OTHER" if name == "aqmar" else None)
    if name == "wikigold":
        path = base / "ner-extra-en" / "wikigold" / "CONLL-format" / "data" / "wikigold.conll.txt"
        if not path.is_file():
            path = next((base / "ner-extra-en" / "wikigold").rglob("*.txt"))
        return corpora.read_conll(path)
    raise ValueError(f"unknown extra corpus {name!r}")


def cluster_source(
    language: str, path: Path | None
) -> tuple[Mapping[str, tuple[int, ...]] | None, Callable[[str], str] | None]:
    """The word clusters for features: the package's newstrace.entities.clusters (the shipped
    tables), or for experiments a table file in the same format (``key<TAB>c1,c2,...``,
    gzip or plain, ``#`` comment lines) read with the same keys."""
    from newstrace.entities import clusters

    if path is not None:
        opener = gzip.open if path.suffix == ".gz" else open
        table: dict[str, tuple[int, ...]] = {}
        with opener(path, "rt", encoding="utf-8") as lines:
            for line in lines:
                if not line.startswith("#"):
                    word, _, ids = line.rstrip("\n").partition("\t")
                    table[word] = tuple(int(i) for i in ids.split(","))
        return table, partial(clusters.key, language=language)
    return clusters.load(language), partial(clusters.key, language=language)


Gazetteer = Mapping[str, frozenset[str]]
# Offsets whose words lend their gazetteer categories (G=, -1G=, 1G=).
GATE_OFFSETS = (0, -1, 1)


def gazetteer_features(
    features: crf.Features, words: Sequence[str], gaz: Gazetteer
) -> list[list[str]]:
    """Per token the G= features of itself and its +-1 neighbours (keys: the w= form)."""
    cats = [gaz.get(features.word(w)[1].removeprefix("w="), frozenset()) for w in words]
    out: list[list[str]] = []
    for i in range(len(words)):
        feats = []
        for k in GATE_OFFSETS:
            if 0 <= i + k < len(words):
                feats += [f"{k or ''}G={c}" for c in sorted(cats[i + k])]
        out.append(feats)
    return out


def items(
    features: crf.Features,
    docs: Sequence[Sequence[corpora.Sentence]],
    sources: Sequence[str] | None = None,
    gaz: Gazetteer | None = None,
) -> Iterator[tuple[list[list[str]], corpora.Sentence]]:
    """(crfsuite item sequence, gold sentence) of every sentence, document by document;
    with ``sources`` (one corpus name per document) each token also carries ``src=<name>``,
    with ``gaz`` the gazetteer features."""
    for index, doc in enumerate(docs):
        flags = crf.DocumentFlags.of([s.words for s in doc]) if features.settings.document else None
        for sentence in doc:
            xseq = features.sentence(sentence.words, flags)
            if sources is not None:
                xseq = [[*feats, f"src={sources[index]}"] for feats in xseq]
            if gaz is not None:
                extra = gazetteer_features(features, sentence.words, gaz)
                xseq = [[*a, *b] for a, b in zip(xseq, extra, strict=True)]
            yield xseq, sentence


def train(recipe: Recipe, features: crf.Features, docs: list[list[corpora.Sentence]],
          model_path: Path, sources: Sequence[str] | None = None,
          gaz: Gazetteer | None = None) -> None:  # fmt: skip
    trainer = pycrfsuite.Trainer(algorithm="lbfgs", verbose=False)
    for xseq, sentence in items(features, docs, sources, gaz):
        trainer.append(xseq, bio(sentence))
    trainer.set_params(
        {
            "c1": recipe.c1,
            "c2": recipe.c2,
            "max_iterations": recipe.iterations,
            "feature.minfreq": recipe.minfreq,
        }
    )
    trainer.train(str(model_path))


def export(
    model_path: Path, recipe: Recipe, meta: dict[str, object], gaz: Gazetteer | None = None
) -> crf.Model:
    """The crfsuite model as numpy arrays: nonzero-weight features only."""
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model_path))
    info = tagger.info()
    labels = tuple(sorted(tagger.labels(), key=lambda x: (x != "O", x[2:], x[:1])))
    column = {label: i for i, label in enumerate(labels)}
    names = sorted({attr for (attr, _), w in info.state_features.items() if w})
    index = {name: i for i, name in enumerate(names)}
    weights = np.zeros((len(names), len(labels)), dtype=np.float32)
    for (attr, label), w in info.state_features.items():
        if w:
            weights[index[attr], column[label]] = w
    if recipe.marker:
        weights = _fold_marker(weights, index)
    if gaz is not None:
        weights = _fold_gazetteer(weights, index, gaz)
    transitions = np.zeros((len(labels), len(labels)), dtype=np.float32)
    for (a, b), w in info.transitions.items():
        transitions[column[a], column[b]] = w
    tagger.close()
    return crf.Model(labels, index, weights, transitions, recipe.settings, meta)


def _fold_marker(weights: np.ndarray, index: dict[str, int]) -> np.ndarray:
    """Add the main corpus's ``src=main`` row to the bias row ``b`` and drop every ``src=``
    row (``index`` is rewritten in place): the runtime then scores as the main corpus."""
    if "src=main" in index:
        if "b" not in index:
            index["b"] = len(index)
            weights = np.vstack([weights, np.zeros((1, weights.shape[1]), weights.dtype)])
        weights[index["b"]] += weights[index["src=main"]]
    keep = sorted((row, name) for name, row in index.items() if not name.startswith("src="))
    index.clear()
    index.update({name: new for new, (_, name) in enumerate(keep)})
    return weights[[row for row, _ in keep]]


def _fold_gazetteer(weights: np.ndarray, index: dict[str, int], gaz: Gazetteer) -> np.ndarray:
    """Add each ``{k}G=<category>`` row to the ``{k}w=<word>`` row of every word listed under
    the category (new rows where the word had none) and drop the G rows (``index`` is
    rewritten in place). The runtime's w= features then carry what the list taught."""
    slots = {f"{k or ''}G" for k in GATE_OFFSETS}
    rows = {name: row for name, row in index.items() if name.partition("=")[0] in slots}
    if not rows:
        return weights
    added: dict[str, np.ndarray] = {}
    for word, categories in gaz.items():
        for k in GATE_OFFSETS:
            prefix = f"{k or ''}"
            total = [rows[f"{prefix}G={c}"] for c in categories if f"{prefix}G={c}" in rows]
            if total:
                added[f"{prefix}w={word}"] = weights[total].sum(axis=0)
    new = [name for name in added if name not in index]
    weights = np.vstack([weights, np.zeros((len(new), weights.shape[1]), weights.dtype)])
    for name in new:
        index[name] = len(index)
    for name, row in added.items():
        weights[index[name]] += row
    keep = sorted((row, name) for name, row in index.items() if name not in rows)
    index.clear()
    index.update({name: i for i, (_, name) in enumerate(keep)})
    return weights[[row for row, _ in keep]]


def evaluate(
    tagger: crf.Tagger, docs: Sequence[Sequence[corpora.Sentence]]
) -> tuple[Score, list[list[int]]]:
    score = Score()
    paths: list[list[int]] = []
    for doc in docs:
        sentences = [s.words for s in doc]
        emissions = tagger.emissions(sentences)
        doc_paths = crf.viterbi(emissions, tagger.model.transitions)
        paths.extend(doc_paths)
        for sentence, path in zip(doc, doc_paths, strict=True):
            score.add(set(sentence.spans), set(tagger._spans(path)))
    return score, paths


def agreement(
    model_path: Path,
    features: crf.Features,
    docs: Sequence[Sequence[corpora.Sentence]],
    paths: list[list[int]],
    labels: Sequence[str],
    marker: bool = False,
    gaz: Gazetteer | None = None,
) -> tuple[int, int]:
    """Sentences where the numpy runtime's labels equal crfsuite's own tagger's."""
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model_path))
    same = total = 0
    sources = ["main"] * len(docs) if marker else None
    for (xseq, _), path in zip(items(features, docs, sources, gaz), paths, strict=True):
        total += 1
        same += tagger.tag(xseq) == [labels[i] for i in path]
    tagger.close()
    return same, total


def run(language: str, args: argparse.Namespace) -> dict[str, object]:
    recipe = RECIPES[language]
    if args.set:
        recipe = apply_overrides(recipe, args.set)
    started = time.time()
    table, key = (None, None)
    if recipe.settings.clusters:
        table, key = cluster_source(language, args.clusters)
    features = crf.Features(recipe.settings, table, key)
    train_part = corpora.load_split(language, "train")
    train_docs = corpora.documents(train_part, recipe.doc_size)
    sources = ["main"] * len(train_docs)
    for name in recipe.extra:
        extra = corpora.documents(extra_corpus(name), recipe.doc_size)
        train_docs += extra
        sources += [name] * len(extra)
    dev_docs = corpora.documents(corpora.load_split(language, "dev"), recipe.doc_size)
    if recipe.with_dev:
        train_docs += dev_docs
    args.workdir.mkdir(parents=True, exist_ok=True)
    model_path = args.workdir / f"ner-{language}.crfsuite"
    gaz = _gate() if recipe.gate else None
    train(recipe, features, train_docs, model_path, sources if recipe.marker else None, gaz)
    trained = time.time() - started
    meta: dict[str, object] = {
        "language": language,
        "engine": "crfsuite linear-chain CRF (L-BFGS), exported to numpy",
        "c1": recipe.c1,
        "c2": recipe.c2,
        "iterations": recipe.iterations,
        "minfreq": recipe.minfreq,
        "extra": list(recipe.extra),
        "marker": recipe.marker,
        "gate": recipe.gate,
        "with_dev": recipe.with_dev,
        "train_sentences": sum(len(d) for d in train_docs),
    }
    model = export(model_path, recipe, meta, gaz)
    tagger = crf.Tagger(model, table, key)
    score, paths = evaluate(tagger, dev_docs)
    same, total = agreement(model_path, features, dev_docs, paths, model.labels, recipe.marker, gaz)
    report = {
        "language": language,
        "dev": score.as_dict(),
        "dev_seen_in_training": recipe.with_dev,
        "agreement": f"{same}/{total}",
        "features": len(model.index),
        "train_seconds": round(trained),
        "recipe": repr(recipe),
    }
    print(json.dumps(report, indent=1), flush=True)
    if not args.no_export:
        key = "dev_f1_seen_in_training" if recipe.with_dev else "dev_f1"
        meta[key] = report["dev"]["overall"]["f1"]  # type: ignore[index]
        meta["train_seconds"] = round(trained)
        model = replace(model, meta=meta)
        model.save(MODELS / f"ner-{language}")
    return report


def _gate() -> Gazetteer:
    import corpus_arfa

    return corpus_arfa.gate_gazetteer()


def apply_overrides(recipe: Recipe, pairs: Sequence[str]) -> Recipe:
    """``--set c1=0.1 --set settings.window=1``: experiment overrides of a recipe."""
    for pair in pairs:
        name, _, text = pair.partition("=")
        value = json.loads(text)
        if isinstance(value, list):
            value = tuple(value)
        if name.startswith("settings."):
            settings = replace(recipe.settings, **{name.removeprefix("settings."): value})
            recipe = replace(recipe, settings=settings)
        else:
            recipe = replace(recipe, **{name: value})
    return recipe


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=sorted(RECIPES), action="append", required=True)
    parser.add_argument("--set", action="append", default=[], help="override: name=JSON")
    parser.add_argument("--clusters", type=Path, help="experiments: TSV word<TAB>ids...")
    parser.add_argument("--workdir", type=Path, default=WORKDIR)
    parser.add_argument("--no-export", action="store_true", help="train and score dev only")
    args = parser.parse_args()
    for language in args.lang:
        run(language, args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
