"""A text file whose first line is a date field followed by the first sentence."""

from newstrace.ingest.text import parse_text_article


def test_date_field_then_first_sentence() -> None:
    text = (
        "date 2024-03-05 The council of Ulmen approved a new transport plan on Tuesday.\n"
        "It starts next year.\n"
    )
    raw = parse_text_article(text, "ulmen.txt")
    assert raw.published == "2024-03-05"
    assert raw.title == "The council of Ulmen approved a new transport plan on Tuesday."
    assert raw.text.startswith("The council of Ulmen approved")
    assert "2024-03-05" not in raw.text


def test_labelled_date_field_with_separator() -> None:
    raw = parse_text_article("Date: 2024-03-05 | The mayor of Ulmen resigned.\nMore.\n", "x.txt")
    assert raw.published == "2024-03-05"
    assert raw.title == "The mayor of Ulmen resigned."
    assert raw.text.startswith("The mayor of Ulmen resigned.")


def test_date_line_alone_is_still_a_header() -> None:
    raw = parse_text_article("# Ulmen votes\ndate 2024-03-05\nThe vote was held.\n", "x.txt")
    assert (raw.title, raw.published, raw.text) == (
        "Ulmen votes",
        "2024-03-05",
        "The vote was held.",
    )
