"""Entities end to end: fixture articles in, typed and resolved entities out."""

from __future__ import annotations

import pytest

import newstrace
from newstrace.entities.places import gazetteer
from newstrace.models import Analysis, Entity, RawArticle

from ..conftest import by_title


def entity_with_alias(analysis: Analysis, alias: str, kind: str | None = None) -> Entity:
    found = [
        e for e in analysis.entities if alias in e.aliases and (kind is None or e.type == kind)
    ]
    assert len(found) == 1, (alias, [(e.name, e.type, e.aliases) for e in found])
    return found[0]


def entities_named(analysis: Analysis, alias: str) -> list[Entity]:
    return [e for e in analysis.entities if alias in e.aliases]


def raw(text: str, title: str = "T", published: str | None = "2025-06-12", **kw) -> RawArticle:
    return RawArticle(text=text, path=f"<{title}>", title=title, published=published, **kw)


# -- the bundled examples ---------------------------------------------------------------


def test_mentions_are_evidence(examples_analysis):
    texts = {a.id: a.text for a in examples_analysis.articles}
    assert examples_analysis.entities
    for entity in examples_analysis.entities:
        assert entity.aliases and entity.name
        for m in entity.mentions:
            assert texts[m.article][m.start : m.end] == m.text


def test_person_across_three_scripts_and_spellings(examples_analysis):
    haddad = entity_with_alias(examples_analysis, "Karim Haddad", "person")
    assert haddad.name == "Karim Haddad"
    assert {"كريم حداد", "کریم حداد", "Kareem Haddad"} <= set(haddad.aliases)
    assert "Haddad" in haddad.aliases  # surname-only mentions in the same articles
    rules = {m.rule for m in haddad.merges}
    assert rules, "every merge records why"
    articles = {m.article for m in haddad.mentions}
    assert len(articles) >= 6


def test_origin_outlet_is_one_outlet_entity_in_every_script(examples_analysis):
    wire = entity_with_alias(examples_analysis, "Levant Wire")
    assert wire.type == "outlet"
    assert {"ليفانت واير", "لوانت وایر"} <= set(wire.aliases)
    origin = by_title(examples_analysis, "Karim Haddad resigns")
    assert origin.outlet_entity == wire.id


def test_places_have_gazetteer_ids_and_context_picks_amman_over_oman(examples_analysis):
    amman = entity_with_alias(examples_analysis, "Amman", "place")
    assert amman.gazetteer == "geonames:250441" and amman.country == "JO"
    assert amman.coordinates and abs(amman.coordinates[0] - 31.95) < 0.1
    assert "عمّان" in amman.aliases  # an article about Jordan: Amman, not Oman
    jordan = entity_with_alias(examples_analysis, "Jordan", "place")
    assert jordan.gazetteer == "country:JO" and jordan.coordinates is None


def test_dateline_place_is_marked(examples_analysis):
    amman = entity_with_alias(examples_analysis, "Amman", "place")
    origin = by_title(examples_analysis, "Karim Haddad resigns")
    roles = {m.role for m in amman.mentions if m.article == origin.id}
    assert "dateline" in roles


def test_relative_date_on_sentence(examples_analysis):
    origin = by_title(examples_analysis, "Karim Haddad resigns")
    values = {(d.text, d.value) for s in origin.sentences for d in s.dates}
    assert ("Tuesday", "2025-06-10") in values
    caption = next(s for s in origin.sentences if s.text.startswith("Photo:"))
    assert [d.value for d in caption.dates] == ["2019-03-03"]  # found, and marked by its sentence


def test_fallback_language_gets_lower_confidence_entities(examples_analysis):
    german = [a for a in examples_analysis.articles if a.language == "de"]
    assert german
    hamburg = entity_with_alias(examples_analysis, "Hamburg", "place")
    assert hamburg.country == "DE"
    petersen = entity_with_alias(examples_analysis, "Jana Petersen")
    assert petersen.type == "person" and petersen.confidence < 0.9


# -- rules on small fixtures ------------------------------------------------------------


def test_surname_only_joins_the_full_name_in_the_same_article():
    analysis = newstrace.analyze(
        [
            raw(
                "Foreign Minister Mohammad Javad Zarif arrived in Vienna on Monday. "
                "Zarif told reporters the talks would continue."
            )
        ]
    )
    zarif = entity_with_alias(analysis, "Mohammad Javad Zarif", "person")
    assert "Zarif" in zarif.aliases


def test_two_people_sharing_given_names_stay_apart():
    analysis = newstrace.analyze(
        [
            raw(
                "Mohammad Javad Zarif met Mohammad Javad Azari Jahromi in Tehran on Sunday. "
                "Both ministers spoke to the press."
            )
        ]
    )
    zarif = entities_named(analysis, "Mohammad Javad Zarif")
    jahromi = entities_named(analysis, "Mohammad Javad Azari Jahromi")
    assert zarif and jahromi and zarif[0].id != jahromi[0].id


def test_cross_article_resolution_across_scripts():
    # The cross-article stage on its own: one person named in three scripts, a surname-only
    # mention elsewhere, a different person who shares the given names, and a place.
    from newstrace.entities.resolve import LocalEntity, resolve

    resolved = resolve(
        [
            LocalEntity("en", 0, "person", ["Mohammad Javad Zarif", "Zarif"]),
            LocalEntity("ar", 0, "person", ["محمد جواد ظريف"]),
            LocalEntity("fa", 0, "person", ["محمد جواد ظریف"]),
            LocalEntity("x", 0, "person", ["Zarif"]),
            LocalEntity("y", 0, "person", ["Mohammad Javad Azari Jahromi"]),
            LocalEntity("fa", 1, "place", ["مسقط"], place="geonames:287286", country="OM"),
            LocalEntity("en", 1, "place", ["Muscat"], place="geonames:287286", country="OM"),
        ]
    )
    by_member = {m: e for e in resolved for m in e.members}
    zarif = by_member[("en", 0)]
    assert {("ar", 0), ("fa", 0), ("x", 0)} <= set(zarif.members)
    assert zarif.name == "Mohammad Javad Zarif"
    assert {m.rule for m in zarif.merges} >= {"partial-unambiguous"}
    assert by_member[("y", 0)].id != zarif.id
    assert by_member[("fa", 1)].id == by_member[("en", 1)].id
    assert by_member[("fa", 1)].merges[0].rule == "gazetteer-id"


def test_country_is_not_merged_with_an_outlet_named_after_it():
    analysis = newstrace.analyze(
        [
            raw("France 24 reported that France would send aid to the region on Friday.", "f24"),
        ]
    )
    france = [e for e in analysis.entities if "France" in e.aliases]
    france24 = [e for e in analysis.entities if "France 24" in e.aliases]
    assert france and france24 and france[0].id != france24[0].id
    assert france[0].type == "place" and france24[0].type == "outlet"


def test_publisher_cues_make_outlets_in_each_language():
    analysis = newstrace.analyze(
        [
            raw("The ministry declined to comment, the news agency Cedar Wire reported.", "en"),
            raw("ذكرت صحيفة الوطن الجديد أن الاجتماع انتهى دون اتفاق.", "ar"),
            raw("به گزارش خبرگزاری پارس نو، این نشست روز شنبه برگزار شد.", "fa"),
        ]
    )
    outlets = {a for e in analysis.entities if e.type == "outlet" for a in e.aliases}
    assert "Cedar Wire" in outlets
    assert "الوطن الجديد" in outlets
    assert "خبرگزاری پارس نو" in outlets  # the agency is named with its noun (guideline)


def test_caption_place_is_marked_caption():
    analysis = newstrace.analyze(
        [
            raw(
                "The council approved the budget on Monday.\n\nPhoto: a street in Damascus, 2019.",
            )
        ]
    )
    damascus = entity_with_alias(analysis, "Damascus", "place")
    assert {m.role for m in damascus.mentions} == {"caption"}


def test_person_never_merges_with_a_place():
    analysis = newstrace.analyze(
        [raw("Georgia Smith, a lawyer, travelled to Georgia last week to meet officials.")]
    )
    types = {e.type for e in analysis.entities if any("Georgia" in a for a in e.aliases)}
    assert "place" in types and len([e for e in analysis.entities if "Georgia" in e.aliases]) <= 1


@pytest.mark.parametrize(
    ("name", "context", "expected"),
    [
        ("Tripoli", ["LB"], "LB"),
        ("Tripoli", [], "LY"),
        ("عمان", ["JO"], "JO"),
        ("عمان", [], "OM"),
        ("بدمشق", [], "SY"),
        ("طهران", [], "IR"),
    ],
)
def test_gazetteer_context(name, context, expected):
    assert gazetteer().resolve(name, context).country == expected


def test_name_comparison_reads_the_one_gazetteer_table_and_its_ids():
    places = gazetteer()
    cities = places.comparison_cities()
    countries = places.comparison_countries()
    assert countries["germany"] == "DE"
    ids = cities["amman"]
    assert "geonames:250441" in ids and all(places.get(i) is not None for i in ids)
