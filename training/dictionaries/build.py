"""Build the small bilingual dictionaries that translation detection reads (issue 13).

Run from the project root (a few seconds; reads ../shared/datasets, writes the tables where
the runtime looks for them, :func:`newstrace.lang.bilingual.data_dir`: under ``.venv``):

    .venv/bin/python training/dictionaries/build.py            # or: make dictionaries
    .venv/bin/python training/dictionaries/build.py --words 8000 --out DIR
    .venv/bin/python training/dictionaries/build.py --if-available   # make demo / make test

The tables are never committed: the MUSE dictionaries are CC BY-NC 4.0 and the project copies
no dataset into the repository, so each user builds them from the datasets they have (the
attribution and licence of what is built: ``training/dictionaries/SOURCE.txt``, copied beside
the tables). ``--if-available`` exits quietly with a note when ../shared is absent (translation
detection then falls back to anchors), and builds only when the tables are missing or were
built with other settings (``BUILD.txt`` beside them records the words, languages and
enclitics), so a checkout whose defaults changed rebuilds on the next ``make test``.

Inputs, read in place (nothing is downloaded):

* ``muse-dictionaries``: the MUSE ground-truth dictionaries (Conneau et al. 2018; CC BY-NC 4.0),
  ``xx-en`` and ``en-xx`` for xx in ar, fa, de, es, fr, pl, tr. Lines are ``TARGET @ SOURCE``
  and the ``xx-en`` file lists its source words most frequent first, so its first words are the
  common vocabulary of news;
* ``ud-treebanks/en_ewt`` (train split; CC BY-SA 4.0): the part of speech and lemma of every
  English form, to tell content words (nouns, verbs, adjectives, names) from function words
  and to fold the forms of one English word onto its lemma ("arrested", "arrests" ->
  "arrest"). The PUD treebanks that bench/translations.py scores on are never read here.

Output: ``<xx>-en.tsv.gz`` (one line per folded source word: the word,
a tab, its English lemmas separated by spaces; no lemma: a function word) and ``en.tsv.gz``
(an English form, a tab, its lemma; no lemma: a function word). Words are folded as the
runtime folds text (:func:`newstrace.lang.fold.fold`). Only the ``--words`` most frequent
source words of each language are kept (``--words 0``: all), and only English lemmas some
kept word maps to; an Arabic content word is also stored with its commonest attached
pronouns ("ه", "ها", "هم"; ``ENCLITICS``). With the defaults the eight files take 1.2 MB,
are built in about 8 s and hold about 46 MB of Python objects once a process has loaded
every table (the 8,000-word tables of five languages: 0.36 MB, 7 s, 11 MB).

Why these defaults (measured; the table of every variant: training/dictionaries/README.md):
on the SemEval-2022 Task 8 training pairs (``bench/clusters.py``) the word count is flat
within noise (Pearson 0.7706 with 8,000 words, 0.7700 with 20,000, 0.7705 with all, five
languages) and Polish and Turkish add 0.0007-0.0017 at every size; on the PUD dev split of
``bench/translations.py`` 20,000 words take translation F1 from 0.698 to 0.733 (all words:
0.735, at three times the memory), and the attached pronouns keep a rewritten Arabic wire
copy a copy (without them a word known in one form and unknown in the other counts against
the match) and raise Arabic recall (PUD dev en->ar F1 0.581 with them, 0.571 without, 0.531 before).
"""

from __future__ import annotations

import argparse
import gzip
import sys
from collections import Counter, defaultdict
from pathlib import Path

from newstrace.lang.bilingual import data_dir
from newstrace.lang.fold import fold

ROOT = Path(__file__).resolve().parents[2]
DATASETS = ROOT.parent / "shared" / "datasets"
MUSE = DATASETS / "muse-dictionaries"
EWT = DATASETS / "ud-treebanks" / "en_ewt" / "en_ewt-ud-train.conllu"
SOURCE = Path(__file__).with_name("SOURCE.txt")
LANGUAGES = ("ar", "fa", "de", "es", "fr", "pl", "tr")
WORDS = 20_000
# Records how the tables were built, so --if-available rebuilds tables of older defaults.
BUILD = "BUILD.txt"
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


# Arabic attached pronouns, folded ("مستودعه": his warehouse): the runtime strips proclitics
# (``word_variants``) but not these, so a table that knows "مستودع" and not "مستودعه" would
# make one inflection of a word known and the other unknown, and a known word without its
# counterpart counts against a match (a rewritten Arabic wire copy failed with 20,000 words).
ENCLITICS = {"ar": ("ه", "ها", "هم")}


def with_enclitics(code: str, kept: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """``kept`` and, for a language with attached pronouns, each content word with each
    pronoun attached, meaning what the word means, where the table has no such form."""
    out = dict(kept)
    for word, meaning in kept.items():
        if meaning and len(word) >= 3:
            for suffix in ENCLITICS.get(code, ()):
                out.setdefault(word + suffix, meaning)
    return out


def settings(words: int) -> str:
    """The BUILD.txt text of a build: what decides its tables."""
    enclitics = " ".join(f"{code}:{'/'.join(s)}" for code, s in sorted(ENCLITICS.items()))
    return f"words {words or 'all'}\nlanguages {' '.join(LANGUAGES)}\nenclitics {enclitics}\n"


def up_to_date(out: Path, words: int) -> bool:
    """Whether ``out`` holds tables built with these settings."""
    stamp = out / BUILD
    return (
        (out / "en.tsv.gz").is_file()
        and stamp.is_file()
        and (stamp.read_text(encoding="utf-8") == settings(words))
    )


def write(path: Path, rows: dict[str, tuple[str, ...]]) -> None:
    text = "".join(f"{word}\t{' '.join(keys)}\n" for word, keys in sorted(rows.items()))
    # mtime=0: the same inputs give the same bytes
    with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as handle:
        handle.write(text.encode("utf-8"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--words", type=int, default=WORDS,
                        help="source words per language (0: all)")  # fmt: skip
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
    if args.if_available and up_to_date(out, args.words):
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
        kept = language(code, args.words or sys.maxsize, lemma_of, function, lemmas)
        kept = with_enclitics(code, kept)
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
    (out / BUILD).write_text(settings(args.words), encoding="utf-8")
    print(f"en: {len(rows)} forms, {len(function)} function words, {len(vocabulary)} lemmas")
    for path in sorted(out.glob("*.tsv.gz")):
        print(f"  {path}: {path.stat().st_size // 1024} KB")


if __name__ == "__main__":
    main()
