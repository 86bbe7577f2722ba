"""Ingest: files, folders and archives in, :class:`RawArticle` records (or failures) out.

Everything streams: a JSON array, a JSON Lines file, a WARC or a zip of any size is read one
record at a time. Single-document formats (text, HTML, a feed) are read whole, up to
:data:`MAX_DOCUMENT_BYTES`. A failure anywhere is yielded as an :class:`InputFailure` naming the
file (and record) and the reader goes on with the next input; articles already yielded from a
file that fails half-way are kept.
"""

from __future__ import annotations

import contextlib
import gzip
import io
import os
import re
import tempfile
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from ..errors import InputFailure
from ..models import RawArticle
from .decode import decode_bytes, detect_encoding, looks_binary
from .fields import FieldMap
from .markup import parse_feed, parse_html_article
from .records import read_json, read_jsonl
from .sniff import sniff
from .text import parse_text_article

__all__ = ["MAX_DOCUMENT_BYTES", "FieldMap", "ReadStats", "read_inputs"]

# A single article (text/HTML page/feed) larger than this is refused, not read into memory.
MAX_DOCUMENT_BYTES = 64 * 1024 * 1024
_HEAD_BYTES = 64 * 1024
_MAX_NESTING = 4
# Archive members held in memory before spilling to a temporary file (zip needs seeking).
_SPOOL_BYTES = 32 * 1024 * 1024


@dataclass(slots=True)
class ReadStats:
    """What the readers saw: inputs opened and inputs (or records) that failed."""

    files: int = 0
    failures: list[InputFailure] = field(default_factory=list)


class _Prefixed(io.RawIOBase):
    """A stream whose first bytes were already read (to sniff them), put back in front."""

    def __init__(self, head: bytes, rest: IO[bytes]) -> None:
        self._head = memoryview(head)
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        if self._head:
            n = min(len(buffer), len(self._head))
            buffer[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        data = self._rest.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def read_inputs(
    paths: Iterable[str | os.PathLike[str]],
    fields: FieldMap | None = None,
    stats: ReadStats | None = None,
) -> Iterator[RawArticle | InputFailure]:
    """Every article in the given files and folders (recursively), in a stable order."""
    fields = fields or FieldMap()
    stats = stats if stats is not None else ReadStats()
    for raw_path in paths:
        for path, failure in _expand(Path(raw_path)):
            if failure is not None:
                stats.failures.append(failure)
                yield failure
                continue
            stats.files += 1
            for item in _read_file(path, fields):
                if isinstance(item, InputFailure):
                    stats.failures.append(item)
                yield item


# Documentation files that live beside articles in a folder; read only when named directly.
_FOLDER_SKIP = re.compile(r"^(readme|license|licence|copying|changelog)(\.[a-z0-9]+)?$", re.I)


def _expand(path: Path) -> Iterator[tuple[Path, InputFailure | None]]:
    """Files under ``path`` in sorted order.

    Inside folders, hidden files and READMEs/licences are skipped: they describe the
    articles, they are not articles.
    """
    if path.is_dir():
        try:
            children = sorted(path.iterdir())
        except OSError as exc:
            yield path, InputFailure(str(path), "unreadable", f"cannot list folder: {exc.strerror}")
            return
        for child in children:
            if not child.name.startswith(".") and not _FOLDER_SKIP.match(child.name):
                yield from _expand(child)
    elif path.is_file():
        yield path, None
    elif path.exists():
        yield path, InputFailure(str(path), "unsupported", "not a regular file")
    else:
        yield path, InputFailure(str(path), "not-found", "no such file or folder")


def _read_file(path: Path, fields: FieldMap) -> Iterator[RawArticle | InputFailure]:
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield InputFailure(str(path), "unreadable", f"cannot open: {exc.strerror or exc}")
        return
    with handle:
        yield from _guarded(str(path), _read_stream(handle, str(path), fields, 0))


def _guarded(
    name: str, items: Iterator[RawArticle | InputFailure]
) -> Iterator[RawArticle | InputFailure]:
    """Turn any exception a reader raises into one failure line; what was read stays read."""
    try:
        yield from items
    except (EOFError, zlib.error, gzip.BadGzipFile) as exc:
        yield InputFailure(name, "truncated", f"truncated or corrupt compressed data ({exc})")
    except ijson_errors() as exc:
        yield InputFailure(name, "malformed-json", f"malformed JSON: {_one_line(exc)}")
    except ValueError as exc:  # json.JSONDecodeError is a ValueError
        yield InputFailure(name, "malformed-json", f"malformed data: {_one_line(exc)}")
    except zipfile.BadZipFile as exc:
        yield InputFailure(name, "bad-archive", f"bad zip archive: {_one_line(exc)}")
    except OSError as exc:
        yield InputFailure(name, "unreadable", f"read error: {_one_line(exc)}")
    except Exception as exc:  # noqa: BLE001 - bad input must never stop the run
        yield InputFailure(name, "error", f"cannot read: {type(exc).__name__}: {_one_line(exc)}")


def ijson_errors() -> type[Exception]:
    import ijson

    return ijson.JSONError


def _one_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0][:300] if text else type(exc).__name__


def _read_stream(
    stream: IO[bytes], name: str, fields: FieldMap, depth: int
) -> Iterator[RawArticle | InputFailure]:
    """Sniff one stream and hand it to its reader."""
    head = stream.read(_HEAD_BYTES)
    if not head or not head.strip():
        yield InputFailure(name, "empty", "empty file")
        return
    full: IO[bytes] = io.BufferedReader(_Prefixed(head, stream), buffer_size=_HEAD_BYTES)
    fmt = sniff(name, head)
    if fmt in ("gzip", "zip") and depth >= _MAX_NESTING:
        yield InputFailure(name, "unsupported", "archives nested too deeply")
        return
    if fmt == "gzip":
        inner = name[:-3] if name.lower().endswith(".gz") else name
        gz = gzip.GzipFile(fileobj=full, mode="rb")
        if gz.peek(5)[:5] == b"WARC/":
            yield from _read_warc(gz, name)  # type: ignore[arg-type]
            return
        yield from _read_stream(gz, inner, fields, depth + 1)  # type: ignore[arg-type]
        return
    if fmt == "zip":
        yield from _read_zip(stream, head, name, fields, depth)
        return
    if fmt == "warc":
        yield from _read_warc(full, name)
        return
    if looks_binary(head):
        yield InputFailure(name, "binary", "binary data, not a text, HTML, JSON, feed or archive")
        return
    if fmt in ("json", "jsonl"):
        encoding = detect_encoding(head)
        if fmt == "jsonl":
            yield from read_jsonl(full, name, encoding, fields)
        else:
            first = head.decode(encoding, errors="ignore").lstrip("\ufeff \t\r\n")[:1]
            yield from read_json(full, name, encoding, fields, first)
        return
    data = _read_whole(full, name)
    if isinstance(data, InputFailure):
        yield data
        return
    if fmt == "html":
        yield parse_html_article(data, name)
    elif fmt == "feed":
        yield from parse_feed(data, name)
    elif fmt == "xml":
        yield InputFailure(name, "unsupported", "XML that is neither RSS nor Atom")
    else:
        text, _ = decode_bytes(data)
        article = parse_text_article(text, name, "markdown" if name.endswith(".md") else "text")
        yield article if article.text.strip() else InputFailure(name, "no-text", "no body text")


def _read_whole(stream: IO[bytes], name: str) -> bytes | InputFailure:
    data = stream.read(MAX_DOCUMENT_BYTES + 1)
    if len(data) > MAX_DOCUMENT_BYTES:
        return InputFailure(
            name,
            "too-large",
            f"larger than {MAX_DOCUMENT_BYTES // 2**20} MiB for a single article; "
            "split it or use JSON Lines",
        )
    return data


def _read_zip(
    stream: IO[bytes], head: bytes, name: str, fields: FieldMap, depth: int
) -> Iterator[RawArticle | InputFailure]:
    """Each member of a zip archive, read as if it were a file of its own."""
    with contextlib.ExitStack() as cleanup:
        if isinstance(stream, io.BufferedReader | io.FileIO):
            stream.seek(0)
            source: IO[bytes] = stream
        else:  # a zip inside an archive: zipfile seeks a lot, so spool it to a real file
            source = cleanup.enter_context(tempfile.SpooledTemporaryFile(max_size=_SPOOL_BYTES))
            source.write(head)
            while chunk := stream.read(1 << 20):
                source.write(chunk)
            source.seek(0)
        yield from _zip_members(zipfile.ZipFile(source), name, fields, depth)


def _zip_members(
    archive: zipfile.ZipFile, name: str, fields: FieldMap, depth: int
) -> Iterator[RawArticle | InputFailure]:
    with archive:
        for info in archive.infolist():
            member = info.filename
            base = member.rsplit("/", 1)[-1]
            if info.is_dir() or member.startswith("__MACOSX/") or base.startswith("."):
                continue
            member_name = f"{name}!{member}"
            try:
                member_stream = archive.open(info)
            except (zipfile.BadZipFile, NotImplementedError, RuntimeError) as exc:
                yield InputFailure(member_name, "bad-archive", f"cannot open member: {exc}")
                continue
            with member_stream:
                yield from _guarded(
                    member_name, _read_stream(member_stream, member_name, fields, depth + 1)
                )


def _read_warc(stream: IO[bytes], name: str) -> Iterator[RawArticle | InputFailure]:
    """HTML response (and resource) records of a WARC file; the record URL and date go along."""
    from warcio.archiveiterator import ArchiveIterator

    from .dates import normalize_date

    for record in ArchiveIterator(stream, arc2warc=True):
        if record.rec_type not in ("response", "resource"):
            continue
        uri = record.rec_headers.get_header("WARC-Target-URI")
        where = f"{name} record {uri}"
        content_type = ""
        if record.http_headers is not None:
            status = record.http_headers.get_statuscode()
            if status and not status.startswith("2"):
                continue
            content_type = record.http_headers.get_header("Content-Type") or ""
        else:
            content_type = record.rec_headers.get_header("Content-Type") or ""
        if "html" not in content_type.lower():
            continue
        body = record.content_stream().read(MAX_DOCUMENT_BYTES + 1)
        if len(body) > MAX_DOCUMENT_BYTES:
            yield InputFailure(where, "too-large", "HTML record too large")
            continue
        charset = None
        if "charset=" in content_type.lower():
            charset = content_type.lower().split("charset=")[-1].split(";")[0].strip(" \"'")
        article = parse_html_article(
            body,
            name,
            url=uri,
            charset=charset or None,
            fallback_date=normalize_date(record.rec_headers.get_header("WARC-Date")),
            fallback_source="warc-date",
        )
        if isinstance(article, InputFailure):
            article = InputFailure(where, article.code, article.reason)
        yield article
