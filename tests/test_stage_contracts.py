"""Stage contracts: the per-article stages declare what they read and write, the order is
checked, and each stage writes exactly what it declares."""

from __future__ import annotations

import copy
from dataclasses import fields, replace

import pytest

from newstrace.contracts import ContractError, StageSpec, check_order, describe
from newstrace.models import Article, RawArticle, Sentence
from newstrace.pipeline import ARTICLE_INPUTS, ARTICLE_OUTPUTS, ARTICLE_STAGES, process_article

from .builders import build_article, raw_for

RECORDS = {"article": Article, "sentence": Sentence, "raw": RawArticle}

# Headline, dateline-free report, an anonymous hedged source, a response, notes on the
# outlet and two opinion sentences: enough for every stage to write every field it declares.
RICH_TEXT = (
    "Minister quits\nKarim Haddad, the water minister, resigned on Tuesday, Levant Wire "
    "reported. Diplomatic sources said the talks had allegedly stalled. The Ministry of Water "
    "declined to comment. The council wants a new tender. Records show a second tender. The "
    "state-run Levant Wire is funded by the government. This is a disgraceful and shameful "
    "decision."
)


def _noop(article: Article, raw: RawArticle) -> Article:
    return article


def test_the_real_pipeline_order_passes_and_ends_with_every_stage_output():
    available = check_order(ARTICLE_STAGES, ARTICLE_INPUTS)
    assert available == ARTICLE_OUTPUTS
    for spec in ARTICLE_STAGES:
        assert set(spec.assigns) <= available


def test_an_order_that_reads_before_it_is_written_is_rejected():
    by_name = {spec.name: spec for spec in ARTICLE_STAGES}
    swapped = [by_name[n] for n in ("language", "sentences", "dates", "claims", "entities")]
    with pytest.raises(ContractError, match=r"'claims' requires article\.mentions"):
        check_order(swapped, ARTICLE_INPUTS)


def test_a_stage_missing_from_the_front_is_named_with_what_it_lacked():
    without_language = [spec for spec in ARTICLE_STAGES if spec.name != "language"]
    with pytest.raises(ContractError) as caught:
        check_order(without_language, ARTICLE_INPUTS)
    assert "'sentences'" in str(caught.value)
    assert "article.language" in str(caught.value)
    assert caught.value.code == "contract"


def test_given_attributes_satisfy_requirements():
    spec = StageSpec("reader", _noop, requires=("article.text",), assigns=("article.language",))
    with pytest.raises(ContractError):
        check_order([spec])
    assert check_order([spec], given=["article.text"]) == {"article.text", "article.language"}


def test_every_declared_attribute_is_a_field_of_its_record():
    names = set(ARTICLE_INPUTS)
    for spec in ARTICLE_STAGES:
        names.update(spec.requires)
        names.update(spec.assigns)
    for name in names:
        record, _, field_name = name.partition(".")
        assert record in RECORDS, name
        assert field_name in {f.name for f in fields(RECORDS[record])}, name


def test_stage_names_are_unique_and_the_pipeline_describes_itself():
    names = [spec.name for spec in ARTICLE_STAGES]
    assert len(names) == len(set(names))
    text = describe(ARTICLE_STAGES, ARTICLE_INPUTS)
    lines = text.splitlines()
    assert lines[0].startswith("input: ")
    assert [line.split()[1] for line in lines[1:]] == names
    assert "writes sentence.dates" in text


def _state(article: Article) -> dict[str, object]:
    """Every field of the article and its sentences, copied, keyed by ``record.field``."""
    state: dict[str, object] = {
        f"article.{f.name}": copy.deepcopy(getattr(article, f.name))
        for f in fields(Article)
        if f.name != "sentences"
    }
    state["article.sentences"] = [(s.index, s.start, s.end, s.text) for s in article.sentences]
    for f in fields(Sentence):
        state[f"sentence.{f.name}"] = [copy.deepcopy(getattr(s, f.name)) for s in article.sentences]
    return state


def _written(before: dict[str, object], after: dict[str, object]) -> set[str]:
    written = {name for name in before if before[name] != after[name]}
    if "article.sentences" in written:
        # New sentences: their own fields are part of writing the list.
        written = {name for name in written if not name.startswith("sentence.")}
    return written


@pytest.fixture(scope="module")
def stage_writes() -> dict[str, set[str]]:
    """What each real stage changed, running them one by one on the rich article."""
    raw = RawArticle(
        text=RICH_TEXT, path="rich.txt", title="Minister quits", published="2025-06-12"
    )
    article = process_article(raw, stages=())
    assert isinstance(article, Article)
    writes = {}
    for spec in ARTICLE_STAGES:
        before = _state(article)
        article = spec.run(article, raw)
        writes[spec.name] = _written(before, _state(article))
    return writes


@pytest.mark.parametrize("spec", ARTICLE_STAGES, ids=lambda spec: spec.name)
def test_each_stage_writes_exactly_what_it_declares(spec, stage_writes):
    assert stage_writes[spec.name] == set(spec.assigns)


def test_a_stage_that_raises_costs_only_its_article_and_is_named():
    def broken(article: Article, raw: RawArticle) -> Article:
        raise RuntimeError("boom")

    stages = [replace(ARTICLE_STAGES[0], run=broken)]
    built = build_article("Karim Haddad resigned.", entities=[("Karim Haddad", "person")])
    failure = process_article(raw_for(built), stages=stages)
    assert not isinstance(failure, Article)
    assert failure.code == "stage-error"
    assert failure.reason.startswith("language stage failed: RuntimeError('boom')")
