"""Each input format, read from the bundled fictional examples or small inline fixtures."""

from __future__ import annotations

import gzip
import io
import json
import zipfile
from pathlib import Path

import pytest

from newstrace.errors import InputFailure
from newstrace.ingest import FieldMap, read_inputs
from newstrace.models import RawArticle

from ..conftest import EXAMPLES


def read(path: Path | str, fields: FieldMap | None = None) -> list[RawArticle | InputFailure]:
    return list(read_inputs([path], fields))


def articles(path: Path | str, fields: FieldMap | None = None) -> list[RawArticle]:
    items = read(path, fields)
    failures = [i.message() for i in items if isinstance(i, InputFailure)]
    assert not failures, failures
    return items  # type: ignore[return-value]


def test_markdown_title_date_outlet_and_caption_date_ignored():
    (a,) = articles(EXAMPLES / "levant-wire-resignation.md")
    assert a.title == "Deputy water minister Karim Haddad resigns over dam contract dispute"
    assert a.published == "2025-06-12"
    assert a.published_source == "header"
    assert a.outlet == "Levant Wire"
    assert a.format == "markdown"
    # The header lines are metadata, not body; the caption stays in the body as text.
    assert not a.text.startswith(("#", "date", "outlet"))
    assert "Photo: Protesters outside the ministry, March 3, 2019" in a.text


def test_text_file_whose_only_date_is_in_a_caption_has_no_date(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(
        "Floods close the coastal road\n\nPhoto: the road on March 3, 2019 (archive).\n\n"
        "The coastal road was closed on Monday after heavy rain.\n"
    )
    (a,) = articles(path)
    assert a.title == "Floods close the coastal road"
    assert a.published is None


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("date 2025-11-03", "2025-11-03"),
        ("Date: March 7, 2025", "2025-03-07"),
        ("Published: 7 March 2025", "2025-03-07"),
        ("التاريخ: 2025-06-12", "2025-06-12"),
        ("تاریخ: ۲۰۲۵-۰۶-۱۶", "2025-06-16"),
        ("June 13, 2025", "2025-06-13"),
    ],
)
def test_text_header_date_forms(tmp_path, header, expected):
    path = tmp_path / "a.txt"
    path.write_text(f"A headline\n{header}\n\nBody sentence one. Body sentence two.\n")
    (a,) = articles(path)
    assert a.published == expected
    assert a.title == "A headline"


def test_front_matter(tmp_path):
    path = tmp_path / "a.md"
    path.write_text(
        "---\ntitle: Front matter title\ndate: 2024-02-29\nsource: Some Outlet\n"
        "url: https://some.example/x\n---\nBody text here.\n"
    )
    (a,) = articles(path)
    assert (a.title, a.published, a.outlet, a.url) == (
        "Front matter title",
        "2024-02-29",
        "Some Outlet",
        "https://some.example/x",
    )
    assert a.text == "Body text here."


def test_html_metadata_and_boilerplate():
    (a,) = articles(EXAMPLES / "gulf-daily-echo.html")
    assert a.outlet == "Gulf Daily Echo"
    assert a.published == "2025-06-12"
    assert a.language_hint == "en"
    assert a.title and "deputy water minister" in a.title
    assert "Karim Haddad" in a.text
    assert "Most read" not in a.text  # sidebar dropped
    assert "wake-up call" in a.text  # the opinion paragraph is article text


def test_cp1256_arabic_text_is_decoded():
    (a,) = articles(EXAMPLES / "arabic-echo-cp1256.txt")
    assert "كريم حداد" in a.text
    assert a.published == "2025-06-12"
    assert "\ufffd" not in a.text


def test_utf16_with_bom_and_latin1(tmp_path):
    utf16 = tmp_path / "u16.txt"
    utf16.write_bytes("Headline\nJune 13, 2025\n\nCafé owners protested.\n".encode("utf-16"))
    latin1 = tmp_path / "l1.txt"
    latin1.write_bytes(
        "Titre\n\nLes employés du café ont protesté à Genève contre la fermeture prévue "
        "de leur établissement, selon le syndicat.\n".encode("latin-1")
    )
    (a,) = articles(utf16)
    assert a.published == "2025-06-13" and "Café owners" in a.text
    (b,) = articles(latin1)
    assert "employés du café" in b.text and "Genève" in b.text


def test_undecodable_bytes_never_crash(tmp_path):
    path = tmp_path / "mixed.txt"
    path.write_bytes(b"Headline\n\nGood text \xff\xfe\xfa then more good text. " * 20)
    (a,) = articles(path)
    assert "Good text" in a.text


def test_json_array_news_please_fields():
    items = articles(EXAMPLES / "persian-fair.json")
    assert len(items) == 2
    fair = items[0]
    assert fair.published == "2025-06-15"
    assert fair.outlet == "sharqnameh.example"
    assert fair.language_hint == "fa"
    assert fair.url and fair.url.startswith("https://")


def test_jsonl_other_field_names():
    items = articles(EXAMPLES / "wires.jsonl")
    assert [a.outlet for a in items] == ["Crónica Oriente", "Red Sea Courier"]
    assert items[0].published == "2025-06-12"
    assert items[0].title and items[0].title.startswith("Dimite")


def test_field_overrides(tmp_path):
    path = tmp_path / "custom.jsonl"
    path.write_text(json.dumps({"story": "Body of the story.", "kop": "Kop", "text": ""}) + "\n")
    assert isinstance(read(path)[0], InputFailure)
    fields = FieldMap().with_overrides(["text=story", "title=kop"])
    (a,) = articles(path, fields)
    assert (a.text, a.title) == ("Body of the story.", "Kop")


def test_json_object_wrapping_a_list_and_single_object(tmp_path):
    wrapped = tmp_path / "wrapped.json"
    wrapped.write_text(json.dumps({"articles": [{"content": "One."}, {"content": "Two."}]}))
    assert [a.text for a in articles(wrapped)] == ["One.", "Two."]
    single = tmp_path / "single.json"
    single.write_text(json.dumps({"body": "Alone.", "published_at": "2020-01-02T03:04:05Z"}))
    (a,) = articles(single)
    assert (a.text, a.published) == ("Alone.", "2020-01-02")


def test_json_in_utf16(tmp_path):
    path = tmp_path / "u16.json"
    path.write_bytes(json.dumps([{"text": "Über alles."}], ensure_ascii=False).encode("utf-16"))
    (a,) = articles(path)
    assert a.text == "Über alles."


def test_rss_content_encoded_preferred_and_summary_fallback():
    items = articles(EXAMPLES / "feed.rss")
    assert len(items) == 2
    first, second = items
    assert first.outlet == "Amman Morning Post"
    assert first.published == "2025-06-12"
    assert first.published_source == "feed"
    assert "Kareem Haddad" in first.text
    assert len(first.text) > 400  # the long content:encoded body, not the short description
    assert "<p>" not in first.text
    assert second.text and second.published == "2025-06-11"


def test_atom_entry():
    (a,) = articles(EXAMPLES / "atom-feed.xml")
    assert a.published == "2025-06-14"
    assert "Mietenprotest" in (a.title or "")
    assert "am Samstag" in a.text


def test_warc_response_records_only():
    items = articles(EXAMPLES / "archive.warc.gz")
    assert [a.outlet for a in items] == ["Cedar Times", "Rhein Kurier"] or [
        a.outlet for a in items
    ] == ["Rhein Kurier", "Cedar Times"]
    assert len(items) == 2  # the request and warcinfo records are not articles
    for a in items:
        assert a.url and a.url.endswith(tuple("abcdefghijklmnopqrstuvwxyz/0123456789-"))
        assert a.url.startswith("https://")
        assert a.path.endswith("archive.warc.gz")
    dates = {a.outlet: a.published for a in items}
    assert dates == {"Cedar Times": "2025-06-13", "Rhein Kurier": "2025-06-15"}


def test_warc_date_is_the_fallback_when_the_page_has_none(tmp_path):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    page = (
        "<html><body><article>"
        + "<p>The council met on Monday and approved the new budget for schools.</p>" * 8
        + "</article></body></html>"
    ).encode()
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=False)
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
    record = writer.create_warc_record(
        "https://paper.example/a",
        "response",
        payload=io.BytesIO(page),
        http_headers=headers,
        warc_headers_dict={"WARC-Date": "2024-05-06T07:08:09Z"},
    )
    writer.write_record(record)
    path = tmp_path / "plain.warc"
    path.write_bytes(buffer.getvalue())
    (a,) = articles(path)
    assert (a.published, a.published_source) == ("2024-05-06", "warc-date")
    assert a.url == "https://paper.example/a" and a.outlet == "paper.example"


def test_zip_members_are_read_with_member_paths():
    items = articles(EXAMPLES / "bundle.zip")
    assert sorted(a.path.split("!")[1] for a in items) == [
        "bundle/berlin.html",
        "bundle/tehran-note.txt",
        "bundle/utf16-note.txt",
    ]
    assert all(a.path.startswith(str(EXAMPLES / "bundle.zip") + "!") for a in items)


def test_gzipped_jsonl_and_zip_inside_zip(tmp_path):
    line = json.dumps({"text": "Inside a gzip.", "url": "https://www.gz.example/1"})
    gz = tmp_path / "feed.jsonl.gz"
    gz.write_bytes(gzip.compress((line + "\n").encode()))
    (a,) = articles(gz)
    assert a.text == "Inside a gzip." and a.outlet == "gz.example"

    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w") as z:
        z.writestr("deep/a.txt", "Title\n\nDeep body text.\n")
    outer = tmp_path / "outer.zip"
    with zipfile.ZipFile(outer, "w") as z:
        z.writestr("inner.zip", inner.getvalue())
        z.writestr("__MACOSX/._junk", b"\x00\x01")
    (b,) = articles(outer)
    assert b.path == f"{outer}!inner.zip!deep/a.txt"
    assert b.text == "Deep body text."


def test_folder_is_read_recursively_in_sorted_order_skipping_hidden(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("T2\n\nSecond.\n")
    (tmp_path / "1.txt").write_text("T1\n\nFirst.\n")
    (tmp_path / ".hidden.txt").write_text("H\n\nHidden.\n")
    (tmp_path / "README.md").write_text("# About\n\nThese are articles.\n")
    assert [a.text for a in articles(tmp_path)] == ["First.", "Second."]
    # Named directly, a README is read like any other file.
    assert [a.text for a in articles(tmp_path / "README.md")] == ["These are articles."]
