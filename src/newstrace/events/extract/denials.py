"""Denials: the events a denial covers are told as not having happened."""

from __future__ import annotations

from collections.abc import Sequence

from ...nlp.clauses import CLAUSE_PUNCT, WINDOW_STOP
from ..ontology import EVENT_TYPES
from .participants import _possessed
from .sentence import _Sentence
from .told import _Told

# What a denial covers is not told as an accusation's or a denial's content: "denied the
# accusations" keeps the accusation, "denied involvement in the attack" the attack.
_NEVER_DENIED = frozenset(("deny",))
_NOT_DENIED_NOUNS = frozenset(("accuse", "deny"))
_DENIAL_REACH = 6  # words between a denial verb and what it denies ("denied on Tuesday that")
_CLAUSE_REACH = 8  # words between "that" and the denied verb


def _deny(s: _Sentence, told: Sequence[_Told]) -> None:
    """ "X denied that he resigned", "denied resigning", "rejected reports that …", "نفى أنه
    استقال", "dementierte, zurückgetreten zu sein", "desmintió haber dimitido", "استعفای خود را
    تکذیب کرد": the denied event is told as not having happened (``negated``; a denied
    negation is asserted). The denial stays an event of its own, with the denier as actor, who
    is also the denied event's subject where the clause says so ("he", "denied resigning")."""
    denials = [t for t in told if t.event.type == "deny" and t.reading.status == "real"]
    for denial in denials:
        if denial.reading.kind != "verb":
            continue
        for other, role in _denied(s, denial, told):
            other.event.negated = not other.event.negated
            if role and denial.event.actors:
                _inherit(other, denial.event.actors, role)


def _inherit(told: _Told, actors: list[int], role: str) -> None:
    """The denier as the denied event's actor, or its target in a passive ("denied being
    arrested") or for a possessed patient noun ("denied reports of his arrest")."""
    event = told.event
    etype = EVENT_TYPES[event.type]
    if role == "target" or (told.reading.passive and etype.targets):
        if etype.targets and not event.targets:
            event.targets = [a for a in actors if a not in event.actors]
    elif not event.actors:
        event.actors = [a for a in actors if a not in event.targets]


def _denied(s: _Sentence, denial: _Told, told: Sequence[_Told]) -> list[tuple[_Told, str]]:
    """The events a denial covers, each with the denier's role in it ("actor", "target", or
    "" for none)."""
    others = sorted(
        (t for t in told if t is not denial and t.event.type not in _NEVER_DENIED),
        key=lambda t: t.match.first,
    )
    out: list[tuple[_Told, str]] = []
    following = [t for t in others if t.match.first > denial.match.first]
    if following:
        link = _denial_link(s, denial, following[0])
        if link is not None:
            out.append((following[0], link))
            previous = following[0]
            for nxt in following[1:]:  # "denied that he resigned and fled the country"
                gap = range(previous.reading.last + 1, nxt.match.first)
                if not (
                    nxt.reading.kind == "verb"
                    and s.is_(nxt.match.first - 1, "coordinators")
                    and len(gap) <= _CLAUSE_REACH
                    and not any(s.tokens[i].text in CLAUSE_PUNCT for i in gap)
                ):
                    break
                out.append((nxt, link))
                previous = nxt
    if s.lex.object_markers:
        preceding = [t for t in others if t.reading.last < denial.match.first]
        if preceding and _denied_object(s, preceding[-1], denial):
            out.append((preceding[-1], _noun_role(s, preceding[-1], True)))
    return out


def _noun_role(s: _Sentence, told: _Told, direct: bool) -> str:
    """The denier's role in a denied event noun: the possessor of "his arrest" is arrested,
    of "his resignation" resigns; "نفت الشرطة اعتقال الصحفي" (denied arresting) makes the
    denier the actor of an unpossessed masdar."""
    possessed = _possessed(s, told.match)
    if EVENT_TYPES[told.event.type].patient_first:
        return "target" if possessed else ("actor" if direct else "")
    return "actor" if possessed or direct else ""


def _denial_link(s: _Sentence, denial: _Told, told: _Told) -> str | None:
    """How a denial verb reaches the event after it: None when it does not; else the
    denier's role in that event ("actor", "target", "" for none)."""
    match, reading = told.match, told.reading
    start = denial.reading.last
    if denial.match.first < match.first < denial.match.last:
        start = denial.match.first  # inside "wies … zurück"
    between = range(start + 1, match.first)
    if any(s.tokens[i].text in CLAUSE_PUNCT or s.is_(i, "contrasts") for i in between):
        return None
    words = [i for i in between if s.tokens[i].word]
    complementizer = next((i for i in words if s.is_(i, "complementizers")), None)
    if complementizer is not None:
        # "denied that he resigned", "rejected reports that …", "نفى أنه استقال"
        lead = [i for i in words if i < complementizer]
        clause = [i for i in words if i > complementizer]
        if (
            reading.kind != "verb"
            or len(lead) > _DENIAL_REACH
            or len(clause) > _CLAUSE_REACH
            or any(s.is_(i, "boundaries") and not s.is_(i, "complementizers") for i in clause)
        ):
            return None
        subject = (
            not clause
            or s.is_(complementizer, "pronouns")
            or any(s.is_(i, "pronouns") for i in clause)
        )
        return "actor" if subject else ""
    if any(s.is_(i, "boundaries") for i in words) or len(words) > _DENIAL_REACH:
        return None
    if reading.kind == "verb":
        head = s.tokens[match.first].text
        if words and all(s.is_(i, "nonfinite") for i in words):
            return "actor"  # "denied having resigned", "negó haber dimitido"
        if not words and head.endswith(s.lex.gerund_endings):
            return "actor"  # "denied resigning"
        if s.is_(reading.last + 1, "nonfinite_after"):
            return "actor"  # "bestritt, zurückgetreten zu sein"
        return None
    if told.event.type in _NOT_DENIED_NOUNS:
        return None
    # "denied reports of his resignation", "rechazó las informaciones sobre la detención"
    if any(s.is_(i, "report_nouns") for i in range(denial.match.first, match.first)):
        return _noun_role(s, told, False)
    if s.lex.verb_first and not any(s.is_(i, "prepositions") for i in words):
        # "نفى الوزير استقالته", "نفت الشرطة اعتقال الصحفي": the masdar as object
        return _noun_role(s, told, True)
    return None


def _denied_object(s: _Sentence, told: _Told, denial: _Told) -> bool:
    """Persian: the event noun is the denial's object ("استعفای خود را تکذیب کرد", "خبر
    بازداشت او را تکذیب کرد")."""
    if told.reading.kind != "noun" or told.event.type in _NOT_DENIED_NOUNS:
        return False
    between = range(told.reading.last + 1, denial.match.first)
    if len(between) > _DENIAL_REACH or any(
        s.tokens[i].text in WINDOW_STOP or s.is_(i, "boundaries") for i in between
    ):
        return False
    marked = any(s.is_(i, "object_markers") for i in between)
    return marked or s.is_(denial.match.first, "object_markers")
