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
