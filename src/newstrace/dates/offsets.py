"""Dates counted from something else: "three days after the election", "a week before the
summit", "بعد يومين من اعتقاله", "سه روز پس از انتخابات", "drei Tage nach der Wahl", "tres
días después de las elecciones", "au lendemain du scrutin".

:func:`find_offsets` finds such expressions and says how far from what they count; it does
not resolve them, because the anchor is rarely a date: most often it is another event ("the
election", "his arrest") whose date only the events stage can know. :func:`shift_value`
then moves a known anchor date by the offset, keeping only the precision the words carry: a
day moved by days stays a day, a day moved by months becomes a month, a month moved by days
a month (or a year where the result could fall in either of two months), and a vague count
("days after", "بعد أيام من") lowers the precision further rather than inventing a day.

"three days ago" and "last Tuesday" are anchored to the publication date and are plain date
expressions (:func:`newstrace.dates.find_dates`); an offset's own span never overlaps them.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from newstrace import lang
from newstrace.dates.finder import grammar_for
from newstrace.lang.dates.tables import DIGIT, read_number

# Signed day ranges of a count-less unit: "days after" is more than one day and less than
# two weeks, "weeks after" a fortnight to two months …; "hours after" the same or next day.
_VAGUE_DAYS = {
    "hour": (0, 1),
    "day": (2, 13),
    "week": (14, 62),
    "month": (45, 364),
    "year": (730, 3650),
}


@dataclass(frozen=True, slots=True)
class DateOffset:
    """An expression counting from an anchor: where it is, how far, and where its anchor is.

    ``sign`` is 1 after the anchor and -1 before it; ``count`` is how many ``unit`` (hour,
    day, week, month, year), None for a vague count ("days after", "بعد أيام من"). The anchor is the
    phrase the offset counts from ("the election", "his arrest", "June 2"), at most a few
    words, at offsets ``anchor_start``/``anchor_end`` into the text passed in.
    """

    start: int
    end: int
    text: str  # the expression with the words of its anchor (up to four)
    sign: int
    count: int | None
    unit: str
    anchor_start: int
    anchor_end: int


# The anchor: up to four words, never across clause punctuation or a comma.
# ("10. Juni" keeps its dot; a final full stop is cut off after the match).
_ANCHOR = r"(?P<anchor>\w[\w'’\-\u200c./]*(?:[ \t]+[\w'’\-\u200c./]+){0,3})"


def _count_unit(language: str) -> str:
    grammar = grammar_for(language)
    numbers = grammar.lexicon.alt("numbers", "vague")
    units = grammar.lexicon.alt("units", exclude=_DECADES)
    return (
        rf"(?:(?P<count>{numbers}|{DIGIT}{{1,3}})\s+)?"
        rf"(?P<unit>{units}|{lang.get(language).offset_hours or '(?!)'})"
    )


# Unit words never counted from an anchor, in any language ("decades after").
_DECADES = lang.union("offset_excluded_units")


@lru_cache(maxsize=16)
def _patterns(language: str) -> tuple[tuple[re.Pattern[str], int], ...]:
    """(pattern, direction) pairs; direction 0 when the pattern's ``dir`` group tells it."""
    found = lang.get(language).date_offsets(_count_unit(language), _ANCHOR)
    return tuple((re.compile(p, re.IGNORECASE), d) for p, d in found)


# Words that count forward from the anchor, in any language ("after", "بعد", "lendemain").
_AFTER = lang.union("offset_after")


def find_offsets(text: str, language: str | None) -> list[DateOffset]:
    """Offsets from an anchor in ``text`` ("three days after the election"), in text order.

    Only the six languages with a grammar have them; the others get none.
    """
    code = lang.normalise_code(language)
    patterns = _patterns(code) if code in lang.LANGUAGES else ()
    out: list[DateOffset] = []
    for pattern, direction in patterns:
        for match in pattern.finditer(text):
            found = _offset(text, match, code, direction)
            if found is not None and all(found.end <= o.start or found.start >= o.end for o in out):
                out.append(found)
    return sorted(out, key=lambda o: o.start)


def _offset(text: str, match: re.Match[str], language: str, direction: int) -> DateOffset | None:
    groups = {k.split("_", 1)[0]: v for k, v in match.groupdict().items() if v is not None}
    lex = grammar_for(language).lexicon
    one = groups.get("one")
    if one is not None:
        word = one.split()[-1].casefold()
        sign = 1 if word in _AFTER else -1
        count: int | None = 1
        unit = "day"
    else:
        sign = direction or (1 if groups.get("dir", "").casefold().split()[0] in _AFTER else -1)
        unit_word = groups.get("unit", "")
        found = lex.unit(unit_word)
        number: int | None
        if "the" in groups:  # "the day after", "am Tag nach", "einen Tag nach"
            unit, number = ("week" if unit_word.casefold() == "week" else "day"), 1
        elif found is not None:
            unit, number = found.name, found.counted
        elif re.fullmatch(lang.get(language).offset_hours, unit_word, re.IGNORECASE):
            unit, number = "hour", None
        else:
            return None
        if "count" in groups:
            number = read_number(groups["count"]) or lex.integer("numbers", groups["count"])
            if number is None and lex.get("vague", groups["count"]) is None:
                return None
        elif "the" not in groups and found is not None and found.counted is None:
            # "days after the election": a vague count; "day after" alone is no expression
            plural = unit_word.casefold().endswith(("s", "n", "e"))
            if not plural:
                return None
        count = number
    start, end = match.span("span")
    a_start, a_end = match.span("anchor")
    while a_end > a_start and text[a_end - 1] in "./":
        a_end -= 1
    if end > a_end:
        end = a_end
    return DateOffset(start, end, text[start:end], sign, count, unit, a_start, a_end)


# ---- shifting a known date ----------------------------------------------------------------


def value_bounds(value: str) -> tuple[dt.date, dt.date] | None:
    """The first and last day a value (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``) covers."""
    try:
        if len(value) == 4:
            year = int(value)
            return dt.date(year, 1, 1), dt.date(year, 12, 31)
        if len(value) == 7:
            year, month = int(value[:4]), int(value[5:])
            last = calendar.monthrange(year, month)[1]
            return dt.date(year, month, 1), dt.date(year, month, last)
        day = dt.date.fromisoformat(value)
    except ValueError:
        return None
    return day, day


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def shift_value(value: str | None, sign: int, count: int | None, unit: str) -> str | None:
    """``value`` moved ``count`` units (None: a vague few) after (``sign`` 1) or before (-1)
    it, at the precision both allow.

    "2025-06-02" + 3 days is "2025-06-05"; + 2 months "2025-08" (a month: the words do not
    say the day); "2025-06" + 3 days is "2025-06" or "2025-07", so "2025"; a vague "days
    after" "2025-06-02" is "2025-06". None where no precision is left.
    """
    bounds = value_bounds(value) if value else None
    if bounds is None:
        return None
    low, high = bounds
    finest = 3  # day
    if count is not None and unit in ("month", "year"):
        months = sign * count * (12 if unit == "year" else 1)
        low, high = _add_months(low, months), _add_months(high, months)
        finest = 2 if unit == "month" else 1
    else:
        if count is None:
            near, far = _VAGUE_DAYS.get(unit, (0, 0))
        elif unit == "hour":
            near = count // 24
            far = near + 1
        else:
            near = far = count * (7 if unit == "week" else 1)
        if sign < 0:
            near, far = -far, -near
        low, high = low + dt.timedelta(days=near), high + dt.timedelta(days=far)
    return _common(low, high, finest)


def _common(low: dt.date, high: dt.date, finest: int) -> str | None:
    if finest >= 3 and low == high:
        return low.isoformat()
    if finest >= 2 and (low.year, low.month) == (high.year, high.month):
        return f"{low.year:04d}-{low.month:02d}"
    if low.year == high.year:
        return f"{low.year:04d}"
    return None


__all__ = ["DateOffset", "find_offsets", "shift_value"]
