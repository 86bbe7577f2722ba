"""tests/builders.py places what it is told where the real stages would."""

from __future__ import annotations

from .builders import Dated, Named, build_article


def test_sentences_cut_at_given_offsets_leave_the_spaces_out():
    article = build_article("One two. Three four", boundaries=[8])
    assert [(s.index, s.text, s.start, s.end) for s in article.sentences] == [
        (0, "One two.", 0, 8),
        (1, "Three four", 9, 19),
    ]


def test_without_offsets_the_real_splitter_cuts_the_text():
    article = build_article("Minister quits\nHe resigned. Dr. Haddad left.")
    assert [s.text for s in article.sentences] == [
        "Minister quits",
        "He resigned.",
        "Dr. Haddad left.",
    ]


def test_dates_and_mentions_point_into_the_article_text():
    article = build_article(
        "Zarif met Haddad on Tuesday. Mohammad Javad Zarif left in May 2024.",
        entities=[Named("Mohammad Javad Zarif", aliases=("Zarif",)), ("Haddad", "person")],
        dates=[Dated("Tuesday", "2025-06-10", relative=True), Dated("May 2024", "2024-05")],
    )
    for mention in article.mentions:
        assert article.text[mention.start : mention.end] == mention.text
        sentence = article.sentences[mention.sentence]
        assert sentence.start <= mention.start < mention.end <= sentence.end
    assert [(m.text, m.local) for m in article.mentions] == [
        ("Zarif", 0),
        ("Haddad", 1),
        ("Mohammad Javad Zarif", 0),
    ]
    first, second = article.sentences
    assert [(d.text, d.value, d.relative) for d in first.dates] == [("Tuesday", "2025-06-10", True)]
    assert [(d.value, article.text[d.start : d.end]) for d in second.dates] == [
        ("2024-05", "May 2024")
    ]
