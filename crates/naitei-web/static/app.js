// naitei: small progressive enhancements; every page works without this script.
"use strict";
document.addEventListener("DOMContentLoaded", () => {
  // A chosen .md/.txt file is shown in the text area before it is sent.
  for (const input of document.querySelectorAll("input[type=file][data-fill]")) {
    input.addEventListener("change", () => {
      const file = input.files && input.files[0];
      const target = document.getElementById(input.dataset.fill);
      if (!file || !target || !/\.(md|txt|markdown)$/i.test(file.name)) return;
      const reader = new FileReader();
      reader.onload = () => { if (typeof reader.result === "string") target.value = reader.result; };
      reader.readAsText(file, "utf-8");
    });
  }
  // "Back" links (no inline javascript: URLs under the Content-Security-Policy); without
  // this script they lead home.
  for (const link of document.querySelectorAll("a[data-back]")) {
    link.addEventListener("click", (e) => {
      if (window.history.length > 1) {
        e.preventDefault();
        window.history.back();
      }
    });
  }
  // Destructive forms ask first.
  for (const form of document.querySelectorAll("form[data-confirm]")) {
    form.addEventListener("submit", (e) => {
      if (!window.confirm(form.dataset.confirm)) e.preventDefault();
    });
  }
});
// == webboard ==
// After a one-click move the board comes back at the card (#card-N): when it went under the
// folded 終了 list, open the list so the card is seen where it went. Without this script the
// list stays folded and opens with a click.
document.addEventListener("DOMContentLoaded", () => {
  const hash = window.location.hash;
  if (!hash.startsWith("#card-")) return;
  const card = document.getElementById(hash.slice(1));
  const list = card && card.closest("details");
  if (list) {
    list.open = true;
    card.scrollIntoView();
  }
});
