"""Spanish closed-class words, titles, organisation and place words, and cue patterns."""

from newstrace.lang.schema import NOUN_PHRASE

PRONOUNS = "él ella ellos ellas".split()
SOURCE_KEY_STOPS = "el la".split()
OFFICIAL_HEADS = "ministerio policía ejército gobierno agencia embajada".split()
ARTICLES = "el la los las un una".split()
APPOSITION_ARTICLES = "el la".split()
NAME_PARTICLES = "de del la y".split()
TITLES = (
    "señor señora sr sra don doña presidente presidenta ministro ministra alcalde alcaldesa "
    "portavoz embajador embajadora defensa delantero delantera centrocampista portero "
    "entrenador entrenadora"
).split()
ORGANISATION_WORDS = (
    "ministerio partido sindicato gobierno universidad tribunal policía ayuntamiento agencia comité"
).split()
PLACE_WORDS = "plaza calle avenida puerto aeropuerto puente".split()
CAPTION_WORDS = ("foto", "imagen")
CAPTION_CREDITS = ("de",)
BYLINE_WORDS = ("por",)
OUTLET_NOUNS = (
    r"(?:diario|periódico|semanario|agencia(?:\s+de\s+noticias)?|cadena|canal|revista"
    r"|portal|emisora)"
)
OUTLET_CUES_BEFORE = (
    r"(?:según|informó|publicó|dijo\s+a|declaró\s+a|citado\s+por)(?:\s+(?:el|la))?\s*$"
)
OUTLET_CUES_AFTER = r"^\s*(?:informó|informa|publicó|reveló)\b"
RELIABILITY = (
    ("ownership", r"\bestatal(?:es)?\b"),
    ("affiliation", r"\b(?:oficialista|progubernamental|afín al gobierno)(?:es)?\b"),
    ("funding", rf"\b(?:financiad|patrocinad|respaldad)[oa]s?\s+por\s+{NOUN_PHRASE}"),
    ("ownership", rf"\bpropiedad\s+de\s+{NOUN_PHRASE}"),
    ("affiliation", rf"\b(?:vinculad|afín)[oa]?s?\s+(?:a|al|con)\s+{NOUN_PHRASE}"),
    ("affiliation", rf"\bportavoz\s+(?:de|del)\s+{NOUN_PHRASE}"),
    ("reliability", r"\bdesinformación\b"),
)
DATE_LABELS = ("fecha", "publicado")

# Name comparison: titles and honorifics before a person's name (they never tell two people
# apart).
COMPARISON_TITLES = ("senor",)
# Name comparison: particles dropped wherever they are, except as the last word.
COMPARISON_PARTICLES = ("de", "del")
# Name comparison: words that only say what kind of organisation a name is.
OUTLET_KIND_WORDS = ("agencia", "noticias", "diario", "periodico", "cadena")
# Name comparison: function words ignored in organisation and place names.
ORGANISATION_STOP_WORDS = ("de", "del", "y", "el", "los", "las")

# Date offsets: the regex of hour words ("three hours after").
OFFSET_HOURS = "horas?"
# Date offsets: words that count forward from the anchor ("after", "the day after").
OFFSET_AFTER = ("después", "siguiente")

# Provenance: phrases by which an outlet marks its own reporting.
FIRST_HAND = (
    r"\bnuestr[oa]s? (?:corresponsal(?:es)?|enviad[oa]s? especial(?:es)?|reporter[oa]s?)\b",
    r"\b(?:a|para) este (?:diario|periódico|medio)\b",
)
# Provenance: wire agencies' credit lines.
WIRE_CREDITS = (("EFE", r"\(EFE\)\s*[—–-]|\bEFE\s*$"), ("AFP", r"\(AFP\)\s*[—–-]"))
WIRE_NAMES = (("EFE", "EFE"), ("EFE", "Agencia EFE"))
# Entity typing (``entities.evidence``): a name's first word (head-initial names) or the word
# before a linking word ("Estrecho de Ormuz") that tells its type.
ORGANISATION_PREFIXES = (
    "fundación", "banco", "ministerio", "partido", "universidad", "asociación", "instituto",
    "consejo", "comité", "comisión", "agencia", "organización", "tribunal",
)  # fmt: skip
PLACE_PREFIXES = ("lago", "mar", "monte", "golfo", "estrecho", "calle", "avenida", "isla", "río")
DOCUMENT_PREFIXES = ("ley", "tratado", "acuerdo", "convención", "constitución", "carta")
EVENT_PREFIXES = ("cumbre", "festival", "copa", "campeonato", "juegos")
ORGANISATION_HEADS = ORGANISATION_PREFIXES
PLACE_HEADS = PLACE_PREFIXES
DOCUMENT_HEADS = DOCUMENT_PREFIXES
EVENT_HEADS = EVENT_PREFIXES
HEAD_LINKS = ("de", "del")
GROUP_ADJECTIVES = ("musulmanes", "cristianos", "judíos", "chiíes", "suníes", "republicanos")
# Entity typing: the conjunction inside a coordinated name.
NAME_CONJUNCTIONS = ("y",)

# Provenance: a person speaking for a party ("el portavoz de la policía").
SPOKES = (r"\bportavoz\b(?:\s+(?:de la|de los|de las|del|de))?",)
# Provenance: a reaction or an opinion in a cue or in the quoted words.
REACTIONS = (
    r"\bcondena(?:mos|ron|n)?\b(?!\s+a\b)", r"\bcondenó\b(?!\s+a\b)", r"\bcondolencias\b",
    r"\bconmocionad", r"\bconsternad", r"\bindignación\b", r"\blamentable\b", r"\bsolidaridad\b",
    r"\bpésame\b", r"\bcobarde\b", r"\bbárbar",
    r"\bcritic(?:ó|aron|aba|aban)\b",
)  # fmt: skip
GENERIC_SOURCES = (
    "fuentes funcionarios autoridades expertos testigos analistas observadores medios "
    "informes vecinos"
).split()
SOURCE_COUNTS = ("un una uno dos tres cuatro cinco cercana cercanas").split()
# Provenance: an unnamed report or the media as a source ("according to a report", "laut
# Medienberichten"): another publication nobody names, no source.
UNNAMED_REPORTS = ("informe informes medios prensa").split()
# Provenance: nouns of a kind of organisation: a definite description headed by one ("the
# New York bank said") is the organisation of the article's happening.
ORGANISATION_KINDS = (
    "organización compañía empresa firma banco aerolínea zoológico zoo aseguradora "
    "fabricante grupo operadora hospital universidad club"
).split()
# Provenance: apposition or role words that make a speaker a commentator, whose word founds
# no source of the happening ("Cai Jian, an expert at Fudan University, said").
COMMENTATORS = (
    "experto experta expertos analista analistas comentarista economista observador"
).split()
# Provenance: function words never inside a person's name: a "person" named with one is a
# headline fragment, no party.
NAME_BREAKERS = ("para con por sobre tras según dice ha han es fue").split()
# Provenance: (body, regex) of an official body a source may name without a name ("police
# said", "teilte die Polizei mit", "قالت الشرطة"): one root per body in an event, whatever
# the language ("police" in three outlets is one source, the police).
BODIES = (
    ("police", r"policía|policías|guardia civil|carabineros"),
    ("military", r"ejército|militares|fuerzas armadas"),
    ("fire", r"bomberos"),
    ("prosecutors", r"fiscalía|fiscal"),
    ("government", r"gobierno"),
    ("ministry", r"ministerio"),
    ("court", r"tribunal|juzgado"),
)
# Abbreviated months before a day or a year: their full stop ends no sentence.
MONTH_ABBREVIATIONS = (
    "ene feb mar abr jun jul ago sep sept set oct nov dic "
    "Ene Feb Mar Abr Jun Jul Ago Sep Sept Oct Nov Dic"
).split()
# Page furniture fused into sentences of scraped text (``LanguagePack.furniture``).
FURNITURE = (
    r"haz\s+clic\s+para\s+compartir\s+en\s+\w+",
    r"\(se\s+abre\s+en\s+una\s+(?:nueva\s+)?ventana(?:\s+nueva)?\)",
    r"derechos\s+de\s+autor\s+de\s+la\s+imagen\s+[^.!?]{1,40}?(?=\s+pie\s+de\s+(?:foto|imagen)|\s*$)",
)
