"""Gregorian, Solar Hijri (Persian) and lunar Hijri dates, and the Gregorian values we emit.

The Solar Hijri year begins at Nowruz, whose Gregorian date depends on the moment of the
vernal equinox; convertdate computes it astronomically but slowly (milliseconds a call), so it
is asked once per Persian year and the months are counted here: months 1-6 have 31 days,
7-11 have 30, the last month whatever remains until the next Nowruz. Lunar Hijri dates use the
Umm al-Qura tables of hijridate (years 1343-1500). Both libraries come with dateparser's
``calendars`` extra and are imported only when a non-Gregorian date is met; if one is missing,
such dates resolve to None instead of failing.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

GREGORIAN, PERSIAN, HIJRI = "g", "p", "h"

# Inclusive year bounds accepted per calendar: a wider span only invites misreadings.
YEAR_BOUNDS = {GREGORIAN: (1000, 2199), PERSIAN: (1200, 1499), HIJRI: (1343, 1500)}
_PERSIAN_MONTH_OFFSETS = tuple(31 * min(m, 6) + 30 * max(m - 6, 0) for m in range(12))


def plausible_year(calendar: str, year: int) -> bool:
    low, high = YEAR_BOUNDS[calendar]
    return low <= year <= high


@lru_cache(maxsize=512)
def _nowruz(year: int) -> dt.date | None:
    """Gregorian date of 1 Farvardin of a Solar Hijri year."""
    try:
        from convertdate import persian
    except ImportError:
        return None
    return dt.date(*persian.to_gregorian(year, 1, 1))


def _persian_to_gregorian(year: int, month: int, day: int) -> dt.date | None:
    start, following = _nowruz(year), _nowruz(year + 1)
    if start is None or following is None or not 1 <= month <= 12 or day < 1:
        return None
    offset = _PERSIAN_MONTH_OFFSETS[month - 1] + day - 1
    length = 31 if month <= 6 else 30
    if month == 12:  # Esfand has 29 or 30 days: whatever the equinox leaves
        length = (following - start).days - _PERSIAN_MONTH_OFFSETS[11]
    if day > length:
        return None
    return start + dt.timedelta(days=offset)


def _gregorian_to_persian(day: dt.date) -> tuple[int, int, int] | None:
    year = day.year - 621
    start = _nowruz(year)
    if start is None:
        return None
    if day < start:
        year -= 1
        start = _nowruz(year)
        if start is None:
            return None
    offset = (day - start).days
    month = max(m for m in range(12) if _PERSIAN_MONTH_OFFSETS[m] <= offset)
    return year, month + 1, offset - _PERSIAN_MONTH_OFFSETS[month] + 1


def _hijri_to_gregorian(year: int, month: int, day: int) -> dt.date | None:
    try:
        from hijridate import Hijri
    except ImportError:
        return None
    try:
        converted = Hijri(year, month, day).to_gregorian()
    except (ValueError, OverflowError):  # a day 30 in a 29-day month, a year off the tables
        return None
    return dt.date(converted.year, converted.month, converted.day)


def _gregorian_to_hijri(day: dt.date) -> tuple[int, int, int] | None:
    try:
        from hijridate import Gregorian
    except ImportError:
        return None
    try:
        return Gregorian(day.year, day.month, day.day).to_hijri().datetuple()
    except (ValueError, OverflowError):
        return None


@lru_cache(maxsize=16384)
def to_gregorian(calendar: str, year: int, month: int, day: int) -> dt.date | None:
    """The Gregorian date of a day in any supported calendar, or None if it does not exist."""
    if not plausible_year(calendar, year):
        return None
    if calendar == PERSIAN:
        return _persian_to_gregorian(year, month, day)
    if calendar == HIJRI:
        return _hijri_to_gregorian(year, month, day)
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


@lru_cache(maxsize=4096)
def from_gregorian(calendar: str, day: dt.date) -> tuple[int, int, int] | None:
    """(year, month, day) of a Gregorian date in the given calendar."""
    if calendar == PERSIAN:
        return _gregorian_to_persian(day)
    if calendar == HIJRI:
        return _gregorian_to_hijri(day)
    return day.year, day.month, day.day


def year_value(calendar: str, year: int) -> str | None:
    """A calendar year as the Gregorian year in which it begins."""
    first = to_gregorian(calendar, year, 1, 1)
    return None if first is None else f"{first.year:04d}"


def month_value(calendar: str, year: int, month: int) -> str | None:
    """A calendar month as the Gregorian month holding its middle.

    Persian and Hijri months straddle two Gregorian months; the one holding day 15 holds most
    of the month (Khordad, 22 May - 21 June, becomes June).
    """
    middle = to_gregorian(calendar, year, month, 1 if calendar == GREGORIAN else 15)
    return None if middle is None else f"{middle.year:04d}-{middle.month:02d}"


def day_value(calendar: str, year: int, month: int, day: int) -> str | None:
    date = to_gregorian(calendar, year, month, day)
    return None if date is None else date.isoformat()
