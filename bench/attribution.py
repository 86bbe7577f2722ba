"""Attribution quality on PolNeAR: cues, sources and contents of "who says so" relations.

Run from the project root:  .venv/bin/python bench/attribution.py [--split dev] [--ner] [--json OUT]

Data: ../shared/datasets/polnear (PolNeAR v1.0.0, brat standoff: one ``.ann`` per article and
annotator, T lines ``Source``/``Cue``/``Content`` with character offsets into the article's
``.txt``, E lines tying them into one relation). Articles annotated twice are scored against
one annotation: the file whose annotator id sorts first, so every run scores the same file.
Discontinuous spans ("12 40;55 80") are scored by their extent (first start, last end).

Each article is split with ``newstrace.nlp.sentence_spans(text, "en")`` and every sentence goes
through ``find_attributions``; offsets are mapped back to the article. PolNeAR is univocal
(a token belongs to at most one attribution), so attributions our finder marks ``nested``
(inside a quotation or inside another attribution's content) are left out, and so are those
whose cue lies inside a quotation that spans several sentences (``quotation_spans`` of the
article: a sentence in the middle of a long quote carries no quote mark of its own); so is
the extra publisher record of a "told Reuters" chain, which shares its cue with the main one.

PolNeAR annotates internal states (believing, wanting, expecting, deciding …) and what documents
show ("polls show") as attributions, so the main figures score the finder's attributions,
beliefs and findings together (``belief`` and ``finding`` records, which the claims stage
reports apart under ``beliefs`` and ``findings``); the relation figures of the attributions
alone (statements only) are printed after the table as "speech only".

Scores (P/R/F1, one-to-one greedy matching):
- relations: a predicted relation matches a gold one when their cues overlap;
- relations+source: the cues overlap and so do the sources;
- sources: distinct source spans, exact and overlap; cues: exact and overlap; contents: overlap.
With ``--ner`` the project's English NER model supplies entity spans, which widen a source to
the whole name. The test split is for the final report only: tune on ``--split dev``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

for _name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS"):
    os.environ.setdefault(_name, "1")

from newstrace.claims.attribution import (  # noqa: E402
    Attribution,
    find_attributions,
    quotation_spans,
)
from newstrace.nlp import sentence_spans  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "datasets" / "polnear"

Extent = tuple[int, int]


@dataclass(slots=True)
class Relation:
    """One attribution relation; spans are (start, end) extents in the article text."""

    cue: Extent
    source: Extent | None = None
    content: Extent | None = None
    belief: bool = False  # a state of mind or a stance ("believes", "wants"), not a statement
    finding: bool = False  # what a document shows ("the poll shows"), not a statement


@dataclass(slots=True)
class Article:
    name: str
    text: str
    gold: list[Relation] = field(default_factory=list)


_T_LINE = re.compile(r"^(T\d+)\t(\S+) ([\d ;]+)\t?")
_E_LINE = re.compile(r"^(E\d+)\t(.*)$")


def _extent(fragments: str) -> Extent:
    pieces = [tuple(map(int, part.split())) for part in fragments.split(";")]
    return (min(p[0] for p in pieces), max(p[1] for p in pieces))


def read_ann(path: Path) -> list[Relation]:
    """Relations of one brat file; lines that are not T/E records (notes, wrapped text) skip."""
    spans: dict[str, Extent] = {}
    relations: list[Relation] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if match := _T_LINE.match(line):
            spans[match.group(1)] = _extent(match.group(3))
        elif match := _E_LINE.match(line):
            roles = dict(part.split(":", 1) for part in match.group(2).split() if ":" in part)
            cue = spans.get(roles.get("Cue", ""))
            if cue is None:  # a handful of relations lack a cue or point at a missing T
                continue
            relations.append(
                Relation(
                    cue, spans.get(roles.get("Source", "")), spans.get(roles.get("Content", ""))
                )
            )
    return relations


def load_split(split: str) -> list[Article]:
    """Articles of one split with the annotation of the first annotator id (sorted)."""
    folder = DATA / "data" / split
    chosen: dict[str, Path] = {}
    for ann in sorted((folder / "attributions").glob("*.ann")):
        article = ann.stem.rsplit("_", 1)[0]  # "<article>_<annotator>.ann"
        chosen.setdefault(article, ann)
    articles = []
    for name, ann in sorted(chosen.items()):
        text = (folder / "text" / f"{name}.txt").read_text(encoding="utf-8")
        articles.append(Article(name, text, read_ann(ann)))
    return articles


def predict(articles: list[Article], use_ner: bool) -> list[list[Relation]]:
    """Top-level attributions of every sentence, with offsets moved into the article."""
    sentences = [
        [(start, article.text[start:end]) for start, end in sentence_spans(article.text, "en")]
        for article in articles
    ]
    entities: list[list[tuple[int, int, str]]] = []
    if use_ner:
        from newstrace.entities.ner import recognise

        flat = [text for per_article in sentences for _, text in per_article]
        entities = [[(e.start, e.end, e.label) for e in found] for found in recognise(flat, "en")]
    predictions: list[list[Relation]] = []
    position = 0
    for article, per_article in zip(articles, sentences, strict=True):
        quoted = quotation_spans(article.text)
        relations: list[Relation] = []
        for offset, text in per_article:
            ents = entities[position] if use_ner else ()
            position += 1
            seen_cues: set[Extent] = set()
            for found in find_attributions(text, "en", ents):
                relation = _shift(found, offset)
                if found.nested or relation.cue in seen_cues or _quoted(relation.cue, quoted):
                    continue
                seen_cues.add(relation.cue)
                relations.append(relation)
        predictions.append(relations)
    return predictions


def _quoted(cue: Extent, quoted: list[Extent]) -> bool:
    """A cue inside a quotation that spans sentences: the quoted speaker's, so nested."""
    return any(start < cue[0] < end - 1 for start, end in quoted)


def _shift(found: Attribution, offset: int) -> Relation:
    def move(span: tuple[int, int, str] | None) -> Extent | None:
        return None if span is None else (span[0] + offset, span[1] + offset)

    cue = move(found.cue)
    assert cue is not None
    return Relation(
        cue, move(found.source), move(found.content), belief=found.belief, finding=found.finding
    )


# --------------------------------------------------------------------------------------------
# Scoring.


@dataclass(slots=True)
class Count:
    gold: int = 0
    predicted: int = 0
    matched_gold: int = 0  # gold items with a match (recall)
    matched_predicted: int = 0  # predicted items with a match (precision)

    def add(self, other: Count) -> None:
        self.gold += other.gold
        self.predicted += other.predicted
        self.matched_gold += other.matched_gold
        self.matched_predicted += other.matched_predicted

    def as_dict(self) -> dict[str, float | int]:
        precision = self.matched_predicted / self.predicted if self.predicted else 0.0
        recall = self.matched_gold / self.gold if self.gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {
            "precision": round(100 * precision, 2),
            "recall": round(100 * recall, 2),
            "f1": round(100 * f1, 2),
            "gold": self.gold,
            "predicted": self.predicted,
        }


def _overlaps(a: Extent, b: Extent) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _trimmed(text: str, span: Extent) -> Extent:
    """Extent without surrounding spaces and punctuation, for exact comparison."""
    start, end = span
    while start < end and (text[start].isspace() or text[start] in ",.;:"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",.;:"):
        end -= 1
    return (start, end)


def match(gold: list[Extent], predicted: list[Extent], text: str, exact: bool) -> Count:
    """One-to-one greedy matching, each gold span taking the unused prediction it overlaps most."""
    if exact:
        gold = [_trimmed(text, g) for g in gold]
        predicted = [_trimmed(text, p) for p in predicted]
    used: set[int] = set()
    hits = 0
    for g in gold:
        best, best_size = None, 0
        for index, p in enumerate(predicted):
            if index in used:
                continue
            if exact and p != g:
                continue
            size = min(g[1], p[1]) - max(g[0], p[0])
            if size > best_size:
                best, best_size = index, size
        if best is not None:
            used.add(best)
            hits += 1
    return Count(len(gold), len(predicted), hits, hits)


def _distinct(spans: Iterable[Extent | None]) -> list[Extent]:
    return sorted({s for s in spans if s is not None})


def relation_source_match(gold: list[Relation], predicted: list[Relation]) -> Count:
    """Relations whose cues overlap and whose sources overlap as well (both may be absent)."""
    used: set[int] = set()
    hits = 0
    for g in gold:
        for index, p in enumerate(predicted):
            if index in used or not _overlaps(g.cue, p.cue):
                continue
            used.add(index)
            same_source = (g.source is None and p.source is None) or (
                g.source is not None and p.source is not None and _overlaps(g.source, p.source)
            )
            hits += same_source
            break
    return Count(len(gold), len(predicted), hits, hits)


def score(articles: list[Article], predictions: list[list[Relation]]) -> dict[str, dict]:
    totals = {
        name: Count()
        for name in (
            "relations",
            "relations+source",
            "sources_exact",
            "sources_overlap",
            "cues_exact",
            "cues_overlap",
            "contents_overlap",
        )
    }
    for article, predicted in zip(articles, predictions, strict=True):
        gold = article.gold
        text = article.text
        gold_cues = [g.cue for g in gold]
        pred_cues = [p.cue for p in predicted]
        totals["relations"].add(match(gold_cues, pred_cues, text, exact=False))
        totals["relations+source"].add(relation_source_match(gold, predicted))
        gold_sources = _distinct(g.source for g in gold)
        pred_sources = _distinct(p.source for p in predicted)
        totals["sources_exact"].add(match(gold_sources, pred_sources, text, exact=True))
        totals["sources_overlap"].add(match(gold_sources, pred_sources, text, exact=False))
        totals["cues_exact"].add(match(_distinct(gold_cues), _distinct(pred_cues), text, True))
        totals["cues_overlap"].add(
            match(_distinct(gold_cues), _distinct(pred_cues), text, exact=False)
        )
        totals["contents_overlap"].add(
            match(
                _distinct(g.content for g in gold),
                _distinct(p.content for p in predicted),
                text,
                exact=False,
            )
        )
    return {name: count.as_dict() for name, count in totals.items()}


def print_table(split: str, scores: dict[str, dict], articles: int) -> None:
    print(f"PolNeAR {split}: {articles} articles")
    print(f"{'metric':<20}{'P':>7}{'R':>7}{'F1':>7}{'gold':>7}{'pred':>7}")
    for name, row in scores.items():
        print(
            f"{name:<20}{row['precision']:>7.2f}{row['recall']:>7.2f}{row['f1']:>7.2f}"
            f"{row['gold']:>7}{row['predicted']:>7}"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("train", "dev", "test"), default="test")
    parser.add_argument("--ner", action="store_true", help="pass NER entity spans to the finder")
    parser.add_argument("--limit", type=int, default=0, help="first N articles (0 = all)")
    parser.add_argument("--json", type=Path, help="also write the figures as JSON here")
    args = parser.parse_args()
    if not (DATA / "data" / args.split / "attributions").is_dir():
        print(
            f"error: PolNeAR not found at {DATA} (needs ../shared/datasets/polnear beside the "
            "checkout, with data/<split>/text and data/<split>/attributions)",
            file=sys.stderr,
        )
        return 2
    articles = load_split(args.split)
    if args.limit:
        articles = articles[: args.limit]
    started = time.perf_counter()
    predictions = predict(articles, args.ner)
    elapsed = time.perf_counter() - started
    scores = score(articles, predictions)
    print_table(args.split, scores, len(articles))
    speech = score(articles, [[r for r in rs if not (r.belief or r.finding)] for rs in predictions])
    for name in ("relations", "relations+source"):
        row = speech[name]
        print(
            f"{name + ' (speech only)':<32}P {row['precision']:.2f}  R {row['recall']:.2f}  "
            f"F1 {row['f1']:.2f}  pred {row['predicted']}"
        )
    print(f"{elapsed:.1f} s for {len(articles)} articles ({'with' if args.ner else 'without'} NER)")
    if args.json:
        figures = {
            "split": args.split,
            "articles": len(articles),
            "ner": args.ner,
            "scores": scores,
            "speech_only": {name: speech[name] for name in ("relations", "relations+source")},
            "seconds": round(elapsed, 1),
            "machine": f"{platform.machine()}, {os.cpu_count()} cores, "
            f"Python {platform.python_version()}",
        }
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
