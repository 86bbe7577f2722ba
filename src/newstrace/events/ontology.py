"""The event types newstrace recognises, as data (documented in ``docs/events.md``).

Each type has a stable snake_case id (it is what ``EventMention.type`` and ``Event.type`` hold),
its nearest PLOVER category (None where PLOVER has no good match), a one-line definition, and
the argument structure the extractor looks for:

* ``targets``: whether the type has an object-side participant (who was arrested, attacked,
  appointed, met with); for the others only ``actors`` are filled.
* ``state_actors``: whether a country or city named in argument position ("Iran sanctioned …")
  may be an actor or target rather than the event's place.
* ``patient_first``: when a verb-first sentence names one participant only after the verb
  (Arabic "اعتُقل الصحفي", written without the vowel marks that make it passive), that
  participant is the target rather than the actor.

* ``generic``: the type has no trigger words; the events stage finds it by its place in the
  article (``happening``: the lead sentence's predicate, see ``events.extract.lead``).

``compatible`` says which types may describe one real event, so that the cross-article stage
may merge them (an attack that killed people is told as ``attack`` by one outlet and ``kill``
by another); a type is always compatible with itself. ``deny`` is compatible with nothing else:
a denial is an event of its own, never the event denied.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from types import MappingProxyType

# The generic type of a lead that tells none of the other types ("a tram derailed"): the
# events stage yields it for a lead only, and the cross-article stage blocks it by story alone.
HAPPENING = "happening"


@dataclass(frozen=True, slots=True)
class EventType:
    id: str
    plover: str | None
    description: str
    targets: bool = False
    state_actors: bool = False
    patient_first: bool = False
    generic: bool = False  # no trigger words: found by its place in the article (the lead)


_TYPES = (
    EventType(
        "defect",
        None,
        "A person or unit leaves their side, state or organisation for another, or asks for "
        "asylum abroad (PLOVER codes only the granting of asylum, AID/asylum).",
    ),
    EventType("resign", None, "A holder of an office or post leaves it by their own act."),
    EventType(
        "flee",
        None,
        "People leave a place to escape danger or prosecution, or cross a border to do so.",
    ),
    EventType(
        "protest",
        "PROTEST",
        "A public demonstration, rally, march, sit-in, riot or hunger strike against a policy "
        "or authority (not a verbal objection).",
    ),
    EventType(
        "strike",
        "PROTEST",
        "A labour strike or walkout: workers stop work to press demands (PLOVER mode: strike).",
    ),
    EventType(
        "arrest",
        "COERCE",
        "Authorities arrest, detain or take into custody a person.",
        targets=True,
        patient_first=True,
    ),
    EventType(
        "attack",
        "ASSAULT",
        "A physical attack: assault, bombing, shelling, air or drone strike, raid.",
        targets=True,
        state_actors=True,
    ),
    EventType(
        "kill",
        "ASSAULT",
        "People are killed (by an attack, an assassination, an execution).",
        targets=True,
        state_actors=True,
        patient_first=True,
    ),
    EventType(
        "threaten",
        "THREATEN",
        "An actor announces harm (force, sanctions, resignation, a strike) unless demands "
        "are met; the threatened act itself is not an event.",
        targets=True,
        state_actors=True,
    ),
    EventType(
        "sanction",
        "SANCTION",
        "An actor imposes sanctions, an embargo, a boycott or another penalty on another.",
        targets=True,
        state_actors=True,
        patient_first=True,
    ),
    EventType(
        "meet",
        "CONSULT",
        "Two or more parties meet, visit or hold talks.",
        targets=True,
        state_actors=True,
    ),
    EventType(
        "negotiate",
        "CONSULT",
        "Parties negotiate or mediate over an issue (PLOVER mode: negotiation).",
        targets=True,
        state_actors=True,
    ),
    EventType(
        "accuse",
        "ACCUSE",
        "An actor accuses, blames or charges another with wrongdoing.",
        targets=True,
        state_actors=True,
    ),
    EventType(
        "deny",
        None,
        "An actor denies an accusation, a report or responsibility (a public statement: "
        "CAMEO 016, dropped from PLOVER).",
        state_actors=True,
    ),
    EventType(
        "appoint",
        None,
        "An authority appoints or names a person to a post.",
        targets=True,
        patient_first=True,
    ),
    EventType(
        "dismiss",
        None,
        "An authority dismisses, sacks or removes a person from a post.",
        targets=True,
        patient_first=True,
    ),
    EventType(
        "elect",
        None,
        "An election is held, or a person or party is elected to an office (PLOVER records "
        "elections as a context, not an event type).",
        targets=True,
        patient_first=True,
    ),
    EventType(
        "vote",
        None,
        "A body (parliament, council, court, electorate) votes on a measure.",
        state_actors=True,
    ),
    EventType(
        "agree",
        "AGREE",
        "Parties reach an agreement, a deal or a ceasefire, or agree to act.",
        targets=True,
        state_actors=True,
    ),
    EventType(
        "sign",
        "SUPPORT",
        "Parties sign a formal agreement, treaty or contract (PLOVER: SUPPORT, sign formal "
        "agreement).",
        targets=True,
        state_actors=True,
    ),
    EventType(
        HAPPENING,
        None,
        "Generic: the happening an article's lead sentence tells when it is none of the types "
        "above (a launch, a crash, a rescue); its trigger is the lead clause's main predicate. "
        "Only a lead yields one.",
        targets=True,
        state_actors=True,
        generic=True,
    ),
)

EVENT_TYPES: MappingProxyType[str, EventType] = MappingProxyType({t.id: t for t in _TYPES})

# Pairs of distinct types that may tell one real event (the relation is symmetric).
_COMPATIBLE_PAIRS = (
    ("attack", "kill"),
    ("meet", "negotiate"),
    ("agree", "sign"),
    ("elect", "vote"),
    ("protest", "strike"),
    ("defect", "flee"),
    # One departure told as a resignation by one side and a dismissal by the other: the
    # cross-article stage should see the conflict, not two departures.
    ("resign", "dismiss"),
)


@cache
def compatible_types(type_id: str) -> frozenset[str]:
    """The types that may describe the same real event as ``type_id`` (itself included)."""
    if type_id not in EVENT_TYPES:
        return frozenset({type_id})
    related = {b for a, b in _COMPATIBLE_PAIRS if a == type_id}
    related |= {a for a, b in _COMPATIBLE_PAIRS if b == type_id}
    return frozenset({type_id, *related})


def compatible(a: str, b: str) -> bool:
    """Whether an ``a`` event and a ``b`` event may be one real event (for coreference)."""
    return b in compatible_types(a)


def lead_compatible(a: str, b: str) -> bool:
    """Whether two articles' *leads* of one story may tell one happening: types that are
    compatible, or a generic lead (``happening``: "a tram derailed") beside any type but a
    denial ("seven people were killed"). Two typed leads of incompatible types tell two
    happenings (an attack and, days later, an arrest)."""
    if "deny" in (a, b):
        return a == b
    generic = {t for t in (a, b) if t in EVENT_TYPES and EVENT_TYPES[t].generic}
    return bool(generic) or compatible(a, b)


__all__ = [
    "EVENT_TYPES",
    "HAPPENING",
    "EventType",
    "compatible",
    "compatible_types",
    "lead_compatible",
]
