"""The word tables of :mod:`.words`, folded as the engine compares them."""

from __future__ import annotations

from ...nlp.phrases import folded_set
from . import words as w

IMPERFECTIVE = folded_set(w.FA_IMPERFECTIVE)
