"""The outlet's full-sentence pitch and its self-praise are editorial
appeals (LABELING.md); a bare button stays none; news about a newsletter,
and praise in someone else's words, are not the outlet pitching."""

import pytest

from articles.domain.labels import Label

from .page_text import item_for, label_of, page

PITCHES = [
    "Sign up to our morning briefing and never miss a story.",
    "Subscribe to our weekend newsletter for the best reads of the week.",
    "Sign up to our weekly newsletter — it's free and you can unsubscribe at any time.",
    "Download the app today and get the news before anyone else!",
    "Join thousands of readers who start their day with our briefing.",
    "Get the newsletter that the valley's business owners read first.",
    "Become a member today and keep local reporting alive.",
    "Log in to join the community of readers who ask better questions.",
    "Start your free trial now and read without limits.",
    "Never miss a story: sign up to our evening digest.",
    "If you value our journalism, please consider becoming a supporter.",
]


@pytest.mark.parametrize("sentence", PITCHES)
def test_a_full_sentence_pitch_is_an_editorial_appeal(sentence):
    item = item_for(sentence, page(sentence))

    assert item.suggestion.label == Label.EDITORIAL_APPEAL
    assert item.suggestion.cues  # the rationale's words are marked


SELF_PRAISE = [
    "Our award-winning journalists bring you the stories that matter.",
    "Our reporters go where others won't to bring you the truth.",
    "Our newsroom has been fearlessly independent for 150 years.",
    "We are the county's most trusted source of local news.",
    "Our journalism holds the powerful to account, every single day.",
    "For over a century our paper has been the voice you can trust.",
    "Our team of reporters is unrivalled in the region.",
    "Our coverage is trusted by readers across the political spectrum.",
    "We're proud to be the most-read news site in the valley.",
    "Our award-winning coverage of the floods was read by millions.",
]


@pytest.mark.parametrize("sentence", SELF_PRAISE)
def test_the_outlet_praising_itself_is_an_editorial_appeal(sentence):
    item = item_for(sentence, page(sentence))

    assert item.suggestion.label == Label.EDITORIAL_APPEAL
    for start, end in item.suggestion.cues:
        named = item.segment.text[start - item.segment.start : end - item.segment.start]
        assert f"'{named}" in item.suggestion.rationale


BARE_BUTTONS = [
    "Sign up",
    "Subscribe",
    "Sign up for our newsletter",
    "Register",
    "Log in",
    "Newsletter",
    "Unsubscribe",
    "Share via email",
    "Print this page",
    "Next article",
    "Continue reading →",
    "Email address",
]


@pytest.mark.parametrize("button", BARE_BUTTONS)
def test_a_bare_button_stays_none(button):
    assert label_of(button, page(button)) == Label.NONE


NEWS_ABOUT_PITCHES = [
    "The school's newsletter, sent to 900 families, will now go out on Fridays.",
    "Readers who signed up to the council's bulletin were sent the wrong date.",
    "Our reporter was at the hearing on Tuesday.",
    "The award-winning chef opened a second restaurant in March.",
    "Join us, the mayor said, as she opened the festival.",
    "“Our journalists are the best in the business,” the editor told staff.",
]


@pytest.mark.parametrize("sentence", NEWS_ABOUT_PITCHES)
def test_news_about_a_newsletter_or_praise_is_not_read_as_the_outlet_pitching(
    sentence,
):
    item = item_for(sentence, page(sentence))

    assert item.suggestion.label != Label.NONE
    assert "the outlet" not in item.suggestion.rationale
