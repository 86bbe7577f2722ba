"""The store's JSON rows: ``plain`` gives exactly what ``dataclasses.asdict`` gives."""

from __future__ import annotations

from dataclasses import asdict

from newstrace.models import Attribution, DateRef, Merge, TextSpan
from newstrace.store.sql import plain


def test_plain_is_asdict_for_nested_records() -> None:
    span = TextSpan("said", 4, 8)
    records = [
        DateRef(text="Tuesday", start=0, end=7, value="2025-06-10", end_value=None, relative=True),
        Merge("Zarif", "Mohammad Javad Zarif", "name-prefix", 0.8),
        span,
    ]
    for record in records:
        assert plain(record) == asdict(record)
        assert list(plain(record)) == list(asdict(record))  # field order too


def test_plain_walks_lists_tuples_and_dicts() -> None:
    value = {"a": [TextSpan("x", 0, 1), (1, 2.5, None)], "b": True}
    assert plain(value) == {"a": [asdict(TextSpan("x", 0, 1)), (1, 2.5, None)], "b": True}
    attribution = Attribution(TextSpan("said", 4, 8), TextSpan("he", 0, 2))
    assert plain(attribution) == asdict(attribution)
