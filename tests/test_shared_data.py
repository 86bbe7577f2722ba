"""Real data from ../shared/datasets (skipped when the folder is not beside the checkout)."""

from __future__ import annotations

import itertools
import json
import zipfile

import newstrace
from newstrace.errors import InputFailure
from newstrace.ingest import FieldMap, read_inputs

from .conftest import shared_dataset


def test_saudinewsnet_zip_streams_every_record():
    data = shared_dataset("saudinewsnet-ar")
    first = sorted(data.glob("*.zip"))[0]
    with zipfile.ZipFile(first) as z:
        (member,) = z.namelist()
        expected = len(json.loads(z.read(member)))
    items = list(read_inputs([first], FieldMap().with_overrides(["date=date_extracted"])))
    assert len(items) == expected
    articles = [i for i in items if not isinstance(i, InputFailure)]
    failures = [i for i in items if isinstance(i, InputFailure)]
    # The only records refused are the ones whose content is empty.
    assert all(f.code == "no-text" for f in failures)
    assert len(failures) < 0.05 * expected
    assert all(a.path == f"{first}!{member}" for a in articles)
    assert {a.published for a in articles} <= {"2015-07-21", "2015-07-20", "2015-07-22"}
    assert len({a.outlet for a in articles}) >= 10


def test_saudinewsnet_sample_is_arabic_with_sentences():
    data = shared_dataset("saudinewsnet-ar")
    first = sorted(data.glob("*.zip"))[0]
    raws = [
        i for i in itertools.islice(read_inputs([first]), 300) if not isinstance(i, InputFailure)
    ]
    analysis = newstrace.analyze(raws)
    languages = [a.language for a in analysis.articles]
    assert languages.count("ar") >= 0.97 * len(languages)
    for article in analysis.articles:
        for s in article.sentences:
            assert article.text[s.start : s.end] == s.text
