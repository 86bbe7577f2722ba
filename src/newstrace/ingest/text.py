"""Plain-text and Markdown articles: title, header metadata and body from one document."""

from __future__ import annotations

import re

from ..models import RawArticle
from .dates import header_line_date, normalize_date

_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.+?)\s*#*\s*$")
_SETEXT_UNDERLINE = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_FIELD_LINE = re.compile(r"^\s*([A-Za-z][A-Za-z _-]{1,20})\s*:\s*(.+?)\s*$")
_FRONT_MATTER = re.compile(r"\A---\s*\n(.*?)\n(?:---|\.\.\.)\s*(?:\n|\Z)", re.S)

# Header keys a text file may carry above its body, mapped to RawArticle attributes.
_HEADER_KEYS = {
    "title": "title",
    "headline": "title",
    "outlet": "outlet",
    "source": "outlet",
    "publisher": "outlet",
    "site": "outlet",
    "url": "url",
    "link": "url",
    "author": "author",
    "by": "author",
    "byline": "author",
    "date": "date",
    "published": "date",
    "dated": "date",
    "publication date": "date",
    "lang": "language",
    "language": "language",
}
# "date 2024-03-05 The ministry said ...": an ISO date field, then the body's first sentence
# on the same line (exports that join the date field to the text).
_DATE_FIELD_THEN_TEXT = re.compile(
    r"^\s*(?:date|published|dated|publication\s+date)\s*[:=]?\s*"
    r"(?P<date>\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?"
    r"\s*[|·•,;–—-]?\s+(?P<rest>\S.*?)\s*$",
    re.IGNORECASE,
)
# How many leading non-empty lines may hold the title and header fields.
_HEADER_WINDOW = 6
_MAX_TITLE_CHARS = 200


def parse_text_article(text: str, path: str, fmt: str = "text") -> RawArticle:
    """Split a plain-text/Markdown document into title, header metadata and body.

    The body is the document minus front matter, the title line and header lines (date,
    outlet, ...); everything else is kept verbatim so offsets stay meaningful.
    """
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    meta: dict[str, str] = {}
    front = _FRONT_MATTER.match(text)
    if front:
        _read_fields(front.group(1).splitlines(), meta, strict=False)
        text = text[front.end() :]

    lines = text.split("\n")
    consumed: set[int] = set()
    title: str | None = meta.get("title")
    seen = 0
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        seen += 1
        if seen > _HEADER_WINDOW:
            break
        heading = _HEADING.match(line)
        if title is None and heading:
            title = heading.group(1).strip()
            consumed.add(i)
            continue
        if (
            title is None
            and i + 1 < len(lines)
            and _SETEXT_UNDERLINE.match(lines[i + 1])
            and line.strip()
        ):
            title = line.strip()
            consumed.update((i, i + 1))
            continue
        joined = _DATE_FIELD_THEN_TEXT.match(line)
        if joined and normalize_date(joined.group("date")) and _is_sentence(joined.group("rest")):
            # The date is the header's; the rest of the line is the body's first sentence,
            # kept in the body, and the title when the file names none.
            meta.setdefault("date", joined.group("date"))
            rest = joined.group("rest")
            if title is None and len(rest) <= _MAX_TITLE_CHARS:
                title = rest
            lines[i] = rest
            break
        date = header_line_date(line)
        if date is not None:
            meta.setdefault("date", date)
            consumed.add(i)
            continue
        if _read_fields([line], meta, strict=True):
            consumed.add(i)
            continue
        if title is None and len(line.strip()) <= _MAX_TITLE_CHARS and seen == 1:
            title = line.strip()
            consumed.add(i)
            continue
        break  # the body has started: stop looking for header lines

    body = "\n".join(line for i, line in enumerate(lines) if i not in consumed).strip("\n")
    return RawArticle(
        text=body,
        path=path,
        title=title,
        url=meta.get("url"),
        outlet=meta.get("outlet"),
        published=normalize_date(meta.get("date")),
        published_source="header" if meta.get("date") else None,
        author=meta.get("author"),
        language_hint=meta.get("language"),
        format=fmt,
    )


def _is_sentence(text: str) -> bool:
    """Three words or more ("Tuesday", "(UTC)" after a date are still the date's)."""
    return len(re.findall(r"[^\W\d_]{2,}", text)) >= 3


def _read_fields(lines: list[str], meta: dict[str, str], *, strict: bool) -> bool:
    """Read ``key: value`` lines with known keys into ``meta``; True if any was read."""
    found = False
    for line in lines:
        match = _FIELD_LINE.match(line)
        if not match:
            if strict:
                return False
            continue
        key = _HEADER_KEYS.get(match.group(1).strip().lower())
        if key is None:
            if strict:
                return False
            continue
        value = match.group(2).strip().strip("\"'")
        if key == "date":
            value = normalize_date(value) or ""
            if not value:
                continue
        meta.setdefault(key, value)
        found = True
    return found
