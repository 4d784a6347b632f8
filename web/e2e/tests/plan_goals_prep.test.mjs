// Browser tests of 計画 (the form), 目標, 二次面接の準備 (with the interview script) and 分析 on a
// phone — at desktop (1100 px) and phone (390×844) width (the harness is in harness.mjs).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { browser, naitei, serve, shot, setup, teardown, resume, root, work, overflow } from "./harness.mjs";

before(setup);
after(teardown);

const posting = readFileSync(join(root, "examples/posting.md"), "utf8");
const desktop = { width: 1100, height: 900 };
const phone = { width: 390, height: 844 };

async function noSideScroll(page, what) {
  const wide = await overflow(page);
  assert.ok(wide <= 0, `${what}: no horizontal scrolling on a phone (${wide}px too wide)`);
}

/** Posts JSON to the API with the page's session and CSRF token. */
async function api(page, base, path, body) {
  const me = await (await page.request.get(`${base}/api/v1/me`)).json();
  const r = await page.request.post(`${base}${path}`, {
    data: body,
    headers: { "x-csrf-token": me.csrf_token },
  });
  assert.ok(r.ok(), `${path}: ${r.status()} ${await r.text()}`);
  return r.json();
}

test("計画: a mistake is explained under its field, the fix gives the calendar (desktop and phone)", async () => {
  const base = await serve(join(work, "plan.db"));
  for (const [size, suffix] of [[desktop, ""], [phone, "-phone"]]) {
    const page = await browser.newPage({ viewport: size, locale: "ja-JP" });
    await page.goto(`${base}/plan`);
    await page.getByRole("link", { name: "計画" }).first().waitFor();
    await page.locator("#birth_date").fill("1985/13/40");
    await page.locator("#leaving_date").fill("2026/10/31");
    await page.locator("#leaving_reason").selectOption({ label: "自己都合" });
    await page.locator("#insured_years").fill("8");
    await page.locator("#monthly_wage").fill("30万円");
    await page.getByRole("button", { name: "計画を作る" }).click();
    const error = page.locator("#birth_date-error");
    await error.waitFor();
    assert.match(await error.innerText(), /カレンダーにありません/);
    // The error sits right under its input, and what was typed is still there.
    const [input, message] = [await page.locator("#birth_date").boundingBox(), await error.boundingBox()];
    assert.ok(message.y > input.y && message.y - (input.y + input.height) < 60, "under the field");
    assert.equal(await page.locator("#monthly_wage").inputValue(), "30万円");
    assert.equal(await page.locator("#leaving_reason").inputValue(), "self");
    if (suffix) await noSideScroll(page, "plan form");
    await shot(page, `plan-form-error${suffix}`, !suffix);
    await page.locator("#birth_date").fill("1985/4/1");
    await page.getByRole("button", { name: "計画を作る" }).click();
    await page.getByRole("heading", { name: "失業給付（基本手当）のカレンダー" }).waitFor();
    const main = await page.locator("main").innerText();
    for (const words of ["所定給付日数", "支給の始まり", "週の応募目標", "行動計画", "出典："]) {
      assert.ok(main.includes(words), words);
    }
    for (const dev of ["REFERENCE", "naitei ", "TOML 形式", "leaving_date"]) {
      assert.ok(!main.includes(dev), `${dev} shown`);
    }
    if (suffix) await noSideScroll(page, "plan");
    await shot(page, `plan${suffix}`, !suffix);
    // Kept: the page opens again with what was entered, as it was typed.
    await page.goto(`${base}/plan`);
    assert.equal(await page.locator("#birth_date").inputValue(), "1985/4/1");
    assert.equal(await page.locator("#monthly_wage").inputValue(), "30万円");
    await page.close();
  }
});

test("目標: goals from the duties, a result recorded, the achievement line drafted", async () => {
  const base = await serve(join(work, "goals.db"));
  const page = await browser.newPage({ viewport: desktop, locale: "ja-JP" });
  await page.goto(`${base}/`);
  await page.getByRole("link", { name: "目標", exact: true }).click();
  await page.waitForURL(`${base}/goals`);
  await page.getByLabel("業務（1行に1つ）").fill("請求書の作成と発行\n電話応対");
  await page.getByRole("button", { name: "入れた業務から目標を立てる" }).click();
  // The start month is missing: said next to its field, the duties kept.
  await page.locator("#start-error").waitFor();
  assert.equal(await page.getByLabel("業務（1行に1つ）").inputValue(), "請求書の作成と発行\n電話応対");
  await page.getByLabel("今の職場で働き始めた年月").fill("2022年4月");
  await page.getByRole("button", { name: "入れた業務から目標を立てる" }).click();
  await page.getByRole("heading", { name: "残るか、応募するか" }).waitFor();
  await page.getByRole("button", { name: "この目標を保存" }).first().click();
  await page.getByRole("heading", { name: "保存した目標" }).waitFor();
  const goal = page.locator("article#goal-0");
  await goal.getByLabel("測った値", { exact: true }).fill("8");
  await goal.getByRole("button", { name: "記録する" }).click();
  await page.locator("article#goal-0").getByText("基準値：月8件").waitFor();
  // The next record defaults to a result.
  assert.ok(await page.locator("article#goal-0").getByLabel("結果（取り組んだ後の値）").isChecked());
  await page.locator("article#goal-0").getByLabel("測った値", { exact: true }).fill("1");
  await page.locator("article#goal-0").getByRole("button", { name: "記録する" }).click();
  const line = page.locator("article#goal-0 .draft-line");
  await line.waitFor();
  assert.match(await line.innerText(), /月8件から月1件に削減した/);
  await shot(page, "goals");
  await page.setViewportSize(phone);
  await noSideScroll(page, "goals");
  await shot(page, "goals-phone", false);
  await page.close();
});

test("二次面接の準備: the sheet of an application, its print view and the interview script", async () => {
  const base = await serve(join(work, "prep.db"));
  const page = await browser.newPage({ viewport: desktop, locale: "ja-JP" });
  await page.goto(`${base}/`);
  await api(page, base, "/api/v1/documents", { content: resume });
  const app = await api(page, base, "/api/v1/applications", {
    company: "山田食品", position: "受発注事務", channel: "direct", relation: "same", posting,
  });
  await page.goto(`${base}/applications/${app.id}`);
  await page.getByRole("link", { name: "二次面接の準備シート" }).click();
  await page.waitForURL(`${base}/applications/${app.id}/prep`);
  const main = page.locator("main");
  await page.getByRole("heading", { name: "求人の要件と、あなたの根拠" }).waitFor();
  const text = await main.innerText();
  assert.ok(text.includes("同職種同業界"), "the move");
  assert.ok(text.includes("根拠なし（正直に伝える準備）"), "an honest gap");
  assert.ok(text.includes("理由："), "the reason of a match");
  assert.ok((await page.locator("li.prep-req").count()) >= 8, "every requirement listed");
  await shot(page, "prep");
  // The script: drafted from the résumé, kept, checked.
  await page.getByRole("button", { name: "面接の台本を作る" }).click();
  await page.waitForURL(/\/prep#script$/);
  const script = page.locator("section[aria-labelledby=script]");
  await script.getByText("1分程度で自己PRをお願いします").waitFor();
  assert.match(await script.innerText(), /回答チェック：\d+点/);
  assert.match(await script.innerText(), /職務経歴書との食い違いはありません/);
  await page.setViewportSize(phone);
  await noSideScroll(page, "prep");
  await shot(page, "prep-phone", false);
  await page.setViewportSize(desktop);
  // The prepared answers show on the application.
  await page.goto(`${base}/applications/${app.id}`);
  assert.ok((await page.locator("main").innerText()).includes("1分程度で自己PRをお願いします"));
  // The print view: the sheet and the script, no menu.
  await page.goto(`${base}/applications/${app.id}/prep/print`);
  await page.emulateMedia({ media: "print" });
  assert.equal(await page.locator("nav").count(), 0);
  const printed = await page.locator("main").innerText();
  assert.ok(printed.includes("根拠なし（正直に伝える準備）") && printed.includes("これまでの実績を教えてください"));
  await shot(page, "prep-print");
  await page.close();
});

test("分析 on a phone: labels stay at 12 px or more, three columns with details, no side scroll", async () => {
  const db = join(work, "funnel.db");
  naitei(["track", "import", "--db", db, join(root, "examples/applications.csv")]);
  const base = await serve(db);
  const page = await browser.newPage({ viewport: phone, locale: "ja-JP" });
  await page.goto(`${base}/funnel`);
  const chart = page.locator("svg.funnel-narrow");
  assert.ok(await chart.isVisible());
  assert.ok(!(await page.locator("svg.funnel-wide").isVisible()));
  // Rendered size of every label: its font size times the SVG's scale.
  const sizes = await chart.evaluate((svg) => {
    const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
    return [...svg.querySelectorAll("text")].map((t) => parseFloat(getComputedStyle(t).fontSize) * scale);
  });
  assert.ok(sizes.length > 0);
  const smallest = Math.min(...sizes);
  assert.ok(smallest >= 12, `smallest label ${smallest.toFixed(1)} px`);
  const table = page.locator("table.funnel-table-narrow");
  assert.ok(await table.isVisible());
  assert.equal(await table.locator("thead th").count(), 3);
  const first = table.locator("details").first();
  assert.ok(!(await first.locator("li").first().isVisible()));
  await first.locator("summary").click();
  assert.match(await first.innerText(), /進んだ \d+件/);
  await noSideScroll(page, "funnel");
  await shot(page, "funnel-phone");
  // On a desktop the wide chart and the full table are shown instead.
  await page.setViewportSize(desktop);
  assert.ok(await page.locator("svg.funnel-wide").isVisible());
  assert.equal(await page.locator("table.funnel-table-wide thead th").count(), 8);
  await page.close();
});
