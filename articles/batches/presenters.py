"""How a batch and its items are worded for the batch page and the command.
An item's message is stored with its result, so it is worded when the item
finishes."""

from django.core.exceptions import ValidationError

DUPLICATE = "Already in the library; not copied."
APP_ERROR = (
    "This item could not be imported because of an error in the app. "
    "It has been logged."
)


def given_up(attempts: int) -> str:
    return (
        f"Reading this item stopped the import worker {attempts} times, "
        "so it was skipped. The file may be damaged."
    )


def joined(*messages: str) -> str:
    return " ".join(message for message in messages if message)


def validation_message(error: ValidationError) -> str:
    if hasattr(error, "message_dict"):
        return " ".join(
            f"{field.replace('_', ' ')}: {' '.join(messages)}"
            for field, messages in error.message_dict.items()
        )
    return " ".join(error.messages)


def batch_announcement(
    *, is_done: bool, imported: int, duplicates: int, refused: int, milestone: str
) -> str:
    if is_done:
        return (
            f"Import finished: {imported} imported, {duplicates} "
            f"already in the library, {refused} refused."
        )
    return f"Importing: about {milestone}% done."
