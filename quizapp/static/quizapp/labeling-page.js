/*
 * The student's labeling page: the "Cards" / "Read as text" switch, the
 * reading view and the "Next unlabeled" control of the sticky bar.
 *
 * The cards (form.sentence[data-autosave], one per sentence) stay the page:
 * without this script they are all there is, and every save goes through
 * them. The reading view is built from them: the article as running text,
 * each asked sentence a button; opening one moves that sentence's own form
 * into a small panel under it, so a choice is saved by the same form, the
 * same htmx request and the same autosave (seq, retries, replay) as in the
 * cards. Closing the panel or going back to the cards puts the form back.
 * No inline code: the page runs under a strict CSP.
 */
(function () {
  "use strict";

  var VIEW_KEY = "newsroom-labeling-view";
  var LETTERS = {
    sourced_claim: "S",
    unverified_assertion: "U",
    editorial_appeal: "A",
  };
  var article = document.querySelector("[data-reading-view]");
  if (!article) return;
  var forms = Array.prototype.slice.call(article.querySelectorAll("form.sentence[data-autosave]"));
  var switcher = document.querySelector("[data-view-switch]");
  var readingText = null; // built on first use
  var panel = null;
  var openSpan = null;
  var homes = new Map(); // form -> the placeholder that marks its place among the cards

  function storedView() {
    try {
      return window.localStorage.getItem(VIEW_KEY) === "text" ? "text" : "cards";
    } catch (error) {
      return "cards";
    }
  }

  function storeView(view) {
    try {
      window.localStorage.setItem(VIEW_KEY, view);
    } catch (error) {
      /* storage disabled: the choice lasts for this page only */
    }
  }

  function isReading() {
    return article.classList.contains("is-reading");
  }

  function checkedLabel(form) {
    var radio = form.querySelector("input[name=label]:checked");
    return radio ? radio.value : "";
  }

  function labelName(form, value) {
    var radio = form.querySelector('input[name=label][value="' + value + '"]');
    var full = radio ? radio.parentNode.querySelector(".choice-full") : null;
    return full ? full.textContent.trim() : value;
  }

  function spanFor(form) {
    return readingText ? readingText.querySelector('[data-for="' + form.id + '"]') : null;
  }

  // A labeled sentence shows its label: a coloured underline and the
  // label's letter, and, for a screen reader, the label's name.
  function showLabel(form) {
    var span = spanFor(form);
    if (!span) return;
    var value = checkedLabel(form);
    span.dataset.label = value;
    span.querySelector(".read-mark").textContent = value ? LETTERS[value] || "" : "";
    span.querySelector(".read-state").textContent = value
      ? " (" + labelName(form, value) + ")"
      : " (" + (span.dataset.blankText || "no label yet") + ")";
  }

  function buildReadingText() {
    readingText = document.createElement("div");
    readingText.className = "reading-text";
    readingText.hidden = true;
    var paragraph = null;
    var paragraphNumber = null;
    var blankText = article.dataset.blankText || "no label yet";
    Array.prototype.forEach.call(article.querySelectorAll(":scope > form.sentence, :scope > .chrome-segment"), function (item) {
      var isChrome = item.classList.contains("chrome-segment");
      if (!paragraph || item.dataset.paragraph !== paragraphNumber) {
        paragraph = document.createElement("p");
        paragraph.className = "reading-paragraph";
        paragraphNumber = item.dataset.paragraph;
        readingText.appendChild(paragraph);
      }
      if (paragraph.childNodes.length) paragraph.appendChild(document.createTextNode(" "));
      if (isChrome) {
        // Page clutter (bylines, buttons): context, never asked.
        var chrome = document.createElement("span");
        chrome.className = "read-chrome";
        chrome.textContent = item.textContent;
        paragraph.appendChild(chrome);
        if (!paragraph.querySelector(".read-sentence")) paragraph.classList.add("is-chrome");
        return;
      }
      paragraph.classList.remove("is-chrome");
      var legend = item.querySelector("legend.sentence-text");
      var span = document.createElement("span");
      span.className = "read-sentence";
      span.setAttribute("role", "button");
      span.tabIndex = 0;
      span.setAttribute("aria-expanded", "false");
      span.dataset.for = item.id;
      span.dataset.blankText = blankText;
      var words = document.createElement("span");
      words.textContent = legend ? legend.textContent.trim() : "";
      var mark = document.createElement("span");
      mark.className = "read-mark";
      mark.setAttribute("aria-hidden", "true");
      var state = document.createElement("span");
      state.className = "read-state visually-hidden";
      span.appendChild(words);
      span.appendChild(mark);
      span.appendChild(state);
      paragraph.appendChild(span);
    });
    article.appendChild(readingText);
    panel = document.createElement("div");
    panel.className = "read-panel";
    panel.id = "read-panel";
    var close = document.createElement("div");
    close.className = "read-panel-close";
    var closeButton = document.createElement("button");
    closeButton.type = "button";
    closeButton.className = "secondary";
    closeButton.dataset.closePanel = "";
    closeButton.textContent = article.dataset.closeText || "Close";
    close.appendChild(closeButton);
    panel.appendChild(close);
    forms.forEach(showLabel);
  }

  function closePanel(returnFocus) {
    if (!openSpan) return;
    var form = panel.querySelector("form.sentence");
    if (form) {
      var home = homes.get(form);
      home.parentNode.insertBefore(form, home);
    }
    panel.remove();
    openSpan.setAttribute("aria-expanded", "false");
    var span = openSpan;
    openSpan = null;
    if (returnFocus) span.focus();
  }

  function openPanel(span) {
    if (openSpan === span) return;
    closePanel(false);
    var form = document.getElementById(span.dataset.for);
    if (!form) return;
    if (!homes.has(form)) {
      var home = document.createComment("sentence " + form.id);
      form.parentNode.insertBefore(home, form);
      homes.set(form, home);
    }
    panel.insertBefore(form, panel.firstChild);
    span.after(panel);
    span.setAttribute("aria-expanded", "true");
    span.setAttribute("aria-controls", panel.id);
    openSpan = span;
    var radio = form.querySelector("input[name=label]:checked") || form.querySelector("input[name=label]");
    if (radio) radio.focus({ preventScroll: true });
    panel.scrollIntoView({ block: "nearest" });
  }

  function setView(view, remember) {
    if (view === "text" && !readingText) buildReadingText();
    if (view !== "text") closePanel(false);
    article.classList.toggle("is-reading", view === "text");
    if (readingText) readingText.hidden = view !== "text";
    if (switcher) {
      switcher.querySelectorAll("[data-view]").forEach(function (button) {
        button.setAttribute("aria-pressed", String(button.dataset.view === view));
      });
    }
    if (remember) storeView(view);
  }

  // The next sentence without a label after the one in use (or the first
  // on screen), round to the start; none left: Submit.
  function nextUnlabeled() {
    var active = document.activeElement;
    var current = -1;
    if (active && active.closest) {
      var span = active.closest(".read-sentence");
      var form = span ? document.getElementById(span.dataset.for) : active.closest("form.sentence");
      current = forms.indexOf(form);
    }
    if (current === -1) {
      // Nothing in use: start from the sentences on screen now.
      for (var i = 0; i < forms.length; i += 1) {
        var box = (isReading() && spanFor(forms[i]) ? spanFor(forms[i]) : forms[i]).getBoundingClientRect();
        if (box.bottom > 0) {
          current = i - 1;
          break;
        }
      }
    }
    for (var step = 1; step <= forms.length; step += 1) {
      var candidate = forms[(current + step + forms.length) % forms.length];
      if (!checkedLabel(candidate)) return candidate;
    }
    return null;
  }

  function goToNextUnlabeled() {
    var form = nextUnlabeled();
    if (!form) {
      var submit = document.querySelector("[data-submit-form] button[type=submit]");
      if (submit) submit.focus();
      return;
    }
    if (isReading()) {
      var span = spanFor(form);
      span.focus({ preventScroll: true });
      span.scrollIntoView({ block: "center" });
      openPanel(span);
      return;
    }
    form.focus({ preventScroll: true });
    form.scrollIntoView({ block: "center" });
    // Focus from a tap shows no ring: mark the card for a moment.
    form.classList.add("is-target");
    window.setTimeout(function () {
      form.classList.remove("is-target");
    }, 1500);
  }

  document.addEventListener("click", function (event) {
    var target = event.target;
    if (!target.closest) return;
    var viewButton = target.closest("[data-view-switch] [data-view]");
    if (viewButton) {
      setView(viewButton.dataset.view, true);
      return;
    }
    if (target.closest("[data-next-unlabeled]")) {
      event.preventDefault();
      goToNextUnlabeled();
      return;
    }
    if (target.closest("[data-close-panel]")) {
      closePanel(true);
      return;
    }
    var span = target.closest(".read-sentence");
    if (span) {
      if (openSpan === span) closePanel(true);
      else openPanel(span);
      return;
    }
    // A link to a sentence (the list of blank ones) while reading: open it there.
    var link = target.closest('a[href^="#sentence-"]');
    if (link && isReading()) {
      var form = document.getElementById(link.getAttribute("href").slice(1));
      var linked = form ? spanFor(form) : null;
      if (linked) {
        event.preventDefault();
        linked.scrollIntoView({ block: "center" });
        openPanel(linked);
      }
    }
  });

  // In the text view: Enter or Space opens a sentence, Escape closes it,
  // Up/Down (K/J) move between sentences, 1-3 label and 0 clears, as on the cards.
  var KEYS = { 1: "sourced_claim", 2: "unverified_assertion", 3: "editorial_appeal" };
  document.addEventListener("keydown", function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey || !readingText) return;
    var target = event.target;
    if (event.key === "Escape" && openSpan && panel.contains(target)) {
      event.preventDefault();
      closePanel(true);
      return;
    }
    if (!target.classList || !target.classList.contains("read-sentence")) return;
    var form = document.getElementById(target.dataset.for);
    var key = event.key.toLowerCase();
    if (key === "enter" || key === " ") {
      event.preventDefault();
      if (openSpan === target) closePanel(true);
      else openPanel(target);
    } else if (key === "arrowdown" || key === "j" || key === "arrowup" || key === "k") {
      event.preventDefault();
      var spans = Array.prototype.slice.call(readingText.querySelectorAll(".read-sentence"));
      var next = spans[spans.indexOf(target) + (key === "arrowdown" || key === "j" ? 1 : -1)];
      if (next) {
        next.focus();
        next.scrollIntoView({ block: "nearest" });
      }
    } else if (KEYS[key] && form) {
      event.preventDefault();
      form.querySelector('input[name=label][value="' + KEYS[key] + '"]').checked = true;
      htmx.trigger(form, "change");
    } else if (key === "0" && form) {
      event.preventDefault();
      form.dispatchEvent(new CustomEvent("label:clear", { bubbles: true }));
    }
  });

  // Every change of a label (a tap, a key, a replayed unsent choice, Clear)
  // shows in the text at once.
  document.addEventListener("change", function (event) {
    var form = event.target.closest ? event.target.closest("form.sentence[data-autosave]") : null;
    if (form) showLabel(form);
  });

  if (switcher) switcher.hidden = false;
  if (storedView() === "text") setView("text", false);
})();
