"""Participants: the actors and targets of an event, and its places."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from ...models import Attribution, TextSpan
from ..ontology import EventType
from .clauses import (
    _affiliation,
    _after_preposition,
    _eligible,
    _in_source,
    _locative,
    _marked,
    _name_after_titles,
    _possessor_of_name,
)
from .compiled import _APOSTROPHES, _COMPLEMENT_REACH
from .reading import _Reading
from .sentence import _Name, _Sentence
from .triggers import _Match, _window


@dataclass(slots=True)
class _Roles:
    actors: list[_Name]
    targets: list[_Name]


def _participants(
    s: _Sentence,
    match: _Match,
    reading: _Reading,
    etype: EventType,
    clause: tuple[int, int, int],
) -> _Roles:
    start, end, _boundary = clause
    names = [
        n
        for n in s.names
        if start <= n.first
        and n.last <= end
        and not any(_overlaps(n, a, a) for a in (*match.anchors, reading.last))
    ]
    names = [n for n in names if _eligible(s, n, etype) and not _affiliation(s, n)]
    # "met with Trump's wife, Melania": the possessor is not the one met
    marked = [n for n in _marked(s, names, etype, match) if not _possessor_of_name(s, n)]
    free = [n for n in names if n not in marked and not _possessor_of_name(s, n)]
    left = [
        n
        for n in free
        if n.last < match.first
        and (not _after_preposition(s, n) or _opens_subject(s, n, match, clause))
    ]
    right = [n for n in free if n.first > match.first and not _after_preposition(s, n)]
    if reading.kind == "noun":
        roles_ = _noun_roles(s, match, reading, etype, names, left, clause)
    else:
        roles_ = _verb_roles(s, match, reading, etype, left, right, names, clause)
    if not roles_.actors and not reading.passive:
        head = _support_verb(s, match) if reading.kind == "noun" else match.first
        speaker = None if head is None else _pronoun_speaker(s, head)
        if speaker is not None and speaker not in roles_.targets:
            roles_.actors = [speaker]
    cue_actor = _cue_source(s, match, reading)
    if cue_actor is not None:
        roles_.actors = [cue_actor]
    if etype.targets:
        roles_.targets.extend(n for n in marked if n not in roles_.targets)
    else:
        roles_.targets = []
    roles_.actors = _with_coordinated(s, roles_.actors, names)
    roles_.targets = _with_coordinated(s, roles_.targets, names)
    return roles_


def _opens_subject(s: _Sentence, name: _Name, match: _Match, clause: tuple[int, int, int]) -> bool:
    """ "three days after Haddad stepped down": a preposition that opens the clause ("after",
    "before", "بعد") is a conjunction, and the name right after it is the subject of the verb
    that follows with only words between (not "After Haddad's dismissal, Sweis resigned")."""
    if clause[2] != name.first - 1 or not s.is_(clause[2], "boundaries"):
        return False
    between = range(name.last + 1, match.first)
    return all(s.tokens[i].word and s.name_at(i) is None for i in between)


def _overlaps(name: _Name, first: int, last: int) -> bool:
    return name.first <= last and first <= name.last


def _verb_roles(
    s: _Sentence,
    match: _Match,
    reading: _Reading,
    etype: EventType,
    left: list[_Name],
    right: list[_Name],
    names: list[_Name],
    clause: tuple[int, int, int],
) -> _Roles:
    lex = s.lex
    if reading.passive:
        agent = next(
            (n for n in names if n.first > match.first and s.is_(n.first - 1, "agents")), None
        )
        return _Roles([agent] if agent else [], left[:1])
    right = [n for n in right if not s.is_(n.first - 1, "agents")]
    if lex.verb_first and right:
        if etype.patient_first and len(right) == 1 and not left:
            # "اعتقل الصحفي رامي صالح": without vowel marks the passive reads like the active.
            return (
                _Roles([], right[:1])
                if right[0].mention.type == "person"
                else _Roles(right[:1], [])
            )
        return _Roles(right[:1], right[1:2])
    if left:
        target = right[:1]
        if not target and lex.verb_final and len(left) > 1:
            target = left[1:2]
        subject = left[0] if lex.verb_final else _nearest_subject(s, left, match)
        return _Roles([subject], target)
    if right and lex.free_inversion and (not etype.targets or len(right) > 1):
        return _Roles(right[:1], right[1:2])
    actor = _outside_subject(s, clause, etype)
    return _Roles([actor] if actor else [], right[:1])


def _nearest_subject(s: _Sentence, left: list[_Name], match: _Match) -> _Name:
    """The subject before a verb in a verb-medial clause: the names nearest the verb, from the
    first of their coordination ("President Obama and President-elect Trump met"); a name
    earlier in the clause with no comma between is an affiliation or a caption's leftover
    ("AP 18 The former host is pictured … Obama and Trump meet"). Names an apposition holds
    ("Haddad, deputy minister at the Ministry of Water, resigned") are no subject: after a
    comma the first name of the clause is."""
    near = [
        n for n in left if not any(s.tokens[i].text in ",،" for i in range(n.last + 1, match.first))
    ]
    if not near:
        return left[0]
    index = len(near) - 1
    while index > 0 and _coordinated(s, near[index - 1], near[index]):
        index -= 1
    return near[index]


def _coordinated(s: _Sentence, first: _Name, second: _Name) -> bool:
    return s.is_(first.last + 1, "coordinators") and _name_after_titles(s, first.last + 2) == second


def _outside_subject(s: _Sentence, clause: tuple[int, int, int], etype: EventType) -> _Name | None:
    """The subject a clause shares with the one before: the antecedent of "who", or the
    subject of "met Y and signed …"."""
    boundary = clause[2]
    if boundary < 0:
        return None
    before = [n for n in s.names if n.last < boundary and _eligible(s, n, etype)]
    if s.is_(boundary, "relatives"):
        return before[-1] if before else None
    if s.is_(boundary, "coordinators"):
        subjects = [n for n in before if not _after_preposition(s, n)]
        return subjects[0] if subjects else None
    return None


def _noun_roles(
    s: _Sentence,
    match: _Match,
    reading: _Reading,
    etype: EventType,
    names: list[_Name],
    left: list[_Name],
    clause: tuple[int, int, int],
) -> _Roles:
    roles_ = _Roles([], [])
    complement = _complement(s, match, names)
    if complement is not None:
        (roles_.targets if etype.patient_first else roles_.actors).append(complement)
    agent = next(
        (n for n in names if n.first > reading.last and s.is_(n.first - 1, "agents")), None
    )
    if agent is not None and agent not in roles_.targets:
        roles_.actors = [agent]
    if not roles_.actors:
        support = _support_verb(s, match)
        subject = None if support is None else _support_subject(s, support, match, left, clause)
        if subject is not None and subject not in roles_.targets:
            roles_.actors.append(subject)
    if not roles_.actors and not etype.patient_first and _possessed(s, match):
        subject = left[0] if left else _outside_subject(s, clause, etype)
        if subject is None:
            subject = _speaker(s, match)
        if subject is not None:
            roles_.actors.append(subject)
    return roles_


# How many words (articles, adjectives: "a large protest") may stand between a support verb
# and its event noun.
_SUPPORT_REACH = 3


def _support_verb(s: _Sentence, match: _Match) -> int | None:
    """The support verb whose object the event noun is ("staged a protest", "launched a
    deadly attack", "شن الجيش هجوما"), or None; a preposition between ("led to protests")
    makes the noun no object."""
    reach = _SUPPORT_REACH + (3 if s.lex.verb_first else 0)  # "شن الجيش الإسرائيلي هجوما"
    for index in _window(s, match.first - 1, -1, reach):
        if s.is_(index, "support_verbs"):
            return index
        if s.is_(index, "prepositions") or s.is_(index, "of_words"):
            return None
    return None


def _support_subject(
    s: _Sentence,
    support: int,
    match: _Match,
    left: list[_Name],
    clause: tuple[int, int, int],
) -> _Name | None:
    """The support verb's subject, the event's actor: after the verb where the verb comes
    first ("شن الجيش هجوما"), else before it ("Lady Gaga staged a protest")."""
    before = [n for n in left if n.last < support]
    if s.lex.verb_first:
        after = [n for n in left if n.first > support]
        if after:
            return after[0]
    if before:
        return before[0] if s.lex.verb_final else _nearest_subject(s, before, match)
    return None


def _speaker(s: _Sentence, match: _Match) -> _Name | None:
    """The source of the attribution whose reported content holds a possessed event noun with
    no subject of its own: "Brenner said his meeting with Varga …" is Brenner's meeting (the
    possessive refers back to the main clause's subject, the speaker). Only a person: an
    organisation's "its" is rarer and a publisher's never. Only when the possessive opens
    the content (after a quotation mark or "that"): later in it ("… handed me his
    resignation") another subject may be meant."""
    start = s.sentence.start + s.tokens[match.first].start
    for attribution, content in _reporting(s, start):
        if not _opens_content(s, content.start, match):
            continue
        found = [
            n
            for n in s.names
            if n.mention.local == attribution.local and n.mention.type == "person"
        ]
        if found:
            return found[0]
    return None


def _reporting(s: _Sentence, start: int) -> Iterator[tuple[Attribution, TextSpan]]:
    """The attributions of the sentence whose reported content holds article offset
    ``start``, with that content: only those of a named speaker (not anonymous, not a
    publisher), who may be the subject the content refers back to."""
    for attribution in s.sentence.attributions:
        content = attribution.content
        if (
            content is not None
            and attribution.local is not None
            and not attribution.anonymous
            and not attribution.publisher
            and content.start <= start < content.end
        ):
            yield attribution, content


# How many words (auxiliaries, adverbs: "it has now carried out") may stand between a subject
# pronoun and its verb.
_PRONOUN_REACH = 3


def _pronoun_speaker(s: _Sentence, verb: int) -> _Name | None:
    """ "The Taliban said it carried out the attack", "Police said they arrested two men": a
    subject pronoun that opens reported content refers to the speaker, who is then the actor.
    Only right after the content's opening (a complementizer, quotation marks), where the
    speaker is the only subject in view."""
    # The earliest: Spanish lists its auxiliaries with the pronouns ("él había dimitido").
    found = [i for i in _window(s, verb - 1, -1, _PRONOUN_REACH) if s.is_(i, "pronouns")]
    if not found:
        return None
    pronoun = found[-1]
    base = s.sentence.start
    start = base + s.tokens[pronoun].start
    for attribution, content in _reporting(s, start):
        opening = [
            i
            for i in range(pronoun)
            if base + s.tokens[i].start >= content.start
            and s.tokens[i].word
            and not s.is_(i, "complementizers")
        ]
        if opening:
            return None
        return next((n for n in s.names if n.mention.local == attribution.local), None)
    return None


def _complement(s: _Sentence, match: _Match, names: list[_Name]) -> _Name | None:
    """Whose event a noun names: "Haddad's resignation", "the resignation of Haddad",
    "استقالة حداد", "Rücktritt von Berger"."""
    lex = s.lex
    if lex.saxon_genitive:
        for name in names:
            gap = match.first - name.last
            if (
                2 < gap <= 5
                and s.tokens[name.last + 1].text in _APOSTROPHES
                and s.tokens[name.last + 2].text == "s"
                and all(s.tokens[i].word for i in range(name.last + 3, match.first))
            ):
                return name
    index = match.last + 1
    if lex.of_words:
        if not s.is_(index, "of_words"):
            return None
        index += 1
    for name in names:
        if name.first < index or name.first - index > _COMPLEMENT_REACH:
            continue
        between = range(index, name.first)
        if all(s.tokens[i].word and not s.is_(i, "prepositions") for i in between):
            return name
        return None
    return None


def _possessed(s: _Sentence, match: _Match) -> bool:
    """ "his resignation", "su dimisión", "استقالته", "استعفای خود": the noun belongs to the
    clause subject."""
    if any(s.is_(i, "possessives") for i in _window(s, match.first - 1, -1)):
        return True
    if s.is_(match.last + 1, "possessives"):
        return True
    word = s.tokens[match.last].text
    for suffix in s.lex.possessive_suffixes:
        stem = word[: -len(suffix)]
        if word.endswith(suffix) and (
            stem in s.comp.noun_forms
            or (stem.endswith("ت") and stem[:-1] + "ه" in s.comp.noun_forms)
        ):
            return True
    return False


def _opens_content(s: _Sentence, content_start: int, match: _Match) -> bool:
    """Whether only a complementizer, quotation marks, the possessive and at most two more
    words ("his first meeting") stand between the content's start and the trigger."""
    base = s.sentence.start
    inside = [
        i
        for i in range(match.first)
        if base + s.tokens[i].start >= content_start and s.tokens[i].word
    ]
    inside = [i for i in inside if not s.is_(i, "complementizers")]
    return bool(inside) and s.is_(inside[0], "possessives") and len(inside) <= 3


def _cue_source(s: _Sentence, match: _Match, reading: _Reading) -> _Name | None:
    """When the trigger is an attribution's or a response's verb ("Sweis threatened to …",
    "the ministry denied …"), its source is the actor."""
    start = s.sentence.start + s.tokens[match.first].start
    end = s.sentence.start + s.tokens[reading.last].end
    cues = [(a.cue, a.local) for a in s.sentence.attributions]
    cues += [(r.cue, r.local) for r in s.sentence.responses]
    for cue, local in cues:
        if cue.start < end and start < cue.end and local is not None:
            found = [n for n in s.names if n.mention.local == local]
            if found:
                return found[0]
    return None


def _with_coordinated(s: _Sentence, chosen: list[_Name], names: list[_Name]) -> list[_Name]:
    """ "X and Y met": a name joined to a chosen one by a coordinator is chosen too."""
    out = list(chosen)
    for name in chosen:
        current = name
        while True:
            following = next((n for n in names if _coordinated(s, current, n)), None)
            if following is None or following in out:
                break
            out.append(following)
            current = following
    return out


def _places(s: _Sentence, clause: tuple[int, int, int], used: set[int]) -> list[int]:
    """Place mentions of the clause (else of the sentence), never a dateline's or a caption's,
    a source's, a participant's, or the possessor inside an organisation's name."""

    def usable(name: _Name) -> bool:
        mention = name.mention
        return (
            (mention.type == "place" or _seat(s, mention.text))
            and mention.role is None
            and mention.local not in used
            and not _in_source(s, mention)
            and _locative(s, name, s.names)
            and not _possessor_of_name(s, name)
        )

    start, end, _boundary = clause
    places = [n for n in s.names if usable(n) and start <= n.first and n.last <= end]
    if not places:
        places = [n for n in s.names if usable(n)]
    if not places and not _names_a_place(s):
        places = [n for n in s.names if _filed_from(n, used)]
    # The finest place first: "in Mazar-i-Sharif, Afghanistan" happened in the city; a
    # country (a gazetteer "country:" id) only bounds it.
    places.sort(key=lambda n: (n.mention.place or "").startswith("country:"))
    return _unique(n.mention.local for n in places)


def _names_a_place(s: _Sentence, skip: Callable[[str], bool] = lambda _text: False) -> bool:
    """Whether the sentence names where something happened besides its dateline, even a
    place the name finder typed otherwise ("in Nice, southern France" with Nice taken for an
    organisation): then the dateline ("PARIS -") is only where the report was filed. The
    dateline's own names ("MADRID (EFE) -") and places in no locative position ("Jordan's
    Ministry of Water") are no such place."""
    others = [
        n
        for n in s.names
        if n.mention.role is None and n.first >= s.opening and not skip(n.mention.text)
    ]
    return any(_locative(s, n, others) and not _possessor_of_name(s, n) for n in others)


def _filed_from(name: _Name, used: set[int]) -> bool:
    """ "AMMAN — Karim Haddad resigned on Tuesday": the dateline's place is where the lead's
    reporting was done, so it is the place of an event its own sentence tells when that
    sentence names no place of its own (a caption's place never is: the photo's)."""
    mention = name.mention
    return mention.role == "dateline" and mention.type == "place" and mention.local not in used


def _seat(s: _Sentence, text: str) -> bool:
    """An institution named after its building ("the White House"): a place where an event
    happens when a locative preposition governs it (``_locative`` checks that)."""
    name = text.casefold()
    return name.removeprefix("the ") in s.lex.seats


def _unique(locals_: Iterable[int]) -> list[int]:
    return list(dict.fromkeys(local for local in locals_ if local >= 0))
