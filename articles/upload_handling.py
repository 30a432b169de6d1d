"""Stop reading an uploaded file past the largest size any form accepts.

Django has no hard cap on file size: it spools any size to disk. This handler
drops a file as soon as it passes the cap, or once all the request's files
together pass it, so a 5 GB upload costs no disk, and notes the field on the
request so the form can say why it is missing. (The body is still read to
its end; in production the proxy's body limit, e.g. nginx's
client_max_body_size, stops it at the door.)
"""

from django_ratelimit.core import is_ratelimited

from django.conf import settings
from django.core.files.uploadhandler import FileUploadHandler, SkipFile

from .extraction.limits import MAX_BATCH_BYTES, MAX_FILE_BYTES

OVERSIZED_ATTRIBUTE = "oversized_uploads"
# The largest file any form takes; each form then checks its own limit.
UPLOAD_CAP = max(MAX_FILE_BYTES, MAX_BATCH_BYTES)


class SizeCapUploadHandler(FileUploadHandler):
    def __init__(self, request=None):
        super().__init__(request)
        self.cap = UPLOAD_CAP
        # One handler per request: this counts every file of the request.
        self.request_total = 0
        if request is not None:
            setattr(request, OVERSIZED_ATTRIBUTE, set())

    def receive_data_chunk(self, raw_data, start):
        self.request_total += len(raw_data)
        if start + len(raw_data) > self.cap or self.request_total > self.cap:
            if self.request is not None:
                getattr(self.request, OVERSIZED_ATTRIBUTE).add(self.field_name)
            raise SkipFile()
        return raw_data

    def file_complete(self, file_size):
        return None  # the next handler builds the file


def oversized_fields(request) -> set[str]:
    return getattr(request, OVERSIZED_ATTRIBUTE, set())


UPLOAD_LIMITED_MESSAGE = (
    "You have sent many files in a few minutes. Wait a little, then try again."
)


def upload_rate_exceeded(request) -> bool:
    """Count one file read for this user; True when over UPLOAD_RATE_LIMIT."""
    return is_ratelimited(
        request,
        group="file-uploads",
        key=lambda group, request: str(request.user.pk),
        rate=settings.UPLOAD_RATE_LIMIT,
        increment=True,
    )
