"""The record types of a language pack: what every ``newstrace.lang.<code>`` package fills in.

:class:`Lexicon` holds the attribution, hedge and response phrases the claims stage matches;
:class:`EventLexicon` the event triggers and their grammar words; :class:`Pack` gathers them
with the language's other word tables (closed-class words, titles, cues), its date grammar and
its script direction. Entries are phrases written as a reader would (any case, with or without
Arabic diacritics, hamza forms or ZWNJ): matchers fold phrase and text alike with
:func:`newstrace.lang.fold.fold`, so one spelling covers its variants. A word ending in
``*`` matches any continuation of that word (Arabic and Persian verb stems); in event phrases
``*streik`` matches a word ending in ``streik`` and ``…`` up to six words that are not clause
punctuation ("trat … zurück"). Arabic-script words also match without their proclitics.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import ModuleType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from newstrace.lang.dates.grammar import Grammar

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
    # Prepositional cues whose source relays the words of the source right before them
    # ("sources quoted by X", "fuentes citadas por X"): X is a publisher. After any other
    # prepositional cue the order is the reverse ("به گزارش X به نقل از Y": X relays Y).
    relay_cues: tuple[str, ...] = ()
    # Postpositional cues whose source precedes: "dem Ministerium zufolge".
    source_before: tuple[str, ...] = ()
    # Cue forms that are also common nouns ("plan", "calls", "state"): verbs only after a
    # pronoun, a name, a relative pronoun or an auxiliary.
    nouns: tuple[str, ...] = ()
    # Verbs that report only when what follows is speech: "continued:", "went on to say".
    weak: tuple[str, ...] = ()
    # Fixed phrases that contain a cue word but report nobody ("according to plan").
    not_cues: tuple[str, ...] = ()
    # Cue forms that report only as the verb opening a clause (after punctuation, a
    # conjunction, a relative pronoun, a complementizer or one of ``clause_openers``) with
    # speech opening a few words on, past the subject and a listener (a complementizer, a
    # colon or a quotation): unvowelled Arabic "بين" (stated) is mostly the preposition
    # "between" ("بين الطرفين", "ما بين"), "تابع" (went on) also "followed" ("تابع تمريرة").
    clause_verbs: tuple[str, ...] = ()
    # Words that may open a clause right before its verb ("كما", "حيث", "من جهته").
    clause_openers: tuple[str, ...] = ()
    # Prepositional cues that also mean "in accordance with" or "depending on" (Arabic "وفق",
    # "حسب": "وفق الخطة", "بحسب السن"): they report only when the noun after them names a
    # speaker: a name, a publisher, an unnamed source, or one of ``speaker_nouns``.
    loose_source_after: tuple[str, ...] = ()
    # Set phrases that stand aside between a subject and its verb and are no subject
    # themselves, even without their commas ("X, for his part expressed …").
    source_asides: tuple[str, ...] = ()
    # Head nouns of a speaker or of what a speaker said, for ``loose_source_after``: roles
    # ("مدير", "المتحدث"), bodies ("وزارة"), statements ("تقرير", "بيان", "تصريحات").
    speaker_nouns: tuple[str, ...] = ()
    # Titles and role words a person's name follows inside a source, with no article on the
    # name ("الدكتور بصفر", "العقيد بورشيد", "المواطن يزيد العنزي"): the words after one up to
    # the end of the phrase are the name, where the entity stage found none.
    name_titles: tuple[str, ...] = ()
    # Prepositions after which a cue form is a verbal noun ("عن ذكر أسمائهم", "في نشر
    # الأخبار"), not a verb.
    nominal_prepositions: tuple[str, ...] = ()
    # Quantity heads that take their noun with a preposition inside a source ("عدد من
    # المتعاملين", "كثير من المغردين"): the phrase runs on over the preposition.
    partitives: tuple[str, ...] = ()
    # Endings of verb forms that carry their subject where the verb comes first (Arabic
    # plural "قالوا", "أكدوا": before its subject an Arabic verb stays singular), so the noun
    # phrase after one is its object or its content ("قالوا سنخلع", "أكدوا خطورتها").
    subject_endings: tuple[str, ...] = ()
    # Prepositional cues whose preposition is glued to the source's first word as one of
    # ``listener_prefixes`` (Arabic "وفقا لوكالة رويترز"): the source starts after it.
    glued_source_after: tuple[str, ...] = ()
    # Cue forms of thinking, wanting and judging that report a view only when a clause or
    # a quotation follows ("believes that …", "believe the deal will hold"): with an object
    # or an infinitive they tell an act, not a view ("considered the proposal", "sought to
    # topple", "decided to close", "seems unlikely", "underscores the need").
    clausal: tuple[str, ...] = ()
    # Cue forms that report only with a quotation in their clause or what they report before
    # them ('called the plan "a disaster"', '"a disaster," she called it'): otherwise they
    # name or phone ("a field called South Pars", "called the prime minister").
    quoting: tuple[str, ...] = ()
    # Modals that make a following cue a speech act not made (yet): "will announce", "could
    # suggest", "would have told" (a negation before the cue does the same: "did not
    # elaborate", "wouldn't apologize").
    hypothetical: tuple[str, ...] = ()
    # Words before an infinitive marker that leave the speech act unmade: a need, a failure,
    # a readiness ("need to explain", "failed to tell", "is welcome to explain").
    unmade_before_infinitive: tuple[str, ...] = ()
    # Cue forms that count rather than report before a number or a ``quantities`` word
    # ("the economy added 113,000 jobs", "firms added more jobs").
    counting: tuple[str, ...] = ()
    quantities: tuple[str, ...] = ()
    # Cue forms that report a view only with a predicate after them ("appears to have
    # left", "seemed confident"): before a preposition, a time word or the clause's end they
    # tell a presence ("appeared at the rally", "will appear in court").
    predicative: tuple[str, ...] = ()
    # Verbs of thinking, wanting and deciding: whatever follows them, their subject must be
    # able to hold a view (see ``not_agents``): "the court decided", not "the crisis decided".
    mental: tuple[str, ...] = ()
    # Cue forms that tell a state of mind or a stance, not a statement: thinking, knowing,
    # feeling, wanting, hoping, expecting, deciding, seeking, appearing, supporting or
    # opposing, demanding ("believes", "wants", "decided to", "calls for", "معتقد است").
    # They are found like any cue (PolNeAR annotates them) but reported apart, as beliefs.
    beliefs: tuple[str, ...] = ()
    # Cue forms of promising, agreeing, offering and asking that report a statement only
    # before a clause or a quotation, or after what they report ("promised that …", '"…?" he
    # asked'): before an infinitive or an object they tell a commitment or a request, which
    # is reported as a belief ("pledged to provide", "agreed to hold the vote", "asked Bolton
    # to invite").
    commitments: tuple[str, ...] = ()
    # Cue forms that tell what a document, a poll or a record shows ("the poll shows", "records
    # show"): PolNeAR annotates them, but no one said it; reported apart, as findings.
    evidence: tuple[str, ...] = ()
    # Head nouns that cannot hold a view or speak (a movement, a crisis, a need): the
    # subject of a ``clausal``, ``predicative`` or ``mental`` cue with one of them is no
    # source and the verb no cue ("the movement sought to", "the crisis underscores").
    not_agents: tuple[str, ...] = ()
    # Head nouns of figures, details, results and devices ("الإحصائيات", "تفاصيل", "شاشة"):
    # a reporting verb whose subject is one of them tells what they show ("هذه الإحصائيات
    # تؤكد أن …", "وتشير تفاصيل القضية إلى …"): no one said it, so it is a finding.
    data_subjects: tuple[str, ...] = ()
    # Cue verb -> nouns that, as its object before any complementizer, colon or quotation,
    # show the verb in another sense ("أضاف باولو، …، الهدف الثاني": added the second goal).
    other_sense_objects: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    # Demonstratives that open a subject before a definite noun after a verb-first cue
    # ("وقالت هذه المصادر", "this source"); alone they are no subject.
    demonstratives: tuple[str, ...] = ()
    # Head nouns after a ``cite`` verb that give a reason, not a speaker: "citing security
    # concerns", "citing party leaders' promise" (no one is quoted).
    cite_reasons: tuple[str, ...] = ()
    # Cues that report only with an outlet as their subject ("The Post has learned that");
    # with a person they tell what someone came to know ("when she learned her husband had
    # lied"): a belief.
    outlet_cues: tuple[str, ...] = ()
    # True where reported speech may follow its verb after a bare comma, with no
    # complementizer (German "Der Minister sagte, die Brücke bleibe gesperrt").
    comma_clause: bool = False
    # True where a noun phrase's head comes first and its modifiers follow (Arabic "الحركة
    # الاحتجاجية", Persian ezafe): the head word of a source is its first.
    head_initial: bool = False
    # Words that show a finite clause after a ``clausal`` cue when no complementizer opens
    # it: auxiliaries and modals ("believe the deal will hold", "glaubt, er werde").
    finite: tuple[str, ...] = ()
    # Prepositional cues whose source follows, only right after a comma: German
    # "…, so die Polizei" ("so" elsewhere is an adverb).
    comma_source_after: tuple[str, ...] = ()
    # Pronouns that open a verb-second clause as the verb's object, so that the subject
    # follows the verb: German "Das berichtet die Zeitung", Russian "Об этом сообщает ТАСС".
    fronted_objects: tuple[str, ...] = ()
    # Verbs whose subject relays what their object said ("zitiert die Zeitung den
    # Minister"): the object is the source and the subject its publisher.
    cite: tuple[str, ...] = ()
    # Articles that open an object after a source noun phrase that follows its verb
    # ("zitiert die Zeitung den Minister"): the source ends before them.
    object_articles: tuple[str, ...] = ()
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
    # Prefixes that mark a listener glued to its noun (Arabic "لوكالة": "to the agency"):
    # after a ``tell`` verb and its subject, a listener so marked relays the statement.
    listener_prefixes: tuple[str, ...] = ()
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
    # Negations that make "confirmed"/"denied" no response of that stance ("did not confirm",
    # "Neither the ministry nor the embassy have confirmed", "Nadie ha confirmado"): anywhere
    # before the verb in its clause, or right before it.
    negations: tuple[str, ...] = ()
    # Phrases holding a "confirm"/"deny" word that report no response: a refusal to act ("se
    # negó a dimitir"), a thing withheld ("was denied bail"), an appointment ("confirmed as
    # minister"). Refusals to comment listed under ``responses`` still win.
    not_responses: tuple[str, ...] = ()
    # Confirmation forms that are first of all verbs of emphasis (Arabic "أكد": stressed,
    # asserted): a confirmation only when the clause says what is confirmed, one of
    # ``confirmation_objects`` before its complementizer ("أكد صحة الخبر", "أكدت … الأنباء"),
    # or when an official party (``official_heads``) tells a publisher ("أكد مدير … لـ«الوطن»").
    emphatic_confirmations: tuple[str, ...] = ()
    confirmation_objects: tuple[str, ...] = ()
    official_heads: tuple[str, ...] = ()
    # Words right before a "confirm"/"deny" form that make it no response yet: a plan, a
    # request, a wish ("expected to confirm", "will deny", "أن يؤكد").
    response_modals: tuple[str, ...] = ()
    # Negations that end a response verb's clause and negate it (German "bestätigte die
    # Angaben nicht"); not in mid-clause ("bestätigte nicht nur …").
    trailing_negations: tuple[str, ...] = ()
    # True where the verb usually comes before its subject (Arabic: "قال الوزير").
    verb_first: bool = False
    # Verbs that may precede their subject after a comma ("…, said the minister"); empty
    # means any cue verb may.
    inverting: tuple[str, ...] = ()
    # Inverting verbs that take a person as their object ("…, asked Ruiz" may be asking
    # Ruiz): after an appositive's commas they are no inversion.
    person_objects: tuple[str, ...] = ()
    # True where a reporting verb may follow what it reports and precede its subject
    # ('"…," said the minister', "…, sagte der Minister", "…, a déclaré le ministre").
    inversion: bool = True
    # True where a clause may put its subject after the verb for reasons other than a quote
    # (German V2 "Am Montag sagte der Minister", Spanish "dijo el ministro", Arabic).
    free_inversion: bool = False
    # True where the subject opens the clause and adjuncts sit between it and a final verb
    # (Persian: "سخنگوی وزارت خارجه روز دوشنبه در نشست خبری گفت").
    subject_initial: bool = False
    # True where the colon mostly ends a label, a heading or a minute line ("داور:", "دقیقه
    # 7:"): "Name: …" then reports only when a named entity is all that precedes the colon
    # and a quotation opens after it.
    colon_quote: bool = False
    # True for scripts with capital letters: capitalised words then mark names.
    cased: bool = True
    # The tables below are read by the attribution engine for every language at once (a word
    # of one language rarely occurs in another): ``claims/attribution/tables.py`` joins them.
    # Titles and abbreviations that keep their full stop, so "Mr. Trump" is one name.
    abbreviations: tuple[str, ...] = ()
    # Elided words: "qu'il", "l'AFP", "d'après" are two tokens each.
    elided: tuple[str, ...] = ()
    # Complementizers that are not part of the content ("said that X" reports X).
    main_complementizers: tuple[str, ...] = ()
    # Prepositions that also open clauses: "after Trump attacked", "nachdem", "بعد".
    clause_prepositions: tuple[str, ...] = ()
    # Adverbs that may sit inside a passive: "was once asked", "is also expected".
    passive_gap: tuple[str, ...] = ()
    # Object pronouns that end a modifier of the subject: "those close to him say".
    object_pronouns: tuple[str, ...] = ()
    # Words that open an adjunct rather than an appositive: ", for his part,".
    adjuncts: tuple[str, ...] = ()
    # Verbs of saying whose passive reports without an agent ("it was reported that", "he was
    # asked"); "the chance was denied" reports nothing.
    passive_reports: tuple[str, ...] = ()
    # Headline labels that are not speakers ("UPDATE: …", "The Latest: …").
    not_speakers: tuple[str, ...] = ()
    # Words before "asked" that make it a reduced passive clause: "When asked about …, he said".
    asked_openers: tuple[str, ...] = ()
    # Auxiliaries between a negation and a response verb: "did not confirm", "would not deny".
    negation_auxiliaries: tuple[str, ...] = ()
    # Words before a noun-like cue form that make it a verb: "to state", "will claim".
    verb_markers: tuple[str, ...] = ()
    # Negations before a noun-like cue form that make it a verb: "did not comment".
    verb_negations: tuple[str, ...] = ()
    # Conditionals that hedge only outside an "if" clause: "il aurait fui" (reportedly fled).
    conditional_hedges: tuple[str, ...] = ()
    # Conditions that keep a conditional from hedging: "if he had known, he would have fled".
    if_words: tuple[str, ...] = ()
    # Words that join two parts of one name when both are capitalised: "Johnson & Johnson".
    name_links: tuple[str, ...] = ()
    # Coordinators before a verb that shares the subject of the verb before: "… and said".
    coordinators: tuple[str, ...] = ()
    # Conjunctions that break a clause before a subject: "…, and the minister said".
    clause_breaks: tuple[str, ...] = ()
    # A conjunction before a participle that shares the main clause's subject: "and adding".
    participle_joins: tuple[str, ...] = ()
    # Prepositions before a response verb that make it an adjective: "number of confirmed
    # deaths".
    adjective_prepositions: tuple[str, ...] = ()
    # Prepositions after a noun-like cue that make it a noun: "reports of", "claims about".
    noun_prepositions: tuple[str, ...] = ()
    # Prepositions whose phrase, right after a common noun in a subject, belongs to it ("an
    # elder at the church said", "an official with the council said").
    head_prepositions: tuple[str, ...] = ()
    # Of those, the ones a verb in -ed/-ing may take: "talked about", "reported by".
    verb_prepositions: tuple[str, ...] = ()
    # The possessive clitic: "Trump’s claims" is a noun.
    possessive_clitics: tuple[str, ...] = ()
    # Adjectives a source noun takes after it: "مصدر مطلع", "مسؤول رفيع".
    source_adjectives: tuple[str, ...] = ()
    # Endings of relational (nisba) adjectives: "مصدر أمني", "مصادر دبلوماسية".
    nisba_endings: tuple[str, ...] = ()
    # Proclitics glued to a cue's first word: "وقال", "فأكد", "وبحسب".
    cue_proclitics: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Sense:
    """When an ambiguous trigger is the event: only with one of ``needs`` (if any) and none of
    ``unless`` among the words around it ("strike" is labour with "workers", not with "air"),
    and none of ``unless_sentence`` anywhere in its sentence ("named" is no appointment in a
    sentence about victims or suspects: "the victims were named as …")."""

    needs: tuple[str, ...] = ()
    unless: tuple[str, ...] = ()
    unless_sentence: tuple[str, ...] = ()


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
    # Prepositions that, after an age or a person noun, tell where someone comes from, not
    # where the event happened ("a 42-year-old from Beckenham", "Collett, 62, from Croydon").
    home_prepositions: tuple[str, ...] = ()
    # Person nouns (and the last word of an age, "42-year-old") before such a preposition.
    home_nouns: tuple[str, ...] = ()
    # Words between a preposition and its place ("in northern Syria", "in downtown Seattle").
    place_modifiers: tuple[str, ...] = ()
    # Nouns after which "of X" places something ("the city of Mosul", "the outskirts of
    # Kabul"); after any other noun "of X" is a modifier ("President of France").
    place_nouns: tuple[str, ...] = ()
    # Institutions named after the building that houses them (lower case, no article): typed
    # organisation, but after a locative preposition the building is where an event happens
    # ("a protest outside the White House").
    seats: tuple[str, ...] = ()
    # Role nouns before a person's name, besides the pack's titles ("Red Bull boss Christian
    # Horner", "President-elect Donald Trump"): a name before them is the person's
    # affiliation, no participant; after "and" they lead to a second name, no new clause.
    role_nouns: tuple[str, ...] = ()
    # Additives: a word right by a trigger that tells a further happening of the kind told
    # before ("Michelle Obama also met Melania", "traf auch", "también se reunió"): inside
    # one article it is another event than the earlier ones (provenance.events._fits).
    additives: tuple[str, ...] = ()
    # Support verbs: a verb that takes an event noun as its object and tells the event with
    # it ("staged a protest", "launched an attack", "celebró una reunión", "شن هجوما"): the
    # verb's subject is the event's actor. Single words; ``stem*`` matches any ending.
    support_verbs: tuple[str, ...] = ()
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
    # Imperfective prefixes written apart from their verb (Persian "می کند"): with the next
    # word they form one light verb.
    imperfective_prefixes: tuple[str, ...] = ()
    # The main predicate of an article's lead sentence, for a lead that tells a happening
    # outside the ontology (``events.extract.lead``): finite auxiliaries whose participle
    # carries it ("has struck", "a déraillé", "ist … entgleist", "ha descarrilado") ...
    auxiliaries: tuple[str, ...] = ()
    # ... the endings of such participles ("ed", "é", "ado", "t") ...
    participle_endings: tuple[str, ...] = ()
    # ... the endings of finite (mostly past) verb forms ("ed", "ó", "aron", "te", "ت") ...
    finite_endings: tuple[str, ...] = ()
    # ... frequent finite verbs no ending tells ("struck", "fell", "sank", "قتل") ...
    finite_verbs: tuple[str, ...] = ()
    # ... words never a predicate although an ending says so ("need", "red", "United") ...
    not_predicates: tuple[str, ...] = ()
    # ... and whether the predicate closes its clause (Persian "… از ریل خارج شد").
    predicate_last: bool = False


# A noun phrase of up to six words, as reliability phrases end ("funded by the state").
NOUN_PHRASE = r"[\w'’\-]+(?:\s+[\w'’\-]+){0,5}"


def word_tables(module: ModuleType) -> dict[str, Any]:
    """A pack's word-table module as Pack fields: ``TITLES = [...]`` gives ``titles=(...)``."""
    found: dict[str, Any] = {}
    for name, value in vars(module).items():
        if name.isupper() and name != "NOUN_PHRASE":
            found[name.lower()] = tuple(value) if isinstance(value, list) else value
    return found


def language_pack(
    code: str, claims: ModuleType, events: ModuleType, dates: ModuleType, words: ModuleType
) -> Pack:
    """A pack from its modules: ``claims.LEXICON``, ``events.LEXICON``, ``dates.grammar()``,
    ``dates.offsets`` and the word tables of ``words`` (DIRECTION, SCRIPT, TITLES ...)."""

    def date_grammar(_language: str | None) -> Grammar:
        grammar: Grammar = dates.grammar()
        return grammar

    return Pack(
        code=code,
        claims=claims.LEXICON,
        events=events.LEXICON,
        date_grammar=date_grammar,
        date_offsets=dates.offsets,
        **word_tables(words),
    )


def _no_date_grammar(language: str | None) -> Grammar:
    raise LookupError(f"no date grammar for {language!r}")


def _no_date_offsets(count_unit: str, anchor: str) -> tuple[tuple[str, int], ...]:
    return ()


@dataclass(frozen=True, slots=True)
class Pack:
    """Everything newstrace knows about one language; ``newstrace.lang.get(code)`` gives it.

    Word tables that a stage reads for every language at once (the name particles, titles and
    organisation words of the rule-based name finder) are unions over all packs:
    :func:`newstrace.lang.union`.
    """

    code: str  # ISO 639-1, or "generic"
    direction: str = "ltr"  # "rtl" for Arabic-script text
    script: str = "latin"  # "latin" or "arabic": which name and outlet rules apply
    # Attribution, hedges, opinions, official responses (None: no claims rules).
    claims: Lexicon | None = None
    # Event triggers and their grammar words (None: no event rules).
    events: EventLexicon | None = None
    # The date grammar (word tables and rules), built on first use; it is given the article's
    # language code, which the generic pack needs to borrow month names from dateparser.
    date_grammar: Callable[[str | None], Grammar] = _no_date_grammar
    # Date offsets ("three days after the election"): given the regex of a count and unit
    # and the regex of the anchor, (regex, direction) pairs; direction 0 when the match's
    # ``dir`` group tells it (``newstrace.dates.offsets``).
    date_offsets: Callable[[str, str], tuple[tuple[str, int], ...]] = _no_date_offsets
    # Date offsets: the regex of hour words ("hours", "ساعة"), which no date grammar lists.
    offset_hours: str = ""
    # Date offsets: words that count forward from the anchor ("after", "the day after").
    offset_after: tuple[str, ...] = ()
    # Date offsets: unit words never counted from an anchor ("decades after").
    offset_excluded_units: tuple[str, ...] = ()
    # Claims stage: pronouns that continue the last source ("he said", "وأضاف").
    pronouns: tuple[str, ...] = ()
    # Claims stage: words left out of a generic source's key ("the", "al", "der").
    source_key_stops: tuple[str, ...] = ()
    # Claims stage: head words of official bodies ("ministry", "وزارة"): a source holding one
    # names an organisation.
    official_heads: tuple[str, ...] = ()
    # Claims stage: article prefixes glued to a folded word ("ال", "لل"), dropped from the
    # content words that tie "the ministry" to the organisation named with it.
    article_prefixes: tuple[str, ...] = ()
    # Claims stage: articles stripped from the front of a source name.
    articles: tuple[str, ...] = ()
    # Name finder: lower-case particles inside names ("von", "bin", "de").
    name_particles: tuple[str, ...] = ()
    # Name finder: conjunctions and prepositions glued before a word (Arabic و ف ب ل ك and
    # their pairs), shortest first; a name's span starts after them ("والعراق" -> "العراق").
    proclitics: tuple[str, ...] = ()
    # Name finder: those of ``proclitics`` that are conjunctions ("و"): they join any word,
    # so a dictionary word after one is enough evidence that the letter is no part of a name.
    conjunction_proclitics: tuple[str, ...] = ()
    # Name finder: those of ``proclitics`` that are prepositions ("ب", "ل"): a large place
    # after one is evidence enough ("بمكة").
    preposition_proclitics: tuple[str, ...] = ()
    # Name finder: openings of compound given names ("عبد" of عبدالمحسن): after a
    # conjunction proclitic, such a word is a name.
    name_openings: tuple[str, ...] = ()
    # Name finder: fixed phrases whose words name no one the article is about: religious
    # formulas ("رحمه الله", "إن شاء الله"); a mention inside one is dropped. Phrase syntax.
    formulas: tuple[str, ...] = ()
    # Name finder: common nouns the models take for names when they stand alone (currencies:
    # "دولار", "ريال"; plural suffixes written apart, "هایی"; sports and news nouns, "فینال");
    # ``stem*`` matches any ending.
    not_names: tuple[str, ...] = ()
    # Name finder: head nouns in apposition before an organisation's name ("تنظيم داعش",
    # "نادي الهلال"): the name after one is an organisation.
    apposition_heads: tuple[str, ...] = ()
    # Name finder: words of a match or its result ("فوز", "أمام"): a place or a person a
    # ``opponent_prepositions`` word introduces soon after one is a team.
    match_words: tuple[str, ...] = ()
    opponent_prepositions: tuple[str, ...] = ()
    # Name finder: head nouns that open a place's name ("شارع", "المسجد"): a place right
    # after one is named with it ("شارع الرياض" is a street, not the city).
    place_openers: tuple[str, ...] = ()
    # Name finder: head nouns of an institution or an event named after its place ("غرفة
    # جدة", "جامعة القاهرة", "مهرجان جدة"): a place right after one is a piece of that name,
    # so the mention covers the head, the place and its nisba adjectives ("مطار القاهرة
    # الدولي"); those of ``event_openers`` make the whole an event (``other``), the rest an
    # organisation; those of ``facility_openers`` (an airport, a stadium) a place.
    institution_openers: tuple[str, ...] = ()
    event_openers: tuple[str, ...] = ()
    facility_openers: tuple[str, ...] = ()
    # Name finder: words before a place head that make it no part of a name ("عن طريق": by
    # way of).
    place_head_stops: tuple[str, ...] = ()
    # Name finder: titles before a person's name ("Frau", "señor", "Mr").
    titles: tuple[str, ...] = ()
    # Name finder: titles a portfolio follows before the name ("وزیر کشور رضا نوری", "وزير
    # الداخلية سمير قاسم"): the ministry there is part of the title, no organisation.
    portfolio_titles: tuple[str, ...] = ()
    # Sentence splitter: abbreviated titles whose full stop comes before a person's name and
    # so never ends a sentence ("Sen. Bill Nelson", "Gov. Ana Ruiz"); case as written.
    title_abbreviations: tuple[str, ...] = ()
    # Sentence splitter: abbreviated month names whose full stop comes before a day or a year
    # and so ends nothing ("Nov. 10, President Obama said", "le 3 nov. 2016"); case as written.
    month_abbreviations: tuple[str, ...] = ()
    # Name finder: words that make a capitalised span an organisation ("Partei", "union").
    organisation_words: tuple[str, ...] = ()
    # Name finder: last words that make a span a place ("Platz", "street").
    place_words: tuple[str, ...] = ()
    # Name finder: big cities whose names are everyday words ("Essen", "Halle").
    noun_cities: tuple[str, ...] = ()
    # True where every noun is capitalised (German): capitals then mark no name.
    capitalised_nouns: bool = False
    # Name comparison (``entities.names``, every pack at once): titles and honorifics before
    # a person's name, which never tell two people apart ("president", "آیت الله").
    comparison_titles: tuple[str, ...] = ()
    # Name comparison: suffixes after a name ("Jr", "III").
    name_suffixes: tuple[str, ...] = ()
    # Name comparison: particles dropped wherever they are, except as the last word ("bin").
    comparison_particles: tuple[str, ...] = ()
    # Entity mender: the particles of a name chain in the language's own script ("بن" son
    # of): a person span that starts with two generations of them or ends with one is a
    # piece of the chain ("بن مبارك بن" of "شارع بن مبارك بن شارع").
    patronymics: tuple[str, ...] = ()
    # Name comparison: the last element of a family name that one form of the name may leave
    # out ("Kazemi Nejad" ~ "Kazemi"), in every script the language's names are written in.
    family_suffixes: tuple[str, ...] = ()
    # Name comparison: words that only say what kind of organisation a name is ("agency").
    outlet_kind_words: tuple[str, ...] = ()
    # Name comparison: function words ignored in organisation and place names ("of", "der").
    organisation_stop_words: tuple[str, ...] = ()
    # Name comparison: words that only say what kind of place a name is ("city", "استان").
    place_kind_words: tuple[str, ...] = ()
    # Ingest: regex alternatives of labels before a date line ("Published:", "تاريخ النشر").
    date_labels: tuple[str, ...] = ()
    # Places: regions the gazetteer lacks (it holds countries and cities), whose names are
    # also outlets' names ("الشرق الأوسط"): a place so named never joins an outlet.
    regions: tuple[str, ...] = ()
    # Places: articles stripped from the front of a place name's key ("the ", "al ").
    place_articles: tuple[str, ...] = ()
    # Places: endings that turn a nationality adjective's stem into a country name
    # ("Jordan|ian" -> "Jordan", "Syr|ian" -> "Syria"), tried in order.
    demonym_stem_endings: tuple[str, ...] = ()
    # Short country names CLDR does not list ("USA", "أمريكا"): (name, ISO 3166 code).
    country_aliases: tuple[tuple[str, str], ...] = ()
    # Reliability notes: (kind, regex) of phrases about a source's funding, ownership,
    # affiliation or reputation; Arabic-script ones are matched on folded text.
    reliability: tuple[tuple[str, str], ...] = ()
    # Reliability notes: articles that may open an apposition after a source's name.
    apposition_articles: tuple[str, ...] = ()
    # Sentence roles: regex alternatives of caption nouns ("photo", "صورة"), of the words
    # before them ("file photo") and after them ("photo by").
    caption_words: tuple[str, ...] = ()
    caption_prefixes: tuple[str, ...] = ()
    caption_credits: tuple[str, ...] = ()
    # Sentence roles: words that open a byline ("by", "بقلم").
    byline_words: tuple[str, ...] = ()
    # Sentence roles: regex alternatives of boilerplate lines ("read more", "Anzeige").
    boilerplate: tuple[str, ...] = ()
    # Sentence roles: regex alternatives of page furniture that scraped text fuses into a
    # sentence when it has lost its line breaks (share buttons, newsletter prompts, picture
    # credit labels): each run is cut off as a framing sentence of its own.
    furniture: tuple[str, ...] = ()
    # Outlets: regex alternation of publisher nouns ("newspaper", "صحيفة") before a name.
    outlet_nouns: str = ""
    # Outlets: publisher nouns that belong to the outlet's name ("خبرگزاری فارس": the
    # agency is named with its noun, so "فارس" alone is a piece of the name).
    outlet_name_nouns: tuple[str, ...] = ()
    # Name finder: words after a place's name that belong to it ("شمالی" of "خراسان شمالی").
    place_suffixes: tuple[str, ...] = ()
    # Name finder: common given names that a model labels alone when the family name beside
    # them is a dictionary word or unseen ("محمد| دانشگر", "بابک |مرادی"); only fa fills it.
    given_names: tuple[str, ...] = ()
    # Name finder: words that never follow a given name as its family name ("برای").
    given_name_stops: tuple[str, ...] = ()
    # Name finder: regex of a phrase opening a span that is no name and no part of one (a
    # matchweek, "هفته بیست و دوم"): cut off, and the span dropped when nothing is left.
    not_name_openers: str = ""
    # Outlets: regex of words that end an Arabic-script outlet name after a publisher noun.
    outlet_stops: str = ""
    # Outlets: regex of reporting cues left of an outlet name ("according to", "laut").
    outlet_cues_before: str = ""
    # Outlets: regex of reporting cues right of an outlet name ("reported", "zufolge").
    outlet_cues_after: str = ""
    # Provenance: regex alternatives of phrases by which an outlet marks its own reporting
    # ("our correspondent", "told this newspaper", "مراسلنا", "unser Korrespondent").
    first_hand: tuple[str, ...] = ()
    # Provenance: (agency, regex) of a wire agency's credit line in this language's text
    # ("(AP) —", "Copyright 2017 The Associated Press", "(رويترز) -"); a photo credit is not one.
    wire_credits: tuple[tuple[str, str], ...] = ()
    # Provenance: (agency, name) of the names a wire agency's entity goes by ("AP",
    # "Associated Press", "فرانس برس").
    wire_names: tuple[tuple[str, str], ...] = ()
    # Provenance: (agency, regex) of URL paths of a site's wire pages ("/aponline/").
    wire_paths: tuple[tuple[str, str], ...] = ()
    # Provenance: regex alternatives of a person who speaks for a party ("spokesman for",
    # "Sprecherin der", "المتحدث باسم", "سخنگوی"): the speaker stands for the party named
    # right after it, or right before it ("airline spokesman Joshua Freed").
    spokes: tuple[str, ...] = ()
    # Provenance: regex alternatives of a reaction or an opinion, in a cue or in the words
    # quoted ("condemned", "shocked by", "condolences", "verurteilt"): such a quote founds no
    # source of the happening it reacts to.
    reactions: tuple[str, ...] = ()
    # Provenance: plural heads of an unnamed generic source ("officials", "مصادر", "Behörden")
    # and the words that count or single one out ("two", "a", "ein", "دو"): an unnamed
    # plural nobody counts and no outlet carries ("officials said") is no source.
    generic_sources: tuple[str, ...] = ()
    source_counts: tuple[str, ...] = ()
    # Provenance: an unnamed publication as a source ("a report", "Medienberichten").
    unnamed_reports: tuple[str, ...] = ()
    # Provenance: nouns of a kind of organisation ("bank", "company", "airline", "الشركة",
    # "شرکت"): a source that is a definite description headed by one ("the New York bank
    # said", "la compañía informó") is the organisation of the article's happening.
    organisation_kinds: tuple[str, ...] = ()
    # Provenance: words of an apposition or role that make a speaker a commentator
    # ("expert", "analyst", "experto", "خبير"): an expert's word founds no source of the
    # happening (an opinion, background), even without a reaction word.
    commentators: tuple[str, ...] = ()
    # Provenance: function words and auxiliaries that never stand inside a person's name
    # ("for", "has", "the"; the name particles "von", "de" are not among them): a "person"
    # named with one ("Pixel Visual Core for Pixel", a headline fragment) is no party.
    name_breakers: tuple[str, ...] = ()
    # Provenance: (body, regex) of an official body named without a name ("police",
    # "Polizei", "الشرطة"): the body key is the same in every pack.
    bodies: tuple[tuple[str, str], ...] = ()
    # Entity typing (``entities.evidence``), lower-case words of a name that tell its type.
    # Adjectives and nouns of a religion, party or people ("Muslim", "Republicans"): type
    # other, never an outlet or organisation (nationalities come from the gazetteer).
    group_adjectives: tuple[str, ...] = ()
    # Names of institutions the model or the gazetteer reads as a place or a group ("white
    # house", "kremlin", "gop"): type organization.
    organisation_names: tuple[str, ...] = ()
    # Head words (the last one or two words, or the word before "of") that make a name a
    # publisher ("news agency", "times"), an organisation ("foundation"), a place ("strait"),
    # a law or document ("act", "constitution") or an event ("summit"); ``*_prefixes``: the
    # same as a name's first word ("Lake Urmia", "Lac Léman", "Ley de ...").
    outlet_heads: tuple[str, ...] = ()
    outlet_prefixes: tuple[str, ...] = ()
    organisation_heads: tuple[str, ...] = ()
    organisation_prefixes: tuple[str, ...] = ()
    place_heads: tuple[str, ...] = ()
    place_prefixes: tuple[str, ...] = ()
    document_heads: tuple[str, ...] = ()
    document_prefixes: tuple[str, ...] = ()
    event_heads: tuple[str, ...] = ()
    event_prefixes: tuple[str, ...] = ()
    # Linking words inside a name whose head stands before them ("Strait of Hormuz").
    head_links: tuple[str, ...] = ()
    # The conjunction inside a coordinated name ("Cultural Heritage, Handicrafts and Tourism
    # Organization").
    name_conjunctions: tuple[str, ...] = ()
    # Regex of a speech verb right after a name ("said"): a speaker, not a place.
    speaker_cues_after: str = ""
    # Regex of a speech verb right before a name ("says Nelson").
    speaker_cues_before: str = ""
    # Entity mender: regex alternatives of site interface and credit phrases inside article
    # text ("click here", "all content by", "replay more videos"): no name overlaps them.
    interface_phrases: tuple[str, ...] = ()
