"""Official responses: who confirmed, denied, declined or kept silent."""

from __future__ import annotations

from collections.abc import Sequence

from ...nlp.negation import negation_start
from ...nlp.phrases import gap_spans, spans
from ...nlp.quotes import OPEN_QUOTES, STRAIGHT_QUOTES
from .compiled import _span
from .cues import _Cue
from .find import _widen_to_entity
from .nouns import _np_left, _np_right, _np_subject_initial
from .records import EntitySpan, Response, Stance
from .sentence import _prepare, _Range, _Sentence
from .tables import (
    ADJECTIVE_PREPOSITIONS,
    CLAUSE_BREAKS,
    COORDINATORS,
    NEGATION_AUXILIARIES,
    OBJECT_PRONOUNS,
    PASSIVE_GAP,
)


def find_responses(text: str, language: str, entities: Sequence[EntitySpan] = ()) -> list[Response]:
    """Official responses in one sentence: who confirmed, denied, declined or kept silent.

    The longest phrase wins, then the stance first in STANCES: "would neither confirm nor
    deny" is one ``no_comment`` response, not a confirmation and a denial, and "no comment
    was immediately available" is silence, not the refusal "no comment"; a negated
    "confirm"/"deny" ("did not confirm", "Neither the ministry nor the embassy have
    confirmed", "لم يؤكد") is ``no_comment`` too, never ``confirmed``. The party is the
    responding subject, found like an attribution's source (after the verb in Arabic).
    Languages without a pack get the generic pack's response phrases.
    """
    s = _prepare(text, language, entities)
    if s is None:
        return []
    # "se negó a firmar" (refused to sign) holds "negó" (denied) but is no response
    taken: list[tuple[int, int]] = spans(s.comp.not_cues, s.folded, s.where)
    # "was denied bail", "confirmed as minister": no confirmation or denial (a refusal to
    # comment, matched first, is still one).
    not_responses = spans(s.comp.not_responses, s.folded, s.where)
    responses: list[Response] = []
    for stance, start, end, gap in _candidates(s):
        blocked = taken + not_responses if stance in ("confirmed", "denied") else taken
        if any(a < end and start < b for a, b in blocked):
            continue
        found = s.token_range(start, end)
        if found is None:
            continue
        cue = _Cue(found[0], found[1], "verb")
        resolved = _resolve_stance(s, stance, cue)
        if resolved is None:
            continue
        stance_here, first = resolved
        # "رفضت وزارة الخارجية التعليق": in a verb-first language the gap is the party.
        gap_range = s.token_range(*gap) if gap and s.lex.verb_first else None
        if gap_range is not None and (
            s.has(gap_range[0], "prepositions") or s.has(gap_range[0], "times")
        ):
            # "أقر في مطلع مارس بأن …": an adjunct fills the gap; the party is elsewhere.
            gap_range = None
            cue = _Cue(found[0], found[0], "verb")
        party = gap_range or _party(s, cue)
        if party is None and stance_here in ("confirmed", "denied") and s.lex.language == "en":
            # English states its subject: with none, "…, the same report confirmed" or an
            # adjective, not a party reacting to a claim.
            continue
        if stance_here == "denied" and _withholds(s, cue):
            continue  # "the bill denies Trump his wall": withholding, not a denial
        if stance_here == "confirmed" and not _confirms(s, cue, party):
            continue  # "وأكد الوزير أن …": stressing a point, no confirmation
        start = min(start, s.tokens[first].start)
        taken.append((start, end))
        party_span = s.char_span(*party) if party else None
        if party_span is not None and entities:
            party_span = _widen_to_entity(party_span, entities, text)
        responses.append(Response(stance_here, _span(text, start, end), party_span))
    responses.sort(key=lambda r: r.cue[0])
    return responses


def _confirms(s: _Sentence, cue: _Cue, party: _Range | None) -> bool:
    """An ``emphatic_confirmations`` form ("أكد") confirms only what its clause names as
    news ("أكد صحة الخبر", "أكدت الشرطة الأنباء"), or as an official's answer to a publisher
    ("أكد مدير الإدارة لـ«الوطن» أن …"); "وأكد الوزير أن …" stresses a point."""
    if s.tokens[cue.first].low not in _with_proclitics(s, "emphatic_confirmations"):
        return True
    # What follows the party (in a verb-first clause the subject comes first: "تؤكد
    # المعلومات …", "وأكدت ذات التقارير" have no object yet). The phrase found for an
    # official party may run on into a definite object ("أكد المتحدث باسم الشرطة الخبر"):
    # then what follows its head word.
    after = cue.last
    if party is not None:
        after = max(cue.last, party[0] if _official(s, party) else party[1])
    end = after + 1
    while end < len(s.tokens) and end - after <= 10:
        token = s.tokens[end]
        if s.has(end, "complementizers") or token.text in (".", ":", ";", "؛", "!", "?", "؟"):
            break
        end += 1
    window = (s.tokens[after + 1].start, s.tokens[end - 1].end) if end > after + 1 else None
    if window is not None and any(
        window[0] <= a and b <= window[1]
        for a, b in spans(s.comp.confirmation_objects, s.folded, s.where)
    ):
        return True
    return _official(s, party) and any(_publisher_listener(s, k) for k in range(cue.last + 1, end))


def _with_proclitics(s: _Sentence, group: str) -> frozenset[str]:
    words = s.comp.words[group]
    return words | {p + w for p in s.lex.cue_proclitics for w in words}


def _official(s: _Sentence, party: _Range | None) -> bool:
    """The party is an office or an official by its head word ("رئيس", "وزارة", "المتحدث")."""
    if party is None:
        return False
    return s.has(party[0], "official_heads")


def _publisher_listener(s: _Sentence, index: int) -> bool:
    """A listener that is a publisher: a listener prefix glued to a publisher noun
    ("لصحيفة", "لوكالة") or standing before a quoted name ("لـ«الوطن»", 'ل"الرياض"')."""
    word = s.tokens[index].low
    for prefix in s.lex.listener_prefixes:
        if not word.startswith(prefix):
            continue
        rest = word[len(prefix) :]
        if rest in s.comp.words["publishers"]:
            return True
        following = s.tokens[index + 1].text if index + 1 < len(s.tokens) else ""
        if not rest and following in (*OPEN_QUOTES, *STRAIGHT_QUOTES):
            return True
    return False


def _candidates(s: _Sentence) -> list[tuple[Stance, int, int, tuple[int, int] | None]]:
    """Every response phrase in the sentence, longest first, then in STANCES order."""
    found = [
        (order, stance, start, end, gap)
        for order, (stance, pattern) in enumerate(s.comp.responses)
        for start, end, gap in gap_spans(pattern, s.folded, s.where)
    ]
    found.sort(key=lambda c: (c[2] - c[3], c[0], c[2]))
    return [(stance, start, end, gap) for _order, stance, start, end, gap in found]


def _withholds(s: _Sentence, cue: _Cue) -> bool:
    """'denies Trump his wall', 'denied them a vote': a person then what is withheld (two
    objects), in a cased language: a name or an object pronoun, then a determiner."""
    index = cue.last + 1
    if not s.lex.cased or index >= len(s.tokens):
        return False
    if s.tokens[index].low in OBJECT_PRONOUNS:
        index += 1
    else:
        name = index
        while (
            index < len(s.tokens)
            and index - name < 4
            and s.tokens[index].word
            and s.tokens[index].text[:1].isupper()
            and not s.has(index, "times")
        ):
            index += 1
        if index == name:
            return False
    return s.has(index, "determiners")


def _resolve_stance(s: _Sentence, stance: Stance, cue: _Cue) -> tuple[Stance, int] | None:
    """The stance a matched response really has, and its first token; None for an adjective
    or a response still to come.

    "the confirmed cases" and "number of confirmed deaths" are no response; "did not
    confirm" is no confirmation but silence (``no_comment``), and the negation right before
    joins the cue; a negation further back in the clause ("Neither the ministry nor the
    embassy have publicly confirmed", "Nadie ha confirmado") or ending it ("bestätigte die
    Angaben nicht") negates the verb as well.
    """
    if stance not in ("confirmed", "denied"):
        return stance, cue.first
    before = cue.first - 1
    if before >= 0 and (
        (s.has(before, "determiners") and not s.has(before, "pronouns"))
        or s.tokens[before].low.isdigit()  # "40 confirmed cases"
        or s.has(before, "prepositions")
        or s.tokens[before].low in ADJECTIVE_PREPOSITIONS
    ):
        return None
    first = _negation_start(s, cue.first)
    if first != cue.first:
        return "no_comment", first
    if _negated_in_clause(s, cue):
        return "no_comment", cue.first
    if s.has(before, "response_modals"):
        return None  # "is expected to confirm", "will deny": not said yet
    if _agentless_passive(s, cue):
        return None  # "the motion was denied", "18 people were confirmed dead": no party
    return stance, cue.first


def _agentless_passive(s: _Sentence, cue: _Cue) -> bool:
    """A passive "confirm"/"deny" with no agent ("by …") names no one who responded; with
    one ("has been denied by the ministry") the agent is the responding party."""
    return _passive(s, cue) and _agent(s, cue) is None


def _passive(s: _Sentence, cue: _Cue) -> bool:
    """A "to be" form before the verb, past adverbs: "was denied", "has been strongly denied"."""
    previous = cue.first - 1
    while previous >= 0 and (
        s.tokens[previous].low in PASSIVE_GAP
        or s.has(previous, "negations")
        or (s.lex.language == "en" and s.tokens[previous].low.endswith("ly"))
    ):
        previous -= 1
    return s.has(previous, "passive")


def _agent(s: _Sentence, cue: _Cue) -> int | None:
    """Index of the agent word ("by") right after a passive verb, if any."""
    following = cue.last + 1
    while following < len(s.tokens) and s.tokens[following].low.endswith("ly"):
        following += 1
    return following if s.has(following, "agents") else None


def _clause_break(s: _Sentence, index: int) -> bool:
    """Whether token ``index`` ends a clause: punctuation, a complementizer ("that", "dass"),
    a coordinator ("and", "but"), or the sentence's edge."""
    return (
        s.punct(index)
        or s.has(index, "complementizers")
        or s.tokens[index].low in COORDINATORS
        or s.tokens[index].low in CLAUSE_BREAKS
    )


def _negated_in_clause(s: _Sentence, cue: _Cue) -> bool:
    """A negation before the verb in its clause, or one that ends the clause after it.

    Only where the subject comes first: in a verb-first language what precedes the verb is
    the clause before ("لم يحضر الوزير الاجتماع وأكد المتحدث"), often without punctuation.
    """
    k = -1 if s.lex.verb_first else cue.first - 1
    negated = False
    while not _clause_break(s, k):
        if s.has(k, "negations"):
            negated = True
        elif s.has(k, "relatives") and not s.has(k, "determiners"):
            # "Officials who did not give their names confirmed": the negation so far was
            # the relative clause's; one before the relative pronoun is the subject's.
            negated = False
        k -= 1
    if negated:
        return True
    k = cue.last + 1
    while not _clause_break(s, k):
        k += 1
    return k - 1 > cue.last and s.has(k - 1, "trailing_negations")


def _negation_start(s: _Sentence, index: int) -> int:
    """First token of a negation right before ``index`` ("did not", "n'a pas", "لم")."""

    def is_negation(k: int) -> bool:
        return s.has(k, "negations")

    def is_auxiliary(k: int) -> bool:
        return s.has(k, "skip") or s.tokens[k].low in NEGATION_AUXILIARIES

    return negation_start(index, is_negation, is_auxiliary)


def _party(s: _Sentence, cue: _Cue) -> _Range | None:
    """The subject of a response verb, wherever the language puts it."""
    lex = s.lex
    agent = _agent(s, cue) if _passive(s, cue) else None
    if agent is not None:
        return _np_right(s, agent + 1)  # "the claims were denied by the ministry"
    first = _negation_start(s, cue.first)
    if lex.verb_first:
        return _np_right(s, cue.last + 1) or _np_left(s, first - 1)
    if lex.subject_initial:
        return _np_subject_initial(s, _Cue(first, cue.last, "verb"))
    party = _np_left(s, first - 1)
    if party is None and lex.free_inversion:
        party = _np_right(s, cue.last + 1)
    return party
