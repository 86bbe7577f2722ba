"""Kind, voice and reality of one trigger: verb or noun, passive, negated or unreal."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from ...nlp.negation import negated
from ..ontology import EVENT_TYPES
from .compiled import _NOUN_MODAL_WINDOW, _WINDOW, Status
from .sentence import _Sentence
from .tables import IMPERFECTIVE
from .triggers import _Match, _window


@dataclass(frozen=True, slots=True)
class _Reading:
    kind: Literal["verb", "noun"]
    passive: bool
    status: Status
    last: int  # last token of the trigger (a Persian light verb extends it)
    present: bool = False  # an imperfect (present-tense) form: a later date makes it a plan


def _read(s: _Sentence, match: _Match, clause: tuple[int, int]) -> _Reading:
    entry = match.entry
    kind: Literal["verb", "noun"] = "noun" if entry.kind == "noun" else "verb"
    if entry.kind == "either":
        kind = "noun" if s.is_(match.first - 1, "determiners") else "verb"
    last = match.last
    passive = entry.kind == "passive"
    present = entry.kind == "imperfect"
    status: Status = "real"
    light = _light_verb(s, match) if kind == "noun" else None
    if light is not None:
        index, voice = light
        kind, last = "verb", index
        passive = voice in ("passive", "negated_passive", "present_passive")
        if voice.startswith("present"):
            # "دیدار می‌کند" meets or will meet; "دارند تجمع می‌کنند" are rallying now.
            present = True
            status = "real" if _progressive(s, match) else "unreal"
        elif voice == "hypothetical":
            status = "unreal"
        elif voice.startswith("negated"):
            status = "negated"
    if status == "real":
        status = _noun_status(s, match) if kind == "noun" else _verb_status(s, match)
    if status != "unreal" and entry.kind == "imperfect" and _subjunctive(s, match):
        status = "unreal"
    if status != "unreal" and light is not None and _wanted(s, match):
        status = "unreal"  # "تهدید به اعتصاب کردند": they threatened a strike
    if entry.kind == "negated_only":
        status = "negated" if status == "negated" else "unreal"
    if status != "unreal" and _conditional(s, match, clause):
        status = "unreal"
    if kind == "verb" and not passive:
        passive = _passive(s, match, clause)
    return _Reading(kind, passive, status, last, present)


def _subjunctive(s: _Sentence, match: _Match) -> bool:
    """An imperfect after "أن" / "قد" / "كي" ("من المقرر أن يلتقي", "قد يستقيل", "أن لا
    يستقيل"), or with a purpose or command "لـ" on it ("ليستقيل"): wished, possible or
    planned. The future "سـ" never matches: it is no proclitic the matcher strips."""
    before = _window(s, match.first - 1, -1, 2)
    if before and s.is_(before[0], "imperfect_modals"):
        return True
    if len(before) == 2 and s.is_(before[0], "negations") and s.is_(before[1], "imperfect_modals"):
        return True
    word = s.tokens[match.first].text
    head = match.entry.parts[0].text
    prefix = word[: len(word) - len(head)] if word.endswith(head) else ""
    return bool(prefix) and prefix in s.lex.imperfect_proclitics


def _progressive(s: _Sentence, match: _Match) -> bool:
    """A progressive auxiliary before a Persian present ("دارند … تجمع می‌کنند")."""
    return any(s.is_(i, "progressive") for i in _window(s, match.first - 1, -1, 6))


def _light_verb(s: _Sentence, match: _Match) -> tuple[int, str] | None:
    """A Persian light verb after an event noun ("استعفا داد", "بازداشت شد"), with its voice;
    one coordinated noun may come between ("دیدار و گفتگو کرد")."""
    if not s.comp.light_verbs:
        return None
    index = match.last + 1
    for _ in range(2):
        if index >= len(s.tokens):
            return None
        voice = s.comp.light_verbs.get(s.tokens[index].text)
        if voice is not None:
            return index, voice
        if s.tokens[index].text in IMPERFECTIVE and index + 1 < len(s.tokens):
            # "می کند" written with a space: one light verb
            voice = s.comp.light_verbs.get(s.tokens[index].text + s.tokens[index + 1].text)
            if voice is not None:
                return index + 1, voice
        if not s.is_(index, "coordinators"):
            return None
        index += 2
    return None


def _verb_status(s: _Sentence, match: _Match) -> Status:
    before = _window(s, match.first - 1, -1)
    for position, index in enumerate(before):
        if s.is_(index, "modals"):
            # "forced to resign": the infinitive after "forced" did happen.
            governor = before[position + 1] if position + 1 < len(before) else -1
            if not s.is_(governor, "forced"):
                return "unreal"
    inside = range(match.first, match.last + 1)
    if negated((*before, *inside), lambda i: s.is_(i, "negations")):
        return "negated"
    return "real"


def _wanted(s: _Sentence, match: _Match) -> bool:
    """An event noun that is asked for, feared or planned ("called for his resignation")."""
    before = _window(s, match.first - 1, -1, _NOUN_MODAL_WINDOW)
    return any(s.is_(i, "noun_modals") for i in before)


def _noun_status(s: _Sentence, match: _Match) -> Status:
    before = _window(s, match.first - 1, -1)
    if _wanted(s, match):
        return "unreal"
    # "would not approve a deal": the object of a modal verb ("to" is a preposition here).
    if any(
        s.is_(i, "modals") and not s.is_(i, "prepositions")
        for i in _window(s, match.first - 1, -1, _WINDOW + 1)
    ):
        return "unreal"
    if any(s.is_(i, "modals_after") for i in _window(s, match.last + 1, 1, 2)):
        return "unreal"
    if negated(before[:2], lambda i: s.is_(i, "negations")):
        return "negated"
    return "real"


def _conditional(s: _Sentence, match: _Match, clause: tuple[int, int]) -> bool:
    return any(s.is_(i, "conditionals") for i in range(clause[0], match.first))


def _passive(s: _Sentence, match: _Match, clause: tuple[int, int]) -> bool:
    """An auxiliary of the passive right before a participle ("was arrested", "was reportedly
    arrested", "n'a pas été arrêté"), or anywhere earlier in a verb-final clause ("wurde …
    festgenommen"). Types without a target have no passive: "was forced to resign"."""
    entry_type = EVENT_TYPES[match.entry.type or ""]
    english = s.lex.language == "en"
    if not entry_type.targets or (english and s.tokens[match.first].text.endswith("ing")):
        return False
    if s.lex.verb_final:
        return any(s.is_(i, "passive_aux") for i in range(clause[0], match.first))
    for index in _window(s, match.first - 1, -1):
        if s.is_(index, "passive_aux"):
            return True
        word = s.tokens[index].text
        if not (s.is_(index, "negations") or (english and word.endswith("ly"))):
            return False
    return False
