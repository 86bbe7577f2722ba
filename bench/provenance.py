"""Provenance on real coverage: independent-source counts, statuses and event merging, scored
against the gold set read from giveme5w1h ``news_cluster`` (issue 13, "Measured").

Run from the project root:
    PYTHONPATH=src .venv/bin/python bench/provenance.py [--json OUT] [--workers N] [--no-cache]

Gold: ``bench/data/provenance/gold.json`` (guideline: ``docs/provenance-guideline.md``): for
each annotated event, its articles with a role (``report``, ``copy``, ``mention``, ``other``,
``none``), the copied article and wire agency, evidence offsets (citations, first-hand
signals, wire credits, contradictions; offsets only, never article text), the roots after
every collapse, the expected ``independent_sources`` and ``status`` in the product's
vocabulary (corroborated / single-source / unattributed / disputed / denied).

Run: every ``news_cluster`` article goes through ``newstrace.analyze`` as a dict (title, text,
published = date_publish[:10], url, outlet = source_domain: the loader of bench/clusters.py),
so events are merged and counted across all 383 articles, as a user would get them. The
analysis is pickled under /tmp/newstrace-bench-provenance (``NEWSTRACE_BENCH_CACHE``) keyed
by the inputs and a digest of the package's source files, so a code change reruns it.

Mapping a gold event G to the system. G's *mentions* are its articles with role ``report``
or ``copy`` (an article that only names the happening as background, or is empty, is left
out: neither rewarded nor punished). A system event is a candidate when one of its evidence
sentences lies in a mention of G. The match is the candidate with the highest Jaccard
overlap between its evidence articles and G's mentions (ties: more evidence sentences in G's
mentions, then fewer articles outside G, then id). Jaccard, not raw overlap, so an event that
swallowed half the corpus does not win by size. The match stands for G only when its evidence
lies in a majority of G's mentions (more than half): a system event found in one of six
reports is some other happening told in that article (a background arrest, a quoted
threat), and a count or status that agrees with the gold by accident would flatter the
system. No candidate, or only a minority one: the system has no event for G, and its count
and status are wrong. The lenient figures (any overlap) are printed beside the headline.

Scores:
* count exact: share of gold events whose match has ``independent_sources`` equal to gold
  (over the events with an exact gold count: where the number of roots depends on how
  finely victims' relatives and employers are split, the gold gives only
  ``independent_sources_at_least`` and the event counts for status and merge only);
* status right: share whose match has the gold ``status``;
* merge pairwise P/R/F1 over mentions: each mention (G, article) is labelled with the
  best-overlapping (as above) system event among those with evidence in that article, or
  left alone when the article has none; a pair of mentions is gold-positive when both
  belong to one gold event and predicted-positive when both carry one system event (over all
  pairs, so two gold events put in one system event cost precision).
Targets (issue 13): count exact >= 80 %, status >= 85 %, merge F1 >= 0.85.

Per event the report prints gold vs predicted count and status, the gold roots and the
system's origins (entity names), the matched event's type and evidence bases, and how its
articles overlap G, so a developer can see why a figure is wrong.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import pickle
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import newstrace
from clusters import GIVEME, Record, giveme_records, pairwise_scores
from newstrace.models import Analysis, Event

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "bench" / "data" / "provenance" / "gold.json"
CACHE = Path(os.environ.get("NEWSTRACE_BENCH_CACHE", "/tmp/newstrace-bench-provenance"))
MENTION_ROLES = ("report", "copy")
TARGETS = {"count_exact": 0.80, "status_right": 0.85, "merge_f1": 0.85}


# -- inputs ------------------------------------------------------------------------------


def refuse(message: str) -> None:
    print(f"bench/provenance.py: {message}", file=sys.stderr)
    sys.exit(2)


def load_gold() -> dict[str, Any]:
    with GOLD.open(encoding="utf-8") as handle:
        gold: dict[str, Any] = json.load(handle)
    return gold


def check_texts(gold: dict[str, Any], records: dict[str, Record]) -> None:
    """Offsets only mean something on the annotated texts: refuse a changed dataset."""
    for event in gold["events"]:
        for article in event["articles"]:
            record = records.get(article["id"])
            if record is None:
                refuse(f"gold article {article['id']} is not in {GIVEME}")
            digest = hashlib.sha256(record.fields["text"].encode("utf-8")).hexdigest()
            if digest != article["text_sha256"]:
                refuse(f"the text of {article['id']} differs from the annotated one")


def source_digest() -> str:
    """A digest of the package's source and data files: the cache key's code part."""
    digest = hashlib.sha256()
    package = ROOT / "src" / "newstrace"
    for path in sorted(package.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(str(path.relative_to(package)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def analyse(records: list[Record], workers: int, use_cache: bool) -> Analysis:
    digest = hashlib.sha256(source_digest().encode())
    for record in records:
        digest.update(json.dumps(record.fields, sort_keys=True).encode())
    path = CACHE / f"giveme5w1h-{digest.hexdigest()[:20]}.pkl"
    if use_cache and path.exists():
        with path.open("rb") as handle:
            cached: Analysis = pickle.load(handle)
        return cached
    started = time.perf_counter()
    print(f"analysing {len(records)} articles (cache: {CACHE})", file=sys.stderr)
    analysis = newstrace.analyze([r.fields for r in records], workers=workers)
    print(f"  analysed in {time.perf_counter() - started:.0f}s", file=sys.stderr)
    CACHE.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as handle:
        pickle.dump(analysis, handle)
    return analysis


# -- mapping -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Candidate:
    event: Event
    articles: frozenset[str]  # newstrace article ids with evidence of this event
    inside: int  # evidence sentences in the gold event's mentions

    def key(self, mentions: frozenset[str]) -> tuple[float, int, int, str]:
        union = len(self.articles | mentions)
        jaccard = len(self.articles & mentions) / union if union else 0.0
        return (-jaccard, -self.inside, -len(self.articles - mentions), self.event.id)


def best_event(
    mentions: frozenset[str], by_article: dict[str, list[Event]], among: set[str] | None = None
) -> Event | None:
    """The system event best overlapping the mentions (module docstring), optionally only
    among the events with evidence in the articles ``among``."""
    pool: dict[str, Event] = {}
    for article in among if among is not None else mentions:
        for event in by_article.get(article, []):
            pool[event.id] = event
    if not pool:
        return None
    candidates = [
        Candidate(
            event,
            frozenset(e.article for e in event.evidence),
            sum(1 for e in event.evidence if e.article in mentions),
        )
        for event in pool.values()
    ]
    return min(candidates, key=lambda c: c.key(mentions)).event


# -- scoring -----------------------------------------------------------------------------


def score(gold: dict[str, Any], analysis: Analysis, ids: dict[str, str]) -> dict[str, Any]:
    by_article: dict[str, list[Event]] = {}
    for event in analysis.events:
        for article in dict.fromkeys(e.article for e in event.evidence):
            by_article.setdefault(article, []).append(event)
    names = {entity.id: entity.name for entity in analysis.entities}
    stem_of = {ids[stem]: stem[:10] for stem in ids}
    details, gold_labels, predicted_labels = [], {}, {}
    for event in gold["events"]:
        stems = [a["id"] for a in event["articles"] if a["role"] in MENTION_ROLES]
        mentions = frozenset(ids[s] for s in stems)
        match = best_event(mentions, by_article)
        for stem in stems:
            key = f"{event['event_id']}:{stem}"
            gold_labels[key] = event["event_id"]
            own = best_event(mentions, by_article, among={ids[stem]})
            predicted_labels[key] = own.id if own else f"none:{key}"
        details.append(_detail(event, match, mentions, names, stem_of))
    n = len(details)
    counted = [d for d in details if d["gold"]["independent_sources"] is not None]
    merge = pairwise_scores(gold_labels, predicted_labels)
    covered = sum(1 for label in predicted_labels.values() if not label.startswith("none:"))
    figures = {
        "events": n,
        "mentions": len(gold_labels),
        "events_matched": sum(1 for d in details if d["predicted"]),
        "mentions_with_an_event": covered,
        "events_with_exact_count": len(counted),
        "count_exact": round(sum(d["count_right"] for d in counted) / len(counted), 4),
        "status_right": round(sum(d["status_right"] for d in details) / n, 4),
        "lenient_count_exact": round(sum(d["lenient"][0] for d in counted) / len(counted), 4),
        "lenient_status_right": round(sum(d["lenient"][1] for d in details) / n, 4),
        "events_with_majority_match": sum(1 for d in details if d["majority"]),
        "merge": merge,
        "status_confusion": dict(
            Counter(f"{d['gold']['status']} -> {_status(d)}" for d in details).most_common()
        ),
    }
    return {"figures": figures, "targets": TARGETS, "events": details}


def _status(detail: dict[str, Any]) -> str:
    if not detail["predicted"]:
        return "(no event)"
    if not detail["majority"]:
        return "(minority match only)"
    return str(detail["predicted"]["status"])


def _detail(
    event: dict[str, Any],
    match: Event | None,
    mentions: frozenset[str],
    names: dict[str, str],
    stem_of: dict[str, str],
) -> dict[str, Any]:
    gold = {
        "independent_sources": event["independent_sources"],
        "at_least": event["independent_sources_at_least"],
        "status": event["status"],
        "roots": event["roots"],
        "mentions": len(mentions),
    }
    row: dict[str, Any] = {
        "event_id": event["event_id"],
        "event": event["event"],
        "gold": gold,
        "predicted": None,
        "majority": False,
        "count_right": False,
        "status_right": False,
        "lenient": (False, False),
    }
    if match is None:
        return row
    articles = set(dict.fromkeys(e.article for e in match.evidence))
    row["majority"] = 2 * len(articles & mentions) > len(mentions)
    row["predicted"] = {
        "id": match.id,
        "type": match.type,
        "summary": match.summary[:160],
        "independent_sources": match.independent_sources,
        "status": match.status,
        "status_reason": match.status_reason,
        "origins": [names.get(o, o) for o in match.origins],
        "bases": dict(Counter(e.basis or "?" for e in match.evidence)),
        "articles_in_gold": len(articles & mentions),
        "articles_outside": len(articles - mentions),
        "gold_articles_missed": sorted(stem_of.get(a, a) for a in mentions - articles),
    }
    count = match.independent_sources == event["independent_sources"]
    status = match.status == event["status"]
    row["lenient"] = (count, status)
    row["count_right"] = count and row["majority"]
    row["status_right"] = status and row["majority"]
    return row


# -- report ------------------------------------------------------------------------------


def print_report(result: dict[str, Any]) -> None:
    for row in result["events"]:
        gold, pred = row["gold"], row["predicted"]
        mark = ("C" if row["count_right"] else "-") + ("S" if row["status_right"] else "-")
        count = gold["independent_sources"]
        shown = f">={gold['at_least']}" if count is None else str(count)
        print(f"\n[{mark}] {row['event_id']} {row['event']}  ({gold['mentions']} mentions)")
        print(f"  gold:      {shown} {gold['status']:<13} roots {gold['roots']}")
        if pred is None:
            print("  predicted: no system event has evidence in these articles")
            continue
        print(
            f"  predicted: {pred['independent_sources']} {pred['status']:<13} "
            f"origins {pred['origins']}"
            + (f"  ({pred['status_reason']})" if pred["status_reason"] else "")
        )
        print(
            f"  match:     {pred['type']} {pred['id']}, {pred['articles_in_gold']} of the gold "
            f"articles + {pred['articles_outside']} outside, bases {pred['bases']}"
            + ("" if row["majority"] else "  [minority: not counted]")
        )
        print(f"             {pred['summary']!r}")
    figures = result["figures"]
    merge = figures["merge"]
    print(
        f"\n{figures['events']} gold events, {figures['mentions']} mentions; "
        f"{figures['events_matched']} events ({figures['events_with_majority_match']} by a "
        f"majority of their mentions) and {figures['mentions_with_an_event']} mentions have a "
        "system event"
    )
    print("status (gold -> predicted):")
    for pair, count in figures["status_confusion"].items():
        print(f"  {count:3d}  {pair}")
    print(
        f"independent-source count exact {figures['count_exact']:.1%} (target 80%; "
        f"{figures['events_with_exact_count']} events with an exact gold count)\n"
        f"status right                   {figures['status_right']:.1%} (target 85%)\n"
        f"event merge pairwise P/R/F1    {merge['precision']:.3f} / {merge['recall']:.3f} / "
        f"{merge['f1']:.3f} (target F1 0.85)\n"
        f"lenient (any overlap counts as the match): count {figures['lenient_count_exact']:.1%}, "
        f"status {figures['lenient_status_right']:.1%}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=Path, help="write figures and per-event details here")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--no-cache", action="store_true", help="analyse again, ignore the cache")
    args = parser.parse_args()
    if not GIVEME.is_dir():
        refuse(f"{GIVEME} is missing: the gold set is scored on giveme5w1h news_cluster")
    gold = load_gold()
    records, _ = giveme_records()
    by_stem = {r.key: r for r in records}
    check_texts(gold, by_stem)
    analysis = analyse(records, args.workers, not args.no_cache)
    ids = {r.key: r.article_id for r in records}
    stored = {article.id for article in analysis.articles}
    lost = [a["id"] for e in gold["events"] for a in e["articles"] if ids[a["id"]] not in stored]
    if lost:
        refuse(f"{len(lost)} gold articles are missing from the analysis (e.g. {lost[0]})")
    result = score(gold, analysis, ids)
    print_report(result)
    if args.json:
        args.json.write_text(json.dumps(result, indent=1, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
