"""Subjectivity quality and speed: the shipped models on the CheckThat! 2025 Task 1 test sets.

Run from the project root:  .venv/bin/python bench/subjectivity.py [--lang en] [--json OUT]
Quality: precision, recall and F1 per class (SUBJ, OBJ), macro-averaged (the task's metric:
macro-F1), at the shipped SUBJECTIVE_THRESHOLD, on the labelled 2025 test sets: the
monolingual ones (ar, de, en, it: each language's own model), the zero-shot ones (el, pl, ro,
uk: the multilingual model, or 0.0 where it cannot score the script, i.e. Greek), and the
multilingual test set, which is exactly the union of the ar, de, en and it test sets and is
scored from their predictions. Greek's two "Uncertain" gold labels are left out. These files
are read only here, never for training or model selection. Speed: sentences/s of
``subjectivity`` after loading, single thread (per second of CPU time), in one batch and in
batches of one article's size, and the first call's load time. Data is read in
place from ../shared/datasets (never copied); without it the benchmark says so and exits 2.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from pathlib import Path

for _name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_name, "1")  # single-threaded figures

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "training" / "subjectivity"))

from subj_data import DATA, read_tsv  # noqa: E402

from newstrace.claims import subjectivity as subj  # noqa: E402

# Language -> test file; the first four have a model of their own, the rest are zero-shot.
TEST_FILES = {
    "en": "english/test_en_labeled.tsv",
    "ar": "arabic/test_ar_labeled.tsv",
    "de": "german/test_de_labeled.tsv",
    "it": "italian/test_it_labeled.tsv",
    "el": "greek/test_gr_labeled.tsv",
    "pl": "polish/test_pol_labeled.tsv",
    "ro": "romanian/test_ro_labeled.tsv",
    "uk": "ukrainian/test_ukr_labeled.tsv",
}
MULTILINGUAL_PARTS = ("ar", "de", "en", "it")
LABELS = ("SUBJ", "OBJ")


def read_test(language: str) -> tuple[list[str], list[str]]:
    """Sentences and gold labels of one test file (subj_data.read_tsv: CSV-quoted sentences
    unwrapped, lone quotes kept)."""
    rows = [row for row in read_tsv(DATA / TEST_FILES[language]) if row[2] in LABELS]
    return [sentence for _, sentence, _ in rows], [label for _, _, label in rows]


def scores(gold: list[str], predicted: list[str]) -> dict:
    """Per-class precision / recall / F1, their macro average, and the counts."""
    per_label = {}
    for label in LABELS:
        tp = sum(g == p == label for g, p in zip(gold, predicted, strict=True))
        n_pred = predicted.count(label)
        n_gold = gold.count(label)
        precision = tp / n_pred if n_pred else 0.0
        recall = tp / n_gold if n_gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        per_label[label] = {
            "precision": round(precision, 4),
            "recall": round(recall, 4),
            "f1": round(f1, 4),
            "gold": n_gold,
            "predicted": n_pred,
        }
    macro = {
        key: round(sum(per_label[label][key] for label in LABELS) / len(LABELS), 4)
        for key in ("precision", "recall", "f1")
    }
    return {"macro": macro, "per_label": per_label, "sentences": len(gold)}


def evaluate(language: str) -> tuple[dict, list[str], list[str]]:
    texts, gold = read_test(language)
    probabilities = subj.subjectivity(texts, language)
    predicted = ["SUBJ" if p >= subj.SUBJECTIVE_THRESHOLD else "OBJ" for p in probabilities]
    result = scores(gold, predicted)
    result["model"] = language if language in subj.available_languages() else subj.MULTILINGUAL
    result["unscored"] = sum(p == 0.0 for p in probabilities)
    return result, gold, predicted


# Sentences per call in the pipeline: the claims stage scores one article's sentences at a time.
ARTICLE_BATCH = 30


def speed(language: str, repeat: int) -> dict:
    """First-call load time, then sentences/s over the test sentences, single thread: in one
    batch, and in batches of ARTICLE_BATCH sentences (one article's worth, as the pipeline
    calls it). Sentences per second of this process's CPU time (``time.process_time``), i.e.
    per core: on a shared machine wall time mostly measures the neighbours."""
    subj._model.cache_clear()
    subj._settings.cache_clear()
    texts, _ = read_test(language)
    started = time.process_time()
    subj.subjectivity(texts[:1], language)
    load = time.process_time() - started
    started = time.process_time()
    for _ in range(repeat):
        subj.subjectivity(texts, language)
    elapsed = time.process_time() - started
    batches = [texts[i : i + ARTICLE_BATCH] for i in range(0, len(texts), ARTICLE_BATCH)]
    started = time.process_time()
    for _ in range(repeat):
        for batch in batches:
            subj.subjectivity(batch, language)
    per_article = time.process_time() - started
    return {
        "load_seconds": round(load, 3),
        "sentences_per_s": round(repeat * len(texts) / elapsed),
        "sentences_per_s_article_batches": round(repeat * len(texts) / per_article),
    }


def print_table(results: dict[str, dict]) -> None:
    print(f"threshold {subj.SUBJECTIVE_THRESHOLD}")
    print(
        f"{'lang':<13}{'model':<7}{'P':>7}{'R':>7}{'macroF1':>9}{'SUBJ-F1':>9}"
        f"{'n':>6}{'gold S':>8}{'pred S':>8}"
    )
    for language, result in results.items():
        macro, subj_row = result["macro"], result["per_label"]["SUBJ"]
        print(
            f"{language:<13}{result['model']:<7}{macro['precision']:>7.3f}{macro['recall']:>7.3f}"
            f"{macro['f1']:>9.3f}{subj_row['f1']:>9.3f}{result['sentences']:>6}"
            f"{subj_row['gold']:>8}{subj_row['predicted']:>8}"
        )
        if "speed" in result:
            s = result["speed"]
            print(
                f"{'':<13}load {s['load_seconds']}s, {s['sentences_per_s']} sentences/s in one "
                f"batch, {s['sentences_per_s_article_batches']} in batches of {ARTICLE_BATCH} "
                "(1 thread)"
            )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", action="append", choices=[*TEST_FILES, "multilingual"])
    parser.add_argument("--no-speed", action="store_true")
    parser.add_argument("--repeat", type=int, default=10, help="passes for the speed run")
    parser.add_argument("--json", type=Path, help="also write the figures as JSON here")
    args = parser.parse_args()
    if not DATA.is_dir():
        print(
            f"error: {DATA} not found; this benchmark needs ../shared/datasets beside the "
            "checkout (the CheckThat! 2025 subjectivity data)",
            file=sys.stderr,
        )
        return 2
    wanted = args.lang or [*TEST_FILES, "multilingual"]
    results: dict[str, dict] = {}
    pooled_gold: list[str] = []
    pooled_predicted: list[str] = []
    for language in TEST_FILES:
        needed = language in wanted or ("multilingual" in wanted and language in MULTILINGUAL_PARTS)
        if not needed:
            continue
        result, gold, predicted = evaluate(language)
        if language in MULTILINGUAL_PARTS:
            pooled_gold += gold
            pooled_predicted += predicted
        if language in wanted:
            if not args.no_speed and language in ("en", "ar"):
                result["speed"] = speed(language, args.repeat)
            results[language] = result
    if "multilingual" in wanted:
        results["multilingual"] = scores(pooled_gold, pooled_predicted)
        results["multilingual"]["model"] = "mono"
    print_table(results)
    if args.json:
        machine = (
            f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
        )
        figures = {
            "threshold": subj.SUBJECTIVE_THRESHOLD,
            "results": results,
            "machine": machine,
        }
        args.json.write_text(json.dumps(figures, indent=2, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
