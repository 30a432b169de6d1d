/*
 * Live tables refresh themselves with hx-trigger="every 10s". A refresh
 * replaces the table, so skip it while keyboard focus is inside: otherwise
 * focus (and a screen reader's place) would drop to the top of the page.
 */
(function () {
  "use strict";
  document.addEventListener("htmx:beforeRequest", function (event) {
    var element = event.detail.elt;
    if (!element.hasAttribute || !element.hasAttribute("data-live-refresh")) return;
    if (element.contains(document.activeElement)) {
      event.preventDefault();
    }
  });
})();
