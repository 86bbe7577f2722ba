"""From what an expression says (language-free fields) to the date it stands for.

Every language grammar turns a match into :class:`Fields`; everything after that is plain
calendar arithmetic against the publication date, cached because the same few expressions
recur across the sentences of an article.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import NamedTuple

from newstrace.lang.dates.calendars import (
    day_value,
    from_gregorian,
    month_value,
    to_gregorian,
    year_value,
)
from newstrace.lang.dates.fields import Fields, Kind


class Resolved(NamedTuple):
    value: str | None
    end_value: str | None
    relative: bool


@lru_cache(maxsize=65536)
def resolve(fields: Fields, published: dt.date | None) -> Resolved:
    """The value of an expression; relative ones need the publication date."""
    if fields.kind is Kind.RANGE:
        return _range(fields)
    if fields.kind is Kind.CALENDAR:
        return _calendar(fields, published)
    if published is None:
        return Resolved(None, None, True)
    if fields.kind is Kind.WEEKDAY:
        return Resolved(_weekday(fields, published).isoformat(), None, True)
    return Resolved(_relative(fields, published), None, True)


def _range(fields: Fields) -> Resolved:
    assert fields.year is not None and fields.stop_year is not None
    start = year_value(fields.calendar, fields.year)
    stop = year_value(fields.calendar, fields.stop_year)
    return Resolved(start, stop, False)


def _calendar(fields: Fields, published: dt.date | None) -> Resolved:
    if fields.year is not None:
        return Resolved(_absolute(fields, fields.year), None, False)
    if published is None:
        return Resolved(None, None, True)
    year = _infer_year(fields, published)
    return Resolved(None if year is None else _absolute(fields, year), None, True)


def _absolute(fields: Fields, year: int) -> str | None:
    if fields.month is None:
        return year_value(fields.calendar, year)
    if fields.day is None:
        return month_value(fields.calendar, year, fields.month)
    return day_value(fields.calendar, year, fields.month, fields.day)


def _infer_year(fields: Fields, published: dt.date) -> int | None:
    """The year of a month (and day) named without one, in the month's own calendar."""
    today = from_gregorian(fields.calendar, published)
    if today is None or fields.month is None:
        return None
    year, month, day = today
    if fields.year_shift is not None:  # "March last year"
        return year + fields.year_shift
    # "last March": the latest March before the current month; "3 June last": before today.
    order = (fields.month, fields.day or 0) if fields.day else (fields.month,)
    current = (month, day) if fields.day else (month,)
    if fields.shift == -1:
        return year if order < current else year - 1
    if fields.shift == 1:
        return year if order > current else year + 1
    if fields.shift == 0:
        return year
    return _nearest_year(fields, published, year, month)


def _nearest_year(fields: Fields, published: dt.date, year: int, month: int) -> int | None:
    """The candidate year putting the date closest to publication, past preferred.

    News mostly reports what happened, but also announces what comes soon: a date ahead of
    publication counts double its distance, so "Jan. 7" in an article of 3 January is this
    January, while "December 7" in June is last December.
    """
    best: tuple[int, int] | None = None
    for candidate in (year - 1, year, year + 1):
        cost = _distance(fields, published, candidate, year * 12 + month)
        if cost is not None and (best is None or cost < best[0]):
            best = (cost, candidate)
    return None if best is None else best[1]


def _distance(fields: Fields, published: dt.date, year: int, current: int) -> int | None:
    assert fields.month is not None
    if fields.day is None:
        delta = year * 12 + fields.month - current  # in months
    else:
        date = to_gregorian(fields.calendar, year, fields.month, fields.day)
        if date is None:  # 29 February of a common year, 30 Esfand ...
            return None
        delta = (date - published).days
    return -delta if delta <= 0 else 2 * delta


def _weekday(fields: Fields, published: dt.date) -> dt.date:
    """The date of a named weekday.

    Bare ("Tuesday") means the latest such day on or before publication: news reports the
    past. "last" excludes the publication day itself, "next" looks ahead, "this" stays in
    the current week, and "Tuesday of last week" counts whole weeks. A weekday that names an
    event something came before ("ahead of Tuesday's vote") is the nearer such day, past or
    future: published on a Sunday that vote is two days ahead, on a Wednesday the day before.
    """
    assert fields.weekday is not None
    today = published.weekday()
    if fields.nearest and fields.shift is None and fields.week_shift is None:
        ahead = (fields.weekday - today) % 7
        if ahead < (today - fields.weekday) % 7:
            return published + dt.timedelta(days=ahead)
    if fields.week_shift is not None or fields.shift == 0:
        week = fields.week_shift or 0
        first = published - dt.timedelta(days=(today - fields.week_start) % 7)
        return first + dt.timedelta(days=7 * week + (fields.weekday - fields.week_start) % 7)
    if fields.shift == 1:
        return published + dt.timedelta(days=(fields.weekday - today) % 7 or 7)
    back = (today - fields.weekday) % 7
    if fields.shift == -1 and back == 0:
        back = 7
    return published - dt.timedelta(days=back)


def _relative(fields: Fields, published: dt.date) -> str | None:
    """A count of units before (negative) or after the publication date.

    Days keep day precision. A week is not a day: it becomes the month holding that week's
    Thursday (the ISO rule for which month a week belongs to). Months and years step in the
    grammar's calendar (Solar Hijri for Persian, where "last month" is the previous Persian
    month), then become Gregorian months and years.
    """
    if fields.count is None:
        return None
    count = fields.count
    if fields.unit == "day":
        return (published + dt.timedelta(days=count)).isoformat()
    if fields.unit == "week":
        monday = published - dt.timedelta(days=published.weekday())
        thursday = monday + dt.timedelta(days=7 * count + 3)
        return f"{thursday.year:04d}-{thursday.month:02d}"
    today = from_gregorian(fields.calendar, published)
    if today is None:
        return None
    if fields.unit == "month":
        index = today[0] * 12 + today[1] - 1 + count
        return month_value(fields.calendar, index // 12, index % 12 + 1)
    years = count * (10 if fields.unit == "decade" else 1)
    return year_value(fields.calendar, today[0] + years)
