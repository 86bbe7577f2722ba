"""Translation detection (provenance/copying.py) on parallel news sentences: precision/recall.

Run from the project root:
    PYTHONPATH=src .venv/bin/python bench/translations.py [--split dev|test|all] [--sweep]

Data: the UD PUD treebanks (../shared/datasets/ud-treebanks/{en,ar,de,es,fr}_pud; CC BY-SA
3.0): the same 1,000 news and Wikipedia sentences translated into every language, in 190
short documents; sentence ids align across languages. Persian has no PUD treebank, and no
parallel Persian text is in ../shared: Persian is covered by the fictional fixtures of
tests/provenance only. The dictionaries (built locally by training/dictionaries/build.py)
never read PUD.

Setting, as :func:`newstrace.provenance.copying.find_reuse` meets it in ``trace``: each
document in each language is an article; the English articles come first (the originals),
the other language's articles after them; every sentence is one ``SentenceText`` whose
anchors are its numbers (no entity resolution runs here, so the anchors are poorer than in
the pipeline, where resolved entity ids join them). A sentence found to translate an earlier
one is right when the two have the same sentence id. Negatives are built in: the other
sentences of the same document (same topic, names and numbers, not a translation) and of
every other document sit in the same pool.

* retrieval P/R/F1 per language pair (en->xx, and pivot pairs xx->yy where both sides go
  through English lemmas): found = translation reuses found, right = found with the same
  sentence id, recall over all sentences of the later language;
* pairwise: aligned pairs (positives) and same-document non-aligned pairs (negatives) scored
  by ``translation_share`` alone, P/R/F1 at the module's threshold.

``before`` is the anchors-only rule (``_translations``), ``after`` the whole ``find_reuse``.
The threshold was chosen on ``--split dev`` (documents at even positions); the headline is
``--split test`` (odd positions).

A second, harder pool (never used for tuning): FIGNEWS 2024 (../shared/datasets/fignews2024;
MIT), 1,491 social-media news posts about one war, each with its English and Arabic machine
translation. Every post is an article; its English side (the original or the MT) comes
first, and the later side is the Arabic (original or MT: ``en->ar``) or the French original
(``en->fr``). Every other post is about the same war: same-topic negatives throughout.
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from newstrace.models import Reuse, SentenceKey
from newstrace.provenance import copying
from newstrace.provenance.copying import (
    SentenceText,
    matched_words,
    meaning_units,
    translation_share,
)

ROOT = Path(__file__).resolve().parents[1]
UD = ROOT.parent / "shared" / "datasets" / "ud-treebanks"
FIGNEWS = ROOT.parent / "shared" / "datasets" / "fignews2024" / "FIGNEWS-2024-TEXT-IAA.tsv"
LANGUAGES = ("en", "ar", "de", "es", "fr")
PAIRS = (("en", "ar"), ("en", "de"), ("en", "es"), ("en", "fr"), ("fr", "ar"), ("de", "es"))


@dataclass(frozen=True, slots=True)
class Line:
    sent_id: str
    document: str
    text: str


def refuse(message: str) -> None:
    sys.exit(f"bench/translations.py: {message}")


def read_pud(code: str) -> list[Line]:
    path = UD / f"{code}_pud" / f"{code}_pud-ud-test.conllu"
    if not path.is_file():
        refuse(f"{path} is missing (needs ../shared/datasets beside the repo)")
    lines, sent_id, document = [], "", ""
    for raw in path.read_text(encoding="utf-8").splitlines():
        if raw.startswith("# sent_id = "):
            sent_id = raw.split("=", 1)[1].strip()
            document = sent_id[:6]
        elif raw.startswith("# text = "):
            lines.append(Line(sent_id, document, raw.split("=", 1)[1].strip()))
    return lines


def read_fignews() -> dict[str, list[SentenceText]]:
    """The posts' English side, Arabic side and French originals as one-sentence articles;
    a post's key is its id in every pool, so a right match has the same article number."""
    if not FIGNEWS.is_file():
        refuse(f"{FIGNEWS} is missing (needs ../shared/datasets beside the repo)")
    with FIGNEWS.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    pools: dict[str, list[SentenceText]] = {"en": [], "ar": [], "fr": []}
    for number, row in enumerate(rows):
        sides = {"en": row["English MT"], "ar": row["Arabic MT"]}
        if row["Source Language"] == "French":
            sides["fr"] = row["Text"]
        for code, text in sides.items():
            if text.strip():
                key = SentenceKey(f"{code}:{number:05d}", 0)
                pools[code].append(SentenceText(key, code, text, anchors(text)))
    return pools


def anchors(text: str) -> tuple[str, ...]:
    """Numbers of two digits or more, in order (what ``trace`` adds without entities)."""
    return tuple(n for n in copying.numbers(text) if len(n) > 1)


def texts(lines: Sequence[Line], code: str) -> list[SentenceText]:
    return [
        SentenceText(
            SentenceKey(f"{code}:{line.document}", int(line.sent_id[-3:])),
            code,
            line.text,
            anchors(line.text),
        )
        for line in lines
    ]


def split(lines: list[Line], which: str) -> list[Line]:
    documents = sorted({line.document for line in lines})
    keep = {
        d for i, d in enumerate(documents) if which == "all" or (i % 2 == 0) == (which == "dev")
    }
    return [line for line in lines if line.document in keep]


def prf(right: int, found: int, total: int) -> tuple[float, float, float]:
    p = right / found if found else 0.0
    r = right / total if total else 0.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


Finder = Callable[[Sequence[SentenceText], dict[str, int]], list[Reuse]]


def retrieval(
    first: list[SentenceText], later: list[SentenceText], finder: Finder
) -> tuple[int, int, int]:
    pool = first + later
    articles = list(dict.fromkeys(s.key.article for s in pool))
    order = {a: i for i, a in enumerate(articles)}
    later_language = later[0].language
    found = [r for r in finder(pool, order) if r.later.article.startswith(f"{later_language}:")]
    right = sum(
        1 for r in found
        if r.later.article.split(":")[1] == r.earlier.article.split(":")[1]
        and r.later.sentence == r.earlier.sentence
    )  # fmt: skip
    return right, len(found), len(later)


def before(sentences: Sequence[SentenceText], order: dict[str, int]) -> list[Reuse]:
    return copying._translations(sentences, order)


def pairwise(
    first: list[SentenceText], later: list[SentenceText], threshold: float
) -> tuple[int, int, int]:
    """(true positives, predicted positives, positives) over aligned and same-document pairs."""
    units_first = {(s.key.article.split(":")[1], s.key.sentence): meaning_units(s) for s in first}
    tp = predicted = positives = 0
    for sentence in later:
        document, number = sentence.key.article.split(":")[1], sentence.key.sentence
        units = meaning_units(sentence)
        for (other_document, other_number), other_units in units_first.items():
            if other_document != document:
                continue
            aligned = other_number == number
            says = (
                units.size >= copying.MIN_UNITS
                and other_units.size >= copying.MIN_UNITS
                and translation_share(units, other_units) >= threshold
                and matched_words(units, other_units) >= copying.MIN_MATCHED_WORDS
            )
            positives += aligned
            predicted += says
            tp += aligned and says
    return tp, predicted, positives


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", choices=("dev", "test", "all"), default="test")
    parser.add_argument("--sweep", action="store_true", help="pairwise F1 per threshold")
    args = parser.parse_args()
    data = {code: split(read_pud(code), args.split) for code in LANGUAGES}
    pools = {code: texts(lines, code) for code, lines in data.items()}
    print(f"PUD {args.split} split: {len(data['en'])} sentences per language")
    print(f"threshold {copying.TRANSLATION_SHARE}, min units {copying.MIN_UNITS}")
    print(f"{'pair':7} {'before P/R/F1':>20} {'after P/R/F1':>20} {'pairwise P/R/F1':>20} {'s':>5}")
    totals = {"before": [0, 0, 0], "after": [0, 0, 0], "pairwise": [0, 0, 0]}
    for source, target in PAIRS:
        first, later = pools[source], pools[target]
        started = time.perf_counter()
        counts = {
            "before": retrieval(first, later, before),
            "after": retrieval(first, later, copying.find_reuse),
            "pairwise": pairwise(first, later, copying.TRANSLATION_SHARE),
        }
        seconds = time.perf_counter() - started
        cells = []
        for name, values in counts.items():
            totals[name] = [t + v for t, v in zip(totals[name], values, strict=True)]
            cells.append("{:.3f}/{:.3f}/{:.3f}".format(*prf(*values)))
        print(f"{source}->{target:4} {cells[0]:>20} {cells[1]:>20} {cells[2]:>20} {seconds:5.1f}")
    cells = ["{:.3f}/{:.3f}/{:.3f}".format(*prf(*totals[n])) for n in totals]
    print(f"{'all':7} {cells[0]:>20} {cells[1]:>20} {cells[2]:>20}")
    fignews = read_fignews()
    print("FIGNEWS 2024 (posts on one war; never tuned on)")
    for target in ("ar", "fr"):
        cells = [
            "{:.3f}/{:.3f}/{:.3f}".format(*prf(*retrieval(fignews["en"], fignews[target], f)))
            for f in (before, copying.find_reuse)
        ]
        print(f"en->{target:4} {cells[0]:>20} {cells[1]:>20}  ({len(fignews[target])} posts)")
    if args.sweep:
        for threshold in (0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75):
            tp = predicted = positives = 0
            for source, target in PAIRS:
                a, b, c = pairwise(pools[source], pools[target], threshold)
                tp, predicted, positives = tp + a, predicted + b, positives + c
            print(
                f"  pairwise at {threshold:.2f}: "
                + "{:.3f}/{:.3f}/{:.3f}".format(*prf(tp, predicted, positives))
            )


if __name__ == "__main__":
    main()
