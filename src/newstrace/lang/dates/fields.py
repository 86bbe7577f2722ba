"""What a date expression says, independent of its language: the record every language's
date grammar (``newstrace.lang.<code>.dates``) builds and ``newstrace.dates.resolve`` reads."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from newstrace.lang.dates.calendars import GREGORIAN


class Kind(StrEnum):
    CALENDAR = "calendar"  # some of day / month / year, each given or taken from the context
    WEEKDAY = "weekday"  # a named day of the week
    RELATIVE = "relative"  # a count of units from the publication date ("last month")
    RANGE = "range"  # from one year to another; decades are ranges too


@dataclass(frozen=True, slots=True)
class Fields:
    """What a date expression says, independent of its language."""

    kind: Kind
    calendar: str = GREGORIAN  # calendar of year/month/day, and of relative month/year steps
    year: int | None = None
    month: int | None = None
    day: int | None = None
    stop_year: int | None = None  # end of a range
    weekday: int | None = None  # Monday = 0
    unit: str | None = None  # day, week, month, year, decade
    count: int | None = None  # signed number of units from the publication date; None: vague
    shift: int | None = None  # last (-1) / this (0) / next (+1) occurrence of a month or weekday
    week_shift: int | None = None  # the weekday of last/this/next week
    year_shift: int | None = None  # a month of last/this/next year
    week_start: int = 0  # first day of the week where "Tuesday of last week" is counted
    # a weekday that may lie ahead ("ahead of Tuesday's vote"): the nearer such day
    nearest: bool = False
