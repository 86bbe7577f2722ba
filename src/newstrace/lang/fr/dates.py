"""French date expressions.

Month names are written in lower case in French; a capitalised "Mars" is the planet, so month
names match lower case or capitalised except that one. Spans keep the article ("le 3 juin",
"la semaine dernière") and leave out the preposition ("en 2015" → "2015").
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from newstrace.lang import dates as d

_MONTHS = (
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
).split()
_SHORT = {"janv": 1, "févr": 2, "avr": 4, "juil": 7, "sept": 9, "oct": 10, "nov": 11, "déc": 12}

TABLES: dict[str, Mapping[str, object]] = {
    "months": {
        **{name: d.Month(d.GREGORIAN, n) for n, name in enumerate(_MONTHS, 1)},
        **{name.capitalize(): d.Month(d.GREGORIAN, n) for n, name in enumerate(_MONTHS, 1)},
        **{name: d.Month(d.GREGORIAN, n) for name, n in _SHORT.items()},
    },
    "weekdays": {
        name: n
        for n, name in enumerate("lundi mardi mercredi jeudi vendredi samedi dimanche".split())
    },
    "daywords": {
        "hier": -1,
        "avant-hier": -2,
        "aujourd'hui": 0,
        "demain": 1,
        "après-demain": 2,
        # Parts of a day told from the day of writing.
        "la nuit dernière": -1,
        "ce matin": 0,
        "cet après-midi": 0,
        "ce soir": 0,
    },
    "units": {
        **dict.fromkeys(("jour", "jours"), d.Unit("day", None)),
        **dict.fromkeys(("semaine", "semaines"), d.Unit("week", None)),
        "mois": d.Unit("month", None),
        **dict.fromkeys(("an", "ans", "année", "années"), d.Unit("year", None)),
        **dict.fromkeys(("décennie", "décennies"), d.Unit("decade", None)),
    },
    "numbers": {
        **dict.fromkeys(("un", "une"), 1),
        "deux": 2,
        "trois": 3,
        "quatre": 4,
        "cinq": 5,
        "six": 6,
        "sept": 7,
        "huit": 8,
        "neuf": 9,
        "dix": 10,
        "onze": 11,
        "douze": 12,
        "quinze": 15,
        "vingt": 20,
        "trente": 30,
    },
    "vague": dict.fromkeys(("quelques", "plusieurs"), True),
    "shifts": {
        **dict.fromkeys(("dernier", "dernière", "passé", "passée"), -1),
        **dict.fromkeys(("prochain", "prochaine"), 1),
        **dict.fromkeys(("ce", "cet", "cette", "en cours"), 0),
    },
    "ordinals": {"premier": 1},
    "decades": {
        "trente": 1930,
        "quarante": 1940,
        "cinquante": 1950,
        "soixante": 1960,
        "soixante-dix": 1970,
        "quatre-vingt": 1980,
        "quatre-vingts": 1980,
        "quatre-vingt-dix": 1990,
    },
    "eras": {},
}

EXCLUDE = (
    r"(?!\s*(?:%|pour\s+cent\b))(?!\s+(?:personnes|euros|dollars|francs|kilomètres|km|mètres"
    r"|tonnes|soldats|voix|cas|logements|maisons|emplois|salariés|habitants|migrants"
    r"|réfugiés|pages|morts|blessés)\b)"
)


# "plus de 2000", "un total de 2000": after these, "de" introduces an amount, not a year.
AMOUNT_WORDS = (
    "plus moins environ total somme nombre chiffre maximum minimum moyenne bilan budget "
    "montant population marge valeur prix coût"
).split()


def grammar() -> d.Grammar:
    lex = d.Lexicon(d.fold_latin, d.latin_tokens, TABLES)
    # Case-sensitive: "mars" and "Mai" yes, "Mars" (the planet) no.
    month = f"(?-i:{lex.alt('months', exclude=['Mars'])})"
    weekday = lex.alt("weekdays")
    mod = r"début|mi|fin|courant"
    cue = r"en|depuis|dès|jusqu['’]en|avant|après|vers|d['’]ici|à\s+partir\s+de"
    b = r"(?<!\w)"
    flags = re.IGNORECASE
    rules = (
        # "le 3 juin", "mardi 3 juin 2025", "le 1er mai", "le 3 juin dernier"
        d.rule(
            rf"{b}(?P<span>(?:le\s+)?(?:(?P<wd>{weekday})\s+)?(?P<day>{d.D2}(?:er)?|premier)\s+"
            rf"(?P<month>{month}){d.DOT}(?:\s+(?P<year>{d.Y4})|\s+(?P<shift>dernier|prochain))?)"
            rf"(?!\w)",
            d.calendar_fields,
            flags,
            needs="month",
        ),
        d.month_year_rule(month, flags),
        # "en juin", "début juin", "mi-juin", "fin mars dernier", "au mois d'avril"
        d.rule(
            rf"{b}(?:(?P<cue>{cue})\s+)?(?P<span>(?:(?P<mod>{mod})(?:\s+de\s+|\s+d['’]|[-\s]+))?"
            rf"(?:(?P<cue_2>mois)\s+(?:de\s+|d['’]))?(?P<month>{month})(?:\s+(?P<shift>dernier"
            rf"|prochain)|\s+de\s+l['’]année\s+(?P<yshift>dernière|prochaine|passée|en\s+cours)"
            rf"|\s+de\s+(?P<yshift_2>cette)\s+année)?)(?!\w)",
            d.calendar_fields,
            flags,
            needs_cue=True,
            needs="month",
        ),
        # "l'année 2015", "en l'an 2000"
        d.rule(
            rf"{b}(?P<span>(?:l['’])?an(?:née)?\s+(?P<year>{d.Y4}))(?!\w)",
            d.calendar_fields,
            flags,
            min_year=1000,
            needs="digits",
        ),
        # "en 2015", "depuis 1998", "fin 2015", "mi-2015"
        d.rule(
            rf"{b}(?:(?P<cue>{cue})\s+)?(?P<span>(?:(?P<mod>{mod})[-\s]+)?(?P<year>{d.Y4}))"
            rf"(?!\w|[-–—/]{d.DIGIT}){EXCLUDE}",
            d.calendar_fields,
            flags,
            needs_cue=True,
            needs="digits",
        ),
        # "les manifestations de 2011"; "plus de 2000" counts
        d.cued_year_rule(r"de\s+", exclude=EXCLUDE, flags=flags, not_after=AMOUNT_WORDS),
        # "de 2003 à 2006", "entre 2003 et 2006"
        d.rule(
            rf"{b}(?P<span>de\s+(?P<start>{d.Y4})\s+à\s+(?P<stop>{d.Y4})|entre\s+(?:les\s+années\s+)?"
            rf"(?P<start_2>{d.Y4})\s+et\s+(?P<stop_2>{d.Y4}))(?!\w){EXCLUDE}",
            d.range_fields,
            flags,
            needs="digits",
        ),
        d.dash_range_rule(EXCLUDE),
        # "les années 1990", "les années 90", "fin des années quatre-vingt"
        d.rule(
            rf"{b}(?P<span>(?:(?P<mod>début|fin|milieu)\s+des\s+|les\s+)?années\s+(?:(?P<decade>"
            rf"{d.DIGIT}{{3}}0|{d.DIGIT}0)|(?P<decade_2>{lex.alt('decades')})))(?!\w)",
            d.decade_fields,
            flags,
            needs="digits decade",
        ),
        # "mardi", "le mardi", "ce mardi", "mardi dernier", "mardi de la semaine dernière"
        d.rule(
            rf"(?<!chaque\s){b}(?P<span>(?:(?:le|(?P<shift>ce))\s+)?(?P<wd>{weekday})(?:\s+(?P<shift_2>dernier"
            rf"|prochain))?(?:\s+de\s+la\s+semaine\s+(?P<wshift>dernière|prochaine|passée))?)"
            rf"(?!\w)",
            d.weekday_fields,
            flags,
            needs="weekday",
        ),
        d.dayword_rule(lex, flags),
        # "la semaine dernière", "le mois prochain", "l'an dernier", "fin de l'année dernière"
        d.rule(
            rf"{b}(?P<span>(?:(?P<mod>{mod})\s+(?:de\s+)?)?(?:la\s+|le\s+|l['’])?"
            rf"(?P<unit>semaine|mois|année|an)\s+(?P<shift>dernière|dernier|passée|passé"
            rf"|prochaine|prochain|en\s+cours))(?!\w)",
            d.unit_fields,
            flags,
            needs="unit",
        ),
        # "cette semaine", "ce mois-ci", "cette année", "début de cette année"
        d.rule(
            rf"{b}(?P<span>(?:(?P<mod>{mod})\s+(?:de\s+)?)?(?P<shift>cette|cet|ce)\s+"
            rf"(?P<unit>semaine|mois|année|an)(?:-ci)?)(?!\w)",
            d.unit_fields,
            flags,
            needs="unit",
        ),
        # "il y a deux jours", "il y a un an"; not "il y a deux ans que ..." (for)
        d.ago_rule(
            lex,
            r"il\s+y\s+a\s+(?:(?:environ|près\s+de|plus\s+de|presque)\s+)?",
            flags,
            r"(?!\s+que\b|\s+qu['’])",
        ),
        d.numeric_rule(),
    )
    return d.any_case_grammar("fr", lex, rules)


def offsets(count_unit: str, anchor: str) -> tuple[tuple[str, int], ...]:
    """French date offsets ("au lendemain du scrutin"): see ``Pack.date_offsets``."""
    b = r"(?<!\w)"
    found = [
        (
            rf"{b}(?P<span>{count_unit}\s+(?P<dir>après|avant)\s+{anchor})",
            0,
        ),
        (
            rf"{b}(?P<span>(?:au|le)\s+(?P<one>lendemain)\s+(?:de|du|des|d['’])\s*{anchor})",
            0,
        ),
        (rf"{b}(?P<span>(?:à\s+)?la\s+(?P<one>veille)\s+(?:de|du|des|d['’])\s*{anchor})", 0),
    ]
    return tuple(found)
