"""Shared fixtures: the bundled examples, scratch databases, and the optional shared data."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import newstrace

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
SCHEMA = ROOT / "docs" / "analysis.schema.json"
SHARED = ROOT.parent / "shared" / "datasets"


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    return EXAMPLES


@pytest.fixture(scope="session")
def examples_analysis() -> newstrace.Analysis:
    """The bundled examples analysed once for the whole session."""
    return newstrace.analyze([str(EXAMPLES)])


@pytest.fixture(scope="session")
def examples_db(tmp_path_factory) -> Path:
    """A database built from the bundled examples, once per session (read it, never write)."""
    path = tmp_path_factory.mktemp("examples-db") / "examples.db"
    newstrace.analyze([str(EXAMPLES)], db=path)
    return path


# An article written to attack whatever shows it: markup, event handlers, SQL.
HOSTILE_ARTICLE = {
    "title": 'Minister quits <script>alert("x")</script>',
    "text": (
        'Karim Haddad resigned on Tuesday, <img src=x onerror="alert(1)"> Levant Wire '
        "reported. '; DROP TABLE articles; -- The ministry declined to comment on "
        '<a href="javascript:alert(2)">the claims</a>, according to "><svg onload=alert(3)> '
        "Reuters."
    ),
    "published": "2025-06-12",
    "outlet": "Levant <b>Wire</b>",
}


@pytest.fixture(scope="session")
def hostile_db(tmp_path_factory) -> Path:
    """A database holding one article made of markup and SQL fragments."""
    path = tmp_path_factory.mktemp("hostile-db") / "hostile.db"
    newstrace.analyze([dict(HOSTILE_ARTICLE)], db=path)
    return path


@pytest.fixture(scope="session")
def schema() -> dict:
    return json.loads(SCHEMA.read_text(encoding="utf-8"))


@pytest.fixture
def db(tmp_path: Path):
    with newstrace.open_db(tmp_path / "test.db") as database:
        yield database


def shared_dataset(name: str) -> Path:
    """A folder of ../shared/datasets, or a skip saying why the test cannot run here."""
    path = SHARED / name
    if not path.is_dir():
        pytest.skip(f"needs ../shared/datasets/{name} (not present in this checkout)")
    return path


def by_title(analysis: newstrace.Analysis, fragment: str) -> newstrace.Article:
    matches = [a for a in analysis.articles if a.title and fragment in a.title]
    assert len(matches) == 1, f"{len(matches)} articles with {fragment!r} in the title"
    return matches[0]
