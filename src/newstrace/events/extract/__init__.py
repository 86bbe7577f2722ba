"""What happened, sentence by sentence: trigger words, who did it to whom, where and when.

:func:`find_events` is a pure function of one article that has been through the language,
sentence, date, entity and claims stages. For every sentence it

1. finds *triggers*: phrases of the language's lexicon (``newstrace.lang.get(code).events``),
   matched word by word on folded text (Arabic words also without proclitics), the longest
   match winning; blockers ("protested his innocence", "heart attack") hide the triggers they
   hold, ambiguous words need their context (English "strike" is labour only next to
   "workers", "union", "pay" …), and a trigger inside a longer name ("Strike Force") is none;
2. drops *unreal* events: a verb after a modal, a future or an infinitive marker ("may
   resign", "threatened to resign": only the threat is an event), an event noun that is asked
   for, feared or planned ("called for his resignation", "la huelga prevista"), anything in a
   conditional clause ("if he resigns", "until a successor is named"), and an event noun whose
   nearest date lies after publication. Negated events ("did not resign") are kept with
   ``negated`` set: that something did not happen is news too, and so is what a denial
   denies ("X denied that he resigned", "denied resigning", "rejected reports that …");
   Arabic imperfect forms ("يلتقي", "تعتقل") are real unless a future, modal or subjunctive
   marker ("سوف", "لن", "أن", "قد", "ليـ") or a later date makes them a plan;
3. finds *participants* among the entity mentions of the trigger's clause: for a verb, the
   subject (before the verb; after it in Arabic and in inverted German or Spanish clauses)
   is the actor and the first name after it the target; a passive ("was arrested by police")
   swaps them (for types with a target only: "was forced to resign" is active); "with X",
   "against X", "on X", Persian "X را" mark targets. For an event noun, the
   possessor ("Haddad's resignation", "استقالة حداد", "la dimisión de Torres") or, after
   "his"/"su"/a pronoun suffix, the clause subject. The source of an attribution is never an
   actor ("Levant Wire reported that Haddad resigned"), unless the trigger is the attribution
   verb itself ("the ministry denied", "Sweis threatened to resign");
4. takes *places* from the clause (else the sentence) where they are named as locations
   ("in Amman", "در تهران", "بعمان"), never a dateline's or a caption's, nor a place in
   argument position ("Jordan's Ministry", a person the NER typed as a place);
5. *dates* the event by the sentence's date expression nearest the trigger (inside the same
   reported content when there is one), else the last day or relative date of an earlier
   sentence of the paragraph (a bare year is background: "since 2006"), else by the
   publication date as an upper bound (``not_after``). An offset from an anchor ("three
   days after the election") is dated from the anchor's date (a date expression, or a dated
   event of a compatible type elsewhere in the article), never by an unrelated date; an
   undated anchor event is dated back from its main clause's own date ("named Sweis on
   Friday, three days after Haddad stepped down": Tuesday). Dates after publication are
   never used; captions, bylines and headlines date nothing.

6. marks the article's *lead* (:mod:`.lead`): the first body sentence that reads as a
   statement tells the main happening; its ontology event in the main predicate's clause is
   marked ``lead``, and when it tells none there, the predicate gives a generic
   ``happening`` event (actors, places and date found as above).

An event noun that echoes a verb of the same type in its sentence, naming no other
participant, is dropped (one event per sentence and type, not two).

Framing lines (``kind == "other"``): captions, bylines and boilerplate yield no events. A
headline yields its events only when the body does not already tell one of the same type with
the same actors, so the better-dated body mention stands for it.

The package follows those steps: ``compiled`` (lexicons), ``sentence`` (one sentence prepared
once), ``triggers``, ``reading`` (kind, voice, reality), ``clauses`` and ``participants``,
``denials``, ``dates``, ``lead``, and ``find`` (the entry point); ``tables`` joins the packs' closed
word tables that the rules test every language against. Tokens, the phrase matcher, clause
punctuation and negation scope come from the sentence toolkit in :mod:`newstrace.nlp`, shared
with the attribution engine.
"""

from .find import find_events

__all__ = ["find_events"]
