/*
 * Autosave for labeling forms (forms with data-autosave, posted by htmx).
 *
 * Each save carries a per-sentence sequence number that only grows, so the
 * server can drop a save that arrives after a newer one. Failed saves are
 * retried with backoff until the server has them; nothing here uses eval or
 * inline scripts, so the page can run under a strict CSP.
 */
(function () {
  "use strict";

  var RETRY_DELAYS_MS = [1000, 2000, 4000, 8000, 10000];
  // Unsent choices survive a closed tab or a crash: kept per page until the
  // server has them, and replayed on the next visit. Only form ids and the
  // chosen values are kept, nothing about the student.
  var STORE_KEY = "newsroom-unsent:" + window.location.pathname;

  function readStore() {
    try {
      return JSON.parse(window.localStorage.getItem(STORE_KEY) || "{}");
    } catch (error) {
      return {};
    }
  }

  function writeStore(store) {
    try {
      if (Object.keys(store).length) {
        window.localStorage.setItem(STORE_KEY, JSON.stringify(store));
      } else {
        window.localStorage.removeItem(STORE_KEY);
      }
    } catch (error) {
      /* storage full or disabled: the in-page retry still runs */
    }
  }

  function remember(form, seq) {
    var store = readStore();
    var label = form.querySelector("input[name=label]:checked");
    store[form.id] = {
      seq: seq,
      label: label ? label.value : null,
      cleared: form.dataset.clearing === "true",
      evidence: Array.prototype.map.call(
        form.querySelectorAll("input[name=evidence]:checked"),
        function (box) { return box.value; }
      ),
    };
    writeStore(store);
  }

  function forget(form, seq) {
    var store = readStore();
    if (store[form.id] && store[form.id].seq <= seq) {
      delete store[form.id];
      writeStore(store);
    }
  }
  var lastSeq = new WeakMap();
  var retries = new WeakMap();
  var waiting = new Set(); // forms whose save failed and waits for a retry

  function autosaveForm(element) {
    return element && element.closest ? element.closest("form[data-autosave]") : null;
  }

  function setStatus(form, className, text) {
    var status = form.querySelector(".save-status");
    if (!status) return;
    // Swap the content, never the live region itself, so it is announced.
    status.innerHTML = "";
    var span = document.createElement("span");
    span.className = className;
    span.textContent = text;
    // "Saving…" flashes by on every click: show it, but announce only the
    // outcome ("Saved: …" or the failure).
    if (className === "saving") span.setAttribute("aria-hidden", "true");
    status.appendChild(span);
  }

  function nextSeq(form) {
    // Time-based so that a reload or a second tab still counts upwards.
    var seq = Math.max((lastSeq.get(form) || 0) + 1, Date.now());
    lastSeq.set(form, seq);
    return seq;
  }

  function updateProgress() {
    var progress = document.querySelector("[data-progress-count]");
    if (!progress) return;
    var forms = document.querySelectorAll("form[data-autosave]");
    var answered = 0;
    forms.forEach(function (form) {
      if (form.querySelector("input[type=radio]:checked")) answered += 1;
    });
    progress.textContent = String(answered);
  }

  document.addEventListener("htmx:configRequest", function (event) {
    var form = autosaveForm(event.detail.elt);
    if (!form) return;
    var seq = nextSeq(form);
    event.detail.parameters.seq = String(seq);
    if (form.dataset.clearing === "true" && !form.querySelector("input[name=label]:checked")) {
      event.detail.parameters.clear = "1";
    } else {
      delete form.dataset.clearing;
    }
    remember(form, seq);
  });

  // Taking a label back (the Clear button, or 0 on the keyboard): saved like
  // any other change, with its own seq, so a late older save cannot undo it.
  function clearLabel(form) {
    if (!form.querySelector("input[name=label]:checked")) return;
    form.querySelectorAll("input[name=label], input[name=evidence]").forEach(function (input) {
      input.checked = false;
    });
    form.dataset.clearing = "true";
    htmx.trigger(form, "change");
  }
  document.addEventListener("label:clear", function (event) {
    var form = autosaveForm(event.target);
    if (form) clearLabel(form);
  });
  document.addEventListener("click", function (event) {
    var button = event.target.closest ? event.target.closest("[data-clear-label]") : null;
    if (!button) return;
    var form = autosaveForm(button);
    clearLabel(form);
    // The button may hide once there is nothing to clear: keep the focus
    // on the sentence rather than lose it to the page.
    if (form) form.focus();
  });
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("form[data-autosave] [data-clear-label]").forEach(function (button) {
      button.hidden = false;
    });
  });

  document.addEventListener("htmx:beforeRequest", function (event) {
    var form = autosaveForm(event.detail.elt);
    if (!form) return;
    form.dataset.pending = "true";
    setStatus(form, "saving", "Saving…");
  });

  document.addEventListener("htmx:afterRequest", function (event) {
    var form = autosaveForm(event.detail.elt);
    if (!form) return;
    if (event.detail.successful) {
      delete form.dataset.pending;
      retries.delete(form);
      waiting.delete(form);
      forget(form, lastSeq.get(form) || 0);
      updateProgress();
      return;
    }
    var xhr = event.detail.xhr;
    // 4xx other than a timeout means the save can never succeed as sent
    // (submitted, closed, bad label): say so and stop.
    if (xhr && xhr.status >= 400 && xhr.status < 500 && xhr.status !== 408 && xhr.status !== 429) {
      delete form.dataset.pending;
      setStatus(form, "failed", "Not saved: " + (xhr.responseText || "the server refused it."));
      return;
    }
    var attempt = retries.get(form) || 0;
    var delay = RETRY_DELAYS_MS[Math.min(attempt, RETRY_DELAYS_MS.length - 1)];
    retries.set(form, attempt + 1);
    setStatus(form, "failed", "Not saved — retrying…");
    waiting.add(form);
    window.setTimeout(function () {
      if (waiting.delete(form)) htmx.trigger(form, "change");
    }, delay);
  });

  // A choice the server never acknowledged (tab closed offline, crash):
  // put it back on the page and send it again.
  function replayUnsent() {
    var store = readStore();
    Object.keys(store).forEach(function (id) {
      var form = document.getElementById(id);
      var entry = store[id];
      if (!form || !form.matches("form[data-autosave]") || !(entry.label || entry.cleared)) {
        delete store[id];
        return;
      }
      if (entry.seq <= Number(form.dataset.savedSeq || 0)) {
        delete store[id]; // the server already has this or something newer
        return;
      }
      if (entry.cleared) {
        form.querySelectorAll("input[name=label]").forEach(function (radio) {
          radio.checked = false;
        });
        form.dataset.clearing = "true";
      } else {
        var radio = form.querySelector('input[name=label][value="' + entry.label + '"]');
        if (!radio) return;
        radio.checked = true;
      }
      form.querySelectorAll("input[name=evidence]").forEach(function (box) {
        box.checked = entry.evidence.indexOf(box.value) !== -1;
      });
      htmx.trigger(form, "change");
    });
    writeStore(store);
    updateProgress();
  }
  document.addEventListener("DOMContentLoaded", replayUnsent);

  // A tap made before the page's scripts had run (a slow phone, a slow
  // network) changed the radio but sent nothing: compare each choice with
  // the one the server rendered (defaultChecked) and save what differs.
  // The forms carry autocomplete="off", so the browser never restores an
  // older choice that this would send again.
  function saveEarlyChoices() {
    document.querySelectorAll("form[data-autosave]").forEach(function (form) {
      if (form.dataset.pending === "true") return; // already being sent
      var changed = Array.prototype.some.call(
        form.querySelectorAll("input[name=label], input[name=evidence]"),
        function (input) { return input.checked !== input.defaultChecked; }
      );
      if (changed) htmx.trigger(form, "change");
    });
  }
  document.addEventListener("DOMContentLoaded", saveEarlyChoices);

  // Back online: retry at once rather than after the backoff delay.
  window.addEventListener("online", function () {
    waiting.forEach(function (form) {
      waiting.delete(form);
      retries.delete(form);
      htmx.trigger(form, "change");
    });
  });

  // Hand in only after every pending save has landed.
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form.matches || !form.matches("[data-submit-form]")) return;
    if (!document.querySelector("form[data-autosave][data-pending]")) return;
    event.preventDefault();
    var button = form.querySelector("button[type=submit]");
    if (button) {
      button.disabled = true;
      button.textContent = "Waiting for your last answers to save…";
    }
    var timer = window.setInterval(function () {
      if (!document.querySelector("form[data-autosave][data-pending]")) {
        window.clearInterval(timer);
        form.submit();
      }
    }, 200);
  });
})();
