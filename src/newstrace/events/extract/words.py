"""Closed word lists of the events engine that are not in its lexicons, by language.

Plain tables only (no logic), so that each can move into its language pack as it is; the
engine folds them where it compares folded tokens (see ``tables.py``).
"""

from __future__ import annotations

# --------------------------------------------------------------------------------------------
# Persian

# Imperfective prefixes written apart from their verb ("می کند"): with the next word they
# form one light verb.
FA_IMPERFECTIVE = ("می", "نمی")
