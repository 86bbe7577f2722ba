"""Per-language lexicons for attribution, hedge and official-response detection.

Each language module defines one :class:`Lexicon`. Entries are phrases written as a reader
would (any case, with or without Arabic diacritics, hamza forms or ZWNJ): the matcher folds
both the phrase and the sentence with :func:`newstrace.nlp.normalize.fold`, so one spelling
covers its variants. A word ending in ``*`` matches any continuation of that word; it is kept
for Arabic and Persian verb stems, where listing every person/number suffix would be noise.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import import_module

LANGUAGES = ("en", "ar", "fa", "de", "es", "fr")

# Stances of an official response, in the order they are tried: the multi-word refusals
# ("declined to confirm or deny") must win over the bare "confirm"/"deny" inside them.
STANCES = ("declined", "no_comment", "denied", "confirmed")


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Everything the rules need to know about one language. All entries are phrases."""

    language: str
    # Verbs of saying, writing and thinking: their source is the clause subject.
    verbs: tuple[str, ...]
    # Adverbial forms ("saying", "adding", "مضيفا") that share the main clause's subject.
    participles: tuple[str, ...] = ()
    # Prepositional cues whose source follows: "according to X", "selon X", "به گزارش X".
    source_after: tuple[str, ...] = ()
    # Postpositional cues whose source precedes: "dem Ministerium zufolge".
    source_before: tuple[str, ...] = ()
    # Cue forms that are also common nouns ("plan", "calls", "state"): verbs only after a
    # pronoun, a name, a relative pronoun or an auxiliary.
    nouns: tuple[str, ...] = ()
    # Verbs that report only when what follows is speech: "continued:", "went on to say".
    weak: tuple[str, ...] = ()
    # Fixed phrases that contain a cue word but report nobody ("according to plan").
    not_cues: tuple[str, ...] = ()
    # Words that open the reported clause ("that", "dass", "que", "أن", "که").
    complementizers: tuple[str, ...] = ()
    # Relative pronouns that stand as the source of a relative clause ("who said").
    relatives: tuple[str, ...] = ()
    # Personal pronouns: a whole source on their own.
    pronouns: tuple[str, ...] = ()
    # Articles, possessives, numerals: they open a noun phrase.
    determiners: tuple[str, ...] = ()
    # Words that sit between a subject and its verb (auxiliaries, adverbs, time words).
    skip: tuple[str, ...] = ()
    # Time words ("Tuesday", "yesterday"): never a source, and one ends a noun phrase.
    times: tuple[str, ...] = ()
    # Words that end a source noun phrase (verbs, prepositions opening adjuncts, conjunctions).
    stops: tuple[str, ...] = ()
    # Prepositions: a noun phrase right after one is an adjunct ("at a rally"), not a subject.
    prepositions: tuple[str, ...] = ()
    # Forms of "to be" that make a following participle passive ("was told").
    passive: tuple[str, ...] = ()
    # Words introducing the agent of a passive ("by", "von", "par", "por").
    agents: tuple[str, ...] = ()
    # Prepositions allowed inside a source ("spokesman for the ministry", "المتحدث باسم").
    links: tuple[str, ...] = ()
    # Verbs whose first object is the listener ("told Reuters"): a listener that is a news
    # outlet relays the statement and becomes a publisher source.
    tell: tuple[str, ...] = ()
    # Head words of an unnamed source ("sources", "مصادر", "منابع").
    anonymous: tuple[str, ...] = ()
    # Phrases that say a source is unnamed ("who asked not to be named").
    anonymity: tuple[str, ...] = ()
    # Nouns naming a news outlet: a source containing one is a publisher.
    publishers: tuple[str, ...] = ()
    # Hedges: "reportedly", "allegedly", "يُزعم", "angeblich".
    hedges: tuple[str, ...] = ()
    # The author's own view, said outright ("in our view", "we believe", "به نظر ما"): the
    # sentence is opinion even where no subjectivity model covers the language.
    opinions: tuple[str, ...] = ()
    # Official responses by stance (keys: STANCES).
    responses: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    # Negations that turn "confirmed"/"denied" into a refusal ("did not confirm").
    negations: tuple[str, ...] = ()
    # True where the verb usually comes before its subject (Arabic: "قال الوزير").
    verb_first: bool = False
    # Verbs that may precede their subject after a comma ("…, said the minister"); empty
    # means any cue verb may.
    inverting: tuple[str, ...] = ()
    # True where a reporting verb may follow what it reports and precede its subject
    # ('"…," said the minister', "…, sagte der Minister", "…, a déclaré le ministre").
    inversion: bool = True
    # True where a clause may put its subject after the verb for reasons other than a quote
    # (German V2 "Am Montag sagte der Minister", Spanish "dijo el ministro", Arabic).
    free_inversion: bool = False
    # True where the subject opens the clause and adjuncts sit between it and a final verb
    # (Persian: "سخنگوی وزارت خارجه روز دوشنبه در نشست خبری گفت").
    subject_initial: bool = False
    # True for scripts with capital letters: capitalised words then mark names.
    cased: bool = True


@cache
def lexicon(language: str) -> Lexicon | None:
    """The lexicon for an ISO 639-1 code, or None for a language without one."""
    if language not in LANGUAGES:
        return None
    return import_module(f"{__name__}.{language}").LEXICON


__all__ = ["LANGUAGES", "STANCES", "Lexicon", "lexicon"]
