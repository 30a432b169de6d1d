"""Saving under a unique constraint: fresh random codes, and a race lost to a
concurrent request explained as a form error rather than a 500."""

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from ..domain.codes import random_code

# Codes are random; a clash is rare, so a few tries always find a free one.
CODE_ATTEMPTS = 20


def unique_code(model: type, field: str, length: int) -> str:
    for _ in range(CODE_ATTEMPTS):
        code = random_code(length)
        if not model.objects.filter(**{field: code}).exists():
            return code
    raise RuntimeError(f"Could not find a free {field} after {CODE_ATTEMPTS} tries.")


def save_or_explain(instance, message: str, **save_options) -> None:
    """Save; if a concurrent request won a unique constraint, say so plainly."""
    try:
        with transaction.atomic():
            instance.save(**save_options)
    except IntegrityError:
        raise ValidationError(message, code="unique") from None
