"""/favicon.ico: browsers ask for it whatever a page names (a JSON export,
an error page), and a 404 there is a console error on every such visit."""

from django.http import HttpRequest, HttpResponsePermanentRedirect
from django.templatetags.static import static
from django.views.decorators.http import require_GET


@require_GET
def favicon(request: HttpRequest) -> HttpResponsePermanentRedirect:
    # Resolved per request, not at import: in production the hashed name
    # comes from the static manifest, written by collectstatic.
    return HttpResponsePermanentRedirect(static("quizapp/favicon.svg"))
