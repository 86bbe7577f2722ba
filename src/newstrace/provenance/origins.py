"""Where each report of an event comes from, and the independent sources behind an event.

Per article (:func:`article_signals`, on the full text): whether the outlet marks its own
reporting (first-hand needs evidence: it cites itself, "told CNN" in CNN, "X has learned",
"our correspondent"; quoting a named person is not such evidence), and whether the page is a
wire agency's story (a credit line "(AP) —", "Copyright … The Associated Press", a
"/aponline/" page): then the agency, not the site, is the outlet behind it.

Per source (:func:`resolve_sources`, while the article's names are known): the party an
attribution stands for. A speaker for a party is the party ("a spokeswoman for the Berlin
police", "airline spokesman X", "المتحدث باسم وزارة الداخلية"); a person or organisation
named in the source wins over a nationality word in it ("Canadian Prime Minister X"); a place
or nationality word speaks only through an official body of it, and then as its state ("the
Costa Rican government" = "Costa Rica's government"); an official body named without a name
("police said", "teilte die Polizei mit", "قالت الشرطة") is one root per event in every
language (``body:police``); an unnamed plural nobody counts and no outlet carries
("officials said", "según fuentes"), or an unnamed publication ("according to a report"), is
no source.

Per report (:func:`report_links`): the sources its sentence cites for the event (the trigger
inside the attribution's content, or the attribution being the event: "X accused Y"), only
people, organisations, outlets and official bodies, named in the sentence; a quote that
reacts ("condemned", "shocked by") is no source of what it reacts to; a chain collapses to
its speaker ("Nasser told Levant Wire"); an anonymous source stands for the outlet carrying
it, or the outlet it spoke to ("sources told Reuters"). An uncited report inherits the roots
of the sentence it copies; else those of the next sentence or two when they restate it (its
participants, places, numbers or dates) and tell no other happening ("Police arrested X.
Police said X, 34, was taken from his home."); a report in the lead paragraphs also rests on
a party of the event (named in any of its reports) speaking elsewhere in the lead ("PS4
update 5.50 is in beta. … Sony has now confirmed the features"); else it rests on its wire
agency, or on its own outlet when the article reports first-hand and the signal is about
the happening (in the lead or right around the report, not an analyst who "told CNN" twenty
sentences on); else on nothing (a derivative report with an unknown origin adds no source).

Per event (:func:`collapse`): the links of all its reports folded into roots: a country's
bodies into its state; an official body named without a name into the one organisation of
the event named after it ("police" and "Slidell Police Department"); an article's
uncited reports add nothing when its cited ones give the event's sources (a wire story has
the roots its text cites); a speaker reached only through one outlet ("told The Athletic"
every time) folds into that outlet; an outlet cited for the event whose own reports rest on
other roots only relays them. Each root keeps every report resting on it
(:class:`~newstrace.models.EventRoot`).
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from urllib.parse import urlsplit

from .. import lang
from ..entities.places import demonym_countries, gazetteer
from ..events.ontology import HAPPENING
from ..models import (
    Article,
    Attribution,
    EntityMention,
    EventRoot,
    RootReport,
    Sentence,
    SentenceKey,
)
from .copying import Reuse, numbers

# The part of a page's text where a wire credit line stands (the dateline opens the story,
# a copyright line or "contributed" line closes it).
_CREDIT_HEAD = 600
_CREDIT_TAIL = 1500
# Kinds of entity that can be a source: they speak or publish. "other" stays: the fallback
# name finder (de, es, fr …) types many organisations so ("Amnesty International"); a
# place never speaks but through an official body of it (``_official``).
SOURCE_KINDS = frozenset({"person", "organization", "outlet", "other"})
# The kinds of entity that speak for themselves; a place or a nationality word speaks only
# through an official body of it.
PARTY_KINDS = frozenset({"person", "organization", "outlet"})
# How far after a source an appositive may say whom it speaks for ("X, a spokesman for Y"),
# and how far around the spokes word the party stands.
_APPOSITIVE = 30
_PARTY_AFTER = 40
_PARTY_BEFORE = 30
# Sentences after an uncited report that may give its source ("Police said the driver was
# arrested"), when they restate its participants, numbers or dates.
FOLLOWING = 2
# The lead paragraphs: a report among an article's first sentences may rest on a party of
# the event speaking further down the lead ("PS4 update 5.50 is in beta. … Sony has now
# confirmed the features"): the event's own participant speaking on the record is its source.
LEAD = 8
# Endings of a nationality word after its country's stem ("Egypt|ian", "Canad|ian").
_DEMONYM_SUFFIXES = ("ian", "ean", "ese", "ish", "an", "i", "n")
# Bodies through which a state speaks as one ("Costa Rica's government", "Jordan's interior
# ministry" are one root, the state); other bodies (police, courts, the army) speak for
# themselves.
_STATE_BODIES = frozenset({"government", "ministry"})
# The root of an official body named without a name ("police said"): "body:police".
BODY = "body:"
# Host labels that say nothing about which outlet a site is.
_HOST_NOISE = frozenset({"www", "edition", "m", "mobile", "amp", "en", "news", "com", "co", "org",
                         "net", "uk", "au", "de", "fr", "es", "ir", "in", "go"})  # fmt: skip


@dataclass(frozen=True, slots=True)
class Link:
    """A report resting on ``root`` (an entity id, ``wire:AP`` for an agency without an
    entity, ``article:ID`` for an outlet without one), through ``via``, ``how``."""

    root: str
    key: SentenceKey
    via: str | None
    how: str
    relay: str | None = None  # the outlet a speaker told ("told The Athletic")
    cited: bool = True  # named in the report's own sentence (not a wire or first-hand guess)


@dataclass(slots=True)
class Context:
    """Everything about the articles that provenance needs, indexed once."""

    articles: dict[str, Article]
    outlet_of: dict[str, str | None]  # article id -> its outlet's entity id
    anonymous: set[str]  # anonymous-source entity ids
    reuse: dict[SentenceKey, Reuse]
    first_hand: dict[str, bool] = field(default_factory=dict)  # article id -> first-hand
    # article id -> the sentences that carry its first-hand signal: a report rests on the
    # outlet's own reporting only when the signal is about it (``_first_hand_for``)
    first_hand_at: dict[str, frozenset[int]] = field(default_factory=dict)
    standing: set[str] = field(default_factory=set)  # people and organisations by name
    kinds: dict[str, str] = field(default_factory=dict)  # entity id -> type
    own: dict[str, set[str]] = field(default_factory=dict)  # article -> ids naming its outlet
    wire: dict[str, str] = field(default_factory=dict)  # article id -> wire root it carries
    # sentences after a report that restate it may give its source (``_following_links``)
    following: int = FOLLOWING
    states: States = field(default_factory=lambda: States())
    # the entities each kept sentence names (:func:`resolve_sources`), what a following
    # sentence must share to restate a report
    names: dict[SentenceKey, frozenset[str]] = field(default_factory=dict)
    # the participants and places of each report ((sentence, trigger start) -> entity ids):
    # what a following sentence restates
    participants: dict[tuple[SentenceKey, int], frozenset[str]] = field(default_factory=dict)
    entity_names: dict[str, str] = field(default_factory=dict)  # entity id -> name
    # article id -> the speakers it introduces as commentators (:func:`commentators`): their
    # later "he said" is no source either
    commentators: dict[str, frozenset[str]] = field(default_factory=dict)

    def sentence(self, key: SentenceKey) -> Sentence | None:
        article = self.articles.get(key.article)
        if article is None or key.sentence >= len(article.sentences):
            return None
        return article.sentences[key.sentence]

    def own_root(self, article: str) -> str:
        """What an article's own reporting rests on: its wire agency, else its outlet."""
        return self.wire.get(article) or self.outlet_of.get(article) or f"article:{article}"

    def is_source(self, entity: str) -> bool:
        return (
            entity.startswith(BODY)
            or entity in self.anonymous
            or self.kinds.get(entity, "place") in SOURCE_KINDS
        )


# ------------------------------------------------------------------------ article signals


@dataclass(frozen=True, slots=True)
class Signals:
    own: frozenset[str]  # entity ids that name the article's own outlet
    first_hand: bool
    wire: str | None  # agency code ("AP") of a wire story
    first_hand_at: frozenset[int] = frozenset()  # the sentences with the signal


def outlet_forms(outlets: Mapping[str, str]) -> dict[str, set[str]]:
    """Host-label form of an outlet's name -> the outlet entity ids with it ("cnn" ->
    {CNN}), built once for every article's :func:`article_signals`."""
    forms: dict[str, set[str]] = defaultdict(set)
    for entity, name in outlets.items():
        for form in _folded_names(name):
            forms[form].add(entity)
    return dict(forms)


def article_signals(article: Article, forms: Mapping[str, set[str]]) -> Signals:
    """First-hand evidence and wire credit of one article (the module docstring); ``forms``:
    :func:`outlet_forms`, to tell which outlet names denote this site."""
    own = _own_ids(article, forms)
    wire = wire_agency(article.url, article.text, article.language)
    at = _cites_itself(article, own) | _told_this_site(article) | _says_first_hand(article)
    return Signals(frozenset(own), bool(at), wire, frozenset(at))


def _own_ids(article: Article, forms: Mapping[str, set[str]]) -> set[str]:
    """The article's outlet entity, and outlet entities whose name is its site's host name
    ("CNN" on edition.cnn.com, "The Washington Post" on washingtonpost.com)."""
    own = {article.outlet_entity} if article.outlet_entity else set()
    labels = _host_labels(article.url) | _host_labels(f"//{article.outlet or ''}")
    for label in labels:
        own |= forms.get(label, set())
    return own


def _host_labels(url: str | None) -> set[str]:
    host = urlsplit(url or "").hostname or ""
    return {label for label in host.split(".") if label and label not in _HOST_NOISE}


def _folded_names(name: str) -> set[str]:
    """ "The Washington Post" -> {"washingtonpost", "thewashingtonpost"}; "CNN" -> {"cnn"}:
    the forms a host label takes (with or without the leading article)."""
    words = re.findall(r"\w+", unicodedata.normalize("NFKC", name).casefold())
    forms = {"".join(words)}
    if len(words) > 1 and words[0] in lang.ordered("articles"):
        forms.add("".join(words[1:]))
    return forms - {""}


def _cites_itself(article: Article, own: set[str]) -> set[int]:
    """The sentences of the article that name its own outlet as a source ("told CNN" in CNN,
    "Levant Wire has learned")."""
    return {
        s.index
        for s in article.sentences
        for a in s.attributions
        if not a.nested and a.entity and a.entity in own
    }


def _told_this_site(article: Article) -> set[int]:
    """A quote given to this outlet by its own name, where the claims stage found the
    speaker but not the listener: "James Long told the Standard" on standard.co.uk."""
    labels = _host_labels(article.url)
    tell = lexicon.tell if (lexicon := lang.get(article.language).claims) else ()
    found: set[int] = set()
    if not labels or not tell:
        return found
    for sentence in article.sentences:
        for attribution in sentence.attributions:
            if attribution.nested or attribution.cue.text.casefold() not in tell:
                continue
            words = re.findall(r"\w+", article.text[attribution.cue.end : attribution.cue.end + 60])
            names = (" ".join(words[:size]) for size in range(1, min(len(words), 4) + 1))
            if any(_folded_names(name) & labels for name in names):
                found.add(sentence.index)
    return found


def _says_first_hand(article: Article) -> set[int]:
    patterns = _first_hand_regex(article.language or "")
    if patterns is None:
        return set()
    return {s.index for s in article.sentences if patterns.search(s.text)}


@cache
def _first_hand_regex(language: str) -> re.Pattern[str] | None:
    phrases = lang.get(language).first_hand
    return re.compile("|".join(f"(?:{p})" for p in phrases), re.IGNORECASE) if phrases else None


def wire_agency(url: str | None, text: str, language: str | None) -> str | None:
    """The wire agency a page credits ("AP" for "(AP) —", a "Copyright … Associated Press"
    line or an "/aponline/" page), else None. A photo credit ("AP Photo/…") is not one."""
    path = urlsplit(url or "").path.lower()
    for agency, pattern in _pairs("wire_paths"):
        if re.search(pattern, path):
            return agency
    ends = text[:_CREDIT_HEAD] + "\n" + text[-_CREDIT_TAIL:]
    # the article's own language first; a credit line is often in another ("(AP) —")
    own = lang.get(language).wire_credits
    for agency, pattern in (*own, *_pairs("wire_credits")):
        if re.search(pattern, ends):
            return agency
    return None


@cache
def _pairs(table: str) -> tuple[tuple[str, str], ...]:
    """A (key, value) table of every pack, packs in registry order, then the generic one."""
    codes = (*lang.LANGUAGES, lang.GENERIC)
    return tuple(pair for code in codes for pair in getattr(lang.get(code), table))


def agency_entities(candidates: Mapping[str, str]) -> dict[str, str]:
    """Agency code -> the entity id named after it ("Associated Press"); ``candidates``
    (entity id -> name) in order of preference: the first entity of a name wins."""
    names = {form: agency for agency, n in _pairs("wire_names") for form in _folded_names(n)}
    found: dict[str, str] = {}
    for entity, name in candidates.items():
        for form in sorted(_folded_names(name)):
            if form in names:
                found.setdefault(names[form], entity)
    return found


# ------------------------------------------------------------------------ resolved sources


@dataclass(slots=True)
class States:
    """The countries that speak through official bodies of them: ``entity`` (a place or a
    nationality word a source resolved to) -> country code, and country code -> the
    country's own entity where an article names it. "Costa Rica's government" and "the
    Costa Rican government" are one root, the state."""

    country_of: dict[str, str] = field(default_factory=dict)
    entity_of: dict[str, str] = field(default_factory=dict)

    def root(self, entity: str) -> str:
        country = self.country_of.get(entity)
        if country is None:
            return entity
        named = self.entity_of.get(country)
        if named is not None:
            return named
        return min(e for e, c in self.country_of.items() if c == country)


@dataclass(frozen=True, slots=True)
class Named:
    """A name in the article with its resolved entity id and type."""

    start: int
    end: int
    entity: str
    kind: str
    mention: EntityMention


def resolve_sources(
    article: Article,
    ids: Mapping[int, str],
    kinds: Mapping[str, str],
    anonymous: set[str],
    states: States,
) -> dict[int, frozenset[str]]:
    """Point each attribution of ``article`` at the party it stands for, in place (before the
    article is slimmed, while its names are known): a speaker for a party is the party ("a
    spokeswoman for the Berlin police", "airline spokesman Joshua Freed"); a person or
    organisation named in the source wins over a place or nationality word in it ("Canadian
    Prime Minister Justin Trudeau"); a place or nationality word speaks only through an
    official body of it ("the Costa Rican government": the country, see :class:`States`,
    filled as articles come); an unnamed plural nobody counts and no
    outlet carries ("officials said", "according to security sources") is no source; an
    official body answering without a name ("the ministry declined to comment") is that
    body, so its responses in several outlets are one party's. Returns the entities each
    sentence names (sentence index -> entity ids)."""
    named = [
        Named(m.start, m.end, ids[m.local], kinds.get(ids[m.local], m.type), m)
        for m in article.mentions
        if m.local in ids and not m.anonymous
    ]
    for n in named:
        if (
            n.kind == "place"
            and n.mention.country
            and n.mention.place == f"country:{n.mention.country}"
        ):
            states.entity_of.setdefault(n.mention.country, n.entity)
    for sentence in article.sentences:
        publisher = any(a.publisher for a in sentence.attributions)
        for attribution in sentence.attributions:
            if attribution.nested or attribution.source is None:
                continue
            attribution.entity = _party(
                attribution, sentence, article, named, anonymous, states, publisher
            )
        for response in sentence.responses:
            # "the ministry declined to comment" in five outlets is one party's response
            if response.entity is None and response.party is not None:
                party = response.party
                text = article.text[party.start : party.end] or party.text
                response.entity = _body(text, article.language)
    by_sentence: dict[int, set[str]] = defaultdict(set)
    for n in named:
        by_sentence[n.mention.sentence].add(n.entity)
    return {index: frozenset(found) for index, found in by_sentence.items()}


def _party(
    attribution: Attribution,
    sentence: Sentence,
    article: Article,
    named: Sequence[Named],
    anonymous: set[str],
    states: States,
    publisher: bool,
) -> str | None:
    source = attribution.source
    assert source is not None
    language = article.language
    entity = attribution.entity
    if attribution.publisher:
        return entity
    spoken = _spoken_for(source.start, source.end, sentence, article.text, named, language)
    if spoken is None:
        spoken = _kind_spokesman(source.start, source.end, sentence, article, named)
    if spoken is not None:
        return spoken
    text = article.text[source.start : source.end] or source.text
    if entity in anonymous or (entity is None and attribution.anonymous):
        return None if not publisher and _generic(text, language) else entity
    inside = [n for n in named if source.start <= n.start and n.end <= source.end]
    if entity is not None and (n := next((n for n in inside if n.entity == entity), None)):
        if n.kind in PARTY_KINDS:
            return entity
    elif entity is not None and entity not in {n.entity for n in inside}:
        # resolved from outside the source ("he said"): the claims stage's reading stands
        return entity
    parties = [n for n in inside if n.kind in PARTY_KINDS]
    if parties:
        return parties[-1].entity  # the head: "Canadian Prime Minister Justin Trudeau"
    described = _described(text, sentence, article, named)
    if described is not None:
        return described  # "the New York bank said": the bank of the happening
    places = [
        n for n in inside
        if n.kind == "place" or (n.kind not in PARTY_KINDS and _country_of(n.mention.text))
    ]  # fmt: skip
    if not places:
        own = next((n for n in inside if n.entity == entity), None)
        if entity is None or (
            own is not None and own.kind == "other" and own.mention.source == "ner"
        ):
            # a name a trained model calls neither person nor organisation ("Euro 2016",
            # "Chinese") speaks for nobody; the fallback finder's "other" may be one
            return _body(text, language)
        return entity
    body = _body(text, language)
    if body is not None and body.removeprefix(BODY) not in _STATE_BODIES:
        return body  # "the British police": the police speak; "Egypt's ministry": the state
    if not _official_words(text, language):
        return None  # "Jordanian said", "Israel says": a place or a people speaks for nobody
    for n in places:
        country = n.mention.country or _country_of(n.mention.text)
        if country:
            states.country_of[n.entity] = country
            return n.entity
    return entity


def _described(
    text: str, sentence: Sentence, article: Article, named: Sequence[Named]
) -> str | None:
    """The organisation a definite description of its kind stands for ("the New York bank
    said", "the company said in a statement", "la compañía informó", "الشركة قالت"): the one
    organisation that is a participant of the article's happening (an event told in the lead
    or in this sentence), else the one organisation the article names with that kind word
    ("the zoo" and "Cincinnati Zoo"); nobody when none or several fit."""
    kind = _kind_head(text, article.language)
    if kind is None:
        return None
    organisations = {n.mention.local: n.entity for n in named if n.kind == "organization"}
    told = {
        organisations[local]
        for m in article.events
        if m.sentence < LEAD or m.sentence == sentence.index
        for local in (*m.actors, *m.targets)
        if local in organisations
    }
    if len(told) == 1:
        return next(iter(told))
    if told:
        return None  # two organisations in the happening: the description is ambiguous
    by_kind = {
        n.entity for n in named
        if n.kind == "organization" and kind in re.findall(r"\w+", n.mention.text.casefold())
    }  # fmt: skip
    return next(iter(by_kind)) if len(by_kind) == 1 else None


def _kind_spokesman(
    start: int, end: int, sentence: Sentence, article: Article, named: Sequence[Named]
) -> str | None:
    """A spokes word after a kind of organisation ("airline spokesman Joshua Freed", "a
    company spokeswoman") or before it ("a spokesman for the company", "المتحدث باسم
    الشركة"): the organisation of the happening (:func:`_described`)."""
    spokes = _spokes_regex(article.language or "")
    match = spokes.search(article.text, start, end + _APPOSITIVE) if spokes else None
    if match is None:
        return None
    words = re.findall(r"\w+", article.text[max(sentence.start, start) : match.start()])
    if words and (found := _described(words[-1], sentence, article, named)) is not None:
        return found
    if len(match.group().split()) < 2:
        return None
    # "a spokesman for the company", "المتحدث باسم الشركة": the kind after the link words
    after = re.findall(r"[^\W\d_][\w'’]*", article.text[match.end() : sentence.end])[:2]
    return _described(" ".join(after), sentence, article, named) if after else None


def _kind_head(text: str, language: str | None) -> str | None:
    """The organisation-kind noun heading a definite description of one ("the New York
    bank", "la compañía aérea", "الشركة"), else None: not one counted or indefinite ("a
    bank", "one company"), not a plural or a longer phrase."""
    pack = lang.get(language)
    words = re.findall(r"\w+", text.casefold())
    if not words or len(words) > 5 or any(w in pack.source_counts or w.isdigit() for w in words):
        return None
    kinds = set(pack.organisation_kinds)
    content = [w for w in words if w not in lang.union("articles")] or words
    for head in (content[-1], content[0]):
        if head in kinds:
            return head
    return None


def _country_of(name: str) -> str | None:
    """The country of a nationality word, one word or more ("Jordanian", "Costa Rican")."""
    found = demonym_countries(name)
    if found:
        return min(found)
    name = name.strip()
    for suffix in _DEMONYM_SUFFIXES:
        if not name.endswith(suffix) or len(name) - len(suffix) < 3:
            continue
        for ending in lang.ordered("demonym_stem_endings"):
            places = gazetteer().candidates(name[: -len(suffix)] + ending)
            if places and places[0].kind == "country":
                return places[0].country
    return None


def _body(text: str, language: str | None) -> str | None:
    """The official body a source names without a name ("police", "die Polizei", "الشرطة"),
    as a root key, else None."""
    for body, pattern in lang.get(language).bodies:
        if re.search(rf"(?<!\w)(?:{pattern})(?!\w)", text, re.IGNORECASE):
            return f"{BODY}{body}"
    return None


@cache
def _body_regex(body: str) -> re.Pattern[str]:
    """Every pack's words for one body, to find it in an entity's name ("Berlin Police")."""
    words = [p for b, p in _pairs("bodies") if b == body]
    return re.compile(rf"(?<!\w)(?:{'|'.join(words)})(?!\w)", re.IGNORECASE)


def _spoken_for(
    start: int,
    end: int,
    sentence: Sentence,
    text: str,
    named: Sequence[Named],
    language: str | None,
) -> str | None:
    """The party a speaker speaks for, when the source or an appositive right after it says
    so: a spokes word with the party after it ("spokesman for the ministry", "المتحدث باسم
    الوزارة", "سخنگوی وزارت خارجه") or before it ("Berlin police spokeswoman")."""
    pattern = _spokes_regex(language or "")
    if pattern is None:
        return None
    stop = min(sentence.end, end + _APPOSITIVE + _PARTY_AFTER)
    for match in pattern.finditer(text, start, stop):
        at, to = match.start(), match.end()
        if at > end + _APPOSITIVE:
            break
        linked = len(match.group().split()) > 1  # "spokesman for": a person may follow
        after = [
            n for n in named
            if to <= n.start <= to + _PARTY_AFTER and n.end <= sentence.end
            and (n.kind in ("organization", "outlet") or (linked and n.kind == "person"))
        ]  # fmt: skip
        # the party is what the link words open: a body named without a name right there
        # ("المتحدث باسم وزارة الداخلية أحمد فتحي") wins over a name further on
        gap = text[to : after[0].start if after else min(sentence.end, to + _PARTY_AFTER)]
        body = _body(gap.split(",")[0], language) if linked or not after else None
        if body is not None:
            return body
        if after and not _spoken_before(at, sentence, named):
            return after[0].entity
        before = _spoken_before(at, sentence, named)
        if before is not None:
            return before
        if after:
            return after[0].entity
        # "a government spokesman", "the police spokeswoman": the body before the word
        body = _body(text[max(sentence.start, at - _PARTY_BEFORE) : at], language)
        if body is not None:
            return body
    return None


def _spoken_before(at: int, sentence: Sentence, named: Sequence[Named]) -> str | None:
    """An organisation right before a spokes word ("American Airlines spokesman")."""
    before = [
        n for n in named
        if sentence.start <= n.start and at - _PARTY_BEFORE <= n.end <= at
        and n.kind in ("organization", "outlet")
    ]  # fmt: skip
    return before[-1].entity if before else None


@cache
def _spokes_regex(language: str) -> re.Pattern[str] | None:
    phrases = lang.get(language).spokes
    return re.compile("|".join(f"(?:{p})" for p in phrases), re.IGNORECASE) if phrases else None


@cache
def _reaction_regex(language: str) -> re.Pattern[str] | None:
    phrases = lang.get(language).reactions
    return re.compile("|".join(f"(?:{p})" for p in phrases), re.IGNORECASE) if phrases else None


def _generic(text: str, language: str | None) -> bool:
    """An unnamed plural nobody counts ("officials", "Municipal officials and police
    officers", "مصادر", "Behörden"), not "two officials", "a source familiar with …"; or an
    unnamed publication ("according to a report", "laut Medienberichten")."""
    pack = lang.get(language)
    words = re.findall(r"\w+", text.casefold())
    heads, counts = set(pack.generic_sources), set(pack.source_counts)
    if any(w in pack.unnamed_reports for w in words):
        return True  # "according to a report": a publication nobody names
    return any(w in heads for w in words) and not any(w in counts or w.isdigit() for w in words)


def _official_words(text: str, language: str | None) -> bool:
    heads = lang.get(language).official_heads
    words = re.findall(r"\w+", text.casefold())
    return any(w == h or (len(h) >= 5 and w.endswith(h)) for w in words for h in heads)


def _reaction(attribution: Attribution, sentence: Sentence, language: str | None) -> bool:
    """A cue or quoted words that react to the happening or judge it ("condemned", "Canadians
    are shocked by tonight's attack"): no source of it."""
    pattern = _reaction_regex(language or "")
    if pattern is None:
        return False
    if attribution.content is None:
        # a quote the claims stage gave no content span: the sentence is what it says
        return pattern.search(sentence.text) is not None
    spans = [attribution.cue, attribution.content]
    return any(
        pattern.search(
            sentence.text, max(0, s.start - sentence.start), max(0, s.end - sentence.start)
        )
        for s in spans
    )


# -------------------------------------------------------------------------- report links


def report_links(
    key: SentenceKey,
    trigger: tuple[int, int],
    context: Context,
    seen: frozenset[SentenceKey] = frozenset(),
    parties: frozenset[str] = frozenset(),
) -> tuple[list[Link], str]:
    """(links, basis) of the report in sentence ``key`` whose trigger spans ``trigger``
    (article offsets; (-1, -1): anywhere in the sentence); ``parties``: the actors and
    targets of the whole event, who are its source where they speak in the lead."""
    sentence = context.sentence(key)
    if sentence is None:
        return [], "unattributed"
    if any(r.stance == "denied" for r in sentence.responses):
        # "The ministry denied the arrest": a report of the event being denied backs nothing
        return [], "denial"
    cited = _cited(key, sentence, trigger, context)
    own = context.own_root(key.article)
    if cited and any(link.root != own for link in cited):
        return cited, "cites"
    # A copied sentence rests on what the original rests on, even where the copier's text
    # names an anonymous source: the original's officials are the original's.
    reuse = context.reuse.get(key)
    if reuse is not None and reuse.earlier not in seen:
        earlier, _ = report_links(reuse.earlier, (-1, -1), context, seen | {key}, parties)
        if earlier:
            return [Link(e.root, key, e.via, "copy", e.relay, e.cited) for e in earlier], "copy"
    if cited:
        return cited, "first-hand"
    following = _following_links(key, trigger, sentence, context, parties)
    if following:
        return following, "cites"
    if key.article in context.wire:
        via = None if own.startswith("wire:") else own
        return [Link(own, key, via, "wire", cited=False)], "wire"
    if _first_hand_for(key, context):
        return [Link(own, key, None, "first-hand", cited=False)], "first-hand"
    return [], "unattributed"


def _first_hand_for(key: SentenceKey, context: Context) -> bool:
    """The article's own reporting is the source of this report: its first-hand signal
    stands in the lead paragraphs or right around the report. An analyst who "told CNN"
    something twenty sentences on makes CNN first-hand for what he comments, not for the
    happening the lead tells."""
    if not context.first_hand.get(key.article, False):
        return False
    at = context.first_hand_at.get(key.article)
    if at is None:
        return True  # no positions known: the article-level signal stands
    return any(i < LEAD or key.sentence - 1 <= i <= key.sentence + context.following for i in at)


def _cited(
    key: SentenceKey, sentence: Sentence, trigger: tuple[int, int], context: Context
) -> list[Link]:
    """Links from the sources the sentence cites for the event: speakers first (a chain
    collapses to its speaker), else the publishers; anonymous sources and the outlet citing
    itself stand for the article's own outlet. A source the sentence does not name ("it was
    reported", resolved to some earlier name) is none."""
    own_ids = context.own.get(key.article, set())
    own = context.own_root(key.article)
    language = context.articles[key.article].language
    about = [
        a for a in sentence.attributions
        if not a.nested and a.entity and a.source is not None and _covers(a, trigger)
        and (context.is_source(a.entity) or _official(a, language))
        and not (_in_content(a, trigger) and _reaction(a, sentence, language))
        and not _commentator(a, sentence, language)
        and a.entity not in context.commentators.get(key.article, frozenset())
        and not _speaker_label(a, sentence)
        and not _broken_name(a.entity, context, language)
    ]  # fmt: skip
    speakers = [a for a in about if not a.publisher and a.entity not in own_ids]
    publishers = [a for a in about if a.publisher or a.entity in own_ids]
    relay = next((a.entity for a in publishers), None)
    links: list[Link] = []
    for attribution in speakers or publishers:
        entity = attribution.entity or ""
        if entity in own_ids:
            links.append(Link(own, key, entity, "first-hand"))
        elif entity in context.anonymous and relay and relay not in own_ids:
            # "sources told Reuters": the outlet the unnamed source spoke to carries it
            links.append(Link(relay, key, entity, "told", relay))
        elif entity in context.anonymous:
            links.append(Link(own, key, entity, "anonymous"))
        else:
            told = relay if attribution in speakers and relay else None
            if told in own_ids:
                told = own
            links.append(Link(entity, key, entity, "told" if told else "cites", told))
    return list({(link.root, link.how): link for link in links}.values())


def _following_links(
    key: SentenceKey,
    trigger: tuple[int, int],
    sentence: Sentence,
    context: Context,
    parties: frozenset[str] = frozenset(),
) -> list[Link]:
    """The sources a report without one rests on, given in the next sentence or two when
    they restate its core facts: the lead says what happened, the next sentence "police said
    the driver, 42, was arrested". A following sentence restates the report when it names
    one of its participants or places, or gives one of its numbers or dates, and tells no
    other kind of happening; a reaction ("Trudeau condemned the attack") or an official
    response ("the ministry denied the arrest") gives no source of it. A report in the lead
    paragraphs (:data:`LEAD`) rests, further down the lead, on one of the event's own
    ``parties`` speaking ("Sony has now confirmed the new features")."""
    article = context.articles.get(key.article)
    if article is None or any(
        not a.nested and a.source is not None and _covers(a, trigger) for a in sentence.attributions
    ):
        return []  # the sentence gives its own source, even one that is nobody ("Israel says")
    kinds = {m.type for m in article.events if m.sentence == key.sentence}
    told = next(
        (m.type for m in article.events
         if m.sentence == key.sentence and m.trigger.start == trigger[0]),
        None,
    )  # fmt: skip
    kinds = {told} if told else kinds
    anchors = _anchors(sentence, context.participants.get((key, trigger[0]), frozenset()))
    speakers = parties - context.own.get(key.article, set())
    for step in range(1, max(context.following, LEAD - key.sentence if speakers else 0) + 1):
        later = context.sentence(SentenceKey(key.article, key.sentence + step))
        if later is None or not later.text:
            break
        if _other_happening(article, later.index, kinds):
            break  # another happening: its sources are its own
        if later.responses:
            continue  # "The ministry denied the arrest": an answer, not a source
        names = context.names.get(SentenceKey(key.article, later.index), frozenset())
        found = _cited(SentenceKey(key.article, later.index), later, (-1, -1), context)
        if step > context.following:
            # beyond the next sentences only the event's own party speaking counts
            found = [link for link in found if link.root in speakers]
        elif not (anchors - context.own.get(key.article, set())) & (
            _anchors(later, names) | {link.root for link in found}
        ):
            continue  # neither restates the report nor is one of its participants speaking
        if found:
            return [replace(link, key=key) for link in found]
    return _earlier_in_lead(key, kinds, speakers, context) if key.sentence < LEAD else []


def _earlier_in_lead(
    key: SentenceKey, kinds: set[str], speakers: frozenset[str], context: Context
) -> list[Link]:
    """A report in the lead that follows its party's own word ("Google has announced the
    update for Pixel phones. The company has now enabled it for all apps.") rests on it."""
    article = context.articles[key.article]
    for index in range(key.sentence - 1, -1, -1):
        earlier = context.sentence(SentenceKey(key.article, index))
        if earlier is None or not earlier.text:
            continue
        if _other_happening(article, index, kinds):
            break  # another happening: its sources are its own
        if earlier.responses:
            continue
        found = _cited(SentenceKey(key.article, index), earlier, (-1, -1), context)
        found = [link for link in found if link.root in speakers]
        if found:
            return [replace(link, key=key) for link in found]
    return []


def _other_happening(article: Article, index: int, kinds: set[str]) -> bool:
    """Whether sentence ``index`` tells a typed happening of none of the report's ``kinds``
    (a generic lead predicate tells nothing of its own)."""
    others = {m.type for m in article.events if m.sentence == index}
    # a generic lead (HAPPENING) may be the very happening a typed report tells
    return bool(others - {HAPPENING}) and not others & kinds


def _anchors(sentence: Sentence, names: frozenset[str]) -> set[str]:
    """What a sentence says that another can restate: the entities it names, its numbers
    (not a lone digit) and its dates."""
    found = set(names) | set(sentence.cites) | {d.value for d in sentence.dates if d.value}
    return found | {f"#{n}" for n in numbers(sentence.text) if len(n) > 1}


def _in_content(attribution: Attribution, trigger: tuple[int, int]) -> bool:
    """The trigger lies in what the attribution reports, not in its cue (where the cue is the
    event itself: "the UN condemned the attack" for a condemnation)."""
    start, end = trigger
    cue = attribution.cue
    return start < 0 or not (cue.start < end and start < cue.end)


def _official(attribution: Attribution, language: str | None) -> bool:
    """A source resolved to a place that names an official body of it ("Seoul's defence
    ministry said", "الشرطة الأردنية"): the state speaks. A bare place or nationality word
    ("Jordanian said", "Israel") is no source."""
    if attribution.source is None:
        return False
    heads = lang.get(language).official_heads
    words = re.findall(r"\w+", attribution.source.text.casefold())
    return any(w == h or (len(h) >= 5 and w.endswith(h)) for w in words for h in heads)


def commentators(article: Article) -> frozenset[str]:
    """The speakers an article introduces as commentators anywhere ("Brian Kleinhanzl, an
    analyst at …, said"), once its sources are resolved: what they say later ("he said") is
    opinion too."""
    return frozenset(
        a.entity
        for s in article.sentences
        for a in s.attributions
        if a.entity and not a.nested and _commentator(a, s, article.language)
    )


def _commentator(attribution: Attribution, sentence: Sentence, language: str | None) -> bool:
    """The speaker is introduced as a commentator ("Cai Jian, an expert at Fudan University,
    said", "Keefe Bruyette & Woods analyst Brian Kleinhanzl", "el experto X"): an expert's
    word is opinion or background, no source of the happening, reaction word or not. The
    role stands in the source or in an apposition right after it."""
    source = attribution.source
    words = set(lang.get(language).commentators)
    if source is None or not words:
        return False
    start = max(0, source.start - sentence.start)
    end = max(start, source.end - sentence.start)
    after = sentence.text[end : end + _APPOSITIVE + _PARTY_AFTER]
    # the apposition: up to its closing comma ("X, an expert at Y, said", "سمير عادل، خبير")
    role = re.split(r"[,،]", after[1:])[0] if after[:1] in (",", "،") else ""
    said = sentence.text[start:end] + " " + role
    return any(w in words for w in re.findall(r"\w+", said.casefold()))


def _broken_name(entity: str, context: Context, language: str | None) -> bool:
    """A "person" whose name holds a function word ("Pixel Visual Core for Pixel") is a
    fragment of a headline or a product name the name finder took for a person: no party.
    Name particles ("von", "de", "bin") are no such words."""
    if context.kinds.get(entity) != "person":
        return False
    words = re.findall(r"\w+", context.entity_names.get(entity, "").casefold())
    breakers = set(lang.get(language).name_breakers)
    return len(words) > 1 and any(w in breakers for w in words)


def _speaker_label(attribution: Attribution, sentence: Sentence) -> bool:
    """The source is a broadcast transcript's speaker label ("SHAPIRO: What can you tell
    us …", "ARI SHAPIRO, HOST: …"): a name in capitals opening the line, then a colon. The
    speaker is the programme's own interview (host, correspondent or guest), not a named
    source of the happening."""
    source = attribution.source
    if source is None or not sentence.text:
        return False
    start = source.start - sentence.start
    end = source.end - sentence.start
    if start < 0 or sentence.text[:start].strip(" \t\n\"'“”-—•"):
        return False  # not at the start of the line
    label = sentence.text[start:end]
    rest = sentence.text[end:]
    # the label may go on with a role in capitals before the colon ("ARI SHAPIRO, HOST:")
    tail = re.match(r"[^\S\n]*(?:,[^\S\n]*[^\W\d_][^:\n]{0,30})?:", rest)
    if tail is None or not any(c.isupper() for c in label):
        return False  # scripts without capitals have no such label ("الوزير: …" is a quote)
    return label == label.upper() and tail.group() == tail.group().upper()


def _covers(attribution: Attribution, trigger: tuple[int, int]) -> bool:
    """The attribution is a source of the event: the trigger lies in what it reports, or the
    cue is the event itself ("Thurman accused Weinstein"). Reactions, opinions and
    background quotes in the same sentence are not ("…, which Trudeau condemned")."""
    start, end = trigger
    if start < 0:
        return True
    content, cue = attribution.content, attribution.cue
    if content is None or content.start <= start < content.end:
        return True
    return cue.start < end and start < cue.end


# --------------------------------------------------------------------------------- collapse


def collapse(links: Sequence[Link], context: Context) -> dict[str, list[Link]]:
    """Root -> the links resting on it, after every collapse (the module docstring)."""
    links = [replace(link, root=context.states.root(link.root)) for link in links]
    links = _named_bodies(links, context)
    links = _cited_article_wins(links, context)
    links = _exclusives(links, context)
    links = _relays(links, context)
    roots: dict[str, list[Link]] = defaultdict(list)
    for link in links:
        roots[link.root].append(link)
    return dict(roots)


def _named_bodies(links: Sequence[Link], context: Context) -> list[Link]:
    """ "police said" in one outlet and "the Slidell Police Department said" in another are
    one root: a body named without a name folds into the one organisation of the event
    named after that body, where there is exactly one; a government or ministry named
    without a name into the one state that speaks in the event."""
    roots = {link.root for link in links}
    into: dict[str, str] = {}
    for root in roots:
        if not root.startswith(BODY):
            continue
        body = root.removeprefix(BODY)
        pattern = _body_regex(body)
        named = [
            r for r in roots
            if context.kinds.get(r) == "organization"
            and pattern.search(context.entity_names.get(r, ""))
        ]  # fmt: skip
        if not named and body in _STATE_BODIES:
            # "the government said" beside "Costa Rica's government said": one state
            states = {context.states.root(e) for e in context.states.country_of}
            named = sorted(roots & states)
        if len(named) == 1:
            into[root] = named[0]
    return [replace(link, root=into.get(link.root, link.root)) for link in links]


def _cited_article_wins(links: Sequence[Link], context: Context) -> list[Link]:
    """An article whose reports cite the event's sources adds no root through its uncited
    reports: a wire story has the roots its text cites, an outlet's restatement of what it
    attributed is not its own reporting. Cuts of one wire story share their roots: where one
    page of an agency's story cites the sources, the agency adds no root of its own."""
    cited = {link.key.article for link in links if link.cited}
    wires = {context.wire[a] for a in cited if a in context.wire}
    return [
        link for link in links
        if link.cited or (link.key.article not in cited and link.root not in wires)
    ]  # fmt: skip


def _exclusives(links: Sequence[Link], context: Context) -> list[Link]:
    """A speaker every report of whom was given to one outlet ("told The Athletic") folds
    into that outlet: the outlet's story is the one source."""
    relays: dict[str, set[str | None]] = defaultdict(set)
    for link in links:
        if link.how in ("cites", "told", "copy") and context.kinds.get(link.root) != "outlet":
            relays[link.root].add(link.relay)
    folded = {root: next(iter(r)) for root, r in relays.items() if len(r) == 1 and None not in r}
    return [
        Link(folded[link.root] or link.root, link.key, link.root, "exclusive", None)
        if link.root in folded else link
        for link in links
    ]  # fmt: skip


def _relays(links: Sequence[Link], context: Context) -> list[Link]:
    """An outlet cited for the event ("CBS Boston reports") whose own articles in the event
    rest on other roots only relays them."""
    by_article: dict[str, set[str]] = defaultdict(set)
    for link in links:
        by_article[link.key.article].add(link.root)
    behind: dict[str, set[str]] = {}
    for article, roots in by_article.items():
        outlet = context.outlet_of.get(article)
        if outlet and outlet not in roots and roots:
            behind.setdefault(outlet, set()).update(roots)
    out: list[Link] = []
    for link in links:
        others = behind.get(link.root, set()) - {link.root}
        if link.how == "cites" and context.kinds.get(link.root) == "outlet" and others:
            out += [Link(root, link.key, link.root, "relay") for root in sorted(others)]
        else:
            out.append(link)
    return out


def event_roots(roots: Mapping[str, list[Link]], context: Context) -> list[EventRoot]:
    """The roots as the contract records them: entity, kind and the reports on each."""
    found = []
    for root, links in roots.items():
        entity: str | None = root
        name = None
        kind = "outlet" if context.kinds.get(root) == "outlet" else "party"
        if root.startswith("wire:"):
            entity, name, kind = None, root.removeprefix("wire:"), "wire"
        elif root.startswith(BODY):
            entity, name, kind = None, root.removeprefix(BODY), "party"
        elif root.startswith("article:"):
            entity, kind = None, "outlet"
            name = context.articles[root.removeprefix("article:")].outlet
        elif any(link.how == "wire" for link in links):
            kind = "wire"
        reports = list(
            {
                (link.key, link.via, link.how): RootReport(
                    link.key.article, link.key.sentence, _entity_or_none(link.via), link.how
                )
                for link in links
            }.values()
        )
        found.append(EventRoot(entity, kind, reports, name))
    return found


def _entity_or_none(via: str | None) -> str | None:
    """A report's ``via`` as the contract has it: an entity id, never a body key."""
    return None if via is None or via.startswith(BODY) else via
