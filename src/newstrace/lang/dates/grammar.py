"""Grammars: compiled rules per language, and the builders that read a match into Fields.

Each rule is a regex with named groups drawn from one vocabulary (``day``, ``month``,
``year``, ``era``, ``wd``, ``shift``, ``wshift``, ``yshift``, ``unit``, ``count``,
``dayword``, ``start``, ``stop``, ``decade``, ``cue``, ``mod``, ``a``/``b``/``c``) and a
``span`` group marking what is reported (prepositions and cue words outside it). Python's
``re`` forbids repeating a group name, so a second position for the same role is written
``shift_2``: everything after the underscore is ignored when the match is read.

A builder returns None to reject a match that the regex could not rule out (a month name
without any cue, a day 32, a "year" outside the plausible range).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from newstrace.lang.dates.calendars import GREGORIAN, YEAR_BOUNDS, plausible_year
from newstrace.lang.dates.fields import Fields, Kind
from newstrace.lang.dates.tables import DIGIT, Lexicon, alternation, read_number

Groups = dict[str, str]
Builder = Callable[[Groups, "Grammar", "Rule"], Fields | None]
Normaliser = Callable[[str, Fields, dt.date | None], str | None]

Y4 = f"{DIGIT}{{4}}"
D2 = f"{DIGIT}{{1,2}}"
# The period of an abbreviated month ("Jan. 7", "7 Jan. 2025"), never a sentence's full stop.
DOT = rf"(?:\.(?=,?\s*{DIGIT}))?"
# Words that make a month or a year a date on their own ("in March", "since 1998"); a month
# is also anchored by a day or a year beside it.
_CUE_GROUPS = frozenset({"cue", "mod", "shift", "yshift"})
_MONTH_ANCHORS = _CUE_GROUPS | {"year", "day"}


# Classes of trigger words: a rule runs only on text holding one of the classes it needs.
DIGITS, MONTH, WEEKDAY, DAYWORD, UNIT, DECADE = (
    "digits",
    "month",
    "weekday",
    "dayword",
    "unit",
    "decade",
)
_TRIGGER_TABLES = {
    MONTH: ("months",),
    WEEKDAY: ("weekdays",),
    DAYWORD: ("daywords",),
    UNIT: ("units", "unit_names", "yearwords"),
    DECADE: ("decades",),
}


@dataclass(frozen=True, slots=True)
class Rule:
    pattern: re.Pattern[str]
    build: Builder
    needs: tuple[str, ...] = ()  # trigger classes, any of which the text must hold
    needs_cue: bool = False  # a month or year alone is no date: it needs a cue group
    min_year: int = 1800  # lowest Gregorian year accepted from this rule
    short_years: bool = False  # two-digit Solar Hijri years ("سال ۹۸" = 1398)
    external: bool = False  # the value comes from the grammar's normaliser (dateparser)


@dataclass(frozen=True, slots=True)
class Grammar:
    language: str
    lexicon: Lexicon
    rules: tuple[Rule, ...]
    trigger: tuple[tuple[str, re.Pattern[str]], ...]  # per class; none found, no date
    lower_case: bool  # the trigger patterns are lower case: search lower-cased text
    relative_calendar: str = GREGORIAN  # calendar of "last month" / "this year"
    bare_year_calendar: str | None = None  # calendar of years in its range without an era
    numeric_calendar: str | None = None  # calendar of 13xx/14xx years in numeric dates
    week_start: int = 0  # Monday; Saturday (5) where the week starts on Saturday
    day_first: bool | None = True  # numeric dates: D/M/Y, M/D/Y, or None = ask a part > 12
    normalise: Normaliser | None = None


def rule(
    pattern: str,
    build: Builder,
    flags: int = 0,
    *,
    needs: str = "",
    needs_cue: bool = False,
    min_year: int = 1800,
    short_years: bool = False,
    external: bool = False,
) -> Rule:
    """A compiled rule; ``needs`` names its trigger classes ("month", "digits decade")."""
    return Rule(
        re.compile(pattern, flags),
        build,
        tuple(needs.split()),
        needs_cue=needs_cue,
        min_year=min_year,
        short_years=short_years,
        external=external,
    )


def trigger(lexicon: Lexicon, lower_case: bool = False) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Pre-filters of a language by class: digits, or any word of the class's tables.

    Classes are searched one by one, not as one alternation: words of different classes
    share prefixes (Persian "دی", the month Dey, begins "دیروز", yesterday), and a single
    scan would report only the class that matched first. For cased scripts the patterns are
    lower case and searched in lower-cased text: a case-insensitive regex cannot skip ahead
    to candidate first letters and costs five times more.
    """
    found = [(DIGITS, re.compile(DIGIT))]
    for name, tables in _TRIGGER_TABLES.items():
        words = [word for table in tables for word in lexicon.words(table)]
        if words:
            if lower_case:
                words = [word.lower() for word in words]
            found.append((name, re.compile(alternation(words, lexicon.tokens))))
    return tuple(found)


def trigger_classes(grammar: Grammar, text: str) -> set[str]:
    """The trigger classes present in a text (empty: no date expression can be there)."""
    if grammar.lower_case:
        text = text.lower()
    return {name for name, pattern in grammar.trigger if pattern.search(text)}


def groups(match: re.Match[str]) -> Groups:
    """The non-empty groups of a match by role ("shift_2" reads as "shift")."""
    found: Groups = {}
    for name, value in match.groupdict().items():
        if value is not None:
            found.setdefault(name.split("_", 1)[0], value)
    return found


# ---- builders ---------------------------------------------------------------------------


def calendar_fields(g: Groups, grammar: Grammar, rule: Rule) -> Fields | None:
    """Day, month and year, any of them given ("7 January", "March 2019", "in 1998")."""
    lex = grammar.lexicon
    if rule.needs_cue and not (_MONTH_ANCHORS if "month" in g else _CUE_GROUPS).intersection(g):
        return None
    month = lex.month(g.get("month"))
    if "month" in g and month is None:
        return None
    day = _day(g.get("day"), lex)
    if "day" in g and day is None:
        return None
    calendar = month.calendar if month else None
    year = None
    if "year" in g:
        lowest = 1000 if month else rule.min_year  # "March 1453" is a date, "in 1453" unsure
        read = _year(g["year"], g.get("era"), calendar, grammar, rule.short_years, lowest)
        if read is None:
            return None
        calendar, year = read
    if month is None and year is None:
        return None
    return Fields(
        Kind.CALENDAR,
        calendar=calendar or GREGORIAN,
        year=year,
        month=month.number if month else None,
        day=day,
        shift=_shift(lex, g.get("shift")),
        year_shift=_shift(lex, g.get("yshift")),
    )


def weekday_fields(g: Groups, grammar: Grammar, rule: Rule) -> Fields | None:
    weekday = grammar.lexicon.integer("weekdays", g.get("wd"))
    if weekday is None:
        return None
    return Fields(
        Kind.WEEKDAY,
        weekday=weekday,
        shift=_shift(grammar.lexicon, g.get("shift")),
        week_shift=_shift(grammar.lexicon, g.get("wshift")),
        week_start=grammar.week_start,
        # a grammar's "ahead" group: the weekday names an event something came before
        nearest=bool(g.get("ahead")),
    )


def dayword_fields(g: Groups, grammar: Grammar, rule: Rule) -> Fields | None:
    """Words for a day near publication ("yesterday", "أمس", "دیروز"): signed days."""
    offset = grammar.lexicon.integer("daywords", g.get("dayword"))
    if offset is None:
        return None
    return Fields(Kind.RELATIVE, unit="day", count=offset)


def unit_fields(g: Groups, grammar: Grammar, rule: Rule) -> Fields | None:
    """One step of a unit, or none ("last week", "الشهر الماضي", "امسال")."""
    lex = grammar.lexicon
    if "count" in g:  # "ten years past": a span of time, not the previous year
        return None
    unit_name: str | None
    if "yword" in g:  # a single word for "this year" / "last year"
        unit_name, shift = "year", lex.integer("yearwords", g["yword"])
    else:
        unit = lex.unit(g.get("unit"))
        unit_name = unit.name if unit else None
        shift = _shift(lex, g.get("shift"))
    if unit_name is None or shift is None:
        return None
    return Fields(Kind.RELATIVE, calendar=grammar.relative_calendar, unit=unit_name, count=shift)


def ago_fields(g: Groups, grammar: Grammar, rule: Rule) -> Fields | None:
    """A count of units back ("two days ago", "قبل ثلاثة أيام", "vor einem Jahr")."""
    lex = grammar.lexicon
    unit = lex.unit(g.get("unit"))
    if unit is None:
        return None
    count: int | None
    if "count" in g:
        count = read_number(g["count"]) or lex.integer("numbers", g["count"])
        if count is None and lex.get("vague", g["count"]) is None:
            return None
    else:
        count = unit.counted  # "قبل يومين": the dual form counts by itself
    return Fields(
        Kind.RELATIVE,
        calendar=grammar.relative_calendar,
        unit=unit.name,
        count=None if count is None else -count,
    )


def ago_rule(lex: Lexicon, opener: str, flags: int, after: str = "") -> Rule:
    """The rule of a count of units back where a word opens it ("vor zwei Tagen", "il y a
    deux jours", "hace dos días"): ``opener`` is the regex before the count, ``after`` a
    lookahead of what must not follow ("il y a deux ans que ...")."""
    return rule(
        rf"(?<!\w)(?P<span>{opener}(?P<count>"
        rf"{lex.alt('numbers', 'vague')}|{DIGIT}{{1,3}})\s+(?P<unit>{lex.alt('units')}))"
        rf"(?!\w){after}",
        ago_fields,
        flags,
        needs="unit",
    )


def dayword_rule(lex: Lexicon, flags: int) -> Rule:
    """The rule of a word that is a day on its own ("yesterday", "gestern", "hier")."""
    return rule(
        rf"(?<!\w)(?P<span>(?P<dayword>{lex.alt('daywords')}))(?!\w)",
        dayword_fields,
        flags,
        needs="dayword",
    )


def month_year_rule(month: str, flags: int) -> Rule:
    """The rule of a month name and a year ("Juni 2025", "juin 2025"); ``month`` is the
    regex of the language's month names."""
    return rule(
        rf"(?<!\w)(?P<span>(?P<month>{month}){DOT}\s+(?P<year>{Y4}))(?!\w)",
        calendar_fields,
        flags,
        needs="month",
    )


def any_case_grammar(
    language: str, lex: Lexicon, rules: tuple[Rule, ...], **options: Any
) -> Grammar:
    """A grammar whose words match in any case (its trigger patterns are lower case)."""
    return Grammar(
        language=language,
        lexicon=lex,
        rules=rules,
        trigger=trigger(lex, lower_case=True),
        lower_case=True,
        **options,
    )


def range_fields(g: Groups, grammar: Grammar, rule: Rule) -> Fields | None:
    """Years from one to another ("from 2003 to 2006", "2003-2006", "1998/99")."""
    start = read_number(g.get("start", ""))
    stop_text = g.get("stop", "")
    stop = read_number(stop_text)
    if start is None or stop is None:
        return None
    if len(stop_text.strip()) == 2:  # "1998/99", "2003–06": same century
        stop += start - start % 100
    calendar = _year_calendar(start, g.get("era"), grammar)
    if calendar is None or not (plausible_year(calendar, stop) and start < stop <= start + 100):
        return None
    if calendar == GREGORIAN and start < rule.min_year:
        return None
    return Fields(Kind.RANGE, calendar=calendar, year=start, stop_year=stop)


def decade_fields(g: Groups, grammar: Grammar, rule: Rule) -> Fields | None:
    """A range of ten years ("the 1990s", "التسعينيات", "دهه ۷۰")."""
    text = g.get("decade", "")
    era = grammar.lexicon.text("eras", g.get("era"))
    number = read_number(text)
    calendar = era or GREGORIAN
    if number is None:
        number = grammar.lexicon.integer("decades", text)
        century = grammar.lexicon.integer("centuries", g.get("century"))
        if number is not None and century is not None:
            number = century + number % 100
    elif len(text) == 2:
        number, calendar = _two_digit_decade(number, era, grammar)
    if number is None or number % 10 or not plausible_year(calendar, number):
        return None
    return Fields(Kind.RANGE, calendar=calendar, year=number, stop_year=number + 9)


def numeric_fields(g: Groups, grammar: Grammar, rule: Rule) -> Fields | None:
    """Dates in digits ("2025-06-12", "12.06.2025", "12/6/2025", "۱۴۰۴/۰۳/۲۲")."""
    a, b, c = g["a"], g["b"], g["c"]
    if len(a) == 4 and len(c) <= 2:
        year, month, day = int(a), int(b), int(c)
    elif len(c) == 4 and len(a) <= 2:
        year, month, day = int(c), *_day_month(int(a), int(b), grammar.day_first)
    else:
        return None
    calendar = GREGORIAN
    if grammar.numeric_calendar and plausible_year(grammar.numeric_calendar, year):
        calendar = grammar.numeric_calendar
    elif not plausible_year(GREGORIAN, year) or year < rule.min_year:
        return None
    if month == 0:  # ambiguous day/month order: only the year is certain
        return Fields(Kind.CALENDAR, calendar=calendar, year=year)
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return Fields(Kind.CALENDAR, calendar=calendar, year=year, month=month, day=day)


# ---- helpers ----------------------------------------------------------------------------


def _day(text: str | None, lex: Lexicon) -> int | None:
    if text is None:
        return None
    day = read_number(text)
    if day is None:
        day = lex.integer("ordinals", text)
    return day if day is not None and 1 <= day <= 31 else None


def _shift(lex: Lexicon, text: str | None) -> int | None:
    found = lex.integer("shifts", text)
    return found if found is not None else lex.integer("yearwords", text)


def _day_month(first: int, second: int, day_first: bool | None) -> tuple[int, int]:
    """(month, day) of a numeric date; month 0 when the order cannot be told."""
    if first > 12 or (day_first and second <= 12):
        return second, first
    if second > 12 or day_first is False or first == second:
        return first, second
    return 0, 0


def _year(
    text: str,
    era: str | None,
    calendar: str | None,
    grammar: Grammar,
    short: bool,
    lowest: int,
) -> tuple[str, int] | None:
    """(calendar, year) of a year written next to a month (calendar given) or alone."""
    year = read_number(text)
    if year is None:
        return None
    if short and len(text) == 2 and grammar.bare_year_calendar:
        year += 1300 if year >= 50 else 1400  # colloquial Persian: "۹۸" is 1398
    if calendar is None:
        calendar = _year_calendar(year, era, grammar)
        if calendar is None:
            return None
    if not plausible_year(calendar, year):
        return None
    if calendar == GREGORIAN and year < lowest:
        return None
    return calendar, year


def _year_calendar(year: int, era: str | None, grammar: Grammar) -> str | None:
    if era is not None:
        return grammar.lexicon.text("eras", era)
    bare = grammar.bare_year_calendar
    if bare and YEAR_BOUNDS[bare][0] <= year <= YEAR_BOUNDS[bare][1]:
        return bare
    return GREGORIAN


def _two_digit_decade(number: int, era: str | None, grammar: Grammar) -> tuple[int, str]:
    """Persian "دهه ۷۰" is the 1370s (Solar Hijri); "the '90s", "90er" are the 1990s."""
    if grammar.bare_year_calendar and era is None:
        return 1300 + number, grammar.bare_year_calendar
    return (2000 if number < 20 else 1900) + number, era or GREGORIAN


# ---- rules every language shares ---------------------------------------------------------


def numeric_rule(left: str = r"(?<![\w./:\-])") -> Rule:
    """ISO and D/M/Y dates; a four-digit year is required, times and versions are left out."""
    return rule(
        rf"{left}(?P<span>(?P<a>{DIGIT}{{1,4}})(?P<sep>[-/.])(?P<b>{D2})(?P=sep)"
        rf"(?P<c>{DIGIT}{{1,4}}))(?![\w]|[./:\-]{DIGIT})",
        numeric_fields,
        needs=DIGITS,
        min_year=1000,
    )


def dash_range_rule(exclude: str = "", left: str = r"(?<![\w.,/\-–—])") -> Rule:
    """Dashed year ranges ("1998-2003", "2003–06", "1998/99").

    A two-digit end only follows a dash or slash that is not a hyphen: "2003-06" is also June
    2003.
    """
    return rule(
        rf"{left}(?P<span>(?P<start>{Y4})\s?(?:[-–—/]\s?(?P<stop>{Y4})"
        rf"|[–—/](?P<stop_2>{DIGIT}{{2}})))(?![\w]|[-–—/.,:]{DIGIT}){exclude}",
        range_fields,
        needs=DIGITS,
    )


# A bare year is a year from 1900 on: older four-digit numbers are rarely years without a
# unit word ("عام 1453", "the year 1453"), which other rules read.
BARE_YEAR_MIN = 1900
# After the digits of a bare year: no more digits, no decimal or thousands mark, time,
# percent or range ("2011,5", "20:11", "2011%", "2011-12" are other things).
_AFTER_YEAR_DIGITS = rf"(?![-–—/.,:٫٬]?{DIGIT})(?!\s*[%٪])"


def cued_year_rule(
    before: str = "",
    after: str = "",
    *,
    exclude: str = "",
    left: str = r"(?<!\w)",
    flags: int = 0,
    not_after: Sequence[str] = (),
) -> Rule:
    """A bare year with a cue word of the pack before it or a unit word after it.

    ``before`` is a regex of cue words with their own trailing separator ("of\\s+",
    "ב[-־]"): "the protests of 2011", "в 2011 году"; ``after`` a regex of unit words right
    after the year, with their own end, kept in the span: "2011 года", "2011年". ``exclude``
    is the pack's counted-things lookahead ("of 2000 people" is no year); ``not_after`` the
    words after which the cue introduces an amount ("a total of 2000", "plus de 2000").
    Years from 1900 on.
    """
    cue = f"(?:{_not_after(not_after)}(?P<cue>{before}))" if before else ""
    unit = rf"(?:\s*(?P<cue_2>{after}))" if after else ""
    year = rf"(?P<year>{Y4}){_AFTER_YEAR_DIGITS}"
    if before and after:
        body = rf"{left}{cue}?(?P<span>{year}{unit}?)(?(cue_2)|(?!\w))"
    elif before:
        body = rf"{left}{cue}(?P<span>{year})(?!\w)"
    else:
        body = rf"{left}(?P<span>{year}{unit})"
    return rule(
        rf"{body}{exclude}",
        calendar_fields,
        flags,
        needs_cue=True,
        min_year=BARE_YEAR_MIN,
        needs=DIGITS,
    )


def _not_after(words: Sequence[str]) -> str:
    """Lookbehinds: not right after any of ``words`` and a space (each of fixed width)."""
    return "".join(rf"(?<!{word}\s)" for word in words)


def noun_year_rule(word: str, particles: str, not_after: Sequence[str], joiner: str = "") -> Rule:
    """A year right after a noun, then a particle or the end of the clause: "احتجاجات 2011
    في", "اعتراضات ۲۰۱۱ در" (the construct state / ezafe names the year of the thing).

    A counted noun follows its number in these languages ("2000 متظاهر"), so a year here is
    followed by no open-class word: only ``particles`` (prepositions, conjunctions,
    relatives) or punctuation. ``not_after`` lists the words that count the number after
    them ("نحو", "حدود", "عدد") and prepositions: their word is no noun of a year, nor is the
    noun after one ("عدد القتلى 2011").
    """
    counting = "|".join(not_after)
    end = rf"(?=\s*(?:[.,،؛:!?؟»)\]\"']|$)|\s+(?:{particles})(?![\w{joiner}]))"
    return rule(
        rf"(?<![\w{joiner}]){_not_after(not_after)}(?!(?:{counting})(?![\w{joiner}]))"
        rf"(?P<cue>{word})\s+"
        rf"(?P<span>(?P<year>{Y4})){_AFTER_YEAR_DIGITS}(?!\w){end}",
        calendar_fields,
        re.MULTILINE,
        needs_cue=True,
        min_year=BARE_YEAR_MIN,
        needs=DIGITS,
    )
