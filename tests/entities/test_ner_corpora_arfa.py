"""The Arabic and Persian extra NER corpora: label mappings on inline samples, and the
NewsFANE / ANERcorp leakage filter (on the real files when ../shared/datasets is present)."""

from __future__ import annotations

import sys
from types import ModuleType

import pytest

from ..conftest import ROOT, shared_dataset


@pytest.fixture(scope="module")
def corpus() -> ModuleType:
    sys.path.insert(0, str(ROOT / "training" / "ner"))
    try:
        import corpus_arfa
    finally:
        sys.path.remove(str(ROOT / "training" / "ner"))
    return corpus_arfa


NEWSFANE_SAMPLE = [
    "\ufeff\u200eفرانكفورت\tB-Population-Center\r",
    "(\tO",
    "\u200eد\tB-Media",
    "\u200eب\tI-Media",
    "\u200eقال\t",
    "\u200eبوش\tB-Politician",
    "\u200eمطار\tB-Airport",
    "\u200eدبي\tB-Population-Center",
    "\u200eطائرة\tB-Air",
    "\u200eكتاب\tB-Book",
    "\t",
    "\u200eريال\tB-Sports",
    "\u200eمدريد\tI-Sports",
    "\t",
]


def test_newsfane_fine_types_map_to_four_labels(corpus: ModuleType):
    first, second = corpus.parse_newsfane(NEWSFANE_SAMPLE)
    assert first.words[0] == "فرانكفورت"  # BOM and U+200E gone
    assert first.spans == (
        (0, 1, "PLACE"),
        (2, 4, "ORG"),
        (5, 6, "PERSON"),
        (6, 7, "PLACE"),  # the airport (a facility) stays apart from the city after it
        (7, 8, "PLACE"),
        (9, 10, "OTHER"),
    )  # the vehicle (B-Air) is O, an empty tag is O
    assert second.spans == ((0, 2, "ORG"),)


def test_newsfane_table_covers_every_class_in_the_file(corpus: ModuleType):
    table = corpus.NEWSFANE_TYPES
    assert table["Group"] is None and table["Religious_ORG"] == "ORG"
    assert table["GPE-Cluster"] == "PLACE" and table["Shooting"] is None
    with pytest.raises(ValueError):
        corpus.parse_newsfane(["x\tB-Unheard-Of", "\t"])


AQMAR_SAMPLE = """\
ابن O
سينا B-PER
عالم O

الكيمياء B-MIS1`
العضوية I-MIS1
في O
جامعة B-ORG
القاهرة I--ORG
Python B-ENGLISH
و OO
بغداد B-LOC
بريطانيا B-MISS1
""".splitlines()


def test_aqmar_merges_mis_classes_and_repairs_noisy_tags(corpus: ModuleType):
    first, second = corpus.parse_aqmar(AQMAR_SAMPLE)
    assert first.spans == ((1, 2, "PERSON"),)
    assert second.spans == ((0, 2, "OTHER"), (3, 5, "ORG"), (7, 8, "PLACE"), (8, 9, "OTHER"))
    _, as_o = corpus.parse_aqmar(AQMAR_SAMPLE, mis=None)
    assert as_o.spans == ((3, 5, "ORG"), (7, 8, "PLACE"))


NSURL_SAMPLE = """\
-DOCSTART-\tO

علی\tB-PER
لاریجانی\tI-PER
در\tO
تهران\tB-LOC
۲۵\tB-DAT
خرداد\tI-DAT
مجلس\tB-ORG
شورای\tI-ORG
۲۰\tB-PCT
درصد\tI-PCT

""".splitlines()


def test_nsurl_keeps_names_and_drops_numeric_types(corpus: ModuleType):
    (sentence,) = corpus.parse_nsurl(NSURL_SAMPLE)
    assert sentence.words[0] == "علی" and len(sentence.words) == 10
    assert sentence.spans == ((0, 2, "PERSON"), (3, 4, "PLACE"), (6, 8, "ORG"))


def test_overlap_filter_drops_reused_text_and_keeps_formulaic_phrases(corpus: ModuleType):
    sentence = corpus.Sentence
    held_out = [sentence(tuple("قال وزير الخارجية الفرنسي برنار كوشنير أمس في باريس".split()), ())]
    training = [sentence(tuple("( د ب ا ) قال مسؤول".split()), ())]
    reused = sentence(tuple("و قال وزير الخارجيه الفرنسي برنار كوشنير".split()), ())
    formulaic = sentence(tuple("برلين ( د ب أ ) أعلنت الحكومة الألمانية اليوم خطة".split()), ())
    unrelated = sentence(tuple("افتتح المعرض الدولي للكتاب أبوابه في الرياض".split()), ())
    held_out.append(sentence(tuple("عمان ( د ب ا ) وصل الملك".split()), ()))
    kept, report = corpus.filter_overlap([reused, formulaic, unrelated], held_out, training)
    assert kept == [formulaic, unrelated]  # hamza and teh marbuta spellings still match
    assert report.dropped == 1 and report.kept == 2


def test_newsfane_sentences_share_no_text_with_the_anercorp_test_split(corpus: ModuleType):
    root = shared_dataset("newsfane-ar").parent
    shared_dataset("anercorp")
    kept, report = corpus.newsfane_sentences(root)
    assert report.dropped > 800 and len(kept) > 3000
    # the dataset card's measure on what is kept: no sentence has 10% of its shingles in
    # ANERcorp dev or test (re-annotated sentences have 50-100%)
    assert report.max_shingle_share_kept < corpus.SHINGLE_SHARE
    test = corpus.load_split("ar", "test", root)
    test_text = {" ".join(map(corpus._norm_token, s.words)) for s in test if len(s.words) > 6}
    assert not test_text & {" ".join(map(corpus._norm_token, s.words)) for s in kept}
