"""The demo's live blog: a storm on a fictional coast, with the page clutter,
pitches and timed updates of a real live page (original text): 42
sentences, 30 to label."""

from datetime import date

from .shape import APPEAL, NONE, SOURCED, UNVERIFIED, DemoArticle

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
