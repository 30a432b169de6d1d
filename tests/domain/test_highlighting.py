from articles.domain.highlighting import TextPart, highlight


def test_decisive_words_are_split_out_in_order():
    parts = highlight("The coastguard said so.", 100, [(100, 119)])

    assert parts == [TextPart("The coastguard said", True), TextPart(" so.", False)]


def test_overlapping_and_out_of_range_spans_never_break_the_text():
    text = "Officials claim the plan failed."

    parts = highlight(text, 10, [(5, 19), (15, 25), (200, 210), (30, 20)])

    assert "".join(part.text for part in parts) == text
    assert parts[0] == TextPart("Officials claim", True)
