"""Publication dates from metadata values and header lines; never from unrelated dates."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from newstrace.ingest.dates import header_line_date, normalize_date


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-06-12", "2025-06-12"),
        ("2025-06-12T14:30:00Z", "2025-06-12"),
        ("2017-02-21 12:00:00", "2017-02-21"),
        ("2025/6/3", "2025-06-03"),
        ("12.06.2025", "2025-06-12"),
        ("Thu, 12 Jun 2025 09:00:00 +0000", "2025-06-12"),
        ("March 7, 2025", "2025-03-07"),
        ("۲۰۲۵-۰۶-۱۶", "2025-06-16"),
        (1718150400, "2024-06-12"),
        (1718150400000, "2024-06-12"),
        (dt.date(2020, 2, 29), "2020-02-29"),
        (time.strptime("2021-05-04", "%Y-%m-%d"), "2021-05-04"),
        ("2025-02-30", None),
        ("yesterday", None),
        ("June 2025", None),  # not a day: a publication date is a day or nothing
        ("", None),
        (None, None),
        (True, None),
    ],
)
def test_normalize_date(value, expected):
    assert normalize_date(value) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("date 2025-11-03", "2025-11-03"),
        ("Published on: 12 June 2025", "2025-06-12"),
        ("Photo: Protesters outside the ministry, March 3, 2019 (archive).", None),
        ("The ministry said on March 3, 2019 that it would review the contract.", None),
        ("Credit: March 3, 2019", None),
        ("2 min read", None),
        ("تاریخ: 2025-06-16", "2025-06-16"),
    ],
)
def test_header_line_date(line, expected):
    assert header_line_date(line) == expected
