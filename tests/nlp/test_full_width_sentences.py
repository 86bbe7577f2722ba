"""Chinese (and Japanese) sentences end at full-width marks. Fictional sentences."""

from newstrace.nlp.sentences import sentence_spans


def test_chinese_splits_at_full_width_marks() -> None:
    text = (
        "乌尔门市政府周二宣布新的交通计划。该计划将于明年实施！市民会支持吗？"
        "专家表示；效果待观察。他说：“很好。”"
    )
    pieces = [text[a:b] for a, b in sentence_spans(text, "zh")]
    assert pieces == [
        "乌尔门市政府周二宣布新的交通计划。",
        "该计划将于明年实施！",
        "市民会支持吗？",
        "专家表示；",
        "效果待观察。",
        "他说：“很好。”",
    ]


def test_latin_text_is_unchanged() -> None:
    text = "The council met on Tuesday. It approved the plan."
    assert [text[a:b] for a, b in sentence_spans(text, "en")] == [
        "The council met on Tuesday.",
        "It approved the plan.",
    ]
