"""Spanish date expressions.

Spans keep the article ("el martes", "el 3 de junio", "la semana pasada") and leave out the
preposition ("en 2015" → "2015", "a finales de junio" → "finales de junio").
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from newstrace.lang import dates as d

_MONTHS = (
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"
).split()

TABLES: dict[str, Mapping[str, object]] = {
    "months": {name: d.Month(d.GREGORIAN, n) for n, name in enumerate(_MONTHS, 1)}
    | {"setiembre": d.Month(d.GREGORIAN, 9)},
    "weekdays": {
        name: n
        for n, name in enumerate("lunes martes miércoles jueves viernes sábado domingo".split())
    },
    "daywords": {
        "ayer": -1,
        "anteayer": -2,
        "antier": -2,
        "antes de ayer": -2,
        "hoy": 0,
        "pasado mañana": 2,
        # Parts of a day told from the day of writing ("mañana" alone is tomorrow).
        "anoche": -1,
        "esta mañana": 0,
        "esta tarde": 0,
        "esta noche": 0,
    },
    "units": {
        **dict.fromkeys(("día", "días"), d.Unit("day", None)),
        **dict.fromkeys(("semana", "semanas"), d.Unit("week", None)),
        **dict.fromkeys(("mes", "meses"), d.Unit("month", None)),
        **dict.fromkeys(("año", "años"), d.Unit("year", None)),
        **dict.fromkeys(("década", "décadas"), d.Unit("decade", None)),
    },
    "numbers": {
        **dict.fromkeys(("un", "uno", "una"), 1),
        "dos": 2,
        "tres": 3,
        "cuatro": 4,
        "cinco": 5,
        "seis": 6,
        "siete": 7,
        "ocho": 8,
        "nueve": 9,
        "diez": 10,
        "once": 11,
        "doce": 12,
        "quince": 15,
        "veinte": 20,
        "treinta": 30,
    },
    "vague": dict.fromkeys(("unos", "unas", "varios", "varias", "pocos", "pocas"), True),
    "shifts": {
        **dict.fromkeys(("pasado", "pasada"), -1),
        **dict.fromkeys(("próximo", "próxima", "que viene", "entrante"), 1),
        **dict.fromkeys(("este", "esta", "en curso"), 0),
    },
    "ordinals": {"primero": 1},
    "decades": {
        "treinta": 1930,
        "cuarenta": 1940,
        "cincuenta": 1950,
        "sesenta": 1960,
        "setenta": 1970,
        "ochenta": 1980,
        "noventa": 1990,
    },
    "eras": {},
}

EXCLUDE = (
    r"(?!\s*(?:%|por\s+ciento\b))(?!\s+(?:personas|euros|dólares|pesos|kilómetros|metros"
    r"|toneladas|soldados|votos|casos|viviendas|casas|empleos|trabajadores|habitantes"
    r"|migrantes|refugiados|páginas|muertos|heridos)\b)"
)


# "más de 2000", "un total de 2000": after these, "de" introduces an amount, not a year.
AMOUNT_WORDS = (
    "más menos unos unas total suma número cifra máximo mínimo promedio media balance "
    "presupuesto monto importe población margen valor precio costo coste"
).split()


def grammar() -> d.Grammar:
    lex = d.Lexicon(d.fold_latin, d.latin_tokens, TABLES)
    month = lex.alt("months")
    weekday = lex.alt("weekdays")
    mod = r"principios|mediados|finales|fines|comienzos|inicios"
    cue = r"en|desde|hasta|para|durante|antes\s+de|después\s+de|hacia|a\s+partir\s+de"
    past_next = r"pasad[oa]|pr[oó]xim[oa]|que\s+viene|entrante|en\s+curso"
    b = r"(?<!\w)"
    flags = re.IGNORECASE
    rules = (
        # "el 3 de junio", "el martes 3 de junio de 2025", "1 de mayo del 2025", "primero de mayo",
        # "el pasado 3 de junio"
        d.rule(
            rf"{b}(?P<span>(?:el\s+)?(?:(?P<shift>pasado|próximo)\s+)?(?:(?P<wd>{weekday}),?\s+)?"
            rf"(?P<day>{d.D2}(?:\.?º|ro)?"
            rf"|primero)\s+de\s+(?P<month>{month})(?:\s+(?:de|del)\s+(?P<year>{d.Y4}))?)(?!\w)",
            d.calendar_fields,
            flags,
            needs="month",
        ),
        # "junio de 2025", "a finales de junio", "en marzo", "marzo pasado", "marzo del año pasado"
        d.rule(
            rf"{b}(?:(?P<cue>{cue})\s+)?(?P<span>(?:(?P<mod>{mod})\s+de\s+)?(?:(?:el\s+)?"
            rf"(?P<cue_2>mes)\s+de\s+)?(?P<month>{month})(?:\s+(?:de|del)\s+(?P<year>{d.Y4})"
            rf"|\s+(?P<shift>pasado|próximo|que\s+viene)|\s+(?:de|del)\s+(?P<yshift>este)\s+año"
            rf"|\s+del\s+año\s+(?P<yshift_2>{past_next}))?)(?!\w)",
            d.calendar_fields,
            flags,
            needs_cue=True,
            needs="month",
        ),
        # "el pasado mes de marzo", "el próximo junio"
        d.rule(
            rf"{b}(?P<span>(?:el\s+)?(?P<shift>pasado|próximo)\s+(?:mes\s+de\s+)?"
            rf"(?P<month>{month}))(?!\w)",
            d.calendar_fields,
            flags,
            needs="month",
        ),
        # "el año 2015", "en el año 1453"
        d.rule(
            rf"{b}(?P<span>(?:el\s+)?año\s+(?P<year>{d.Y4}))(?!\w)",
            d.calendar_fields,
            flags,
            min_year=1000,
            needs="digits",
        ),
        # "en 2015", "desde 1998", "a finales de 2015"
        d.rule(
            rf"{b}(?:(?P<cue>{cue})\s+)?(?P<span>(?:(?P<mod>{mod})\s+(?:de|del)\s+)?"
            rf"(?P<year>{d.Y4}))(?!\w|[-–—/]{d.DIGIT}){EXCLUDE}",
            d.calendar_fields,
            flags,
            needs_cue=True,
            needs="digits",
        ),
        # "las protestas de 2011", "la crisis del 2008"; "más de 2000" counts
        d.cued_year_rule(r"del?\s+", exclude=EXCLUDE, flags=flags, not_after=AMOUNT_WORDS),
        # "de 2003 a 2006", "entre 2003 y 2006", "desde el año 2003 hasta 2006"
        d.rule(
            rf"{b}(?P<span>(?:de|desde)\s+(?:(?:el\s+)?año\s+)?(?P<start>{d.Y4})\s+(?:a|al|hasta)\s+"
            rf"(?:(?:el\s+)?año\s+)?(?P<stop>{d.Y4})|entre\s+(?:(?:los\s+)?años\s+)?"
            rf"(?P<start_2>{d.Y4})\s+y\s+(?P<stop_2>{d.Y4}))(?!\w){EXCLUDE}",
            d.range_fields,
            flags,
            needs="digits",
        ),
        d.dash_range_rule(EXCLUDE),
        # "la década de 1990", "los años 90", "los años noventa", "finales de los años 80"
        d.rule(
            rf"{b}(?P<span>(?:(?P<mod>{mod})\s+de\s+)?(?:(?:la\s+)?década\s+de\s+(?:los\s+)?"
            rf"|los\s+años\s+)(?:(?P<decade>{d.DIGIT}{{3}}0|{d.DIGIT}0)|(?P<decade_2>"
            rf"{lex.alt('decades')})))(?!\w)",
            d.decade_fields,
            flags,
            needs="digits decade",
        ),
        # "el martes", "el martes pasado", "el próximo martes"; not "los martes" (every Tuesday)
        d.rule(
            rf"(?<!los\s)(?<!cada\s){b}(?P<span>(?:el\s+)?(?:(?P<shift>pasado|próximo)\s+)?"
            rf"(?P<wd>{weekday})(?:\s+(?P<shift_2>pasado|próximo|que\s+viene))?(?:\s+de\s+la\s+"
            rf"semana\s+(?P<wshift>pasada|próxima|que\s+viene))?)(?!\w)",
            d.weekday_fields,
            flags,
            needs="weekday",
        ),
        # "ayer", "anteayer", "hoy" (not "hoy en día": nowadays)
        d.rule(
            rf"{b}(?P<span>(?P<dayword>{lex.alt('daywords')}))(?!\w)(?!\s+(?:en\s+)?día)",
            d.dayword_fields,
            flags,
            needs="dayword",
        ),
        # "la semana pasada", "el mes pasado", "el año pasado", "finales del año pasado"
        d.rule(
            rf"{b}(?P<span>(?:(?P<mod>{mod})\s+(?:de|del)\s+)?(?:(?:la|el)\s+)?"
            rf"(?P<unit>semana|mes|año)\s+(?P<shift>{past_next}))(?!\w)",
            d.unit_fields,
            flags,
            needs="unit",
        ),
        # "la próxima semana", "el pasado año", "este mes", "principios de este año"
        d.rule(
            rf"{b}(?P<span>(?:(?P<mod>{mod})\s+de\s+)?(?:(?:la|el)\s+)?(?P<shift>pasad[oa]|"
            rf"pr[oó]xim[oa]|est[ea])\s+(?P<unit>semana|mes|año))(?!\w)",
            d.unit_fields,
            flags,
            needs="unit",
        ),
        # "hace dos días", "hace un año", "hace unos días"; not "hace dos años que ..." (for)
        d.ago_rule(
            lex,
            r"hace\s+(?:(?:casi|más\s+de|cerca\s+de|alrededor\s+de)\s+)?",
            flags,
            r"(?!\s+que\b)",
        ),
        d.numeric_rule(),
    )
    return d.any_case_grammar("es", lex, rules)


def offsets(count_unit: str, anchor: str) -> tuple[tuple[str, int], ...]:
    """Spanish date offsets ("tres días después de las elecciones"): see ``Pack.date_offsets``."""
    b = r"(?<!\w)"
    found = [
        (
            rf"{b}(?P<span>{count_unit}\s+(?P<dir>después|antes)\s+(?:de(?:l)?\s+)?{anchor})",
            0,
        ),
        (rf"{b}(?P<span>(?P<one>al\s+día\s+siguiente|la\s+víspera)\s+de(?:l)?\s+{anchor})", 0),
    ]
    return tuple(found)
