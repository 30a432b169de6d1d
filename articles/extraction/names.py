"""File names as a person should see them in a result list."""

import unicodedata

MAX_NAME_LENGTH = 200
# Inside an archive or a folder, only these are taken as articles: the
# content still decides how a file is read, but a ZIP of a website or a
# project must not turn its scripts and images into "articles".
ARTICLE_EXTENSIONS = {"html", "htm", "docx", "pdf", "txt", "md", "markdown"}
NOT_AN_ARTICLE = (
    "Skipped: only .html, .htm, .docx, .pdf, .txt and .md files are imported "
    "from an archive or folder."
)


def display_name(filename: str) -> str:
    """The last part of `filename`, without controls or direction overrides.

    Names come from browsers and ZIP archives and may hold "../", backslashes,
    NULs or right-to-left overrides that disguise an extension. The name is
    only ever shown (never used as a path), but it must not mislead.
    """
    last = filename.replace("\\", "/").rstrip("/").rsplit("/", 1)[-1]
    visible = "".join(
        character
        for character in unicodedata.normalize("NFC", last)
        # Cc: control characters; Cf: format characters such as U+202E.
        if unicodedata.category(character) not in {"Cc", "Cf"}
    ).strip()
    return visible[:MAX_NAME_LENGTH] or "unnamed file"


def is_article_name(filename: str) -> bool:
    return extension(filename) in ARTICLE_EXTENSIONS


def extension(filename: str) -> str:
    """The lower-case extension of `filename` ("" if none), a hint only."""
    name = display_name(filename)
    return name.rsplit(".", 1)[-1].lower() if "." in name else ""
