"""German closed-class words, titles, organisation and place words, and cue patterns."""

from newstrace.lang.schema import NOUN_PHRASE

# Every noun is capitalised: capitals alone mark no name.
CAPITALISED_NOUNS = True

PRONOUNS = "er sie es wir".split()
SOURCE_KEY_STOPS = "der die das".split()
OFFICIAL_HEADS = ("ministerium polizei armee regierung agentur behörde amt senat botschaft").split()
ARTICLES = "der die das den dem des ein eine".split()
APPOSITION_ARTICLES = "der die das".split()
NAME_PARTICLES = "von der den zu".split()
TITLES = (
    "herr frau dr prof minister ministerin präsident präsidentin bürgermeister "
    "bürgermeisterin sprecher sprecherin kanzler kanzlerin außenminister außenministerin "
    "innenminister innenministerin regierungssprecher regierungssprecherin botschafter "
    "botschafterin verteidiger verteidigerin stürmer stürmerin torwart torhüterin "
    "mittelfeldspieler trainer trainerin"
).split()
ORGANISATION_WORDS = (
    "ministerium partei gewerkschaft verband initiative behörde regierung polizei gmbh ag bank "
    "universität gericht rat agentur komitee kommission"
).split()
PLACE_WORDS = "bahnhof platz straße strasse allee brücke flughafen hafen park viertel".split()
# Big cities whose names are everyday words (German, or in English text).
NOUN_CITIES = "essen halle hof mark bergen worms rain wels gera weil".split()
CAPTION_WORDS = ("foto", "bild")
CAPTION_CREDITS = ("von",)
BYLINE_WORDS = ("von",)
BOILERPLATE = ("Weiterlesen", "Anzeige", "Lesen Sie auch")
OUTLET_NOUNS = (
    r"(?:Zeitung|Tageszeitung|Wochenzeitung|Nachrichtenagentur|Agentur|Sender|Magazin"
    r"|Nachrichtenportal|Portal|Blatt)"
)
OUTLET_CUES_BEFORE = (
    r"(?:laut|gegenüber|berichtete|berichtet|meldete|meldet|zitiert\s+von)(?:\s+de[rmn])?\s*$"
)
OUTLET_CUES_AFTER = r"^\s*(?:zufolge|berichtete|berichtet|meldete|meldet)\b"
RELIABILITY = (
    ("ownership", r"\bstaatlich(?:e|en|er|es)?\b"),
    ("affiliation", r"\b(?:regierungs|kreml|staats|partei)nah(?:e|en|er|es)?\b"),
    ("funding", rf"\b(?:finanziert|gefördert|unterstützt)\s+(?:von|durch)\s+{NOUN_PHRASE}"),
    ("ownership", rf"\bim\s+Besitz\s+(?:von|der|des)\s+{NOUN_PHRASE}"),
    ("affiliation", rf"\bSprachrohr\s+(?:von|der|des)\s+{NOUN_PHRASE}"),
    ("reliability", r"\b(?:Des|Fehl)information\w*\b"),
)
DATE_LABELS = ("datum", r"veröffentlicht(?:\s+am)?")

# Name comparison: titles and honorifics before a person's name (they never tell two people
# apart).
COMPARISON_TITLES = ("herr", "frau")
# Name comparison: particles dropped wherever they are, except as the last word.
COMPARISON_PARTICLES = ("von", "der", "den", "zu")
# Name comparison: words that only say what kind of organisation a name is.
OUTLET_KIND_WORDS = ("nachrichtenagentur", "agentur", "zeitung", "sender")
# Name comparison: function words ignored in organisation and place names.
ORGANISATION_STOP_WORDS = ("der", "die", "das", "und")

# Date offsets: the regex of hour words ("three hours after").
OFFSET_HOURS = "Stunden?"
# Date offsets: words that count forward from the anchor ("after", "the day after").
OFFSET_AFTER = ("nach",)
# Date offsets: unit words never counted from an anchor ("decades after").
OFFSET_EXCLUDED_UNITS = ("Jahrzehnt", "Jahrzehnte")

# Provenance: phrases by which an outlet marks its own reporting.
FIRST_HAND = (
    r"\bunser(?:e[mnrs]?)? (?:Korrespondent(?:in)?|Reporter(?:in)?)\b",
    r"\b(?:dieser|unserer) (?:Zeitung|Redaktion)\b",
)
# Provenance: wire agencies' credit lines.
WIRE_CREDITS = (
    ("dpa", r"\(dpa\)\s*[—–-]|\bdpa/[a-z]{2,4}\b"),
    ("AFP", r"\(AFP\)\s*[—–-]"),
    ("Reuters", r"\(Reuters\)\s*[—–-]"),
)
WIRE_NAMES = (("dpa", "Deutsche Presse-Agentur"), ("dpa", "dpa"))
# Entity typing (``entities.evidence``): the word before a linking word ("Straße von Hormus",
# "Vertrag von Lissabon") that tells a name's type.
PLACE_HEADS = ("straße", "meerenge", "see", "golf", "insel")
DOCUMENT_HEADS = ("vertrag", "abkommen", "gesetz", "konvention")
EVENT_HEADS = ("gipfel",)
HEAD_LINKS = ("von", "vom")
GROUP_ADJECTIVES = ("muslime", "christen", "juden", "schiiten", "sunniten", "republikaner")
# Entity typing: the conjunction inside a coordinated name.
NAME_CONJUNCTIONS = ("und",)

# Provenance: a person speaking for a party ("ein Sprecher der Polizei").
SPOKES = (
    r"\bSprecher(?:in)?\b(?:\s+(?:der|des|von|vom))?",
    r"\bPressesprecher(?:in)?\b(?:\s+(?:der|des|von|vom))?",
)
# Provenance: a reaction or an opinion in a cue or in the quoted words.
REACTIONS = (
    r"\b(?:scharf|aufs schärfste|auf das schärfste) verurteil", r"\bBeileid", r"\bschockiert\b",
    r"\bentsetzt\b", r"\bbestürzt\b", r"\bEmpörung\b", r"\bempört\b", r"\btrauer",
    r"\bSolidarität\b", r"\bMitgefühl\b", r"\bbegrüßt", r"\bfeig(?:e|en)?\b", r"\bbarbarisch",
    r"\bkritisier", r"\bKritik\b",
)  # fmt: skip
GENERIC_SOURCES = (
    "behörden beamte quellen experten zeugen kreise sicherheitskreise augenzeugen medien "
    "medienberichte berichte offizielle anwohner"
).split()
SOURCE_COUNTS = ("ein eine einer einem zwei drei vier fünf vertraut").split()
# Provenance: (body, regex) of an official body a source may name without a name ("police
# said", "teilte die Polizei mit", "قالت الشرطة"): one root per body in an event, whatever
# the language ("police" in three outlets is one source, the police).
BODIES = (
    ("police", r"polizei|polizisten|landespolizei|bundespolizei"),
    ("military", r"armee|bundeswehr|militär|streitkräfte"),
    ("fire", r"feuerwehr"),
    ("prosecutors", r"staatsanwaltschaft|staatsanwalt|staatsanwältin"),
    ("government", r"regierung|bundesregierung|kabinett"),
    ("ministry", r"\w*ministerium\w*"),
    ("court", r"gericht"),
)
# Provenance: an unnamed report or the media as a source ("according to a report", "laut
# Medienberichten"): another publication nobody names, no source.
UNNAMED_REPORTS = ("bericht berichten berichte medienberichten medienberichte medien").split()
# Provenance: nouns of a kind of organisation: a definite description headed by one ("the
# New York bank said") is the organisation of the article's happening.
ORGANISATION_KINDS = (
    "organisation unternehmen firma konzern bank fluggesellschaft airline zoo versicherer "
    "hersteller autobauer gruppe klinik krankenhaus universität verein"
).split()
# Provenance: apposition or role words that make a speaker a commentator, whose word founds
# no source of the happening ("Cai Jian, an expert at Fudan University, said").
COMMENTATORS = (
    "experte expertin experten analyst analystin analysten kommentator beobachter ökonom"
).split()
# Provenance: function words never inside a person's name: a "person" named with one is a
# headline fragment, no party.
NAME_BREAKERS = ("für und mit hat haben ist sind war wird nach über sagt").split()
# Abbreviated months before a day or a year: their full stop ends no sentence.
MONTH_ABBREVIATIONS = "Jan Feb Mär Apr Jun Jul Aug Sep Sept Okt Nov Dez".split()
# Page furniture fused into sentences of scraped text (``LanguagePack.furniture``).
FURNITURE = (
    r"zum\s+teilen\s+(?:auf\s+\w+\s+)?klicken",
    r"\(öffnet\s+in\s+(?:einem\s+)?neue[mn]\s+fenster\)",
    r"bildrechte\s+[^.!?]{1,40}?(?=\s+bildunterschrift|\s*$)",
    r"newsletter\s+abonnieren",
)
