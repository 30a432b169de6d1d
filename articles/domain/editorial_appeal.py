"""Editorial appeal: what, in the writer's own words, works on the reader
rather than informs, each piece weighed as evidence."""

import re
from collections.abc import Iterable

from .appeal_wording import (
    MODEL_REASON,
    REASON_KINDS,
    appeal_rationale,
    named_evidence,
)
from .evidence import Evidence
from .labels import Label
from .lexicon import (
    CALL_TO_ACTION_WORDS,
    MILD_OPINION_PHRASES,
    OPINION_PHRASES,
    PITCH,
    SCARE_QUOTES,
    base_verbs,
)
from .loaded_words import find_loaded_words
from .opinion_model import read_opinion
from .opinion_structure import (
    is_generic_rule,
    states_what_is_not_known,
    structural_evidence,
)
from .person_and_questions import (
    is_generic_you,
    only_possessive_your,
    question_evidence,
    reader_address,
    without_reported_question,
    writer_we,
)
from .rhetoric import rhetoric_evidence
from .segmenting import TextSegment
from .suggestions import Suggestion, make_suggestion
from .word_context import is_news_about_giving, opens_with_a_noun, reads_as_an_order

# Where an order can begin: the sentence's first letter, or the first letter
# after a colon or semicolon.
CLAUSE_START = re.compile(r"(?:^|[:;])[^A-Za-z:;]*(?=[A-Za-z])")
ORDER_WORD = re.compile(CALL_TO_ACTION_WORDS, re.IGNORECASE)
FIRST_WORD = re.compile(r"([A-Za-z][a-z]+)\b(?![’'-])")
# Only the first few clauses: enough for real sentences, and a line of
# thousands of semicolons stays cheap.
CLAUSES_CHECKED = 4
SLOGAN = re.compile(
    r"^\W*(?:not\s+a\s+\w+\s+more|no\s+more\b|enough\b|never\s+again\b|"
    r"time\s+(?:to|for)\b|(?:yet\s+)?another\s+[\w-]+(?:\s+[\w-]+)?,\s+another\b)",
    re.IGNORECASE,
)
RULE_MODALS = {"should", "must", "ought", "need", "needs"}


def appeal_evidence(
    voice: str, quoted_share: float = 0.0, source_kinds: Iterable[str] = ()
) -> list[Evidence]:
    """What, in the writer's own words, works on the reader rather than informs
    (the quoted share and the kinds of source found help the opinion model)."""
    plain = without_reported_question(voice)
    had_reported_question, voice = plain != voice, plain
    is_rule = is_generic_rule(voice) or is_generic_you(voice)
    # Where a rule has read a sign plainly (a reported question, a rule for
    # everyone, the generic "you"), the model, which cannot tell those
    # readings apart, must not add its own reading of the same words.
    read_plainly = had_reported_question or is_rule or states_what_is_not_known(voice)
    is_question = voice.rstrip().endswith("?")
    found = []
    # An order can open the sentence or any clause after a colon or
    # semicolon: "Never miss a goal: download the app today."
    for number, clause in enumerate(CLAUSE_START.finditer(voice)):
        if number == CLAUSES_CHECKED:
            break
        position = clause.end()
        action = ORDER_WORD.match(voice, position)
        first_word = FIRST_WORD.match(voice, position)
        if (
            action
            and not voice.startswith(("Read more", "Share"), position)
            and not opens_with_a_noun(voice, action.end())
        ):
            start, end, weight = *action.span(), 2.0
        elif (
            first_word
            and first_word.group(1).lower() in base_verbs()
            and not is_question
            # "Update: the road has reopened" is a rubric, not an order.
            and not voice.startswith(":", first_word.end())
            and not opens_with_a_noun(voice, first_word.end())
        ) or (
            first_word
            and not is_question
            and reads_as_an_order(voice, *first_word.span(1))
        ):
            start, end, weight = *first_word.span(1), 1.5
        else:
            continue
        found.append(Evidence(weight, start, end, "tells the reader to act"))
        break
    slogan = SLOGAN.match(voice)
    if slogan:
        found.append(Evidence(1.5, *slogan.span(), "is a slogan, not a report"))
    for match in PITCH.finditer(voice):
        if is_news_about_giving(voice, match.group(0)):
            continue
        found.append(Evidence(2.0, *match.span(), "asks the reader for support"))
    # Each is None where the sign has a plain reading: a reported question,
    # the generic "you", the country "US".
    # A rule's "your" is whoever it concerns: "Uniform must be labelled with
    # your child's name" informs, as a notice does.
    generic_your = is_rule and only_possessive_your(voice)
    for person_or_question in (
        question_evidence(voice),
        None if generic_your else reader_address(voice),
        writer_we(voice),
    ):
        if person_or_question is not None:
            found.append(person_or_question)
    found.extend(structural_evidence(voice))
    found.extend(rhetoric_evidence(voice))
    exclamation = voice.find("!")
    if exclamation != -1:
        found.append(Evidence(1.0, exclamation, exclamation + 1, "adds emotion"))
    for loaded in find_loaded_words(voice):
        found.append(Evidence(loaded.weight, loaded.start, loaded.end, loaded.reason))
    for match in OPINION_PHRASES.finditer(voice):
        found.append(Evidence(1.0, *match.span(), "is the writer's own judgement"))
    for match in MILD_OPINION_PHRASES.finditer(voice):
        if is_rule and match.group(0).split()[0].lower() in RULE_MODALS:
            continue  # "Passengers must show a ticket" states a rule
        if is_question and _modal_before_its_subject(match.group(0)):
            continue  # the question's own evidence names it whole
        found.append(Evidence(0.5, *match.span(), "is the writer's own judgement"))
    for match in SCARE_QUOTES.finditer(voice):
        found.append(Evidence(0.8, *match.span(1), "is put in scare quotes to mock it"))
    if read_plainly or source_kinds:
        # Nor does the model weigh in where the rules found a source: whether
        # the source's words are reported or the writer's is theirs to say.
        return found
    # The model's reading is worth evidence by how sure it is, on a table
    # chosen by cross-validation and shipped with its weights.
    opinion = read_opinion(voice, quoted_share, source_kinds)
    for start, end in opinion.strongest:
        share = opinion.weight / len(opinion.strongest)
        found.append(Evidence(share, start, end, MODEL_REASON))
    return found


def _modal_before_its_subject(phrase: str) -> bool:
    """ "How many more winters must pensioners stand …?": in a question the
    modal comes before its subject, and 'must pensioners' is no judgement
    of its own (nor a cue a student could learn from)."""
    words = phrase.lower().split()
    return (
        words[0] in RULE_MODALS and words[-1] != "be" and words[-1] not in base_verbs()
    )


def appeal_suggestion(
    segment: TextSegment, evidence: list[Evidence], weight: float
) -> Suggestion:
    chosen = named_evidence(evidence)
    rationale = appeal_rationale(segment.text, chosen)
    # Every word the rationale names is highlighted, and so is the rest of
    # the evidence that counted.
    cues = {(item.start, item.end) for item in evidence if item.weight >= 0.5}
    cues |= {(item.start, item.end) for item in chosen}
    confidence = min(0.95, 0.55 + 0.12 * weight)
    return make_suggestion(
        segment,
        Label.EDITORIAL_APPEAL,
        rationale,
        sorted(cues),
        confidence,
        appeal_basis(chosen[0].reason, weight),
    )


# How much evidence an appeal had, in the bands its confidence is measured by.
APPEAL_BANDS = ((2.5, "strong"), (1.5, "fair"), (0.0, "weak"))


def appeal_basis(reason: str, weight: float) -> str:
    """The calibration key: the strongest kind of evidence and how much in all."""
    kind = REASON_KINDS.get(reason, "other")
    band = next(name for floor, name in APPEAL_BANDS if weight >= floor)
    return f"appeal:{kind}:{band}"
