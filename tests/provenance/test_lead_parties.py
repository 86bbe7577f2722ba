"""An event's own party speaking further down the lead is its source (issue 13: participants
are never origins "unless they are the ones speaking"): "Minister X resigned on Monday. …
X said in a statement that …" rests on X, even three sentences on. Fictional articles; the
minister and the analyst are made up."""

from __future__ import annotations

import pytest

import newstrace
from newstrace.models import Event, RawArticle

PUBLISHED = "2025-06-12"


def raw(language: str, text: str) -> RawArticle:
    return RawArticle(
        text=text, path=f"0-{language}.txt", language_hint=language, outlet="Site 0",
        published=PUBLISHED,
    )  # fmt: skip


def the_resignation(analysis: newstrace.Analysis) -> Event:
    (event,) = [e for e in analysis.events if e.type == "resign"]
    return event


def root_names(analysis: newstrace.Analysis, event: Event) -> set[str]:
    known = {e.id: e.name for e in analysis.entities}
    return {known[r.entity] if r.entity else r.name or "" for r in event.roots}


# the resignation, two sentences of background, then the minister's own statement
LEADS = {
    "en": "Interior Minister Karim Nassar resigned on Monday. Nassar is 61 years old. He had "
          "held the post for ten years. Nassar said in a statement that he was leaving for "
          "health reasons.",
    "fr": "Le ministre de l'Intérieur Karim Nassar a démissionné lundi. Nassar a 61 ans. Il "
          "occupait ce poste depuis dix ans. Karim Nassar a déclaré dans un communiqué qu'il "
          "partait pour des raisons de santé.",
    "es": "El ministro del Interior, Karim Nassar, presentó su dimisión el lunes. Nassar tiene "
          "61 años. Ocupaba el cargo desde hace diez años. Karim Nassar dijo en un comunicado "
          "que se marchaba por motivos de salud.",
    "de": "Innenminister Karim Nassar ist am Montag zurückgetreten. Nassar ist 61 Jahre alt. Er "
          "hatte das Amt zehn Jahre lang inne. Innenminister Karim Nassar sagte in einer "
          "Erklärung, er gehe aus gesundheitlichen Gründen.",
    "ar": "استقال وزير الداخلية كريم نصار يوم الاثنين. يبلغ نصار من العمر 61 عاما. وكان يشغل "
          "المنصب منذ عشر سنوات. وقال نصار في بيان إنه يغادر لأسباب صحية.",
    "fa": "کریم نصار وزیر کشور روز دوشنبه استعفا داد. نصار ۶۱ سال دارد. او ده سال این سمت را بر "
          "عهده داشت. کریم نصار در بیانیه‌ای گفت که به دلایل پزشکی کناره‌گیری می‌کند.",
}  # fmt: skip


@pytest.mark.parametrize("language", list(LEADS))
def test_the_event_s_own_party_speaking_in_the_lead_is_its_source(language: str) -> None:
    # before: the statement was three sentences on, past the next two: unattributed
    analysis = newstrace.analyze([raw(language, LEADS[language])])
    event = the_resignation(analysis)
    assert event.independent_sources == 1 and event.status == "single-source"
    assert [r.entity for r in event.roots] == [event.actors[0]]
    assert (
        "Nassar" in root_names(analysis, event).pop() or "نصار" in root_names(analysis, event).pop()
    )


def test_someone_else_speaking_further_down_the_lead_is_no_source() -> None:
    # an analyst three sentences on comments; she is no party of the resignation
    text = (
        "Interior Minister Karim Nassar resigned on Monday. Nassar is 61 years old. He had "
        "held the post for ten years. Laila Farouk, an analyst at the Cairo Policy Forum, said "
        "the ministry faces a difficult year."
    )
    event = the_resignation(newstrace.analyze([raw("en", text)]))
    assert event.independent_sources == 0 and event.status == "unattributed"


# the party's own word first, then the report that rests on it ("Google has announced … The
# company has now enabled it"); another outlet names the minister in its report
EARLIER = {
    "en": ("Interior Minister Karim Nassar resigned on Monday.",
           "Interior Minister Karim Nassar said on Monday that he was leaving office for health "
           "reasons. The minister resigned after ten years in the post."),
    "fr": ("Le ministre de l'Intérieur Karim Nassar a démissionné lundi.",
           "Le ministre de l'Intérieur Karim Nassar a déclaré lundi qu'il quittait ses fonctions "
           "pour des raisons de santé. Le ministre a démissionné après dix ans à ce poste."),
    "de": ("Innenminister Karim Nassar ist am Montag zurückgetreten.",
           "Innenminister Karim Nassar sagte am Montag, er verlasse sein Amt aus gesundheitlichen "
           "Gründen. Der Minister ist nach zehn Jahren im Amt zurückgetreten."),
}  # fmt: skip


@pytest.mark.parametrize("language", list(EARLIER))
def test_a_lead_report_after_its_party_s_own_word_rests_on_it(language: str) -> None:
    # before: the generic lead sentence ("said he was leaving office") stopped the search and
    # only the next sentences were read: the second report was unattributed
    first, second = EARLIER[language]
    articles = [
        RawArticle(text=first, path=f"0-{language}.txt", language_hint=language,
                   outlet="Site 0", published=PUBLISHED),
        RawArticle(text=second, path=f"1-{language}.txt", language_hint=language,
                   outlet="Site 1", published=PUBLISHED),
    ]  # fmt: skip
    analysis = newstrace.analyze(articles)
    event = the_resignation(analysis)
    second_article = next(a.id for a in analysis.articles if a.path.startswith("1-"))
    bases = {(e.article, e.sentence): e.basis for e in event.evidence}
    assert bases.get((second_article, 1)) == "cites"
    assert event.independent_sources == 1 and event.status == "single-source"
