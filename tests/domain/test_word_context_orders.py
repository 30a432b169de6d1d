"""Orders and pitches a word list misses (word_context): a keyword texted to
a short number is an order, a sum "to donate" put to the reader is a pitch,
and a modal before its subject ("must the") is no judgement; their reported
look-alikes stay as they were."""

import pytest

from articles.domain.labels import Label
from articles.domain.lexicon import MILD_OPINION_PHRASES
from articles.domain.pipeline import analyse
from articles.domain.word_context import is_news_about_giving, reads_as_an_order

U, E = Label.UNVERIFIED_ASSERTION, Label.EDITORIAL_APPEAL


def label_of(sentence: str) -> Label:
    (item,) = analyse(sentence)
    return item.suggestion.label


@pytest.mark.parametrize(
    ("sentence", "is_order"),
    [
        ("Text HOPE to 70085 to give £5.", True),
        ("Text LIFEBOAT to 70300 to donate £10.", True),
        ("Text the word MARROW to 60777 to give £3.", True),
        ("Txt PIER to 88123 for updates.", True),
        ("Text “FLOOD” to 70970 to give £2.", True),
        ("Text messages to 999 rose by a third.", False),
        ("Text alerts went to 4000 homes.", False),
        ("Text books cost the school £9,000.", False),
        ("Text to speech is built into the app.", False),
        ("Text HOPE was the slogan of the campaign.", False),
    ],
)
def test_a_keyword_texted_to_a_short_number_is_an_order(sentence, is_order):
    assert reads_as_an_order(sentence, 0, sentence.index(" ")) is is_order


@pytest.mark.parametrize(
    ("sentence", "is_news"),
    [
        ("It takes a minute to donate £5 to the Quillport food bank.", False),
        ("A text is all it takes to donate £3 to the lifeboat.", False),
        ("It costs nothing extra to donate £10 by phone.", False),
        ("The quickest way to donate £5 is online.", False),
        ("It is easy to donate £2 a month to the hospice.", False),
        ("Residents were asked to donate £5 each towards the bench.", True),
        ("Parents agreed to donate £200 to the library fund.", True),
        ("The firm offered to donate £10,000 to the appeal.", True),
        ("Donations to the food bank rose by a third.", True),
        ("The club wanted members to donate £20 each.", True),
    ],
)
def test_a_sum_to_donate_is_put_to_the_reader_unless_someone_was_asked(
    sentence, is_news
):
    start = sentence.lower().index("donat")
    word = sentence[start:].split()[0]

    assert is_news_about_giving(sentence, word) is is_news


@pytest.mark.parametrize(
    ("sentence", "matched"),
    [
        ("Why must the pier close in winter?", None),
        ("How long should we wait for a bus?", None),
        ("Why must they always cut the libraries?", None),
        ("When should a council ever sell its parks?", None),
        ("Why need the ferry stop at all?", None),
        ("The trust must act now.", "must act"),
        ("The harbour board should be ashamed.", "should be ashamed"),
        ("The council ought to listen.", "ought to listen"),
        ("Ministers need to explain the delay.", "need to explain"),
        ("The pool should reopen in May.", "should reopen"),
    ],
)
def test_a_modal_before_its_subject_is_no_judgement(sentence, matched):
    found = [match.group(0) for match in MILD_OPINION_PHRASES.finditer(sentence)]

    assert found == ([matched] if matched else [])


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Text HOPE to 70085 to give £5.", E),
        ("Text LIFEBOAT to 70300 to donate £10 to the crew.", E),
        ("It takes a minute to donate £5 to the Quillport food bank.", E),
        ("Text messages to 999 rose by a third.", U),
        ("Residents were asked to donate £5 each towards the bench.", U),
    ],
)
def test_orders_and_pitches_read_whole(sentence, label):
    assert label_of(sentence) == label
