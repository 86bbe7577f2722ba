"""HTML pages (trafilatura) and RSS/Atom feeds (feedparser)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import urlsplit

from ..errors import InputFailure
from ..models import RawArticle
from .dates import normalize_date
from .decode import declared_encoding, decode_bytes

_HTML_LANG = re.compile(r"""<html[^>]*\blang\s*=\s*["']?([A-Za-z]{2,3})""", re.I)
_BLOCK_TAGS = frozenset(
    "p div br li ul ol h1 h2 h3 h4 h5 h6 blockquote pre tr table section article header footer"
    " figure figcaption dd dt hr".split()
)
# Keep only what identifies the outlet, not the date-driven metadata search of htmldate,
# which can pick an unrelated date (a comment's, a related story's) as the publication date.
_DATE_PARAMS = {"extensive_search": False, "original_date": True}


def host_of(url: str | None) -> str | None:
    """The URL's host without ``www.``, or None."""
    if not url:
        return None
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:
        return None
    if not host:
        return None
    return host[4:] if host.startswith("www.") else host


def html_language(html: str) -> str | None:
    match = _HTML_LANG.search(html[:4096])
    return match.group(1).lower() if match else None


def parse_html_article(
    data: bytes,
    path: str,
    *,
    url: str | None = None,
    charset: str | None = None,
    fallback_date: str | None = None,
    fallback_source: str | None = None,
) -> RawArticle | InputFailure:
    """One HTML page to an article; the page's own metadata wins over what its container says."""
    import trafilatura
    from trafilatura.settings import Document

    html, _ = decode_bytes(data, declared=charset or declared_encoding(data[:4096]))
    doc = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        date_extraction_params=_DATE_PARAMS,
    )
    # A Document (as_dict left False), or None when trafilatura found nothing to extract.
    text = (doc.text or "").strip() if isinstance(doc, Document) else ""
    if not isinstance(doc, Document) or not text:
        return InputFailure(path, "no-text", "no article text found in the HTML page")
    title = (doc.title or "").strip() or None
    text = _drop_leading_title(text, title)
    published = normalize_date(doc.date)
    source = "html" if published else None
    if published is None and fallback_date:
        published, source = fallback_date, fallback_source
    page_url = url or doc.url
    return RawArticle(
        text=text,
        path=path,
        title=title,
        url=page_url,
        outlet=(doc.sitename or "").strip() or host_of(page_url),
        published=published,
        published_source=source,
        author=(doc.author or "").strip() or None,
        language_hint=html_language(html),
        format="html",
    )


def _drop_leading_title(text: str, title: str | None) -> str:
    """Extractors often repeat the headline as the body's first line; the title is kept apart."""
    if not title:
        return text
    first, _, rest = text.partition("\n")
    if first.strip() == title and rest.strip():
        return rest.strip("\n")
    return text


def html_fragment_text(fragment: str) -> str:
    """Visible text of an HTML fragment (feed content), one line per block element."""
    import lxml.html
    from lxml import etree

    if "<" not in fragment:
        return fragment.strip()
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return re.sub(r"<[^>]+>", " ", fragment).strip()
    for bad in root.xpath("//script|//style"):
        bad.drop_tree()
    text = _text_with_tails(root)
    lines = [re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in text.split("\n")]
    return "\n\n".join(line for line in lines if line)


def _text_with_tails(root: object) -> str:
    """Text in document order, with a line break around every block element."""
    out: list[str] = []

    def walk(node: object) -> None:
        tag = node.tag if isinstance(node.tag, str) else ""  # type: ignore[attr-defined]
        block = tag in _BLOCK_TAGS
        if block:
            out.append("\n")
        if node.text:  # type: ignore[attr-defined]
            out.append(node.text)  # type: ignore[attr-defined]
        for child in node:  # type: ignore[attr-defined]
            walk(child)
            if child.tail:
                out.append(child.tail)
        if block:
            out.append("\n")

    walk(root)
    return "".join(out)


def parse_feed(data: bytes, path: str) -> Iterator[RawArticle | InputFailure]:
    """Each entry of an RSS 2.0, RSS 1.0 or Atom feed as an article."""
    import feedparser

    parsed = feedparser.parse(data)
    entries = parsed.get("entries") or []
    problem = parsed.get("bozo_exception") if parsed.get("bozo") else None
    # An encoding mismatch is harmless (the text was decoded anyway); broken XML is not.
    malformed = problem is not None and not isinstance(
        problem, feedparser.CharacterEncodingOverride | feedparser.NonXMLContentType
    )
    feed = parsed.get("feed", {})
    feed_title = (feed.get("title") or "").strip() or None
    feed_lang = (feed.get("language") or "").split("-")[0].lower() or None
    for number, entry in enumerate(entries, 1):
        contents = [c.get("value", "") for c in entry.get("content", []) or []]
        body = max(contents, key=len) if contents else ""
        if len(body.strip()) < len((entry.get("summary") or "").strip()):
            body = entry.get("summary") or ""
        text = html_fragment_text(body)
        if not text:
            if not malformed:  # entries of a broken feed are recovery debris: one line below
                yield InputFailure(f"{path} entry {number}", "no-text", "feed entry has no text")
            continue
        link = entry.get("link")
        yield RawArticle(
            text=text,
            path=path,
            title=(entry.get("title") or "").strip() or None,
            url=link,
            outlet=feed_title or host_of(link),
            published=normalize_date(entry.get("published_parsed") or entry.get("updated_parsed")),
            published_source="feed",
            author=(entry.get("author") or "").strip() or None,
            language_hint=feed_lang,
            format="feed",
        )
    if malformed:
        reason = str(problem).strip().splitlines()[0] if str(problem).strip() else "broken XML"
        yield InputFailure(
            path, "malformed-xml", f"malformed feed ({reason}); {len(entries)} entries recovered"
        )
