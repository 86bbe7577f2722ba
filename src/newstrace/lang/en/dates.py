"""English date expressions.

Month and weekday names must be capitalised ("May" the month, not "may" the verb; "March 7",
not "march on"); relative words may take any case ("Last week", "last week").
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from newstrace.lang import dates as d

_FULL_MONTHS = (
    "January February March April May June July August September October November December"
).split()
_SHORT_MONTHS = {"Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8}
_SHORT_MONTHS |= {"Sep": 9, "Sept": 9, "Oct": 10, "Nov": 11, "Dec": 12}
_WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()

TABLES: dict[str, Mapping[str, object]] = {
    "months": {
        **{name: d.Month(d.GREGORIAN, n) for n, name in enumerate(_FULL_MONTHS, 1)},
        **{name: d.Month(d.GREGORIAN, n) for name, n in _SHORT_MONTHS.items()},
    },
    "full_months": {name: d.Month(d.GREGORIAN, n) for n, name in enumerate(_FULL_MONTHS, 1)},
    "weekdays": {name: n for n, name in enumerate(_WEEKDAYS)},
    "daywords": {
        "yesterday": -1,
        "today": 0,
        "tomorrow": 1,
        "the day before yesterday": -2,
        "the day after tomorrow": 2,
        # Parts of a day told from the day of writing: the night before it, or the day itself.
        "last night": -1,
        "tonight": 0,
        "this morning": 0,
        "this afternoon": 0,
        "this evening": 0,
    },
    "units": {
        **dict.fromkeys(("day", "days"), d.Unit("day", None)),
        **dict.fromkeys(("week", "weeks"), d.Unit("week", None)),
        **dict.fromkeys(("month", "months"), d.Unit("month", None)),
        **dict.fromkeys(("year", "years"), d.Unit("year", None)),
        **dict.fromkeys(("decade", "decades"), d.Unit("decade", None)),
    },
    "numbers": {
        "a": 1,
        "an": 1,
        "one": 1,
        "a couple of": 2,
        "two": 2,
        "three": 3,
        "four": 4,
        "five": 5,
        "six": 6,
        "seven": 7,
        "eight": 8,
        "nine": 9,
        "ten": 10,
        "eleven": 11,
        "twelve": 12,
        "fifteen": 15,
        "twenty": 20,
        "thirty": 30,
        "fifty": 50,
    },
    "vague": dict.fromkeys(("a few", "few", "several", "many"), True),
    "shifts": {
        "last": -1,
        "this past": -1,
        "this": 0,
        "next": 1,
        "coming": 1,
        "this coming": 1,
    },
    "decades": {
        "twenties": 1920,
        "thirties": 1930,
        "forties": 1940,
        "fifties": 1950,
        "sixties": 1960,
        "seventies": 1970,
        "eighties": 1980,
        "nineties": 1990,
    },
    "eras": {},
}

# A number directly followed by one of these counts things: "in 2000 homes" is no year.
EXCLUDE = (
    r"(?!\s*(?:%|per\s?cent\b|percent\b))(?!\s+(?:people|persons|men|women|children|troops"
    r"|soldiers|police|officers|cases|votes|voters|dollars|euros|pounds|km|kilomet(?:er|re)s"
    r"|miles|met(?:er|re)s|tons|tonnes|units|homes|houses|jobs|members|students|workers|deaths"
    r"|residents|families|patients|refugees|migrants|pages|words|feet|hectares|acres|barrels"
    r"|shares|employees|staff|times|signatures|rockets|missiles|civilians|protesters)\b)"
)
# "a total of 2000", "a margin of 2011": after these, "of" introduces an amount, not a year.
AMOUNT_NOUNS = (
    "total sum number average maximum minimum population score margin toll count tally "
    "estimate budget cost price value rate capacity crowd figure amount height depth length"
).split()
# Named days that are not "the latest such weekday": Super Tuesday, Good Friday, ...
_NOT_A_WEEKDAY = "".join(
    rf"(?<!\b{word} )"
    for word in (
        "Super",
        "Black",
        "Good",
        "Ash",
        "Cyber",
        "Holy",
        "Maundy",
        "Easter",
        "Palm",
        "Bloody",
        "Giving",
        "Mail on",
        "a",  # "was a Saturday", "every Sunday": any such day, not a date
        "every",
        "each",
    )
)

# "ahead of Tuesday's vote": what precedes a weekday that names an event counted towards.
_AHEAD = r"ahead\s+of|before|in\s+advance\s+of|leading\s+up\s+to|in\s+the\s+run-up\s+to"

# "The Sunday Times", "Sunday school": a weekday that names something else.
_NOT_A_NEWSPAPER = (
    r"(?!\s+(?-i:Times|Telegraph|Express|Mirror|Post|Herald|Mail|People|Independent|Sport)\b)"
    r"(?!\s+(?:school|service)s?\b)"
)


def grammar() -> d.Grammar:
    lex = d.Lexicon(d.fold_latin, d.latin_tokens, TABLES)
    month = f"(?-i:{lex.alt('months')})"
    full_month = f"(?-i:{lex.alt('full_months')})"
    weekday = f"(?-i:{lex.alt('weekdays')})"
    shift = lex.alt("shifts")
    number = lex.alt("numbers", "vague")
    mod_month = r"early|mid|late|(?:the\s+)?(?:end|beginning|start|middle)\s+of"
    mod_year = mod_month + r"|(?:the\s+)?(?:first|second)\s+half\s+of"
    cue = r"in|since|until|till|by|during|before|after|from|through|throughout|around|circa"
    ordinal = r"(?:st|nd|rd|th)?"
    b = r"(?<!\w)"
    flags = re.IGNORECASE
    rules = (
        # "7 January 2025", "Tuesday, 7 January", "the 7th of January"
        d.rule(
            rf"{b}(?P<span>(?:(?P<wd>{weekday}),?\s+)?(?:the\s+)?(?P<day>{d.D2}){ordinal}\s+"
            rf"(?:of\s+)?(?P<month>{month}){d.DOT}(?:,?\s+(?P<year>{d.Y4}))?)(?!\w)",
            d.calendar_fields,
            flags,
            needs="month",
        ),
        # "January 7, 2025", "Jan. 7", "Tuesday, June 10"
        d.rule(
            rf"{b}(?P<span>(?:(?P<wd>{weekday}),?\s+)?(?P<month>{month}){d.DOT}\s+(?:the\s+)?"
            rf"(?P<day>{d.D2}){ordinal}(?:,?\s+(?P<year>{d.Y4}))?)(?![\w:]|[.,]{d.DIGIT})",
            d.calendar_fields,
            flags,
            needs="month",
        ),
        # "March 2019", "March of 2019"
        d.rule(
            rf"{b}(?P<span>(?P<month>{month}){d.DOT},?\s+(?:of\s+)?(?P<year>{d.Y4}))(?!\w)",
            d.calendar_fields,
            flags,
            needs="month",
        ),
        # "in March", "early last March", "mid-March", "March last year"
        d.rule(
            rf"{b}(?:(?P<cue>{cue})\s+)?(?P<span>(?:(?P<mod>{mod_month})[-\s]+)?"
            rf"(?:(?P<shift>{shift})\s+)?(?P<month>{full_month})"
            rf"(?:(?:\s+of)?\s+(?P<yshift>{shift})\s+year)?)(?!\w)",
            d.calendar_fields,
            flags,
            needs_cue=True,
            needs="month",
        ),
        # "the year 1453", "the summer of 1998"
        d.rule(
            rf"{b}(?P<span>(?:the\s+)?(?:year|(?P<mod>spring|summer|autumn|fall|winter)"
            rf"(?:\s+of)?)\s+(?P<year>{d.Y4}))(?!\w)",
            d.calendar_fields,
            flags,
            min_year=1000,
            needs="digits",
        ),
        # "in 1998", "since 2015", "early 2025", "mid-2025", "the end of 2024"
        d.rule(
            rf"{b}(?:(?P<cue>{cue})\s+)?(?P<span>(?:(?P<mod>{mod_year})[-\s]+)?(?P<year>{d.Y4}))"
            rf"(?!\w|[-–—/]{d.DIGIT}){EXCLUDE}",
            d.calendar_fields,
            flags,
            needs_cue=True,
            needs="digits",
        ),
        # "the protests of 2011": a year after "of" (counted things excluded)
        d.cued_year_rule(r"of\s+", exclude=EXCLUDE, flags=flags, not_after=AMOUNT_NOUNS),
        # "from 2003 to 2006", "between 2003 and 2006"
        d.rule(
            rf"{b}(?P<span>(?:from\s+(?:the\s+year\s+)?(?P<start>{d.Y4})\s+(?:to|until|till|through"
            rf"|thru)|between\s+(?:the\s+years\s+)?(?P<start_2>{d.Y4})\s+and)\s+(?P<stop>{d.Y4}))"
            rf"(?!\w){EXCLUDE}",
            d.range_fields,
            flags,
            needs="digits",
        ),
        d.dash_range_rule(EXCLUDE),
        # "the 1990s", "the early 1990s", "the '90s", "the nineties"
        d.rule(
            rf"{b}(?P<span>(?:the\s+)?(?:(?P<mod>early|mid|late)[-\s]+)?(?P<decade>{d.DIGIT}{{3}}0)"
            rf"(?:['’]s|s))(?!\w)",
            d.decade_fields,
            flags,
            needs="digits",
        ),
        d.rule(
            rf"{b}(?P<span>the\s+(?:(?P<mod>early|mid|late)[-\s]+)?(?:['’](?P<decade>{d.DIGIT}0)s"
            rf"|(?P<decade_2>{lex.alt('decades')})))(?!\w)",
            d.decade_fields,
            flags,
            needs="digits decade",
        ),
        # "ahead of Tuesday's vote", "before Friday's deadline": an event the writer counts
        # towards, the nearer such day (listed first: it wins over the bare weekday below)
        d.rule(
            rf"{b}(?P<ahead>{_AHEAD})\s+(?P<span>(?P<wd>{weekday}))(?=['’]s\b)",
            d.weekday_fields,
            flags,
            needs="weekday",
        ),
        # "Tuesday", "last Tuesday", "next Tuesday", "Tuesday of last week"
        d.rule(
            rf"{b}{_NOT_A_WEEKDAY}(?P<span>(?:(?P<shift>{shift})\s+)?(?P<wd>{weekday})"
            rf"(?:\s+(?:of\s+)?(?P<wshift>{shift})\s+week)?)(?!\w){_NOT_A_NEWSPAPER}",
            d.weekday_fields,
            flags,
            needs="weekday",
        ),
        d.dayword_rule(lex, flags),
        # "last week", "this month", "next year", "the end of last year", "earlier this month"
        d.rule(
            rf"{b}(?<!the\s)(?P<span>(?:(?P<mod>{mod_year}|earlier|later)\s+)?"
            rf"(?P<shift>{shift})\s+(?P<unit>week|month|year))(?!\w)",
            d.unit_fields,
            flags,
            needs="unit",
        ),
        # "two days ago", "a year ago", "a couple of weeks ago", "several days ago"
        d.rule(
            rf"{b}(?P<span>(?P<count>{number}|{d.DIGIT}{{1,3}})\s+(?P<unit>{lex.alt('units')})"
            rf"\s+ago)(?!\w)",
            d.ago_fields,
            flags,
            needs="unit",
        ),
        d.numeric_rule(),
    )
    # 06/07/2025 is June in the US and July in Britain: numeric dates give the year only.
    return d.any_case_grammar("en", lex, rules, day_first=None)


def offsets(count_unit: str, anchor: str) -> tuple[tuple[str, int], ...]:
    """English date offsets ("three days after the election"): see ``Pack.date_offsets``."""
    b = r"(?<!\w)"
    found = [
        (
            rf"{b}(?P<span>(?:(?P<the>the)\s+(?P<unit_2>day|week)|{count_unit})\s+"
            rf"(?P<dir>after|before|following|prior\s+to|ahead\s+of)\s+"
            rf"(?!yesterday\b|tomorrow\b){anchor})",
            0,
        ),
        (rf"{b}(?P<span>on\s+the\s+(?P<one>eve)\s+of\s+{anchor})", 0),
    ]
    return tuple(found)
