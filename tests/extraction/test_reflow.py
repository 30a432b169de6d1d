from articles.extraction.reflow import reflow

WRAPPED = [
    "The council said on Monday that ferry fares would rise by ten percent",
    "in April, according to a statement published on its web-",
    "site, which also listed the new timetable for the winter months of",
    "the year.",
    "Council treasurer Nadia Osei told reporters that fuel costs had risen",
    "sharply since last spring.",
]


def test_wrapped_lines_join_and_short_sentence_ends_close_a_paragraph():
    assert reflow(WRAPPED) == [
        "The council said on Monday that ferry fares would rise by ten percent "
        "in April, according to a statement published on its website, which also "
        "listed the new timetable for the winter months of the year.",
        "Council treasurer Nadia Osei told reporters that fuel costs had risen "
        "sharply since last spring.",
    ]


def test_blank_lines_end_paragraphs_and_page_numbers_are_dropped():
    assert reflow(["First paragraph ends here.", "", "12", "Second one."]) == [
        "First paragraph ends here.",
        "Second one.",
    ]


def test_a_short_line_without_a_full_stop_before_a_capital_stands_alone():
    lines = ["By Mira Lane", *WRAPPED[:4]]
    assert reflow(lines)[0] == "By Mira Lane"


def test_double_spaced_lines_are_not_taken_for_paragraphs():
    lines = []
    for line in WRAPPED:
        lines += [line, ""]
    assert len(reflow(lines)) == 2


def test_a_real_hyphen_between_words_stays():
    assert reflow(["A long-", "Term plan."]) == ["A long- Term plan."]
