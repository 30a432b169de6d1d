"""What a reader returns, and how it says no."""

from dataclasses import dataclass, field, replace
from datetime import date

# The article fields' lengths (articles.models.Article); a file's metadata
# can be megabytes long and must not travel back from the child unclipped.
FIELD_LENGTHS = {"title": 300, "outlet": 200, "byline": 300, "source_url": 1000}


class RefusedFile(ValueError):
    """The file cannot become an article; the message says why, for a person."""


class ReaderStopped(RefusedFile):
    """The child process reading the file died. The file may be to blame, or
    the machine (a worker shutting down kills its children too), so a batch
    tries the file again rather than refusing it at once."""


@dataclass(frozen=True)
class Metadata:
    title: str = ""
    outlet: str = ""
    byline: str = ""
    published_on: date | None = None
    source_url: str = ""

    def clipped(self) -> "Metadata":
        return replace(
            self,
            **{
                name: getattr(self, name)[:length].strip()
                for name, length in FIELD_LENGTHS.items()
            },
        )


@dataclass(frozen=True)
class Extracted:
    # "text", "markdown", "html", "docx" or "pdf": decided from the content.
    kind: str
    # Plain text: one paragraph per block, blocks separated by a blank line.
    text: str
    metadata: Metadata = field(default_factory=Metadata)
