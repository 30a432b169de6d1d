/*
 * The projector debrief, one sentence at a time. Without this file the page
 * is a plain list, each answer behind its own "Show answer" (a <details>).
 * With it: ← and → (or Previous and Next) move between sentences, Space or
 * Enter shows or hides the current sentence's answer, and the address keeps
 * the place (#slide-3) so a reload stays on the same sentence.
 */
(function () {
  "use strict";

  function start(root) {
    var slides = Array.prototype.slice.call(root.querySelectorAll("[data-slide]"));
    if (!slides.length) return;
    var controls = root.querySelector("[data-debrief-controls]");
    var position = root.querySelector("[data-position]");
    var previous = root.querySelector("[data-previous]");
    var next = root.querySelector("[data-next]");
    var help = root.querySelector("[data-debrief-help]");
    var current = 0;

    function fromHash() {
      var match = /^#slide-(\d+)$/.exec(window.location.hash);
      var index = match ? parseInt(match[1], 10) - 1 : 0;
      return index >= 0 && index < slides.length ? index : 0;
    }

    function show(index) {
      current = Math.max(0, Math.min(slides.length - 1, index));
      slides.forEach(function (slide, i) {
        slide.hidden = i !== current;
      });
      position.textContent = position.getAttribute("data-template")
        .replace("{place}", String(current + 1))
        .replace("{total}", String(slides.length));
      previous.disabled = current === 0;
      next.disabled = current === slides.length - 1;
      if (window.history && window.history.replaceState) {
        window.history.replaceState(null, "", "#slide-" + (current + 1));
      }
    }

    function toggleAnswer() {
      var answer = slides[current].querySelector("[data-answer]");
      if (answer) answer.open = !answer.open;
    }

    root.classList.add("is-slideshow");
    controls.hidden = false;
    help.hidden = false;
    previous.addEventListener("click", function () { show(current - 1); });
    next.addEventListener("click", function () { show(current + 1); });
    document.addEventListener("keydown", function (event) {
      if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      var target = event.target;
      var onControl = target.closest && target.closest("a, button, summary, input, select, textarea");
      if (event.key === "ArrowRight" || event.key === "PageDown") {
        event.preventDefault();
        show(current + 1);
      } else if (event.key === "ArrowLeft" || event.key === "PageUp") {
        event.preventDefault();
        show(current - 1);
      } else if ((event.key === " " || event.key === "Enter") && !onControl) {
        // On a button or "Show answer" itself, the browser's own action runs.
        event.preventDefault();
        toggleAnswer();
      }
    });
    show(fromHash());
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("[data-debrief]").forEach(start);
  });
})();
