from articles.domain.opinion_model import read_opinion


def test_loaded_framing_reads_as_opinion_and_plain_reporting_does_not():
    opinion = read_opinion(
        "This reckless government has once again betrayed hard-working families."
    )
    report = read_opinion("Shares fell 40 per cent in a single day, the exchange said.")

    assert opinion.probability >= 0.8
    assert report.probability < 0.5


def test_the_strongest_words_are_given_as_offsets_into_the_sentence():
    sentence = "The so-called experts were, predictably, wrong again."

    reading = read_opinion(sentence)

    assert reading.strongest
    assert all(0 <= start < end <= len(sentence) for start, end in reading.strongest)
