"""Closed word lists of the attribution engine that are not in its lexicons, by language.

Plain tables only (no logic), so that each can move into its language pack as it is. The
engine applies them to every language (a word of one language rarely occurs in another), so
the modules that use a table take the union of its languages' parts (see ``tables.py``).
Words are written as in text; the engine folds them.
"""

from __future__ import annotations

# --------------------------------------------------------------------------------------------
# English

# Titles and abbreviations that keep their full stop, so "Mr. Trump" is one name.
EN_TITLES = (
    "Mr", "Mrs", "Ms", "Dr", "Sen", "Sens", "Rep", "Reps", "Gov", "Gen", "Lt", "Col", "Sgt",
    "Capt", "Prof", "Jr", "Sr", "St", "Rev", "Maj", "Adm", "Pres", "Amb", "Cmdr", "Supt",
    "Insp", "Messrs", "No", "Vol", "Inc", "Corp", "Co", "Ltd",
)  # fmt: skip
# Complementizers that are not part of the content ("said that X" reports X).
EN_MAIN_COMPLEMENTIZERS = ("that",)
# Adverbs that may sit inside a passive: "was once asked", "is also expected".
EN_PASSIVE_GAP = ("also", "once", "first", "later", "widely", "long", "still", "already",
                  "often", "never")  # fmt: skip
# Object pronouns that end a modifier of the subject: "those close to him say".
EN_OBJECT_PRONOUNS = ("him", "her", "them", "us", "me", "it")
# Prepositions that also open clauses: "after Trump attacked".
EN_CLAUSE_PREPOSITIONS = ("after", "before", "since", "until")
# Words that open an adjunct rather than an appositive: ", for his part,".
EN_ADJUNCT = ("however", "meanwhile", "though", "too", "instead", "moreover", "furthermore",
              "nevertheless", "for", "in", "turn")  # fmt: skip
# Verbs of saying whose passive reports without an agent ("it was reported that", "he was
# asked"); "the chance was denied" reports nothing.
EN_PASSIVE_REPORTS = (
    "said", "told", "asked", "reported", "announced", "quoted", "described", "called",
    "expected", "believed", "alleged", "claimed", "thought", "known", "rumored", "rumoured",
    "considered", "seen", "viewed", "criticized", "criticised", "accused", "urged", "warned",
)  # fmt: skip
# Headline labels that are not speakers ("UPDATE: …", "The Latest: …").
EN_NOT_SPEAKERS = (
    "latest", "update", "updated", "breaking", "exclusive", "analysis", "video", "watch",
    "photos", "photo", "opinion", "editorial", "note", "correction", "live", "factbox",
    "explainer", "timeline", "new",
)  # fmt: skip
# Words before "asked" that make it a reduced passive clause: "When asked about …, he said".
EN_ASKED_OPENERS = ("when", "after", "if", "once", "but", "and")
# Auxiliaries between a negation and a response verb: "did not confirm", "would not deny".
EN_NEGATION_AUXILIARIES = ("did", "does", "do", "would", "could")
# Words before a noun-like cue form that make it a verb: "to state", "will claim".
EN_VERB_MARKERS = ("to", "will", "would", "can", "could", "did", "do", "does")
# Negations before a noun-like cue form that make it a verb: "did not comment".
EN_VERB_NEGATIONS = ("n't", "n’t", "not", "never")
# Conditions that keep a conditional from hedging: "if he had known, he would have fled".
EN_IF_WORDS = ("if",)
# Words that join two parts of one name when both are capitalised: "Johnson & Johnson".
EN_NAME_LINKS = ("and", "&")
# Coordinators before a verb that shares the subject of the verb before: "… and said".
EN_COORDINATORS = ("and", "or", "but")
# Conjunctions that break a clause before a subject: "…, and the minister said".
EN_CLAUSE_BREAKS = ("and", "but", "while")
# A conjunction before a participle that shares the main clause's subject: "and adding".
EN_PARTICIPLE_JOINS = ("and",)
# Prepositions before a response verb that make it an adjective: "number of confirmed deaths".
EN_ADJECTIVE_PREPOSITIONS = ("of", "for")
# Prepositions after a noun-like cue that make it a noun: "reports of", "claims about".
EN_NOUN_PREPOSITIONS = ("of", "from", "about", "by")
# Of those, the ones a verb in -ed/-ing may take: "talked about", "reported by".
EN_VERB_PREPOSITIONS = ("about", "by")
# The possessive clitic: "Trump’s claims" is a noun.
EN_POSSESSIVE = ("’s", "'s")

# --------------------------------------------------------------------------------------------
# German

DE_TITLES = ("Hr",)
DE_MAIN_COMPLEMENTIZERS = ("dass",)
DE_CLAUSE_PREPOSITIONS = ("nachdem",)
DE_NAME_LINKS = ("und",)
DE_COORDINATORS = ("und",)

# --------------------------------------------------------------------------------------------
# French

FR_TITLES = ("Mmes", "Mme", "Mlle", "Fr")
FR_MAIN_COMPLEMENTIZERS = ("que", "qu'")
FR_CLAUSE_PREPOSITIONS = ("après",)
# Elided words: "qu'il", "l'AFP", "d'après" are two tokens each.
FR_ELIDED = ("qu", "lorsqu", "puisqu", "jusqu", "l", "d", "j", "m", "n", "s", "t", "c")
# Conditionals that hedge only outside an "if" clause: "il aurait fui" (reportedly fled).
FR_CONDITIONAL_HEDGES = ("aurait", "auraient", "serait", "seraient")
FR_IF_WORDS = ("si", "s'il", "s'ils", "s'")
FR_NAME_LINKS = ("et",)
FR_COORDINATORS = ("et",)

# --------------------------------------------------------------------------------------------
# Spanish

ES_TITLES = ("Sra", "Sr", "Dra")
ES_MAIN_COMPLEMENTIZERS = ("que",)
ES_CLAUSE_PREPOSITIONS = ("después",)
ES_CONDITIONAL_HEDGES = ("habría", "habrían")
ES_NAME_LINKS = ("y",)
ES_COORDINATORS = ("y",)

# --------------------------------------------------------------------------------------------
# Arabic

AR_MAIN_COMPLEMENTIZERS = ("أن", "ان", "إن", "بأن")
AR_CLAUSE_PREPOSITIONS = ("بعد",)
# Adjectives a source noun takes after it: "مصدر مطلع", "مسؤول رفيع".
AR_ADJECTIVES = ("مطلع", "مطلعة", "رفيع", "رفيعة", "كبير", "بارز")
# Endings of relational (nisba) adjectives: "مصدر أمني", "مصادر دبلوماسية".
AR_NISBA_ENDINGS = ("ي", "يه", "يون", "يين", "يان", "يات")
# Proclitics glued to a cue's first word: "وقال", "فأكد", "وبحسب".
AR_CUE_PROCLITICS = ("و", "ف")
AR_COORDINATORS = ("و",)
AR_CLAUSE_BREAKS = ("و",)
AR_PARTICIPLE_JOINS = ("و",)

# --------------------------------------------------------------------------------------------
# Persian

FA_MAIN_COMPLEMENTIZERS = ("که",)
