"""The per-article entity stage: names found, typed, placed, and grouped inside the article.

A pure function of one article (so it can run in any worker): the trained NER model for
en/ar/fa (the capitalisation fallback elsewhere), publisher cues that make a name an outlet,
the gazetteer for places (settled by the countries the article mentions), and a within-article
grouping where "Zarif" joins "Mohammad Javad Zarif" when only one such person is named.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from .. import lang
from ..models import Article, EntityMention, Sentence
from ..nlp.roles import dateline, is_caption, is_furniture
from . import evidence, fallback, mend, ner
from .names import blocking_keys, compare_names
from .outlets import has_publisher_cue, noun_introduced_outlets
from .places import Place, demonym_countries, gazetteer

NER_CONFIDENCE = 0.9
PATTERN_CONFIDENCE = 0.8
# The dateline can only open one of the first sentences (after a headline line, a byline).
_DATELINE_SENTENCES = 3


def find_mentions(article: Article) -> list[EntityMention]:
    """Every entity mention of the article, typed, with places resolved and local groups set."""
    sentences = article.sentences
    language = article.language or ""
    texts = [s.text for s in sentences]
    if language in ner.available_languages():
        found, source, confidence = ner.recognise(texts, language), "ner", NER_CONFIDENCE
    else:
        found, source, confidence = (
            fallback.recognise(texts, language),
            "fallback",
            (fallback.CONFIDENCE),
        )
    headed: set[str] = set()
    mended: list[list[ner.Span]] = []
    for sentence, spans in zip(sentences, found, strict=True):
        if source == "ner" and lang.get(language).script != "arabic":
            # The CRF does not stop names early (and extending them runs over all-capitals
            # headlines: "CUTTITTA BACK FOR ITALY"); only the spaCy CNN needs that repair.
            spans = repair_spans(sentence.text, spans, language, ner.engine(language) == "spacy")
        if source == "ner":
            spans = mend.mend(sentence.text, spans, language)
        spans = mend.coordinated(sentence.text, spans, language)
        guessed = source == "fallback"
        mended.append(
            [
                kept
                for span in spans
                if (kept := mend.keep(sentence.text, span, language, guessed)) is not None
            ]
        )
    mentions: list[EntityMention] = []
    for sentence, spans in zip(sentences, mend.drop_common(texts, mended, language), strict=True):
        if is_furniture(sentence.text):
            continue  # a share button or newsletter prompt names nobody ("Invalid Email")
        mentions.extend(_sentence_mentions(sentence, spans, language, source, confidence, headed))
    _share_organisation_type(mentions, headed)
    _consistent_types(mentions, language)
    _acronyms_of_names(mentions, article.text)
    _resolve_places(mentions, demonym_countries(article.text))
    _group(mentions)
    return mentions


_NEXT_CAPITALISED = re.compile(r" ([A-Z][\w'’-]+)")
# A number after a name ("France 24"); never a score ("2-1", "3:0") or a decimal.
_NEXT_NUMBER = re.compile(r" (\d{1,3})\b(?![.,:\-–]\d)")
# A line of names each followed by a number ("Omar Fathi 7, Samir Nadim 6"): ratings or
# scores, where the number is never part of the name.
_RATED_NAME = re.compile(r"[A-Z][\w'’-]+ \d{1,2}(?:\s*[,;]|\s*$)")
# A result line ("Plymouth 4 Exeter 1"): a number, a name, a number.
_RESULT = re.compile(r"\b\d{1,3} [A-Z][\w'’-]*(?: [A-Z][\w'’-]*)* \d{1,3}\b")
# After the number, another number: a table row ("Vancouver 14 11 1"), never a channel's name.
_TABLE_TAIL = re.compile(r" \d")


def repair_spans(
    text: str, spans: Sequence[ner.Span], language: str, extend_names: bool = True
) -> list[ner.Span]:
    """Mend habits of the NER models on Latin-script text.

    The CNN stops a long name early ("Mohammad Javad" of "Mohammad Javad Azari Jahromi"):
    with ``extend_names`` a person or organisation span is extended over the capitalised
    words right after it. The CRF (``extend_names`` off) may leave out a given name it never
    saw ("Barack" of "Barack Obama"): a person span takes in the words right before it that
    the dictionary lists as names and the model never saw. Both drop the number of a
    channel's name ("France" of "France 24"): an organisation is extended over a short
    number, and so is a place that a publisher cue follows ("France 24 reported").
    """
    calendar = fallback.calendar_words(language)
    starts = {span.start for span in spans}
    ends = {span.end for span in spans}
    rated = len(_RATED_NAME.findall(text)) >= 2 or _RESULT.search(text) is not None
    repaired: list[ner.Span] = []
    for span in spans:
        start, end, label = span.start, span.end, span.label
        if extend_names and label in ("person", "organization"):
            while (match := _NEXT_CAPITALISED.match(text, end)) and match.start(1) not in starts:
                if match.group(1).casefold() in calendar:
                    break
                end = match.end(1)
        if not extend_names and label == "person":
            while (
                (before := _GIVEN_NAME_BEFORE.search(text, 0, start))
                and before.end() == start
                and before.start(1) not in ends
                and fallback.proper_noun(before.group(1), language)
                and ner.unseen_word(before.group(1), language)
            ):
                start = before.start(1)
        number = _NEXT_NUMBER.match(text, end)
        if (
            number is not None
            and not rated
            and not _TABLE_TAIL.match(text, number.end(1))
            and (
                label in ("organization", "other")
                or (label == "place" and has_publisher_cue(text, start, number.end(1), language))
            )
        ):
            end = number.end(1)
            label = "organization" if label == "place" else label
        repaired.append(ner.Span(start, end, label, text[start:end]))
    return repaired


# A capitalised word right before a span (one space between).
_GIVEN_NAME_BEFORE = re.compile(r"(?<![\w.])([A-Z][a-z]+) $")


def _sentence_mentions(
    sentence: Sentence,
    spans: Sequence[ner.Span],
    language: str,
    source: str,
    confidence: float,
    headed: set[str],
) -> list[EntityMention]:
    """The sentence's mentions; the names an organisation head noun introduces are added to
    ``headed``."""
    text = sentence.text
    role = "caption" if is_caption(text) else None
    line = dateline(text) if sentence.index < _DATELINE_SENTENCES else None
    out: list[EntityMention] = []
    taken: list[tuple[int, int]] = []
    for cue in noun_introduced_outlets(text, language):
        out.append(
            _mention(
                sentence,
                cue.start,
                cue.end,
                "outlet",
                "pattern",
                PATTERN_CONFIDENCE,
                role,
                publisher=True,
            )
        )
        taken.append((cue.start, cue.end))
    for span in spans:
        if any(span.start < end and start < span.end for start, end in taken):
            continue  # the publisher-noun reading already covers this name
        kind, publisher = _evidenced_type(text, span, language, source)
        if not publisher:
            if (
                kind == "place"
                or (kind in ("person", "other") and text[span.start - 1 : span.start] in _QUOTES)
            ) and _after_organisation_head(text, span.start, language):
                kind = "organization"
                headed.add(span.text)
            elif kind == "place" and _opponent(text, span, language):
                kind = "organization"
        mention_role = role
        if line and span.start >= line[0] and span.end <= line[1]:
            mention_role = "dateline"
        out.append(
            _mention(
                sentence, span.start, span.end, kind, source, confidence, mention_role, publisher
            )
        )
    if line and not any(m.role == "dateline" for m in out):
        start, end = line
        if gazetteer().candidates(text[start:end]):
            out.append(
                _mention(sentence, start, end, "place", "pattern", PATTERN_CONFIDENCE, "dateline")
            )
    return sorted(out, key=lambda m: m.start)


# A person or an event after a head noun is its complement ("جماعة صالح": Saleh's group,
# "تنظيم مونديال": organising the World Cup), unless quoted as its name ("شركة «مرسيدس بنز»").
_QUOTES = '«“"'


@lru_cache(maxsize=16)
def _organisation_head(language: str) -> re.Pattern[str] | None:
    """A head noun of an organisation's name ending the text before a name, a proclitic and a
    quotation mark allowed ("تنظيم “داعش", "لنادي الهلال"). Never with the article: then the
    noun is a title ("الفريق محمد": the general) or a phrase of its own ("في التنظيم عمر")."""
    heads = lang.get(language).apposition_heads
    if not heads:
        return None
    words = "|".join(re.escape(h) for h in heads)
    return re.compile(rf"(?:^|\s)[وف]?[بل]?(?:{words})[\u064b-\u065f]*\s*[«“\"]?\s*$")


def _after_organisation_head(text: str, start: int, language: str) -> bool:
    pattern = _organisation_head(language)
    return pattern is not None and pattern.search(text, max(0, start - 30), start) is not None


@lru_cache(maxsize=16)
def _opponent_pattern(language: str) -> re.Pattern[str] | None:
    """A match word, up to four words (a score), an opponent preposition and at most a noun
    with a possessive ("على جاره نيس"; never "على ملعب ...", a stadium), all in one clause."""
    pack = lang.get(language)
    if not pack.match_words or not pack.opponent_prepositions:
        return None
    words = "|".join(map(re.escape, pack.match_words))
    before = "|".join(map(re.escape, pack.opponent_prepositions))
    return re.compile(
        rf"(?<!\w)(?:[وفبل]|ال)?(?:{words})\w{{0,2}}(?:\s+[^\s.،؛:]+){{0,4}}?\s+(?:{before})"
        rf"(?:\s+\S+(?:ه|ها|هم))?\s+$"
    )


def _opponent(text: str, span: ner.Span, language: str) -> bool:
    """A place the model found is the other side of a match ("فوزه 2 - صفر على لاتسيو"): a team,
    never a country (a national team reads as its country). A person stays one ("خسر
    الانتخابات أمام ..."): the model's person reading is evidence of its own."""
    pattern = _opponent_pattern(language)
    if pattern is None or len(span.text.split()) > 1:
        return False
    if any(p.kind == "country" for p in gazetteer().candidates(span.text)):
        return False
    return pattern.search(text, max(0, span.start - 60), span.start) is not None


def _share_organisation_type(mentions: list[EntityMention], headed: set[str]) -> None:
    """A name a head noun introduced as an organisation ("تنظيم داعش") is one everywhere in the
    article ("انضموا إلى داعش"), unless the gazetteer knows it as a place ("نادي الرياض" beside
    the city)."""
    for mention in mentions:
        if (
            mention.text in headed
            and mention.type in ("place", "other", "person")
            and not gazetteer().candidates(mention.text)
        ):
            mention.type = "organization"


# Relative words that may follow an apposition's head noun ("..., the agency that ...").
_RELATIVES = ("that", "which", "who", "whose", "que", "cuyo", "cuya", "quien")


@lru_cache(maxsize=16)
def _apposition(language: str) -> re.Pattern[str] | None:
    """A comma, an article and up to two words, then an outlet or organisation head noun that
    closes the apposition (", the Amman-based news agency that", ", la agencia que"). The
    group ``outlet`` or ``organisation`` holds the head."""
    packs = (lang.get(language), lang.get("en"))
    outlets = {h for p in packs for h in p.outlet_heads}
    organisations = {h for p in packs for h in p.organisation_heads} - outlets
    articles = {a for p in packs for a in p.articles}
    if not organisations:
        return None

    def choice(words: set[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    head = f"(?P<organisation>{choice(organisations)})"
    if outlets:
        head = f"(?:(?P<outlet>{choice(outlets)})|{head})"
    return re.compile(
        rf",\s+(?:(?:{choice(articles)})\s+)?(?:[\w-]+\s+){{0,2}}?{head}"
        rf"(?=\s*(?:[,.;:!?)]|$)|\s+(?:{choice(set(_RELATIVES))})\b)",
        re.I,
    )


def _apposed_kind(text: str, span: ner.Span, language: str) -> str | None:
    """The type an apposition right after the name gives it: "Levant Wire, the news agency
    that ..." is an outlet, "Veltora, la fundación que ..." an organisation, whatever the
    model read. Only a model's person, place or other reading is overruled."""
    if span.label not in ("person", "place", "other"):
        return None
    pattern = _apposition(language)
    found = pattern.match(text, span.end) if pattern is not None else None
    if found is None:
        return None
    return "outlet" if found.group("outlet") else "organization"


_NAME_WORD = re.compile(r"[A-Z][a-z]+")


def _unseen_personal_name(name: str, language: str) -> bool:
    """Two or three plain capitalised words, none a common word and none seen by the CRF in
    training ("Ilse Varga"): the model's ``other`` is a guess from the shape and the context
    alone, and a run of unknown capitalised words is far more often a person's name than a
    title or an event, whose words the dictionary or the training data know."""
    words = name.split()
    return (
        2 <= len(words) <= 3
        and all(_NAME_WORD.fullmatch(w) for w in words)
        and not any(mend.common_word(w, language) for w in words)
        and all(ner.unseen_word(w, language) for w in words)
    )


def _consistent_types(mentions: list[EntityMention], language: str) -> None:
    """One name, one type across the article, where the article itself settles it.

    A name a reporting cue made an outlet ("according to Levant Wire") is the outlet where
    the model read it as an organisation without a cue, and where it read it as a person
    ("Levant Wire said") when the outlet readings are no fewer ("Yeltsin" once after "told" and
    five times a person stays the person). A
    lone family name of a person named in full ("Omar Khaled" ... "Khaled") is that person,
    whatever the model read it as, unless its own words, the gazetteer (a country or a big
    city) or a group word say otherwise."""
    counts: dict[tuple[str, str], int] = {}
    for m in mentions:
        counts[m.text, m.type] = counts.get((m.text, m.type), 0) + 1
    outlets = {text for text, kind in counts if kind == "outlet"}
    families = {
        m.text.split()[-1]
        for m in mentions
        if m.type == "person" and len(m.text.split()) > 1 and m.source != "pattern"
    }
    for mention in mentions:
        if mention.text in outlets and (
            mention.type in ("organization", "other")
            or (
                mention.type == "person"
                and counts[mention.text, "outlet"] >= counts[mention.text, "person"]
            )
        ):
            mention.type = "outlet"
        elif (
            mention.text in families
            and mention.type in ("organization", "place", "other")
            and evidence.name_type(mention.text, language) is None
            and not evidence.well_known_place(mention.text)
        ):
            mention.type = "person"


def _evidenced_type(text: str, span: ner.Span, language: str, source: str) -> tuple[str, bool]:
    """The mention's type and whether a publisher cue made it an outlet.

    The name's own words win over the model's label (:func:`evidence.name_type`): a group
    word ("Republican", "Russian") stays ``other`` even after "told", and a head word types
    the name ("World Bank" stays an organisation after "according to"). Otherwise a reporting
    cue makes an organisation an outlet, and a one-word place that no country or big city
    backs is a person when it speaks ("Salehinia said")."""
    found = evidence.name_type(span.text, language)
    if found is not None:
        return found[0], found[0] == "outlet"
    kind = _apposed_kind(text, span, language) or span.label
    # The fallback's "person" is only a guess from the name's shape: a cue can overrule it.
    cue_types = (
        ("organization", "other", "person") if source == "fallback" else ("organization", "other")
    )
    if kind == "place" and not gazetteer().candidates(span.text):
        cue_types = (*cue_types, "place")  # "Levant Wire reported": no place on a map
    if kind in cue_types and has_publisher_cue(text, span.start, span.end, language):
        return "outlet", True
    if kind == "other" and source == "ner" and _unseen_personal_name(span.text, language):
        return "person", False
    if kind == "other" and len(span.text.split()) == 1 and evidence.well_known_place(span.text):
        return "place", False  # "the Benghazi attack": the model reads the phrase, not the city
    if (
        kind == "place"
        and len(span.text.split()) == 1
        and evidence.small_or_unmapped(span.text)
        and evidence.speaks(text, span.start, span.end, language)
    ):
        return "person", False
    return kind, False


_BRACKETED = re.compile(r"\s*\(")


def _acronyms_of_names(mentions: list[EntityMention], text: str) -> None:
    """An acronym the article defines in brackets after a name ("Joint Comprehensive Plan
    of Action (JCPOA)") is that name's type wherever the article uses it: the model, seeing
    only the letters, guesses a person or a body."""
    starts = {m.start: m for m in mentions}
    types: dict[str, str] = {}
    for mention in mentions:
        bracket = _BRACKETED.match(text, mention.end)
        acronym = starts.get(bracket.end()) if bracket else None
        if (
            acronym is not None
            and acronym.text.isupper()
            and text.startswith(")", acronym.end)
            and mention.type != "person"
        ):
            types.setdefault(acronym.text, mention.type)
    for mention in mentions:
        if mention.text in types and mention.source != "pattern":
            mention.type = types[mention.text]  # type: ignore[assignment]
            mention.publisher = mention.type == "outlet"


def _mention(
    sentence: Sentence,
    start: int,
    end: int,
    kind: str,
    source: str,
    confidence: float,
    role: str | None,
    publisher: bool = False,
) -> EntityMention:
    return EntityMention(
        sentence=sentence.index,
        start=sentence.start + start,
        end=sentence.start + end,
        text=sentence.text[start:end],
        type=kind,  # type: ignore[arg-type]
        source=source,
        confidence=confidence,
        role=role,
        publisher=publisher,
    )


def _resolve_places(mentions: list[EntityMention], context: set[str]) -> None:
    """Give place mentions a gazetteer id; unambiguous names (and nationality adjectives,
    passed in as ``context``) settle the ambiguous ones."""
    places = gazetteer()
    candidates: dict[int, tuple[Place, ...]] = {}
    for i, mention in enumerate(mentions):
        if mention.type != "place":
            continue
        found = places.candidates(mention.text)
        candidates[i] = found
        if found and len({p.country for p in found}) == 1:
            context.add(found[0].country)
    for i, found in candidates.items():
        if not found:
            continue
        mention = mentions[i]
        others = context - ({found[0].country} if len(found) == 1 else set())
        place = places.resolve(mention.text, others or context)
        if place is not None:
            mention.place, mention.country = place.id, place.country


def _group(mentions: list[EntityMention]) -> None:
    """Number the entities inside the article: places by gazetteer id, names by comparison.

    Longer names are placed first so a surname-only mention finds its full name; a partial
    name that fits two different people stays on its own rather than guess. The model sees
    only a few words around a name, so a lone "Haddad" may come out as a place or an
    organisation: a one-word name with no evidence of another kind (see
    :func:`_may_be_surname`) joins the one person of the article it is part of, and becomes
    a person.
    """
    groups: list[_Group] = []
    by_place: dict[str, int] = {}
    # A small town's name the model read as a place comes last, when every person it may
    # name is placed: "Obama" finds the "Obama" the model read as a person further down.
    towns = {
        i for i, m in enumerate(mentions) if m.type == "place" and m.place and _may_be_surname(m)
    }
    order = sorted(range(len(mentions)), key=lambda i: (i in towns, -len(mentions[i].text.split())))
    for i in order:
        mention = mentions[i]
        if i in towns:
            target = _find_group(groups, mention, "person", any_kind=True)
            if target is not None:
                mention.type, mention.place, mention.country = "person", None, None
                groups[target].names.add(mention.text)
                mention.local = target
                continue
        if mention.type == "place" and mention.place:
            key = mention.place
        elif mention.type == "place" and len(mention.text.split()) > 1:
            key = f"name:{mention.text.casefold()}"
        else:
            key = None
        if key is not None:
            if key not in by_place:
                by_place[key] = len(groups)
                groups.append(_Group("place", {mention.text}, frozenset(), {"place"}))
            mention.local = by_place[key]
            continue
        family = _FAMILIES.get(mention.type, mention.type)
        target = _find_group(groups, mention, family)
        if target is None and _may_be_surname(mention):
            target = _find_group(groups, mention, "person", any_kind=True)
            if target is not None:
                mention.type = "person"
        if target is None:
            target = len(groups)
            groups.append(_Group(family, set(), frozenset()))
        group = groups[target]
        group.kinds.add(_kind(mention.type))
        if mention.text not in group.names:
            group.names.add(mention.text)
            group.keys = group.keys | blocking_keys(mention.text, _compare_kind(group.family))
        mention.local = target


_FAMILIES = {"organization": "org", "outlet": "org", "place": "other"}


def _may_be_surname(mention: EntityMention) -> bool:
    """A one-word name the model typed place, other or organisation may be the surname of the
    article's one person it is part of ("Haddad" beside "Salem Haddad"): the model sees only
    a few words around it, while the full name beside it is a person. Evidence of another kind
    keeps it apart: a publisher cue (an outlet), a country or big city of that name or more
    than one word ("Haddad Holdings" is a company, whatever person shares its name)."""
    if mention.publisher or mention.type in ("person", "outlet"):
        return False
    # A gazetteer id is evidence only for a country or a big city: "Obama" (a Japanese town)
    # beside "Barack Obama" is the person.
    if mention.place and not evidence.small_or_unmapped(mention.text):
        return False
    return len(mention.text.split()) == 1


@dataclass(slots=True)
class _Group:
    family: str
    names: set[str]
    keys: frozenset[str]
    kinds: set[str] = field(default_factory=set)  # the types of its mentions (outlet: org)


def _kind(mention_type: str) -> str:
    return "organization" if mention_type == "outlet" else mention_type


def _compare_kind(family: str) -> str:
    return "organization" if family == "org" else family


def _find_group(
    groups: list[_Group], mention: EntityMention, family: str, any_kind: bool = False
) -> int | None:
    """The group the mention belongs to: a same-name match, or the only partial match.

    Only groups sharing a blocking key are compared, as across articles. Place and other
    share a family so that one name the model labels either way stays one entity, but a part
    of a name joins only a name of its own type: "Asia" (a place) is no part of "the Asian
    Athletics Championships" (an event). ``any_kind``: the caller has weighed the evidence
    (a surname joining its person).
    """
    kind = _compare_kind(family)
    keys = blocking_keys(mention.text, kind)
    same, partial = [], []
    for number, group in enumerate(groups):
        if group.family != family or not (keys & group.keys or mention.text in group.names):
            continue
        relation = _best_relation(mention.text, group.names, kind)
        if relation == "same":
            same.append(number)
        elif relation == "partial" and (any_kind or _kind(mention.type) in group.kinds):
            partial.append(number)
    if same:
        return same[0]
    return partial[0] if len(partial) == 1 else None


def _best_relation(name: str, names: set[str], kind: str) -> str:
    if name in names:
        return "same"
    best = "different"
    for other in names:
        relation = compare_names(name, other, kind).relation
        if relation == "same":
            return "same"
        if relation == "partial":
            best = "partial"
    return best
