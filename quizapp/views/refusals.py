"""A service's refusal shown to the teacher as the page's message."""

from collections.abc import Iterator
from contextlib import contextmanager

from django.contrib import messages
from django.core.exceptions import ValidationError

from ..http import HtmxHttpRequest


@contextmanager
def refusal_shown(request: HtmxHttpRequest) -> Iterator[None]:
    """Run a service call and its success message; a ValidationError (a
    taken name, a due time in the past) skips the rest of the block and
    becomes the error message instead, so the view redirects either way."""
    try:
        yield
    except ValidationError as error:
        messages.error(request, error.messages[0])
