"""One happening, one event across the coverage (issue 13): the leads of one story meet
whatever type each outlet's lead verb gives ("derailed", "killed", "crashed"), while a
background event, the same kind of happening weeks later or in another country, different
participants, a later development and a denial stay apart. Fictional reports in several
languages; the extractor's output is given (type, lead, actors, places, date), as in
test_merging."""

from __future__ import annotations

import pytest

from newstrace.corpus import trace_events
from newstrace.models import Article, Entity, EntityMention, EventMention, Sentence, TextSpan

STORY = "s_tram"
ENTITIES = [
    Entity("e_haddad", "person", "Karim Haddad"),
    Entity("e_sweis", "person", "Nadia Sweis"),
    Entity("e_amman", "place", "Amman", country="JO", gazetteer="geonames:250441"),
    Entity("e_damascus", "place", "Damascus", country="SY", gazetteer="geonames:170654"),
    *(Entity(f"e_outlet{n}", "outlet", f"Outlet {n}") for n in range(10)),
]


def _report(
    number: int,
    text: str,
    trigger: str,
    kind: str,
    *,
    lead: bool = True,
    language: str = "en",
    published: str = "2025-06-12",
    date: str | None = "2025-06-10",
    actor: str | None = None,
    target: str | None = None,
    place: str | None = None,
    negated: bool = False,
) -> tuple[Article, dict[int, str]]:
    """An article whose one sentence tells one event, its lead unless ``lead`` is False."""
    article_id = f"a{number}"
    outlet = f"e_outlet{number}"
    start = text.index(trigger)
    mentions = [
        EntityMention(0, 0, 5, text[:5], "person", "ner", 0.9, local=local)
        for local, given in ((0, actor), (2, target))
        if given
    ]
    event = EventMention(
        0, kind, TextSpan(trigger, start, start + len(trigger)),
        actors=[0] if actor else [], targets=[2] if target else [],
        places=[1] if place else [], date=date, date_text="on Tuesday" if date else None,
        date_source="sentence" if date else "published",
        not_after=None if date else published, negated=negated, lead=lead,
    )  # fmt: skip
    article = Article(
        id=article_id, path=f"{article_id}.txt", url=None, outlet=f"Outlet {number}",
        title=None, published=published, language=language,
        sentences=[Sentence(0, text, 0, len(text))], text=text, outlet_entity=outlet,
        mentions=mentions, events=[event],
    )  # fmt: skip
    ids = {-1: outlet}
    ids |= {local: given for local, given in ((0, actor), (2, target), (1, place)) if given}
    return article, ids


def _groups(items, story_of: dict[str, str] | None = None) -> list[list[str]]:
    articles = [a for a, _ in items]
    if story_of is None:
        story_of = {a.id: STORY for a in articles}
    traced = trace_events(articles, ENTITIES, {a.id: ids for a, ids in items}, story_of)
    return sorted(sorted(e.articles) for e in traced.events)


# One derailment led three ways in three languages: a generic happening, a killing, a crash.
THREE_LEADS = [
    (1, "A tram derailed in Amman on Tuesday.", "derailed", "happening", "en"),
    (2, "قتل سبعة أشخاص في عمّان يوم الثلاثاء.", "قتل", "kill", "ar"),
    (3, "Eine Straßenbahn ist am Dienstag in Amman verunglückt.", "verunglückt", "happening", "de"),
]


def _three(**changes: object) -> list[tuple[Article, dict[int, str]]]:
    return [
        _report(n, text, trigger, kind, language=language, place="e_amman", **changes)  # type: ignore[arg-type]
        for n, text, trigger, kind, language in THREE_LEADS
    ]


def test_three_outlets_leading_with_different_verbs_tell_one_event() -> None:
    assert _groups(_three()) == [["a1", "a2", "a3"]]


def test_undated_leads_published_the_same_days_meet() -> None:
    assert _groups(_three(date=None)) == [["a1", "a2", "a3"]]


def test_the_event_takes_the_typed_report_type() -> None:
    articles = _three()
    traced = trace_events(
        [a for a, _ in articles], ENTITIES, {a.id: ids for a, ids in articles}, {
            a.id: STORY for a, _ in articles
        }
    )  # fmt: skip
    (event,) = traced.events
    assert event.type == "kill"


def test_leads_of_different_stories_stay_apart() -> None:
    items = _three()
    story_of = {"a1": "s_one", "a2": "s_two", "a3": "s_three"}
    assert _groups(items, story_of) == [["a1"], ["a2"], ["a3"]]


def test_non_leads_of_different_types_do_not_meet_through_the_story() -> None:
    items = [
        _report(1, "A tram derailed in Amman on Tuesday.", "derailed", "happening"),
        _report(2, "Seven people were killed in Amman.", "killed", "kill", lead=False),
    ]
    assert _groups(items) == [["a1"], ["a2"]]


def test_a_background_event_with_an_older_date_stays_apart() -> None:
    items = [
        _report(1, "A tram derailed in Amman on Tuesday.", "derailed", "happening"),
        _report(2, "A tram crashed in Amman in 2019.", "crashed", "happening", date="2019"),
    ]
    assert _groups(items) == [["a1"], ["a2"]]


def test_the_same_kind_of_happening_two_weeks_later_stays_apart() -> None:
    items = [
        _report(1, "A tram derailed in Amman on Tuesday.", "derailed", "happening"),
        _report(
            2,
            "A tram derailed in Amman.",
            "derailed",
            "happening",
            date="2025-06-24",
            published="2025-06-26",
        ),
        _report(
            3,
            "Ein Zug ist in Amman entgleist.",
            "entgleist",
            "happening",
            date=None,
            published="2025-06-26",
            language="de",
        ),
    ]
    assert _groups(items) == [["a1"], ["a2", "a3"]]


def test_the_same_kind_of_happening_in_another_country_stays_apart() -> None:
    items = [
        _report(
            1, "A tram derailed in Amman on Tuesday.", "derailed", "happening", place="e_amman"
        ),
        _report(
            2,
            "خرج قطار عن مساره في دمشق يوم الثلاثاء.",
            "خرج",
            "happening",
            place="e_damascus",
            language="ar",
        ),
    ]
    assert _groups(items) == [["a1"], ["a2"]]


def test_different_participants_stay_apart() -> None:
    items = [
        _report(
            1, "Karim Haddad opened a bridge on Tuesday.", "opened", "happening", actor="e_haddad"
        ),
        _report(
            2, "Nadia Sweis opened a school on Tuesday.", "opened", "happening", actor="e_sweis"
        ),
    ]
    assert _groups(items) == [["a1"], ["a2"]]


def test_a_later_development_of_the_story_is_another_event() -> None:
    # the attack on Tuesday; three days later the outlets lead with the arrest, or with a
    # search told by a generic verb: neither is the attack
    items = [
        _report(1, "Gunmen attacked a checkpoint in Amman on Tuesday.", "attacked", "attack"),
        _report(
            2,
            "Police arrested Karim Haddad in Amman.",
            "arrested",
            "arrest",
            date=None,
            published="2025-06-13",
            target="e_haddad",
        ),
        _report(
            3,
            "Police searched a house in Amman.",
            "searched",
            "happening",
            date=None,
            published="2025-06-15",
        ),
    ]
    assert _groups(items) == [["a1"], ["a2"], ["a3"]]


def test_a_denial_lead_meets_no_other_lead() -> None:
    items = [
        _report(1, "A tram derailed in Amman on Tuesday.", "derailed", "happening"),
        _report(2, "The operator denied the tram derailed.", "denied", "deny"),
    ]
    assert _groups(items) == [["a1"], ["a2"]]


def test_generic_happenings_of_one_actor_in_two_stories_stay_apart() -> None:
    items = [
        _report(
            1, "Karim Haddad opened a bridge on Tuesday.", "opened", "happening", actor="e_haddad"
        ),
        _report(
            2, "Karim Haddad closed a school on Tuesday.", "closed", "happening", actor="e_haddad"
        ),
    ]
    assert _groups(items, {"a1": "s_bridge", "a2": "s_school"}) == [["a1"], ["a2"]]


def test_a_generic_leads_names_never_veto_a_typed_events_participants() -> None:
    # the generic lead's subject is whatever its outlet put first, not a role of the killing
    items = [
        _report(
            1,
            "A gunman killed Nadia Sweis in Amman on Tuesday.",
            "killed",
            "kill",
            target="e_sweis",
            place="e_amman",
        ),
        _report(
            2,
            "Karim Haddad found the body in Amman on Tuesday.",
            "found",
            "happening",
            actor="e_haddad",
            place="e_amman",
        ),
    ]
    assert _groups(items) == [["a1", "a2"]]


def test_a_place_named_subject_of_a_generic_lead_tells_no_participant_apart() -> None:
    # "An Amman man received a huge bill" / "Karim Haddad received a huge bill"
    items = [
        _report(
            1,
            "An Amman man received a huge bill.",
            "received",
            "happening",
            actor="e_amman",
            date=None,
        ),
        _report(
            2,
            "Karim Haddad received a huge bill.",
            "received",
            "happening",
            actor="e_haddad",
            date=None,
        ),
    ]
    assert _groups(items) == [["a1", "a2"]]


def test_the_event_lists_the_articles_that_lead_with_it() -> None:
    # An article's main happening is findable from the JSON: the event lists the articles
    # whose lead mention is among its evidence (en, ar, de), not one that tells it later.
    items = [*_three(), _report(4, "The tram had derailed in Amman.", "derailed", "happening",
                                lead=False, place="e_amman")]  # fmt: skip
    articles = [a for a, _ in items]
    traced = trace_events(
        articles, ENTITIES, {a.id: ids for a, ids in items}, {a.id: STORY for a in articles}
    )
    by_articles = {tuple(sorted(e.articles)): e for e in traced.events}
    leading = next(e for key, e in by_articles.items() if "a1" in key)
    assert sorted(leading.leads) == ["a1", "a2", "a3"]
    assert "a4" not in leading.leads


# One article: the lead tells the bombing of Tuesday; two later sentences of the same kind
# tell its aftermath on Wednesday ("the siege ended on Wednesday", "killed ... on Wednesday").
AFTERMATH = [
    (
        "en",
        [
            "A bomber killed seven people in Amman on Tuesday.",
            "Two more people were killed when the siege ended on Wednesday.",
            "A guard was killed on Wednesday as well.",
        ],
        "killed",
    ),
    (
        "ar",
        [
            "قتل انتحاري سبعة أشخاص في عمّان يوم الثلاثاء.",
            "قتل شخصان آخران عند انتهاء الحصار يوم الأربعاء.",
            "قتل حارس يوم الأربعاء أيضا.",
        ],
        "قتل",
    ),
]


@pytest.mark.parametrize(("language", "sentences", "trigger"), AFTERMATH)
def test_the_lead_gives_its_article_s_date_of_the_event(
    language: str, sentences: list[str], trigger: str
) -> None:
    text, spans, mentions = "", [], []
    for number, sentence in enumerate(sentences):
        start = len(text)
        text += sentence + " "
        spans.append(Sentence(number, sentence, start, start + len(sentence)))
        at = start + sentence.index(trigger)
        day = "2025-06-10" if number == 0 else "2025-06-11"
        mentions.append(
            EventMention(
                number, "kill", TextSpan(trigger, at, at + len(trigger)), places=[1], date=day,
                date_text="on Tuesday" if number == 0 else "on Wednesday",
                date_source="sentence", lead=number == 0,
            )
        )  # fmt: skip
    article = Article(
        id="a1", path="a1.txt", url=None, outlet="Outlet 1", title=None, published="2025-06-12",
        language=language, sentences=spans, text=text, outlet_entity="e_outlet1",
        events=mentions,
    )  # fmt: skip
    traced = trace_events([article], ENTITIES, {"a1": {-1: "e_outlet1", 1: "e_amman"}}, {})
    (leading,) = [e for e in traced.events if e.leads]
    assert leading.date.value == "2025-06-10"


def _meetings(additive: bool, language: str, texts: tuple[str, str], trigger: str) -> Article:
    """One article: a meeting in Amman on Tuesday, then one told with an additive ("Nadia
    Sweis also met ...") at the same place and day, naming Nadia Sweis."""
    text, spans, mentions = "", [], []
    for number, sentence in enumerate(texts):
        start = len(text)
        text += sentence + " "
        spans.append(Sentence(number, sentence, start, start + len(sentence)))
        at = start + sentence.index(trigger)
        mentions.append(
            EventMention(
                number, "meet", TextSpan(trigger, at, at + len(trigger)),
                actors=[0] if number else [], places=[1], date="2025-06-10",
                date_text="on Tuesday", date_source="sentence", lead=number == 0,
                additive=additive and number == 1,
            )
        )  # fmt: skip
    return Article(
        id="a1", path="a1.txt", url=None, outlet="Outlet 1", title=None, published="2025-06-12",
        language=language, sentences=spans, text=text, outlet_entity="e_outlet1",
        events=mentions,
    )  # fmt: skip


MEETINGS = [
    ("en", ("The leaders met in Amman on Tuesday.", "Nadia Sweis also met there."), "met"),
    ("ar", ("التقى القادة في عمان يوم الثلاثاء.", "كما التقت نادية سويس أيضا هناك."), "التق"),
]


@pytest.mark.parametrize(("language", "texts", "trigger"), MEETINGS)
def test_a_further_happening_told_with_an_additive_stays_apart_in_its_article(
    language: str, texts: tuple[str, str], trigger: str
) -> None:
    ids = {"a1": {-1: "e_outlet1", 0: "e_sweis", 1: "e_amman"}}
    for additive, expected in ((False, 1), (True, 2)):
        article = _meetings(additive, language, texts, trigger)
        traced = trace_events([article], ENTITIES, ids, {})
        assert len(traced.events) == expected
