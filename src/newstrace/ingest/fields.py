"""Which JSON field holds which article attribute.

The defaults load news-please (``maintext``, ``date_publish``, ``source_domain``) and Fundus
(``plaintext``, ``publishing_date``) output as is; users add names with ``--field``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from ..errors import UsageError


@dataclass(frozen=True, slots=True)
class FieldMap:
    """Candidate field names per attribute, tried in order; dotted names reach into objects."""

    text: tuple[str, ...] = ("text", "content", "body", "maintext", "plaintext", "article")
    title: tuple[str, ...] = ("title", "headline")
    date: tuple[str, ...] = (
        "date",
        "published",
        "published_at",
        "date_publish",
        "publishing_date",
        "pubDate",
        "datePublished",
        "date_published",
    )
    url: tuple[str, ...] = ("url", "link", "uri")
    outlet: tuple[str, ...] = ("source", "outlet", "site", "source_domain", "publisher", "sitename")
    author: tuple[str, ...] = ("author", "authors", "byline")
    language: tuple[str, ...] = ("language", "lang")
    extra: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    ATTRIBUTES = ("text", "title", "date", "url", "outlet", "author", "language")

    def with_overrides(self, specs: Iterable[str]) -> FieldMap:
        """Apply ``attribute=name[,name...]`` specs; the given names are tried first."""
        changes: dict[str, Any] = {}  # attribute -> names; dynamic keys, so replace() sees Any
        for spec in specs:
            attribute, sep, names = spec.partition("=")
            attribute = attribute.strip()
            if not sep or attribute not in self.ATTRIBUTES or not names.strip():
                raise UsageError(
                    f"--field {spec!r}: expected ATTRIBUTE=NAME[,NAME...] with ATTRIBUTE one of "
                    + ", ".join(self.ATTRIBUTES)
                )
            wanted = tuple(n.strip() for n in names.split(",") if n.strip())
            current = changes.get(attribute, getattr(self, attribute))
            changes[attribute] = wanted + tuple(n for n in current if n not in wanted)
        return replace(self, **changes)

    def get(self, record: Mapping[str, Any], attribute: str) -> Any:
        """The first non-empty value among the attribute's candidate fields."""
        for name in getattr(self, attribute):
            value = _lookup(record, name)
            if value not in (None, "", [], {}):
                return value
        return None


def _lookup(record: Mapping[str, Any], name: str) -> Any:
    value: Any = record
    for part in name.split("."):
        if not isinstance(value, Mapping) or part not in value:
            return None
        value = value[part]
    return value


def as_text(value: Any) -> str | None:
    """A field value as one string: lists are joined (authors, paragraph arrays)."""
    if value is None:
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        parts = [as_text(v) for v in value]
        joined = "\n".join(p for p in parts if p)
        return joined or None
    if isinstance(value, Mapping):
        for key in ("name", "text", "value", "title"):
            if isinstance(value.get(key), str):
                return value[key]
        return None
    return str(value)
