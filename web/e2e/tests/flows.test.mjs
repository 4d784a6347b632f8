// Browser tests of the main flows (the harness is in harness.mjs).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { browser, naitei, serve, shot, setup, teardown, resume, root, work, overflow } from "./harness.mjs";

before(setup);
after(teardown);

test("a seeker pastes a résumé and sees the findings on its lines", async () => {
  const base = await serve(join(work, "personal.db"));
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 }, locale: "ja-JP" });
  await page.goto(`${base}/`);
  await shot(page, "home");
  // Keyboard first: the first Tab reaches the "skip to content" link.
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement.textContent), "本文へ移動");
  await page.getByRole("link", { name: "職務経歴書", exact: true }).click();
  await page.getByLabel("職務経歴書の本文（Markdown またはテキスト）").fill(resume);
  await page.getByLabel("版の名前（省略可）").fill("4月版");
  await page.getByRole("button", { name: "添削する（版として保存）" }).click();
  await page.waitForURL(/\/resume\/\d+$/);
  assert.match(await page.locator("h1").innerText(), /4月版/);
  const marked = await page.locator("li.line[class*=has-]").count();
  assert.ok(marked > 0, "some lines carry findings");
  assert.ok((await page.locator(".finding").count()) >= marked);
  await shot(page, "resume");
  // A finding says what it is in words and links to its explanation (no rule id on the page).
  const more = page.locator(".finding a", { hasText: "詳しく" }).first();
  const rule = (await more.getAttribute("href")).replace("/rules/", "");
  assert.ok(!(await page.locator("main").innerText()).includes(rule), `rule id ${rule} shown`);
  await more.click();
  await page.waitForURL(/\/rules\//);
  assert.ok(!(await page.locator("main").innerText()).includes(rule));
  await page.getByRole("heading", { name: "何を検出するか" }).waitFor();
  await page.goBack();
  // The phone layout still shows the findings.
  await page.setViewportSize({ width: 390, height: 844 });
  assert.ok(await page.locator(".finding").first().isVisible());
  const wide = await overflow(page);
  assert.ok(wide <= 0, `no horizontal scrolling on a phone (${wide}px too wide)`);
  await shot(page, "resume-phone", false);
  await page.close();
});

test("a seeker adds an application, moves it through the stages and sees the funnel", async () => {
  // The example history (15 applications, imported with the CLI) plus one added in the page.
  const db = join(work, "tracker.db");
  naitei(["track", "import", "--db", db, join(root, "examples/applications.csv")]);
  const base = await serve(db);
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 }, locale: "ja-JP" });
  await page.goto(`${base}/applications/new`);
  // Validation messages first.
  await page.getByRole("button", { name: "保存する" }).click();
  await page.getByText("会社名を入力してください").first().waitFor();
  await page.getByLabel("会社名（必須）").fill("山田商事");
  await page.getByLabel("職種").fill("営業事務");
  await page.getByLabel("応募経路").selectOption("agent");
  await page.getByLabel("経験との関係").selectOption("same-job");
  await page.getByLabel("応募日（空なら今日。2024/4/1・令和6年4月1日も可）").fill("2024/5/1");
  await page.getByRole("button", { name: "保存する" }).click();
  await page.waitForURL(/\/applications\/\d+$/);
  // A mistake in the record form: the message next to the form, the menu and the typed date kept.
  await page.getByLabel("日付", { exact: true }).fill("2024年13月40日");
  await page.getByRole("button", { name: "記録する", exact: true }).click();
  await page.locator("#ev-error").waitFor();
  assert.equal(await page.getByLabel("日付", { exact: true }).inputValue(), "2024年13月40日");
  assert.ok(await page.getByRole("navigation", { name: "メインメニュー" }).isVisible());
  assert.ok(!(await page.locator("main").innerText()).includes("422"));
  await page.getByLabel("日付", { exact: true }).fill("");
  for (const [stage, result] of [["document", "passed"], ["first", "passed"], ["second", "failed"]]) {
    await page.getByLabel("段階", { exact: true }).selectOption(stage);
    await page.getByLabel("結果", { exact: true }).selectOption(result);
    await page.getByRole("button", { name: "記録する", exact: true }).click();
    await page.waitForLoadState("load");
  }
  await page.getByLabel("聞かれた質問").fill("転職理由を教えてください");
  await page.getByLabel("答えた内容").fill("前職では受注処理の時間を30%短縮しました。");
  await page.getByRole("button", { name: "質問と回答を記録する" }).click();
  await page.waitForLoadState("load");
  assert.match(await page.locator("p.status").innerText(), /二次面接（不合格）/);
  await shot(page, "application");
  await page.goto(`${base}/applications`);
  // Failed at 二次: under 終了 with how it ended, no longer counted in the 二次面接 column.
  const column = page.locator("section.column", { has: page.locator("h2", { hasText: "二次面接" }) });
  assert.doesNotMatch(await column.innerText(), /山田商事/);
  await page.locator("#ended summary").click();
  assert.match(await page.locator("#ended").innerText(), /山田商事[\s\S]*二次面接で不合格/);
  await shot(page, "board");
  await page.getByRole("link", { name: "分析" }).click();
  assert.match(await page.locator("main").innerText(), /応募 16 件/);
  assert.equal(await page.locator("svg.funnel-wide rect.band").count(), 4);
  await shot(page, "funnel");
  await page.goto(`${base}/answer`);
  await page.getByLabel("回答（話すとおりに）").fill("正社員になりたいと思い、応募しました。御社で勉強させていただきたいです。");
  await page.getByRole("button", { name: "チェックする" }).click();
  await page.getByText("弱い回答").waitFor();
  await shot(page, "answer");
  await page.close();
});

test("an adviser comments on a résumé line and the seeker sees it", async () => {
  const db = join(work, "agency.db");
  naitei(["user", "add", "--db", db, "--role", "seeker", "--name", "佐藤", "sato"], "password-sato\n");
  naitei(["user", "add", "--db", db, "--role", "adviser", "--name", "田中", "tanaka"], "password-tanaka\n");
  naitei(["user", "assign", "--db", db, "tanaka", "sato"]);
  const base = await serve(db, ["--multi-user"]);
  const login = async (page, who, password) => {
    await page.goto(`${base}/resume`);
    await page.waitForURL(/\/login$/);
    await page.getByLabel("ログイン名").fill(who);
    await page.getByLabel("パスワード").fill(password);
    await page.getByRole("button", { name: "ログイン" }).click();
    await page.waitForURL(`${base}/`);
  };
  const seeker = await (await browser.newContext({ locale: "ja-JP" })).newPage();
  await login(seeker, "sato", "password-sato");
  await seeker.goto(`${base}/resume`);
  await seeker.getByLabel("職務経歴書の本文（Markdown またはテキスト）").fill(resume);
  await seeker.getByRole("button", { name: "添削する（版として保存）" }).click();
  await seeker.waitForURL(/\/resume\/\d+$/);
  const docUrl = seeker.url();

  const adviser = await (await browser.newContext({ locale: "ja-JP" })).newPage();
  await login(adviser, "tanaka", "password-tanaka");
  await adviser.getByRole("link", { name: "最新の職務経歴書を見る" }).click();
  await adviser.locator("#L3 summary", { hasText: "コメント" }).click();
  await adviser.getByLabel("3行目へのコメント", { exact: true }).fill("成果を数字で書きましょう（例: 処理時間を30%短縮）");
  await adviser.getByRole("button", { name: "コメントを残す" }).click();
  await adviser.waitForLoadState("load");
  await shot(adviser, "adviser-comment");

  await seeker.goto(docUrl);
  const comment = seeker.locator(".comment", { hasText: "成果を数字で書きましょう" });
  assert.equal(await comment.count(), 1);
  assert.match(await comment.innerText(), /田中/);
  // The seeker cannot comment; another seeker's id is not found.
  assert.equal(await seeker.getByRole("button", { name: "コメントを残す" }).count(), 0);
});
