"""Entity-level scoring of the shipped models on gold tokenisation (used by bench and tests).

Scoring is conlleval-style exact match: a predicted entity counts only when its first token,
last token and type all equal a gold entity's. Predictions are made on the corpus's own
tokens (spaCy Docs built from the gold words), so tokenizer differences do not blur the
comparison between models; ``recognise`` on raw text is what the runtime uses.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from ner_corpora import LABELS, Sentence, documents

from newstrace.entities import ner


@dataclass(slots=True)
class Counts:
    """True positives, predicted and gold entity counts for one label (or all)."""

    tp: int = 0
    predicted: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.tp / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {
            "precision": round(100 * self.precision, 2),
            "recall": round(100 * self.recall, 2),
            "f1": round(100 * self.f1, 2),
            "gold": self.gold,
            "predicted": self.predicted,
            "tp": self.tp,
        }


@dataclass(slots=True)
class Score:
    """Overall (micro-averaged) and per-label counts."""

    overall: Counts = field(default_factory=Counts)
    per_label: dict[str, Counts] = field(
        default_factory=lambda: {label: Counts() for label in LABELS}
    )

    def add(self, gold: set[tuple[int, int, str]], predicted: set[tuple[int, int, str]]) -> None:
        """Add one sentence's gold and predicted entity sets."""
        for label, counts in self.per_label.items():
            g = {e for e in gold if e[2] == label}
            p = {e for e in predicted if e[2] == label}
            counts.tp += len(g & p)
            counts.gold += len(g)
            counts.predicted += len(p)
        self.overall.tp += len(gold & predicted)
        self.overall.gold += len(gold)
        self.overall.predicted += len(predicted)

    def as_dict(self) -> dict[str, object]:
        return {
            "overall": self.overall.as_dict(),
            "per_label": {k: v.as_dict() for k, v in self.per_label.items()},
        }


def predict_gold_tokens(sentences: Sequence[Sentence], language: str) -> list[set]:
    """Predicted entities (token start, end, model label) for each sentence's gold tokens.

    The CRF reads its sentences by document (the corpus's own documents), as at run time.
    """
    crf_tagger = ner.tagger(language)
    if crf_tagger is not None:
        out: list[set] = []
        for doc in documents(sentences):
            out.extend(set(spans) for spans in crf_tagger.spans([s.words for s in doc]))
        return out
    from spacy.tokens import Doc

    nlp = ner._pipeline(language)  # the same cached, NER-only pipeline recognise() uses
    if nlp is None:
        raise LookupError(f"no NER model shipped for {language!r}")
    docs = (Doc(nlp.vocab, words=list(s.words)) for s in sentences)
    return [
        {(ent.start, ent.end, ent.label_) for ent in doc.ents}
        for doc in nlp.pipe(docs, batch_size=256)
    ]


def evaluate(sentences: Sequence[Sentence], language: str) -> Score:
    """Exact-match entity scores of the shipped model on these gold sentences."""
    score = Score()
    for sentence, predicted in zip(
        sentences, predict_gold_tokens(sentences, language), strict=True
    ):
        score.add(set(sentence.spans), predicted)
    return score
