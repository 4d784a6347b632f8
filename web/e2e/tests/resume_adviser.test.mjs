// Browser tests of the résumé editing loop and the adviser's flow (issue #19 items 2, 5, 6 and
// the 「書き直す」 button of issue #20), at desktop and phone width.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { inflateRawSync } from "node:zlib";
import { browser, naitei, serve, shot, setup, teardown, resume, work, overflow, login } from "./harness.mjs";

before(setup);
after(teardown);

// A short résumé in Shift_JIS (a .txt saved by an older Windows editor).
// (〜 is read as the full-width tilde ～, as Windows does.)
const SJIS_TEXT = "## 職務要約\n営業事務として5年間、受注から請求までを担当。\n\n## 職務経歴\n### 株式会社さくら商事（2019年4月～2024年3月）\n- 受注入力を担当。\n- 新しい請求システムへの移行を提案した。\n- 請求書を作成することができる。\n";
const SJIS = Buffer.from(
  "232320904596b1977696f10a89638bc68e9696b182c682b582c435944e8ad481418ef3928d82a982e790bf8b8182dc82c582f09253939681420a0a232320904596b18c6f97f00a232323208a948eae89ef8ed082b382ad82e78fa48e96816932303139944e348c8e816032303234944e338c8e816a0a2d208ef3928d93fc97cd82f09253939681420a2d20905682b582a290bf8b81835683588365838082d682cc88da8d7382f092f188c482b582bd81420a2d2090bf8b818f9182f08dec90ac82b782e982b182c682aa82c582ab82e981420a",
  "hex",
);

/** One entry of a zip file (a .docx), found through the central directory. */
function unzipEntry(buf, name) {
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  assert.ok(eocd > 0, "a zip file");
  const count = buf.readUInt16LE(eocd + 10);
  let off = buf.readUInt32LE(eocd + 16);
  for (let i = 0; i < count; i++) {
    const method = buf.readUInt16LE(off + 10);
    const size = buf.readUInt32LE(off + 20);
    const [nlen, xlen, clen] = [28, 30, 32].map((k) => buf.readUInt16LE(off + k));
    const local = buf.readUInt32LE(off + 42);
    if (buf.toString("utf8", off + 46, off + 46 + nlen) === name) {
      const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
      const data = buf.subarray(start, start + size);
      return (method === 8 ? inflateRawSync(data) : data).toString("utf8");
    }
    off += 46 + nlen + xlen + clen;
  }
  return null;
}

async function download(page, link) {
  const [d] = await Promise.all([page.waitForEvent("download"), link.click()]);
  const path = join(work, `${Date.now()}-${d.suggestedFilename()}`);
  await d.saveAs(path);
  return { name: d.suggestedFilename(), bytes: readFileSync(path), path };
}

async function noScroll(page, what) {
  const wide = await overflow(page);
  assert.ok(wide <= 0, `${what}: no horizontal scrolling on a phone (${wide}px too wide)`);
}

test("a seeker edits a file's text, fixes, rewrites a line and takes the résumé out", async () => {
  const base = await serve(join(work, "loop.db"));
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 }, locale: "ja-JP", acceptDownloads: true, permissions: ["clipboard-read", "clipboard-write"] });
  const page = await context.newPage();
  await page.goto(`${base}/resume`);
  const box = page.getByLabel("職務経歴書の本文（Markdown またはテキスト）");
  const file = page.getByLabel("ファイルから読み込む（Word・Excel・文字情報のある PDF・テキスト）");
  // The picker offers Word, Excel and PDF too.
  const accept = await file.getAttribute("accept");
  for (const ext of [".docx", ".xlsx", ".pdf", ".txt", ".md"]) assert.ok(accept.includes(ext), ext);
  // A file over the server's limit: the message next to the picker, in MB.
  await file.setInputFiles({ name: "big.txt", mimeType: "text/plain", buffer: Buffer.alloc(1200 * 1024, "あ") });
  await page.getByText("ファイルが大きすぎて読み込めませんでした（1 MB まで）").waitFor();
  assert.equal(await box.inputValue(), "");
  // A Shift_JIS .txt shows correctly in the box, and the file is not kept for sending.
  await file.setInputFiles({ name: "職務経歴書.txt", mimeType: "text/plain", buffer: SJIS });
  await page.getByText("ファイルの内容を本文に入れました").waitFor();
  assert.equal((await box.inputValue()).replace(/\r\n/g, "\n"), SJIS_TEXT);
  assert.equal(await file.evaluate((el) => el.files.length), 0, "the file is not sent again");
  // Edits in the box are what is saved.
  await box.fill(SJIS_TEXT.replace("受注入力を担当。", "受注入力を担当し、入力手順書を作成した。"));
  await shot(page, "resume-edit");
  await page.getByRole("button", { name: "添削する（版として保存）" }).click();
  await page.waitForURL(/\/resume\/\d+$/);
  const firstUrl = page.url();
  assert.ok((await page.locator("ol.doc").innerText()).includes("入力手順書を作成した"));
  // No blank line after every line: each line of the view is one line of text high.
  const heights = await page.locator("ol.doc li.line:not([class*=has-]) .text").evaluateAll((els) =>
    els.map((e) => e.getBoundingClientRect().height / parseFloat(getComputedStyle(e).lineHeight)));
  assert.ok(heights.length > 0 && heights.every((h) => h < 1.5), `line heights ${heights}`);

  // The safe fixes, and what they changed.
  await page.getByRole("button", { name: /安全な修正/ }).click();
  await page.waitForURL(/\?changed=1$/);
  const changes = page.locator("section.changes");
  await changes.getByRole("heading", { name: "前の版から変えたところ" }).waitFor();
  assert.match(await changes.locator(".before").first().innerText(), /作成することができる/);
  assert.match(await changes.locator(".after").first().innerText(), /作成できる/);
  await shot(page, "resume-fixed");

  // 書き直す on the flagged line: questions, a line from the answers, a new version.
  const line = page.locator("li.line", { hasText: "新しい請求システムへの移行を提案した" });
  await line.getByRole("link", { name: "書き直す" }).click();
  await page.waitForURL(/\/rewrite\?line=\d+$/);
  // Without a number the page says how to measure it instead of writing a line.
  await page.getByLabel(/困っていたこと/).fill("請求書の手作業が多く月末の残業が続いていた");
  await page.getByRole("button", { name: "行を組み立てる" }).click();
  await page.getByRole("heading", { name: "まず数字を測りましょう" }).waitFor();
  assert.equal(await page.getByRole("link", { name: /今の仕事の目標/ }).getAttribute("href"), "/goals");
  await page.getByLabel(/変化を表せる数字/).fill("月末の残業時間");
  await page.getByLabel(/取り組む前はどのくらい/).fill("月20時間");
  await page.getByLabel(/取り組んだ後はどうなりましたか/).fill("月5時間");
  await page.getByRole("button", { name: "行を組み立てる" }).click();
  const proposal = page.locator("blockquote.proposal");
  await proposal.waitFor();
  const composed = await proposal.innerText();
  assert.match(composed, /月20時間から月5時間/);
  assert.deepEqual(composed.match(/\d+/g), ["20", "5"], "only the seeker's numbers");
  await shot(page, "resume-rewrite");
  await page.getByRole("button", { name: "この行で新しい版を保存" }).click();
  await page.waitForURL(/\?changed=1$/);
  assert.ok((await page.locator("section.changes .after").innerText()).includes(composed));
  assert.ok((await page.locator("ol.doc").innerText()).includes(composed));
  const latestUrl = page.url().replace(/\?changed=1$/, "");

  // Take it out: a copy of the text, a .txt and a real Word file.
  await page.getByRole("button", { name: "本文をコピー" }).click();
  await page.getByText("コピーしました").waitFor();
  assert.ok((await page.evaluate(() => navigator.clipboard.readText())).includes(composed));
  const txt = await download(page, page.getByRole("link", { name: "テキストで保存" }));
  assert.match(txt.name, /\.txt$/);
  assert.ok(txt.bytes.toString("utf8").includes(composed));
  const docx = await download(page, page.getByRole("link", { name: "Word で保存" }));
  assert.match(docx.name, /\.docx$/);
  assert.equal(docx.bytes.subarray(0, 2).toString(), "PK");
  const xml = unzipEntry(docx.bytes, "word/document.xml");
  assert.ok(xml.includes("入力手順書を作成した") && xml.includes("月5時間"), "the text is in the Word file");

  // The Word file back in the box: the page opens with the latest version, the file replaces it.
  await page.goto(`${base}/resume`);
  assert.ok((await box.inputValue()).includes(composed), "the box opens with the latest version");
  await file.setInputFiles(docx.path);
  await page.getByText("ファイルの内容を本文に入れました").waitFor();
  assert.ok((await box.inputValue()).includes("入力手順書を作成した"));
  // Per-version counts and a comparison of two versions.
  const rows = page.locator("table.versions tbody tr");
  assert.equal(await rows.count(), 3);
  await page.getByLabel("前の版").selectOption({ index: 2 });
  await page.getByRole("button", { name: "2つの版を比べる" }).click();
  await page.waitForURL(/\/resume\/compare/);
  assert.ok(await page.locator("li.diff-removed", { hasText: "作成することができる" }).count() > 0);
  assert.ok(await page.locator("li.diff-added", { hasText: composed }).count() > 0);
  await shot(page, "resume-compare");

  // The phone: every page of the loop fits the width.
  await page.setViewportSize({ width: 390, height: 844 });
  for (const url of [`${base}/resume`, latestUrl, page.url(), `${firstUrl}/rewrite?line=7`]) {
    await page.goto(url);
    await noScroll(page, url);
  }
  await page.goto(`${base}/resume`);
  await shot(page, "resume-edit-phone", false);
  await page.goto(`${firstUrl}/rewrite?line=7`);
  assert.ok(await page.getByRole("button", { name: "行を組み立てる" }).isVisible());
  await shot(page, "resume-rewrite-phone", false);
  await context.close();
});

test("an adviser sees who needs attention, comments on a line, and the seeker is told", async () => {
  const db = join(work, "advice.db");
  naitei(["user", "add", "--db", db, "--role", "seeker", "--name", "佐藤", "sato"], "password-sato\n");
  naitei(["user", "add", "--db", db, "--role", "seeker", "--name", "鈴木", "suzuki"], "password-suzuki\n");
  naitei(["user", "add", "--db", db, "--role", "adviser", "--name", "田中", "tanaka"], "password-tanaka\n");
  naitei(["user", "assign", "--db", db, "tanaka", "sato"]);
  naitei(["user", "assign", "--db", db, "tanaka", "suzuki"]);
  const base = await serve(db, ["--multi-user"]);
  const seeker = await (await browser.newContext({ locale: "ja-JP", viewport: { width: 1100, height: 900 } })).newPage();
  await login(seeker, base, "sato", "password-sato");
  assert.match(await seeker.locator("footer").innerText(), /このサーバーは運営者が管理しています/);
  await seeker.goto(`${base}/resume`);
  await seeker.getByLabel("職務経歴書の本文（Markdown またはテキスト）").fill(resume);
  await seeker.getByRole("button", { name: "添削する（版として保存）" }).click();
  await seeker.waitForURL(/\/resume\/\d+$/);

  // The adviser's home: 佐藤 (a version to review) before 鈴木 (nothing yet).
  const adviser = await (await browser.newContext({ locale: "ja-JP", viewport: { width: 1100, height: 900 } })).newPage();
  await login(adviser, base, "tanaka", "password-tanaka");
  const entries = adviser.locator("ul.triage > li");
  assert.equal(await entries.count(), 2);
  assert.match(await entries.first().innerText(), /添削待ち[\s\S]*佐藤[\s\S]*まだコメントしていない職務経歴書の版/);
  assert.match(await entries.last().innerText(), /鈴木/);
  await shot(adviser, "adviser-home");
  await adviser.setViewportSize({ width: 390, height: 844 });
  await noScroll(adviser, "adviser home");
  await shot(adviser, "adviser-home-phone", false);
  await adviser.setViewportSize({ width: 1100, height: 900 });

  // A コメント button on the line itself.
  await entries.first().getByRole("link", { name: "最新の職務経歴書を見る" }).click();
  const target = adviser.locator("li.line", { hasText: "見積書のテンプレートを整備し" });
  await target.locator("summary", { hasText: "コメント" }).click();
  await target.getByRole("textbox").fill("作成時間の短縮がよく伝わります。面接でも話しましょう");
  await target.getByRole("button", { name: "コメントを残す" }).click();
  await adviser.waitForURL(/#L\d+$/);
  assert.ok((await adviser.locator("li.line", { hasText: "見積書のテンプレートを整備し" }).locator(".comment").innerText()).includes("作成時間の短縮"));
  await shot(adviser, "adviser-comment-line");
  await adviser.setViewportSize({ width: 390, height: 844 });
  await noScroll(adviser, "résumé with comment buttons");

  // The seeker's home says a comment arrived; after reading it, the notice is gone.
  await seeker.goto(`${base}/`);
  const notice = seeker.locator(".notice");
  assert.match(await notice.innerText(), /アドバイザーから新しいコメントが 1 件あります/);
  await shot(seeker, "seeker-notice");
  await notice.getByRole("link", { name: "職務経歴書でコメントを見る" }).click();
  assert.ok((await seeker.locator(".comment").innerText()).includes("作成時間の短縮"));
  await seeker.goto(`${base}/`);
  assert.equal(await seeker.locator(".notice").count(), 0);

  // A new version with another line changed: the comment is on the same line of the new one.
  await seeker.goto(`${base}/resume`);
  const box = seeker.getByLabel("職務経歴書の本文（Markdown またはテキスト）");
  await box.fill((await box.inputValue()).replace("新しい請求システムへの移行を提案した。", "新しい請求システムへの移行を提案し、導入まで進めた。"));
  await seeker.getByLabel("版の名前（省略可）").fill("5月版");
  await seeker.getByRole("button", { name: "添削する（版として保存）" }).click();
  await seeker.waitForURL(/\/resume\/\d+$/);
  const carried = seeker.locator("li.line", { hasText: "見積書のテンプレートを整備し" }).locator(".comment");
  assert.ok((await carried.innerText()).includes("作成時間の短縮"), "the comment follows the unchanged line");
  await seeker.setViewportSize({ width: 390, height: 844 });
  await noScroll(seeker, "the seeker's résumé");
  await shot(seeker, "seeker-comment-phone", false);
  // The adviser's home sees the new version.
  await adviser.setViewportSize({ width: 1100, height: 900 });
  await adviser.goto(`${base}/`);
  assert.match(await entries.first().innerText(), /5月版/);
});
