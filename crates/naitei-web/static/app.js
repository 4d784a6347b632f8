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
// == webdocs ==
document.addEventListener("DOMContentLoaded", () => {
  // The résumé form: a chosen file is read by the server's readers (Word, Excel, PDF, and text
  // in UTF-8, Shift_JIS, EUC-JP or UTF-16) into the text box, where it can be edited; the file
  // input is then cleared, so the form sends what the box shows and the file is not sent twice.
  for (const form of document.querySelectorAll("form[data-extract]")) {
    const file = form.querySelector("input[type=file]");
    const box = form.querySelector("textarea[name=text]");
    const label = form.querySelector("input[name=label]");
    const status = form.querySelector("#file-status");
    const error = form.querySelector("#file-error");
    const csrf = form.querySelector("input[name=_csrf]");
    if (!file || !box || !csrf) continue;
    const fail = (message) => {
      if (error) {
        error.textContent = message;
        error.hidden = false;
      }
      file.setAttribute("aria-invalid", "true");
      if (status) status.textContent = "";
    };
    file.addEventListener("change", async () => {
      const chosen = file.files && file.files[0];
      if (!chosen) return;
      const body = new FormData();
      body.append("_csrf", csrf.value);
      body.append("file", chosen);
      if (error) error.hidden = true;
      file.removeAttribute("aria-invalid");
      if (status) status.textContent = "ファイルを読み込んでいます…";
      try {
        const r = await fetch(form.dataset.extract, { method: "POST", body, credentials: "same-origin" });
        const data = r.headers.get("content-type")?.includes("json") ? await r.json() : {};
        if (r.ok && typeof data.text === "string") {
          box.value = data.text;
          box.removeAttribute("aria-invalid");
          if (label && !label.value) label.value = data.label || "";
          if (status) status.textContent = "ファイルの内容を本文に入れました。必要なら直してから保存してください。";
        } else if (r.status === 413) {
          fail(form.dataset.tooLarge || "ファイルが大きすぎて読み込めませんでした。本文を貼り付けてください。");
        } else {
          fail(data.error || "このファイルは読み込めませんでした。本文を貼り付けてください。");
        }
      } catch {
        fail("ファイルを読み込めませんでした。通信を確かめて、もう一度選んでください。");
      }
      file.value = "";
    });
  }
  // 「本文をコピー」: shown only where the clipboard can be written.
  for (const button of document.querySelectorAll("button[data-copy]")) {
    const source = document.getElementById(button.dataset.copy);
    if (!source || !navigator.clipboard || !window.isSecureContext) continue;
    button.hidden = false;
    const done = button.nextElementSibling;
    button.addEventListener("click", async () => {
      try {
        await navigator.clipboard.writeText(source.value);
        if (done) done.textContent = "コピーしました";
      } catch {
        if (done) done.textContent = "コピーできませんでした。「テキストで保存」をお使いください";
      }
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
