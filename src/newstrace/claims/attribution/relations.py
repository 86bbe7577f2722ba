"""Putting a relation together: a cue's source, clause layout and reported content."""

from __future__ import annotations

from dataclasses import dataclass

from ...nlp.clauses import COMMAS, trim_end
from ...nlp.phrases import fold_phrase
from ...nlp.quotes import CLOSE_QUOTES, OPEN_QUOTES, STRAIGHT_QUOTES, in_quotes
from .cues import _Cue, _skip_left, _skippable
from .nouns import (
    _clause_subject,
    _ends_phrase,
    _name_before,
    _np_left,
    _np_right,
    _np_subject_initial,
    _quoted_name,
    _skip_parenthetical,
)
from .sentence import _Range, _Sentence
from .tables import (
    ASKED_OPENERS,
    CLAUSE_BREAKS,
    COORDINATORS,
    MAIN_COMPLEMENTIZERS,
    OBJECT_PRONOUNS,
    POSSESSIVE,
    VERB_MARKERS,
)


@dataclass(slots=True)
class _Found:
    cue: _Cue
    source: _Range | None = None
    source_right: bool = False  # the source follows the cue
    left_content: bool = False  # the reported clause precedes the cue
    clause_first: int | None = None  # where this relation's clause starts, when it cuts others
    content: tuple[int, int] | None = None  # character offsets
    extra_publisher: _Range | None = None  # "told Reuters": the outlet that relays it
    relayed_by: _Found | None = None  # "told Reuters, which reported …": that relation
    relays: bool = False  # this relation's source is the outlet of such a chain
    until_comma: bool = False  # an adverbial clause ("When asked …,"): its content ends there
    source_skip: int = 0  # characters of a glued preposition before the source ("لوكالة")


def _boundary_before(s: _Sentence, index: int) -> int | None:
    """Index of a clause break (", and", ";", ", but") right before token ``index``."""
    previous = index - 1
    if s.has(previous, "stops") and s.tokens[previous].low in CLAUSE_BREAKS:
        previous -= 1
        if previous >= 0 and s.tokens[previous].text in (",", "،"):
            return previous
        return previous + 1
    if previous >= 0 and s.tokens[previous].text in (";", "؛"):
        return previous
    return None


def _right_is_empty(s: _Sentence, after: int) -> bool:
    """Nothing reported after the cue: '…, police said on Tuesday.'

    Only up to the next comma: in "…, an official said, adding that …" what follows the
    comma is another cue's; a quotation or "that" right after the comma is this one's.
    """
    end = len(s.tokens)
    for i in range(after, len(s.tokens)):
        if s.tokens[i].text in COMMAS:
            following = s.tokens[i + 1] if i + 1 < len(s.tokens) else None
            opens = following is not None and (
                following.text in OPEN_QUOTES + STRAIGHT_QUOTES
                or following.low in MAIN_COMPLEMENTIZERS
            )
            if not opens:
                end = i
            break
    rest = [i for i in range(after, end) if s.tokens[i].word]
    if not rest:
        return True
    if any(s.tokens[i].text in OPEN_QUOTES + STRAIGHT_QUOTES for i in range(after, end)):
        return False
    if any(s.has(i, "complementizers") or s.has(i, "pronouns") for i in rest):
        return False
    first = rest[0]
    return len(rest) <= 5 and (s.has(first, "prepositions") or _skippable(s, first))


def _analyse(s: _Sentence, cue: _Cue, done: list[_Found]) -> _Found:
    """Source and clause layout of one cue (contents come later, once all cues are known)."""
    found = _Found(cue)
    before = cue.first - 1
    if cue.kind == "after":
        found.source = _quoted_name(s, cue.last + 1) or _np_right(s, cue.last + 1)
        found.source_skip = _glued_preposition(s, cue, found.source)
        if cue.closing and not _closing_source(s, found.source):
            found.source = None
        found.source_right = True
        words_before = [i for i in range(0, cue.first) if s.tokens[i].word]
        found.left_content = bool(words_before) and not s.has(words_before[-1], "stops")
        relay = _relaying(cue, done)
        if relay is not None:
            found.left_content = False
            phrase = fold_phrase(s.text[s.tokens[cue.first].start : s.tokens[cue.last].end])
            if phrase in s.comp.relay_cues:
                # "according to sources quoted by X, …": X relays what the sources said.
                found.relayed_by, found.relays = relay, True
            else:
                # "به گزارش X به نقل از Y، …": X relays what Y said; both report what follows.
                relay.relayed_by, relay.relays = found, True
        if found.left_content:
            found.clause_first = before if s.punct(before) else cue.first
        return found
    if cue.kind == "before":
        found.source = _np_left(s, before)
        return found
    if cue.kind == "participle":
        found.source = _shared_source(s, cue, done)
        found.clause_first = _skip_left(s, before)
        _quoted_speaker(s, found)
        return found
    if cue.kind == "colon":
        found.source = (cue.speaker, before)
        return found
    if cue.kind == "dash":
        found.source = _np_right(s, cue.last + 1)
        found.source_right = True
        found.left_content = True
        return found
    _analyse_verb(s, cue, found, done)
    return found


def _cue_phrase(s: _Sentence, cue: _Cue) -> str:
    """The cue's folded words, without a proclitic glued to the first ("وبحسب" -> "بحسب")."""
    phrase = fold_phrase(s.text[s.tokens[cue.first].start : s.tokens[cue.last].end])
    for proclitic in s.lex.cue_proclitics:
        if phrase.startswith(proclitic) and len(phrase) > len(proclitic) + 2:
            bare = phrase[len(proclitic) :]
            if bare in s.comp.words["loose_source_after"] | s.comp.words["glued_source_after"]:
                return bare
    return phrase


def _glued_preposition(s: _Sentence, cue: _Cue, source: _Range | None) -> int:
    """'وفقا لوكالة رويترز': the length of the preposition glued to the source's first word
    ("ل"), which is no part of the source. Not the article-bearing "لل" ("للأمم"), where
    the article's alef is gone."""
    if source is None or _cue_phrase(s, cue) not in s.comp.words["glued_source_after"]:
        return 0
    word = s.tokens[source[0]].low
    for prefix in s.lex.listener_prefixes:
        if word.startswith(prefix) and not word.startswith(prefix * 2) and len(word) > 3:
            return len(prefix)
    return 0


def _names_speaker(s: _Sentence, found: _Found) -> bool:
    """After a ``loose_source_after`` cue ("وفق", "حسب"), whether the noun phrase names who
    said it: a name, a publisher, an unnamed source, a role or a statement ("بحسب مدير
    الإدارة", "حسب تأكيدات ذويها"), not a rule or a measure ("وفق الخطط", "بحسب السن")."""
    if found.source is None:
        return False
    first = found.source[0]
    if any(start <= first <= end for start, end in s.names):
        return True
    word = s.tokens[first].low[found.source_skip :]
    heads = s.comp.words["speaker_nouns"] | s.comp.words["publishers"]
    return word in heads or word in s.comp.words["anonymous"]


def _relaying(cue: _Cue, done: list[_Found]) -> _Found | None:
    """A relation whose source follows its cue and ends right before this prepositional cue
    ("به گزارش X به نقل از Y", "ذكرت صحيفة X نقلا عن Y")."""
    return next(
        (
            d
            for d in done
            if (d.cue.kind == "after" or d.source_right)
            and d.source is not None
            and d.source[1] == cue.first - 1
        ),
        None,
    )


def _closing_source(s: _Sentence, source: _Range | None) -> bool:
    """'…, so die Polizei.': a noun phrase (an article or a capital first) that ends the
    clause, but for a time or place; "…, so viel ist sicher" and "…, so alt wie" are
    adverbs, not sources."""
    if source is None:
        return False
    first = s.tokens[source[0]]
    if not (s.has(source[0], "determiners") or (s.lex.cased and first.text[:1].isupper())):
        return False
    return _ends_phrase(s, source[1] + 1) or s.has(source[1] + 1, "skip")  # "am Montag"


def _shared_source(s: _Sentence, cue: _Cue, done: list[_Found]) -> _Range | None:
    """Subject of a participle or coordinated verb: the last subject seen, else the clause's.

    Sources that follow their cue ("according to X") are not subjects and are passed over.
    """
    # The main clause's subject: the last "…, X said," relation if there is one (it takes
    # the clause before it as content), else the earliest subject ("X said Y believes Z,
    # adding …" is X's).
    candidates = [
        previous
        for previous in done
        if previous.cue.last < cue.first
        and previous.source
        and not previous.source_right
        and not in_quotes(s.tokens[previous.cue.first].start, s.quotes)
    ]
    dominant = [previous for previous in candidates if previous.left_content]
    if dominant:
        return dominant[-1].source
    if candidates:
        return candidates[0].source
    return _clause_subject(s, cue.first)


def _analyse_verb(s: _Sentence, cue: _Cue, found: _Found, done: list[_Found]) -> None:
    lex = s.lex
    before = cue.first - 1
    after_quote = before >= 0 and (
        s.tokens[before].text in tuple(CLOSE_QUOTES + STRAIGHT_QUOTES)
        or any(
            end in (s.tokens[cue.first].start - 1, s.tokens[cue.first].start) for _, end in s.quotes
        )
    )
    inverted = lex.inversion and (after_quote or _inverted_after_comma(s, cue))
    if _asked_clause(s, cue):
        cue.passive = True
        found.until_comma = True
    if cue.passive:
        agent = cue.last + 1
        if s.has(agent, "agents"):
            found.source = _np_right(s, agent + 1)
            found.source_right = True
    elif _fronted_object(s, before):
        # "Das berichtet die Zeitung": the pronoun is the object, the subject follows.
        found.source = _np_right(s, cue.last + 1)
        found.source_right = found.source is not None
    elif lex.verb_first or inverted:
        # "وأعرب عن يقينه": a cue that ends in its preposition has its subject in the verb;
        # what follows is the preposition's object.
        carries = lex.verb_first and (_carries_subject(s, cue) or _ends_in_preposition(s, cue))
        found.source = None if carries else _np_right(s, cue.last + 1)
        found.source_right = found.source is not None
        if found.source is None and lex.verb_first:
            found.source = _left_subject(s, cue)
            if found.source is None and not carries:
                found.source = _coordinated_subject(s, cue, done)
    elif lex.subject_initial:
        covered = tuple(
            (d.cue.first, d.source[1] if d.source else d.cue.last)
            for d in done
            if d.cue.kind == "after"
        )
        cue_ends = frozenset(d.cue.last for d in done)
        found.source = _np_subject_initial(s, cue, covered, cue_ends)
    else:
        j = _skip_left(s, before)
        if j >= 0 and s.tokens[j].low in COORDINATORS:
            found.source = _shared_source(s, cue, done)
            found.clause_first = j
        else:
            found.source = _np_left(s, before) or _name_before(s, before)
            if found.source is None and lex.free_inversion:
                found.source = _np_right(s, cue.last + 1)
                found.source_right = found.source is not None
    if (
        found.source is not None
        and not found.source_right
        and s.tokens[cue.first].low in s.comp.words["tell"]
    ):
        found.extra_publisher = _np_right(s, cue.last + 1)
    if found.source is not None and found.source_right:
        found.extra_publisher = _prefixed_listener(s, cue, found.source)
    if found.source is not None and found.source_right and s.has(cue.first, "cite"):
        inverted = _cited_speaker(s, found) or inverted
    _quoted_speaker(s, found)
    after = max(cue.last, found.source[1] if found.source and found.source_right else cue.last)
    if found.extra_publisher is not None:
        after = max(after, found.extra_publisher[1])
    quoted_before = (
        found.source is not None
        and not found.source_right
        and _quote_before(s, s.tokens[found.source[0]].start) is not None
    )
    if (
        inverted
        or quoted_before
        or (_right_is_empty(s, after + 1) and _opens_clause(s, found.source))
    ):
        found.left_content = True
        start = found.source[0] if found.source and not found.source_right else cue.first
        found.clause_first = start - 1 if s.punct(start - 1) else start
    elif found.source is not None and not found.source_right and found.clause_first is None:
        found.clause_first = _boundary_before(s, found.source[0])


def _carries_subject(s: _Sentence, cue: _Cue) -> bool:
    """A verb form whose ending is its subject ("قالوا", "أكدوا"): what follows is no subject."""
    word = s.tokens[cue.last].low
    return any(word.endswith(e) and len(word) > len(e) + 2 for e in s.lex.subject_endings)


def _ends_in_preposition(s: _Sentence, cue: _Cue) -> bool:
    return cue.last > cue.first and s.has(cue.last, "prepositions")


def _glued_conjunction(s: _Sentence, cue: _Cue) -> bool:
    """The cue carries a conjunction ("وقال", "فكتب"), not a verb that starts like one."""
    word = s.tokens[cue.first].low
    return any(
        word.startswith(p) and word not in s.comp.verb_forms and word[len(p) :] in s.comp.verb_forms
        for p in s.lex.cue_proclitics
    )


def _coordinated_subject(s: _Sentence, cue: _Cue, done: list[_Found]) -> _Range | None:
    """'وأعلن الهاجري أن …، وقال: «…»': a verb joined by a glued conjunction with no subject
    of its own shares the subject of the reporting verb before it in the sentence."""
    if not _glued_conjunction(s, cue) or in_quotes(s.tokens[cue.first].start, s.quotes):
        return None  # inside a quotation the speaker is the quoted one's own subject
    earlier = [
        d
        for d in done
        if d.cue.last < cue.first
        and d.source is not None
        and not in_quotes(s.tokens[d.cue.first].start, s.quotes)
    ]
    return earlier[-1].source if earlier else None


def _left_subject(s: _Sentence, cue: _Cue) -> _Range | None:
    """In a verb-first language, a subject before the verb ("وكان البنك الدولي أقر", "هذه
    الأرقام تؤكد"), only where it opens the clause: after punctuation, a conjunction, "كان"
    or an opener. A verb with a conjunction glued on ("فقال", "وكشف") opens its own clause,
    so the phrase before it ends the clause before ("بجانب النهر فقال") and is no subject."""
    if _glued_conjunction(s, cue):
        return None
    found = _np_left(s, cue.first - 1)
    if found is None:
        return None
    if found[0] == found[1] and (s.has(found[0], "relatives") or s.has(found[0], "pronouns")):
        return found  # "الذين كشفوا", "هو قال"
    previous = found[0] - 1
    if (
        s.punct(previous)
        or s.tokens[previous].low in COORDINATORS
        or any(
            s.has(previous, group)
            for group in ("clause_openers", "complementizers", "relatives", "finite", "skip")
        )
    ):
        return found
    return None


def _prefixed_listener(s: _Sentence, cue: _Cue, source: _Range) -> _Range | None:
    """'قالت مصادر لوكالة الأنباء …': after a verb of telling and the subject that follows
    it, a listener marked by a prefix ("ل") is the outlet the speakers told."""
    listener = source[1] + 1
    if listener >= len(s.tokens) or _bare_tell(s, s.tokens[cue.first].low) is None:
        return None
    word = s.tokens[listener].low
    if not any(word.startswith(p) and len(word) > len(p) + 2 for p in s.lex.listener_prefixes):
        return None
    return _np_right(s, listener)


def _bare_tell(s: _Sentence, word: str) -> str | None:
    """The tell verb a cue word is, with or without its proclitic ("وقالت")."""
    for proclitic in ("", *s.lex.cue_proclitics):
        if word.startswith(proclitic) and word[len(proclitic) :] in s.comp.words["tell"]:
            return word[len(proclitic) :]
    return None


def _cited_speaker(s: _Sentence, found: _Found) -> bool:
    """'„…", zitiert die Zeitung den Minister': the speaker is the object; the subject is
    the outlet that relays the words, as in "told Reuters". True when a quotation before
    the cue is what was said."""
    assert found.source is not None
    speaker_first = found.source[1] + 1
    if not s.has(speaker_first, "object_articles"):
        return False
    speaker = _np_right(s, speaker_first)
    if speaker is None:
        return False
    found.extra_publisher, found.source = found.source, speaker
    return _quote_before(s, s.tokens[found.cue.first].start) is not None or (
        found.cue.first > 0 and s.tokens[found.cue.first - 1].text in COMMAS
    )


def _quoted_speaker(s: _Sentence, found: _Found) -> None:
    """'IRNA quoted the minister as saying', '…, AP said, citing police officials': the
    object of a ``cite`` verb whose subject comes first is the one who spoke, so it is the
    source (the guideline: "X quoted Y as saying" is Y's statement, not X's); an outlet
    subject relays it and gets a publisher record of its own, as in "told Reuters"."""
    cue = found.cue
    if cue.passive or found.source_right or not s.has(cue.first, "cite") or s.lex.free_inversion:
        return
    speaker = _np_right(s, cue.last + 1)
    if speaker is None:
        return
    relayer = found.source
    found.source, found.source_right = speaker, True
    # The subject relays the words, as in "told Reuters": an outlet becomes a publisher record.
    found.extra_publisher = relayer
    if relayer is not None and _quote_before(s, s.tokens[relayer[0]].start) is not None:
        # '"…," IRNA quoted him as saying': what was said comes before the relayer.
        found.left_content = True
        found.clause_first = relayer[0] - 1 if s.punct(relayer[0] - 1) else relayer[0]


def _fronted_object(s: _Sentence, index: int) -> bool:
    """A pronoun that opens the clause right before the verb as its object (German "Das
    berichtet …", Russian "Об этом сообщает …"), where the verb-second order allows it."""
    if not s.lex.free_inversion or not s.has(index, "fronted_objects"):
        return False
    previous = index - 1
    if s.has(previous, "prepositions"):
        previous -= 1  # "Об этом сообщает"
    return previous < 0 or s.punct(previous)


def _opens_clause(s: _Sentence, source: _Range | None) -> bool:
    """'…, police said.': the subject follows a comma, a quotation or starts the sentence.

    Only then does a verb with nothing after it report the clause before it; in "said the
    statement did not clarify" the second verb sits inside the first one's content.
    """
    if source is None:
        return False
    previous = source[0] - 1
    if previous < 0:
        # A subject that opens the sentence has nothing before it to report where speech
        # may follow a bare comma: "Der Minister sagte, die Brücke bleibe gesperrt".
        return not s.lex.comma_clause
    return s.tokens[previous].text in COMMAS + tuple(CLOSE_QUOTES + STRAIGHT_QUOTES)


def _inverted_after_comma(s: _Sentence, cue: _Cue) -> bool:
    """'…, said the spokesman.': a comma, the verb, then a noun phrase that ends the clause.

    With more after the noun phrase (", said Ivanka Trump's statement didn't…") the comma
    closes an appositive instead and the subject is on the left.
    """
    if cue.first == 0 or s.tokens[cue.first - 1].text not in COMMAS:
        return False
    if s.comp.inverting and s.tokens[cue.first].low not in s.comp.inverting:
        return False
    right = _np_right(s, cue.last + 1)
    if right is None or not _ends_phrase(s, right[1] + 1):
        return False
    if _skip_parenthetical(s, cue.first - 1)[1] is None:
        return True
    # "Ivanka Trump, the nominee's daughter, noted the rule": the commas hold an appositive
    # and the subject is on the left. A name that closes the sentence after a verb that takes
    # no person as its object is the speaker still (", a large, loyal following, says Ruiz.").
    return (
        s.lex.cased
        and _capitalised(s, right[0])
        and not s.has(cue.first, "person_objects")
        and not s.has(cue.first, "tell")
        and not s.has(cue.first, "cite")
        and _ends_sentence(s, right[1] + 1)
    )


def _ends_sentence(s: _Sentence, index: int) -> bool:
    """Only closing punctuation from ``index`` on, or an appositive with no verb of its own
    (", says Ana Ruiz, a professor of history.")."""
    if all(not t.word for t in s.tokens[index:]):
        return True
    return (
        index < len(s.tokens)
        and s.tokens[index].text in COMMAS
        and not any(
            s.has(k, "finite") or s.has(k, "relatives") for k in range(index, len(s.tokens))
        )
    )


def _contents(s: _Sentence, found: list[_Found]) -> None:
    """Reported clause of each relation: up to the next relation that cuts in, or before it."""
    end_char = trim_end(s.text, len(s.text))
    for index, item in enumerate(found):
        cue = item.cue
        if item.left_content:
            start = 0
            stop = item.clause_first if item.clause_first is not None else cue.first
            stop_char = s.tokens[stop].start if 0 <= stop < len(s.tokens) else 0
            anchor = item.source[0] if item.source and not item.source_right else cue.first
            quote = _quote_before(s, s.tokens[anchor].start)
            if quote is not None:
                item.content = quote
            elif stop_char > start:
                item.content = (start, trim_end(s.text, stop_char))
            continue
        first = max(cue.last, item.source[1] if item.source and item.source_right else cue.last)
        if cue.kind == "after":
            # "According to an official in the ministry, X": the content follows the comma.
            comma = next(
                (i for i in range(first + 1, len(s.tokens)) if s.tokens[i].text in COMMAS), None
            )
            if comma is not None and comma - first <= 8:
                first = comma
        first = _content_start(s, first + 1, item)
        stop = end_char
        quote = _quote_around(s, s.tokens[cue.first].start)
        if quote is not None:
            stop = min(stop, quote[1])  # speech quoted inside a quotation ends with it
        for other in found[index + 1 :]:
            if other.clause_first is not None and other.clause_first > cue.last:
                stop = min(stop, s.tokens[other.clause_first].start)
                break
            relative = _relative_after_comma(s, other)
            if relative is not None and relative > cue.last:
                # "accused Bill Clinton of harassment, and Juanita Broaddrick, who claimed
                # that …": a relative clause of its own speaker, not the earlier content.
                stop = min(stop, s.tokens[relative].start)
                break
        if item.until_comma:
            comma = next((t.start for t in s.tokens[first:] if t.text in COMMAS), len(s.text))
            stop = min(stop, comma)
        if first < len(s.tokens) and s.tokens[first].start < stop:
            item.content = (s.tokens[first].start, trim_end(s.text, stop))


def _relative_after_comma(s: _Sentence, item: _Found) -> int | None:
    """The comma before a relation whose source is a relative pronoun right after it
    (", who told a newspaper"), if it has one."""
    source = item.source
    if source is None or item.source_right or source[0] != source[1]:
        return None
    comma = source[0] - 1
    if not s.has(source[0], "relatives") or comma < 0 or s.tokens[comma].text not in COMMAS:
        return None
    return comma


def _content_start(s: _Sentence, index: int, item: _Found) -> int:
    """First token of a reported clause: past a listener ("told reporters") and "that"."""
    if item.extra_publisher is not None:
        index = max(index, item.extra_publisher[1] + 1)
    for k in range(index, min(len(s.tokens), index + 8)):
        if s.has(k, "complementizers") and s.tokens[k].low in MAIN_COMPLEMENTIZERS:
            index = k + 1
            break
        if not s.tokens[k].word and s.tokens[k].text not in ("’s", "'s", "-"):
            break
    comma = next(
        (k for k in range(index, min(len(s.tokens), index + 5)) if s.tokens[k].text in COMMAS),
        None,
    )
    if comma is not None and all(
        s.has(k, "times") or s.has(k, "prepositions") or _skippable(s, k)
        for k in range(index, comma)
    ):
        index = comma  # "sagte am Montag, die Gespräche …"
    while index < len(s.tokens) and s.tokens[index].text in (",", ":", "،", "؛"):
        index += 1
    return index


def _quote_around(s: _Sentence, position: int) -> tuple[int, int] | None:
    return next(((a, b) for a, b in s.quotes if a < position < b), None)


def _quote_before(s: _Sentence, position: int) -> tuple[int, int] | None:
    """The quotation that ends just before ``position`` ('"…," said X')."""
    for start, end in s.quotes:
        if end <= position and not s.text[end:position].strip(" ,،"):
            return (start, end)
    return None


def _asked_clause(s: _Sentence, cue: _Cue) -> bool:
    """'Asked whether …, he said' / 'When asked about …': a reduced passive that reports."""
    if s.tokens[cue.first].low != "asked":
        return False
    before = cue.first - 1
    return before < 0 or s.tokens[before].low in ASKED_OPENERS


def _reports_view(s: _Sentence, item: _Found) -> bool:
    """A verb of thinking or judging ("believe", "consider", "seek", "seem") reports a view
    only with a clause or a quotation after it (past its source, when that follows): with an
    object, an infinitive or an adjective it tells an act ("considered the proposal", "sought
    to topple", "seems unlikely"), and its subject is no source. A passive ("is considered a
    moderate") reports the view of people left unsaid, as before."""
    cue = item.cue
    if cue.kind not in ("verb", "participle") or cue.passive:
        return True
    head = _bare(s, s.tokens[cue.last].low)
    if cue.last > cue.first:
        # A multi-word cue listed whole: Persian "معتقد است" (believes).
        phrase = fold_phrase(s.text[s.tokens[cue.first].start : s.tokens[cue.last].end])
        head = phrase if phrase in s.comp.mental else head
    listed = (s.comp.clausal, s.comp.predicative, s.comp.mental)
    if not any(head in words for words in listed):
        return True
    if item.source is not None and _not_agent(s, item.source):
        return False
    if head not in s.comp.clausal and head not in s.comp.predicative:
        return True
    after = cue.last
    if item.source is not None and item.source_right:
        after = max(after, item.source[1])
    if item.extra_publisher is not None:
        after = max(after, item.extra_publisher[1])
    if head in s.comp.predicative:
        return _predicate_follows(s, after + 1)
    return _clause_follows(s, after + 1)


def _reports_here(s: _Sentence, item: _Found) -> bool:
    """Constructions in which a cue word reports nothing:

    - a reduced passive that frames the real cue ("Asked about the tender, she said …");
    - an agentless passive before a place, a time or a preposition ("the collision was
      reported at 05:24", "the draft was reported to the committee");
    - a ``quoting`` verb with no quotation in its clause ("a field called South Pars");
    - a ``counting`` verb before a number ("the economy added 113,000 jobs").
    """
    cue = item.cue
    if cue.kind != "verb":
        return True
    if _asked_clause(s, cue):
        return False
    if not item.left_content and _unsaid(s, cue) and not _is_belief(s, item):
        return False
    if cue.passive and item.source is None and not item.left_content:
        following = cue.last + 1
        if s.has(following, "prepositions") or s.has(following, "times"):
            return False
        if following < len(s.tokens) and s.tokens[following].low == "to":
            # "was reported to the committee" (a listener), not "is expected to win".
            listener = following + 1
            return not (
                s.has(listener, "determiners") or (s.lex.cased and _capitalised(s, listener))
            )
    word = s.tokens[cue.first].low
    if word in s.comp.quoting and cue.first == cue.last and not item.left_content:
        return _quote_in_clause(s, cue.last + 1) or _names_with(s, cue.last + 1)
    if word in s.comp.counting and cue.first == cue.last:
        following = cue.last + 1
        if following < len(s.tokens) and (
            s.tokens[following].text[:1].isdigit() or s.has(following, "quantities")
        ):
            return False
    return True


def _unsaid(s: _Sentence, cue: _Cue) -> bool:
    """A modal among the auxiliaries before the verb: a speech act not made (yet): "will
    discuss", "could suggest", "would have told"."""
    index = cue.first - 1
    while index >= 0 and _skippable(s, index):
        if s.has(index, "hypothetical") or _unmade_infinitive(s, index, cue):
            return True
        index -= 1
    return index >= 0 and _unmade_infinitive(s, index, cue)


def _unmade_infinitive(s: _Sentence, index: int, cue: _Cue) -> bool:
    """'failed to tell', 'is welcome to explain': a need, failure or readiness word right
    before the infinitive marker of the cue's chain names an act not made."""
    marker = index + 1
    return (
        s.has(index, "unmade_before_infinitive")
        and marker < cue.first
        and s.tokens[marker].low in VERB_MARKERS
    )


def _capitalised(s: _Sentence, index: int) -> bool:
    return 0 <= index < len(s.tokens) and s.tokens[index].text[:1].isupper()


def _names_with(s: _Sentence, index: int) -> bool:
    """'called him a liar', 'called Assad a "monster"', 'called out the press': a naming verb
    with its object and the name it gives, not "called Turkey's prime minister" (phoned) or
    "called a tip line"."""
    if index >= len(s.tokens):
        return False
    if s.tokens[index].low == "out":
        return True
    if s.tokens[index].low in OBJECT_PRONOUNS:
        index += 1
    elif _capitalised(s, index):
        while index < len(s.tokens) and (
            _capitalised(s, index) or s.tokens[index].low in POSSESSIVE
        ):
            index += 1
    else:
        return False
    return index < len(s.tokens) and s.tokens[index].low in ("a", "an")


def _quote_in_clause(s: _Sentence, index: int) -> bool:
    """A quotation opens between token ``index`` and the end of the clause."""
    for k in range(index, len(s.tokens)):
        text = s.tokens[k].text
        if text in (".", ";", "؛", "!", "?"):
            return False
        if any(start == s.tokens[k].start for start, _end in s.quotes):
            return True
    return False


def _is_finding(s: _Sentence, item: _Found) -> bool:
    """A cue that tells what a document shows ("the poll shows", "records show")."""
    cue = item.cue
    if cue.kind not in ("verb", "participle"):
        return False
    return s.tokens[cue.first].low in s.comp.evidence or _data_subject(s, item)


def _data_subject(s: _Sentence, item: _Found) -> bool:
    """The cue's subject is a figure, a detail or a device (``data_subjects``): the source's
    head, or with no source the word right before the verb ("هذه الإحصائيات تؤكد")."""
    if item.source is not None:
        words: list[int] = []
        for i in range(item.source[0], item.source[1] + 1):
            if words and (s.tokens[i].text in COMMAS or s.has(i, "relatives")):
                break  # "Pew, which crunched the data, said": the head is before the clause
            if s.tokens[i].word:
                words.append(i)
        head = words[0] if words and s.lex.head_initial else (words[-1] if words else -1)
    else:
        head = item.cue.first - 1
    return head >= 0 and s.has(head, "data_subjects")


def _is_belief(s: _Sentence, item: _Found) -> bool:
    """A cue that tells a state of mind or a stance, not a statement: a ``beliefs`` form
    ("believes", "wants to know", "calls for"), or a ``commitments`` form ("promised",
    "urged", "asked") with neither a clause or a quotation after it nor what it reports
    before it ("pledged to provide", "urged the migrants to apply")."""
    cue = item.cue
    if cue.kind not in ("verb", "participle", "after", "before"):
        return False
    phrase = fold_phrase(s.text[s.tokens[cue.first].start : s.tokens[cue.last].end])
    head = _bare_in(s, s.tokens[cue.first].low, (s.comp.beliefs, s.comp.commitments))
    if phrase in s.comp.beliefs or head in s.comp.beliefs:
        return True
    if s.has(cue.first, "outlet_cues") and not _names_outlet(s, item.source):
        return True  # "when she learned her husband had lied": she came to know it
    if phrase not in s.comp.commitments and head not in s.comp.commitments:
        return False
    if item.left_content:
        return False  # '"Did they know?" he asked.'
    after = cue.last
    if item.source is not None and item.source_right:
        after = max(after, item.source[1])
    return not _clause_follows(s, after + 1)


def _names_outlet(s: _Sentence, source: _Range | None) -> bool:
    """A source that may name an outlet: a publisher noun ("the newspaper") or a name ("The
    Post", "Levant Wire"); not a pronoun or a common noun ("she", "the parents")."""
    if source is None:
        return False
    words = [i for i in range(source[0], source[1] + 1) if s.tokens[i].word]
    if any(s.tokens[i].low in s.comp.words["publishers"] for i in words):
        return True
    return s.lex.cased and any(
        s.tokens[i].text[:1].isupper() and not s.has(i, "pronouns") for i in words
    )


def _bare_in(s: _Sentence, word: str, listed: tuple[frozenset[str], ...]) -> str:
    """A cue word without its proclitic ("ويعتقد" -> "يعتقد"), when the bare form is listed."""
    for proclitic in s.lex.cue_proclitics:
        bare = word[len(proclitic) :]
        if word.startswith(proclitic) and any(bare in words for words in listed):
            return bare
    return word


def _bare(s: _Sentence, word: str) -> str:
    """A cue word without its proclitic ("ورأت" -> "رأت"), when the bare form is listed."""
    for proclitic in s.lex.cue_proclitics:
        bare = word[len(proclitic) :]
        listed = (s.comp.clausal, s.comp.predicative, s.comp.mental)
        if word.startswith(proclitic) and any(bare in words for words in listed):
            return bare
    return word


def _not_agent(s: _Sentence, source: _Range) -> bool:
    """A source whose head word names no one who could hold a view ("the movement")."""
    words = [i for i in range(source[0], source[1] + 1) if s.tokens[i].word]
    # The head is before a link ("the spokesman for the movement", "la crise de l'eau").
    link = next((n for n, i in enumerate(words) if n and s.has(i, "links")), len(words))
    words = words[:link]
    if not words:
        return False
    return s.has(words[0] if s.lex.head_initial else words[-1], "not_agents")


def _predicate_follows(s: _Sentence, index: int) -> bool:
    """'appeared to', 'seemed confident': a predicate, not a place or a time, follows."""
    while (
        index < len(s.tokens) and _skippable(s, index) and s.tokens[index].low not in VERB_MARKERS
    ):
        index += 1
    if index >= len(s.tokens) or not s.tokens[index].word:
        return False
    return not (s.has(index, "prepositions") or s.has(index, "times"))


def _clause_follows(s: _Sentence, index: int) -> bool:
    """A reported clause opens at token ``index``: a quotation or a colon, a complementizer
    ("that", "dass", "que", "أن", "که"), or a finite auxiliary a few words on ("believe the
    deal will hold", "glaubt, er werde"), before the clause ends."""
    while index < len(s.tokens) and _skippable(s, index) and not s.has(index, "finite"):
        index += 1
    if index >= len(s.tokens):
        return False
    token = s.tokens[index]
    if token.text in (":", *OPEN_QUOTES, *STRAIGHT_QUOTES):
        return True
    if token.low in VERB_MARKERS and not s.has(index, "finite"):
        return False  # "sought to topple", "decided to close": an infinitive
    start = index
    if token.text in COMMAS and index + 1 < len(s.tokens):
        start = index + 1  # "glaubt, dass …", "glaubt, er werde …"
    if s.has(start, "complementizers"):
        return True
    for k in range(start + 1, min(len(s.tokens), start + 10)):
        if s.tokens[k].text in (".", ";", "؛", ":", "!", "?") or (
            s.tokens[k].text in COMMAS and k > start + 1
        ):
            return False
        if s.has(k, "relatives") and s.tokens[k].low not in MAIN_COMPLEMENTIZERS:
            return False  # "found a foe who could unite them": a relative clause of the object
        if s.has(k, "finite"):
            # "found an object near the site and were checking it": a second predicate of the
            # same subject, not a clause.
            return s.tokens[k - 1].low not in COORDINATORS
    return False
