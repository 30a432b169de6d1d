"""A question alone on its line is a subhead only when it introduces what
follows and presses no point: one that ends the text, or blames, presumes
or points back at the people it means, is the writer's rhetorical question.
The two fallbacks name the words that decide them."""

import pytest

from articles.domain.labels import Label
from articles.domain.pipeline import analyse

N, U, E = Label.NONE, Label.UNVERIFIED_ASSERTION, Label.EDITORIAL_APPEAL
AFTER = "\n\nThe ferry from Quillport runs twice a day in winter."
BEFORE = "The ferry from Quillport runs twice a day in winter.\n\n"


def first(text: str):
    return analyse(text)[0].suggestion


PRESSING = [
    "Who will stop them?",
    "Why was the lido allowed to close without warning?",
    "Who will stand up for the Marrow valley?",
    "Who will pay for the sea wall at Quillport?",
    "When will the governors finally listen?",
    "How was this album left off the prize list?",
    "Why wasn't the harbour report shared?",
    "Why was the cottage hospital ignored?",
    "Is it any use asking them?",
    "Why does the ferry always run late?",
    "Who is going to answer for the flooded cellars?",
]
EXPLAINERS = [
    "How does the new parking permit work?",
    "What happens next?",
    "Who is eligible?",
    "Is my street affected?",
    "What is the new harbour levy?",
    "When does the ferry timetable change?",
    "Where can I buy a day ticket?",
    "What are they asking for?",
    "Who will pay the new charge?",
    "Which schools are closing early?",
]


@pytest.mark.parametrize("question", PRESSING)
def test_a_question_that_presses_a_point_is_no_subhead(question):
    assert first(question + AFTER).label == E


@pytest.mark.parametrize("question", EXPLAINERS)
def test_an_explainer_question_still_introduces_what_follows(question):
    suggestion = first(question + AFTER)

    assert suggestion.label == N
    opener = " ".join(question.split()[:2]).rstrip("?")
    assert f"'{opener}' opens a question" in suggestion.rationale


@pytest.mark.parametrize("question", EXPLAINERS)
def test_a_question_that_ends_the_text_has_nothing_to_introduce(question):
    suggestion = analyse(BEFORE + question)[-1].suggestion

    assert suggestion.label == E


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("“We will not be moved.”", "We will not be moved."),
        ("“The pier is safe,” came the reply.", "The pier is safe,"),
        ("“Nobody told us anything.”", "Nobody told us anything."),
        ("“It was a quiet night.”", "It was a quiet night."),
        ("“The gates open at nine.”", "The gates open at nine."),
        ("“Bring a torch.” That was all.", "Bring a torch."),
        ("“The rent has doubled.”", "The rent has doubled."),
        ("“Ferries are cancelled until Monday.”", "Ferries are cancelled until"),
        ("“There were four boats.”", "There were four boats."),
        ("“Lunch is at one.”", "Lunch is at one."),
    ],
)
def test_a_quotation_without_a_speaker_names_what_is_quoted(text, quoted):
    suggestion = first(text)

    assert suggestion.basis == "quotation_no_speaker"
    assert quoted in suggestion.rationale
    assert "no speaker is named" in suggestion.rationale
