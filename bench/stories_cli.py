"""Stories through the command line, whatever order the files come in (giveme5w1h).

Run from the project root:
    .venv/bin/python bench/stories_cli.py [--shuffles 3] [--json OUT]

A user points ``newstrace analyze`` at a folder; the folder's listing order is an accident
of file names. This bench copies giveme5w1h ``news_cluster`` (383 English articles, 69 gold
events, one JSON file each) into a temporary folder under new file names in a seeded random
order, runs ``newstrace analyze FOLDER --json OUT`` as a user would (a subprocess, the JSON
files read by the CLI's own readers), and scores the stories of the analysis JSON against the
gold EventId: pairwise P/R/F1 (the Priberam convention, as bench/clusters.py) and B-cubed.
Each shuffle uses another seed (1, 2, 3, ...); the figures of every shuffle are printed, and
whether they are all equal (they should be: stories must not depend on input order).
Articles are matched to their gold event by URL (two files hold the same text and so are one
article: 382 are scored).
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from clusters import bcubed_scores, pairwise_scores

ROOT = Path(__file__).resolve().parent.parent
GIVEME = ROOT.parent / "shared" / "datasets" / "giveme5w1h" / "news_cluster"


def gold_events() -> dict[str, tuple[Path, int]]:
    """URL -> (file, gold EventId) for every news_cluster article."""
    found: dict[str, tuple[Path, int]] = {}
    for path in sorted(GIVEME.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        found[data["url"]] = (path, int(data["newsCluster"]["EventId"]))
    return found


def run_shuffle(seed: int, gold: dict[str, tuple[Path, int]], workdir: Path) -> dict:
    """Copy the files under shuffled names, analyse the folder with the CLI, score it."""
    folder = workdir / f"shuffle-{seed}"
    folder.mkdir()
    urls = list(gold)
    random.Random(seed).shuffle(urls)
    for number, url in enumerate(urls):
        shutil.copyfile(gold[url][0], folder / f"{number:04d}.json")
    out = workdir / f"analysis-{seed}.json"
    cli = Path(sys.executable).parent / "newstrace"
    started = time.perf_counter()
    subprocess.run([str(cli), "analyze", str(folder), "--json", str(out), "-q"], check=True)
    seconds = time.perf_counter() - started
    analysis = json.loads(out.read_text(encoding="utf-8"))
    story_of = {a: s["id"] for s in analysis["stories"] for a in s["articles"]}
    predicted: dict[str, str] = {}
    truth: dict[str, int] = {}
    for article in analysis["articles"]:
        url = article.get("url")
        if url in gold:
            predicted[url] = story_of.get(article["id"], f"alone:{article['id']}")
            truth[url] = gold[url][1]
    return {
        "seed": seed,
        "articles": len(truth),
        "stories": len(set(predicted.values())),
        "pairwise": pairwise_scores(truth, predicted),
        "bcubed": bcubed_scores(truth, predicted),
        "seconds": round(seconds, 1),
        "assignment": sorted(predicted.items()),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shuffles", type=int, default=3)
    parser.add_argument("--json", type=Path, help="write the figures as JSON here")
    args = parser.parse_args(argv)
    if not GIVEME.is_dir():
        print(f"needs {GIVEME} (../shared/datasets beside the checkout)", file=sys.stderr)
        return 2
    gold = gold_events()
    results = []
    with tempfile.TemporaryDirectory(prefix="newstrace-stories-cli-") as tmp:
        for seed in range(1, args.shuffles + 1):
            result = run_shuffle(seed, gold, Path(tmp))
            results.append(result)
            p, b = result["pairwise"], result["bcubed"]
            print(
                f"shuffle {seed}: {result['articles']} articles, {result['stories']} stories; "
                f"pairwise P {p['precision']:.3f} R {p['recall']:.3f} F1 {p['f1']:.3f}; "
                f"B-cubed F1 {b['f1']:.3f}; {result['seconds']} s"
            )
    same = all(r["assignment"] == results[0]["assignment"] for r in results)
    print(f"same stories in every shuffle: {'yes' if same else 'NO'}")
    print(f"machine: {platform.machine()}, Python {platform.python_version()}")
    if args.json:
        figures = [{k: v for k, v in r.items() if k != "assignment"} for r in results]
        args.json.write_text(json.dumps({"shuffles": figures, "same": same}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
