"""Small SQL helpers shared by the store's readers."""

from __future__ import annotations

import json
from collections.abc import Collection


def among(column: str, ids: Collection[str] | None) -> tuple[str, tuple[str, ...]]:
    """A ``AND column IN (...)`` clause and its one parameter for a set of ids (one JSON array
    bound as a parameter, so any number of ids costs one statement); empty for ``None``."""
    if ids is None:
        return "", ()
    return f" AND {column} IN (SELECT value FROM json_each(?))", (json.dumps(sorted(ids)),)
