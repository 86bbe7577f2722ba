"""NER quality and speed: the shipped en/ar/fa models on their held-out test splits.

The engine of each language (``crf``: entities/crf.py, or an older ``spacy`` model) is in the
JSON; the CRF reads the gold sentences by the corpus's documents for the model figure.

Run from the project root:  .venv/bin/python bench/ner.py [--lang en] [--limit N] [--json OUT]
Quality: entity-level exact match (conlleval-style: span and type must both match) on gold
tokenisation, over the four newstrace types, overall and per type, on CoNLL-2003 test.txt,
the last 1/6 of ANERcorp (CAMeL Lab split) and Arman fold-1 test.
Pipeline (``--no-pipeline`` skips it): the same test sentences as articles through
``newstrace.analyze`` (one sentence a line, ~350 words an article), the mentions of the
analysis JSON (``entities[].mentions``, typed by their entity: outlet counts as ORG; unnamed
sources, ``anonymous``, are left out) against the gold spans as character offsets, exact
match of span and type. This is what a user reads; the model figure is its upper bound.
For Arabic a second pipeline row (``pipe-guide``) scores under the precision guideline's
conventions where ANERcorp's differ: a mention without the proclitic glued to its gold token
("العراق" for "والعراق") matches, and currencies (ANERcorp MISC) are left out on both sides.
Speed: words/s of ``recognise`` on raw text, single thread, one call per ~350-word article
with its sentences (as the pipeline calls it), then a second pass with every word type
cached. Data is read in place from ../shared/datasets (never copied); without it the
benchmark says so and exits 0.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
import unicodedata
from pathlib import Path

for _name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS"):
    os.environ.setdefault(_name, "1")  # single-threaded figures, as the brief asks

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "datasets"
sys.path.insert(0, str(ROOT / "training" / "ner"))

import ner_corpora  # noqa: E402
import ner_scoring  # noqa: E402

from newstrace.entities import ner  # noqa: E402

ARTICLE_WORDS = 350
# The JSON's entity types as the test sets' labels.
PIPELINE_LABELS = {"person": "PERSON", "organization": "ORG", "outlet": "ORG", "place": "PLACE",
                   "other": "OTHER"}  # fmt: skip


def article_sentences(sentences: list[ner_corpora.Sentence], limit: int) -> list[list[str]]:
    """Test sentences grouped into articles of about ARTICLE_WORDS words, as sentence texts."""
    out: list[list[str]] = []
    current: list[str] = []
    words = 0
    for sentence in sentences:
        current.append(" ".join(sentence.words))
        words += len(sentence.words)
        if words >= ARTICLE_WORDS:
            out.append(current)
            current, words = [], 0
            if len(out) >= limit:
                break
    return out


def speed(sentences: list[ner_corpora.Sentence], language: str, articles: int) -> dict:
    """Words/s and articles/s of recognise() after the model is loaded and warmed up.

    recognise() is called once per article with the article's sentences, as the pipeline
    calls it (the CRF reads the sentences of one article together).
    """
    batches = article_sentences(sentences, articles)
    ner.recognise(batches[0] + batches[1], language)  # load + warm up outside the timing
    start = time.perf_counter()
    for batch in batches:
        ner.recognise(batch, language)
    elapsed = time.perf_counter() - start
    # Again: every word type is now in the CRF's cache, as in a long run over news text.
    start = time.perf_counter()
    for batch in batches:
        ner.recognise(batch, language)
    warm = time.perf_counter() - start
    words = sum(len(t.split()) for batch in batches for t in batch)
    return {
        "warm_words_per_s": round(words / warm),
        "articles": len(batches),
        "words": words,
        "seconds": round(elapsed, 2),
        "words_per_s": round(words / elapsed),
        "articles_per_s": round(len(batches) / elapsed, 1),
    }


def pipeline_articles(
    sentences: list[ner_corpora.Sentence], language: str
) -> list[tuple[dict[str, str], set[tuple[int, int, str]]]]:
    """Articles of about ARTICLE_WORDS words (a sentence a line) with their gold spans as
    character offsets into the article text."""
    articles: list[tuple[dict[str, str], set[tuple[int, int, str]]]] = []
    lines: list[str] = []
    gold: set[tuple[int, int, str]] = set()
    offset = words = 0
    for sentence in sentences:
        # NFC, as the pipeline cleans article text, so the offsets agree.
        tokens = [unicodedata.normalize("NFC", w) for w in sentence.words]
        starts = []
        position = offset
        for token in tokens:
            starts.append(position)
            position += len(token) + 1
        for first, last, label in sentence.spans:
            gold.add((starts[first], starts[last - 1] + len(tokens[last - 1]), label))
        lines.append(" ".join(tokens))
        offset = position
        words += len(tokens)
        if words >= ARTICLE_WORDS:
            articles.append(({"text": "\n".join(lines), "language": language}, gold))
            lines, gold, offset, words = [], set(), 0, 0
    if lines:
        articles.append(({"text": "\n".join(lines), "language": language}, gold))
    return articles


def pipeline_score(sentences: list[ner_corpora.Sentence], language: str) -> dict:
    """Mentions of the analysis JSON against gold spans (see the module docstring)."""
    import newstrace
    from newstrace import lang

    articles = pipeline_articles(sentences, language)
    analysis = newstrace.analyze([record for record, _ in articles], workers=2).to_dict()
    gold_of = {record["text"]: spans for record, spans in articles}
    article_text = {a["id"]: a["text"] for a in analysis["articles"]}
    predicted: dict[str, set[tuple[int, int, str]]] = {text: set() for text in gold_of}
    for entity in analysis["entities"]:
        if entity.get("anonymous"):
            continue
        label = PIPELINE_LABELS[entity["type"]]
        for mention in entity["mentions"]:
            text = article_text[mention["article"]]
            if text in predicted:
                predicted[text].add((mention["start"], mention["end"], label))
    score = ner_scoring.Score()
    aligned = ner_scoring.Score()
    for text, spans in gold_of.items():
        score.add(spans, predicted.get(text, set()))
        aligned.add(*_aligned(text, spans, predicted.get(text, set()), language))
    missing = sum(1 for text in gold_of if text not in article_text.values())
    out = {"articles": len(articles), "not_analysed": missing, "scores": score.as_dict()}
    if lang.get(language).proclitics:
        out["aligned_scores"] = aligned.as_dict()
    return out


def _aligned(
    text: str, gold: set[tuple[int, int, str]], predicted: set[tuple[int, int, str]], language: str
) -> tuple[set[tuple[int, int, str]], set[tuple[int, int, str]]]:
    """Gold and predicted spans under the precision guideline's conventions, where a corpus
    differs from them (ANERcorp): a prediction that is a gold span without its glued
    proclitic ("العراق" of gold "والعراق") matches it, and the common nouns the pack lists
    as no names (currencies, which ANERcorp tags MISC) are left out on both sides."""
    from newstrace import lang
    from newstrace.lang.fold import fold
    from newstrace.nlp.phrases import word_list

    pack = lang.get(language)
    not_names = word_list(pack.not_names)

    def bare(start: int, end: int) -> str:
        word = text[start:end]
        for proclitic in ("", *pack.proclitics):
            rest = word[len(proclitic) :]
            if word.startswith(proclitic) and " " not in rest and not_names.has(fold(rest)):
                return rest
        return ""

    gold = {g for g in gold if not bare(g[0], g[1])}
    matched = set()
    for start, end, label in predicted:
        if bare(start, end):
            continue
        shifted = next(
            (
                (start - len(p), end, label)
                for p in pack.proclitics
                if (start - len(p), end, label) in gold and text[start - len(p) : start] == p
            ),
            (start, end, label),
        )
        matched.add(shifted)
    return gold, matched


def print_table(results: dict[str, dict]) -> None:
    """One block per language: overall and per-type P/R/F1, then speed."""
    print(f"{'lang':<5}{'type':<10}{'P':>7}{'R':>7}{'F1':>7}{'gold':>7}{'pred':>7}")
    for language, result in results.items():
        rows = {"ALL": result["scores"]["overall"], **result["scores"]["per_label"]}
        if "pipeline" in result:
            pipeline = result["pipeline"]["scores"]
            rows["pipe-ALL"] = pipeline["overall"]
            rows |= {f"pipe-{k}": v for k, v in pipeline["per_label"].items()}
            if "aligned_scores" in result["pipeline"]:
                rows["pipe-guide"] = result["pipeline"]["aligned_scores"]["overall"]
        for label, row in rows.items():
            print(
                f"{language:<5}{label:<10}{row['precision']:>7.2f}{row['recall']:>7.2f}"
                f"{row['f1']:>7.2f}{row['gold']:>7}{row['predicted']:>7}"
            )
        if "speed" in result:
            s = result["speed"]
            print(
                f"{language:<5}speed: {s['words_per_s']} words/s, {s['articles_per_s']} "
                f"articles/s ({s['articles']} texts of ~{ARTICLE_WORDS} words, 1 thread); "
                f"second pass (word types cached): {s['warm_words_per_s']} words/s"
            )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", action="append", choices=ner_corpora.LANGUAGES)
    parser.add_argument("--limit", type=int, default=0, help="first N test sentences (0 = all)")
    parser.add_argument("--articles", type=int, default=200, help="texts for the speed run")
    parser.add_argument("--no-speed", action="store_true")
    parser.add_argument("--no-pipeline", action="store_true", help="skip the pipeline figure")
    parser.add_argument("--json", type=Path, help="also write the figures as JSON here")
    args = parser.parse_args()
    if not DATA.is_dir():
        print(f"skipped: {DATA} not found (needs ../shared/datasets beside the checkout)")
        return 0
    results: dict[str, dict] = {}
    for language in args.lang or ner_corpora.LANGUAGES:
        if language not in ner.available_languages():
            print(f"skipped {language}: no model under {ner.MODELS}")
            continue
        sentences = ner_corpora.load_split(language, "test", DATA)
        if args.limit:
            sentences = sentences[: args.limit]
        started = time.perf_counter()
        score = ner_scoring.evaluate(sentences, language)
        results[language] = {
            "engine": ner.engine(language),
            "sentences": len(sentences),
            "scores": score.as_dict(),
            "eval_seconds": round(time.perf_counter() - started, 1),
        }
        if not args.no_pipeline:
            results[language]["pipeline"] = pipeline_score(sentences, language)
        if not args.no_speed:
            results[language]["speed"] = speed(sentences, language, args.articles)
    print_table(results)
    if args.json:
        machine = (
            f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
        )
        figures = {"results": results, "machine": machine}
        args.json.write_text(json.dumps(figures, indent=2, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
