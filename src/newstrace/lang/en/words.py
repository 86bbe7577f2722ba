"""English closed-class words, titles, organisation and place words, and cue patterns."""

from newstrace.lang.schema import NOUN_PHRASE

PRONOUNS = "he she they him her them it we i who which".split()
SOURCE_KEY_STOPS = "the a an its his her their of".split()
OFFICIAL_HEADS = (
    "ministry police army government agency office council committee commission court "
    "parliament union senate embassy authority authorities company"
).split()
ARTICLES = "the a an".split()
APPOSITION_ARTICLES = "a an the".split()
# Titles and role nouns before a person's name ("Minister Ana Ruiz", "Defender Karim Saeed"):
# never part of the name.
TITLES = (
    "mr mrs ms sheikh dr minister president spokesman spokeswoman spokesperson mayor governor "
    "senator ambassador chancellor defender striker midfielder goalkeeper coach "
    "rep reps sen sens speaker secretary leader mp justice lt capt prof chairman chairwoman "
    "supervisor deputy chair ayatollah hojatoleslam head"
).split()
# Abbreviated titles before a name: the sentence splitter keeps "said Sen. Bill Nelson" whole.
# Not "St" (Street ends sentences), "Jr", "No" or "Co", which stand after a word.
TITLE_ABBREVIATIONS = (
    "Mr Mrs Ms Messrs Dr Sen Sens Rep Reps Gov Gen Lt Col Sgt Capt Prof Rev Maj Adm Pres "
    "Amb Cmdr Supt Insp Cpl Pvt Brig Atty Sec"
).split()
# Abbreviated months before a day or a year: "Sunday, Nov. 13, 2016" is one sentence.
MONTH_ABBREVIATIONS = "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".split()
ORGANISATION_WORDS = "ministry party union agency council committee commission".split()
PLACE_WORDS = "street square avenue station airport bridge port".split()
CAPTION_WORDS = ("photo(?:graph)?", "picture", "image", "caption", "credit")
CAPTION_PREFIXES = ("file", "archive", "stock")
CAPTION_CREDITS = ("by", "credit")
BYLINE_WORDS = ("by",)
BOILERPLATE = (
    r"\d+\s+min(?:ute)?s?\s+read",
    r"share(?:\s+this(?:\s+article)?)?",
    "read more",
    "advertisement",
    "subscribe",
    "sign up",
    "follow us",
    "all rights reserved",
    "copyright",
    "©",
)
# Site interface and credit phrases inside article text: no name overlaps them.
INTERFACE_PHRASES = (
    r"all\s+content\s+by",
    r"is\s+licensed\s+under",
    r"click\s+here",
    r"copy\s+this\s+code",
    r"replay\s+more\s+videos",
    r"just\s+watched",
    r"must\s+watch",
    r"(?:play\s+)?(?:facebook\s+)?(?:twitter\s+)?embed",
    r"get\s+the\s+[\w ]{1,30}?\s+you\s+care\s+about",
    r"delivered\s+to\s+your\s+inbox",
    r"story\s+highlights",
)
# Entity typing: religions, parties and peoples (nationalities come from the gazetteer).
GROUP_ADJECTIVES = (
    "muslim", "muslims", "christian", "christians", "jewish", "jew", "jews", "islamic",
    "islamist", "islamists", "sunni", "sunnis", "shia", "shiite", "shiites", "catholic",
    "catholics", "protestant", "protestants", "evangelical", "evangelicals", "mormon",
    "mormons", "hindu", "hindus", "buddhist", "buddhists", "sikh", "sikhs", "takfiri",
    "takfiris", "wahhabi", "zionist", "zionists", "republican", "republicans", "democrat",
    "democrats", "democratic", "latino", "latinos", "latina", "latinas", "hispanic",
    "hispanics", "arab", "arabs", "kurd", "kurds", "kurdish", "azeri", "azeris", "baluch",
    "western", "westerners",
)  # fmt: skip
# Entity typing: institutions read as places or groups.
ORGANISATION_NAMES = (
    "white house", "kremlin", "pentagon", "gop", "congress", "senate", "house", "parliament",
)  # fmt: skip
OUTLET_HEADS = (
    "news agency", "news", "press", "times", "post", "journal", "herald", "tribune",
    "gazette", "tv", "television", "radio", "broadcasting", "newspaper", "magazine",
    "telegraph", "chronicle",
)  # fmt: skip
ORGANISATION_HEADS = (
    "organization", "organisation", "company", "foundation", "bank", "association",
    "institute", "university", "chamber", "department", "ministry", "court", "army", "corps",
    "museum", "inc", "corp", "llc", "ltd", "authority", "fund", "federation", "league",
    "council", "committee", "commission", "agency", "party", "headquarters", "center",
    "centers", "centre", "centres",
)  # fmt: skip
PLACE_HEADS = (
    "sea", "gulf", "strait", "ocean", "river", "lake", "mountains", "island", "islands",
    "province", "county", "port", "street", "avenue", "square", "bay", "valley", "desert",
    "canal", "peninsula", "harbor", "harbour", "airport", "republic", "kingdom",
    "garden", "gardens", "statue", "monument", "park",
)  # fmt: skip
PLACE_PREFIXES = ("lake", "mount", "cape")
DOCUMENT_HEADS = (
    "act", "constitution", "treaty", "agreement", "accord", "accords", "convention",
    "conventions", "protocol", "protocols", "charter", "amendment", "license", "licence",
    "plan", "doctrine",
)  # fmt: skip
EVENT_HEADS = (
    "summit", "festival", "olympics", "championship", "championships", "cup",
    "war", "revolution", "expo",
)  # fmt: skip
HEAD_LINKS = ("of", "on", "for")
SPEAKER_CUES_AFTER = r"^\s*(?:said|says|told|added|stated|noted|tweeted|wrote|asserted|explained)\b"
SPEAKER_CUES_BEFORE = r"\b(?:said|says)\s*$"
OUTLET_NOUNS = (
    r"(?:newspaper|daily|weekly|broadcaster|news\s+agency|wire\s+service|news\s+site"
    r"|news\s+website|website|channel|magazine|network|tabloid|outlet)"
)
OUTLET_CUES_BEFORE = (
    r"(?:according\s+to|told|tells|reported\s+by|published\s+by|aired\s+by|broadcast\s+by"
    r"|quoted\s+by|interview\s+with|cited\s+by|speaking\s+to|a\s+report\s+by|reports?\s+in)"
    r"(?:\s+the)?\s*$"
)
OUTLET_CUES_AFTER = (
    r"^\s*(?:reported|reports|has\s+learned|learned|broadcast|revealed\s+in\s+a\s+report"
    r"|said\s+in\s+a\s+report|wrote|published)\b"
)
RELIABILITY = (
    ("ownership", r"\b(?:state|government|party|military)[- ](?:run|owned|controlled)\b"),
    ("funding", r"\b(?:state|government|publicly|foreign)[- ](?:funded|financed|backed)\b"),
    ("funding", r"\b[A-Z][\w]+[- ](?:funded|financed|backed|sponsored)\b"),
    ("ownership", r"\b[A-Z][\w]+[- ](?:owned|run|controlled)\b"),
    ("funding", rf"\b(?:funded|financed|bankrolled|sponsored|backed)\s+by\s+{NOUN_PHRASE}"),
    ("ownership", rf"\b(?:owned|controlled|run)\s+by\s+{NOUN_PHRASE}"),
    ("affiliation", rf"\b(?:affiliated|aligned|associated)\s+with\s+{NOUN_PHRASE}"),
    ("affiliation", r"\b(?:pro|anti)-[\w]+(?:\s+(?:government|regime|opposition))?\b"),
    ("affiliation", rf"\b(?:mouthpiece|organ|arm|outlet)\s+of\s+{NOUN_PHRASE}"),
    ("affiliation", rf"\bclose\s+to\s+the\s+{NOUN_PHRASE}"),
    (
        "reliability",
        r"\b(?:accused|criticised|criticized|known)\s+(?:of|for)\s+(?:spreading|"
        r"publishing|peddling|running)?\s*(?:dis|mis)?information\b",
    ),
    (
        "reliability",
        r"\b(?:accused|criticised|criticized|known)\s+(?:of|for)\s+(?:spreading|"
        r"publishing|peddling)?\s*(?:propaganda|fake news|false reports?|fabricat\w+)",
    ),
    ("reliability", r"\b(?:propaganda|disinformation)\s+(?:outlet|channel|site|arm)\b"),
)
COUNTRY_ALIASES = (
    ("us", "US"),
    ("usa", "US"),
    ("america", "US"),
    ("united states of america", "US"),
    ("uk", "GB"),
    ("britain", "GB"),
    ("great britain", "GB"),
    ("uae", "AE"),
    ("emirates", "AE"),
)
DATE_LABELS = (
    "date",
    "dated",
    r"published(?:\s+on)?",
    r"publication\s+date",
    r"posted(?:\s+on)?",
    "updated",
)
PLACE_ARTICLES = ("the ",)
DEMONYM_STEM_ENDINGS = ("", "a", "ia", "ey", "on", "y")

# Name comparison: titles and honorifics before a person's name (they never tell two people
# apart).
COMPARISON_TITLES = (
    "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "president", "vice president",
    "prime minister", "minister", "foreign minister", "defence minister", "defense minister",
    "king", "queen", "prince", "princess", "crown prince", "emir", "sheikh", "shaikh", "sheik",
    "shaykh", "sayyid", "sayed", "seyed", "seyyed", "sayyed", "syed", "ayatollah",
    "grand ayatollah", "hojatoleslam", "hojjatoleslam", "imam", "general", "gen", "lt",
    "colonel", "col", "brigadier", "major general", "commander", "chancellor", "senator", "sen",
    "rep", "gov", "governor", "mayor", "pope", "supreme leader", "secretary general", "speaker",
    "judge",
)  # fmt: skip
# Name comparison: suffixes after a name ("Jr", "III").
NAME_SUFFIXES = ("jr", "sr", "ii", "iii", "iv", "phd")
# Name comparison: words that only say what kind of organisation a name is.
OUTLET_KIND_WORDS = (
    "agency", "news", "newspaper", "daily", "channel", "network", "television", "tv",
    "corporation", "corp", "company", "co", "inc", "ltd", "llc", "plc", "group", "media",
    "online", "magazine",
)  # fmt: skip
# Name comparison: function words ignored in organisation and place names.
ORGANISATION_STOP_WORDS = ("of", "the", "for", "and", "in", "on", "at")
# Name comparison: words that only say what kind of place a name is.
PLACE_KIND_WORDS = (
    "city", "province", "governorate", "region", "district", "strip", "state", "county",
    "capital", "municipality",
)  # fmt: skip

# Date offsets: the regex of hour words ("three hours after").
OFFSET_HOURS = "hours?"
# Date offsets: words that count forward from the anchor ("after", "the day after").
OFFSET_AFTER = ("after", "following")
# Date offsets: unit words never counted from an anchor ("decades after").
OFFSET_EXCLUDED_UNITS = ("decade", "decades")

# Provenance: phrases by which an outlet marks its own reporting.
FIRST_HAND = (
    r"\bour (?:own )?(?:correspondent|reporter|reporters|correspondents)\b",
    r"\b(?:told|said to|confirmed to|spoke to|speaking to) (?:this|our) "
    r"(?:newspaper|paper|website|site|channel|station|agency|programme|program|reporter)\b",
    r"\b(?:seen|obtained|reviewed) by (?:this|our) (?:newspaper|paper|website|agency)\b",
)
# Provenance: wire agencies' credit lines (a photo credit, "AP Photo", is not one).
WIRE_CREDITS = (
    ("AP", r"\((?:AP|The Associated Press)\)\s*[—–-]"),
    ("AP", r"(?:Copyright|©)\s*\d{4}\s*(?:The )?Associated Press"),
    ("AP", r"\bAssociated Press (?:writers?|reporters?) [A-Z][^.]{0,80} contributed"),
    ("Reuters", r"\(Reuters\)\s*[—–-]|\(Thomson Reuters Foundation\)"),
    ("Reuters", r"\((?:Reporting|Writing) by [^)]{0,200}\)"),
    ("AFP", r"\((?:AFP|Agence France-Presse)\)\s*[—–-]"),
    ("PA", r"\((?:PA|Press Association)\)\s*[—–-]"),
    ("dpa", r"\(dpa\)\s*[—–-]"),
)
WIRE_NAMES = (
    ("AP", "AP"),
    ("AP", "Associated Press"),
    ("AP", "The Associated Press"),
    ("Reuters", "Reuters"),
    ("Reuters", "Thomson Reuters"),
    ("AFP", "AFP"),
    ("AFP", "Agence France-Presse"),
    ("AFP", "Agence France Presse"),
    ("PA", "Press Association"),
    ("PA", "PA"),
    ("dpa", "dpa"),
    ("dpa", "Deutsche Presse-Agentur"),
)
# Entity typing: the conjunction inside a coordinated name.
NAME_CONJUNCTIONS = ("and",)

# Provenance: a person speaking for a party ("spokesman for the ministry", "airline
# spokesman Joshua Freed"): the party is the source.
SPOKES = (
    r"\bspokes(?:man|woman|person|people|men|women)\b(?:\s+(?:for|of|at))?",
    r"\b(?:press secretary|press officer|representative)\s+(?:for|of)\b",
)
# Provenance: a reaction or an opinion in a cue or in the quoted words.
REACTIONS = (
    r"\bcondemn(?:s|ed|ing|ation)?\b(?!\s+to\b)", r"\bcondolence", r"\bshocked\b",
    r"\bsaddened\b", r"\bhorrified\b", r"\boutraged?\b", r"\bindignation\b", r"\bregrettable\b",
    r"\bmourn", r"\bdeplor", r"\bdenounc", r"\bsympath", r"\bsolidarity\b",
    r"\bthoughts and prayers\b", r"\bheartbroken\b", r"\bappall", r"\bwelcomed\b",
    r"\bpraised?\b", r"\bhailed\b", r"\bcowardly\b", r"\bbarbaric\b",
    r"\bcritici[sz]",
)  # fmt: skip
# Provenance: plural heads of an unnamed generic source, and words that count one out.
GENERIC_SOURCES = (
    "officials authorities sources experts analysts observers witnesses residents reports "
    "media insiders diplomats activists"
).split()
SOURCE_COUNTS = (
    "a an one two three four five six seven eight nine ten familiar close knowledge briefed"
).split()
# Provenance: (body, regex) of an official body a source may name without a name ("police
# said", "teilte die Polizei mit", "قالت الشرطة"): one root per body in an event, whatever
# the language ("police" in three outlets is one source, the police).
BODIES = (
    ("police", r"police|policemen|police officers|constabulary"),
    ("military", r"army|military|armed forces|troops"),
    ("fire", r"fire (?:department|brigade|service|officials)|firefighters"),
    ("prosecutors", r"prosecutors?|prosecution|district attorney"),
    ("government", r"government|cabinet|presidency"),
    ("ministry", r"ministry"),
    ("court", r"court"),
    ("coastguard", r"coast ?guard"),
)
# Provenance: an unnamed report or the media as a source ("according to a report", "laut
# Medienberichten"): another publication nobody names, no source.
UNNAMED_REPORTS = ("report reports media press").split()
# Page furniture fused into sentences of scraped text (``LanguagePack.furniture``).
FURNITURE = (
    r"click\s+to\s+(?:share|email|print)(?:\s+on\s+\w+)?(?:\s+\(opens\s+in\s+new\s+window\))?",
    r"\(opens\s+in\s+(?:a\s+)?new\s+window\)",
    r"get\s+(?:\w+\s+){0,3}updates\s+directly\s+to\s+your\s+inbox",
    r"\+\s*subscribe",
    r"thank\s+you\s+for\s+subscribing!?",
    r"could\s+not\s+subscribe,\s+try\s+again\s+later",
    r"invalid\s+email(?!\s+(?-i:[a-z]))",  # never "an invalid email address"
    r"image\s+copyright\s+[^.!?]{1,40}?(?=\s+image\s+caption|\s*$)",
    r"media\s+playback\s+is\s+(?:not\s+supported|unsupported)\s+on\s+(?:this|your)\s+device",
    r"buy\s+photo(?!\s+(?-i:[a-z]))",  # never "to buy photo equipment"
    r"wait\s+\d+\s+seconds?\s+to\s+continue\.?",
    r"read\s+or\s+share\s+this\s+story:?(?:\s+https?://\S+)?",
    r"share\s+this\s+(?:article|story|video)",
)
# Provenance: nouns of a kind of organisation: a definite description headed by one ("the
# New York bank said") is the organisation of the article's happening.
ORGANISATION_KINDS = (
    "organization organisation company firm bank lender airline carrier zoo insurer "
    "retailer automaker carmaker manufacturer group startup corporation conglomerate chain "
    "operator utility museum hospital university club team broadcaster network studio"
).split()
# Provenance: apposition or role words that make a speaker a commentator, whose word founds
# no source of the happening ("Cai Jian, an expert at Fudan University, said").
COMMENTATORS = (
    "expert experts analyst analysts commentator commentators strategist economist pundit observer"
).split()
# Provenance: function words never inside a person's name: a "person" named with one is a
# headline fragment, no party.
NAME_BREAKERS = ("for the and with has have had was were is are to from about after").split()
