"""Feedback a student learns from: every rationale names the words that
decided its label, and those words are the ones highlighted (issue 18)."""

import re
from pathlib import Path

import pytest

from articles.domain.confidence import GUESS_CEILING
from articles.domain.labels import Label
from articles.domain.pipeline import analyse
from articles.domain.suggestions import UNSURE_BELOW, clip
from articles.evaluation.corpus import as_documents, load_corpus
from articles.evaluation.devset import load_documents

DATA = Path(__file__).resolve().parents[1] / "data"
S, U, E, N = (
    Label.SOURCED_CLAIM,
    Label.UNVERIFIED_ASSERTION,
    Label.EDITORIAL_APPEAL,
    Label.NONE,
)
# 'words' in a rationale: opened after a space or the start, closed before
# punctuation or a space, so "Don't" and "residents' group" stay inside.
QUOTED = re.compile(r"(?:^|(?<=[\s(]))'(.+?)'(?=[\s.,:;!?)]|$)")


def only(sentence: str):
    [item] = analyse(sentence)
    return item.suggestion


def named_words(rationale: str) -> list[str]:
    return [match.group(1).strip("…") for match in QUOTED.finditer(rationale)]


def cue_texts(sentence: str, suggestion) -> list[str]:
    return [sentence[start:end] for start, end in suggestion.cues]


# (sentence, label, the rationale's exact words), all written for this test.
CASES = {
    "named person": (
        "Oxfam said in a report that food prices had doubled in two years.",
        S,
        "'Oxfam said' names the source.",
    ),
    "a name after its title, between commas": (
        "Her producer, Dev Mistry, told us the album took three weeks to record.",
        S,
        "'Her producer, Dev Mistry, told' names the source.",
    ),
    "nothing decides: a line with no verb": (
        # One word: a line of several may hold a verb the lexicon lacks.
        "Lanterns",
        U,
        "'Lanterns' has no verb, so it makes no claim to check: if it is a "
        "heading or part of the web page, it needs no label.",
    ),
    "spokeswoman for a named body": (
        "A spokeswoman for Northgate Buses said the route would change in March.",
        S,
        "'A spokeswoman for Northgate Buses said' names the source.",
    ),
    "role at a body": (
        "The fire service said two crews attended the blaze on Mill Lane.",
        S,
        "'The fire service said' names who is speaking.",
    ),
    "vague crowd": (
        "Locals say the footbridge has been shaking in high winds.",
        U,
        "'Locals' does not say who exactly, so a reader cannot check it.",
    ),
    "vague group with a place": (
        "Traders on the high street say the parking charges are driving shoppers away.",
        U,
        "'Traders on the high street' does not say who exactly, so a reader cannot "
        "check it.",
    ),
    "unnamed person": (
        "A passer-by claimed the van had no lights on.",
        U,
        "'A passer-by' is not someone a reader can identify or check.",
    ),
    "anonymous source": (
        "One trustee, who asked not to be named, said the charity was close to "
        "running out of money.",
        U,
        "'asked not to be named': the source stays anonymous, so nobody can check "
        "the claim.",
    ),
    "hedge": (
        "The swimming baths are reportedly losing money every winter.",
        U,
        "'reportedly' hedges the claim without saying who makes it.",
    ),
    "nothing decides: a plain claim": (
        "The new cycle lane will reopen in April.",
        U,
        "'will reopen in April' is stated as fact, but no one is named who says "
        "so: look for who told the writer.",
    ),
    "nothing decides: a result": (
        "Westfield Rovers sacked their manager after a run of seven defeats.",
        U,
        "'sacked their manager after a run of seven' is stated as fact, "
        "but no one is named who says so: look for who told the writer.",
    ),
    "nothing decides: a view or a fact": (
        "Kestrel Park is the friendliest little ground in the county.",
        U,
        "'is the friendliest little ground in the county' is said with no one "
        "named who says so. Is it a fact someone could check, or the writer's "
        "own view?",
    ),
    "nothing decides: a headline": (
        "Harbour wall to be rebuilt by summer",
        U,
        "'be rebuilt by summer' is stated as fact, but no one is named who says "
        "so: look for who told the writer.",
    ),
    "a name between commas after a title": (
        "Their coach, Dana Reyes, says she trains six days a week.",
        S,
        "'Their coach, Dana Reyes, says' names the source.",
    ),
    "several loaded words, named together": (
        "This shameful, cowardly decision is a betrayal of every family in Marsby.",
        E,
        "'shameful', 'cowardly' and 'betrayal' are loaded wording in the writer's "
        "own voice.",
    ),
    "three kinds of cue": (
        "The council must stop wasting our money on this sham.",
        E,
        "'must stop wasting' demands action in the writer's voice, 'our' is the "
        "writer speaking for themselves, and 'sham' is loaded wording in the "
        "writer's own voice.",
    ),
    "writer, reader and judgement": (
        "We think you deserve better than this pathetic excuse for a bus service.",
        E,
        "'We' is the writer speaking for themselves, 'you' speaks to the reader "
        "directly, and 'deserve better' is the writer's own judgement.",
    ),
    "the outlet's own pitch": (
        "Subscribe today and never miss a story from our award-winning newsroom!",
        E,
        "'Subscribe today and never miss a story' is the outlet asking the reader "
        "to sign up or support it: a pitch, which works on the reader rather than "
        "reporting news.",
    ),
    "a question and a judgement": (
        "Who signed off this shameful deal?",
        E,
        "It asks the reader a question instead of reporting. 'shameful' is loaded "
        "wording in the writer's own voice.",
    ),
    "a single loaded word": (
        "It is an absolute disgrace that the pool is still shut.",
        E,
        "'disgrace' is loaded wording in the writer's own voice.",
    ),
    "a slogan": (
        "Enough is enough: scrap the toll now.",
        E,
        "'Enough' is a slogan, not a report, and 'scrap' tells the reader to act.",
    ),
    "page prompt": (
        "Sign up for our newsletter",
        N,
        "'Sign up for our newsletter' is a prompt of the web page, not a claim "
        "to judge.",
    ),
    "pronoun with no one before": (
        'He said the plan was "simply not good enough".',
        S,
        "'He said' refers to a particular person or body named in the article.",
    ),
}


@pytest.mark.parametrize(("sentence", "label", "rationale"), CASES.values(), ids=CASES)
def test_the_rationale_names_the_deciding_words(sentence, label, rationale):
    suggestion = only(sentence)

    assert (suggestion.label, suggestion.rationale) == (label, rationale)


# Sentences where nothing decides: their claim's words are named and
# highlighted, and the suggestion is marked for the teacher to check.
NOTHING_DECIDES = {
    "future plan": ("The new cycle lane will reopen in April.", "will reopen in April"),
    "past event": (
        "Thousands of runners took part in the Marsby half marathon on Sunday.",
        "took part in the Marsby half marathon",
    ),
    "figure": (
        "Bus fares rose by 8 per cent last year.",
        "rose by 8 per cent last year",
    ),
    "ends on a dangling word": (
        "Crime in the old town has fallen every year since the arcade closed.",
        "has fallen every year since the arcade closed",
    ),
    "verbless line": ("A thumping, joyous return to form.", None),
}


@pytest.mark.parametrize(
    ("sentence", "claim"), NOTHING_DECIDES.values(), ids=NOTHING_DECIDES
)
def test_when_nothing_decides_the_claims_words_are_named_and_the_label_is_unsure(
    sentence, claim
):
    suggestion = only(sentence)

    assert "No source is given" not in suggestion.rationale
    if suggestion.label == U:
        assert suggestion.is_unsure
        [named] = named_words(suggestion.rationale)
        assert named in cue_texts(sentence, suggestion)
        if claim is not None:
            assert named == claim


QUESTIONS = {
    "long question": (
        "How much longer will the people of Marsby put up with a council that "
        "ignores every letter they send?"
    ),
    "question after a clause": (
        "The pool has been shut for a year; who exactly thinks that is acceptable?"
    ),
    "short question": "Is this really the best the club can do?",
}


@pytest.mark.parametrize("sentence", QUESTIONS.values(), ids=QUESTIONS)
def test_a_question_cue_is_whole_words(sentence):
    suggestion = only(sentence)

    assert suggestion.label == E
    question = [
        (start, end) for start, end in suggestion.cues if sentence[end - 1] == "?"
    ]
    [(start, _)] = question
    assert start == 0 or not sentence[start - 1].isalnum()
    assert sentence[start].isalnum()


FRAGMENTS = {
    "a clause after the verb": (
        "Their coach, Dana Reyes, says she trains six days a week."
    ),
    "a question word after the verb": (
        "The author, Mira Castell, has asked why her early poems are out of print."
    ),
    "a pronoun run into the claim": (
        "Estate agent Ferris Owusu said the agreed price, £1.2 million, was paid in "
        "cash."
    ),
}
# A whole source phrase starts with its name or title and ends on its noun.
NOT_A_FIRST_WORD = {"why", "from", "of", "her", "his", "she", "he", "what"}
NOT_A_LAST_WORD = {"the", "a", "of", "her", "his", "why", "to", "for"}


@pytest.mark.parametrize("sentence", FRAGMENTS.values(), ids=FRAGMENTS)
def test_a_source_rationale_never_names_a_fragment(sentence):
    suggestion = only(sentence)

    for words in named_words(suggestion.rationale):
        lowered = words.lower().split()
        assert lowered[0] not in NOT_A_FIRST_WORD
        assert lowered[-1] not in NOT_A_LAST_WORD
        assert lowered not in (["the"], ["one"], ["from"])


@pytest.mark.parametrize(
    ("words", "limit", "clipped"),
    [
        (
            "the harbour authority's chief engineer",
            60,
            "the harbour authority's chief engineer",
        ),
        ("the harbour authority's chief engineer", 20, "the harbour…"),
        ("Northgate", 5, "Northgate…"),
        ("a  spaced   phrase", 60, "a spaced phrase"),
    ],
)
def test_clip_cuts_between_words(words, limit, clipped):
    assert clip(words, limit) == clipped


def test_a_guess_always_stays_under_the_unsure_line():
    assert GUESS_CEILING < UNSURE_BELOW


@pytest.fixture(scope="module")
def in_house_analyses() -> list[tuple[str, list]]:
    """The corpus's train rows and the development set's articles: text this
    project wrote, so the properties are checked on thousands of sentences.
    Each text is analysed once for the module's tests (about 15 s a pass)."""
    corpus = as_documents(load_corpus(DATA / "corpus"), "train")
    articles = load_documents(DATA / "devset", "all")
    return [(document.text, analyse(document.text)) for document in corpus + articles]


# One worker under xdist, so the corpus is analysed once.
@pytest.mark.xdist_group("in-house-analyses")
def test_every_word_a_rationale_names_is_in_its_cues(in_house_analyses):
    misses = []

    for text, items in in_house_analyses:
        for item in items:
            suggestion, segment = item.suggestion, item.segment
            covered = {
                position
                for start, end in suggestion.cues
                for position in range(start, end)
            }
            for words in named_words(suggestion.rationale):
                found = any(
                    all(
                        position in covered or text[position].isspace()
                        for position in range(start, start + len(words))
                    )
                    for start in (
                        segment.start + hit.start()
                        for hit in re.finditer(re.escape(words), segment.text)
                    )
                )
                if not found:
                    misses.append((words, suggestion.rationale, segment.text))

    assert len(in_house_analyses) > 3000
    assert misses == []


# One worker under xdist, so the corpus is analysed once.
@pytest.mark.xdist_group("in-house-analyses")
def test_named_words_end_between_words_never_mid_word(in_house_analyses):
    cut = []

    for _text, items in in_house_analyses:
        for item in items:
            sentence = item.segment.text
            for words in named_words(item.suggestion.rationale):
                # Where the named words start a word: "us" in "Trust us".
                starts = re.finditer(rf"(?<!\w){re.escape(words)}", sentence)
                if words[-1].isalnum() and not any(
                    not sentence[hit.end() : hit.end() + 1].isalnum() for hit in starts
                ):
                    cut.append((words, sentence))

    assert cut == []
