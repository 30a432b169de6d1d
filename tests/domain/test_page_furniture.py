"""Page furniture (captions, link lists, desk bylines, live markers, legal
text, fact boxes) is none, through analyse(); the near-misses stay claims.
Pitches and self-praise: test_page_pitches.py."""

import pytest

from articles.domain.labels import Label
from articles.domain.pipeline import analyse

from .page_text import AFTER, BEFORE, item_for, label_of, page

# (caption, credit): the caption is none only with its credit right below.
CAPTIONS = [
    (
        "A lifeboat crew at the harbour on Tuesday.",
        "Photograph: Ana Ruiz/Coastline Press",
    ),
    ("Firefighters outside the old mill in Brenholt.", "Photo: Dev Okafor"),
    ("Pupils at Eastfield primary rehearse the winter play.", "Picture by Tom Reyes"),
    (
        "The flooded car park behind the station, early on Sunday.",
        "Image: Wren Valley Council",
    ),
    (
        "Councillor Idris Powell on the steps of the town hall.",
        "Photograph: Getty Images",
    ),
    ("Volunteers sort donated coats at the community centre.", "Credit: Lisa Brandt"),
    (
        "A barn owl released after treatment at the sanctuary.",
        "Mara Quist/Fieldlight Pictures",
    ),
    ("Market traders pack up as the rain sets in.", "Photography by Omar Haddad"),
    ("Rescuers search the rubble in the old town.", "Photograph: AFP"),
    ("The mayor cuts the ribbon at the new library.", "Illustration: Kit Navarro"),
    ("Ferry passengers queue at Dunmore pier", "Photo: Harbour Gazette"),
]


@pytest.mark.parametrize(("caption", "credit"), CAPTIONS)
def test_a_caption_above_its_credit_is_none(caption, credit):
    text = page(caption, credit)

    assert label_of(caption, text) == Label.NONE
    assert label_of(credit, text) == Label.NONE


# The same kind of sentence without a credit below it is a claim.
# The same kind of sentence without a credit right below it is a claim.
CAPTION_NEAR_MISSES = [
    # no credit line at all
    ("A lifeboat crew rescued two walkers at the harbour on Tuesday.", ""),
    # the credit closes the article after a blank line: the paragraph above
    # is article text, not that photo's caption
    ("Rescuers searched the rubble in the old town for hours.", "\nPhoto: AFP"),
    # "Photos by the dozen" is a sentence, not a credit
    (
        "Residents filmed the flood on their phones.",
        "Photos by the dozen were posted online within an hour.",
    ),
]


@pytest.mark.parametrize(("sentence", "below"), CAPTION_NEAR_MISSES)
def test_a_caption_like_sentence_without_a_credit_below_stays_a_claim(sentence, below):
    text = page(sentence, below)

    assert label_of(sentence, text) != Label.NONE


LINK_HEADINGS = [
    "More on this story",
    "Related",
    "Read more",
    "Related stories",
    "You might also like",
    "Most read",
    "See also",
    "More from Sport",
    "Top stories",
    "Further reading",
]
LINKS = ["Harbour wall to be rebuilt after storm", "Why ferry fares keep rising"]


@pytest.mark.parametrize("heading", LINK_HEADINGS)
def test_short_headlines_listed_under_a_link_heading_are_none(heading):
    text = page(heading, *LINKS)

    assert [label_of(line, text) for line in (heading, *LINKS)] == [Label.NONE] * 3


@pytest.mark.parametrize(
    ("heading", "follower"),
    [
        # a full sentence ends the list
        ("Read more", "The council voted on Tuesday to close the depot."),
        # so does a reported headline
        ("Related", "Bus route axed after losses, council says"),
        # and a long line
        (
            "More on this story",
            "Residents of the three villages along the estuary road have waited "
            "more than a decade for a footbridge that engineers first costed in 2012",
        ),
    ],
)
def test_text_after_a_link_heading_is_not_a_link(heading, follower):
    text = page(heading, follower)

    assert label_of(follower, text) != Label.NONE


def test_a_blank_line_after_the_links_ends_the_list():
    headline = "Ferry fares to rise in spring"
    text = "\n\n".join(["\n".join(["Related", *LINKS]), headline, AFTER])

    assert label_of(headline, text) != Label.NONE


DESK_BYLINES = [
    "By the Metro Desk",
    "By Our Political Staff",
    "Staff reporter",
    "By our Westbury reporter",
    "From our correspondent in Lisbon",
    "By the Courier's business team",
    "By the Associated Press",
    "Our political correspondent",
    "— With reporting by agencies",
    "Translated by the foreign desk",
    "Edited by Grace Holm",
    "Reviews editor: Colm Devlin",
]


@pytest.mark.parametrize("byline", DESK_BYLINES)
def test_a_desk_byline_is_none(byline):
    assert label_of(byline, page(byline)) == Label.NONE


BY_NEAR_MISSES = [
    "By the end of the day, the ferry had left without its last passengers.",
    "By the time reporters arrived, the hall was empty.",
    "By Friday the river had fallen by a metre.",
    "The Courier employs nine reporters.",
    "Staff at the depot walked out on Monday.",
    "She was asked by a producer why she had turned down the role.",
]


@pytest.mark.parametrize("sentence", BY_NEAR_MISSES)
def test_a_sentence_that_starts_like_a_byline_stays_a_claim(sentence):
    assert label_of(sentence, page(sentence)) != Label.NONE


LIVE_MARKERS = [
    "Key event",
    "Key events",
    "Pinned post",
    "Updated 3 minutes ago",
    "Posted 2 hours ago",
    "00:14 Priya Lund",
    "23:05 Marcus Feld",
    "3 new posts",
    "As it happened",
    "Show key events only",
    "14:02 GMT",
]


@pytest.mark.parametrize("marker", LIVE_MARKERS)
def test_a_live_blog_marker_is_none(marker):
    assert label_of(marker, page(marker)) == Label.NONE


# A marker glued to a post's first sentence: the sentence keeps the label
# its own words give it, and the marker is never named as a cue.
GLUED = [
    (
        "14:02 GMT",
        "The council has voted to close the depot.",
        Label.UNVERIFIED_ASSERTION,
    ),
    ("09:30 BST", "The coastguard said the ferry had left.", Label.SOURCED_CLAIM),
    (
        "Key event",
        "Officials said the bridge would reopen.",
        Label.UNVERIFIED_ASSERTION,
    ),
    ("Pinned post", "The mayor said the parade would go ahead.", Label.SOURCED_CLAIM),
    ("10.45", "The river is expected to peak tonight.", Label.UNVERIFIED_ASSERTION),
    ("18:20 CET", "Police said two people were hurt.", Label.SOURCED_CLAIM),
    (
        "Updated 5 minutes ago",
        "The ferry firm said all sailings were off.",
        Label.SOURCED_CLAIM,
    ),
    ("07:15", "Analysts said the pound would fall.", Label.UNVERIFIED_ASSERTION),
    ("Breaking", "The port authority said the harbour was shut.", Label.SOURCED_CLAIM),
    (
        "12:00 GMT",
        "According to the Met Office, snow is on the way.",
        Label.SOURCED_CLAIM,
    ),
]


@pytest.mark.parametrize(("marker", "rest", "label"), GLUED)
def test_a_glued_live_marker_does_not_decide_the_label(marker, rest, label):
    sentence = marker + rest
    item = item_for(sentence, page(sentence))

    assert item.suggestion.label == label
    marker_end = item.segment.start + len(marker)
    assert all(start >= marker_end for start, _ in item.suggestion.cues)


LEGAL_TEXT = [
    "You can opt out at any time.",
    "You may unsubscribe at any time using the link in our emails.",
    "We use cookies to improve your experience on our site.",
    "By signing up you agree to our Terms of Service and Privacy Policy.",
    "By continuing to browse, you agree to our use of cookies.",
    "This site uses cookies. Find out more in our cookie policy.",
    "We and our partners process your personal data to show you relevant ads.",
    "We may earn a commission if you buy through links on this page.",
    "Privacy policy | Terms of use | Cookie settings",
    "© 2026 Wren Valley Times Ltd.",
    "Accept all cookies",
    "Manage preferences",
    "Terms and conditions apply.",
]


@pytest.mark.parametrize("line", LEGAL_TEXT)
def test_legal_and_cookie_text_is_none(line):
    labels = {
        item.suggestion.label
        for item in analyse(page(line))
        if item.segment.start >= len(BEFORE) and item.segment.text != AFTER
    }

    assert labels == {Label.NONE}


LEGAL_NEAR_MISSES = [
    "Residents can opt out of the scheme at any time, the council said.",
    "The regulator fined the bank for breaching its own privacy policy.",
    "Shoppers who agree to the new terms will pay less for delivery.",
    "The bakery uses cookies from a family firm in Tarnby.",
]


@pytest.mark.parametrize("sentence", LEGAL_NEAR_MISSES)
def test_news_about_privacy_or_terms_stays_a_claim(sentence):
    assert label_of(sentence, page(sentence)) != Label.NONE


SITE_FURNITURE = [
    "Runtime: 98 minutes",
    "Price: £129 | Available from 2 May",
    "Last modified: 03/02/2026 11:40",
    "Opening hours: 9am–5pm, Mon–Sat",
    "Contact the newsroom: desk@wrenvalley.example",
    "Got a tip? Email tips@wrenvalley.example",
    "Follow Idris on Bluesky",
    "Read more opinion",
    "The author is a retired harbour engineer.",
    "The writer is a lecturer in law at Tarnby College.",
    "News | Local",
    "Comments (2,417)",
]


@pytest.mark.parametrize("line", SITE_FURNITURE)
def test_fact_boxes_contact_lines_and_author_notes_are_none(line):
    text = page(line)
    start = text.index(line)
    on_the_line = [
        item.suggestion.label
        for item in analyse(text)
        if start <= item.segment.start < start + len(line)
    ]

    assert on_the_line
    assert set(on_the_line) == {Label.NONE}


SITE_FURNITURE_NEAR_MISSES = [
    "The author is a gifted storyteller with an ear for dialogue.",
    "The price: a fare rise of 12% from April.",
    "Email your MP today and demand a vote.",
    "Follow the money, the auditor told the committee.",
    "Rain or shine | the fair goes on as planned.",
]


@pytest.mark.parametrize("sentence", SITE_FURNITURE_NEAR_MISSES)
def test_sentences_shaped_like_site_furniture_stay_claims(sentence):
    assert label_of(sentence, page(sentence)) != Label.NONE
