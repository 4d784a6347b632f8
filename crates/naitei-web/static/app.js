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
// == webplan ==
// 計画: a chosen settings file (TOML) is read into the import box; without this script the
// file input stays hidden and the box takes a pasted text.
document.addEventListener("DOMContentLoaded", () => {
  for (const input of document.querySelectorAll("input[type=file][data-toml-fill]")) {
    const target = document.getElementById(input.dataset.tomlFill);
    if (!target) continue;
    input.hidden = false;
    const label = document.querySelector(`label[for="${input.id}"]`);
    if (label) label.hidden = false;
    input.addEventListener("change", () => {
      const file = input.files && input.files[0];
      if (!file) return;
      const reader = new FileReader();
      reader.onload = () => { if (typeof reader.result === "string") target.value = reader.result; };
      reader.readAsText(file, "utf-8");
    });
  }
});
