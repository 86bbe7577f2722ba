"""Bad input: one clear failure naming the file and the reason; the rest of the run goes on."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

import newstrace
import newstrace.ingest as ingest_module
from newstrace.errors import InputFailure
from newstrace.ingest import read_inputs


def failures_and_articles(*paths: Path) -> tuple[list[InputFailure], list]:
    items = list(read_inputs(paths))
    return (
        [i for i in items if isinstance(i, InputFailure)],
        [i for i in items if not isinstance(i, InputFailure)],
    )


GOOD = "Good headline\n\nA good article body that is read in full.\n"


@pytest.mark.parametrize(
    ("name", "content", "code"),
    [
        ("image.png", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "binary"),
        ("blob.bin", bytes(range(256)) * 16, "binary"),
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"  \n\n\t ", "empty"),
        ("cut.json.gz", gzip.compress(b'[{"text": "x"}]' * 200)[:-30], "truncated"),
        ("bad.json", b'{"text": "unterminated', "malformed-json"),
        ("bad.xml", b"<?xml version='1.0'?><rss><channel><item><title>x</ti", "malformed-xml"),
        ("other.xml", b"<?xml version='1.0'?><config><a>1</a></config>", "unsupported"),
        ("bad.zip", b"PK\x03\x04 this is not really a zip", "bad-archive"),
    ],
)
def test_bad_file_is_one_failure_and_the_good_file_is_still_read(tmp_path, name, content, code):
    bad = tmp_path / name
    bad.write_bytes(content)
    good = tmp_path / "good.txt"
    good.write_text(GOOD)
    failures, articles = failures_and_articles(bad, good)
    assert [f.code for f in failures] == [code], [f.message() for f in failures]
    assert failures[0].path.startswith(str(bad))
    assert "\n" not in failures[0].message()
    assert [a.path for a in articles] == [str(good)]


def test_missing_path(tmp_path):
    failures, _ = failures_and_articles(tmp_path / "nope.txt")
    assert failures[0].code == "not-found"
    assert "nope.txt" in failures[0].message()


def test_unreadable_file(tmp_path, monkeypatch):
    target = tmp_path / "locked.txt"
    target.write_text(GOOD)
    original = Path.open

    def deny(self, *args, **kwargs):
        if self == target:
            raise PermissionError(13, "Permission denied")
        return original(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", deny)
    failures, _ = failures_and_articles(target)
    assert failures[0].code == "unreadable" and "Permission denied" in failures[0].reason


def test_json_array_broken_half_way_keeps_the_records_before(tmp_path):
    path = tmp_path / "half.json"
    path.write_text('[{"text": "First."}, {"text": "Second."}, {"text": "Thi')
    failures, articles = failures_and_articles(path)
    assert [a.text for a in articles] == ["First.", "Second."]
    assert [f.code for f in failures] == ["malformed-json"]


def test_jsonl_bad_line_is_skipped_with_its_line_number(tmp_path):
    path = tmp_path / "lines.jsonl"
    path.write_text(
        json.dumps({"text": "One."})
        + "\n{not json}\n"
        + json.dumps({"title": "no text"})
        + "\n"
        + json.dumps({"text": "Four."})
        + "\n"
    )
    failures, articles = failures_and_articles(path)
    assert [a.text for a in articles] == ["One.", "Four."]
    assert [(f.path, f.code) for f in failures] == [
        (f"{path} line 2", "malformed-json"),
        (f"{path} line 3", "no-text"),
    ]


def test_document_too_large_is_refused_not_loaded(tmp_path, monkeypatch):
    monkeypatch.setattr(ingest_module, "MAX_DOCUMENT_BYTES", 1000)
    path = tmp_path / "huge.txt"
    path.write_text("Headline\n\n" + "word " * 1000)
    failures, _ = failures_and_articles(path)
    assert failures[0].code == "too-large"


def test_html_without_article_text(tmp_path):
    path = tmp_path / "empty.html"
    path.write_text("<html><head><title>Nothing</title></head><body></body></html>")
    failures, _ = failures_and_articles(path)
    assert failures[0].code == "no-text"


def test_failures_do_not_lose_what_was_stored(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(GOOD)
    with newstrace.open_db(tmp_path / "x.db") as db:
        first = db.ingest([str(good)])
        assert first.ok and first.stored == 1
        bad = tmp_path / "bad.json"
        bad.write_text("[{")
        second = db.ingest([str(bad)])
        assert not second.ok and second.stored == 0
        assert db.count_articles() == 1
