"""The claims stage end to end: fixture articles in, sentence kinds, sources, notes out."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import newstrace
from newstrace.claims import reliability
from newstrace.models import Article, RawArticle
from newstrace.pipeline import process_article

EN = RawArticle(
    text=(
        "Minister quits over dam deal\n\n"
        "AMMAN — Karim Haddad, deputy minister at the Ministry of Water, resigned on Tuesday, "
        "Levant Wire has learned.\n\n"
        "Two officials familiar with the matter said Haddad objected to the tender terms.\n\n"
        '"He refused to sign off on a contract he could not defend," said Leila Nasser, a '
        "member of the water committee.\n\n"
        "The ministry declined to comment.\n\n"
        "The contract was reportedly worth 140 million dinars.\n\n"
        "Photo: Protesters outside the ministry, March 3, 2019.\n\n"
        "This shameful deal is the worst betrayal of the public trust we have ever seen, and "
        "everyone should be outraged by it."
    ),
    path="en.txt",
    title="Minister quits over dam deal",
    outlet="Gulf Daily Echo",
    published="2025-06-12",
    language_hint="en",
)


def _sentence(article: Article, needle: str):
    return next(s for s in article.sentences if needle in s.text)


@pytest.fixture(scope="module")
def en_article() -> Article:
    article = process_article(EN)
    assert isinstance(article, Article)
    return article


def test_sentence_kinds(en_article: Article) -> None:
    assert _sentence(en_article, "Minister quits").kind == "other"  # the headline
    assert _sentence(en_article, "Levant Wire has learned").kind == "attributed"
    assert _sentence(en_article, "Two officials").kind == "attributed"
    assert _sentence(en_article, "said Leila Nasser").kind == "attributed"
    assert _sentence(en_article, "Photo:").kind == "other"
    assert _sentence(en_article, "shameful deal").kind == "opinion"


def test_hedge_marked(en_article: Article) -> None:
    sentence = _sentence(en_article, "reportedly")
    assert sentence.hedged
    assert [h.text for h in sentence.hedges] == ["reportedly"]
    hedge = sentence.hedges[0]
    assert en_article.text[hedge.start : hedge.end] == "reportedly"


def test_named_source_is_the_entity(en_article: Article) -> None:
    sentence = _sentence(en_article, "said Leila Nasser")
    (attribution,) = [a for a in sentence.attributions if not a.nested]
    assert attribution.source is not None and "Leila Nasser" in attribution.source.text
    mention = next(m for m in en_article.mentions if m.text == "Leila Nasser")
    assert attribution.local == mention.local
    assert attribution.quote


def test_anonymous_source_entity(en_article: Article) -> None:
    sentence = _sentence(en_article, "Two officials")
    (attribution,) = sentence.attributions
    assert attribution.anonymous
    anonymous = [m for m in en_article.mentions if m.anonymous]
    assert anonymous and all(m.local == attribution.local for m in anonymous)
    assert anonymous[0].type == "other"


def test_response_tied_to_the_ministry(en_article: Article) -> None:
    sentence = _sentence(en_article, "declined to comment")
    (response,) = sentence.responses
    assert response.stance == "declined"
    ministry = next(m for m in en_article.mentions if "Ministry of Water" in m.text)
    assert response.local == ministry.local


def test_store_resolves_cites_and_anonymous_stays_apart(tmp_path: Path) -> None:
    other = RawArticle(
        text="Diplomatic sources said the talks in Geneva had stalled.",
        path="b.txt",
        published="2025-06-12",
        language_hint="en",
    )
    analysis = newstrace.analyze([EN, other], db=tmp_path / "c.db")
    entities = {e.id: e for e in analysis.entities}
    anonymous = [e for e in analysis.entities if e.anonymous]
    assert len(anonymous) == 2  # one per article, never merged
    article = next(a for a in analysis.articles if a.path == "en.txt")
    cited = _sentence(article, "said Leila Nasser").cites
    assert [entities[c].name for c in cited] == ["Leila Nasser"]
    wire = _sentence(article, "Levant Wire has learned").cites
    assert [entities[c].name for c in wire] == ["Levant Wire"]
    data = analysis.to_dict()
    text = json.dumps(data)
    assert '"local"' not in text
    sentence = next(s for a in data["articles"] for s in a["sentences"] if "declined" in s["text"])
    assert sentence["responses"][0]["stance"] == "declined"
    assert entities[sentence["responses"][0]["entity"]].name.startswith("Ministry of Water")


AR = RawArticle(
    text=(
        "ذكرت صحيفة الوطن الموالية للحكومة أن الوزير سيزور دمشق الأسبوع المقبل.\n\n"
        "ونفت وزارة الخارجية التقرير.\n\n"
        "وقال المتحدث باسم الوزارة إن الزيارة لم تتقرر بعد."
    ),
    path="ar.txt",
    published="2025-06-12",
    language_hint="ar",
)


def test_arabic_claims_and_note() -> None:
    article = process_article(AR)
    assert isinstance(article, Article)
    first = article.sentences[0]
    assert first.kind == "attributed"
    (note,) = article.notes
    assert note.kind == "affiliation" and "الموالية" in note.text
    described = {m.local: m.text for m in article.mentions}
    assert "الوطن" in described[note.local]
    second = article.sentences[1]
    assert [r.stance for r in second.responses] == ["denied"]
    assert article.sentences[2].kind == "attributed"


@pytest.mark.parametrize(
    ("language", "sentence", "kind"),
    [
        ("en", "The state-run IRNA news agency said the talks would resume.", "ownership"),
        ("en", "Al-Manar, a broadcaster funded by Hezbollah, aired the video.", "funding"),
        ("fa", "خبرگزاری دولتی ایرنا این خبر را منتشر کرد.", "ownership"),
        ("de", "Der kremlnahe Sender RT berichtete darüber.", "affiliation"),
        ("es", "El diario oficialista Granma publicó la noticia.", "affiliation"),
        ("fr", "Le média financé par l'État a diffusé la vidéo.", "funding"),
    ],
)
def test_reliability_phrases(language: str, sentence: str, kind: str) -> None:
    kinds = [d.kind for d in reliability.find_descriptions(sentence, language)]
    assert kind in kinds


def test_reliability_needs_a_neighbouring_source() -> None:
    text = "The state-run factory closed; later IRNA reported on it."
    (description,) = reliability.find_descriptions(text, "en")
    irna = text.index("IRNA")
    assert reliability.described_entity(description, text, [(irna, irna + 4, "outlet")]) is None


def test_chain_cites_speaker_and_publisher() -> None:
    article = process_article(
        RawArticle(
            text=(
                "Leila Nasser, a member of the water committee, told Levant Wire that the "
                "tender was rigged.\n\nThe Ministry of Water, which Reuters said had been "
                "warned, did not respond."
            ),
            path="chain.txt",
            published="2025-06-12",
            language_hint="en",
        )
    )
    assert isinstance(article, Article)
    local = {m.text: m.local for m in article.mentions}
    first, second = article.sentences
    sources = [(a.local, a.publisher) for a in first.attributions if not a.nested]
    assert sources == [(local["Leila Nasser"], False), (local["Levant Wire"], True)]
    # the party is the head of the source, not the outlet named in its relative clause
    assert [(r.stance, r.local) for r in second.responses] == [
        ("no_comment", local["Ministry of Water"])
    ]


DE = RawArticle(
    text=(
        "Mietenstreit in Hamburg\n\n"
        "Am Samstag demonstrierten in Hamburg mehrere Tausend Menschen gegen steigende "
        "Mieten.\n\n"
        "Wie aus Regierungskreisen verlautete, soll der Senat bereits über einen Mietendeckel "
        "beraten haben.\n\n"
        "„Wir können uns das Wohnen nicht mehr leisten“, sagte Jana Petersen, Sprecherin der "
        "Initiative.\n\n"
        "Der kremlnahe Sender RT berichtete, die Proteste seien angeblich von außen gesteuert "
        "worden.\n\n"
        "Die Stadtentwicklungsbehörde wollte sich dazu nicht äußern.\n\n"
        "Unserer Ansicht nach ist dieser Zustand eine Schande für die ganze Stadt."
    ),
    path="de.txt",
    title="Mietenstreit in Hamburg",
    published="2025-06-16",
    language_hint="de",
)


def test_german_article() -> None:
    article = process_article(DE)
    assert isinstance(article, Article)
    kinds = [s.kind for s in article.sentences]
    assert kinds == [
        "other", "report", "attributed", "attributed", "attributed", "attributed", "opinion"
    ]  # fmt: skip
    local = {m.text: m.local for m in article.mentions}
    anonymous = article.sentences[2].attributions[0]
    assert anonymous.anonymous and anonymous.source.text == "Regierungskreisen"
    quoted = article.sentences[3].attributions[0]
    assert quoted.quote and quoted.local == local["Jana Petersen"]
    rt = article.sentences[4]
    assert rt.hedged and [h.text for h in rt.hedges] == ["angeblich"]
    assert rt.attributions[0].publisher and rt.attributions[0].local == local["RT"]
    assert [r.stance for r in article.sentences[5].responses] == ["declined"]
    (note,) = article.notes
    assert (note.kind, note.text, note.local) == ("affiliation", "kremlnahe", local["RT"])


FA = RawArticle(
    text=(
        "نمایشگاه فیروزه در اصفهان\n\n"
        "نمایشگاه تجاری فیروزه هفته گذشته در اصفهان برگزار شد.\n\n"
        "به گزارش خبرگزاری دولتی ایرنا، شمار بازدیدکنندگان ظاهراً یک‌پنجم افزایش یافته است.\n\n"
        "منابع آگاه گفتند که دوره بعدی در تهران برگزار می‌شود.\n\n"
        "وزارت صنعت این خبر را تکذیب کرد.\n\n"
        "به نظر ما، برگزارکنندگان باید فکری برای هزینه غرفه‌ها بکنند."
    ),
    path="fa.txt",
    title="نمایشگاه فیروزه در اصفهان",
    published="2025-06-12",
    language_hint="fa",
)


def test_persian_article() -> None:
    article = process_article(FA)
    assert isinstance(article, Article)
    kinds = [s.kind for s in article.sentences]
    assert kinds == ["other", "report", "attributed", "attributed", "attributed", "opinion"]
    according = article.sentences[2]
    (attribution,) = according.attributions
    assert attribution.publisher and "ایرنا" in attribution.source.text
    assert according.hedged
    assert article.sentences[3].attributions[0].anonymous
    assert [r.stance for r in article.sentences[4].responses] == ["denied"]
    notes = [(n.kind, n.text) for n in article.notes]
    assert ("ownership", "دولتی") in notes
    # Persian has no subjectivity model: no score rather than a made-up one
    assert all(s.subjectivity is None for s in article.sentences)


@pytest.mark.parametrize(
    ("language", "text", "source", "kind"),
    [
        ("de", "Die Lage blieb ruhig, wie Amnesty International mitteilte.",
         "Amnesty International", "other"),
        ("ar", "ونفت وزارة الداخلية اعتقال الصحفي.", "وزارة الداخلية", "organization"),
        ("de", "Die Stadtentwicklungsbehörde wollte sich dazu nicht äußern.",
         "Stadtentwicklungsbehörde", "organization"),
    ],
)  # fmt: skip
def test_a_source_the_ner_missed_becomes_an_entity(language, text, source, kind) -> None:
    article = process_article(
        RawArticle(text=text, path="x.txt", published="2025-06-12", language_hint=language)
    )
    assert isinstance(article, Article)
    made = [m for m in article.mentions if m.source == "pattern" and not m.anonymous]
    assert [(m.text, m.type) for m in made] == [(source, kind)]
    local = made[0].local
    sentence = article.sentences[0]
    cited = [a.local for a in sentence.attributions] + [r.local for r in sentence.responses]
    assert local in cited


def test_a_bare_kind_of_body_is_no_name() -> None:
    article = process_article(
        RawArticle(text="وذكرت وكالة أن الوزير استقال.", path="x.txt", language_hint="ar")
    )
    assert isinstance(article, Article)
    assert not [m for m in article.mentions if m.source == "pattern" and not m.anonymous]
