"""Per-language trigger lexicons for the events stage.

Each language module defines one :class:`EventLexicon`. Entries are phrases written as a
reader would; the matcher folds them and the sentence with
:func:`newstrace.nlp.normalize.fold`, so case, Arabic hamza forms, Persian ی/ک and ZWNJ need
no variants. Phrase syntax, word by word:

* ``resign*``: a word starting with ``resign`` (Arabic and Persian stems with suffixes);
* ``*streik``: a word ending with ``streik`` (German compounds: "Warnstreik", "Mietenprotest");
* ``…``: up to six words that are not clause punctuation ("trat … zurück" matches "trat am
  Dienstag zurück").

Arabic-script words also match without their proclitics (``و``, ``ب``, ``ال`` …), as in the
claims lexicons.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import import_module

LANGUAGES = ("en", "ar", "fa", "de", "es", "fr")


@dataclass(frozen=True, slots=True)
class Sense:
    """When an ambiguous trigger is the event: only with one of ``needs`` (if any) and none of
    ``unless`` among the words around it ("strike" is labour with "workers", not with "air")."""

    needs: tuple[str, ...] = ()
    unless: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class EventLexicon:
    """Everything the event rules need to know about one language. All entries are phrases."""

    language: str
    # Event type id -> finite verb forms and participles (no bare infinitives where the
    # language marks them: an infinitive is a plan, a threat or a demand, not an event).
    verbs: Mapping[str, tuple[str, ...]]
    # Event type id -> event nouns ("resignation", "استقالة", "Rücktritt", "huelga").
    nouns: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    # Event type id -> verb phrases whose grammatical subject is the target ("بازداشت شد").
    passives: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    # Event type id -> verb forms that tell an event only after a negation (Arabic jussive
    # "لم يستقل": "did not resign"); elsewhere they are present or future tense.
    negated_only: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    # Event type id -> present-tense forms that tell what happens or happened (Arabic news
    # tells past and ongoing events in the imperfect: "يلتقي الرئيس", "تعتقل الشرطة"). They
    # are dropped after a future, modal or subjunctive marker (``modals``,
    # ``imperfect_modals``, ``imperfect_proclitics``) and when dated after publication.
    imperfect: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    # Phrases that hold a trigger but tell no event ("protested his innocence").
    blockers: tuple[str, ...] = ()
    # Trigger phrase -> the context it needs (ambiguous words such as English "strike").
    senses: Mapping[str, Sense] = field(default_factory=dict)
    # Negations before a verb, or between a separable verb's parts ("trat nicht zurück").
    negations: tuple[str, ...] = ()
    # Future, modal and infinitive markers right before a verb ("will", "may", "to").
    modals: tuple[str, ...] = ()
    # Words before an event noun that make it wanted, feared or planned ("calls for").
    noun_modals: tuple[str, ...] = ()
    # Words right after an event noun that make it planned ("la huelga prevista").
    modals_after: tuple[str, ...] = ()
    # Conditionals: a trigger in a clause they open is hypothetical ("if he resigns").
    conditionals: tuple[str, ...] = ()
    # Auxiliaries that make a following participle passive ("was", "wurde", "fue", "été").
    passive_aux: tuple[str, ...] = ()
    # Words introducing the agent of a passive ("by", "von", "por", "par", "توسط").
    agents: tuple[str, ...] = ()
    # Words that open a new clause: subordinators, relative pronouns.
    boundaries: tuple[str, ...] = ()
    # Relative pronouns: a clause they open has its subject just before them ("Haddad, who
    # resigned"); also listed in ``boundaries``.
    relatives: tuple[str, ...] = ()
    # Words before "to" that make the infinitive real ("forced to resign").
    forced: tuple[str, ...] = ()
    # Coordinating conjunctions: "X and Y met" has two actors; before a verb they open a clause.
    coordinators: tuple[str, ...] = ()
    # Articles and possessive determiners: a trigger listed as verb and noun ("protest",
    # "attack") is a noun right after one.
    determiners: tuple[str, ...] = ()
    # Possessive determiners: "his resignation", "su dimisión" belong to the clause subject.
    possessives: tuple[str, ...] = ()
    # Possessive pronoun suffixes on an event noun (Arabic "استقالته", Persian "استعفایش").
    possessive_suffixes: tuple[str, ...] = ()
    # Prepositions: a name right after one is an adjunct ("in Amman"), not a subject.
    prepositions: tuple[str, ...] = ()
    # Words between an event noun and its participant ("of", "de", "von", "des").
    of_words: tuple[str, ...] = ()
    # Prepositions marking a target: "attack on X", "sanctions against X".
    target_preps: tuple[str, ...] = ()
    # Prepositions marking the other party of a meeting or deal ("with", "با", "مع").
    with_words: tuple[str, ...] = ()
    # Postpositions marking a direct object (Persian "را").
    object_markers: tuple[str, ...] = ()
    # Words right before an imperfect that make it wished, possible or to come (Arabic "أن",
    # "قد", "كي", "حتى").
    imperfect_modals: tuple[str, ...] = ()
    # Proclitics on an imperfect that make it a purpose or a command (Arabic "ليستقيل").
    imperfect_proclitics: tuple[str, ...] = ()
    # Progressive auxiliaries: a present-tense light verb after one tells what is happening
    # (Persian "دارند تجمع می‌کنند"), otherwise it is planned or habitual.
    progressive: tuple[str, ...] = ()
    # Denials: the words that open the clause a denial verb denies ("that", "dass", "que",
    # "أن", "که"); what it covers is told as not having happened ("X denied that he resigned").
    complementizers: tuple[str, ...] = ()
    # Nouns for the denied story ("denied reports of his resignation", "Berichte über").
    report_nouns: tuple[str, ...] = ()
    # Words between a denial verb and the non-finite verb it denies ("denied having
    # resigned", "negó haber dimitido", "a démenti avoir démissionné").
    nonfinite: tuple[str, ...] = ()
    # Word endings of a verb a denial takes directly ("denied resigning").
    gerund_endings: tuple[str, ...] = ()
    # Words right after a participle that make it non-finite ("zurückgetreten zu sein").
    nonfinite_after: tuple[str, ...] = ()
    # Subject pronouns of a denied clause that stand for the denier ("X denied that he
    # resigned"): "he", "er", "il", Arabic "أنه"; in pro-drop Spanish the auxiliaries.
    pronouns: tuple[str, ...] = ()
    # Words that end what a denial covers ("but", "aber", "لكن").
    contrasts: tuple[str, ...] = ()
    # Persian light verbs after an event noun -> "active", "passive", "negated",
    # "negated_passive", "hypothetical", or "present" / "present_passive" (real only after a
    # ``progressive`` auxiliary) ("استعفا داد", "بازداشت شد", "دیدار نکرد", "دیدار می‌کند").
    light_verbs: Mapping[str, str] = field(default_factory=dict)
    # True where the verb usually comes before its subject (Arabic "استقال الوزير").
    verb_first: bool = False
    # True where a subject may follow its verb in any clause ("Am Dienstag trat der Minister
    # zurück", "dimitió el ministro"): with no name before the verb, the first after it is
    # the actor.
    free_inversion: bool = False
    # True where objects come before the verb (Persian; German participles and separable
    # verbs): a target may precede the trigger.
    verb_final: bool = False
    # True where a possessor precedes the noun with "'s" ("Haddad's resignation").
    saxon_genitive: bool = False


@cache
def event_lexicon(language: str) -> EventLexicon | None:
    """The event lexicon for an ISO 639-1 code, or None for a language without one."""
    if language not in LANGUAGES:
        return None
    return import_module(f"{__name__}.{language}").LEXICON


__all__ = ["LANGUAGES", "EventLexicon", "Sense", "event_lexicon"]
