"""Uploaded files in, plain article text and metadata out, without Django.

`extract(data, filename)` reads one file in this process; `extract_isolated`
does the same in a child process with a time and memory limit, which is what
the app uses for anything a person uploaded. Both raise `RefusedFile` with a
message meant for the teacher.
"""

from .document import Extracted, Metadata, RefusedFile
from .isolation import extract_isolated
from .readers import extract

__all__ = ["Extracted", "Metadata", "RefusedFile", "extract", "extract_isolated"]
