"""One happening, one event (issue 13): reports of one story that share no resolved name meet
in keyed blocks (story, type family, window of publication days); dates and participants
then decide. Fictional reports in several languages; the words only matter upstream (the
extractor gives each its type), so each report carries its type, actors, places and date."""

from __future__ import annotations

from newstrace.models import Article, Entity, EntityMention, EventMention, Sentence, TextSpan
from newstrace.provenance import trace

STORY = "s_dam"
HADDAD, SWEIS = "e_haddad", "e_sweis"
ENTITIES = [
    Entity(HADDAD, "person", "Karim Haddad"),
    Entity(SWEIS, "person", "Nadia Sweis"),
    Entity("e_amman", "place", "Amman", country="JO", gazetteer="geonames:250441"),
    Entity("e_jordan", "place", "Jordan", country="JO", gazetteer="country:JO"),
    Entity("e_damascus", "place", "Damascus", country="SY", gazetteer="geonames:170654"),
    Entity("e_square", "place", "Clock Square"),  # not in the gazetteer: no country
    *(Entity(f"e_outlet{n}", "outlet", f"Outlet {n}") for n in range(10)),
]


def _report(
    number: int,
    text: str,
    trigger: str,
    *,
    kind: str = "resign",
    language: str = "en",
    published: str = "2025-06-12",
    date: str | None = None,
    actor: str | None = None,
    place: str | None = None,
) -> tuple[Article, dict[int, str]]:
    """An article whose one sentence tells one event; ``actor`` is the resolved id of the
    name the sentence opens with (none: the report names nobody)."""
    article_id = f"a{number}"
    outlet = f"e_outlet{number}"
    start = text.index(trigger)
    mentions = [EntityMention(0, 0, 5, text[:5], "person", "ner", 0.9, local=0)] if actor else []
    event = EventMention(
        0, kind, TextSpan(trigger, start, start + len(trigger)),
        actors=[0] if actor else [], places=[1] if place else [], date=date,
        date_text="on Tuesday" if date else None,
        date_source="sentence" if date else "published", not_after=published,
    )  # fmt: skip
    article = Article(
        id=article_id, path=f"{article_id}.txt", url=None, outlet=f"Outlet {number}",
        title=None, published=published, language=language,
        sentences=[Sentence(0, text, 0, len(text))], text=text, outlet_entity=outlet,
        mentions=mentions, events=[event],
    )  # fmt: skip
    ids = {-1: outlet, **({0: actor} if actor else {}), **({1: place} if place else {})}
    return article, ids


def _trace(items, story_of: dict[str, str] | None = None):
    articles = [a for a, _ in items]
    if story_of is None:
        story_of = {a.id: STORY for a in articles}
    return trace(articles, ENTITIES, {a.id: ids for a, ids in items}, story_of=story_of)


def _groups(items, story_of=None) -> list[list[str]]:
    return sorted(sorted(e.articles) for e in _trace(items, story_of).events)


# Paraphrased reports of one resignation in four languages, none naming a resolved person
# nor a place: the outlets could only meet through their story.
PARAPHRASES = [
    ("en", "The deputy minister stepped down on Tuesday.", "stepped down", "2025-06-10"),
    ("ar", "استقال نائب الوزير مساء الثلاثاء.", "استقال", "2025-06-10"),
    ("fa", "معاون وزیر روز سه‌شنبه استعفا داد.", "استعفا داد", None),
    ("de", "Der Vizeminister ist zurückgetreten.", "zurückgetreten", None),
    ("es", "El viceministro dimitió el martes por la noche.", "dimitió", "2025-06-11"),
]


def _paraphrases() -> list[tuple[Article, dict[int, str]]]:
    return [
        _report(n, text, trigger, language=lang, date=day)
        for n, (lang, text, trigger, day) in enumerate(PARAPHRASES)
    ]


def test_nameless_reports_of_one_story_merge_across_articles_and_languages() -> None:
    traced = _trace(_paraphrases())
    (event,) = traced.events
    assert event.articles == ["a0", "a1", "a2", "a3", "a4"]
    # the best-supported date (two reports say Tuesday; one, a day later, Tuesday night)
    assert event.date.value == "2025-06-10" and event.date.source == "sentence"


def test_without_a_shared_story_nameless_reports_stay_apart() -> None:
    items = _paraphrases()
    story_of = {a.id: f"s{n}" for n, (a, _) in enumerate(items)}
    assert len(_trace(items, story_of).events) == 5
    assert len(trace([a for a, _ in items], ENTITIES, {a.id: i for a, i in items}).events) == 5


def test_one_story_named_and_unnamed_reports_of_one_day_merge() -> None:
    items = [
        _report(1, "Karim Haddad resigned on Tuesday.", "resigned", date="2025-06-10",
                actor=HADDAD),
        _report(2, "The minister quit late on Tuesday night.", "quit", date="2025-06-11"),
        _report(3, "وزیر استعفا داد.", "استعفا داد", language="fa", published="2025-06-11"),
    ]  # fmt: skip
    assert _groups(items) == [["a1", "a2", "a3"]]


def test_different_people_in_one_story_stay_two_events() -> None:
    items = [
        _report(1, "Karim Haddad resigned on Tuesday.", "resigned", date="2025-06-10",
                actor=HADDAD),
        _report(2, "Nadia Sweis resigned on Tuesday.", "resigned", date="2025-06-10",
                actor=SWEIS),
    ]  # fmt: skip
    assert _groups(items) == [["a1"], ["a2"]]


def test_a_background_event_of_the_story_stays_apart_and_keeps_its_date() -> None:
    items = [
        _report(1, "The deputy minister stepped down.", "stepped down"),
        _report(2, "Les démissions de 2011 ont marqué le ministère.", "démissions",
                language="fr", date="2011"),
        _report(3, "El viceministro dimitió.", "dimitió", language="es"),
    ]  # fmt: skip
    traced = _trace(items)
    assert sorted(e.articles for e in traced.events) == [["a1", "a3"], ["a2"]]
    (background,) = [e for e in traced.events if e.articles == ["a2"]]
    assert background.date.value == "2011"
    (recent,) = [e for e in traced.events if e.articles == ["a1", "a3"]]
    # no report of the recent one has a date of its own: none is borrowed
    assert recent.date.value is None and recent.date.not_after == "2025-06-12"


def test_a_similar_event_weeks_later_is_another_event() -> None:
    items = [
        _report(1, "The deputy minister stepped down on Tuesday.", "stepped down",
                date="2025-06-10"),
        _report(2, "A deputy minister resigned.", "resigned", published="2025-07-03"),
        _report(3, "استقال نائب وزير.", "استقال", language="ar", published="2025-07-04"),
    ]  # fmt: skip
    traced = _trace(items)
    assert sorted(e.articles for e in traced.events) == [["a1"], ["a2", "a3"]]
    later = next(e for e in traced.events if e.articles == ["a2", "a3"])
    # the June date of the first resignation is never carried onto the July one
    assert later.date.value is None and later.date.not_after == "2025-07-03"


def test_an_undated_report_weeks_after_a_dated_one_of_the_same_person_is_another_event() -> None:
    items = [
        _report(1, "Karim Haddad resigned on Tuesday.", "resigned", date="2025-06-10",
                actor=HADDAD),
        _report(2, "Karim Haddad resigned.", "resigned", published="2025-07-20", actor=HADDAD),
    ]  # fmt: skip
    assert _groups(items, {}) == [["a1"], ["a2"]]


def test_other_types_of_one_story_stay_apart() -> None:
    items = [
        _report(1, "The deputy minister stepped down.", "stepped down"),
        _report(2, "Teachers marched in Irbid.", "marched", kind="protest"),
    ]
    assert _groups(items) == [["a1"], ["a2"]]


def test_events_do_not_depend_on_the_order_of_the_articles() -> None:
    # Monday and Thursday are each within two days of Wednesday but not of each other: the
    # earliest published report seeds the event, whatever order the articles come in
    items = [
        _report(1, "El viceministro dimitió el jueves.", "dimitió", language="es",
                date="2025-06-12", published="2025-06-13"),
        _report(2, "The deputy minister stepped down on Wednesday.", "stepped down",
                date="2025-06-11", published="2025-06-11"),
        _report(3, "استقال نائب الوزير يوم الاثنين.", "استقال", language="ar",
                date="2025-06-09", published="2025-06-12"),
    ]  # fmt: skip
    expected = [["a1"], ["a2", "a3"]]
    assert _groups(items) == expected
    assert _groups(list(reversed(items))) == expected
    assert _groups([items[1], items[0], items[2]]) == expected


def test_an_undated_report_joins_the_nearest_of_two_fitting_events() -> None:
    # two air strikes of one story a week apart, reports naming nobody: a report with no date
    # of its own, published the day after the second, tells of the second
    items = [
        _report(1, "An air strike hit the market on Monday.", "air strike", kind="attack",
                date="2025-06-02", published="2025-06-02"),
        _report(2, "Une frappe aérienne a touché le marché lundi.", "frappe", kind="attack",
                language="fr", date="2025-06-09", published="2025-06-09"),
        _report(3, "Ein Luftangriff traf den Markt.", "Luftangriff", kind="attack",
                language="de", published="2025-06-09"),
    ]  # fmt: skip
    assert _groups(items) == [["a1"], ["a2", "a3"]]


def test_nameless_reports_of_one_story_in_different_countries_stay_apart() -> None:
    day = {"kind": "protest", "date": "2025-06-10"}
    amman = _report(1, "Teachers marched in Amman on Tuesday.", "marched", place="e_amman", **day)
    jordan = _report(2, "تظاهر المعلمون في الأردن يوم الثلاثاء.", "تظاهر", language="ar",
                     place="e_jordan", **day)  # fmt: skip
    damascus = _report(3, "معلمان روز سه‌شنبه در دمشق تظاهرات کردند.", "تظاهرات",
                       language="fa", place="e_damascus", **day)  # fmt: skip
    square = _report(4, "Des enseignants ont manifesté mardi place de l'Horloge.", "manifesté",
                     language="fr", place="e_square", **day)  # fmt: skip
    # a city and its country are one place; a place the gazetteer does not know vetoes nothing
    assert _groups([amman, jordan, damascus, square]) == [["a1", "a2", "a4"], ["a3"]]
