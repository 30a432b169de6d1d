import contextlib
import os
import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Error as PlaywrightError

from bench.common import CHROMIUM, CHROMIUM_FLAGS

# Playwright's sync API runs an event loop in the test thread, and Django's
# async-safety check then refuses ORM calls (SynchronousOnlyOperation).
# Browser tests only; never set in production settings.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

BLOCKING_IMPACTS = {"serious", "critical"}


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    # Debian's Chromium: Playwright's own browser download does not work here.
    if not os.path.exists(CHROMIUM):
        pytest.skip(f"{CHROMIUM} is missing: `make test` installs it (apt-get).")
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "args": CHROMIUM_FLAGS,
    }


@pytest.fixture(scope="session")
def axe():
    return Axe()


@pytest.fixture
def assert_accessible(axe):
    """Run axe-core on the page as it is now; fail on serious or critical findings."""

    def check(page) -> None:
        results = axe.run(page)
        blocking = [
            violation
            for violation in results.response["violations"]
            if violation.get("impact") in BLOCKING_IMPACTS
        ]
        details = "\n".join(
            f"{v['impact']}: {v['id']} — {v['help']} "
            f"({', '.join(str(node['target']) for node in v['nodes'][:3])})"
            for v in blocking
        )
        assert not blocking, f"axe-core findings on {page.url}:\n{details}"

    return check


# Chromium logs a CSP violation as a console error; the event adds the
# directive and the script that caused it, which the message leaves out.
REPORT_CSP_VIOLATIONS = """
document.addEventListener("securitypolicyviolation", (event) => {
  console.error(
    `securitypolicyviolation: ${event.violatedDirective} blocked ` +
      `${event.blockedURI || "inline"} (sample ${JSON.stringify(event.sample)}) ` +
      `from ${event.sourceFile || "the page"}:${event.lineNumber}`
  );
});
"""
FAILING_CONSOLE_TYPES = {"error", "warning", "assert"}


def pytest_configure(config):
    config.addinivalue_line(
        "markers",
        "allow_console(*patterns, reason): console messages matching one of the "
        "regex patterns are expected in this test and do not fail it; say why",
    )


class ConsoleWatch:
    """What the pages of one test logged that a user's browser would show."""

    def __init__(self, allowed):
        self.allowed = allowed
        self.contexts = []
        self.messages = []

    def watch(self, context) -> None:
        context.add_init_script(REPORT_CSP_VIOLATIONS)
        context.on("console", self._on_console)
        context.on("weberror", self._on_page_error)
        self.contexts.append(context)

    def _on_console(self, message) -> None:
        if message.type in FAILING_CONSOLE_TYPES:
            url = message.location.get("url") or (message.page and message.page.url)
            self._record(f"console.{message.type} on {url}: {message.text}")

    def _on_page_error(self, web_error) -> None:
        url = web_error.page.url if web_error.page else "?"
        self._record(f"pageerror on {url}: {web_error.error.message}")

    def _record(self, text: str) -> None:
        if not any(re.search(pattern, text) for pattern in self.allowed):
            self.messages.append(text)

    def assert_quiet(self) -> None:
        # A round trip to each open page delivers what it logged before.
        for context in self.contexts:
            for page in context.pages:
                with contextlib.suppress(PlaywrightError):
                    page.evaluate("0")
        if self.messages:
            pytest.fail(
                "The browser console was not quiet:\n" + "\n".join(self.messages),
                pytrace=False,
            )


@pytest.fixture(autouse=True)
def console_watch(request, browser, monkeypatch):
    """Fail a browser test on any console error or warning, uncaught error or CSP
    violation on any page it opens, in every context (the `page` fixture's and
    any made with browser.new_context())."""
    allowed = []
    for marker in request.node.iter_markers("allow_console"):
        if not marker.kwargs.get("reason"):
            pytest.fail(
                "allow_console needs a reason= saying why the message is expected"
            )
        allowed.extend(marker.args)
    watch = ConsoleWatch(allowed)
    new_context = browser.new_context

    def watched_new_context(*args, **kwargs):
        context = new_context(*args, **kwargs)
        watch.watch(context)
        return context

    monkeypatch.setattr(browser, "new_context", watched_new_context)
    return watch


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item):
    result = yield
    watch = item.funcargs.get("console_watch")
    if watch is not None:
        watch.assert_quiet()
    return result
