"""Build the small bilingual dictionaries that translation detection reads (issue 13).

Run from the project root (a few seconds; reads ../shared/datasets, writes the tables where
the runtime looks for them, :func:`newstrace.lang.bilingual.data_dir`: under ``.venv``):

    .venv/bin/python training/dictionaries/build.py            # or: make dictionaries
    .venv/bin/python training/dictionaries/build.py --words 6000 --out DIR
    .venv/bin/python training/dictionaries/build.py --if-available   # make demo / make test

The tables are never committed: the MUSE dictionaries are CC BY-NC 4.0 and the project copies
no dataset into the repository, so each user builds them from the datasets they have (the
attribution and licence of what is built: ``training/dictionaries/SOURCE.txt``, copied beside
the tables). ``--if-available`` exits quietly with a note when ../shared is absent: translation
detection then falls back to anchors.

Inputs, read in place (nothing is downloaded):

* ``muse-dictionaries``: the MUSE ground-truth dictionaries (Conneau et al. 2018; CC BY-NC 4.0),
  ``xx-en`` and ``en-xx`` for xx in ar, fa, de, es, fr. Lines are ``TARGET @ SOURCE`` and the
  ``xx-en`` file lists its source words most frequent first, so its first words are the
  common vocabulary of news;
* ``ud-treebanks/en_ewt`` (train split; CC BY-SA 4.0): the part of speech and lemma of every
  English form, to tell content words (nouns, verbs, adjectives, names) from function words
  and to fold the forms of one English word onto its lemma ("arrested", "arrests" ->
  "arrest"). The PUD treebanks that bench/translations.py scores on are never read here.

Output: ``<xx>-en.tsv.gz`` (one line per folded source word: the word,
a tab, its English lemmas separated by spaces; no lemma: a function word) and ``en.tsv.gz``
(an English form, a tab, its lemma; no lemma: a function word). Words are folded as the
runtime folds text (:func:`newstrace.lang.fold.fold`). Only the ``--words`` most frequent
source words of each language are kept, and only English lemmas some kept word maps to, so
the five files stay small (about 60 KB each).
"""

from __future__ import annotations

import argparse
import gzip
from collections import Counter, defaultdict
from pathlib import Path

from newstrace.lang.bilingual import data_dir
from newstrace.lang.fold import fold

ROOT = Path(__file__).resolve().parents[2]
DATASETS = ROOT.parent / "shared" / "datasets"
MUSE = DATASETS / "muse-dictionaries"
EWT = DATASETS / "ud-treebanks" / "en_ewt" / "en_ewt-ud-train.conllu"
SOURCE = Path(__file__).with_name("SOURCE.txt")
LANGUAGES = ("ar", "fa", "de", "es", "fr")
# Parts of speech that carry what a sentence is about; adverbs ("also", "not", "now") and
# numerals (the anchors cover numbers) do not tell one sentence from another.
CONTENT = frozenset({"NOUN", "VERB", "ADJ", "PROPN"})


def english() -> tuple[dict[str, str], set[str]]:
    """(folded form -> lemma of its content readings, function-word forms) from EWT."""
    tags: dict[str, Counter[str]] = defaultdict(Counter)
    lemmas: dict[str, Counter[str]] = defaultdict(Counter)
    with EWT.open(encoding="utf-8") as handle:
        for line in handle:
            columns = line.rstrip("\n").split("\t")
            if len(columns) != 10 or not columns[0].isdigit():
                continue
            form, lemma, tag = fold(columns[1]), fold(columns[2]), columns[3]
            tags[form][tag] += 1
            if tag in CONTENT:
                lemmas[form][lemma] += 1
    function = {form for form, counts in tags.items() if _mostly_function(counts)}
    lemma_of = {
        form: counts.most_common(1)[0][0] for form, counts in lemmas.items() if form not in function
    }
    return lemma_of, function


def _mostly_function(counts: Counter[str]) -> bool:
    content = sum(n for tag, n in counts.items() if tag in CONTENT)
    return sum(counts.values()) - content > content


def read_pairs(path: Path) -> list[tuple[str, str]]:
    """(source, target) pairs of a ``TARGET @ SOURCE`` file, in the file's order."""
    pairs = []
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            target, _, source = line.rstrip("\n").partition(" @ ")
            if source and target:
                pairs.append((fold(source.strip()), fold(target.strip())))
    return pairs


def key(word: str, lemma_of: dict[str, str], lemmas: set[str]) -> str:
    """The English key of a form: its EWT lemma, else the form without a regular ending
    when that is a lemma ("shoulders" -> "shoulder"), else the form."""
    if word in lemma_of:
        return lemma_of[word]
    for ending, replacement in (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"),
                                ("ing", ""), ("ing", "e")):  # fmt: skip
        if word.endswith(ending) and (stem := word[: -len(ending)] + replacement) in lemmas:
            return stem
    return word


def language(
    code: str, words: int, lemma_of: dict[str, str], function: set[str], lemmas: set[str]
) -> dict[str, tuple[str, ...]]:
    """Source word -> English lemmas (empty: a function word), the ``words`` most frequent."""
    targets: dict[str, list[str]] = defaultdict(list)
    rank: dict[str, int] = {}
    for position, (source, target) in enumerate(read_pairs(MUSE / f"{code}-en.dict.gz")):
        targets[source].append(target)
        rank.setdefault(source, position)
    # en-xx adds the translations the other direction found, and words only it has ("le",
    # "el" are no source word of fr-en, es-en); both files list their most frequent first
    for position, (source, target) in enumerate(read_pairs(MUSE / f"en-{code}.dict.gz")):
        targets[target].append(source)
        rank[target] = min(rank.get(target, position), position)
    kept: dict[str, tuple[str, ...]] = {}
    for source in sorted(targets, key=lambda w: (rank[w], w)):
        english_words = targets[source]
        if len(kept) >= words:
            break
        if any(c.isdigit() for c in source) or len(source) < 2:
            continue
        content = [w for w in english_words if w not in function and w.isalpha()]
        if len(content) * 2 <= len(english_words):
            content = []  # mostly a function word ("در": in, at, on; rarely "door")
        kept[source] = tuple(sorted({key(w, lemma_of, lemmas) for w in content}))
    return kept


def write(path: Path, rows: dict[str, tuple[str, ...]]) -> None:
    text = "".join(f"{word}\t{' '.join(keys)}\n" for word, keys in sorted(rows.items()))
    # mtime=0: the same inputs give the same bytes
    with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as handle:
        handle.write(text.encode("utf-8"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--words", type=int, default=8000, help="source words per language")
    parser.add_argument(
        "--out", type=Path, default=None, help="where to write (default: data_dir())"
    )
    parser.add_argument("--if-available", action="store_true",
                        help="without ../shared/datasets, say so and exit 0")  # fmt: skip
    args = parser.parse_args()
    if not (MUSE.is_dir() and EWT.is_file()):
        note = f"bilingual dictionaries not built: {MUSE} or {EWT} is absent"
        if args.if_available:
            print(f"{note} (translation detection falls back to anchors)")
            return
        raise SystemExit(note)
    out = args.out or data_dir()
    if args.if_available and (out / "en.tsv.gz").is_file():
        print(f"bilingual dictionaries already built in {out}")
        return
    lemma_of, function = english()
    # what a regular ending may be stripped to: an EWT lemma or a dictionary's English word
    targets = {t for code in LANGUAGES for _, t in read_pairs(MUSE / f"{code}-en.dict.gz")}
    lemmas = set(lemma_of.values()) | targets
    out.mkdir(parents=True, exist_ok=True)
    (out / "SOURCE.txt").write_text(SOURCE.read_text(encoding="utf-8"), encoding="utf-8")
    vocabulary: set[str] = set()
    for code in LANGUAGES:
        kept = language(code, args.words, lemma_of, function, lemmas)
        vocabulary.update(k for keys in kept.values() for k in keys)
        write(out / f"{code}-en.tsv.gz", kept)
        print(f"{code}: {len(kept)} words, {sum(1 for k in kept.values() if not k)} function")
    # English: the function words, and the forms (of EWT and of the dictionaries' English
    # side) whose key differs from the form and is a kept key
    rows: dict[str, tuple[str, ...]] = {w: () for w in function if w.isalpha()}
    for form in sorted(set(lemma_of) | targets):
        lemma = key(form, lemma_of, lemmas)
        if lemma != form and lemma in vocabulary and form.isalpha() and form not in rows:
            rows[form] = (lemma,)
    write(out / "en.tsv.gz", rows)
    print(f"en: {len(rows)} forms, {len(function)} function words, {len(vocabulary)} lemmas")
    for path in sorted(out.glob("*.tsv.gz")):
        print(f"  {path}: {path.stat().st_size // 1024} KB")


if __name__ == "__main__":
    main()
