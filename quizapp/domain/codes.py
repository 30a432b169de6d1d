"""Short codes that people read aloud, type on phones and print on paper."""

import secrets

# No 0/O, 1/I/L or 5/S: codes are read off a projector and typed on phones.
UNAMBIGUOUS_ALPHABET = "ABCDEFGHJKMNPQRTUVWXYZ2346789"
# Seven characters: with 1,000 active classes, guessing one at the allowed
# rate takes decades (quizapp.security.throttling); six would take under two years.
JOIN_CODE_LENGTH = 7
REJOIN_CODE_LENGTH = 8


def random_code(length: int) -> str:
    """Return a random code of `length` characters from the unambiguous alphabet."""
    return "".join(secrets.choice(UNAMBIGUOUS_ALPHABET) for _ in range(length))


def normalise_code(typed: str) -> str:
    """Return the code as stored, whatever spacing, dashes or case the user typed."""
    return "".join(character for character in typed.upper() if character.isalnum())


def format_rejoin_code(code: str) -> str:
    """Return a rejoin code split in two halves, which is easier to copy by hand."""
    half = len(code) // 2
    return f"{code[:half]}-{code[half:]}"
