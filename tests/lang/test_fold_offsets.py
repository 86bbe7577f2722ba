"""fold_with_offsets (a translation table with offsets worked out only where a character
vanishes or expands) gives what folding each character on its own gives."""

from __future__ import annotations

import random

from newstrace.lang.fold import fold, fold_with_offsets


def _per_character(text: str) -> tuple[str, list[int]]:
    out, where = [], []
    for index, char in enumerate(text):
        folded = fold(char)
        out.append(folded)
        where.extend([index] * len(folded))
    return "".join(out), where


def test_offsets_through_vanishing_and_expanding_characters() -> None:
    text = "وَقالَ ـــ می‌کند ﻻ Straße ﬁnal ½"
    folded, where = fold_with_offsets(text)
    assert (folded, where) == _per_character(text)
    assert "ﻻ" not in folded and "ss" in folded  # the ligature and ß expand
    assert len(where) == len(folded)


def test_same_as_per_character_fold_on_random_text() -> None:
    rng = random.Random(7)
    for _ in range(300):
        text = "".join(chr(rng.randrange(0x20, 0x3000)) for _ in range(rng.randrange(40)))
        assert fold_with_offsets(text) == _per_character(text)
