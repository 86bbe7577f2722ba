"""Small SQL helpers shared by the store's readers."""

from __future__ import annotations

import copy
import json
from collections.abc import Collection
from dataclasses import fields, is_dataclass
from typing import Any


def among(column: str, ids: Collection[str] | None) -> tuple[str, tuple[str, ...]]:
    """A ``AND column IN (...)`` clause and its one parameter for a set of ids (one JSON array
    bound as a parameter, so any number of ids costs one statement); empty for ``None``."""
    if ids is None:
        return "", ()
    return f" AND {column} IN (SELECT value FROM json_each(?))", (json.dumps(sorted(ids)),)


_ATOMS = (str, int, float, bool, type(None))
_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def plain(value: Any) -> Any:
    """``dataclasses.asdict`` for the records the store writes as JSON, without its cost:
    dataclasses become dicts (field order kept), lists and tuples are walked, strings and
    numbers are taken as they are (asdict deep-copies each one); anything else is
    deep-copied as asdict does."""
    if isinstance(value, _ATOMS):
        return value
    kind = type(value)
    names = _FIELD_NAMES.get(kind)
    if names is None and is_dataclass(value):
        names = _FIELD_NAMES[kind] = tuple(f.name for f in fields(value))
    if names is not None:
        return {name: plain(getattr(value, name)) for name in names}
    if kind is list:
        return [plain(v) for v in value]
    if isinstance(value, tuple) and hasattr(value, "_fields"):
        return kind(*[plain(v) for v in value])  # a named tuple, as asdict rebuilds it
    if isinstance(value, list | tuple):
        return kind(plain(v) for v in value)
    if isinstance(value, dict):
        return kind((plain(k), plain(v)) for k, v in value.items())
    return copy.deepcopy(value)
