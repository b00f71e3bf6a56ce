// Keeps what a member is typing in this browser until the form is sent, so a lost
// connection, a closed tab or an expired session never costs them their words.
(function () {
  "use strict";
  var PREFIX = "draft:";
  document.querySelectorAll("textarea[data-draft-key]").forEach(function (area) {
    var key = PREFIX + area.dataset.draftKey;
    try {
      if (!area.value && localStorage.getItem(key)) {
        area.value = localStorage.getItem(key);
      }
      area.addEventListener("input", function () {
        localStorage.setItem(key, area.value);
      });
      if (area.form) {
        area.form.addEventListener("submit", function () {
          // Cleared on submit; the server re-shows the text if anything goes wrong.
          localStorage.removeItem(key);
        });
      }
    } catch (e) {
      /* storage disabled: the server-side form still keeps the text on errors */
    }
  });
})();
