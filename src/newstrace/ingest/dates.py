"""Publication dates from metadata values and from the header lines of plain-text articles.

A publication date is only ever taken from a value that *is* a date (a metadata field, or a
header line that holds nothing but a date and an optional label). Dates inside sentences,
photo captions or credits are never used: a wrong publication date would shift every relative
date in the article.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re
import time
from functools import lru_cache
from typing import Any

from .. import lang

_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_ISO = re.compile(r"^\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[T\s_]|[+-]\d|Z)")
_DMY_NUMERIC = re.compile(r"^\s*(\d{1,2})[/.](\d{1,2})[/.](\d{4})\s*$")
_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d|2100)(?!\d)")

# Labels that may stand before a date on a header line, in the supported languages.
# Labels before a date line, every language's (lang packs' date_labels), in pack order.
_DATE_LABELS = re.compile(
    r"^\s*(?:" + "|".join(lang.ordered("date_labels")) + r")\s*[:：\-–—]?\s*",
    re.I,
)
# Longest header line that is still "just a date" (weekday, day, month name, year, time).
_MAX_DATE_LINE = 48
MIN_YEAR, MAX_YEAR = 1900, 2100


def _valid(year: int, month: int, day: int) -> str | None:
    if not (MIN_YEAR <= year <= MAX_YEAR):
        return None
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def normalize_date(value: Any) -> str | None:
    """A metadata date value (ISO, RFC 2822, epoch, struct_time, or prose) as ``YYYY-MM-DD``."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime | dt.date):
        return _valid(value.year, value.month, value.day)
    if isinstance(value, time.struct_time):
        return _valid(value.tm_year, value.tm_mon, value.tm_mday)
    if isinstance(value, int | float) and not isinstance(value, bool):
        seconds = value / 1000 if value > 1e11 else value  # milliseconds are common in JSON
        try:
            day = dt.datetime.fromtimestamp(seconds, tz=dt.UTC).date()
        except (OverflowError, OSError, ValueError):
            return None
        return _valid(day.year, day.month, day.day)
    if not isinstance(value, str):
        return None
    text = value.translate(_DIGITS).strip()
    match = _ISO.match(text)
    if match:
        return _valid(int(match[1]), int(match[2]), int(match[3]))
    match = _DMY_NUMERIC.match(text)
    if match:
        return _valid(int(match[3]), int(match[2]), int(match[1]))
    parsed = email.utils.parsedate_tz(text)
    if parsed and parsed[0]:
        return _valid(parsed[0], parsed[1], parsed[2])
    return _parse_prose_date(text)


@lru_cache(maxsize=4096)
def _parse_prose_date(text: str) -> str | None:
    """A full date written in words ("March 7, 2025", "7 مارس 2025"); needs day, month, year."""
    if len(text) > 64 or not _YEAR.search(text):
        return None
    import dateparser  # slow to import: only paid for when a prose date appears

    parsed = dateparser.parse(
        text,
        settings={
            "STRICT_PARSING": True,
            "REQUIRE_PARTS": ["day", "month", "year"],
            "RETURN_AS_TIMEZONE_AWARE": False,
        },
    )
    if parsed is None:
        return None
    return _valid(parsed.year, parsed.month, parsed.day)


def header_line_date(line: str) -> str | None:
    """The date a header line holds, when the line is nothing but a (labelled) date."""
    body = _DATE_LABELS.sub("", line.strip(), count=1).strip(" \t|·•,")
    if not body or len(body) > _MAX_DATE_LINE:
        return None
    body_ascii = body.translate(_DIGITS)
    if not _YEAR.search(body_ascii):
        return None
    return normalize_date(body_ascii)
