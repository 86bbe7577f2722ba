"""Reading the CheckThat! 2025 Task 1 TSV files (shared by train.py and bench/subjectivity.py).

The files are tab-separated with a header (sentence_id, sentence, label, and in some files
extra columns, in varying order). They are not consistently CSV-quoted: most sentences are raw
text, quotes included, but some files wrap a sentence that contains a quote in quotes and
double the inner ones (``"He said ""no""."``), and a few hold a lone quote that a CSV reader
would take for the start of a field running over many lines. So each line is read raw and a
sentence is unwrapped only when it is exactly such a quoted field.
"""

from __future__ import annotations

import csv
from pathlib import Path

DATA = Path(__file__).resolve().parents[3] / "shared" / "datasets" / "checkthat2025-subjectivity"


def unquote(field: str) -> str:
    """``"a ""b"" c"`` -> ``a "b" c``; anything that is not a well-formed quoted field as is."""
    if len(field) >= 2 and field[0] == field[-1] == '"':
        inner = field[1:-1]
        if '"' not in inner.replace('""', ""):
            return inner.replace('""', '"')
    return field


def read_tsv(path: Path) -> list[tuple[str, str, str]]:
    """(sentence_id, sentence, label) per row, in file order."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [(row["sentence_id"], unquote(row["sentence"]), row["label"]) for row in rows]


# ------------------------------------------------------------------ auxiliary training data
# Read in place from ../shared/datasets; for training (and dev comparisons) only, never scored
# as evaluation. Each reader gives (sentence, label) pairs, 1 = SUBJ, mapped to CheckThat!'s
# sense (does the sentence voice its author's own view?) as closely as each set's labels allow
# (see README.md, "Auxiliary data").

SHARED = DATA.parent


def _csv_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def multidimnews() -> list[tuple[str, int]]:
    """MultiDimNews (Färber et al. 2020): news sentences with a subjectivity label."""
    rows = _csv_rows(SHARED / "subjectivity-extra-en" / "19_MultiDimNews" / "preprocessed.csv")
    return [(r["text"].strip(), int(r["label_subj"])) for r in rows if r["text"].strip()]


def babe() -> list[tuple[str, int]]:
    """BABE (Spinde et al. 2021): biased (1) or not; bias by word choice is the author's
    slant, the nearest of its labels to SUBJ."""
    rows = _csv_rows(SHARED / "subjectivity-extra-en" / "10_BABE" / "preprocessed.csv")
    return [(r["text"].strip(), int(r["label"])) for r in rows if r["text"].strip()]


def basil() -> list[tuple[str, int]]:
    """BASIL (Fan et al. 2019): lexical bias (0, loaded words: the author's slant) -> SUBJ; no
    bias (2) -> OBJ; informational bias (1: which facts are told, in neutral words) is left
    out, as it is neither."""
    rows = _csv_rows(SHARED / "subjectivity-extra-en" / "9_BASIL" / "preprocessed.csv")
    mapped = {"0": 1, "2": 0}
    return [
        (r["text"].strip(), mapped[r["label"]])
        for r in rows
        if r["text"].strip() and r["label"] in mapped
    ]


def pang_lee() -> list[tuple[str, int]]:
    """Pang & Lee 2004: review snippets (SUBJ) and plot summaries (OBJ), lower-cased and
    tokenised, film domain."""
    import zipfile

    pairs: list[tuple[str, int]] = []
    with zipfile.ZipFile(SHARED / "nltk-data-subset" / "subjectivity.zip") as archive:
        for name, label in (("quote.tok.gt9.5000", 1), ("plot.tok.gt9.5000", 0)):
            text = archive.read(f"subjectivity/{name}").decode("latin-1")
            pairs += [(line.strip(), label) for line in text.splitlines() if line.strip()]
    return pairs


def mpqa_ar() -> list[tuple[str, int]]:
    """MPQA sentences machine-translated into Arabic (Banea et al. 2010): 0 = subjective,
    1 = objective in the file."""
    rows = _csv_rows(SHARED / "mpqa-ar-mt" / "mpqa-ar.csv")
    return [(r["txt"].strip(), 1 - int(r["sentiment"])) for r in rows if r["txt"].strip()]


def opinion_lexicon() -> dict[str, list[str]]:
    """Hu & Liu's opinion lexicon (CC BY 4.0): {"positive": [...], "negative": [...]}."""
    import zipfile

    words: dict[str, list[str]] = {}
    with zipfile.ZipFile(SHARED / "nltk-data-subset" / "opinion_lexicon.zip") as archive:
        for polarity in ("positive", "negative"):
            text = archive.read(f"opinion_lexicon/{polarity}-words.txt").decode("latin-1")
            words[polarity] = [
                line.strip() for line in text.splitlines() if line.strip() and line[0] != ";"
            ]
    return words


def saudinewsnet_reports(limit: int = 3000) -> list[tuple[str, int]]:
    """Sentences of SaudiNewsNet articles (unlabelled Arabic news, 2015), all taken as OBJ: a
    weak label (news also holds opinion), used at low weight to tell the model what ordinary
    reporting reads like. The first ``limit`` sentences of 8-60 words, in file order."""
    import json
    import re
    import zipfile

    pairs: list[tuple[str, int]] = []
    for path in sorted((SHARED / "saudinewsnet-ar").glob("*.zip")):
        with zipfile.ZipFile(path) as archive:
            for name in archive.namelist():
                for article in json.loads(archive.read(name)):
                    for sentence in re.split(r"(?<=[.!?؟])\s+|\n+", article.get("content") or ""):
                        sentence = sentence.strip()
                        if 8 <= len(sentence.split()) <= 60:
                            pairs.append((sentence, 0))
                            if len(pairs) >= limit:
                                return pairs
    return pairs


AUXILIARY = {
    "en": {"multidimnews": multidimnews, "babe": babe, "basil": basil, "pang_lee": pang_lee},
    "ar": {"mpqa_ar": mpqa_ar, "saudinewsnet": saudinewsnet_reports},
}
