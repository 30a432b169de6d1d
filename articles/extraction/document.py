"""What a reader returns, and how it says no."""

from dataclasses import dataclass, field
from datetime import date


class RefusedFile(ValueError):
    """The file cannot become an article; the message says why, for a person."""


@dataclass(frozen=True)
class Metadata:
    title: str = ""
    outlet: str = ""
    byline: str = ""
    published_on: date | None = None
    source_url: str = ""


@dataclass(frozen=True)
class Extracted:
    # "text", "markdown", "html", "docx" or "pdf": decided from the content.
    kind: str
    # Plain text: one paragraph per block, blocks separated by a blank line.
    text: str
    metadata: Metadata = field(default_factory=Metadata)
