"""JSON and JSON Lines: one article per object, read as a stream."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator, Mapping
from typing import IO, Any

import ijson

from ..errors import InputFailure
from ..models import RawArticle
from .dates import normalize_date
from .fields import FieldMap, as_text
from .markup import host_of

# Keys under which a top-level JSON object may hold its list of articles.
_LIST_KEYS = ("articles", "items", "data", "results", "entries", "documents", "records")


class _Utf8Recoder(io.RawIOBase):
    """A byte stream in any encoding, re-encoded as UTF-8 on the fly (ijson wants UTF-8)."""

    def __init__(self, raw: IO[bytes], encoding: str) -> None:
        self._text = io.TextIOWrapper(raw, encoding=encoding, errors="replace")
        self._pending = b""

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        while not self._pending:
            chunk = self._text.read(16384)
            if not chunk:
                return 0
            self._pending = chunk.encode("utf-8")
        n = min(len(buffer), len(self._pending))
        buffer[:n] = self._pending[:n]
        self._pending = self._pending[n:]
        return n


def record_article(
    record: Any, path: str, where: str, fields: FieldMap
) -> RawArticle | InputFailure:
    """One JSON object to an article, or a failure saying which field was missing."""
    if not isinstance(record, Mapping):
        return InputFailure(f"{path} {where}", "malformed-json", "not a JSON object")
    text = as_text(fields.get(record, "text"))
    if not text or not text.strip():
        return InputFailure(
            f"{path} {where}",
            "no-text",
            "no article text (looked for fields: " + ", ".join(fields.text) + ")",
        )
    url = as_text(fields.get(record, "url"))
    date_value = fields.get(record, "date")
    language = as_text(fields.get(record, "language"))
    return RawArticle(
        text=text.strip(),
        path=path,
        title=_clean(as_text(fields.get(record, "title"))),
        url=_clean(url),
        outlet=_clean(as_text(fields.get(record, "outlet"))) or host_of(url),
        published=normalize_date(date_value),
        published_source="metadata" if date_value else None,
        author=_clean(as_text(fields.get(record, "author"))),
        language_hint=language.split("-")[0].lower() if language else None,
        format="json",
    )


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    value = " ".join(value.split())
    return value or None


def read_json(
    stream: IO[bytes], path: str, encoding: str, fields: FieldMap, first_char: str
) -> Iterator[RawArticle | InputFailure]:
    """A JSON array of articles (streamed), an object holding one, or a single article."""
    if encoding not in ("utf-8", "utf-8-sig"):
        stream = io.BufferedReader(_Utf8Recoder(stream, encoding))
    elif encoding == "utf-8-sig":
        stream.read(3)
    if first_char == "[":
        for number, item in enumerate(ijson.items(stream, "item", use_float=True), 1):
            yield record_article(item, path, f"item {number}", fields)
        return
    document = json.load(io.TextIOWrapper(stream, encoding="utf-8", errors="replace"))
    for key in _LIST_KEYS:
        items = document.get(key) if isinstance(document, dict) else None
        if isinstance(items, list) and items and all(isinstance(i, Mapping) for i in items):
            for number, item in enumerate(items, 1):
                yield record_article(item, path, f"{key}[{number}]", fields)
            return
    yield record_article(document, path, "object", fields)


def read_jsonl(
    stream: IO[bytes], path: str, encoding: str, fields: FieldMap
) -> Iterator[RawArticle | InputFailure]:
    """JSON Lines: a bad line is reported and skipped, the others are read."""
    lines = io.TextIOWrapper(stream, encoding=encoding, errors="replace")
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputFailure(f"{path} line {number}", "malformed-json", f"malformed JSON: {exc}")
            continue
        yield record_article(record, path, f"line {number}", fields)
