"""Who says so: attribution relations, hedges and official responses in one sentence.

Everything here is a pure function of one sentence's text and its language (plus, optionally,
the entity spans found in it). Offsets are relative to the sentence text passed in.

How an attribution is found:

1. *Cues* come from the language's lexicon (``newstrace.lang.get(code).claims``), matched on
   the folded text (case, Arabic/Persian letter variants, diacritics, tatweel and ZWNJ folded) and
   mapped back to the original offsets. Lexicon phrases that report nobody ("according to
   plan", "time will tell") and nouns ("the report", "his claims") are dropped. A cue is
   decided by its construction: a ``clausal`` verb ("consider", "glaubt", "estime") reports
   only before a clause or a quotation ("considered that …", not "considered the matter"); a
   ``predicative`` one ("appear", "underscore") not before a preposition or time ("appeared
   at the rally"); with either, and with a ``mental`` verb ("believe", "decide", "seem"), a
   subject that cannot hold a view ("the movement", "the crisis": ``not_agents``) makes no
   cue. Languages without a pack get the generic pack's cues (Russian today).
2. The *source* depends on the cue's construction: after a prepositional cue ("according to
   X", "selon X", "به گزارش X"); before a postposition ("X zufolge"); after a verb that follows
   what it reports ('"…," said X', Arabic "قال X"); the agent of a passive ("was told by X");
   otherwise the clause subject before the verb, found with closed word lists (no tagger):
   past adverbs and auxiliaries, over appositives and relative clauses between commas
   ("X, a pollster, said"), never inside a prepositional adjunct ("in a message posted
   Friday"). Participles and coordinated verbs ("…, adding", "and said") share the main
   clause's subject. A named entity overlapping the source widens it to the whole name.
   Headlines add two cue-less forms: "Name: what they said" and '"…" ― Name'.
3. The *content* is the reported clause: after the cue (past the listener and "that"), or the
   clause before it when nothing follows ("…, police said.") or a quotation precedes.
4. A cue inside a quotation or inside the content of another attribution is *nested*: it is
   kept (the quoted speaker cites someone) but flagged, since it is not the article's own
   attribution. A cue in a relative clause ("a man who said …") reports only that clause.
5. "A told B, which reported …" is a chain: A's relation, and B's with ``publisher`` set;
   so are "sources told Reuters", "قالت مصادر لوكالة …", "Quellen sagten der Zeitung"
   (the listener relays), "sources quoted by X", "fuentes citadas por X" (``relay_cues``),
   "zitiert die Zeitung den Minister" (``cite``: the object spoke) and "به گزارش X به نقل از
   Y", "ذكرت صحيفة X نقلا عن Y" (X relays Y; both report what follows).

The package splits the work by step: ``records`` (what is returned), ``compiled`` (lexicons),
``tokens``, ``sentence`` (one sentence prepared once), ``cues``, ``nouns`` (source noun
phrases), ``relations`` (source and content of a cue), ``find`` (the attribution finder),
``hedges`` and ``responses``. The closed word tables the rules test every language against
(titles, complementizers, coordinators …) are the packs' lexicon tables joined in ``tables``;
tokens, the phrase matcher, quotations,
clause punctuation and negation scope come from the sentence toolkit in :mod:`newstrace.nlp`
(``tokens``, ``phrases``, ``quotes``, ``clauses``, ``negation``), shared with the events
engine.
"""

from ...nlp.quotes import quotation_spans
from .find import find_attributions
from .hedges import find_hedges, find_opinion_markers, is_hedged
from .records import Attribution, EntitySpan, Hedge, Response, Span, Stance
from .responses import find_responses

__all__ = [
    "Attribution",
    "EntitySpan",
    "Hedge",
    "Response",
    "Span",
    "Stance",
    "find_attributions",
    "find_hedges",
    "find_opinion_markers",
    "find_responses",
    "is_hedged",
    "quotation_spans",
]
