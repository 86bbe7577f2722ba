"""Attribution, hedge and official-response detection (newstrace.claims.attribution)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from newstrace.claims.attribution import (
    Attribution,
    find_attributions,
    find_hedges,
    find_responses,
    is_hedged,
    quotation_spans,
)

from ..conftest import ROOT, shared_dataset


def top(text: str, language: str, entities=()) -> list[Attribution]:
    """The article-level attributions (not nested in a quotation or another's content)."""
    return [a for a in find_attributions(text, language, entities) if not a.nested]


def only(text: str, language: str, entities=()) -> Attribution:
    found = top(text, language, entities)
    assert len(found) == 1, found
    return found[0]


def source_text(found: Attribution) -> str | None:
    return found.source[2] if found.source else None


def check_offsets(text: str, found: Attribution) -> None:
    for span in (found.cue, found.source, found.content):
        if span is not None:
            assert text[span[0] : span[1]] == span[2]


# --- English ---------------------------------------------------------------------------------


def test_en_named_source_and_content():
    text = "Foreign Minister Sergei Lavrov told reporters on Monday that talks would resume."
    found = only(text, "en")
    assert found.cue[2] in ("told", "told reporters")
    assert source_text(found) == "Foreign Minister Sergei Lavrov"
    assert found.content[2] == "talks would resume"
    assert not found.anonymous and not found.quote
    check_offsets(text, found)


def test_en_entity_spans_widen_the_source_to_the_whole_name():
    text = "Longtime pollster Pat Caddell said the race was close."
    start = text.index("Pat Caddell")
    found = only(text, "en", [(start, start + len("Pat Caddell"), "person")])
    assert source_text(found) == "Longtime pollster Pat Caddell"


def test_en_anonymous_sources():
    for text, expected in (
        ("Two diplomatic sources said the deal was close.", "Two diplomatic sources"),
        (
            "Officials who asked not to be named said the convoy was hit.",
            "Officials who asked not to be named",
        ),
        ("The strike killed 12 people, sources said.", "sources"),
    ):
        found = only(text, "en")
        assert source_text(found) == expected
        assert found.anonymous, text
    assert not only("The foreign ministry said the deal was close.", "en").anonymous


def test_en_according_to():
    text = "Three people were killed, according to the health ministry."
    found = only(text, "en")
    assert found.cue[2] == "according to"
    assert source_text(found) == "the health ministry"
    assert found.content[2] == "Three people were killed"
    first = only("According to Reuters, the talks collapsed.", "en")
    assert source_text(first) == "Reuters" and first.publisher
    assert first.content[2] == "the talks collapsed"


def test_en_quotes_inverted_and_plain():
    text = "“We will not back down,” said Interior Minister Ahmed Khalil."
    found = only(text, "en")
    assert source_text(found) == "Interior Minister Ahmed Khalil"
    assert found.quote and found.content[2] == "“We will not back down,”"
    plain = only('"It was a mistake," she said.', "en")
    assert source_text(plain) == "she" and plain.quote


def test_en_appositive_and_participle_share_the_subject():
    text = (
        "Jane Doe, a spokeswoman for the agency, said the data was wrong, "
        "adding that it would be fixed."
    )
    found = top(text, "en")
    assert [a.cue[2] for a in found] == ["said", "adding"]
    assert all(source_text(a).startswith("Jane Doe") for a in found)
    assert found[0].content[2] == "the data was wrong"


def test_en_chain_yields_both_sources_with_the_publisher_marked():
    text = "Two diplomatic sources told Reuters, which reported that the deal was off."
    found = top(text, "en")
    by_source = {source_text(a): a for a in found}
    assert set(by_source) == {"Two diplomatic sources", "Reuters"}
    assert by_source["Reuters"].publisher and not by_source["Two diplomatic sources"].publisher
    assert by_source["Two diplomatic sources"].anonymous
    assert {a.content[2] for a in found} == {"the deal was off"}


def test_en_cue_in_a_subordinate_clause_reports_only_that_clause():
    found = only("Police arrested a man who said he was a journalist.", "en")
    assert source_text(found) == "who"
    assert found.content[2] == "he was a journalist"  # not "Police arrested a man"
    # A participle modifying a noun is no report; the clause's own verb is.
    found = only("In a message posted on Friday, the ministry announced new curfews.", "en")
    assert found.cue[2] == "announced" and source_text(found) == "the ministry"


def test_en_words_that_report_nothing():
    for text in (
        "The vote went according to plan.",
        "Time will tell whether the truce holds.",
        "The rebels seized two states in the north.",
        "The opportunity to speak was denied to the opposition.",
    ):
        assert top(text, "en") == [], text


def test_en_nested_speech_inside_a_quotation_is_flagged():
    text = '"They told us to leave," the farmer said.'
    found = find_attributions(text, "en")
    nested = [a for a in found if a.nested]
    assert [a.cue[2] for a in nested] == ["told"]
    assert source_text(only(text, "en")) == "the farmer"


def test_article_quotations_span_sentences():
    text = "“First sentence. Second sentence,” he said.\nNext paragraph."
    assert quotation_spans(text) == [(0, text.index("”") + 1)]


def test_en_hedges():
    assert [h.span[2] for h in find_hedges("The suspect reportedly fled.", "en")] == ["reportedly"]
    assert is_hedged("The general is believed to have been killed.", "en")
    assert is_hedged("The strike could have killed dozens.", "en")
    assert not is_hedged("The strike killed dozens.", "en")


@pytest.mark.parametrize(
    ("text", "stance", "party"),
    [
        ("Police confirmed that two people had died.", "confirmed", "Police"),
        ("The White House denied the allegations on Tuesday.", "denied", "The White House"),
        ("The ministry declined to comment on the report.", "declined", "The ministry"),
        ("The ministry would neither confirm nor deny the report.", "no_comment", "The ministry"),
        ("Officials did not confirm the figure.", "no_comment", "Officials"),
        (
            "A spokesman for Exxon did not respond to a request for comment.",
            "no_comment",
            "A spokesman for Exxon",
        ),
        ("The embassy has not commented on the arrests.", "no_comment", "The embassy"),
    ],
)
def test_en_responses(text, stance, party):
    (response,) = find_responses(text, "en")
    assert response.stance == stance
    assert response.party is not None and response.party[2] == party


def test_en_adjective_confirmed_is_not_a_response():
    assert find_responses("The number of confirmed cases rose to 40.", "en") == []


# --- Arabic ----------------------------------------------------------------------------------


def test_ar_verb_first_named_source():
    text = "قال المتحدث باسم وزارة الخارجية إن المحادثات ستستأنف الأسبوع المقبل."
    found = only(text, "ar")
    assert found.cue[2] == "قال"
    assert source_text(found) == "المتحدث باسم وزارة الخارجية"
    assert found.content[2] == "المحادثات ستستأنف الأسبوع المقبل"
    check_offsets(text, found)


def test_ar_anonymous_and_publisher():
    # "told Reuters": the sources spoke, Reuters relays it (a publisher record, as in English)
    speakers, outlet = top("وقالت مصادر دبلوماسية لرويترز إن الاتفاق بات وشيكا.", "ar")
    assert source_text(speakers) == "مصادر دبلوماسية" and speakers.anonymous
    assert source_text(outlet) == "رويترز" and outlet.publisher and not outlet.anonymous
    found = only("وذكرت مصادر طلبت عدم الكشف عن هويتها أن الهجوم أسفر عن قتلى.", "ar")
    assert found.anonymous
    found = only("وأفادت صحيفة الشرق الأوسط بأن الوزير سيستقيل.", "ar")
    assert source_text(found) == "صحيفة الشرق الأوسط" and found.publisher


def test_ar_according_to_forms_with_spelling_variants():
    for text, source in (
        ("وبحسب وكالة الأنباء الرسمية، قتل ثلاثة أشخاص.", "وكالة الأنباء الرسمية"),
        ("وفقاً لمصادر أمنية، انسحبت القوات.", "مصادر أمنية"),
        ("نقلا عن مسؤول في الوزارة، أكدت القناة وقوع الانفجار.", "مسؤول"),
        ("بحسب ما أفادت وكالة الأنباء الفرنسية، انسحبت القوات.", "وكالة الأنباء الفرنسية"),
    ):
        found = top(text, "ar")[0]
        assert source_text(found) == source, text
    # Diacritics and tatweel do not hide a cue, and offsets stay on the original text.
    text = "قَالَ الوزيـــر إن الوضع مستقر."
    found = only(text, "ar")
    assert found.cue[2] == "قَالَ" and source_text(found) == "الوزيـــر"
    check_offsets(text, found)


def test_ar_quote():
    found = only('وأضاف الوزير: "لن نتراجع".', "ar")
    assert source_text(found) == "الوزير" and found.quote


def test_ar_hedges():
    assert is_hedged("ويُزعم أن المشتبه به فر إلى تركيا.", "ar")
    assert is_hedged("بحسب ما أفادت وسائل إعلام محلية، قتل خمسة.", "ar")
    assert is_hedged("ويعتقد أن القائد قتل في الغارة.", "ar")
    assert is_hedged("وكان ظاهراً أن الاتفاق انهار.", "ar")
    assert not is_hedged("قتل خمسة أشخاص في الغارة.", "ar")


@pytest.mark.parametrize(
    ("text", "stance", "party"),
    [
        ("وأكد مصدر أمني صحة الأنباء عن مقتل ثلاثة أشخاص.", "confirmed", "مصدر أمني"),
        ("نفى المتحدث باسم الجيش هذه الاتهامات.", "denied", "المتحدث باسم الجيش"),
        ("ورفضت وزارة الخارجية التعليق على التقرير.", "declined", "وزارة الخارجية"),
        ("وامتنع المتحدث عن التعليق.", "declined", "المتحدث"),
        ("ولم تعلق الحكومة على هذه الأنباء.", "no_comment", "الحكومة"),
        ("ولم ترد الشركة على طلب للتعليق.", "no_comment", "الشركة"),
    ],
)
def test_ar_responses(text, stance, party):
    (response,) = find_responses(text, "ar")
    assert response.stance == stance
    assert response.party is not None and response.party[2] == party


# --- Persian ---------------------------------------------------------------------------------


def test_fa_attributions():
    found = only("سخنگوی وزارت خارجه روز دوشنبه در نشست خبری گفت که مذاکرات ادامه دارد.", "fa")
    assert source_text(found) == "سخنگوی وزارت خارجه"
    assert found.content[2] == "مذاکرات ادامه دارد"
    found = only("به گزارش خبرگزاری ایرنا، وزیر امور خارجه به تهران سفر کرد.", "fa")
    assert source_text(found) == "خبرگزاری ایرنا" and found.publisher
    found = only("منابع آگاه به رویترز گفتند که توافق نزدیک است.", "fa")
    assert found.anonymous
    # ZWNJ, or a plain space, inside the verb: the same cue.
    for verb in ("می‌گوید", "میگوید", "می گوید"):
        assert only(f"وزیر نفت {verb} تولید افزایش یافته است.", "fa").source[2] == "وزیر نفت"


def test_fa_hedges_and_responses():
    assert is_hedged("گفته می‌شود او به ترکیه گریخته است.", "fa")
    (response,) = find_responses("سخنگوی وزارت خارجه این گزارش را تکذیب کرد.", "fa")
    assert response.stance == "denied" and response.party[2] == "سخنگوی وزارت خارجه"
    (response,) = find_responses("وزارت نفت از اظهار نظر خودداری کرد.", "fa")
    assert response.stance == "declined"


# --- German, Spanish, French -----------------------------------------------------------------


def test_de_attributions():
    found = only("Am Montag sagte der Minister, es gebe keine Einigung.", "de")
    assert source_text(found) == "der Minister" and found.content[2] == "es gebe keine Einigung"
    found = only("Laut dem Innenministerium wurden drei Menschen getötet.", "de")
    assert source_text(found) == "dem Innenministerium"
    found = only("Dem Bericht zufolge wurden drei Menschen getötet.", "de")
    assert found.cue[2] == "zufolge" and source_text(found) == "Dem Bericht"
    found = only(
        "Die Gespräche sind gescheitert, sagte ein Diplomat, der anonym bleiben wollte.", "de"
    )
    assert source_text(found) == "ein Diplomat" and found.anonymous
    found = only("„Wir werden nicht nachgeben“, sagte Merkel.", "de")
    assert source_text(found) == "Merkel" and found.quote


def test_de_hedges_and_responses():
    assert is_hedged("Der Täter ist angeblich geflohen.", "de")
    assert is_hedged("Der mutmaßliche Täter wurde festgenommen.", "de")
    (response,) = find_responses("Das Ministerium wollte sich nicht äußern.", "de")
    assert response.stance == "declined" and response.party[2] == "Das Ministerium"
    (response,) = find_responses("Der Konzern dementierte den Bericht.", "de")
    assert response.stance == "denied"


def test_es_attributions():
    found = only("El portavoz del ministerio dijo que las conversaciones continuarán.", "es")
    assert source_text(found) == "El portavoz del ministerio"
    found = only("Según fuentes diplomáticas, el acuerdo está cerca.", "es")
    assert found.cue[2] == "Según" and found.anonymous
    found = only("«No vamos a ceder», afirmó el presidente.", "es")
    assert source_text(found) == "el presidente" and found.quote
    found = only("Las negociaciones fracasaron, informó el diario El País.", "es")
    assert source_text(found) == "el diario El País" and found.publisher
    assert only("Dijo que no habría más retrasos.", "es").source is None  # dropped subject


def test_es_hedges_and_responses():
    assert is_hedged("El sospechoso supuestamente huyó.", "es")
    assert is_hedged("El presunto autor fue detenido.", "es")
    (response,) = find_responses("El ministerio se negó a comentar.", "es")
    assert response.stance == "declined" and response.party[2] == "El ministerio"
    (response,) = find_responses("El gobierno desmintió la información.", "es")
    assert response.stance == "denied"


def test_fr_attributions():
    found = only("Le porte-parole du ministère a déclaré que les discussions reprendraient.", "fr")
    assert source_text(found) == "Le porte-parole du ministère"
    assert found.content[2] == "les discussions reprendraient"
    found = only("Selon l'AFP, trois personnes ont été tuées.", "fr")
    assert source_text(found) == "l'AFP"
    found = only("D’après des sources diplomatiques, l'accord est proche.", "fr")
    assert found.anonymous
    found = only("Les négociations ont échoué, a rapporté le journal Le Monde.", "fr")
    assert source_text(found) == "le journal Le Monde" and found.publisher
    found = only("« Nous ne céderons pas », a affirmé le président.", "fr")
    assert found.quote and source_text(found) == "le président"


def test_fr_hedges_and_responses():
    assert is_hedged("Le suspect aurait fui en Turquie.", "fr")
    assert is_hedged("Le présumé complice a été arrêté.", "fr")
    assert not is_hedged("S'il avait su, il aurait fui.", "fr")  # a real conditional
    (response,) = find_responses("Le ministère n'a pas souhaité commenter.", "fr")
    assert response.stance == "declined" and response.party[2] == "Le ministère"
    (response,) = find_responses("L'Élysée a démenti ces informations.", "fr")
    assert response.stance == "denied"


def test_unsupported_language_and_empty_text():
    assert find_attributions("Er sagte nichts.", "xx") == []
    assert find_hedges("", "en") == []
    assert find_responses("   ", "ar") == []


# --- PolNeAR ---------------------------------------------------------------------------------


def _bench_module():
    path = ROOT / "bench" / "attribution.py"
    spec = importlib.util.spec_from_file_location("bench_attribution", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_polnear_dev_floor():
    """A few PolNeAR dev articles, scored as bench/attribution.py does (floor, not target)."""
    data: Path = shared_dataset("polnear")
    if not (data / "data" / "dev" / "attributions").is_dir():
        pytest.skip("needs ../shared/datasets/polnear/data/dev (not present in this checkout)")
    bench = _bench_module()
    articles = bench.load_split("dev")[:12]
    scores = bench.score(articles, bench.predict(articles, use_ner=False))
    assert scores["sources_overlap"]["f1"] >= 60, scores["sources_overlap"]
    assert scores["relations"]["f1"] >= 60, scores["relations"]
