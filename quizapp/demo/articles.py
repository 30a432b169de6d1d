"""Original sample articles written for this project (fictional places and
people), with the labels and explanations a teacher would give.

Each article is blocks (separated by a blank line) of lines (separated by a
line break) of sentences, so the text keeps the shape of a real page.
"""

from dataclasses import dataclass
from datetime import date

from articles.domain.labels import Label

SOURCED = Label.SOURCED_CLAIM
UNVERIFIED = Label.UNVERIFIED_ASSERTION
APPEAL = Label.EDITORIAL_APPEAL
NONE = Label.NONE

Sentence = tuple[Label, str, str]  # label, text, explanation


@dataclass(frozen=True)
class DemoArticle:
    title: str
    outlet: str
    byline: str
    published_on: date
    blocks: list[list[list[Sentence]]]

    @property
    def sentences(self) -> list[Sentence]:
        return [s for block in self.blocks for line in block for s in line]

    @property
    def text(self) -> str:
        return "\n\n".join(
            "\n".join(" ".join(text for _, text, _ in line) for line in block)
            for block in self.blocks
        )


FERRY = DemoArticle(
    title="Council votes to keep island ferry running",
    outlet="The Westhaven Courier",
    byline="Maya Okafor",
    published_on=date(2026, 3, 14),
    blocks=[
        [
            [
                (
                    UNVERIFIED,
                    "Council votes to keep island ferry running",
                    "A factual headline with no source: who says so is not named.",
                )
            ],
            [(NONE, "By Maya Okafor, Local Democracy Reporter", "A byline.")],
            [(NONE, "14 March 2026", "A date, not a claim.")],
        ],
        [
            [
                (
                    UNVERIFIED,
                    "Westhaven council voted 7-2 on Tuesday night to keep the island "
                    "ferry running for at least another five years.",
                    "A claim of fact with no source given in the sentence.",
                ),
                (
                    SOURCED,
                    "The service carries about 900 passengers a day, according to "
                    "figures published by the Harbour Transport Authority.",
                    "'according to figures published by the Harbour Transport "
                    "Authority' names the source.",
                ),
            ]
        ],
        [
            [
                (
                    SOURCED,
                    "Councillor Ruth Adeyemi, who chairs the transport committee, said "
                    "the vote was \u201ca promise kept to every family on the "
                    "island.\u201d",
                    "'Councillor Ruth Adeyemi ... said' names who is speaking.",
                ),
                (
                    SOURCED,
                    "\u201cWe looked at every alternative, and none of them was "
                    "cheaper,\u201d she said.",
                    "'she said' points back to Councillor Adeyemi, a named source.",
                ),
            ]
        ],
        [
            [
                (
                    UNVERIFIED,
                    "Some residents believe the council quietly shelved a cheaper "
                    "bridge plan last year.",
                    "'Some residents believe' is a vague source: which residents?",
                ),
                (
                    UNVERIFIED,
                    "The ferry operator is reportedly in talks to buy two electric "
                    "boats.",
                    "'reportedly' hedges the claim without saying who reported it.",
                ),
                (
                    UNVERIFIED,
                    "Officials familiar with the talks said a deal could be signed by "
                    "the summer.",
                    "'Officials familiar with the talks' are anonymous.",
                ),
            ]
        ],
        [
            [
                (
                    APPEAL,
                    "It is a scandal that islanders have waited a decade for a "
                    "reliable crossing.",
                    "'It is a scandal' is the writer's own loaded judgement.",
                ),
                (
                    APPEAL,
                    "How many more winters must pensioners stand on a freezing quay?",
                    "A rhetorical question meant to stir feeling, not to inform.",
                ),
            ]
        ],
        [
            [
                (
                    SOURCED,
                    "Tickets will cost \u00a33.40 for adults from 1 May, the operator, "
                    "Westhaven Sea Links, said in a statement.",
                    "'Westhaven Sea Links said in a statement' names the source.",
                ),
            ]
        ],
        [
            [
                (
                    APPEAL,
                    "Tell us what you think: write to the editor today.",
                    "A call to action aimed at the reader.",
                ),
            ]
        ],
    ],
)

STORM_LIVE = DemoArticle(
    title="Storm Imogen live: rail line closed as gales batter the coast",
    outlet="The Northern Ledger",
    byline="Priya Nair, Tom Becker",
    published_on=date(2025, 12, 12),
    blocks=[
        [
            [
                (
                    NONE,
                    "Get breaking news alerts from The Northern Ledger",
                    "Notification chrome from the web page.",
                )
            ]
        ],
        [
            [
                (
                    NONE,
                    "Notifications can be switched off in your browser settings.",
                    "Notification chrome from the web page.",
                )
            ]
        ],
        [[(NONE, "Live", "A page marker, not a claim.")]],
        [
            [
                (
                    UNVERIFIED,
                    "Storm Imogen live: rail line closed as gales batter the coast",
                    "A factual headline with no source named.",
                )
            ]
        ],
        [
            [
                (
                    UNVERIFIED,
                    "Forecasters warn of flooding in low-lying towns overnight",
                    "'Forecasters' is vague: which forecasters?",
                )
            ]
        ],
        [
            [(NONE, "Priya Nair,Tom Becker", "A byline.")],
            [(NONE, "Friday 12 December 2025 08:45 GMT", "A timestamp.")],
            [(NONE, "Comments", "A link to the comments: page chrome.")],
        ],
        [
            [
                (
                    APPEAL,
                    "Your support keeps our reporters on the ground.",
                    "The outlet asking the reader for support: a pitch, not news.",
                )
            ]
        ],
        [
            [
                (
                    APPEAL,
                    "Independent journalism has never mattered more, and we believe "
                    "everyone should be able to read it.",
                    "The outlet praising itself to win the reader over.",
                ),
                (
                    APPEAL,
                    "Donate today and help us tell the stories that matter.",
                    "'Donate today' is a call to action.",
                ),
            ]
        ],
        [
            [
                (
                    SOURCED,
                    "The Coastal Weather Centre said gusts of 82mph were recorded at "
                    "Gullhaven Point shortly after 6am.",
                    "'The Coastal Weather Centre said' names the source.",
                ),
            ]
        ],
        [
            [
                (
                    SOURCED,
                    "Northline Rail has closed the coast line between Port Elm and "
                    "Saltby, the operator said.",
                    "'the operator said' refers to Northline Rail, a named company.",
                ),
            ]
        ],
        [
            [
                (
                    SOURCED,
                    "\u201cTrees are down in at least six places,\u201d said "
                    "Dan Keller, the line\u2019s operations manager.",
                    "'said Dan Keller' names the speaker.",
                ),
                (
                    SOURCED,
                    "\u201cWe will not reopen until every mile has been checked. That "
                    "could take until Sunday.\u201d",
                    "The quotation continues from Dan Keller, named just before.",
                ),
            ]
        ],
        [
            [
                (
                    NONE,
                    "Priya Nair12 December 2025 08:30",
                    "A byline glued to a timestamp.",
                )
            ]
        ],
        [
            [
                (
                    UNVERIFIED,
                    "Thousands of homes are without power, according to residents "
                    "posting on social media.",
                    "'residents posting on social media' are not identifiable.",
                ),
                (
                    UNVERIFIED,
                    "Emergency crews are believed to be struggling to reach outlying "
                    "farms.",
                    "'are believed to be' hedges the claim; nobody is named.",
                ),
            ]
        ],
        [
            [
                (
                    APPEAL,
                    "Once again, ordinary families are paying the price for years of "
                    "shameful neglect of our sea defences.",
                    "'shameful neglect' is loaded wording in the writer's own voice.",
                ),
            ]
        ],
        [
            [
                (
                    NONE,
                    "Tom Becker12 December 2025 08:02",
                    "A byline glued to a timestamp.",
                )
            ]
        ],
        [
            [
                (
                    NONE,
                    "Priya Nair12 December 2025 09:15",
                    "A byline glued to a timestamp.",
                )
            ]
        ],
        [
            [
                (
                    SOURCED,
                    "Port Elm council said 40 residents had spent the night in the "
                    "leisure centre after their street flooded.",
                    "'Port Elm council said' names the source.",
                ),
                (
                    SOURCED,
                    "\u201cWe have beds for another hundred people if the water keeps "
                    "rising,\u201d said Helen Marsh, the council\u2019s emergency "
                    "planning officer.",
                    "'said Helen Marsh' names the speaker and her role.",
                ),
            ],
            [
                (
                    UNVERIFIED,
                    "Some people in the town say the warning came far too late.",
                    "'Some people' is vague: nobody can be asked.",
                ),
                (
                    UNVERIFIED,
                    "Insurers are expected to face claims running into millions.",
                    "'are expected to' hedges, and no source says so.",
                ),
            ],
        ],
        [
            [
                (
                    NONE,
                    "Tom Becker12 December 2025 09:40",
                    "A byline glued to a timestamp.",
                )
            ]
        ],
        [
            [
                (
                    SOURCED,
                    "The Harbour Authority confirmed that all ferry crossings from "
                    "Gullhaven are cancelled until Saturday.",
                    "'The Harbour Authority confirmed' names the source.",
                ),
                (
                    SOURCED,
                    "A spokesperson for Saltby General Hospital said staff who could "
                    "not travel had been asked to work from the nearest site.",
                    "A spokesperson speaks for a named hospital.",
                ),
            ],
            [
                (
                    UNVERIFIED,
                    "It is thought that the storm will ease by late afternoon.",
                    "'It is thought' hides who thinks so.",
                ),
                (
                    APPEAL,
                    "Is it any wonder that people have lost faith in those who were "
                    "meant to protect them?",
                    "A rhetorical question that pushes the writer's view.",
                ),
                (
                    UNVERIFIED,
                    "Roads in the north of the county are reportedly blocked by "
                    "fallen trees.",
                    "'reportedly' gives no source.",
                ),
            ],
        ],
        [
            [
                (
                    SOURCED,
                    "According to the Coastal Weather Centre, the highest waves "
                    "reached nine metres off Gullhaven Point.",
                    "'According to the Coastal Weather Centre' names the source.",
                ),
                (
                    SOURCED,
                    "Police in Saltby said two drivers were rescued from their cars "
                    "on the coast road.",
                    "'Police in Saltby said' names the force.",
                ),
                (
                    APPEAL,
                    "Now is the moment for every reader to check on an elderly "
                    "neighbour.",
                    "A call to action aimed at the reader.",
                ),
                (
                    UNVERIFIED,
                    "Many schools are likely to stay closed on Monday.",
                    "'are likely to' is a guess with no source.",
                ),
            ]
        ],
        [
            [
                (
                    SOURCED,
                    "Northline Rail said replacement buses would run between Port "
                    "Elm and Saltby from noon.",
                    "'Northline Rail said' names the company.",
                ),
                (
                    UNVERIFIED,
                    "Passengers have been left stranded for hours with no "
                    "information, critics claim.",
                    "'critics' are not named: who are they?",
                ),
                (
                    APPEAL,
                    "This disgraceful chaos should shame everyone in charge of our "
                    "railways.",
                    "'disgraceful chaos' and 'should shame' are the writer's anger.",
                ),
            ],
            [
                (
                    SOURCED,
                    "The centre\u2019s duty forecaster, Anita Shah, said a second band "
                    "of rain would arrive on Sunday.",
                    "'said' with a named forecaster and her role.",
                ),
                (
                    UNVERIFIED,
                    "Damage to the sea wall at Port Elm may be worse than first "
                    "feared.",
                    "'may be' hedges, and nobody is quoted.",
                ),
            ],
        ],
        [[(NONE, "Share", "A share button.")]],
        [[(NONE, "Join our commenting forum", "Comment chrome.")]],
    ],
)

DEMO_ARTICLES = [FERRY, STORM_LIVE]


def labels_by_offset(article: DemoArticle) -> list[tuple[int, int, Sentence]]:
    """Each sentence with its start and end offset in `article.text`."""
    text = article.text
    found = []
    cursor = 0
    for sentence in article.sentences:
        start = text.index(sentence[1], cursor)
        end = start + len(sentence[1])
        found.append((start, end, sentence))
        cursor = end
    return found
