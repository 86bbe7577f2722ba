"""How often the subjectivity models call neutral text opinion, per language.

Run from the project root:  .venv/bin/python bench/opinion_default.py

The sentences are the UD PUD test sets (the same 1,000 news and encyclopaedia sentences in
each language, read in place from ../shared/datasets/ud-treebanks): text meant to be neutral,
so the share scored at or above ``SUBJECTIVE_THRESHOLD`` is the share a model would wrongly
class as opinion. For each language: its own model where one was trained, and the
multilingual (zero-shot) model. This is why the pipeline uses a model only for the languages
it was trained on and otherwise classes a sentence opinion only on the pack's explicit markers.
"""

from __future__ import annotations

import sys
from pathlib import Path

from newstrace.claims.subjectivity import SUBJECTIVE_THRESHOLD, available_languages, subjectivity

UD = Path(__file__).resolve().parents[1].parent / "shared" / "datasets" / "ud-treebanks"
LANGUAGES = ("en", "de", "es", "fr", "ru", "ar")


def sentences(language: str) -> list[str]:
    path = UD / f"{language}_pud" / f"{language}_pud-ud-test.conllu"
    prefix = "# text = "
    with path.open(encoding="utf-8") as f:
        return [line[len(prefix) :].strip() for line in f if line.startswith(prefix)]


def share_subjective(texts: list[str], language: str | None) -> float:
    scores = subjectivity(texts, language)
    return sum(score >= SUBJECTIVE_THRESHOLD for score in scores) / len(scores)


def main() -> int:
    if not UD.is_dir():
        print(f"skipped: {UD} not found (needs ../shared/datasets beside the checkout)")
        return 0
    own = set(available_languages())
    print(f"UD PUD test sentences scored as opinion (threshold {SUBJECTIVE_THRESHOLD:.2f})")
    print(f"{'lang':<6}{'n':>6}{'own model':>12}{'zero-shot':>12}")
    for language in LANGUAGES:
        texts = sentences(language)
        mine = f"{share_subjective(texts, language):.0%}" if language in own else "-"
        # None picks the multilingual model, as for a language without a model of its own.
        zero_shot = share_subjective(texts, None)
        print(f"{language:<6}{len(texts):>6}{mine:>12}{zero_shot:>12.0%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
