"""The page's own labels, recognised by their shape (page_labels.py): each
shape is none on its own line and in an article, and the sentences and
headlines shaped nearly like it stay claims."""

import pytest

from articles.domain.labels import Label
from articles.domain.pipeline import analyse

from .page_text import page


def alone(line: str):
    """The suggestion for `line` labeled as a text of its own (as the corpus
    scores it)."""
    items = analyse(line)
    assert len(items) == 1, [item.segment.text for item in items]
    return items[0].suggestion


def labels_within(line: str, text: str) -> set[Label]:
    """The labels of every segment inside `line` (a caption with its credit
    after a full stop is two sentences)."""
    start = text.index(line)
    end = start + len(line)
    return {
        item.suggestion.label
        for item in analyse(text)
        if start <= item.segment.start and item.segment.end <= end
    }


FURNITURE = {
    "buttons": [
        "Share this review",
        "Share to WhatsApp",
        "Copy link to this update",
        "Report this reply",
        "Show 12 more comments",
        "Hide captions",
        "View all photos",
        "Read our full recipe guide",
        "Download the annual report (PDF, 3 MB)",
        "Refresh the page to see new posts",
        "Skip to the next section",
        "Follow Ilse Marren on Instagram",
        "Follow us @BrackenGazette",
        "Buy now",
        "Compare deals",
        "Become a supporter",
        "Share on X (opens in a new window)",
    ],
    "section rubrics": [
        "Our verdict",
        "Reader letters",
        "Weekend features",
        "Leader",
        "Latest headlines",
        "Editor's picks",
        "Parish in brief",
        "Frequently asked questions",
        "Trending now",
        "Most shared this week",
        "Summary of the week so far",
        "Harbour festival live",
        "Gale warning live: latest updates",
        "The year in 12 pictures",
    ],
    "subheads and rubrics": [
        "How the ballot works",
        "Where to find a polling station",
        "Why the ferry stopped running",
        "What the rent cap means for students",
        "Explainer: How the new parking zones work",
        "Key events: Count night",
        "Live: Gale warning, day three",
        "Pinned: what we know about the landslide",
        "Follow the latest: Ostrin council results",
    ],
    "contact and press boilerplate": [
        "Press enquiries: Mira Castell, press@fenwick.example, 01632 960 123",
        "Media contact: Lorne Vasquez, 0161 496 0555",
        "For more information, please contact the press team on 020 7946 0123.",
        "Harbour Road Clinic, 12 Dock Lane, Fenwick · Tel 01632 960 321",
        "ENDS",
        "###",
        "Notes to editors",
        "Editor's note: photographs of the new ward are available on request.",
        "High-resolution photographs are available on request.",
        "Product images attached.",
        "Fenwick Foods Ltd is registered in Scotland, company number 00456789.",
        "This announcement contains forward-looking statements.",
        "Issued by the Ostrin Museum press office",
        "About Marrow Robotics",
        "Ref: MR/2027/011",
        "Brackwell Mining plc (LSE: BRKM)",
    ],
    "newsletters, minutes and letters": [
        "Issue 48 · Autumn 2027",
        "Fenwick Parish News, June edition",
        "Ostrin Town Council · Residents' Bulletin · Winter 2027",
        "Present: Cllrs Orme, Patel, Quist",
        "Apologies: Cllr Rendle",
        "Item 4: Budget monitoring",
        "Agenda item 9: Correspondence",
        "Dear families,",
        "Yours faithfully, Ada Morrow, Clerk to the Council",
        "Kind regards, the Friends of Fenwick Park",
        "Printed on recycled paper",
        "Please recycle this leaflet after reading.",
        "Continued overleaf",
        "This newsletter is also available in Braille.",
        "Attachments: term_dates_2027.pdf (98 KB)",
    ],
    "dates, listings and captions": [
        "Next issue: 3 June",
        "Deadline for entries: Friday 14 May",
        "2 hours ago | 6 min read",
        "3h ago 09.12 BST",
        "Planning committee, Tuesday 9 March, 6.30pm, Guildhall",
        "Sunday 4 May 2027 | 2:00pm kick-off",
        "Press release | 2 February 2027",
        "Pupils at the Fenwick science fair, March 2027.",
        "Advertisement - story continues below",
    ],
    "credits and live-page notices": [
        "Ostrin Herald via Northfield Press Agency",
        "Photography: Ines Calloway for Marrow Robotics",
        "File photo: The Fenwick lighthouse, 2 May 2026. Tarn Press/Oli Brandt",
        "Chart: House prices, past five years. Source: land registry",
        "Video, 00:02:10, Watch: the moment the dam gave way",
        "Audio, 4 min, Listen: our correspondent at the count",
        "Live reporting by Oona Reyes and Kit Haldane",
        "Live text commentary by Pavel Norr",
        "This blog is now closed.",
        "Sorry, this live page has ended.",
        "Our live coverage of the gales has moved here.",
        "Match report to follow",
    ],
}

CLAIMS = {
    "headlines with a verb or a claim": [
        "Share prices tumble after profit warning",
        "Show goes on despite the storm",
        "Report finds harbour dredging unsafe",
        "Watch repairer fined for fake parts",
        "Copper at five-year high",
        "Fresh clashes at the border",
        "Letters reveal minister's role in the deal",
        "Leader of the council resigns",
        "Ferry fares to rise 7% in March",
        "Key event: Ostrin's central bank raises rates to 3 percent",
    ],
    "appeals shaped like buttons or subheads": [
        "Share this post if you think the library deserves better.",
        "Become a member and keep local reporting alive.",
        "Follow us for the stories the council wants buried.",
        "Like us on Facebook to never miss a bargain!",
        "Why we should all be worried about the bypass",
        "Comment: Why the new bridge deserves our backing",
        "What a shambles",
        "Read it.",
        "Sack the whole board",
        "Stop this vandalism now",
    ],
    "sentences shaped like boilerplate or contacts": [
        "The tablet is available in four colours.",
        "Free parking is available for all visitors.",
        "Interviews with the strikers were broadcast on Monday.",
        "The charity is registered in Fenwick but works across the region.",
        "The press office closed at 5pm on Friday, the council said.",
        "Police closed the road.",
        "The strike begins on Monday, 12 March, at 7pm.",
        "Residents met at the Guildhall on Tuesday 9 March.",
        "The festival returns to the quay in June.",
        "Dear neighbour, the council wants to build a depot at the end of your road.",
    ],
}


def _cases(table: dict[str, list[str]]) -> list:
    return [
        pytest.param(line, id=f"{kind}: {line[:40]}")
        for kind, lines in table.items()
        for line in lines
    ]


@pytest.mark.parametrize("line", _cases(FURNITURE))
def test_page_furniture_is_none_on_its_own_line(line):
    assert labels_within(line, line) == {Label.NONE}


@pytest.mark.parametrize("line", _cases(FURNITURE))
def test_page_furniture_is_none_inside_an_article(line):
    assert labels_within(line, page(line)) == {Label.NONE}


@pytest.mark.parametrize("line", _cases(CLAIMS))
def test_claims_shaped_like_furniture_stay_claims(line):
    assert alone(line).label != Label.NONE


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Copy link to this update", "a button"),
        ("Editor's picks", "a section heading"),
        ("How the ballot works", "a subhead"),
        ("Media contact: Lorne Vasquez, 0161 496 0555", "contact details"),
        ("ENDS", "a press release's boilerplate"),
        ("Apologies: Cllr Rendle", "the meeting's minutes"),
        ("Dear families,", "a letter's greeting"),
        ("Issue 48 · Autumn 2027", "a masthead"),
        ("Ostrin Herald via Northfield Press Agency", "a photo or chart credit"),
        ("Video, 00:02:10, Watch: the dam", "a video or audio label"),
        ("Live reporting by Oona Reyes", "a live page's byline"),
        ("This blog is now closed.", "a live page's notice"),
        ("Pupils at the Fenwick science fair, March 2027.", "a photo caption"),
    ],
)
def test_the_rationale_names_the_kind_of_furniture(line, kind):
    assert kind in alone(line).rationale


# An original live page, with its furniture and its claims, line by line.
LIVE_PAGE = [
    ("Gale warning live: latest updates", Label.NONE),
    ("Storm Ilsa forces closure of Fenwick harbour", Label.UNVERIFIED_ASSERTION),
    ("", None),
    ("Live reporting by Oona Reyes and Kit Haldane", Label.NONE),
    ("Updated 14 March 2027, 10:42 GMT", Label.NONE),
    ("Share this page", Label.NONE),
    ("Copy link to this post", Label.NONE),
    ("", None),
    ("Key events", Label.NONE),
    ("Show key events only", Label.NONE),
    ("", None),
    ("10:41 GMT", Label.NONE),
    (
        "The coastguard said two fishing boats had been towed into port overnight.",
        Label.SOURCED_CLAIM,
    ),
    ("", None),
    ("Waves breaking over the sea wall at Fenwick on Sunday morning.", Label.NONE),
    ("Photograph: Tarn Press/Oli Brandt", Label.NONE),
    ("", None),
    ("09:58 GMT", Label.NONE),
    ("Police closed the coast road.", Label.UNVERIFIED_ASSERTION),
    ("Residents are said to be sandbagging their homes.", Label.UNVERIFIED_ASSERTION),
    ("What a night for the lifeboat crews, who never stop.", Label.EDITORIAL_APPEAL),
    ("", None),
    (
        "Sign up for our free storm alerts and never miss an update.",
        Label.EDITORIAL_APPEAL,
    ),
    ("", None),
    ("More on this story", Label.NONE),
    ("Harbour wall repairs delayed again", Label.NONE),
    ("What the gale means for ferry passengers", Label.NONE),
    ("Fenwick braces for second storm", Label.NONE),
    ("", None),
    ("Share on Facebook", Label.NONE),
    ("Previous update", Label.NONE),
    ("Next update", Label.NONE),
    ("This blog is now closed.", Label.NONE),
    ("We use cookies to improve your experience on our site.", Label.NONE),
    ("Accept all cookies", Label.NONE),
]


def test_a_live_page_keeps_its_claims_and_drops_its_furniture():
    text = "\n".join(line for line, _ in LIVE_PAGE)
    labels = {item.segment.text: item.suggestion.label for item in analyse(text)}

    expected = {line: label for line, label in LIVE_PAGE if line}
    assert labels == expected


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("10:41 GMT", "a date or time"),
        ("Photograph: Tarn Press/Oli Brandt", "a photo caption or credit"),
        ("We use cookies to improve your experience on our site.", "cookie notice"),
        ("Waves breaking over the sea wall at Fenwick on Sunday morning.", "caption"),
    ],
)
def test_the_live_page_rationales_name_the_furniture(line, kind):
    text = "\n".join(line for line, _ in LIVE_PAGE)
    rationale = next(
        item.suggestion.rationale for item in analyse(text) if item.segment.text == line
    )
    assert kind in rationale
