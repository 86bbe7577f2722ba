"""Spanish. Subjects may be dropped ("Dijo que …": no source) or follow the verb
("…, dijo el ministro"); "según X" is the prepositional form."""

from __future__ import annotations

from newstrace.lang.schema import Lexicon

from . import closed

_VERBS = """
dijo dijeron dice dicen decía dicho
afirmó afirmaron afirma afirman afirmado
aseguró aseguraron asegura aseguran asegurado
declaró declararon declara declaran declarado
informó informaron informa informan informado
indicó indicaron indica indican indicado
señaló señalaron señala señalan señalado
explicó explicaron explica explican explicado
añadió añadieron añade agregó agregaron agrega
sostuvo sostuvieron sostiene
subrayó subrayaron subraya
destacó destacaron destaca
advirtió advirtieron advierte
anunció anunciaron anuncia anunciado
reveló revelaron revela revelado
denunció denunciaron denuncia
criticó criticaron critica
acusó acusaron acusa
reconoció reconocieron reconoce reconocido
admitió admitieron admite
manifestó manifestaron manifiesta
expresó expresaron expresa
comentó comentaron comenta
apuntó apuntaron apunta
precisó precisaron precisa
detalló detallaron detalla
insistió insistieron insiste
recordó recordaron recuerda
consideró consideraron considera consideran
cree creen creía
estimó estimaron estima
publicó publicaron publica
escribió escribieron escribe escrito
tuiteó
confirmó confirmaron confirma
negó negaron niega
desmintió desmintieron desmiente
aseveró reiteró opinó argumentó puntualizó alegó
"""

LEXICON = Lexicon(
    language="es",
    # "consideró que …" reports a view; "consideró la propuesta" an act.
    clausal=tuple(
        (
            "consideró consideraron considera consideran considerado cree creen creía estimó "
            "estimaron estima estiman"
        ).split()
    ),
    # Believing and considering: a state of mind, reported apart as a belief.
    beliefs=tuple(
        "consideró consideraron considera consideran considerado cree creen creía".split()
    ),
    finite=tuple(
        (
            "es son era eran fue fueron será serán sería serían está están estaba ha han había "
            "habían habrá va van iba debe deben debía puede pueden podría tiene tienen"
        ).split()
    ),
    not_agents=tuple(
        (
            "movimiento movimientos crisis necesidad situación decisión conflicto guerra violencia "
            "proceso hecho problema problemas esfuerzo cambio cambios tendencia economía mercado "
            "mercados protesta protestas"
        ).split()
    ),
    verbs=tuple(_VERBS.split()),
    participles=(
        "diciendo",
        "añadiendo",
        "agregando",
        "afirmando",
        "asegurando",
        "señalando",
        "indicando",
        "explicando",
        "advirtiendo",
        "subrayando",
    ),
    source_after=(
        *("según", "de acuerdo con", "de acuerdo a"),
        *("citado por", "citada por", "citados por", "citadas por"),
    ),
    # "según fuentes citadas por el diario X": the paper relays what the sources said.
    relay_cues=("citado por", "citada por", "citados por", "citadas por"),
    not_cues=(
        "según el plan",
        "según lo previsto",
        "según lo planeado",
        "de acuerdo con el plan",
        # "se negó a firmar" is a refusal to act, not a denial of a report
        "se negó a firmar",
        "se negaron a firmar",
        "se niega a firmar",
        "se negó a aceptar",
        "se negó a aprobar",
    ),
    complementizers=("que",),
    relatives=("quien", "quienes", "que", "cual"),
    pronouns=("él", "ella", "ellos", "ellas", "nosotros", "yo", "usted"),
    determiners=(
        *closed.DETERMINERS,
        "este",
        "esta",
        "dos",
        "tres",
        "varios",
        "varias",
    ),
    skip=(
        "ha",
        "han",
        "había",
        "habían",
        "también",
        "ya",
        "luego",
        "además",
        "hoy",
        "ayer",
        # Sentence adverbs, never a source: "Ahora cree el ministro que …".
        "ahora",
        "todavía",
        "asimismo",
        "incluso",
        "entonces",
        "este",
        "lunes",
        "martes",
        "miércoles",
        "jueves",
        "viernes",
        "sábado",
        "domingo",
        "no",
    ),
    times=("hoy", "ayer", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
    stops=(
        # "fuentes citadas por …": the participle opens the next cue.
        "citado",
        "citada",
        "citados",
        "citadas",
        "que",
        "y",
        "o",
        "pero",
        "porque",
        "cuando",
        "si",
        "como",
        "ha",
        "han",
        "había",
        "no",
        "también",
        "ya",
        "se",
        "lo",
        "le",
        "les",
        "es",
        "fue",
    ),
    prepositions=(
        "en",
        "a",
        "al",
        "con",
        "por",
        "para",
        "sobre",
        "durante",
        "tras",
        "desde",
        "hasta",
        "ante",
    ),
    passive=("fue", "fueron", "es", "son", "ha sido"),
    agents=("por",),
    links=("de", "del"),
    anonymous=("fuentes", "fuente", "funcionario", "funcionarios", "diplomáticos", "diplomático"),
    anonymity=(
        "que pidió no ser identificado",
        "que pidió no ser identificada",
        "que pidieron no ser identificados",
        "que pidió el anonimato",
        "que pidieron el anonimato",
        "bajo condición de anonimato",
        "que prefirió no ser identificado",
        "que prefirió no ser identificada",
        "que pidió no ser nombrado",
        "que solicitó el anonimato",
        "anónimo",
        "anónima",
        "anónimas",
        "anónimos",
    ),
    publishers=(
        "diario",
        "periódico",
        "semanario",
        "agencia",
        "cadena",
        "canal",
        "revista",
        "portal",
        "emisora",
        "efe",
        "afp",
        "reuters",
    ),
    opinions=(
        "en nuestra opinión",
        "a nuestro juicio",
        "creemos que",
        "en mi opinión",
        "a mi juicio",
        "desde nuestro punto de vista",
    ),
    hedges=(
        "presuntamente",
        "supuestamente",
        "al parecer",
        "aparentemente",
        "presunto",
        "presunta",
        "presuntos",
        "presuntas",
        "supuesto",
        "supuesta",
        "habría",
        "habrían",
        "se cree que",
        "se dice que",
        "según se informa",
        "probablemente",
        "posiblemente",
    ),
    responses={
        "declined": (
            "se negó a comentar",
            "se negaron a comentar",
            "se negó a hacer comentarios",
            "declinó hacer comentarios",
            "declinó comentar",
            "rehusó comentar",
            "prefirió no comentar",
            "no quiso comentar",
            "no quiso hacer comentarios",
            "se negó a confirmar",
            "se ha negado a comentar",
            "se han negado a comentar",
            "se ha negado a hacer comentarios",
            "se negaron a confirmar",
            "no quiso pronunciarse",
            "declinó pronunciarse",
            "rehusó pronunciarse",
            "no quiso hacer declaraciones",
            "no ha querido hacer comentarios",
            "no ha querido comentar",
            "no ha querido pronunciarse",
            "rehusó hacer comentarios",
        ),
        "no_comment": (
            # Neither confirming nor denying says nothing either way.
            "ni confirmó ni desmintió",
            "ni confirmó ni negó",
            "ni confirma ni desmiente",
            "ni confirma ni niega",
            "ni confirmaron ni desmintieron",
            "ni ha confirmado ni desmentido",
            "no respondió a una solicitud de comentarios",
            "no respondió a las solicitudes de comentarios",
            "no respondió",
            "no ha respondido",
            "no ha comentado",
            "no comentó",
            "no ha hecho comentarios",
            "no estuvo disponible para comentar",
            "no pudo ser contactado",
            "no pudo ser contactada",
            "no se ha pronunciado",
            "no se pronunció",
            "no pudo ser localizado",
            "no pudo ser localizada",
            "no estaba disponible para comentar",
            "no ha respondido a las preguntas",
            "no respondió a las preguntas",
        ),
        "denied": (
            "desmintió",
            "desmiente",
            "desmintieron",
            "negó",
            "niega",
            "negaron",
            "rechazó las acusaciones",
            "rechaza las acusaciones",
            "rechazaron las acusaciones",
            "desmienten",
            "niegan",
            "ha desmentido",
            "han desmentido",
        ),
        "confirmed": (
            "confirmó",
            "confirma",
            "confirmaron",
            "confirman",
            "ha confirmado",
            "han confirmado",
            "había confirmado",
        ),
    },
    # "se negó a dimitir": a refusal to act, not a denial.
    not_responses=(
        "se negó a",
        "se negaron a",
        "se niega a",
        "se niegan a",
        "se negaba a",
        "se ha negado a",
        "se han negado a",
    ),
    negations=("no", "ni", "nunca", "nadie", "ninguno", "ninguna"),
    free_inversion=True,
    abbreviations=("Sra", "Sr", "Dra"),
    main_complementizers=("que",),
    clause_prepositions=("después",),
    conditional_hedges=("habría", "habrían"),
    name_links=("y",),
    coordinators=("y",),
)
