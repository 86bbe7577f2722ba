"""Name matching: precision/recall of merging labelled name pairs, blocking recall and speed.

Run from the project root:
    .venv/bin/python bench/entities.py                 # held-out test pairs
    .venv/bin/python bench/entities.py --dev           # the development pairs (tuned on)
    .venv/bin/python bench/entities.py --errors --json out/names.json

Pairs are ``a<TAB>b<TAB>type<TAB>label<TAB>note`` with label ``same``, ``partial`` (one name is
a proper part of the other and both name one entity) or ``different`` (two entities, even when
one name is formally part of the other: "Fatah" / "Fatah al-Islam"). A *merge* is a predicted
"same" or "partial"; merge precision and recall count gold "same" and "partial" as positive.
Strict accuracy asks for the exact relation. Script pairs: lat = Latin, fa = Arabic script
with a Persian-only letter (پ چ ژ گ ک ی), ar = other Arabic script, cyr = Cyrillic, heb = Hebrew.
"""

from __future__ import annotations

import argparse
import csv
import json
import platform
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from newstrace.entities import names
from newstrace.entities.names import NameMatch, blocking_keys, compare_names

DATA = Path(__file__).resolve().parent / "data"
POSITIVE = {"same", "partial"}
PERSIAN_LETTERS = set("پچژگکی")


@dataclass(frozen=True, slots=True)
class Pair:
    a: str
    b: str
    type: str
    label: str
    note: str


def read_pairs(path: Path) -> list[Pair]:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        return [Pair(r["a"], r["b"], r["type"], r["label"], r["note"]) for r in rows]


def script(name: str) -> str:
    letters = [ch for ch in name if ch.isalpha()]
    if any("\u0400" <= ch <= "\u04ff" for ch in letters):
        return "cyr"
    if any("\u05d0" <= ch <= "\u05f2" for ch in letters):
        return "heb"
    if not any("\u0600" <= ch <= "\u06ff" for ch in letters):
        return "lat"
    return "fa" if PERSIAN_LETTERS & set(letters) else "ar"


def script_pair(pair: Pair) -> str:
    order = {"lat": 0, "ar": 1, "fa": 2, "cyr": 3, "heb": 4}
    return "-".join(sorted((script(pair.a), script(pair.b)), key=order.__getitem__))


def clear_caches() -> None:
    """Forget memoised parses and similarities so timings count the real work."""
    names.clear_caches()


def scores(pairs: list[Pair], predicted: list[NameMatch]) -> dict[str, float | int]:
    tp = fp = fn = exact = 0
    for pair, match in zip(pairs, predicted, strict=True):
        gold = pair.label in POSITIVE
        merged = match.relation in POSITIVE
        tp += gold and merged
        fp += merged and not gold
        fn += gold and not merged
        exact += match.relation == pair.label
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return {
        "pairs": len(pairs),
        "precision": round(precision, 3),
        "recall": round(recall, 3),
        "f1": round(2 * precision * recall / (precision + recall), 3)
        if precision + recall
        else 0.0,
        "strict_accuracy": round(exact / len(pairs), 3) if pairs else 0.0,
        "false_merges": fp,
        "missed_merges": fn,
    }


def grouped(
    pairs: list[Pair], predicted: list[NameMatch], key: Callable[[Pair], str]
) -> dict[str, dict[str, float | int]]:
    groups: dict[str, list[int]] = defaultdict(list)
    for i, pair in enumerate(pairs):
        groups[key(pair)].append(i)
    return {
        k: scores([pairs[i] for i in idx], [predicted[i] for i in idx])
        for k, idx in sorted(groups.items())
    }


def blocking(pairs: list[Pair]) -> dict[str, float | int]:
    """Recall: gold-positive pairs sharing a key. Reduction: 1 - candidate pairs / all pairs
    among the distinct names of each type in the set."""
    positives = [p for p in pairs if p.label in POSITIVE]
    shared = sum(bool(blocking_keys(p.a, p.type) & blocking_keys(p.b, p.type)) for p in positives)
    by_type: dict[str, set[str]] = defaultdict(set)
    for p in pairs:
        by_type[p.type] |= {p.a, p.b}
    total = candidates = 0
    for type_, found in by_type.items():
        index: dict[str, set[str]] = defaultdict(set)
        for name in found:
            for key in blocking_keys(name, type_):
                index[key].add(name)
        linked = {frozenset((x, y)) for group in index.values() for x in group for y in group}
        candidates += sum(len(pair) == 2 for pair in linked)
        total += len(found) * (len(found) - 1) // 2
    return {
        "recall": round(shared / len(positives), 3) if positives else 1.0,
        "reduction": round(1 - candidates / total, 3) if total else 0.0,
        "candidate_pairs": candidates,
        "all_pairs": total,
    }


def throughput(pairs: list[Pair], rounds: int = 5) -> dict[str, float]:
    """Comparisons per second with cold caches (every name new) and warm caches."""
    cold = 0.0
    for _ in range(rounds):
        clear_caches()
        names._countries()
        names._cities()  # the gazetteers load once per process; not part of a comparison
        start = time.perf_counter()
        run(pairs)
        cold += time.perf_counter() - start
    start = time.perf_counter()
    for _ in range(rounds):
        run(pairs)
    warm = time.perf_counter() - start
    n = len(pairs) * rounds
    return {"cold_per_s": round(n / cold), "warm_per_s": round(n / warm)}


def run(pairs: Iterable[Pair]) -> list[NameMatch]:
    return [compare_names(p.a, p.b, p.type) for p in pairs]


def print_table(title: str, rows: dict[str, dict[str, float | int]]) -> None:
    """One line per group; precision of a group without merges is 1, recall without gold
    positives is 1 (see the false/missed counts)."""
    head = f"{'pairs':>5} {'prec':>6} {'recall':>6} {'strict':>6} {'false':>5} {'missed':>6}"
    print(f"\n{title:<14} {head}")
    for key, row in rows.items():
        print(
            f"{key:<14} {row['pairs']:>5} {row['precision']:>6.3f} {row['recall']:>6.3f} "
            f"{row['strict_accuracy']:>6.3f} {row['false_merges']:>5} {row['missed_merges']:>6}"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dev", action="store_true", help="the development pairs")
    parser.add_argument("--data", type=Path, help="another pairs file")
    parser.add_argument("--errors", action="store_true", help="list every wrong decision")
    parser.add_argument("--json", type=Path, help="also write the figures as JSON here")
    args = parser.parse_args()
    path = args.data or DATA / ("name_pairs_dev.tsv" if args.dev else "name_pairs.tsv")
    if not path.exists():
        print(f"no pairs file at {path}", file=sys.stderr)
        return 2
    pairs = read_pairs(path)
    predicted = run(pairs)
    figures = {
        "data": path.name,
        "overall": scores(pairs, predicted),
        "by_script": grouped(pairs, predicted, script_pair),
        "by_type": grouped(pairs, predicted, lambda p: p.type),
        "by_label": grouped(pairs, predicted, lambda p: p.label),
        "blocking": blocking(pairs),
        "speed": throughput(pairs),
        "machine": f"{platform.machine()}, {platform.python_implementation()} "
        f"{platform.python_version()}",
    }
    overall = figures["overall"]
    print(
        f"{path.name}: {overall['pairs']} pairs  precision {overall['precision']:.3f}  "
        f"recall {overall['recall']:.3f}  F1 {overall['f1']:.3f}  "
        f"strict accuracy {overall['strict_accuracy']:.3f}"
    )
    print_table("script pair", figures["by_script"])
    print_table("type", figures["by_type"])
    print_table("gold label", figures["by_label"])
    block, speed = figures["blocking"], figures["speed"]
    print(
        f"\nblocking: recall {block['recall']:.3f}, reduction {block['reduction']:.3f} "
        f"({block['candidate_pairs']} of {block['all_pairs']} same-type pairs compared)"
    )
    print(f"speed: {speed['cold_per_s']} comparisons/s cold, {speed['warm_per_s']}/s warm")
    if args.errors:
        print("\nwrong decisions (gold -> predicted rule score):")
        for pair, match in zip(pairs, predicted, strict=True):
            if match.relation != pair.label:
                print(
                    f"  {pair.label:>9} -> {match.relation:<9} {match.rule:<22} "
                    f"{match.score:.2f}  {pair.a} | {pair.b} ({pair.type}; {pair.note})"
                )
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(figures, indent=2, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
