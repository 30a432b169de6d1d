"""The evidence words a student marks, as the page sends them."""

import re

EVIDENCE_SPAN = re.compile(r"(\d{1,9})-(\d{1,9})", re.ASCII)
# A sentence has far fewer words; more is a hostile request, not a student.
MAX_SPANS = 200


def parse_evidence_spans(
    values: list[str], *, start: int, end: int
) -> list[list[int]] | None:
    """Parse "start-end" word spans; None if any is malformed or lies outside
    the sentence (its offsets in the article are start to end)."""
    spans = []
    for value in values[:MAX_SPANS]:
        match = EVIDENCE_SPAN.fullmatch(value)
        if match is None:
            return None
        span = [int(match.group(1)), int(match.group(2))]
        if not start <= span[0] < span[1] <= end:
            return None
        spans.append(span)
    return sorted(spans)
