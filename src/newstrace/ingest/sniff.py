"""Which reader an input needs: content first, the file name's extension as a tie-breaker."""

from __future__ import annotations

import re
from typing import Literal

from .decode import bom_encoding, utf16_without_bom

Format = Literal["gzip", "zip", "warc", "feed", "html", "xml", "json", "jsonl", "text"]

GZIP_MAGIC = b"\x1f\x8b"
ZIP_MAGIC = b"PK\x03\x04"
_EMPTY_ZIP = b"PK\x05\x06"

_FEED_ROOT = re.compile(r"<(rss|feed|rdf:RDF)\b", re.I)
_HTML_ROOT = re.compile(r"<(!doctype\s+html|html|head|body|article|div|p)\b", re.I)
_JSONL_EXT = (".jsonl", ".ndjson", ".jsonlines")
_TEXT_EXT = (".txt", ".md", ".markdown", ".text")
_HTML_EXT = (".html", ".htm", ".xhtml")
_FEED_EXT = (".rss", ".atom")


def _head_text(head: bytes) -> str:
    """A rough, never-failing text view of the head, good enough for looking at markup."""
    encoding = bom_encoding(head) or utf16_without_bom(head)
    if encoding:
        return head[: len(head) // 4 * 4].decode(encoding, errors="ignore")
    return head.decode("utf-8", errors="ignore")


def sniff(name: str, head: bytes) -> Format:
    """Guess the format of an input from its first bytes and its name."""
    lower = name.lower()
    if head.startswith(GZIP_MAGIC):
        return "gzip"
    if head.startswith((ZIP_MAGIC, _EMPTY_ZIP)):
        return "zip"
    if head.startswith(b"WARC/"):
        return "warc"
    text = _head_text(head).lstrip("\ufeff \t\r\n")
    if text.startswith("<"):
        if _FEED_ROOT.search(text[:4096]):
            return "feed"
        if _HTML_ROOT.search(text[:4096]) or lower.endswith(_HTML_EXT):
            return "html"
        if lower.endswith(_FEED_EXT):
            return "feed"
        return "xml"
    if text.startswith(("{", "[")):
        if lower.endswith(_JSONL_EXT) or (text.startswith("{") and _looks_like_jsonl(text)):
            return "jsonl"
        if lower.endswith(_TEXT_EXT):
            return "text"
        return "json"
    if lower.endswith(_HTML_EXT):
        return "html"
    return "text"


def _looks_like_jsonl(text: str) -> bool:
    """Several lines that each open a JSON object: JSON Lines even without the extension."""
    lines = [line for line in text.splitlines()[:3] if line.strip()]
    return len(lines) >= 2 and all(
        line.lstrip().startswith("{") and line.rstrip().endswith("}") for line in lines[:2]
    )
