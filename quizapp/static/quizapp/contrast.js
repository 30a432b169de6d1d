// The footer's "High contrast" switch: a darker palette with stronger lines
// for anyone who wants it, and by default for a system set to "more
// contrast". The choice is remembered on this device only.
(function () {
  "use strict";
  var KEY = "newsroom-contrast";
  var root = document.documentElement;

  function apply(high) {
    if (high) {
      root.setAttribute("data-contrast", "high");
    } else {
      root.removeAttribute("data-contrast");
    }
    document.querySelectorAll("[data-contrast-toggle]").forEach(function (button) {
      button.setAttribute("aria-pressed", high ? "true" : "false");
    });
  }

  function stored() {
    var choice = null;
    try {
      choice = window.localStorage.getItem(KEY);
    } catch (error) {
      // Storage blocked: the switch still works for this page.
    }
    if (choice === null) {
      return window.matchMedia("(prefers-contrast: more)").matches;
    }
    return choice === "high";
  }

  apply(stored());
  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-contrast-toggle]");
    if (!button) {
      return;
    }
    var high = root.getAttribute("data-contrast") !== "high";
    apply(high);
    try {
      window.localStorage.setItem(KEY, high ? "high" : "normal");
    } catch (error) {
      // Not remembered; nothing else to do.
    }
  });
})();
