"""Source noun phrases, found with closed word lists (no tagger), left or right of a cue."""

from __future__ import annotations

from ...nlp.clauses import COMMAS
from ...nlp.phrases import fold_phrase
from ...nlp.quotes import CLOSE_QUOTES, OPEN_QUOTES, STRAIGHT_QUOTES
from .cues import _Cue, _skip_left, _skippable
from .sentence import _Range, _Sentence
from .tables import (
    ADJUNCTS,
    CLAUSE_PREPOSITIONS,
    COORDINATORS,
    HEAD_PREPOSITIONS,
    INTERFACE,
    NAME_LINKS,
    NISBA,
    OBJECT_PRONOUNS,
    POSSESSIVE,
    SOURCE_ADJECTIVES,
)


def _np_word(s: _Sentence, index: int) -> bool:
    """Whether a token can belong to a source noun phrase (no POS tagger: closed lists)."""
    if not 0 <= index < len(s.tokens):
        return False
    token = s.tokens[index]
    if not token.word:
        return False
    low = token.low
    if low in s.comp.words["stops"] or low in s.comp.words["prepositions"]:
        return False
    if low in s.comp.words["links"] and low not in POSSESSIVE:
        return False
    lower = not s.lex.cased or token.text[:1].islower()
    if lower and low in s.comp.verb_forms and not _after_determiner(s, index):
        return False  # "the plan seems": after an article a cue form is a noun
    if s.lex.language == "en" and lower and len(low) > 4:
        if low.endswith("ly"):
            return False
        # Past participles and gerunds end a phrase unless a determiner makes them adjectives
        # ("the embattled governor", "the ruling party").
        if low.endswith(("ed", "ing")) and not s.has(index - 1, "determiners"):
            return False
    return True


def _after_determiner(s: _Sentence, index: int) -> bool:
    """An article or possessive right before: "the plan", "their report"."""
    return s.has(index - 1, "determiners") and not s.has(index - 1, "pronouns")


def _content_word(s: _Sentence, index: int) -> bool:
    """A noun-phrase word that is more than a determiner or a link."""
    return _np_word(s, index) and not s.has(index, "determiners") and not s.has(index, "links")


def _link_ok(s: _Sentence, index: int) -> bool:
    """A link word joins two parts of one name: "and" only between capitalised words."""
    if s.tokens[index].low not in NAME_LINKS:
        return True
    if not s.lex.cased:
        return False
    return all(
        0 <= i < len(s.tokens) and s.tokens[i].text[:1].isupper() for i in (index - 1, index + 1)
    )


def _name_bracket(s: _Sentence, open_index: int) -> int | None:
    """The closing bracket of a short bracket right after a capitalised word, a party or
    place label inside a name ("Ada Rusk (D-NM) of", "Odo Brask (R) and"), else None."""
    if not (s.lex.cased and 0 < open_index < len(s.tokens) and s.tokens[open_index].text == "("):
        return None
    if not s.tokens[open_index - 1].text[:1].isupper():
        return None
    for close in range(open_index + 1, min(open_index + 7, len(s.tokens))):
        if s.tokens[close].text == ")":
            return close if close > open_index + 1 else None
        if s.tokens[close].text == "(":
            return None
    return None


def _bracket_link_before(s: _Sentence, k: int) -> int | None:
    """'Ada Rusk (D) of Castelmar': with token ``k`` after a link after a name's bracket, the
    name's last word before the bracket; else None."""
    link = k - 1
    if not (s.has(link, "links") and s.tokens[k].text[:1].isupper()):
        return None
    for open_index in range(link - 2, max(link - 8, 0), -1):
        if s.tokens[open_index].text == "(":
            if _name_bracket(s, open_index) == link - 1:
                return open_index - 1
            return None
    return None


def _bracket_link_after(s: _Sentence, open_index: int) -> int | None:
    """'Odo Brask (R-VA) and Ada Rusk': with a name's bracket opening at ``open_index`` and a
    link and a capitalised word after it, the index of that word; else None."""
    close = _name_bracket(s, open_index)
    if close is None or not s.has(close + 1, "links"):
        return None
    following = close + 2
    if following < len(s.tokens) and s.tokens[following].text[:1].isupper():
        return following if _np_word(s, following) else None
    return None


def _aside_before(s: _Sentence, j: int) -> int | None:
    """The first token of a ``source_asides`` phrase ("for his part") that ends at token
    ``j``, else None."""
    for start in range(j, max(j - 4, -1), -1):
        phrase = fold_phrase(s.text[s.tokens[start].start : s.tokens[j].end])
        if phrase in s.comp.words["source_asides"]:
            return start
    return None


def _np_left(s: _Sentence, index: int) -> _Range | None:
    """The subject noun phrase ending at or before token ``index`` (the verb's left side)."""
    fallback: _Range | None = None
    tail: int | None = None  # the end of a phrase that modifies the head ("at the church")
    for _ in range(3):
        j = _skip_left(s, index)
        j, appositive = _skip_parenthetical(s, j)
        j, appositive = _skip_anonymity(s, j, appositive)
        j, appositive = _skip_brackets(s, j, appositive)
        if j < 0:
            return fallback
        if s.has(j, "relatives") or s.has(j, "pronouns"):
            return (j, appositive if appositive is not None else j)
        end = appositive if appositive is not None else j
        if s.tokens[j].low in OBJECT_PRONOUNS and (
            s.has(j - 1, "links") or s.has(j - 1, "prepositions")
        ):
            j -= 2  # "those close to him say": the pronoun ends a modifier of the subject
        if not (_np_word(s, j) or _head_noun(s, j)):
            return fallback
        k = j
        bracketed = 0  # tokens of name brackets crossed, which do not count towards the limit
        while k - 1 >= 0 and j - k - bracketed < 10:
            if _np_word(s, k - 1):
                k -= 1
            elif _joins(s, k - 1):
                k -= 2
            elif _bracket_link_before(s, k) is not None:
                name = _bracket_link_before(s, k) or k  # "Ada Rusk (D) of Castelmar"
                bracketed += k - name - 2
                k = name
            else:
                break
        while k < j and (s.has(k, "links") or not s.tokens[k].word):
            k += 1
        aside = _aside_before(s, j)
        if aside is not None:
            # "X, for his part expressed": the subject is further left, before the comma.
            index = aside - 1
            if index >= 0 and s.tokens[index].text in COMMAS:
                index -= 1
            continue
        # A phrase right after a preposition is an adjunct ("at a rally", "in a message
        # posted Friday"): the subject is further left, or there is none. After "after",
        # "before", "since" or "until" it may be a clause's subject ("came after Trump
        # attacked"): kept in case nothing is found further left.
        if s.has(k - 1, "prepositions"):
            if s.tokens[k - 1].low in CLAUSE_PREPOSITIONS:
                fallback = fallback or (k, max(end, j))
            index = k - 2
            if s.lex.language == "en" and index >= 0 and s.tokens[index].low.endswith("ed"):
                index -= 1  # "a poll released in May": skip the participle too
            elif tail is None and _modifies_head(s, k - 1):
                tail = max(end, j)  # "an elder at the church told": the phrase is the head's
            continue
        first = _past_glued_words(s, _trim_front(s, k, j), j)
        return (_first_conjunct(s, first), max(end, j, tail or 0))
    return fallback


def _first_conjunct(s: _Sentence, k: int) -> int:
    """The start of a coordinated subject that opens its clause: "Analysts and political
    scholars tell", "Trump and his administration warned". Only when the first part starts
    the sentence or follows a comma, so that an object before "and" ("shelled the town and
    residents said") stays out."""
    conjunction = k - 1
    if conjunction < 1 or s.tokens[conjunction].low not in NAME_LINKS:
        return k
    start = conjunction
    while start - 1 >= 0 and conjunction - start < 6 and _np_word(s, start - 1):
        start -= 1
    if start == conjunction or (start > 0 and s.tokens[start - 1].word):
        return k
    if any(s.has(i, "pronouns") for i in range(start, conjunction)):
        return k  # "He left and the firm said": a clause of its own before "and"
    return start


def _modifies_head(s: _Sentence, preposition: int) -> bool:
    """A prepositional phrase right after a common noun, with no comma, that belongs to it:
    "an elder at the church", "a senior official with the council"."""
    head = preposition - 1
    return (
        s.tokens[preposition].low in HEAD_PREPOSITIONS
        and _np_word(s, head)
        and s.tokens[head].text[:1].islower()
        and not s.has(head, "times")
    )


def _past_glued_words(s: _Sentence, k: int, j: int) -> int:
    """The first token of a subject, past the end of the clause before it where no comma
    separates them: "As laughter filled the room Ruiz said", "isn't fooling anyone Ruiz
    says" (a headline run into the next), "JUST WATCHED Ruiz explains" (a video page's
    interface words). Only in cased text: a name that opens the subject after lower-case
    words which follow a verb of the clause before."""
    k = _past_interface(s, k, j)
    if not s.lex.cased or k < 1 or not s.tokens[k].text[:1].islower():
        return k
    before = s.tokens[k - 1]
    if not before.word or not before.text[:1].islower() or _opens_subject(s, k - 1):
        return k
    name = next((i for i in range(k + 1, j + 1) if s.tokens[i].text[:1].isupper()), None)
    if name is None or not all(
        s.tokens[i].text[:1].isupper() for i in range(name, j + 1) if s.tokens[i].word
    ):
        return k
    return name


def _opens_subject(s: _Sentence, index: int) -> bool:
    """A word after which a subject may start: "and the group Hamas said", "that the firm Acme"."""
    groups = ("prepositions", "links", "complementizers", "relatives", "clause_openers")
    return (
        any(s.has(index, group) for group in groups)
        or s.has(index, "skip")
        or s.has(index, "times")
        or s.has(index, "determiners")
        or s.tokens[index].low in COORDINATORS
    )


def _past_interface(s: _Sentence, k: int, j: int) -> int:
    """Past site-interface words glued before the subject ("JUST WATCHED", "Embed")."""
    if INTERFACE is None:
        return k
    start, end = s.tokens[k].start, s.tokens[j].end
    for match in INTERFACE.finditer(s.text, 0, end):
        if match.end() <= start or match.start() > start:
            continue
        later = [i for i in range(k, j + 1) if s.tokens[i].start >= match.end()]
        if later and s.tokens[later[0]].word:
            k = later[0]
    return k


_DASHES = ("-", "–", "—", "―", "--")


def _trim_front(s: _Sentence, k: int, j: int) -> int:
    """The first token of a subject, past a dateline ("TEHRAN – The ministry said") and time
    words that open the clause ("Last week the minister said", "Today House Republicans")."""
    if s.lex.cased:
        dash = next((i for i in range(k, min(j, k + 6)) if s.tokens[i].text in _DASHES), None)
        if dash is not None and dash > k and _dateline(s, k, dash):
            k = dash + 1
    first = k
    while k < j and (s.has(k, "times") or (s.has(k, "determiners") and s.has(k + 1, "times"))):
        k += 1
    return k if any(_content_word(s, i) for i in range(k, j + 1)) else first


def _dateline(s: _Sentence, first: int, dash: int) -> bool:
    """Capitals only before a dash at the start of the sentence: "TEHRAN –", "ISTANBUL (AP) –"."""
    if any(s.tokens[i].word for i in range(0, first)):
        return False
    words = [s.tokens[i] for i in range(first, dash) if s.tokens[i].word]
    return bool(words) and all(t.text.isupper() and len(t.text) > 1 for t in words)


def _head_noun(s: _Sentence, index: int) -> bool:
    """A cue form right before the verb, after a name or an adjective, is the subject's head
    noun: "the BBC report said", "a WikiLeaks document suggests"."""
    token = s.tokens[index]
    return (
        s.lex.cased
        and token.word
        and token.low in s.comp.verb_forms
        and not (s.lex.language == "en" and token.low.endswith(("ed", "ing")))
        and _np_word(s, index - 1)
        and _modifier(s, index - 1)
        and not s.has(index - 1, "pronouns")
        and not s.has(index - 1, "relatives")
    )


def _joins(s: _Sentence, index: int) -> bool:
    """A link word or mark between two parts of one phrase ("spokesman for", "Times/CBS")."""
    if not (_np_word(s, index - 1) and 0 <= index < len(s.tokens)):
        return False
    if s.tokens[index].text in ("/", "-", "&"):
        return True
    return s.has(index, "links") and _link_ok(s, index)


def _name_before(s: _Sentence, index: int) -> _Range | None:
    """A named entity right before the verb, when the phrase rules found no subject
    ("… with the editorial board of the Washington Post Trump said")."""
    j = _skip_left(s, index)
    return next((name for name in s.names if name[1] == j), None)


def _skip_brackets(s: _Sentence, j: int, end: int | None) -> tuple[int, int | None]:
    """'Rep. Trey Gowdy (R-S.C.) said': the bracket belongs to the name before it."""
    if j < 2 or s.tokens[j].text != ")":
        return j, end
    for k in range(j - 1, max(0, j - 10), -1):
        if s.tokens[k].text == "(":
            return k - 1, end if end is not None else j
    return j, end


def _skip_anonymity(s: _Sentence, j: int, end: int | None) -> tuple[int, int | None]:
    """'officials who asked not to be named said': the phrase belongs to the source."""
    if j < 0:
        return j, end
    for start, stop in s.anonymity:
        if stop == s.tokens[j].end:
            first = s.token_range(start, stop)
            if first is not None and first[0] > 0:
                return _skip_left(s, first[0] - 1), end if end is not None else j
    return j, end


def _adjunct(s: _Sentence, index: int) -> bool:
    """Whether a comma-separated segment starting at ``index`` is an adjunct, not a name."""
    if not 0 <= index < len(s.tokens):
        return True
    token = s.tokens[index]
    if s.has(index, "prepositions") or _skippable(s, index):
        return True
    if s.lex.language != "en":
        return False
    if token.low in ADJUNCTS or (token.low.endswith("ing") and token.text[:1].islower()):
        return True
    # "Speaking from Rome, Secretary Kerry, who …, said": a participle that opens the
    # sentence, before a lower-case word (not a name such as "Beijing, which …").
    return (
        token.low.endswith("ing")
        and len(token.low) > 5
        and not any(t.word for t in s.tokens[:index])
        and index + 1 < len(s.tokens)
        and s.tokens[index + 1].word
        and s.tokens[index + 1].text[:1].islower()
    )


def _adjunct_segment(s: _Sentence, begin: int, finish: int) -> bool:
    """ "On Wednesday", "however": a comma-separated segment that cannot hold the subject.
    "Even China" can: an adverb before a name does not make the segment an adjunct."""
    if not _adjunct(s, begin):
        return False
    if _skippable(s, begin) and not s.has(begin, "prepositions"):
        return all(_skippable(s, i) or s.has(i, "times") for i in range(begin, finish + 1))
    return True


def _skip_parenthetical(s: _Sentence, j: int) -> tuple[int, int | None]:
    """Handle commas between a subject and its verb.

    ", in a statement," and ", speaking to reporters," are stepped over; an appositive or a
    relative clause (", a pollster,", ", who studies tax policy,") belongs to the source, so
    the index moves to the head before it and the source will end just before the verb.
    Returns the new index and, for an appositive, the index where the source should end.
    """
    if j < 1 or s.tokens[j].text not in COMMAS:
        return j, None
    commas = [j]
    k = j - 1
    while k >= max(0, j - 45):
        text = s.tokens[k].text
        if text in COMMAS:
            commas.append(k)
        elif text in ";:؛()—–" or text in OPEN_QUOTES + CLOSE_QUOTES + STRAIGHT_QUOTES:
            break
        k -= 1
    if len(commas) < 2:
        return j, None
    bounds = sorted(commas)
    segments = []
    first = k + 1
    for comma in bounds:
        segments.append((first, comma - 1))
        first = comma + 1
    last = segments[-1]
    if _adjunct(s, last[0]):
        return _skip_left(s, last[0] - 2), None
    for begin, finish in segments[:-1]:
        if begin > finish or _adjunct_segment(s, begin, finish):
            continue
        if _np_word(s, finish) or s.has(finish, "pronouns"):
            return finish, j - 1
        break
    return j, None


def _ends_phrase(s: _Sentence, index: int) -> bool:
    """Nothing more of the clause after a noun phrase: end, punctuation, an adjunct."""
    if index >= len(s.tokens):
        return True
    token = s.tokens[index]
    if not token.word:
        return True
    return s.has(index, "prepositions") or s.has(index, "times")


def _quoted_name(s: _Sentence, index: int) -> _Range | None:
    """A short name in quotation marks at token ``index`` ('به گزارش "ورزش سه"', «تله‌سور»):
    the words inside, without the marks."""
    if index >= len(s.tokens) or s.tokens[index].text not in OPEN_QUOTES + STRAIGHT_QUOTES:
        return None
    region = next((r for r in s.quotes if r[0] == s.tokens[index].start), None)
    if region is None:
        return None
    inside = [i for i in range(index + 1, len(s.tokens)) if s.tokens[i].end < region[1]]
    if not inside or len(inside) > 6 or not all(s.tokens[i].word for i in inside):
        return None
    return (inside[0], inside[-1])


def _np_right(s: _Sentence, index: int) -> _Range | None:
    """The noun phrase starting at token ``index`` (after "according to", or an inverted verb)."""
    tokens = s.tokens
    if index >= len(tokens):
        return None
    if s.lex.language == "ar":
        return _np_right_arabic(s, index)
    if s.has(index, "complementizers") or s.has(index, "times"):
        return None
    if s.has(index, "pronouns") and not s.has(index, "determiners"):
        return (index, index)
    if not (_np_word(s, index) or s.has(index, "determiners")):
        return None
    k = index
    while k + 1 < len(tokens) and k - index < 10:
        following = k + 1
        # "'s" is also "has"/"is" and "to" an infinitive: before a noun (a capitalised one for
        # "to") they join it: "Iran's minister", "Ambassador to Iran Levan Dzhagaryan".
        joins = (s.tokens[following].low in POSSESSIVE and _np_word(s, following + 1)) or (
            s.has(following, "links") and s.lex.cased and _capitalised_np(s, following + 1)
        )
        if s.has(following, "complementizers") and not joins:
            break  # "told Reuters that …": the phrase ends before "that"
        if _skippable(s, following) and not s.has(following, "determiners") and not joins:
            break
        if _new_phrase(s, index, following):
            break  # "told the BBC he was …", "told the Associated Press the object …"
        if s.has(index, "determiners") and _final_noun(s, following):
            return (index, following)  # "according to a new congressional report."
        if _after_noun(s, index, following):
            break
        if s.has(following, "object_articles") and any(
            _content_word(s, i) for i in range(index, following)
        ):
            break  # "zitiert die Zeitung den Minister": the object starts
        if _np_word(s, following) or s.has(following, "determiners"):
            k = following
        elif (s.has(following, "links") or s.tokens[following].text in ("/", "-", "&")) and (
            _np_word(s, following + 1) or s.has(following + 1, "determiners")
        ):
            if not _link_ok(s, following):
                break
            k = following + 1
        elif _bracket_link_after(s, following) is not None:
            k = _bracket_link_after(s, following) or k  # "Odo Brask (R-VA) and Ada Rusk"
        else:
            break
    while k > index and not _content_word(s, k):
        k -= 1
    if not any(_content_word(s, i) for i in range(index, k + 1)):
        return None
    return (index, k)


def _np_right_arabic(s: _Sentence, index: int) -> _Range | None:
    """An Arabic noun phrase after a verb-first cue, with no tagger: a definite head takes
    definite words ("المتحدث العسكري"), an indefinite head takes one definite noun (the
    construct state: "وزارة الخارجية") or relational adjectives ("مصدر أمني"); "باسم"
    links ("المتحدث باسم الجيش"). Anything else is the object or the content."""
    while (
        s.has(index, "skip") and index + 1 < len(s.tokens) and s.tokens[index + 1].word
    ) and not s.has(index + 1, "complementizers"):
        index += 1  # "وقال أيضا الوزير", "فقال لهم الملك": an adverb or a listener first
    quoted = _quoted_np(s, index)
    if quoted is not None:
        return quoted
    if _abbreviation(s, index) and _titled_name(s, index + 2):
        # "د. علي", "م. خالد": the title's full stop is inside the phrase.
        return _np_apposition(s, (index, _np_right_arabic_plain(s, index + 2)[1]))
    if _demonstrative_noun(s, index):
        # "وقالت هذه المصادر": the demonstrative opens the phrase of a definite noun.
        return _np_apposition(s, (index, _np_right_arabic_plain(s, index + 1)[1]))
    if not _np_word(s, index) or s.has(index, "complementizers") or s.has(index, "times"):
        return None
    if not s.tokens[index].low.strip("ـ-"):
        return None  # a tatweel or dash standing alone ("أبدى ـ رعاه الله ـ")
    if s.has(index, "pronouns"):
        return (index, index)
    return _np_apposition(s, _title_name(s, _np_right_arabic_plain(s, index)))


def _np_right_arabic_plain(s: _Sentence, index: int) -> _Range:
    """The noun phrase's own words: head, construct state, adjectives, "باسم" links."""
    definite = s.tokens[index].low.startswith("ال") or _starts_name(s, index)
    adjective = False  # after an adjective no construct noun follows
    k = index
    while k + 1 < len(s.tokens) and k - index < 6:
        following = s.tokens[k + 1]
        low = following.low
        if k == index and s.has(index, "partitives") and _np_word(s, k + 2):
            k += 2  # "عدد من المتعاملين"
            definite = s.tokens[k].low.startswith("ال")
            continue
        possessed = s.tokens[k].text.endswith(("ه", "ها", "هم"))
        if not definite and not possessed and _demonstrative_noun(s, k + 1):
            k += 2  # "مبتكرو هذه التقنية": the construct's second noun after a demonstrative
            definite = True
            continue
        quoted = None if definite else _quoted_np(s, k + 1)
        if quoted is not None:
            k = quoted[1] + 1  # "صحيفة «بيلد» الألمانية", "مدير «تحريات» شرطة أبوظبي"
            continue
        if not following.word or s.has(k + 1, "stops") or s.has(k + 1, "times"):
            break
        if s.has(k + 1, "links") and _np_word(s, k + 2):
            k += 2
            definite = s.tokens[k].low.startswith("ال")
            continue
        if low.startswith("ال"):
            definite = True  # a definite adjective, or the construct state's second noun
        elif not definite and (NISBA.search(low) or low in SOURCE_ADJECTIVES):
            adjective = True  # "مصدر أمني", "مستشار قانوني"
        elif not definite and not adjective and _construct_chain(s, k + 1):
            definite = _starts_name(s, k + 1)  # "رئيس بلدية وسط الدمام", "أمين جدة"
        else:
            break
        k += 1
    return (index, k)


def _capitalised_np(s: _Sentence, index: int) -> bool:
    return _np_word(s, index) and s.tokens[index].text[:1].isupper()


def _new_phrase(s: _Sentence, first: int, index: int) -> bool:
    """A subject pronoun, or in English an article right after a noun, opens a new phrase
    (the reported clause): "told the BBC he was", "told the Associated Press the object"."""
    if not s.lex.cased or index <= first or not _content_word(s, index - 1):
        return False  # Persian "تیم ما" (our team), Arabic suffixes: a pronoun may follow
    if s.has(index, "pronouns") and not s.has(index, "determiners"):
        return s.tokens[index].low not in OBJECT_PRONOUNS
    return s.lex.language == "en" and s.has(index, "determiners") and not s.has(index, "pronouns")


def _final_noun(s: _Sentence, index: int) -> bool:
    """A cue form that ends a phrase after an adjective is its head noun, not a verb: "a new
    congressional report.", "the latest estimates from …"."""
    token = s.tokens[index]
    if not s.lex.cased or not token.word or token.low not in s.comp.verb_forms:
        return False  # uncased scripts: "پیش" is the first word of "پیش بینی کرد", no noun
    if _np_word(s, index):
        return False
    if s.lex.language == "en" and token.low.endswith(("ed", "ing")):
        return False  # "sources quoted by X": a participle
    if not _modifier(s, index - 1):
        return False  # "the lawsuit lists …": a noun and its verb
    after = index + 1
    return s.punct(after) or s.has(after, "prepositions") or s.has(after, "stops")


# Adjective endings: "congressional", "latest", "economic", "annual", "Iranian".
_ADJECTIVE_ENDINGS = ("al", "est", "ic", "ive", "ous", "ary", "ern", "ian")


def _modifier(s: _Sentence, index: int) -> bool:
    """A word that can modify a head noun after it: a name ("the BBC report") or an
    adjective by its ending ("a new congressional report", "the latest estimates")."""
    if index < 0 or not s.tokens[index].word:
        return False
    token = s.tokens[index]
    return token.text[:1].isupper() or token.low.endswith(_ADJECTIVE_ENDINGS)


def _starts_name(s: _Sentence, index: int) -> bool:
    return any(start == index for start, _ in s.names)


def _title_name(s: _Sentence, found: _Range) -> _Range:
    """'الدكتور بصفر', 'العقيد بورشيد': after a title that ends the phrase, the words with
    no article up to the phrase's end are a name the entity stage missed (three at most, no
    possessed noun: "المدرب بيلسا استقالته" ends before "استقالته")."""
    start, end = found
    if not s.has(end, "name_titles"):
        return found
    k = end
    while k + 1 < len(s.tokens) and k - end < 3:
        token = s.tokens[k + 1]
        low = token.low
        if k > end and low.startswith("ال") and NISBA.search(low) and _np_word(s, k + 1):
            k += 1  # a family name: "يزيد العنزي"
            break
        if (
            not _np_word(s, k + 1)
            or s.has(k + 1, "times")
            or s.has(k + 1, "skip")
            or low.startswith(("ال", "بال", "لل", "وال", "فال", "كال"))
            or (token.text.endswith(("ه", "ها", "هم")) and not token.text.endswith("الله"))
            or low in s.comp.verb_forms
        ):
            break
        k += 1
    return (start, k)


def _construct_chain(s: _Sentence, index: int) -> bool:
    """An indefinite noun inside a construct chain: more nouns follow, with no stop or
    punctuation, up to a definite one or a name within three words ("بلدية وسط الدمام")."""
    for k in range(index, min(len(s.tokens), index + 3)):
        if not _np_word(s, k) or s.has(k, "times"):
            return False
        if s.tokens[k].text.endswith(("ه", "ها", "هم")):
            return False  # a possessive suffix ends a construct chain: "سعادته" is an object
        if s.tokens[k].low.startswith("ال") or any(start == k for start, _ in s.names):
            return k > index or any(start == k for start, _ in s.names)
    return False


def _np_apposition(s: _Sentence, found: _Range) -> _Range:
    """A role phrase and the person it names: "رئيس بلدية تيماء المهندس سعود العنزي", "المدير
    العام لمنظمة التجارة، روبرتو أزيفيدو". A person's name found by the entity stage within
    a few words (prepositional modifiers of the role, a title, one comma right before the
    name) belongs to the source."""
    start, end = found
    for k in range(end + 1, min(len(s.tokens), end + 9)):
        person = next((p for p in s.people if p[0] == k), None)
        if person is not None:
            return (start, person[1]) if _before_apposed_name(s, k - 1, end) else found
        token = s.tokens[k]
        if token.text in COMMAS and k + 1 < len(s.tokens):
            if any(p[0] == k + 1 for p in s.people):
                continue
            break
        if not token.word or s.has(k, "complementizers") or s.has(k, "times"):
            break
        if s.has(k, "stops") and not s.has(k, "prepositions"):
            break
        if token.low in s.comp.verb_forms:
            break
    return found


def _before_apposed_name(s: _Sentence, index: int, end: int) -> bool:
    """What may stand right before a name in apposition to a role: the role phrase itself, a
    comma, a title ("المهندس"), a definite word or a name ending a modifier ("بغرفة جدة",
    "للهلال الأحمر"); not a bare noun, which makes the name its object ("وزارة الداخلية
    اعتقال خالد")."""
    if index == end or s.tokens[index].text in COMMAS or s.has(index, "name_titles"):
        return True
    return s.tokens[index].low.startswith("ال") or any(a <= index <= b for a, b in s.names)


def _quoted_np(s: _Sentence, index: int) -> _Range | None:
    """'قال "الغامدي":', 'وشددت "الشركة الكويتية"': a name in quotation marks."""
    if index >= len(s.tokens) or s.tokens[index].text not in (*OPEN_QUOTES, *STRAIGHT_QUOTES):
        return None
    for k in range(index + 1, min(len(s.tokens), index + 7)):
        if s.tokens[k].text in (*CLOSE_QUOTES, *STRAIGHT_QUOTES):
            inside = range(index + 1, k)
            if inside and all(_np_word(s, i) for i in inside):
                return (index + 1, k - 1)
            return None
    return None


def _demonstrative_noun(s: _Sentence, index: int) -> bool:
    """A demonstrative and the definite noun it points at ("هذه المصادر")."""
    return (
        s.has(index, "demonstratives")
        and index + 1 < len(s.tokens)
        and s.tokens[index + 1].low.startswith("ال")
        and _np_word(s, index + 1)
    )


def _titled_name(s: _Sentence, index: int) -> bool:
    """The word after a title's abbreviation is a name, even one spelt like a particle ("د.
    علي": Ali, no "على"); a complementizer still ends the phrase."""
    return (
        0 <= index < len(s.tokens)
        and s.tokens[index].word
        and (_np_word(s, index) or s.has(index, "prepositions"))
        and not s.has(index, "complementizers")
    )


def _abbreviation(s: _Sentence, index: int) -> bool:
    """A one-letter title with its full stop ("د.", "م.")."""
    return (
        index + 1 < len(s.tokens)
        and len(s.tokens[index].text) == 1
        and s.tokens[index].word
        and s.tokens[index + 1].text == "."
    )


def _after_noun(s: _Sentence, first: int, index: int) -> bool:
    """German capitalises nouns: a lowercase word after one (not an article or "von") is the
    verb or the object, no longer the source ("dem Innenministerium wurden …")."""
    if s.lex.language != "de" or s.tokens[index].text[:1].isupper():
        return False
    if s.has(index, "determiners") or s.has(index, "links"):
        return False
    return any(s.tokens[i].text[:1].isupper() for i in range(first + 1, index)) or (
        s.tokens[first].text[:1].isupper() and not s.has(first, "determiners")
    )


def _clause_subject(s: _Sentence, limit: int) -> _Range | None:
    """Subject of the sentence's main clause: its first noun phrase, past an opening adjunct."""
    start = 0
    while start < limit and (not s.tokens[start].word or s.has(start, "stops")):
        start += 1
    token = s.tokens[start] if start < limit else None
    opens_adjunct = token is not None and (
        s.has(start, "prepositions") or (s.lex.language == "en" and token.low.endswith("ing"))
    )
    if opens_adjunct:
        commas = [i for i in range(start, limit) if s.tokens[i].text in (",", "،")]
        if not commas:
            return None
        start = commas[0] + 1
    found = _np_right(s, start)
    return found if found and found[1] < limit else None


def _np_subject_initial(
    s: _Sentence,
    cue: _Cue,
    covered: tuple[_Range, ...] = (),
    cue_ends: frozenset[int] = frozenset(),
) -> _Range | None:
    """Persian: the subject opens the clause and may be far from the final verb.

    The clause runs from the last colon, semicolon, "اما" (but), reporting "که"
    (``cue_ends``: the last tokens of earlier cues) or "و" before a pronoun ("و ایشان هم
    گفتند") to the verb. Its comma-separated stretches are read left to right: one that
    opens with a preposition or an adverb ("در ابتدای جلسه،", "درباره …") is an adjunct,
    and a prepositional cue with its source ("به گزارش X و به نقل از Y", ``covered``) is
    passed over; the first noun phrase left is the subject ("حسینی، درباره … گفت", "وی با
    بیان اینکه …، تصریح کرد"), past a time adverb ("ساعاتی پیش X اعلام کرد").
    """
    start = _clause_start(s, cue.first, cue_ends)
    for first, last in _comma_stretches(s, start, cue.first - 1):
        first = _past_covered(s, first, last, covered)
        first = _past_opening_adjunct(s, first, last)
        while first <= last and (
            not s.tokens[first].word
            or _skippable(s, first)
            or s.has(first, "times")
            or s.tokens[first].low in COORDINATORS
        ):
            first += 1
        if (
            first > last
            or s.has(first, "prepositions")
            or (
                s.has(first, "stops")
                and not (s.has(first, "determiners") or s.has(first, "pronouns"))
            )
        ):
            continue
        found = _np_right(s, first)
        if found is None:
            continue
        found = (found[0], min(found[1], last))
        if any(s.has(i, "object_articles") for i in range(found[1] + 1, last + 1)):
            found = _trim_to_name(s, found)
            inner = [i for i in range(found[0] + 1, found[1] + 1) if s.has(i, "determiners")]
            if inner and s.has(found[1] + 1, "object_articles"):
                found = (found[0], inner[-1] - 1)  # "سخنگو | این گزارش را تکذیب کرد"
            if s.has(found[1] + 1, "object_articles"):
                return None  # "تعداد محکومان را … اعلام کرد": the object; no subject here
        return _past_quoted_name(s, found)
    return None


def _past_quoted_name(s: _Sentence, found: _Range) -> _Range:
    """'رئیس شورای اسلامی روستای «پچت»': a quoted name ends the phrase, its marks with it."""
    quoted = _quoted_name(s, found[1] + 1)
    if quoted is None or quoted[1] + 1 >= len(s.tokens):
        return found
    return (found[0], quoted[1] + 1)


def _past_opening_adjunct(s: _Sentence, first: int, last: int) -> int:
    """Past an adverbial phrase of the pack's ``adjuncts`` that opens the stretch ("از سوی
    دیگر بازرسان … اعلام کرده‌اند")."""
    for phrase in s.lex.adjuncts:
        words = fold_phrase(phrase).split()
        end = first + len(words) - 1
        if end < last and [s.tokens[i].low for i in range(first, end + 1)] == words:
            return end + 1
    return first


def _clause_start(s: _Sentence, limit: int, cue_ends: frozenset[int]) -> int:
    """First token of the clause that ends at token ``limit``."""
    for i in range(limit - 1, -1, -1):
        text = s.tokens[i].text
        if (
            text in (":", ";", "؛", ".", "!", "?")
            or (s.has(i, "complementizers") and i - 1 in cue_ends)
            or s.has(i, "clause_breaks")
            or (s.tokens[i].low in COORDINATORS and s.has(i + 1, "pronouns"))
        ):
            return i + 1
    return 0


def _comma_stretches(s: _Sentence, first: int, last: int) -> list[_Range]:
    stretches: list[_Range] = []
    begin = first
    for i in range(first, last + 1):
        if s.tokens[i].text in COMMAS:
            stretches.append((begin, i - 1))
            begin = i + 1
    stretches.append((begin, last))
    return stretches


def _past_covered(s: _Sentence, first: int, last: int, covered: tuple[_Range, ...]) -> int:
    """Past the prepositional cues and their sources that open a stretch, and the "و" or
    quotation marks between them ("به گزارش «X» و به نقل از Y")."""
    while first <= last:
        inside = next((b for a, b in covered if a <= first <= b), None)
        if inside is not None:
            first = inside + 1
            quoted = _quoted_name(s, first)
            if quoted is not None:
                first = quoted[1] + 1  # the quoted name of the publisher ("روزنامه «سان»")
        elif not s.tokens[first].word or (
            s.tokens[first].low in COORDINATORS and any(a == first + 1 for a, _ in covered)
        ):
            first += 1
        else:
            break
    return first


def _trim_to_name(s: _Sentence, found: _Range) -> _Range:
    """A subject phrase that runs into the object (Persian marks the object only with a "را"
    after it: "رئیس جمعیت هلال‌احمر چایپاره علت این حادثه را …", "عمرون تعداد پرونده‌ها در
    … را …") ends with its last name."""
    ends = [b for a, b in s.names if found[0] <= a and b < found[1]]
    if not ends or any(a <= found[1] <= b for a, b in s.names):
        return found
    return (found[0], max(ends))
