/*
 * The key review page ([data-key-review] lists of form.key-row).
 *
 * With a sentence focused: Up/Down or K/J move between sentences, 1-4 choose
 * a label (1 sourced, 2 unverified, 3 editorial, 4 or 0 none), Enter accepts
 * the current label and moves on, N jumps to the next sentence left to
 * review. Each choice is saved by the row's own htmx request, as a click is.
 *
 * "Next unreviewed" and the approval checklist's links reveal their sentence
 * (opening the page-clutter group if it is folded) and focus it; so does a
 * link to #entry-N or #rationale-N, as after a refused approval. After a label
 * change the labeler had no reason for, the explanation field is focused.
 * A failed save says so in its row; a save clears a refusal's message.
 */
(function () {
  "use strict";

  var LABELS = {
    "1": "sourced_claim",
    "2": "unverified_assertion",
    "3": "editorial_appeal",
    "4": "none",
    "0": "none",
  };
  var ROW = "[data-key-review] form.key-row";

  function visibleRows() {
    return Array.prototype.filter.call(document.querySelectorAll(ROW), function (row) {
      return row.getClientRects().length > 0;
    });
  }

  function reveal(target) {
    var group = target.closest("details");
    if (group && !group.open) group.open = true;
    target.focus({ preventScroll: true });
    target.scrollIntoView({ block: "center" });
  }

  function isToReview(row) {
    return row.querySelector(".key-status .key-to-review") !== null;
  }

  function nextToReview(from) {
    var rows = Array.prototype.slice.call(document.querySelectorAll(ROW));
    var start = from ? rows.indexOf(from) + 1 : 0;
    var ordered = rows.slice(start).concat(rows.slice(0, start));
    for (var i = 0; i < ordered.length; i++) {
      if (isToReview(ordered[i])) return ordered[i];
    }
    return null;
  }

  function currentRow() {
    var active = document.activeElement;
    return active && active.closest ? active.closest(ROW) : null;
  }

  function jumpToNext(from) {
    var row = nextToReview(from);
    if (row) reveal(row);
    return row;
  }

  function move(list, index, step) {
    var target = list[index + step];
    if (target) {
      target.focus();
      target.scrollIntoView({ block: "nearest" });
    }
  }

  function revealHash() {
    var id = decodeURIComponent(window.location.hash.slice(1));
    if (!/^(entry|rationale)-\d+$/.test(id)) return;
    var target = document.getElementById(id);
    if (target) reveal(target);
  }

  document.addEventListener("keydown", function (event) {
    var form = event.target;
    if (!form.matches || !form.matches(ROW)) return;
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    var list = visibleRows();
    var index = list.indexOf(form);
    var key = event.key.toLowerCase();
    if (key === "arrowdown" || key === "j") {
      event.preventDefault();
      move(list, index, 1);
    } else if (key === "arrowup" || key === "k") {
      event.preventDefault();
      move(list, index, -1);
    } else if (key === "n") {
      event.preventDefault();
      jumpToNext(form);
    } else if (LABELS[key]) {
      event.preventDefault();
      var radio = form.querySelector('input[type=radio][value="' + LABELS[key] + '"]');
      if (radio) {
        radio.checked = true;
        htmx.trigger(form, "change");
      }
    } else if (key === "enter") {
      event.preventDefault();
      if (form.querySelector("input[type=radio]:checked")) {
        htmx.trigger(form, "change");
        move(list, index, 1);
      }
    }
  });

  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("a[href^='#']");
    if (!link) return;
    var target;
    if (link.hasAttribute("data-next-to-review")) {
      target = nextToReview(currentRow());
    } else {
      target = document.getElementById(link.getAttribute("href").slice(1));
    }
    if (!target || !/^(entry|rationale)-\d+$/.test(target.id)) return;
    event.preventDefault();
    history.replaceState(null, "", "#" + target.id);
    reveal(target);
  });

  // A swap that removed the focused Accept button leaves focus on its row;
  // a label the labeler could not explain asks for the teacher's words.
  // A refusal's message in the footer counted what was left before this save.
  document.addEventListener("htmx:afterSettle", function (event) {
    var row = event.detail.elt && event.detail.elt.closest && event.detail.elt.closest(ROW);
    if (!row) return;
    var stale = document.querySelector(".key-bar-alert");
    if (stale) stale.remove();
    var ask = row.querySelector("textarea[data-focus-after-save]");
    if (ask) {
      ask.removeAttribute("data-focus-after-save");
      ask.focus({ preventScroll: true });
      ask.closest(".key-why").scrollIntoView({ block: "nearest" });
    } else if (document.activeElement === document.body) {
      row.focus({ preventScroll: true });
    }
  });

  // A save that failed says so in its row, with the server's reason when it
  // gave one (the key was approved meanwhile, no label chosen).
  function showFailure(event) {
    var row = event.detail.elt && event.detail.elt.closest && event.detail.elt.closest(ROW);
    if (!row) return;
    var xhr = event.detail.xhr;
    var reason = xhr && (xhr.status === 409 || xhr.status === 422) ? xhr.responseText : "";
    var failed = document.createElement("span");
    failed.className = "key-failed";
    failed.textContent = reason || row.closest("[data-key-review]").getAttribute("data-failed");
    var status = row.querySelector(".key-status");
    status.replaceChildren(failed);
  }
  document.addEventListener("htmx:responseError", showFailure);
  document.addEventListener("htmx:sendError", showFailure);

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", revealHash);
  } else {
    revealHash();
  }
  window.addEventListener("hashchange", revealHash);
})();
