/*
 * Labeling by keyboard, for the teacher's key review and the student's
 * exercise (containers with [data-keyboard-labeling]). With a sentence
 * focused: Up/Down or K/J move between sentences, 1-4 choose a label (1
 * sourced, 2 unverified, 3 editorial, 4 or 0 none where the form offers it;
 * where it does not, as in a student's exercise, 0 clears the label), Enter
 * saves the current label and moves on. Each choice is saved by the
 * form's own htmx request, so it works the same as clicking.
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

  function sentences() {
    return Array.prototype.slice.call(
      document.querySelectorAll("[data-keyboard-labeling] form.sentence")
    );
  }

  function move(list, index, step) {
    var target = list[index + step];
    if (target) {
      target.focus();
      target.scrollIntoView({ block: "nearest" });
    }
  }

  // A key pressed means a keyboard is in use: the page may show its
  // keyboard help (hidden on touch screens until then).
  document.addEventListener(
    "keydown",
    function () {
      document.documentElement.classList.add("uses-keyboard");
    },
    { once: true }
  );

  document.addEventListener("keydown", function (event) {
    var form = event.target;
    if (!form.matches || !form.matches("[data-keyboard-labeling] form.sentence")) return;
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    var list = sentences();
    var index = list.indexOf(form);
    var key = event.key.toLowerCase();
    if (key === "arrowdown" || key === "j") {
      event.preventDefault();
      move(list, index, 1);
    } else if (key === "arrowup" || key === "k") {
      event.preventDefault();
      move(list, index, -1);
    } else if (LABELS[key]) {
      event.preventDefault();
      var radio = form.querySelector('input[type=radio][value="' + LABELS[key] + '"]');
      if (radio) {
        radio.checked = true;
        htmx.trigger(form, "change");
      } else if (key === "0") {
        form.dispatchEvent(new CustomEvent("label:clear", { bubbles: true }));
      }
    } else if (key === "enter") {
      event.preventDefault();
      if (form.querySelector("input[type=radio]:checked")) {
        htmx.trigger(form, "change");
        move(list, index, 1);
      }
    }
  });
})();
