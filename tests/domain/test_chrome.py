import pytest

from articles.domain.chrome import classify_line

CLUTTER = [
    "By Lena Marsh",
    "By Lena Marsh and Omar Reyes, Political Correspondents",
    "Lena Marsh,Omar Reyes,Tom Becker",
    "Omar Reyes27 December 2024 10:01",
    "Omar Reyes • 2h ago",
    "Saturday 28 December 2024 09:21 GMT",
    "Aug 14, 2025 4:12 PM GMT+1",
    "Updated 3 March 2025",
    "Live",
    "Liveupdated",
    "Advertisement",
    "Comments",
    "Comments (214)",
    "Share",
    "Copy link",
    "Read more: Council faces budget gap",
    "Related: Flood defences fail again",
    "Sign in to comment",
    "Join our commenting forum",
    "Get breaking news alerts from the Valley Post",
    "Notifications can be managed in your browser settings.",
    "Sign up to our free morning newsletter",
    "Rescue teams at the harbour on Friday. (Photo: Lena Dorr/Norpix)",
    "Photograph: Kesterton Gazette",
    "(Reporting by Ana Ortiz; Editing by Ben Cole)",
    "Home | News | Politics | Local",
    "Mara Singh is a columnist for the Ledger.",
    "Listen to this article · 4 min",
]
ARTICLE_TEXT = [
    "Council votes to keep island ferry running",
    "The coastguard said two sailors were rescued on Friday.",
    "Live music returns to the harbour this summer, organisers say.",
    "Sign the petition today and make your voice heard.",
    "Your support keeps our reporters on the ground.",
    "Updated figures show unemployment fell in March, the ministry said.",
    "Comments from residents were overwhelmingly negative, the council said.",
]


@pytest.mark.parametrize("line", CLUTTER)
def test_page_clutter_is_recognised(line):
    assert classify_line(line) is not None


@pytest.mark.parametrize("line", ARTICLE_TEXT)
def test_article_text_is_not_mistaken_for_clutter(line):
    assert classify_line(line) is None


def test_a_caption_credit_is_the_decisive_part_of_its_line():
    line = "Crews at the harbour. (Photo: Lena Dorr/Norpix)"

    match = classify_line(line)

    assert line[match.start : match.end] == "(Photo: Lena Dorr/Norpix)"
