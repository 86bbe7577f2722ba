"""German date expressions.

Spans leave out prepositions and articles, including the contracted ones ("am Dienstag" →
"Dienstag", "im Jahr 2015" → "Jahr 2015", "in der vergangenen Woche" → "vergangenen Woche").
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from newstrace.lang import dates as d

_MONTHS = {
    1: ("Januar", "Jänner", "Jan"),
    2: ("Februar", "Feber", "Feb"),
    3: ("März", "Maerz", "Mrz"),
    4: ("April", "Apr"),
    5: ("Mai",),
    6: ("Juni", "Jun"),
    7: ("Juli", "Jul"),
    8: ("August", "Aug"),
    9: ("September", "Sept", "Sep"),
    10: ("Oktober", "Okt"),
    11: ("November", "Nov"),
    12: ("Dezember", "Dez"),
}


def _inflected(stems: tuple[str, ...], shift: int) -> dict[str, object]:
    """All adjective endings: letzte, letzten, letzter, letztes."""
    return {stem + ending: shift for stem in stems for ending in ("e", "en", "er", "es", "em")}


TABLES: dict[str, Mapping[str, object]] = {
    "months": {name: d.Month(d.GREGORIAN, n) for n, names in _MONTHS.items() for name in names},
    "full_months": {names[0]: d.Month(d.GREGORIAN, n) for n, names in _MONTHS.items()},
    "weekdays": {
        name: n
        for n, name in enumerate(
            "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split()
        )
    }
    | {"Sonnabend": 5},
    "daywords": {
        "gestern": -1,
        "vorgestern": -2,
        "heute": 0,
        "übermorgen": 2,
        # The night before the day of writing.
        "letzte Nacht": -1,
        "vergangene Nacht": -1,
        "in der vergangenen Nacht": -1,
    },
    "units": {
        **dict.fromkeys(("Tag", "Tage", "Tagen"), d.Unit("day", None)),
        **dict.fromkeys(("Woche", "Wochen"), d.Unit("week", None)),
        **dict.fromkeys(("Monat", "Monats", "Monate", "Monaten"), d.Unit("month", None)),
        **dict.fromkeys(("Jahr", "Jahres", "Jahre", "Jahren"), d.Unit("year", None)),
        **dict.fromkeys(("Jahrzehnt", "Jahrzehnten"), d.Unit("decade", None)),
    },
    "numbers": {
        **dict.fromkeys(("ein", "einem", "einer", "eines"), 1),
        "zwei": 2,
        "drei": 3,
        "vier": 4,
        "fünf": 5,
        "sechs": 6,
        "sieben": 7,
        "acht": 8,
        "neun": 9,
        "zehn": 10,
        "elf": 11,
        "zwölf": 12,
        "fünfzehn": 15,
        "zwanzig": 20,
        "dreißig": 30,
    },
    "vague": dict.fromkeys(("wenigen", "einigen", "mehreren"), True),
    "shifts": {
        **_inflected(("letzt", "vergangen", "vorig"), -1),
        **_inflected(("nächst", "kommend"), 1),
        **_inflected(("dies", "laufend"), 0),
    },
    "eras": {},
}

EXCLUDE = (
    r"(?!\s*(?:%|Prozent\b))(?!\s+(?:Menschen|Personen|Euro|Dollar|Franken|Kilometer|Meter"
    r"|Tonnen|Soldaten|Polizisten|Stimmen|Fälle|Wohnungen|Häuser|Mitarbeiter|Einwohner"
    r"|Flüchtlinge|Teilnehmer|Stück|Seiten)\b)"
)
_WEEKDAY_PARTS = r"(?:abend|morgen|nachmittag|vormittag|mittag|nacht)?"


# "eine Summe von 2000", "insgesamt von 2000": after these, "von" introduces an amount.
AMOUNT_WORDS = (
    "Summe Zahl Gesamtzahl Anzahl Höhe Betrag Budget Bilanz Maximum Minimum Durchschnitt "
    "insgesamt Wert Preis Kosten Umfang"
).split()


def grammar() -> d.Grammar:
    lex = d.Lexicon(d.fold_latin, d.latin_tokens, TABLES)
    month = lex.alt("months")
    full_month = lex.alt("full_months")
    weekday = lex.alt("weekdays")
    shift = lex.alt("shifts")
    mod = r"Anfang|Mitte|Ende|Beginn"
    season = r"Frühjahr|Frühling|Sommer|Herbst|Winter"
    cue = r"im|seit|bis|ab|vor|nach|um|gegen|in"
    b = r"(?<!\w)"
    flags = re.IGNORECASE
    rules = (
        # "3. Juni", "3. Juni 2025", "Dienstag, den 3. Juni 2025"
        d.rule(
            rf"{b}(?P<span>(?:(?P<wd>{weekday}),?\s+(?:(?:den|dem)\s+)?)?(?P<day>{d.D2})\.\s*"
            rf"(?P<month>{month}){d.DOT}(?:\s+(?P<year>{d.Y4}))?)(?!\w)",
            d.calendar_fields,
            flags,
            needs="month",
        ),
        d.month_year_rule(month, flags),
        # "im Juni", "Anfang März", "im vergangenen März", "im Juni letzten Jahres"
        d.rule(
            rf"{b}(?:(?P<cue>{cue})\s+)?(?P<span>(?:(?P<mod>{mod})\s+)?(?:(?P<shift>{shift})\s+)?"
            rf"(?P<month>{full_month})(?:\s+(?P<yshift>{shift})\s+Jahres)?)(?!\w)",
            d.calendar_fields,
            flags,
            needs_cue=True,
            needs="month",
        ),
        # "im Jahr 2015" → "Jahr 2015"; "Sommer 2015"
        d.rule(
            rf"{b}(?P<span>(?:Jahre?|(?P<mod>{season}))\s+(?P<year>{d.Y4}))(?!\w)",
            d.calendar_fields,
            flags,
            min_year=1000,
            needs="digits",
        ),
        # "seit 2015", "bis 2030", "Ende 2015"
        d.rule(
            rf"{b}(?:(?P<cue>{cue})\s+)?(?P<span>(?:(?P<mod>{mod})\s+)?(?P<year>{d.Y4}))"
            rf"(?!\w|[-–—/]{d.DIGIT}){EXCLUDE}",
            d.calendar_fields,
            flags,
            needs_cue=True,
            needs="digits",
        ),
        # "die Proteste von 2011", "Bilder aus 2011"
        d.cued_year_rule(r"(?:von|aus)\s+", exclude=EXCLUDE, flags=flags, not_after=AMOUNT_WORDS),
        # "von 2003 bis 2006", "zwischen 2003 und 2006", "in den Jahren 2003 bis 2006"
        d.rule(
            rf"{b}(?P<span>(?:von|zwischen|(?:den\s+)?Jahren)\s+(?:(?:den\s+)?Jahren\s+)?"
            rf"(?P<start>{d.Y4})\s+(?:bis|und)\s+(?P<stop>{d.Y4}))(?!\w){EXCLUDE}",
            d.range_fields,
            flags,
            needs="digits",
        ),
        d.dash_range_rule(EXCLUDE),
        # "1990er Jahre", "90er-Jahren", "Ende der 80er Jahre" → "Ende der 80er Jahre"
        d.rule(
            rf"{b}(?P<span>(?:(?P<mod>{mod})\s+der\s+)?(?:(?P<decade>{d.DIGIT}{{3}}0)er"
            rf"(?:[-\s]?Jahren?)?|(?P<decade_2>{d.DIGIT}0)er[-\s]?Jahren?))(?!\w)",
            d.decade_fields,
            flags,
            needs="digits",
        ),
        # "Dienstag", "Dienstagabend", "vergangenen Dienstag", "Dienstag vergangener Woche"
        d.rule(
            rf"(?<!jeden\s){b}(?P<span>(?:(?P<shift>{shift})\s+)?(?P<wd>{weekday}){_WEEKDAY_PARTS}"
            rf"(?:\s+(?:der\s+)?(?P<wshift>{shift})\s+Woche)?)(?!\w)",
            d.weekday_fields,
            flags,
            needs="weekday",
        ),
        d.dayword_rule(lex, flags),
        # "letzte Woche", "vergangenen Monat", "dieses Jahr", "Ende letzten Jahres"
        d.rule(
            rf"{b}(?P<span>(?:(?P<mod>{mod})\s+)?(?P<shift>{shift})\s+"
            rf"(?P<unit>Woche|Monats?|Jahr(?:es)?))(?!\w)",
            d.unit_fields,
            flags,
            needs="unit",
        ),
        # "vor zwei Tagen", "vor einem Jahr", "vor wenigen Wochen"
        d.ago_rule(lex, r"vor\s+(?:(?:etwa|rund|fast|knapp|gut|mehr\s+als|über)\s+)?", flags),
        d.numeric_rule(),
    )
    return d.any_case_grammar("de", lex, rules)


def offsets(count_unit: str, anchor: str) -> tuple[tuple[str, int], ...]:
    """German date offsets ("drei Tage nach der Wahl"): see ``Pack.date_offsets``."""
    b = r"(?<!\w)"
    found = [
        (
            rf"{b}(?P<span>(?:(?P<the>am|einen)\s+(?P<unit_2>Tag)|{count_unit})\s+"
            rf"(?P<dir>nach|vor)\s+{anchor})",
            0,
        ),
    ]
    return tuple(found)
