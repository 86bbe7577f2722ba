"""Snapshot everything a user reads, to prove a refactor changes no output.

Run from the project root:

    .venv/bin/python bench/snapshot.py --out out/snap-before      # on the old code
    .venv/bin/python bench/snapshot.py --out out/snap-after       # on the new code
    .venv/bin/python bench/snapshot.py --compare out/snap-before out/snap-after

A snapshot holds, for the bundled examples, the analysis JSON, the outputs of ``stats``,
``stories`` and ``timeline``, and the HTML and Markdown reports; and the analysis JSON of a
fixed multilingual corpus drawn from ``../shared/datasets`` (150 SaudiNewsNet articles, 30
SemEval-2022 texts in each of its ten languages, 60 giveme5w1h articles, 60 FarsNews
articles; skipped with a message when the datasets are absent). JSON is written with sorted
keys, and each entity's ``merges`` sorted: their order follows set iteration, which varies
between runs while the merges themselves do not.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATASETS = ROOT.parent / "shared" / "datasets"
FILES = (
    "examples.json",
    "stats.txt",
    "stories.txt",
    "timeline.txt",
    "report.html",
    "report.md",
    "corpus.json",
)


def _corpus_records() -> list[dict[str, str | None]]:
    """The fixed multilingual corpus, in a fixed order."""
    records: list[dict[str, str | None]] = []
    with zipfile.ZipFile(DATASETS / "saudinewsnet-ar" / "2015-07-21.zip") as archive:
        day = json.loads(archive.read(archive.namelist()[0]))
    for item in day[:150]:
        records.append(
            {
                "text": item.get("content") or "",
                "title": item.get("title"),
                "url": item.get("url"),
                "date": (item.get("date_extracted") or "")[:10],
                "outlet": item.get("source"),
            }
        )
    csv.field_size_limit(10**8)
    per_language: dict[str, int] = {}
    with open(DATASETS / "semeval2022-task8-sample" / "training_set.csv", newline="") as f:
        for row in csv.DictReader(f):
            for side in ("1", "2"):
                language, text = row["lang" + side], row["text" + side]
                if per_language.get(language, 0) >= 30 or len(text) < 300:
                    continue
                per_language[language] = per_language.get(language, 0) + 1
                records.append({"text": text, "date": f"2020-05-0{1 + len(records) % 9}"})
    for path in sorted((DATASETS / "giveme5w1h" / "news_cluster").glob("*.json"))[:60]:
        item = json.loads(path.read_text(encoding="utf-8"))
        records.append(
            {
                "text": item.get("text") or "",
                "title": item.get("title"),
                "url": item.get("url"),
                "date": (item.get("date_publish") or "")[:10],
            }
        )
    with gzip.open(DATASETS / "unlabelled-fa-farsnews" / "articles.jsonl.gz", "rt") as f:
        for number, line in enumerate(f):
            if number >= 60:
                break
            records.append({k: v for k, v in json.loads(line).items() if isinstance(v, str)})
    return records


def _canonical(path: Path) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    for entity in data.get("entities", []):
        entity["merges"] = sorted(
            entity.get("merges", []), key=lambda m: json.dumps(m, sort_keys=True)
        )
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True), "utf-8")


def _newstrace(*args: str, stdout: Path | None = None) -> None:
    command = [sys.executable, "-m", "newstrace.cli", *args]
    if stdout is None:
        subprocess.run(command, check=False, cwd=ROOT)
    else:
        with stdout.open("w", encoding="utf-8") as out:
            subprocess.run(command, check=True, cwd=ROOT, stdout=out)


def snapshot(out: Path) -> None:
    out = out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    db = out / "examples.db"
    for stale in out.glob("examples.db*"):
        stale.unlink()
    _newstrace("analyze", "examples", "--json", str(out / "examples.json"), "--db", str(db),
               "-q", "-w", "1")  # fmt: skip
    _canonical(out / "examples.json")
    for command in ("stats", "stories", "timeline"):
        _newstrace(command, "--db", str(db), stdout=out / f"{command}.txt")
    _newstrace("report", "--db", str(db), "--html", str(out / "report.html"),
               "--md", str(out / "report.md"))  # fmt: skip
    if not DATASETS.is_dir():
        print(f"{DATASETS} absent: the corpus part of the snapshot is skipped", file=sys.stderr)
        return
    # One relative path for every snapshot: the articles' recorded paths are part of the JSON.
    corpus = Path("out") / "snapshot-corpus.jsonl"
    (ROOT / corpus).parent.mkdir(exist_ok=True)
    with (ROOT / corpus).open("w", encoding="utf-8") as f:
        for record in _corpus_records():
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
    _newstrace("analyze", str(corpus), "--json", str(out / "corpus.json"), "-q", "-w", "2")
    _canonical(out / "corpus.json")


def compare(before: Path, after: Path) -> int:
    differing = 0
    for name in FILES:
        a, b = before / name, after / name
        if not a.exists() and not b.exists():
            continue
        same = a.exists() and b.exists() and a.read_bytes() == b.read_bytes()
        differing += not same
        print(f"{'same   ' if same else 'DIFFERS'}  {name}")
    return 1 if differing else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, help="write a snapshot of the current code here")
    parser.add_argument("--compare", type=Path, nargs=2, metavar=("BEFORE", "AFTER"))
    args = parser.parse_args()
    if args.out:
        snapshot(args.out)
    if args.compare:
        return compare(*args.compare)
    if not (args.out or args.compare):
        parser.error("give --out DIR and/or --compare BEFORE AFTER")
    return 0


if __name__ == "__main__":
    sys.exit(main())
