"""Clauses around a trigger, and which names in them may take part in its event."""

from __future__ import annotations

from collections.abc import Sequence

from ...models import EntityMention
from ...nlp.clauses import CLAUSE_PUNCT, CLOSE_BRACKETS, OPEN_BRACKETS, bracket_end, bracket_start
from ..ontology import EventType
from .compiled import _ACTOR_TYPES, _APOSTROPHES, _TARGET_REACH
from .sentence import _Name, _Sentence
from .triggers import _Match

_HYPHENS = frozenset("-‐‑")


def _clause(s: _Sentence, first: int, last: int) -> tuple[int, int, int]:
    """(start, end, boundary) tokens of the clause around a trigger; ``boundary`` is the token
    that opened it (-1 at the sentence or reported content start)."""
    low, high = s.opening, len(s.tokens) - 1
    start_char = s.tokens[first].start
    for c_start, c_end in s.contents:
        if c_start <= start_char < c_end:
            inside = [i for i, t in enumerate(s.tokens) if c_start <= t.start < c_end]
            low, high = inside[0], inside[-1]
            break
    index = first - 1
    while index >= low and not _opens_clause(s, index):
        index = bracket_start(s.tokens, index, low) - 1
    boundary = index if index >= low else -1
    end = last + 1
    while end <= high and not _opens_clause(s, end):
        end = bracket_end(s.tokens, end, high) + 1
    return max(index + 1, low), end - 1, boundary


def _opens_clause(s: _Sentence, index: int) -> bool:
    text = s.tokens[index].text
    if text in OPEN_BRACKETS or text in CLOSE_BRACKETS:
        return (
            bracket_start(s.tokens, index, 0) == index
            and bracket_end(s.tokens, index, len(s.tokens) - 1) == index
        )
    if text in CLAUSE_PUNCT or s.is_(index, "boundaries"):
        return True
    # "X and Y met" joins two names, and so does "X and President-elect Y met"; "met Y and
    # signed" opens a clause.
    return s.is_(index, "coordinators") and _name_after_titles(s, index + 1) is None


# How many articles, titles and role nouns may stand between "and" and the name it joins
# ("and the team principal Christian Horner").
_TITLE_WORDS = 4


def _name_after_titles(s: _Sentence, index: int) -> _Name | None:
    """The name at ``index``, or after titles and role nouns there (articles and hyphens among
    them): "Obama and President-elect Donald Trump", "Varga und der Minister Tomas Brenner".
    Articles alone lead to no name: "… and the Ulmen police arrested him" opens a clause."""
    titled = False
    for i in range(index, min(index + _TITLE_WORDS + 1, len(s.tokens))):
        name = s.name_at(i)
        if name is not None:
            return name if i == index or titled else None
        if s.is_(i, "role_nouns"):
            titled = True
        elif not (s.is_(i, "determiners") or _hyphen(s, i)):
            return None
    return None


def _hyphen(s: _Sentence, index: int) -> bool:
    return 0 <= index < len(s.tokens) and s.tokens[index].text in _HYPHENS


def _affiliation(s: _Sentence, name: _Name) -> bool:
    """ "Red Bull boss Christian Horner", "FBI director James Comey", "Clinton aide Huma
    Abedin": a name that role nouns join to a person's name after it is that person's
    affiliation, no participant of its own (the person is)."""
    index = name.last + 1
    titled = s.is_(name.last, "role_nouns")  # "FBI Director" found as one name
    while s.is_(index, "role_nouns") or (titled and _hyphen(s, index)):
        titled = True
        index += 1
    following = s.name_at(index)
    return titled and following is not None and following.mention.type == "person"


def _eligible(s: _Sentence, name: _Name, etype: EventType) -> bool:
    mention = name.mention
    if mention.anonymous or mention.role is not None or _in_source(s, mention):
        return False
    if mention.type in _ACTOR_TYPES:
        return True
    if mention.type == "other":
        # Without a model (de, es, fr) a name the fallback cannot type is "other".
        return mention.source == "fallback"
    if mention.type != "place" or not etype.state_actors:
        return False
    # A state in argument position ("Iran sanctioned …", "sanctions on Iran"), not in an adjunct.
    return not _after_preposition(s, name) or _marked_by_preposition(s, name)


def _marked_by_preposition(s: _Sentence, name: _Name) -> bool:
    """ "with X", "against X", "on X" (after an event): the preposition marks a participant."""
    previous = name.first - 1
    if s.is_(previous, "determiners"):
        previous -= 1
    return s.is_(previous, "with_words") or s.is_(previous, "target_preps")


def _in_source(s: _Sentence, mention: EntityMention) -> bool:
    start, end = mention.start - s.sentence.start, mention.end - s.sentence.start
    return any(a <= start and end <= b for a, b in s.sources)


def _after_preposition(s: _Sentence, name: _Name) -> bool:
    """ "in Amman", "at the Ministry", "Minister of Water": a name in an adjunct or a modifier
    is no subject or object."""
    previous = _before_modifiers(s, name)
    if s.is_(previous, "determiners") and not s.is_(previous, "prepositions"):
        previous -= 1
    return s.is_(previous, "prepositions") or s.is_(previous, "of_words")


def _before_modifiers(s: _Sentence, name: _Name) -> int:
    """The token before a name and at most two place modifiers ("in northern Syria",
    "in the southern Gaza Strip")."""
    previous = name.first - 1
    while s.is_(previous, "place_modifiers") and previous >= name.first - 2:
        previous -= 1
    return previous


def _locative(s: _Sentence, name: _Name, names: Sequence[_Name]) -> bool:
    """A place named where an event happens: after a preposition ("in Amman", "در تهران"),
    a proclitic one ("بعمان"), or joined to such a place ("in Köln und Düsseldorf"). A place
    in argument position is a participant or a modifier ("Jordan's water sector"), and a
    mislabelled person ("Haddad stepped down") must not become a place."""
    offset = name.mention.start - s.sentence.start
    if s.tokens[name.first].start < offset:
        return True  # a proclitic preposition inside the word
    previous = _before_modifiers(s, name)
    if s.is_(previous, "determiners") and not s.is_(previous, "prepositions"):
        previous -= 1
    if s.is_(previous, "prepositions"):
        # "after Haddad stepped down": a preposition that opens a clause is no place's.
        return (
            not s.is_(previous, "boundaries")
            and not _home(s, previous)
            and not _modifying_of(s, previous)
            and not _before_event_noun(s, name)
        )
    if s.is_(previous, "coordinators") or (
        0 <= previous < len(s.tokens) and s.tokens[previous].text in ",،"
    ):
        before = next((n for n in names if n.last == previous - 1), None)
        return before is not None and before.mention.type == "place" and _locative(s, before, names)
    return False


# How many words (adjectives: "presidential") may stand between a place and the event noun
# it modifies ("in the US presidential election").
_MODIFIER_GAP = 2


def _before_event_noun(s: _Sentence, name: _Name) -> bool:
    """ "her defeat in the US election", "after the Ulmen bombing": a place before an event
    noun modifies the noun, and the preposition governs the noun, not the place; like any
    modifier ("Jordan's water sector") it says where no event happened. Only after an
    article, which opens the noun's phrase: "in Ulmen killing five" is a participle."""
    if not s.is_(name.first - 1, "determiners"):
        return False
    for index in range(name.last + 1, min(name.last + 2 + _MODIFIER_GAP, len(s.tokens))):
        token = s.tokens[index]
        if token.text in s.comp.noun_forms:
            return True
        if not token.word or token.text[:1].isupper() or _function_word(s, index):
            return False
    return False


def _function_word(s: _Sentence, index: int) -> bool:
    groups = ("prepositions", "coordinators", "determiners", "boundaries", "relatives")
    return any(s.is_(index, group) for group in (*groups, "negations", "passive_aux", "modals"))


def _modifying_of(s: _Sentence, preposition: int) -> bool:
    """ "President of France", "the people of Portugal": "of" after a noun that is no place
    word modifies that noun; "the city of Mosul", "the outskirts of Kabul" place it. Only for
    packs that list place nouns."""
    words = s.comp.words["place_nouns"]
    if not (words.exact or words.prefixes) or not s.is_(preposition, "of_words"):
        return False
    return not s.is_(preposition - 1, "place_nouns")


def _home(s: _Sentence, preposition: int) -> bool:
    """ "a 42-year-old from Beckenham", "a woman from Leeds", "Collett, 62, from Croydon": the
    place a person comes from, told after an age or a person noun."""
    if not s.is_(preposition, "home_prepositions"):
        return False
    before = preposition - 1
    if 0 <= before < len(s.tokens) and s.tokens[before].text in ",،":
        before -= 1
    if not 0 <= before < len(s.tokens):
        return False
    return s.tokens[before].text.isdigit() or s.is_(before, "home_nouns")


# Lower-case words a possessed noun may have before the name it describes ("Trump's wife,
# Melania", "Haddad's long-time aide Omar Khaled").
_DESCRIBED_REACH = 3


def _possessor_of_name(s: _Sentence, name: _Name) -> bool:
    """ "Jordan's Ministry of Water": the possessor is part of the other name. So is the
    possessor of a noun that describes the name after it ("with Trump's wife, Melania",
    "Haddad's aide Omar Khaled"): the participant is the one described, not the possessor."""
    index = name.last + 1
    if index + 1 < len(s.tokens) and s.tokens[index].text in _APOSTROPHES:
        following = s.name_at(index + 2)
        return following is not None or _describes_name(s, index + 2)
    return False


def _describes_name(s: _Sentence, index: int) -> bool:
    """Whether a few lower-case words from ``index`` on, then a name (after at most a
    comma), follow: a possessed noun in apposition to that name."""
    words = 0
    while index < len(s.tokens) and words <= _DESCRIBED_REACH:
        token = s.tokens[index]
        if s.name_at(index) is not None:
            return words > 0
        if token.text in ",،":
            return words > 0 and s.name_at(index + 1) is not None
        if not token.word or not token.text[:1].islower():
            return False
        words += 1
        index += 1
    return False


def _marked(s: _Sentence, names: Sequence[_Name], etype: EventType, match: _Match) -> list[_Name]:
    """Names marked as targets: "with X" on either side of the trigger ("با Y دیدار کرد"),
    Persian "X را", and "against X", "on X" just after it ("sanctions on Iran"; Arabic "على"
    is everywhere, so farther away it marks nothing)."""
    if not etype.targets:
        return []
    out = []
    for name in names:
        previous = name.first - 1
        if s.is_(previous, "determiners"):
            previous -= 1
        near = match.last < name.first <= match.last + _TARGET_REACH
        if (
            s.is_(previous, "with_words")
            or (near and s.is_(previous, "target_preps"))
            or s.is_(name.last + 1, "object_markers")
        ):
            out.append(name)
    return out
