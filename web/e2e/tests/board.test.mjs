// Browser tests of the board and an application's page (issue 19 item 3): the board with the
// closed cards apart, one-click moves, the interview time and the next step on a card, the
// calendar file, the round that defaults to the current stage, an answer's verdict, and the
// relation proposed from a 求人票 (issue 21). The harness is in harness.mjs.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { browser, naitei, serve, shot, setup, teardown, resume, root, work, overflow } from "./harness.mjs";

before(setup);
after(teardown);

const posting = readFileSync(join(root, "examples/posting.md"), "utf8");

/** A date `days` after the browser's today, as a date input takes it (YYYY-MM-DD). */
function inDays(days) {
  const d = new Date(Date.now() + days * 86400000);
  return d.toISOString().slice(0, 10);
}

const column = (page, label) =>
  page.locator("section.column", { has: page.locator("h2", { hasText: label }) });

async function noSideScroll(page, what) {
  const wide = await overflow(page);
  assert.ok(wide <= 0, `${what}: no horizontal scrolling on a phone (${wide}px too wide)`);
}

test("the board keeps closed applications apart and moves a card in one click", async () => {
  const db = join(work, "board.db");
  naitei(["track", "import", "--db", db, join(root, "examples/applications.csv")]);
  const base = await serve(db);
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 }, locale: "ja-JP" });
  await page.goto(`${base}/applications`);
  // 15 applications: one still in selection, 14 ended (不合格, 辞退, 内定承諾 …).
  assert.match(await page.locator(".board-summary").innerText(), /選考中 1 件 ・ 終了 14 件/);
  const counts = await page.locator("section.column .count").allInnerTexts();
  assert.deepEqual(counts.map(Number).reduce((a, b) => a + b, 0), 1, `stage counts ${counts}`);
  const ended = page.locator("#ended");
  assert.match(await ended.locator("summary").innerText(), /終了\s*14/);
  assert.equal(await ended.locator("li").first().isVisible(), false, "closed cards folded away");
  await ended.locator("summary").click();
  // A card that failed at 一次 is under 終了, with how it ended, and not in its stage's column.
  assert.match(await ended.locator("li", { hasText: "株式会社みなと物流" }).innerText(), /一次面接で不合格/);
  assert.doesNotMatch(await column(page, "一次面接").innerText(), /株式会社みなと物流/);
  assert.match(await column(page, "一次面接").innerText(), /株式会社ネクストリンク/);
  await shot(page, "board-columns");

  // 通過 moves the card to the next stage's column.
  const card = page.locator("#card-14");
  await card.getByRole("button", { name: "通過" }).click();
  await page.waitForURL(/\/applications#card-14$/);
  assert.match(await column(page, "二次面接").innerText(), /株式会社ネクストリンク/);
  assert.match(await column(page, "一次面接").locator(".count").innerText(), /^0$/);

  // On its page: the interview round defaults to the current stage (二次), in both forms.
  await card.getByRole("link").click();
  await page.waitForURL(/\/applications\/14$/);
  assert.equal(await page.locator("#iv-round").inputValue(), "second");
  assert.equal(await page.getByLabel("面接の回").last().inputValue(), "second");
  // A date that cannot be read: the message next to the field, the page and the input kept.
  await page.getByLabel("やること（空にして保存すると消えます）").fill("");
  await page.getByLabel("いつまでに（任意）").fill(inDays(3));
  await page.getByRole("button", { name: "次にやることを保存する" }).click();
  await page.locator("#ns-error").waitFor();
  assert.match(await page.locator("#ns-error").innerText(), /次にやることを入力してください/);
  assert.equal(await page.getByLabel("いつまでに（任意）").inputValue(), inDays(3));
  // The interview's date and time, and the next step with its date.
  await page.getByLabel("面接日").fill(inDays(7));
  await page.getByLabel("開始時刻（任意）").fill("14:00");
  await page.getByRole("button", { name: "日時を保存する" }).click();
  await page.waitForURL(/#when$/);
  assert.match(await page.locator("ul.schedule").innerText(), /二次面接.*14:00/);
  await page.getByLabel("やること（空にして保存すると消えます）").fill("逆質問を3つ用意する");
  await page.getByLabel("いつまでに（任意）").fill(inDays(5));
  await page.getByRole("button", { name: "次にやることを保存する" }).click();
  await page.waitForURL(/#when$/);
  assert.match(await page.locator("#when").innerText(), /次にやること：逆質問を3つ用意する/);

  // An answer logged in the interview is scored: the verdict in words, with 「詳しく」 links.
  await page.getByLabel("聞かれた質問").fill("転職理由を教えてください");
  await page.getByLabel("答えた内容").fill("正社員になりたいと思い、応募しました。御社で勉強させていただきたいです。");
  await page.getByRole("button", { name: "質問と回答を記録する" }).click();
  await page.waitForURL(/#Q\d+$/);
  const verdict = page.locator(".verdict").first();
  assert.match(await verdict.innerText(), /弱い回答（スコア \d+\/100/);
  assert.ok((await verdict.locator("a", { hasText: "詳しく" }).count()) > 0);
  const main = await page.locator("main").innerText();
  for (const code of ["second", "pending", "passed", "weak", "reason"]) {
    assert.ok(!new RegExp(`\\b${code}\\b`).test(main), `code ${code} shown on the page`);
  }
  await shot(page, "board-application");

  // The card shows the next interview and the next step with its date.
  await page.goto(`${base}/applications`);
  const text = await page.locator("#card-14").innerText();
  assert.match(text, /面接：二次面接 .*14:00/);
  assert.match(text, /次にやること：逆質問を3つ用意する（.*まで）/);

  // The calendar file has the interview (timed, Tokyo) and the next step.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "面接と次にやることをカレンダーに入れる" }).click(),
  ]);
  const ics = readFileSync(await download.path(), "utf8");
  assert.equal((ics.match(/BEGIN:VEVENT/g) || []).length, 2, ics);
  assert.match(ics, /DTSTART;TZID=Asia\/Tokyo:\d{8}T140000/);
  assert.match(ics.replace(/\r\n /g, ""), /SUMMARY:株式会社ネクストリンク: 逆質問を3つ用意する/);

  // The phone: one column, no sideways scrolling, the buttons there.
  await page.setViewportSize({ width: 390, height: 844 });
  await noSideScroll(page, "board");
  assert.ok(await page.locator("#card-14").getByRole("button", { name: "不合格" }).isVisible());
  await shot(page, "board-phone", false);
  await page.goto(`${base}/applications/14`);
  await noSideScroll(page, "application");
  await shot(page, "board-application-phone", false);

  // 不合格 closes it: under 終了, out of the counts.
  await page.goto(`${base}/applications`);
  await page.locator("#card-14").getByRole("button", { name: "不合格" }).click();
  await page.waitForURL(/#card-14$/);
  assert.match(await page.locator(".board-summary").innerText(), /選考中 0 件 ・ 終了 15 件/);
  // Nothing in selection any more: 終了 is shown open.
  assert.match(await page.locator("#ended").innerText(), /株式会社ネクストリンク[\s\S]*二次面接で不合格/);
  assert.equal(await page.locator("#card-14 button").count(), 0);
  await page.close();
});

test("adding an application with a 求人票 proposes the move from the résumé", async () => {
  const base = await serve(join(work, "relation.db"));
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 }, locale: "ja-JP" });
  // Without a résumé, asking says why it cannot judge.
  await page.goto(`${base}/applications/new`);
  await page.getByLabel("求人票（URL または本文）").fill(posting);
  await page.getByRole("button", { name: "求人票から経験との関係を判定する" }).click();
  assert.match(await page.locator("#relation-proposal").innerText(), /職務経歴書がまだ登録されていない/);
  assert.equal(await page.getByLabel("求人票（URL または本文）").inputValue(), posting);
  // With a résumé: saving with 経験との関係 left empty shows the proposal first, selected.
  await page.goto(`${base}/resume`);
  await page.getByLabel("職務経歴書の本文（Markdown またはテキスト）").fill(resume);
  await page.getByRole("button", { name: "添削する（版として保存）" }).click();
  await page.waitForURL(/\/resume\/\d+$/);
  await page.goto(`${base}/applications/new`);
  await page.getByLabel("会社名（必須）").fill("東西食品株式会社");
  await page.getByLabel("職種").fill("受発注事務");
  await page.getByLabel("応募経路").selectOption("direct");
  await page.getByLabel("求人票（URL または本文）").fill(posting);
  await page.getByRole("button", { name: "保存する" }).click();
  const proposal = page.locator("#relation-proposal");
  await proposal.waitFor();
  assert.match(await proposal.innerText(), /この応募は同職種同業界です/);
  assert.equal(await page.getByLabel("経験との関係").inputValue(), "same");
  assert.equal(await page.getByLabel("会社名（必須）").inputValue(), "東西食品株式会社");
  await shot(page, "board-relation-proposal");
  await page.setViewportSize({ width: 390, height: 844 });
  await noSideScroll(page, "application form");
  await shot(page, "board-relation-proposal-phone", false);
  // The seeker changes it and saves: the choice is kept.
  await page.getByLabel("経験との関係").selectOption("same-job");
  await page.getByRole("button", { name: "保存する" }).click();
  await page.waitForURL(/\/applications\/\d+$/);
  assert.match(await page.locator("p.status").innerText(), /同職種異業界/);
  await page.close();
});
