"""Precision on real news, judged by reading: entities, attributions and responses.

Run from the project root:
    PYTHONPATH=src .venv/bin/python bench/precision.py [--limit N] [--lang en,ar,fa]
        [--unjudged FILE] [--add FILE] [--json OUT]

Sample: a fixed-seed sample of articles per language from ``../shared/datasets``:
en = unlabelled-en-tehrantimes + unlabelled-en-allsides (alternating), ar = saudinewsnet-ar,
fa = unlabelled-fa-farsnews. Each article is known by a dataset id (``tehrantimes:<site id>``,
``allsides:<ID>``, ``saudinewsnet:<zip>#<index>``, ``farsnews:<line>``); ``--limit N`` takes
the first N of the sample, so a longer run extends a shorter one.

Predictions: every sampled article goes through ``newstrace.analyze``; its predictions are
keyed by (article id, kind, character offsets into the article text):
- entity: a mention's span, with its entity's type;
- attribution: the cue span and the source span (empty when the finder gave no source);
- response: the cue span and the party span, with the stance.

Judgments: ``bench/data/precision/<lang>.tsv``, one row per judged prediction, never the text
(columns: article, kind, start, end, start2, end2, predicted, v1, v2, correct, note):
- entity: v1 = valid name (y/n), v2 = right type (y/n, only for valid names), correct = the
  right type when v2 is n;
- attribution: v1 = cue right (y/n), v2 = source right (y/n);
- response: v1 = stance right (y/n), v2 = party right (y/n or empty), correct = right stance.
The guideline is docs/precision-guideline.md. A judgment is about the text, so it stays valid
for later runs; a prediction whose offsets or label changed is a new, unjudged row.

Scores per language (with the number judged):
- entity precision = valid names / judged mentions; type accuracy = right types / valid names;
- attribution precision = (cue and source both right) / judged attributions;
- response stance accuracy = right stances / judged responses.
Predictions of this run that have no judgment are counted and, with ``--unjudged FILE``,
written as TSV rows with the text shown for the judge (span, source/party, sentence); fill
in v1/v2/correct and add them with ``--add FILE`` (the text columns are dropped). ``--errors FILE``
writes the predictions judged wrong in the same shape, judgments filled in, for error analysis.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import random
import sys
import zipfile
from collections import defaultdict
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DATASETS = ROOT.parent / "shared" / "datasets"
JUDGED = ROOT / "bench" / "data" / "precision"
SEED = 12
LANGS = ("en", "ar", "fa")
COLUMNS = (
    "article",
    "kind",
    "start",
    "end",
    "start2",
    "end2",
    "predicted",
    "v1",
    "v2",
    "correct",
    "note",
)
SHOWN = ("span", "span2", "context", "sentence")


@dataclass(frozen=True)
class Record:
    """One sampled article: its dataset id, language and the fields given to analyze."""

    key: str
    lang: str
    title: str
    text: str


def _jsonl(path: Path) -> list[dict[str, Any]]:
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _pick(n_items: int, salt: str) -> list[int]:
    """A fixed permutation of record indexes (seeded per dataset, so datasets are independent)."""
    order = list(range(n_items))
    random.Random(f"{SEED}:{salt}").shuffle(order)
    return order


def _usable(text: Any) -> bool:
    # A news article, not an empty page or a one-line stub: keeps the sample readable.
    return isinstance(text, str) and 300 <= len(text) <= 6000


def _tehrantimes(limit: int) -> list[Record]:
    rows = _jsonl(DATASETS / "unlabelled-en-tehrantimes" / "articles.jsonl.gz")
    out = [
        Record(
            f"tehrantimes:{rows[i]['id']}", "en", str(rows[i].get("slug") or ""), rows[i]["text"]
        )
        for i in _pick(len(rows), "tehrantimes")
        if _usable(rows[i].get("text"))
    ]
    return out[:limit]


def _allsides(limit: int) -> list[Record]:
    rows = _jsonl(DATASETS / "unlabelled-en-allsides" / "articles.jsonl.gz")
    out = [
        Record(
            f"allsides:{rows[i]['ID']}",
            "en",
            str(rows[i].get("title") or ""),
            rows[i]["content_original"],
        )
        for i in _pick(len(rows), "allsides")
        if _usable(rows[i].get("content_original"))
    ]
    return out[:limit]


def _saudinewsnet(limit: int) -> list[Record]:
    items: list[tuple[str, dict[str, Any]]] = []
    for path in sorted((DATASETS / "saudinewsnet-ar").glob("*.zip")):
        with zipfile.ZipFile(path) as archive:
            for member in sorted(archive.namelist()):
                if not member.endswith(".json"):
                    continue
                records = json.loads(archive.read(member).decode("utf-8"))
                items.extend((f"saudinewsnet:{path.name}#{i}", r) for i, r in enumerate(records))
    out = [
        Record(items[i][0], "ar", str(items[i][1].get("title") or ""), items[i][1]["content"])
        for i in _pick(len(items), "saudinewsnet")
        if _usable(items[i][1].get("content"))
    ]
    return out[:limit]


def _farsnews(limit: int) -> list[Record]:
    rows = _jsonl(DATASETS / "unlabelled-fa-farsnews" / "articles.jsonl.gz")
    out = [
        Record(f"farsnews:{i}", "fa", str(rows[i].get("title") or ""), rows[i]["text"])
        for i in _pick(len(rows), "farsnews")
        if _usable(rows[i].get("text"))
    ]
    return out[:limit]


def sample(limit: int, langs: tuple[str, ...]) -> list[Record]:
    """The first ``limit`` articles per language of the fixed sample."""
    out: list[Record] = []
    if "en" in langs:
        first, second = _tehrantimes(limit), _allsides(limit)
        mixed = [r for pair in zip(first, second, strict=False) for r in pair]
        out.extend(mixed[:limit])
    if "ar" in langs:
        out.extend(_saudinewsnet(limit))
    if "fa" in langs:
        out.extend(_farsnews(limit))
    return out


@dataclass(frozen=True)
class Prediction:
    article: str
    kind: str
    start: int
    end: int
    start2: int | None
    end2: int | None
    predicted: str
    span: str
    span2: str
    sentence: str
    context: str = ""

    @property
    def key(self) -> tuple[str, str, str, str, str, str, str]:
        return _key(
            self.article, self.kind, self.start, self.end, self.start2, self.end2, self.predicted
        )


def _key(article: str, kind: str, *rest: object) -> tuple[str, str, str, str, str, str, str]:
    start, end, start2, end2, predicted = ("" if v is None else str(v) for v in rest)
    return (article, kind, start, end, start2, end2, predicted)


def _span(value: dict[str, Any] | None) -> tuple[int | None, int | None, str]:
    if not value:
        return None, None, ""
    return int(value["start"]), int(value["end"]), str(value["text"])


def predictions(records: list[Record]) -> dict[str, list[Prediction]]:
    """Run the pipeline on the records; predictions per article key."""
    import newstrace

    by_url = {f"https://precision.invalid/{r.key}": r for r in records}
    dicts = [
        {"text": r.text, "title": r.title, "url": u, "language": r.lang} for u, r in by_url.items()
    ]
    analysis = newstrace.analyze(dicts).to_dict()
    types = {e["id"]: e["type"] for e in analysis["entities"]}
    out: dict[str, list[Prediction]] = defaultdict(list)
    article_key: dict[str, str] = {}
    sentences: dict[tuple[str, int], str] = {}
    for article in analysis["articles"]:
        keys = [
            by_url[u].key for u in [article.get("url"), *article.get("paths", [])] if u in by_url
        ]
        if not keys:
            continue
        key = keys[0]
        article_key[article["id"]] = key
        for sent in article["sentences"]:
            sentences[(article["id"], sent["index"])] = sent["text"]
            for att in sent.get("attributions", []):
                c0, c1, ctext = _span(att["cue"])
                s0, s1, stext = _span(att.get("source"))
                assert c0 is not None and c1 is not None
                out[key].append(
                    Prediction(key, "attribution", c0, c1, s0, s1, "", ctext, stext, sent["text"])
                )
            for resp in sent.get("responses", []):
                c0, c1, ctext = _span(resp["cue"])
                p0, p1, ptext = _span(resp.get("party"))
                assert c0 is not None and c1 is not None
                out[key].append(
                    Prediction(
                        key, "response", c0, c1, p0, p1, resp["stance"], ctext, ptext, sent["text"]
                    )
                )
    for entity in analysis["entities"]:
        for mention in entity["mentions"]:
            key = article_key.get(mention["article"])
            if key is None:
                continue
            sentence = sentences.get((mention["article"], mention["sentence"]), "")
            out[key].append(
                Prediction(
                    key,
                    "entity",
                    mention["start"],
                    mention["end"],
                    None,
                    None,
                    types[entity["id"]],
                    mention["text"],
                    "",
                    sentence,
                )
            )
    texts = {
        article_key[a["id"]]: a["text"] for a in analysis["articles"] if a["id"] in article_key
    }
    for key, items in out.items():
        items[:] = [_with_context(p, texts[key]) for p in items]
        items.sort(key=lambda p: (p.start, p.kind, p.end))
    return out


def _with_context(pred: Prediction, text: str) -> Prediction:
    """The span marked [[...]] with 50 characters either side, for the judge."""
    left = text[max(0, pred.start - 50) : pred.start]
    right = text[pred.end : pred.end + 50]
    context = f"{left}[[{text[pred.start : pred.end]}]]{right}"
    return replace(pred, context=context)


def load_judgments(lang: str) -> dict[tuple[str, ...], dict[str, str]]:
    path = JUDGED / f"{lang}.tsv"
    if not path.exists():
        return {}
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    return {
        _key(
            r["article"], r["kind"], r["start"], r["end"], r["start2"], r["end2"], r["predicted"]
        ): r
        for r in rows
    }


def _yes(value: str | None) -> bool:
    return (value or "").strip().lower() == "y"


def score(preds: list[Prediction], judged: dict[tuple[str, ...], dict[str, str]]) -> dict[str, Any]:
    """Precision figures over this run's judged predictions; the unjudged ones listed."""
    counts: dict[str, int] = defaultdict(int)
    unjudged: list[Prediction] = []
    wrong: list[tuple[Prediction, dict[str, str]]] = []
    for pred in preds:
        row = judged.get(pred.key)
        if row is None or not (row.get("v1") or "").strip():
            unjudged.append(pred)
            continue
        counts[pred.kind] += 1
        if pred.kind == "entity":
            right = _yes(row["v1"]) and _yes(row["v2"])
            if _yes(row["v1"]):
                counts["entity_valid"] += 1
                counts["entity_right_type"] += _yes(row["v2"])
        elif pred.kind == "attribution":
            right = _yes(row["v1"]) and _yes(row["v2"])
            counts["attribution_right"] += right
            counts["attribution_cue_right"] += _yes(row["v1"])
        else:
            right = _yes(row["v1"])
            counts["response_right"] += right
        if not right:
            wrong.append((pred, row))

    def ratio(num: str, den: str) -> float | None:
        return round(counts[num] / counts[den], 4) if counts[den] else None

    return {
        "entity_precision": ratio("entity_valid", "entity"),
        "entities_judged": counts["entity"],
        "type_accuracy": ratio("entity_right_type", "entity_valid"),
        "valid_names": counts["entity_valid"],
        "attribution_precision": ratio("attribution_right", "attribution"),
        "attribution_cue_precision": ratio("attribution_cue_right", "attribution"),
        "attributions_judged": counts["attribution"],
        "response_stance_accuracy": ratio("response_right", "response"),
        "responses_judged": counts["response"],
        "unjudged": len(unjudged),
        "_unjudged": unjudged,
        "_wrong": wrong,
    }


def write_unjudged(
    path: Path, items: list[Prediction], rows: list[dict[str, str]] | None = None
) -> None:
    """Predictions as TSV rows with their text shown; with ``rows``, their judgments filled in."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
        writer.writerow([*COLUMNS, *SHOWN])
        for i, p in enumerate(items):
            row = rows[i] if rows else {}
            shown = [p.span, p.span2, p.context, p.sentence]
            shown = [" ".join(s.split()) for s in shown]
            writer.writerow(
                [
                    p.article,
                    p.kind,
                    p.start,
                    p.end,
                    "" if p.start2 is None else p.start2,
                    "" if p.end2 is None else p.end2,
                    p.predicted,
                    *(row.get(c, "") for c in ("v1", "v2", "correct", "note")),
                    *shown,
                ]
            )


LANG_OF = {"tehrantimes": "en", "allsides": "en", "saudinewsnet": "ar", "farsnews": "fa"}


def add(path: Path) -> int:
    """Append the filled-in rows of an unjudged file to the language files, text dropped."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = [r for r in csv.DictReader(handle, delimiter="\t") if (r.get("v1") or "").strip()]
    by_lang: dict[str, list[dict[str, str]]] = defaultdict(list)
    for row in rows:
        by_lang[LANG_OF[row["article"].split(":", 1)[0]]].append(row)
    for lang, items in by_lang.items():
        target = JUDGED / f"{lang}.tsv"
        known = load_judgments(lang)
        fresh = target.exists()
        with target.open("a", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
            if not fresh:
                writer.writerow(COLUMNS)
            for row in items:
                k = _key(*(row[c] for c in COLUMNS[:7]))
                if k in known:
                    continue
                writer.writerow([(row.get(c) or "").strip() for c in COLUMNS])
    return len(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=100, help="articles per language")
    parser.add_argument("--lang", default=",".join(LANGS))
    parser.add_argument("--unjudged", type=Path, help="write unjudged predictions here (TSV)")
    parser.add_argument("--add", type=Path, help="append a filled-in unjudged TSV to the judgments")
    parser.add_argument("--json", type=Path, help="write the figures as JSON here")
    parser.add_argument(
        "--errors", type=Path, help="write the predictions judged wrong here (TSV, with text)"
    )
    args = parser.parse_args(argv)
    if args.add:
        print(f"{add(args.add)} judged rows read from {args.add}")
        return 0
    langs = tuple(x for x in args.lang.split(",") if x)
    records = sample(args.limit, langs)
    preds = predictions(records)
    figures: dict[str, Any] = {}
    all_unjudged: list[Prediction] = []
    all_wrong: list[tuple[Prediction, dict[str, str]]] = []
    for lang in langs:
        keys = [r.key for r in records if r.lang == lang]
        lang_preds = [p for k in keys for p in preds.get(k, [])]
        result = score(lang_preds, load_judgments(lang))
        all_unjudged.extend(result.pop("_unjudged"))
        all_wrong.extend(result.pop("_wrong"))
        judged_articles = {k[0] for k in load_judgments(lang)} & set(keys)
        result["articles"] = len(keys)
        result["articles_judged"] = len(judged_articles)
        figures[lang] = result
        print(f"[{lang}] articles {len(keys)} (with judgments {len(judged_articles)})")
        for name, den in (
            ("entity_precision", "entities_judged"),
            ("type_accuracy", "valid_names"),
            ("attribution_precision", "attributions_judged"),
            ("attribution_cue_precision", "attributions_judged"),
            ("response_stance_accuracy", "responses_judged"),
        ):
            value = result[name]
            shown = "-" if value is None else f"{value:.3f}"
            print(f"  {name:28s} {shown:>6s}  (n={result[den]})")
        print(f"  unjudged predictions         {result['unjudged']}")
    if args.unjudged:
        write_unjudged(args.unjudged, all_unjudged)
        print(f"{len(all_unjudged)} unjudged predictions written to {args.unjudged}")
    if args.errors:
        write_unjudged(args.errors, [p for p, _ in all_wrong], [r for _, r in all_wrong])
        print(f"{len(all_wrong)} predictions judged wrong written to {args.errors}")
    if args.json:
        args.json.write_text(
            json.dumps({"limit": args.limit, "seed": SEED, "figures": figures}, indent=2)
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
