"""Origins, independence and status on hand-built multilingual records (issue 13): first-hand
needs evidence, places and nationality words are never sources, wire copies rest on the
agency, one party's word counts once, and only a party with standing disputes an event.

Each article tells one event (Rami Saleh's arrest on 2025-03-04) in its first sentence; the
texts are fictional and short, in the languages that have a pack (and Russian, which uses
the generic pack)."""

from __future__ import annotations

from dataclasses import dataclass, field

from newstrace.models import (
    Article,
    Attribution,
    Entity,
    EntityMention,
    EventMention,
    Sentence,
    SentenceResponse,
    TextSpan,
)
from newstrace.provenance import trace

SALEH, POLICE, MINISTRY, NASSER, KHOURY = (
    "e_saleh",
    "e_police",
    "e_ministry",
    "e_nasser",
    "e_khoury",
)
WIRE, TIMES, ATHLETIC, AP = "e_wire", "e_times", "e_athletic", "e_ap"
JORDAN, JORDANIAN, ANON = "e_jordan", "e_jordanian", "e_anon"
EURO = "e_euro"

ENTITIES = [
    Entity(SALEH, "person", "Rami Saleh"),
    Entity(POLICE, "organization", "Amman police"),
    Entity(MINISTRY, "organization", "Ministry of Interior"),
    Entity(NASSER, "person", "Leila Nasser"),
    Entity(KHOURY, "person", "Omar Khoury"),
    Entity(WIRE, "outlet", "Levant Wire"),
    Entity(TIMES, "outlet", "Cedar Times"),
    Entity(ATHLETIC, "outlet", "The Ledger"),
    Entity(AP, "outlet", "Associated Press"),
    Entity(JORDAN, "place", "Jordan"),
    Entity(JORDANIAN, "place", "Jordanian"),  # the gazetteer types nationality words places
    Entity(ANON, "other", "two officials", anonymous=True),
    Entity(EURO, "other", "Euro Cup"),
    *(Entity(f"e_site{n}", "outlet", f"site{n}.example") for n in range(10)),
]


@dataclass
class Cite:
    entity: str
    publisher: bool = False
    anonymous: bool = False
    # where the attribution's content lies, as a part of the sentence: "all" (the event is
    # what it reports) or "after" (a reaction after the event clause)
    content: str = "all"


@dataclass
class Piece:
    """One sentence of an article; ``event`` marks the sentence that tells the arrest."""

    text: str
    cites: list[Cite] = field(default_factory=list)
    event: bool = False
    negated: bool = False


def article(
    number: int,
    pieces: list[Piece],
    *,
    language: str = "en",
    url: str | None = None,
    outlet: str | None = None,
    published: str = "2025-03-05",
) -> tuple[Article, dict[int, str]]:
    article_id = f"a{number}"
    outlet_entity = outlet or f"e_site{number}"
    sentences, events, offset = [], [], 0
    for index, piece in enumerate(pieces):
        start, end = offset, offset + len(piece.text)
        sentence = Sentence(index, piece.text, start, end)
        half = start + len(piece.text) // 2
        for cite in piece.cites:
            content = TextSpan("", start, end) if cite.content == "all" else TextSpan("", half, end)
            cue, source = TextSpan("said", half, half + 4), TextSpan("x", start, start + 1)
            sentence.attributions.append(
                Attribution(cue, source=source, content=content, entity=cite.entity,
                            publisher=cite.publisher, anonymous=cite.anonymous)
            )  # fmt: skip
        if piece.event:
            events.append(
                EventMention(index, "arrest", TextSpan("arrested", start + 1, start + 9),
                             targets=[0], date="2025-03-04", date_source="sentence",
                             negated=piece.negated)
            )  # fmt: skip
        sentences.append(sentence)
        offset = end + 1
    text = " ".join(p.text for p in pieces)
    made = Article(
        id=article_id, path=f"{article_id}.txt", url=url or f"https://site{number}.example/a",
        outlet=f"site{number}.example", title=None, published=published, language=language,
        sentences=sentences, text=text, outlet_entity=outlet_entity,
        mentions=[EntityMention(0, 0, 10, "Rami Saleh", "person", "ner", 0.9, local=0)],
        events=events,
    )  # fmt: skip
    return made, {0: SALEH, -1: outlet_entity}


def run(items: list[tuple[Article, dict[int, str]]]):
    traced = trace([a for a, _ in items], ENTITIES, {a.id: ids for a, ids in items})
    (event,) = traced.events
    return event


def told(text: str, *cites: Cite, negated: bool = False) -> Piece:
    return Piece(text, list(cites), event=True, negated=negated)


# ------------------------------------------------------------------------------ first-hand


def test_an_exclusive_echoed_in_several_languages_is_single_source() -> None:
    # Levant Wire has learned it (it cites itself); outlets in six languages echo it, some
    # citing Levant Wire, some without any citation: one root, Levant Wire.
    by_wire = Cite(WIRE, publisher=True)
    items = [
        article(0, [told("Rami Saleh was arrested on Tuesday, Levant Wire has learned.",
                         by_wire)], outlet=WIRE, url="https://levantwire.example/x"),
        article(1, [told("اعتقل رامي صالح يوم الثلاثاء، بحسب ليفانت واير.", by_wire)],
                language="ar"),
        article(2, [told("به گزارش لوانت وایر، رامی صالح روز سه‌شنبه بازداشت شد.", by_wire)],
                language="fa"),
        article(3, [told("Rami Saleh wurde am Dienstag festgenommen.")], language="de"),
        article(4, [told("Rami Saleh fue detenido el martes, según Levant Wire.", by_wire)],
                language="es"),
        article(5, [told("Rami Saleh a été arrêté mardi.")], language="fr"),
        article(6, [told("Рами Салех был задержан во вторник.")], language="ru"),
    ]  # fmt: skip
    event = run(items)
    assert event.independent_sources == 1 and event.status == "single-source"
    assert event.origins == [WIRE]
    (root,) = event.roots
    assert root.entity == WIRE and {r.article for r in root.reports} == {"a0", "a1", "a2", "a4"}
    bases = {e.article: e.basis for e in event.evidence}
    assert bases["a3"] == bases["a5"] == bases["a6"] == "unattributed"


def test_quoting_a_person_about_something_else_is_not_first_hand() -> None:
    # Before: any named person quoted anywhere made the whole article first-hand, so two
    # outlets that only restate the arrest and quote a reaction counted as two sources.
    items = [
        article(n, [told("Rami Saleh was arrested on Tuesday."),
                    Piece("The arrest is a scandal, Omar Khoury said.", [Cite(KHOURY)])],
                language=language)
        for n, language in ((1, "en"), (2, "de"))
    ]  # fmt: skip
    event = run(items)
    assert event.independent_sources == 0 and event.status == "unattributed"
    assert event.origins == [] and event.roots == []


def test_own_reporting_phrases_make_the_outlet_a_source_in_every_pack() -> None:
    phrases = {
        "en": "Our correspondent in Amman saw the police van.",
        "ar": "وشاهد مراسلنا في عمّان سيارة الشرطة.",
        "fa": "خبرنگار ما در امان خودروی پلیس را دید.",
        "de": "Unser Korrespondent in Amman sah den Polizeiwagen.",
        "es": "Nuestro corresponsal en Amán vio el furgón policial.",
        "fr": "Notre correspondant à Amman a vu le fourgon de police.",
    }
    for number, (language, phrase) in enumerate(phrases.items()):
        items = [article(number, [told("Rami Saleh was arrested on Tuesday."), Piece(phrase)],
                         language=language)]  # fmt: skip
        event = run(items)
        assert event.independent_sources == 1, language
        assert event.origins == [f"e_site{number}"], language
        assert event.roots[0].reports[0].how == "first-hand", language


def test_a_first_hand_signal_far_from_the_happening_is_not_first_hand_for_it() -> None:
    # Before: one analyst who "told CNN" something twenty sentences on, or a correspondent
    # who saw something else, made the whole article first-hand for the lead's happening.
    phrases = {
        "en": "Our correspondent in Amman saw the new market.",
        "ar": "وشاهد مراسلنا في عمّان السوق الجديدة.",
        "fa": "خبرنگار ما در امان بازار جدید را دید.",
        "de": "Unser Korrespondent in Amman sah den neuen Markt.",
        "es": "Nuestro corresponsal en Amán vio el nuevo mercado.",
        "fr": "Notre correspondant à Amman a vu le nouveau marché.",
    }
    filler = [Piece(f"Background paragraph {n}.") for n in range(12)]
    for number, (language, phrase) in enumerate(phrases.items()):
        pieces = [told("Rami Saleh was arrested on Tuesday."), *filler, Piece(phrase)]
        event = run([article(number, pieces, language=language)])
        assert event.independent_sources == 0 and event.status == "unattributed", language
    # a commentator telling this outlet, far down the article
    comment = Piece("The case is unusual, an analyst told Site 1.", [Cite("e_site1")])
    event = run([article(1, [told("Rami Saleh was arrested on Tuesday."), *filler, comment])])
    assert event.independent_sources == 0 and event.status == "unattributed"


def test_told_this_outlet_by_its_name_on_its_own_site_is_first_hand() -> None:
    # "told The Ledger" on theledger.example: the outlet entity named in the text is not the
    # one made from the site's host, but the name is the host's
    items = [
        article(1, [told("Rami Saleh was arrested on Tuesday."),
                    Piece("His lawyer told The Ledger he would appeal.",
                          [Cite(NASSER), Cite(ATHLETIC, publisher=True)])],
                url="https://www.theledger.example/news/1"),
    ]  # fmt: skip
    event = run(items)
    assert event.independent_sources == 1
    assert event.roots[0].reports[0].how == "first-hand"


# -------------------------------------------------------------------------------- sources


def test_places_and_nationality_words_are_never_sources() -> None:
    for number, entity in enumerate((JORDAN, JORDANIAN)):
        event = run([article(number, [told("Rami Saleh was arrested, Jordanian said.",
                                           Cite(entity))])])  # fmt: skip
        assert event.independent_sources == 0 and event.origins == [], entity


def test_a_reaction_in_the_sentence_is_not_the_source_of_the_event() -> None:
    # "Rami Saleh was arrested on Tuesday, which Omar Khoury condemned": Khoury reacts; the
    # event is not what he reports
    reaction = Cite(KHOURY, content="after")
    event = run([article(1, [told("Rami Saleh was arrested on Tuesday, which Omar Khoury "
                                  "condemned as a scandal.", reaction)])])  # fmt: skip
    assert event.independent_sources == 0 and event.status == "unattributed"


def test_one_party_carried_by_several_outlets_counts_once() -> None:
    items = [
        article(1, [told("Rami Saleh was arrested on Tuesday, the Amman police said.",
                         Cite(POLICE))]),
        article(2, [told("Rami Saleh wurde festgenommen, teilte die Polizei mit.",
                         Cite(POLICE))], language="de"),
        article(3, [told("اعتقلت الشرطة رامي صالح، بحسب بيان للشرطة.", Cite(POLICE))],
                language="ar"),
    ]  # fmt: skip
    event = run(items)
    assert event.independent_sources == 1 and event.status == "single-source"
    assert event.origins == [POLICE]


def test_two_outlets_with_their_own_named_sources_are_corroborated() -> None:
    items = [
        article(1, [told("Rami Saleh wurde am Dienstag festgenommen, sagte die Polizei.",
                         Cite(POLICE))], language="de"),
        article(2, [told("به گفته لیلا ناصر، رامی صالح روز سه‌شنبه بازداشت شد.",
                         Cite(NASSER))], language="fa"),
    ]  # fmt: skip
    event = run(items)
    assert event.independent_sources == 2 and event.status == "corroborated"
    assert {r.kind for r in event.roots} == {"party"}


# ---------------------------------------------------------------------------------- wires


def test_uncited_wire_copies_rest_on_the_agency() -> None:
    story = "Rami Saleh was arrested on Tuesday in Amman."
    items = [
        article(1, [told(f"AMMAN, Jordan (AP) — {story}")]),
        article(2, [told(story), Piece("Copyright 2025 The Associated Press.")]),
        article(3, [told(story)], url="https://www.site3.example/aponline/2025/03/05/x.html"),
        article(4, [told("اعتقل رامي صالح يوم الثلاثاء في عمّان (رويترز) - ")], language="ar"),
    ]  # fmt: skip
    event = run(items)
    assert event.independent_sources == 2 and event.status == "corroborated"
    wires = {r.entity or r.name: r for r in event.roots}
    assert set(wires) == {AP, "Reuters"}
    assert {r.article for r in wires[AP].reports} == {"a1", "a2", "a3"}
    assert {r.kind for r in event.roots} == {"wire"}
    assert {e.basis for e in event.evidence} <= {"wire", "copy"}


def test_a_wire_story_has_the_roots_its_text_cites() -> None:
    items = [
        article(1, [told("AMMAN (AP) — Rami Saleh was arrested on Tuesday, police said.",
                         Cite(POLICE)),
                    Piece("He was held overnight."),
                    told("Saleh was arrested at his home.")]),
    ]  # fmt: skip
    event = run(items)
    assert event.independent_sources == 1 and event.origins == [POLICE]


def test_a_photo_credit_is_not_a_wire_credit() -> None:
    event = run([article(1, [told("Rami Saleh was arrested on Tuesday."),
                             Piece("(AP Photo/Jane Doe)")])])  # fmt: skip
    assert event.independent_sources == 0


# ------------------------------------------------------------------------------- collapses


def test_speakers_reached_only_through_one_outlet_fold_into_it() -> None:
    # the lawyer and the brother spoke to The Ledger; the others retell The Ledger's story
    ledger = Cite(ATHLETIC, publisher=True)
    items = [
        article(1, [told("Rami Saleh was arrested on Tuesday, his lawyer told The Ledger.",
                         Cite(NASSER), ledger)]),
        article(2, [told("Saleh was arrested, his brother told The Ledger.",
                         Cite(KHOURY), ledger)], language="es"),
    ]  # fmt: skip
    event = run(items)
    assert event.independent_sources == 1 and event.origins == [ATHLETIC]
    (root,) = event.roots
    assert {(r.via, r.how) for r in root.reports} == {(NASSER, "exclusive"), (KHOURY, "exclusive")}


def test_an_outlet_cited_for_what_it_relays_collapses_to_its_source() -> None:
    # site2 cites Cedar Times; Cedar Times's own report rests on the police: one root
    items = [
        article(1, [told("Rami Saleh was arrested on Tuesday, police said.", Cite(POLICE))],
                outlet=TIMES),
        article(2, [told("Rami Saleh was arrested, Cedar Times reported.",
                         Cite(TIMES, publisher=True))], language="fr"),
    ]  # fmt: skip
    event = run(items)
    assert event.independent_sources == 1 and event.origins == [POLICE]
    (root,) = event.roots
    assert ("a2", TIMES, "relay") in {(r.article, r.via, r.how) for r in root.reports}


def test_anonymous_sources_stand_for_their_outlet() -> None:
    event = run([article(1, [told("Rami Saleh was arrested, two officials said.",
                                  Cite(ANON, anonymous=True))])])  # fmt: skip
    assert event.origins == ["e_site1"] and event.roots[0].reports[0].how == "anonymous"


# ---------------------------------------------------------------------------------- status


def test_an_official_contradiction_of_the_event_is_a_dispute() -> None:
    items = [
        article(1, [told("Rami Saleh was arrested on Tuesday, Leila Nasser said.",
                         Cite(NASSER))]),
        article(2, [told("Rami Saleh was not arrested, the Ministry of Interior said.",
                         Cite(MINISTRY), negated=True)], language="ar"),
    ]  # fmt: skip
    event = run(items)
    assert event.status == "disputed" and "a2" in (event.status_reason or "")
    # the contradicting party supports nothing
    assert event.independent_sources == 1 and event.origins == [NASSER]


def test_an_unattributed_negation_is_not_a_dispute() -> None:
    # "… was not arrested in 2019": a negated background sentence nobody voices
    items = [
        article(1, [told("Rami Saleh was arrested on Tuesday, Leila Nasser said.",
                         Cite(NASSER))]),
        article(2, [told("Rami Saleh was not arrested before.", negated=True)]),
    ]  # fmt: skip
    event = run(items)
    assert event.status == "single-source" and event.status_reason is None


def test_corroborated_needs_two_roots_after_every_collapse() -> None:
    # three outlets, one exclusive (Levant Wire) and an anonymous echo of it: single-source
    items = [
        article(1, [told("Rami Saleh was arrested on Tuesday, Levant Wire reported.",
                         Cite(WIRE, publisher=True))]),
        article(2, [told("Rami Saleh a été arrêté, selon Levant Wire.",
                         Cite(WIRE, publisher=True))], language="fr"),
        article(3, [told("Rami Saleh was arrested on Tuesday.")]),
    ]  # fmt: skip
    event = run(items)
    assert event.status == "single-source" and event.independent_sources == 1


def test_a_place_speaking_through_an_official_body_is_a_source() -> None:
    # "Jordan's interior ministry said": the entity linker resolved the source to the place,
    # but the source names an official body of it
    for number, (language, source) in enumerate(
        (("en", "Jordan's interior ministry"), ("ar", "وزارة الداخلية الأردنية"),
         ("de", "das jordanische Innenministerium"), ("fa", "وزارت کشور اردن"))
    ):  # fmt: skip
        made, ids = article(number, [told("Rami Saleh was arrested.", Cite(JORDAN))],
                            language=language)  # fmt: skip
        made.sentences[0].attributions[0].source = TextSpan(source, 0, len(source))
        event = run([(made, ids)])
        assert event.origins == [JORDAN], language


def test_a_source_the_sentence_does_not_name_is_none() -> None:
    # "it was reported only after …": a passive cue without a named source, which the claims
    # stage resolved to some earlier name
    made, ids = article(1, [told("Rami Saleh was arrested, it was reported.", Cite(KHOURY))])
    made.sentences[0].attributions[0].source = None
    assert run([(made, ids)]).independent_sources == 0


def test_the_contradicting_party_s_statement_is_kept_as_its_response() -> None:
    items = [
        article(1, [told("Rami Saleh was arrested on Tuesday, Leila Nasser said.",
                         Cite(NASSER))]),
        article(2, [told("Rami Saleh wurde nicht festgenommen, erklärte das Innenministerium.",
                         Cite(MINISTRY), negated=True)], language="de"),
    ]  # fmt: skip
    event = run(items)
    assert event.status == "disputed"
    assert [(r.entity, r.stance, r.article) for r in event.responses] == [
        (MINISTRY, "denied", "a2")
    ]


def test_one_party_s_response_quoted_by_several_outlets_is_one_response() -> None:
    items = []
    for number, language in ((1, "en"), (2, "ar"), (3, "fa")):
        made, ids = article(number, [told("Rami Saleh was arrested, Leila Nasser said.",
                                          Cite(NASSER)),
                                     Piece("The ministry declined to comment.")],
                            language=language)  # fmt: skip
        made.sentences[1].responses.append(
            SentenceResponse("declined", TextSpan("declined", 0, 8), entity=MINISTRY)
        )
        items.append((made, ids))
    event = run(items)
    (response,) = event.responses
    assert (response.entity, response.stance, response.article) == (MINISTRY, "declined", "a1")
    assert [(e.article, e.sentence) for e in response.evidence] == [("a1", 1), ("a2", 1), ("a3", 1)]


def test_a_quote_told_to_this_site_by_name_is_first_hand() -> None:
    # the claims stage found the speaker of "told the Standard" but not the listener
    text = "Rami Saleh was arrested on Tuesday. A neighbour told the Standard she saw it."
    made, ids = article(1, [told("Rami Saleh was arrested on Tuesday."),
                            Piece("A neighbour told the Standard she saw it.", [Cite(KHOURY)])],
                        url="https://www.standard.example/news/1")  # fmt: skip
    made.text = text
    cue = text.index("told")
    made.sentences[1].attributions[0].cue = TextSpan("told", cue, cue + 4)
    event = run([(made, ids)])
    assert event.origins == ["e_site1"] and event.roots[0].reports[0].how == "first-hand"
    elsewhere, ids = article(2, [told("Rami Saleh was arrested on Tuesday."),
                                 Piece("A neighbour told the Standard she saw it.",
                                       [Cite(KHOURY)])])  # fmt: skip
    elsewhere.text = text
    elsewhere.sentences[1].attributions[0].cue = TextSpan("told", cue, cue + 4)
    assert run([(elsewhere, ids)]).independent_sources == 0


def test_a_negation_about_other_participants_is_not_a_dispute() -> None:
    # a quoted "… that didn't arrest anyone" names nobody of the event
    items = [
        article(1, [told("Rami Saleh was arrested on Tuesday, Leila Nasser said.",
                         Cite(NASSER))]),
        article(2, [told("The raid didn't arrest anyone, the Ministry of Interior said.",
                         Cite(MINISTRY), negated=True)], language="es"),
    ]  # fmt: skip
    items[1][0].events[0].targets = []
    event = run(items)
    assert event.status == "single-source" and event.responses == []


def test_a_sentence_to_prison_is_no_reaction_but_a_condemnation_is() -> None:
    # "condemned to", "condenado a", "condamné à", "zu … verurteilt" tell a sentencing, which
    # a source may report; "condemned the arrest" reacts to it
    for number, (language, text, counts) in enumerate(
        (("en", "Rami Saleh was arrested and condemned to death, Leila Nasser said.", 1),
         ("es", "Rami Saleh fue detenido y condenado a muerte, dijo Leila Nasser.", 1),
         ("fr", "Rami Saleh a été arrêté et condamné à mort, a dit Leila Nasser.", 1),
         ("de", "Rami Saleh wurde festgenommen und zu drei Jahren verurteilt, sagte Leila Nasser.",
          1),
         ("en", "Leila Nasser condemned the arrest of Rami Saleh on Tuesday.", 0),
         ("fr", "Leila Nasser a condamné l'arrestation de Rami Saleh.", 0))
    ):  # fmt: skip
        made, ids = article(number, [told(text, Cite(NASSER))], language=language)
        made.sentences[0].attributions[0].content = TextSpan("", 0, len(text))
        made.sentences[0].attributions[0].cue = TextSpan("", len(text), len(text))
        assert run([(made, ids)]).independent_sources == counts, (language, text)


def test_a_name_a_trained_model_calls_other_is_no_source() -> None:
    # "Euro 2016 said" (a trained model's miscellaneous name) speaks for nobody; the fallback
    # finder's "other" (de, es, fr: "Amnesty International") may be an organisation
    for number, (language, source, counts) in enumerate(
        (("en", "ner", 0), ("de", "fallback", 1))
    ):  # fmt: skip
        text = "Rami Saleh was arrested, Euro Cup said."
        made, ids = article(number, [told(text, Cite(EURO))], language=language)
        at = text.index("Euro")
        made.mentions.append(
            EntityMention(0, at, at + 8, "Euro Cup", "other", source, 0.9, local=5)
        )
        made.sentences[0].attributions[0].source = TextSpan("Euro Cup", at, at + 8)
        made.text = text
        ids[5] = EURO
        assert run([(made, ids)]).independent_sources == counts, language
