"""French closed-class words, titles, organisation and place words, and cue patterns."""

from newstrace.lang.schema import NOUN_PHRASE

PRONOUNS = "il elle ils elles on".split()
SOURCE_KEY_STOPS = "la le".split()
OFFICIAL_HEADS = "ministère armée gouvernement agence ambassade".split()
ARTICLES = "le les la un une".split()
APPOSITION_ARTICLES = "un une la le les".split()
NAME_PARTICLES = "de du la le".split()
TITLES = (
    "m mme monsieur madame président présidente ministre maire porte-parole ambassadeur "
    "ambassadrice défenseur défenseure attaquant attaquante gardien entraîneur "
    "entraîneuse"
).split()
ORGANISATION_WORDS = (
    "ministère parti syndicat gouvernement université tribunal police mairie agence comité"
).split()
PLACE_WORDS = "rue place gare aéroport pont".split()
CAPTION_WORDS = ("légende", r"photo\s+d'archive")
CAPTION_CREDITS = ("de",)
BYLINE_WORDS = ("par",)
OUTLET_NOUNS = (
    r"(?:journal|quotidien|hebdomadaire|agence(?:\s+de\s+presse)?|chaîne|magazine"
    r"|site(?:\s+d'information)?|radio)"
)
OUTLET_CUES_BEFORE = (
    r"(?:selon|a\s+rapporté|rapporte|a\s+déclaré\s+à|a\s+indiqué\s+à|cité\s+par)"
    r"(?:\s+(?:le|la|l'))?\s*$"
)
OUTLET_CUES_AFTER = r"^\s*(?:a\s+rapporté|rapporte|a\s+révélé|a\s+publié)\b"
RELIABILITY = (
    ("ownership", r"\b(?:d'État|étatique|public|publique)s?\b"),
    ("affiliation", r"\b(?:progouvernemental|pro-gouvernemental|proche du pouvoir)\w*\b"),
    ("funding", rf"\b(?:financé|soutenu|subventionné)e?s?\s+par\s+{NOUN_PHRASE}"),
    ("ownership", rf"\bpropriété\s+(?:de|du|des)\s+{NOUN_PHRASE}"),
    ("affiliation", rf"\b(?:affilié|lié|proche)e?s?\s+(?:à|au|aux|de|du)\s+{NOUN_PHRASE}"),
    ("affiliation", rf"\borgane\s+de\s+propagande\b(?:\s+(?:de|du|des)\s+{NOUN_PHRASE})?"),
    ("reliability", r"\bdésinformation\b"),
)
DATE_LABELS = (r"date\s+de\s+publication", r"publié\s+le")

# Name comparison: titles and honorifics before a person's name (they never tell two people
# apart).
COMPARISON_TITLES = ("monsieur", "madame")
# Name comparison: particles dropped wherever they are, except as the last word.
COMPARISON_PARTICLES = ("de", "du", "le", "la")
# Name comparison: words that only say what kind of organisation a name is.
OUTLET_KIND_WORDS = ("agence", "quotidien", "chaine")
# Name comparison: function words ignored in organisation and place names.
ORGANISATION_STOP_WORDS = ("de", "du", "des", "et", "la", "le", "les", "l")

# Date offsets: the regex of hour words ("three hours after").
OFFSET_HOURS = "heures?"
# Date offsets: words that count forward from the anchor ("after", "the day after").
OFFSET_AFTER = ("après", "lendemain")

# Provenance: phrases by which an outlet marks its own reporting.
FIRST_HAND = (
    r"\bnotre (?:correspondante?|envoyée? spéciale?|journaliste)\b",
    r"\b(?:à|au) (?:notre journal|notre rédaction)\b",
)
# Provenance: wire agencies' credit lines.
WIRE_CREDITS = (("AFP", r"\(AFP\)\s*[—–-]|\bavec AFP\b"),)
WIRE_NAMES = (("AFP", "Agence France-Presse"), ("AFP", "AFP"))
# Entity typing (``entities.evidence``): a name's first word (head-initial names) or the word
# before a linking word ("Détroit d'Ormuz") that tells its type.
ORGANISATION_PREFIXES = (
    "fondation", "banque", "ministère", "parti", "université", "association", "institut",
    "conseil", "comité", "commission", "agence", "organisation", "cour", "tribunal",
)  # fmt: skip
PLACE_PREFIXES = ("lac", "mer", "mont", "golfe", "détroit", "rue", "avenue", "boulevard", "île")
DOCUMENT_PREFIXES = ("loi", "traité", "accord", "convention", "constitution", "charte")
EVENT_PREFIXES = ("sommet", "festival", "coupe", "championnat", "jeux")
ORGANISATION_HEADS = ORGANISATION_PREFIXES
PLACE_HEADS = PLACE_PREFIXES
DOCUMENT_HEADS = DOCUMENT_PREFIXES
EVENT_HEADS = EVENT_PREFIXES
HEAD_LINKS = ("de", "du", "des", "d")
GROUP_ADJECTIVES = ("musulmans", "chrétiens", "juifs", "chiites", "sunnites", "républicains")
# Entity typing: the conjunction inside a coordinated name.
NAME_CONJUNCTIONS = ("et",)

# Provenance: a person speaking for a party ("le porte-parole de la police").
SPOKES = (r"\bporte-parole\b(?:\s+(?:de la|de l'|des|du|de))?",)
# Provenance: a reaction or an opinion in a cue or in the quoted words.
REACTIONS = (
    r"\bcondamn(?:e|ent|ons|é|ée|ation)\b(?!\s+à\b)", r"\bcondoléances\b", r"\bchoqué",
    r"\bconsterné", r"\bindignation\b", r"\bhorrifié", r"\bsolidarité\b", r"\bdeuil\b",
    r"\blâche\b", r"\bbarbare", r"\bsalu[ée]", r"\bregrettable\b",
    r"\bcritiqu(?:é|ée|és|ées|ait|aient|ent|er)\b",
)  # fmt: skip
GENERIC_SOURCES = (
    "sources responsables autorités experts témoins analystes officiels observateurs médias "
    "habitants"
).split()
SOURCE_COUNTS = ("un une deux trois quatre cinq proche proches").split()
# Provenance: an unnamed report or the media as a source ("according to a report", "laut
# Medienberichten"): another publication nobody names, no source.
UNNAMED_REPORTS = ("rapport rapports médias presse").split()
# Provenance: nouns of a kind of organisation: a definite description headed by one ("the
# New York bank said") is the organisation of the article's happening.
ORGANISATION_KINDS = (
    "organisation compagnie entreprise société firme banque groupe zoo assureur "
    "constructeur fabricant opérateur hôpital université club"
).split()
# Provenance: apposition or role words that make a speaker a commentator, whose word founds
# no source of the happening ("Cai Jian, an expert at Fudan University, said").
COMMENTATORS = (
    "expert experte experts analyste analystes commentateur commentatrice économiste "
    "observateur politologue"
).split()
# Provenance: function words never inside a person's name: a "person" named with one is a
# headline fragment, no party.
NAME_BREAKERS = ("pour avec sur après selon dit est sont était").split()
# Provenance: (body, regex) of an official body a source may name without a name ("police
# said", "teilte die Polizei mit", "قالت الشرطة"): one root per body in an event, whatever
# the language ("police" in three outlets is one source, the police).
BODIES = (
    ("police", r"police|policiers|gendarmerie|gendarmes"),
    ("military", r"armée|militaires"),
    ("fire", r"pompiers"),
    ("prosecutors", r"parquet|procureure?"),
    ("government", r"gouvernement"),
    ("ministry", r"ministère"),
    ("court", r"tribunal"),
)
# Abbreviated months before a day or a year: their full stop ends no sentence.
MONTH_ABBREVIATIONS = (
    "janv févr avr juil sept oct nov déc Janv Févr Avr Juil Sept Oct Nov Déc"
).split()
# Page furniture fused into sentences of scraped text (``LanguagePack.furniture``).
FURNITURE = (
    r"cliquez\s+pour\s+partager\s+sur\s+\w+",
    r"\(ouvre\s+dans\s+une\s+nouvelle\s+fenêtre\)",
    r"droits\s+d'auteur\s+de\s+l'image\s+[^.!?]{1,40}?(?=\s+légende|\s*$)",
)
