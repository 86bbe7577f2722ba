"""Train newstrace's own NER models (en, ar, fa) and write them into the package.

Run from the project root, on CPU, one thread per run:

    nice -n 10 .venv/bin/python training/ner/train.py --lang all > /tmp/ner-train.log 2>&1

Steps per language: read the corpus in place (training/ner/ner_corpora.py), write spaCy DocBin
files to a scratch folder (default /tmp/newstrace-ner, never the repository), train
configs/ner.cfg with the language's overrides and a fixed seed, then save only what inference
needs (tokenizer + ner weights + strings) to src/newstrace/entities/models/ner-<lang>/.
The test splits are never read here: dev sets come out of the training parts (CoNLL's
valid.txt for English) and only drive model selection.
"""

from __future__ import annotations

import os

# One BLAS/OpenMP thread: the machine is shared and small; set before numpy/spaCy load.
for _name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS"):
    os.environ.setdefault(_name, "1")

import argparse  # noqa: E402
import json  # noqa: E402
import shutil  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from functools import partial  # noqa: E402
from pathlib import Path  # noqa: E402

import spacy  # noqa: E402
import srsly  # noqa: E402
from spacy.cli.train import train as spacy_train  # noqa: E402
from spacy.tokens import Doc, DocBin, Span  # noqa: E402
from spacy.training.pretrain import pretrain as spacy_pretrain  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
import ner_corpora as corpora  # noqa: E402
import ner_vectors  # noqa: E402
from spacy.language import Language  # noqa: E402
from spacy.util import load_config  # noqa: E402
from thinc.api import Config  # noqa: E402

from newstrace.entities import ner  # noqa: E402

ner._register_lexical_attrs()

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
CONFIG = HERE / "configs" / "ner.cfg"
SEED = 20251123
MODELS = ROOT / "src" / "newstrace" / "entities" / "models"
WORKDIR = Path("/tmp/newstrace-ner")

# Per-language settings: config overrides (dotted paths; the base config holds the English
# values) and, for Arabic-script languages, the lexical-feature callback of newstrace.entities.ner.
EMBED = "components.ner.model.tok2vec.embed"
ENCODE = "components.ner.model.tok2vec.encode"
OVERRIDES: dict[str, dict[str, object]] = {
    "en": {"training.max_steps": 10000},
    "ar": {
        f"{EMBED}.attrs": ["NORM", "LOWER", "PREFIX", "SUFFIX", "SHAPE"],
        f"{EMBED}.rows": [10000, 10000, 2500, 5000, 500],
        "training.max_steps": 5000,
        "training.patience": 2000,
    },
    "fa": {
        f"{EMBED}.rows": [10000, 2500, 5000, 500],
        "training.max_steps": 6000,
    },
}
# strip_article: Arabic fuses the article and prepositions to the word; Persian does not.
LEXICAL: dict[str, dict[str, object] | None] = {
    "en": None,
    "ar": {"@callbacks": ner.LEXICAL_ATTRS, "strip_article": True},
    "fa": {"@callbacks": ner.LEXICAL_ATTRS, "strip_article": False},
}

# Mention-replaced copies of the training set (see ner_corpora.replace_mentions).
AUGMENT = {"en": 0, "ar": 0, "fa": 0}

# Unlabelled words for `spacy pretrain`-style pretraining (0: none; only Arabic has enough).
PRETRAIN_WORDS = {"en": 0, "ar": 3_000_000, "fa": 0}
# Static vectors trained here (ner_vectors.py): on for ar/fa; they did not help English.
VECTORS = {"en": False, "ar": True, "fa": True}


def blank(lang: str) -> Language:
    """A blank pipeline with the language's lexical features, as training and runtime see it."""
    lexical = LEXICAL[lang]
    return spacy.blank(lang, config={"nlp": {"after_creation": lexical}} if lexical else {})


def write_docbin(sentences: list[corpora.Sentence], lang: str, path: Path) -> None:
    """Gold tokens and entity spans as a spaCy DocBin (training reads gold tokenisation)."""
    vocab = blank(lang).vocab
    bin_ = DocBin(attrs=["ORTH", "ENT_IOB", "ENT_TYPE"], store_user_data=False)
    for sentence in sentences:
        doc = Doc(vocab, words=list(sentence.words))
        doc.ents = [Span(doc, start, end, label=label) for start, end, label in sentence.spans]
        bin_.add(doc)
    path.parent.mkdir(parents=True, exist_ok=True)
    bin_.to_disk(path)


def prepare(lang: str, work: Path, augment: int) -> dict[str, int]:
    """Write train/dev DocBins for one language; returns sentence counts for the log.

    ``augment`` adds that many mention-replaced copies of the training sentences (seeded).
    """
    counts = {}
    for split in ("train", "dev"):
        sentences = corpora.load_split(lang, split)
        if split == "train" and augment:
            sentences = sentences + corpora.replace_mentions(sentences, augment, SEED)
        write_docbin(sentences, lang, work / f"{split}.spacy")
        counts[split] = len(sentences)
        print(f"[{lang}] {split}: {len(sentences)} sentences {corpora.count_entities(sentences)}")
    return counts


def share_tok2vec(config: Config) -> None:
    """Move the ner's CNN into a separate ``tok2vec`` component that ner listens to.

    spacy pretrain can only pretrain a CNN that outputs one vector per token, which the ner's
    internal encoder does not (it ends in a projection); so a pretrained model runs tok2vec +
    ner. Same architecture and cost at inference, one more component on disk.
    """
    ner_model = config["components"]["ner"]["model"]
    encoder = ner_model["tok2vec"]
    config["components"]["tok2vec"] = {"factory": "tok2vec", "model": encoder}
    ner_model["tok2vec"] = {
        "@architectures": "spacy.Tok2VecListener.v1",
        "width": encoder["encode"]["width"],
        "upstream": "*",
    }
    config["nlp"]["pipeline"] = ["tok2vec", "ner"]
    config["pretraining"]["component"] = "tok2vec"
    config["pretraining"]["layer"] = ""


def write_config(lang: str, work: Path, extra: dict[str, object], shared: bool = False) -> Path:
    """The language's full training config, written next to its data for the record."""
    overrides: dict[str, object] = {
        "paths.train": str(work / "train.spacy"),
        "paths.dev": str(work / "dev.spacy"),
        "nlp.lang": lang,
    }
    if (work / "vectors").is_dir():
        overrides["paths.vectors"] = str(work / "vectors")
        overrides[f"{EMBED}.include_static_vectors"] = True
    if (work / "pretrain.jsonl").is_file():
        overrides["paths.raw_text"] = str(work / "pretrain.jsonl")
    if (work / "pretrain" / "model-last.bin").is_file():
        overrides["paths.init_tok2vec"] = str(work / "pretrain" / "model-last.bin")
    overrides.update(OVERRIDES[lang])
    overrides.update(extra)
    config = load_config(CONFIG, overrides=overrides, interpolate=False)
    config["nlp"]["after_creation"] = LEXICAL[lang]
    if shared:
        share_tok2vec(config)
    path = work / "config.cfg"
    config.to_disk(path)
    print(f"[{lang}] overrides: {json.dumps(overrides, ensure_ascii=False)}", flush=True)
    return path


def write_pretrain_text(lang: str, path: Path, max_words: int) -> int:
    """Unlabelled lines (chunks of at most 120 words) as spaCy JSONL, up to ``max_words``."""
    written = 0
    with path.open("w", encoding="utf-8") as out:
        for text in ner_vectors.raw_texts(lang):
            for line in text.splitlines():
                words = line.split()
                for start in range(0, len(words), 120):
                    chunk = words[start : start + 120]
                    if len(chunk) >= 8:
                        out.write(json.dumps({"text": " ".join(chunk)}, ensure_ascii=False) + "\n")
                        written += len(chunk)
                if written >= max_words:
                    return written
    return written


def pretrain(lang: str, work: Path, max_words: int, extra: dict[str, object]) -> None:
    """Pretrain the ner CNN on unlabelled text (characters objective) unless already done."""
    if (work / "pretrain" / "model-last.bin").is_file():
        return
    words = write_pretrain_text(lang, work / "pretrain.jsonl", max_words)
    print(f"[{lang}] pretraining on {words} unlabelled words", flush=True)
    config_path = write_config(lang, work, extra, shared=True)
    config = load_config(config_path, interpolate=True)
    (work / "pretrain").mkdir(exist_ok=True)
    spacy_pretrain(config, work / "pretrain", use_gpu=-1, silent=False)


def prune_strings(nlp: Language, target: Path) -> None:
    """Keep only the strings inference needs: vector keys and entity labels.

    Features are hashes and the tokenizer adds each text's own strings at run time, so the
    tens of thousands of training and vector-corpus words in the string store are dead weight.
    """
    keys = {int(key) for key in nlp.vocab.vectors}
    path = target / "vocab" / "strings.json"
    strings = srsly.read_json(path)
    keep = [s for s in strings if s in corpora.LABELS or nlp.vocab.strings[s] in keys]
    srsly.write_json(path, keep)


def export(lang: str, work: Path, target: Path) -> int:
    """Save model-best with only inference parts and check it predicts as before.

    spaCy's model-best holds no optimizer state; nlp.to_disk writes config, tokenizer, the
    components' weights, vectors and strings, and the strings are pruned afterwards.
    Returns the size in bytes.
    """
    nlp = spacy.load(work / "output" / "model-best")
    if target.exists():
        shutil.rmtree(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    nlp.meta["name"] = f"newstrace_ner_{lang}"
    nlp.meta["version"] = "0.1.0"
    nlp.meta["description"] = "newstrace NER (PERSON, ORG, PLACE, OTHER); see training/ner"
    for key in nlp.config["paths"]:  # scratch paths of this training run mean nothing later
        nlp.config["paths"][key] = None
    nlp.to_disk(target)
    prune_strings(nlp, target)
    sample = [" ".join(s.words) for s in corpora.load_split(lang, "dev")[:200]]
    before = [[(e.start_char, e.end_char, e.label_) for e in d.ents] for d in nlp.pipe(sample)]
    shipped = spacy.load(target)
    after = [[(e.start_char, e.end_char, e.label_) for e in d.ents] for d in shipped.pipe(sample)]
    if before != after:
        raise RuntimeError(f"exported {lang} model predicts differently from model-best")
    return sum(p.stat().st_size for p in target.rglob("*") if p.is_file())


def parse_value(text: str) -> object:
    """Command-line override values are JSON when they parse, else plain strings."""
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        return text


def run(lang: str, args: argparse.Namespace) -> None:
    """Prepare, train and (unless --no-export) export one language, timing each step."""
    work = args.workdir / lang
    started = time.perf_counter()
    prepare(lang, work, AUGMENT[lang] if args.augment is None else args.augment)
    use_vectors = VECTORS[lang] if args.vectors is None else args.vectors
    if use_vectors and not (work / "vectors").is_dir():
        rows = ner_vectors.build_vectors(partial(blank, lang), lang, work / "vectors")
        print(f"[{lang}] {rows} vectors after {time.perf_counter() - started:.0f} s", flush=True)
    elif not use_vectors and (work / "vectors").is_dir():
        shutil.rmtree(work / "vectors")
    extra = {k: parse_value(v) for k, v in (item.split("=", 1) for item in args.set)}
    pretrain_words = PRETRAIN_WORDS[lang] if args.pretrain_words is None else args.pretrain_words
    if pretrain_words:
        pretrain(lang, work, pretrain_words, extra)
        print(f"[{lang}] pretrained after {time.perf_counter() - started:.0f} s", flush=True)
    config = write_config(lang, work, extra, shared=bool(pretrain_words))
    spacy_train(config, work / "output", use_gpu=-1)
    minutes = (time.perf_counter() - started) / 60
    print(f"[{lang}] trained in {minutes:.1f} min", flush=True)
    if not args.no_export:
        size = export(lang, work, MODELS / f"ner-{lang}")
        print(f"[{lang}] exported {size / 2**20:.1f} MiB to {MODELS / f'ner-{lang}'}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=[*corpora.LANGUAGES, "all"], required=True)
    parser.add_argument("--workdir", type=Path, default=WORKDIR, help="scratch: DocBins, runs")
    parser.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="PATH=VALUE",
        help="extra config override, e.g. training.max_steps=2000",
    )
    parser.add_argument(
        "--vectors",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="train with static vectors from ner_vectors.py (default: per language)",
    )
    parser.add_argument(
        "--augment",
        type=int,
        default=None,
        help="mention-replaced copies of the training set (default per language)",
    )
    parser.add_argument(
        "--pretrain-words",
        type=int,
        default=None,
        help="pretrain on this many unlabelled words first (default per language)",
    )
    parser.add_argument("--no-export", action="store_true", help="train only (experiments)")
    args = parser.parse_args()
    if not corpora.dataset_root().is_dir():
        print(f"no datasets at {corpora.dataset_root()}", file=sys.stderr)
        return 2
    for lang in corpora.LANGUAGES if args.lang == "all" else (args.lang,):
        run(lang, args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
