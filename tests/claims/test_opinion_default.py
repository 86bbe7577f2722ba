"""A language without a subjectivity model of its own is never classed opinion by default.
Fictional neutral news sentences."""

from __future__ import annotations

import pytest

from newstrace.models import RawArticle
from newstrace.pipeline import process_article

NEUTRAL = {
    "ru": "Правительство Ульмена во вторник объявило о новом плане строительства дорог. "
    "Работы начнутся в марте и продлятся два года. Мэр города посетил стройку в среду.",
    "zh": "乌尔门市政府周二宣布了新的道路建设计划。工程将于三月开始，持续两年。"
    "市长周三视察了工地。",
    "he": "ממשלת אולמן הודיעה ביום שלישי על תוכנית חדשה לבניית כבישים. "
    "העבודות יתחילו במרץ ויימשכו שנתיים. ראש העיר ביקר באתר ביום רביעי.",
    "it": "Il governo di Ulmen ha annunciato martedì un nuovo piano per costruire strade. "
    "I lavori inizieranno a marzo e dureranno due anni. "
    "Il sindaco ha visitato il cantiere mercoledì.",
}


@pytest.mark.parametrize("language", sorted(NEUTRAL))
def test_neutral_news_is_not_opinion(language: str) -> None:
    raw = RawArticle(text=NEUTRAL[language], path=f"{language}.txt", published="2025-06-12")
    article = process_article(raw)
    assert article.language == language
    assert len(article.sentences) == 3
    assert [s.kind for s in article.sentences if s.kind == "opinion"] == []


# Fictional Arabic wire copy: plain reports the Arabic subjectivity model (cross-validated
# AUC 0.58 on its training data) scores as subjective more often than not.
ARABIC_NEUTRAL = (
    "أعلنت حكومة أولمن يوم الثلاثاء عن خطة جديدة لبناء الطرق. "
    "وستبدأ الأعمال في مارس وتستمر عامين. "
    "وزار رئيس البلدية موقع البناء يوم الأربعاء."
)


def test_weak_model_scores_but_does_not_make_opinions() -> None:
    from newstrace.claims import subjectivity

    assert "ar" in subjectivity.available_languages()
    assert "ar" not in subjectivity.evidence_languages()
    assert {"en", "de"} <= set(subjectivity.evidence_languages())
    raw = RawArticle(text=ARABIC_NEUTRAL, path="ar.txt", published="2025-06-12")
    article = process_article(raw)
    assert article.language == "ar"
    assert all(s.subjectivity is not None for s in article.sentences)
    assert [s.kind for s in article.sentences if s.kind == "opinion"] == []
