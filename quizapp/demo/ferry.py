"""The demo's first lesson: a council vote on the island ferry (original,
fictional text)."""

from datetime import date

from .shape import APPEAL, NONE, SOURCED, UNVERIFIED, DemoArticle

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
