"""German. Verb-second order puts the subject after the verb whenever something else opens
the clause ("Am Montag sagte der Minister"), so a verb with no subject on its left looks
right; "laut X" and "X zufolge" are the prepositional forms."""

from __future__ import annotations

from newstrace.lang.schema import Lexicon

from . import closed

_VERBS = """
sagte sagten sagt sagen gesagt
erklärte erklärten erklärt erklären
betonte betonten betont
berichtete berichteten berichtet berichten
meldete meldeten meldet
schrieb schrieben schreibt geschrieben
äußerte äußerten geäußert
warnte warnten warnt gewarnt
forderte forderten fordert gefordert
kritisierte kritisierten kritisiert
behauptete behaupteten behauptet
bestätigte bestätigten bestätigt
dementierte dementierten dementiert
ergänzte ergänzte ergänzt
bekräftigte bekräftigten bekräftigt
versicherte versicherten versichert
unterstrich unterstrichen
meinte meinten meint
glaubt glauben glaubte
vermutete vermuten vermutet
befürchtet befürchten befürchtete
hofft hoffen hoffte
twitterte twitterten
zitierte zitierten zitiert
kündigte kündigten
verkündete verkündeten verkündet
räumte räumten
mitteilte mitteilten verlautete verlautet bekanntgab bekanntgaben angab angaben
hinzufügte hinzufügten einräumte einräumten
"""

LEXICON = Lexicon(
    language="de",
    # "glaubt, dass …" reports a view; "glaubt an einen Sieg" a belief in a thing.
    clausal=("glaubt", "glauben", "glaubte"),
    # Believing, supposing, fearing, hoping: a state of mind, reported apart as a belief.
    beliefs=tuple(
        "glaubt glauben glaubte vermutete vermuten vermutet befürchtet befürchten befürchtete "
        "hofft hoffen hoffte".split()
    ),
    # "forderte, dass …" reports a demand; "forderte den Rücktritt" is a stance (a belief).
    commitments=("forderte", "forderten", "fordert", "gefordert"),
    # "unterstrich, dass …" reports; "die Krise unterstrich den Bedarf" has no speaker.
    predicative=("unterstrich", "unterstrichen"),
    finite=tuple(
        (
            "ist sind sei seien war waren wäre wird werden werde würde würden hat haben habe hatte "
            "hatten hätte kann können könne konnte muss müsse müssen soll solle sollte will wolle"
        ).split()
    ),
    not_agents=tuple(
        (
            "Bewegung Protestbewegung Krise Not Bedarf Lage Situation Entscheidung Konflikt Krieg "
            "Gewalt Prozess Tatsache Problem Probleme Entwicklung Wandel Trend Wirtschaft Markt "
            "Märkte Protest Proteste"
        ).split()
    ),
    # "Das berichtet die Zeitung": the pronoun is the object, the subject follows.
    fronted_objects=("das", "dies", "dieses"),
    # "…, so die Polizei": "so" reports only after a comma.
    comma_source_after=("so",),
    comma_clause=True,
    # "Quellen sagten der Zeitung": the listener, an outlet, relays the statement.
    tell=("sagte", "sagten", "sagt", "bestätigte", "bestätigten", "erklärte", "erklärten"),
    # "zitiert die Zeitung den Minister": the minister spoke, the paper relays it.
    cite=("zitiert", "zitierte", "zitierten"),
    # "zitiert die Zeitung den Minister": the object's article ends the source.
    object_articles=("den", "dem", "einen", "einem"),
    verbs=(
        *_VERBS.split(),
        "teilte mit",
        "teilten mit",
        "teilt mit",
        "mitgeteilt",
        "fügte hinzu",
        "fügten hinzu",
        "hinzugefügt",
        "gab an",
        "gaben an",
        "gab bekannt",
        "gaben bekannt",
        "bekanntgegeben",
        "sprach von",
        "sprachen von",
        "räumte ein",
        "verwies auf",
        "hieß es",
        "heißt es",
    ),
    source_after=(
        "laut",
        "nach angaben von",
        "nach angaben des",
        "nach angaben der",
        "nach informationen von",
        "nach informationen des",
        "nach informationen der",
        "hieß es aus",
        "heißt es aus",
        "hieß es von",
        "heißt es von",
        "zitiert von",
    ),
    source_before=("zufolge",),
    not_cues=("laut und", "zu laut", "sehr laut", "laut werden", "laut wurde"),
    complementizers=("dass", "daß", "ob", "wie"),
    relatives=("der", "die", "das", "welcher", "welche"),
    pronouns=("er", "sie", "es", "wir", "ich", "man", "ihr"),
    determiners=(
        *closed.DETERMINERS,
        "einer",
        "eines",
        "einem",
        "einen",
        "sein",
        "seine",
        "ihre",
        "ihr",
        "zwei",
        "drei",
        "mehrere",
        "einige",
    ),
    skip=(
        "hat",
        "habe",
        "haben",
        "hatte",
        "hatten",
        "ist",
        "sei",
        "wird",
        "wurde",
        "würde",
        "auch",
        "bereits",
        "noch",
        "zudem",
        "außerdem",
        "dann",
        "nun",
        "jetzt",
        "am",
        *closed.DAYS,
        "abend",
        "morgen",
        # Sentence adverbs: "Inzwischen glaubt die Partei" has its subject after the verb.
        "inzwischen",
        "deshalb",
        "daher",
        "trotzdem",
        "dennoch",
        "allerdings",
        "jedoch",
        "mittlerweile",
        "offenbar",
        "ebenfalls",
        "weiterhin",
        "hingegen",
        "damals",
        "heute",
        "gestern",
    ),
    times=(
        *closed.DAYS,
        "am",
    ),
    stops=(
        "dass",
        "daß",
        "ob",
        "und",
        "oder",
        "aber",
        "denn",
        "weil",
        "wenn",
        "als",
        "wie",
        "hat",
        "habe",
        "haben",
        "hatte",
        "ist",
        "sei",
        "sind",
        "wird",
        "wurde",
        "wurden",
        "werden",
        "worden",
        "war",
        "waren",
        "würde",
        "nicht",
        "auch",
        "bereits",
        "noch",
        "zudem",
        "es",
        "sich",
        "so",
    ),
    prepositions=(
        "am",
        "im",
        "in",
        "auf",
        "mit",
        "bei",
        "nach",
        "vor",
        "zu",
        "zum",
        "zur",
        "für",
        "über",
        "gegenüber",
        "während",
        "seit",
        "unter",
    ),
    passive=("wurde", "wurden", "wird", "werden", "worden"),
    agents=("von", "vom"),
    links=("von", "vom", "aus", "für"),
    anonymous=(
        "quellen",
        "quelle",
        "kreise",
        "kreisen",
        "regierungskreisen",
        "sicherheitskreisen",
        "insider",
        "diplomaten",
        "beamte",
        "beamter",
        "informanten",
    ),
    anonymity=(
        "der anonym bleiben wollte",
        "die anonym bleiben wollte",
        "die anonym bleiben wollten",
        "der nicht genannt werden wollte",
        "die nicht genannt werden wollte",
        "die nicht genannt werden wollten",
        "der nicht namentlich genannt werden wollte",
        "die nicht namentlich genannt werden wollten",
        "namentlich nicht genannt",
        "ungenannt",
        "anonym",
    ),
    publishers=(
        "zeitung",
        "tageszeitung",
        "nachrichtenagentur",
        "agentur",
        "sender",
        "magazin",
        "nachrichtenportal",
        "portal",
        "blatt",
        "fernsehen",
        "rundfunk",
        "dpa",
        "afp",
        "reuters",
        "spiegel",
        "bild",
    ),
    opinions=(
        "unserer Ansicht nach",
        "nach unserer Ansicht",
        "unserer Meinung nach",
        "wir meinen",
        "wir glauben",
        "meiner Meinung nach",
        "aus unserer Sicht",
    ),
    hedges=(
        "angeblich",
        "mutmaßlich",
        "mutmaßliche",
        "mutmaßlichen",
        "mutmaßlicher",
        "vermutlich",
        "offenbar",
        "vermeintlich",
        "vermeintliche",
        "berichten zufolge",
        "unbestätigten berichten zufolge",
        "gerüchten zufolge",
        "soll angeblich",
        "dürfte",
        "dürften",
        "scheint",
        "scheinbar",
        "wohl",
    ),
    responses={
        "declined": (
            "wollte sich nicht äußern",
            "wollten sich nicht äußern",
            "wollte sich dazu nicht äußern",
            "wollten sich dazu nicht äußern",
            "wollte sich zunächst nicht äußern",
            "lehnte … eine stellungnahme ab",
            "lehnte … einen kommentar ab",
            "lehnte eine stellungnahme ab",
            "lehnten eine stellungnahme ab",
            "lehnte einen kommentar ab",
            "wollte das nicht kommentieren",
            "wollte dies nicht kommentieren",
            "kein kommentar",
            "verweigerte jeden kommentar",
            "verweigerten jeden kommentar",
            "verweigerte eine stellungnahme",
            "verweigerte jede stellungnahme",
            "wollte sich … nicht äußern",
            "wollten sich … nicht äußern",
            "wollte … nicht kommentieren",
            "wollten … nicht kommentieren",
        ),
        "no_comment": (
            # Neither confirming nor denying says nothing either way.
            "weder bestätigen noch dementieren",
            "weder bestätigt noch dementiert",
            "weder bestätigen noch bestreiten",
            "weder bestätigt noch bestritten",
            "weder bestätigte noch dementierte",
            "reagierte nicht auf eine anfrage",
            "reagierte zunächst nicht auf eine anfrage",
            "reagierten nicht auf eine anfrage",
            "war für eine stellungnahme nicht zu erreichen",
            "war zunächst nicht zu erreichen",
            "waren zunächst nicht zu erreichen",
            "äußerte sich zunächst nicht",
            "äußerte sich nicht",
            "ließ eine anfrage unbeantwortet",
            "hat sich noch nicht geäußert",
            "hat sich bislang nicht geäußert",
            "blieb unbeantwortet",
            "war nicht erreichbar",
            "war zunächst nicht erreichbar",
            "waren nicht erreichbar",
            "waren zunächst nicht erreichbar",
            "hat sich bisher nicht geäußert",
            "äußerte sich bisher nicht",
            "unbeantwortet",
        ),
        "denied": (
            "dementierte",
            "dementierten",
            "dementiert",
            "bestritt",
            "bestritten",
            "bestreitet",
            "wies … zurück",
            "wiesen … zurück",
            "wies die vorwürfe zurück",
            "wiesen die vorwürfe zurück",
            "wies den bericht zurück",
            "weist … zurück",
            "weisen … zurück",
            # Perfect tense only: "die Klage wurde zurückgewiesen" is a court's ruling.
            "hat … zurückgewiesen",
            "haben … zurückgewiesen",
            "widersprach",
        ),
        "confirmed": ("bestätigte", "bestätigten", "bestätigt"),
    },
    # "wurde im Amt bestätigt": re-elected, no confirmation of a report.
    not_responses=("im amt bestätigt", "im amt bestätigte", "im amt bestätigten"),
    negations=("nicht", "weder", "kein", "keine", "niemand", "keiner"),
    trailing_negations=("nicht",),
    free_inversion=True,
    abbreviations=("Hr",),
    main_complementizers=("dass",),
    clause_prepositions=("nachdem",),
    name_links=("und",),
    coordinators=("und",),
)
