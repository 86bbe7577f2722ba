"""Bytes to text: BOMs first, then strict UTF-8, then a maintained detector.

Decoding never raises: what cannot be decoded becomes U+FFFD, so one bad byte never costs a
whole article.
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.\-]+)["']""", re.I)

# How much of a large input the detector looks at; enough for any real encoding decision.
_DETECT_SAMPLE = 64 * 1024


def bom_encoding(head: bytes) -> str | None:
    """The encoding a byte-order mark announces, if the data starts with one."""
    for bom, name in _BOMS:
        if head.startswith(bom):
            return name
    return None


def _valid_utf8_prefix(head: bytes) -> bool:
    """True when ``head`` is UTF-8, allowing a multi-byte character cut at the end."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        decoder.decode(head, final=False)
    except UnicodeDecodeError:
        return False
    return True


def declared_encoding(head: bytes) -> str | None:
    """An encoding declared inside the document (HTML meta charset or XML declaration)."""
    for pattern in (_META_CHARSET, _XML_ENCODING):
        match = pattern.search(head[:4096])
        if match:
            name = match.group(1).decode("ascii", "ignore").lower()
            try:
                return codecs.lookup(name).name
            except LookupError:
                return None
    return None


def detect_encoding(head: bytes, declared: str | None = None) -> str:
    """Best encoding for data that starts with ``head``.

    Order: byte-order mark, valid UTF-8, the document's own declaration, then charset-normalizer.
    """
    bom = bom_encoding(head) or utf16_without_bom(head)
    if bom:
        return bom
    if _valid_utf8_prefix(head):
        return "utf-8"
    if declared and declared not in ("utf-8", "utf_8") and _known(declared):
        return declared
    return _guess(head[:_DETECT_SAMPLE])


# When the detector finds several encodings equally plausible (short text often decodes
# cleanly as cp1250, cp1252 and cp1257 alike), prefer the ones news archives actually use.
_PREFERRED = ("cp1252", "iso8859_1", "cp1256", "cp1251", "iso8859_15", "cp1250", "koi8_r")


def _guess(data: bytes) -> str:
    matches = list(from_bytes(data))
    if not matches:
        return "latin-1"
    best = min(m.percent_chaos for m in matches)
    tied = [m for m in matches if m.percent_chaos <= best + 0.5]

    def rank(match: object) -> tuple[int, float]:
        names = [match.encoding, *getattr(match, "could_be_from_charset", [])]  # type: ignore[attr-defined]
        order = min((_PREFERRED.index(n) for n in names if n in _PREFERRED), default=99)
        return order, -match.percent_coherence  # type: ignore[attr-defined]

    return min(tied, key=rank).encoding


def _known(encoding: str) -> bool:
    try:
        codecs.lookup(encoding)
    except LookupError:
        return False
    return True


def decode_bytes(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Decode a whole document; returns (text, encoding used)."""
    encoding = detect_encoding(
        data[:_DETECT_SAMPLE] if len(data) > _DETECT_SAMPLE else data, declared
    )
    if encoding == "utf-8" and len(data) > _DETECT_SAMPLE and not _valid_utf8_prefix(data):
        # The sample looked like UTF-8 but the rest is not: ask the detector about all of it.
        encoding = _guess(data)
    return data.decode(encoding, errors="replace"), encoding


def looks_binary(head: bytes) -> bool:
    """NUL bytes outside UTF-16/32 text, or a known binary magic number."""
    if bom_encoding(head) in ("utf-16", "utf-32"):
        return False
    if head.startswith(
        (
            b"%PDF",
            b"\x89PNG",
            b"GIF8",
            b"\xff\xd8\xff",
            b"\x7fELF",
            b"BZh",
            b"\xfd7zXZ",
            b"7z\xbc\xaf",
        )
    ):
        return True
    sample = head[:8192]
    if b"\x00" in sample:
        # UTF-16 without BOM has NULs in every other byte of ASCII text: accept it.
        even, odd = sample[0::2], sample[1::2]
        if odd.count(0) > len(odd) * 0.3 or even.count(0) > len(even) * 0.3:
            return _utf16_without_bom(sample) is None
        return True
    return False


def _utf16_without_bom(sample: bytes) -> str | None:
    for name in ("utf-16-le", "utf-16-be"):
        try:
            text = sample[: len(sample) // 2 * 2].decode(name)
        except UnicodeDecodeError:
            continue
        printable = sum(ch.isprintable() or ch.isspace() for ch in text)
        if text and printable / len(text) > 0.95:
            return name
    return None


def utf16_without_bom(head: bytes) -> str | None:
    """``utf-16-le``/``utf-16-be`` when ``head`` is BOM-less UTF-16 text, else None."""
    if b"\x00" not in head[:8192] or bom_encoding(head):
        return None
    return _utf16_without_bom(head[:8192])
