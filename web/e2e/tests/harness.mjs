// Shared harness of the browser tests: a real `naitei serve` on a free port with a fresh
// database, driven through Debian's Chromium. Screenshots go to docs/screenshots/ when
// NAITEI_SCREENSHOTS=1. Each `*.test.mjs` file calls `setup()` in `before` and `teardown()` in
// `after`; this file is not a test file itself (node --test only runs `*.test.mjs`).
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, mkdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

export const root = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
export const bin = process.env.NAITEI_BIN || join(root, "target/debug/naitei");
export const resume = readFileSync(join(root, "examples/resume.md"), "utf8");
const shots = process.env.NAITEI_SCREENSHOTS === "1" ? join(root, "docs/screenshots") : null;
export const work = mkdtempSync(join(tmpdir(), "naitei-e2e-"));
const servers = [];
export let browser;

/** Runs the CLI and returns its standard output; fails the test on a non-zero exit. */
export function naitei(args, input) {
  const r = spawnSync(bin, args, { input, encoding: "utf8" });
  assert.equal(r.status, 0, `naitei ${args.join(" ")}: ${r.stderr}`);
  return r.stdout;
}

/** Starts `naitei serve` on port 0 and resolves with its address, read from what it prints. */
export function serve(db, extra = []) {
  return new Promise((ok, fail) => {
    const child = spawn(bin, ["serve", "--bind", "127.0.0.1:0", "--db", db, ...extra], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    servers.push(child);
    let out = "";
    child.stdout.on("data", (d) => {
      out += d;
      const m = out.match(/http:\/\/127\.0\.0\.1:\d+\//);
      if (m) ok(m[0].replace(/\/$/, ""));
    });
    child.stderr.on("data", (d) => process.stderr.write(d));
    child.on("exit", (code) => fail(new Error(`naitei serve exited (${code}): ${out}`)));
  });
}

/** Saves a screenshot to docs/screenshots/NAME.png when NAITEI_SCREENSHOTS=1. */
export async function shot(page, name, fullPage = true) {
  if (!shots) return;
  mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: join(shots, `${name}.png`), fullPage });
}

/** Logs in through the form of a multi-user server and waits for the home page. */
export async function login(page, base, who, password) {
  await page.goto(`${base}/login`);
  await page.getByLabel("ログイン名").fill(who);
  await page.getByLabel("パスワード").fill(password);
  await page.getByRole("button", { name: "ログイン" }).click();
  await page.waitForURL(`${base}/`);
}

/** How many CSS pixels the page is wider than the viewport (0 or less: no horizontal scrolling). */
export async function overflow(page) {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/** Builds the binary when NAITEI_BIN is not given, and starts Chromium. */
export async function setup() {
  if (!process.env.NAITEI_BIN) {
    const b = spawnSync("cargo", ["build", "--locked", "-p", "naitei"], { cwd: root, stdio: "inherit" });
    assert.equal(b.status, 0, "cargo build");
  }
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
           "--disable-component-update", "--no-first-run"],
  });
}

/** Closes the browser, stops every server and removes the temporary databases. */
export async function teardown() {
  await browser?.close();
  for (const s of servers) s.kill("SIGINT");
  rmSync(work, { recursive: true, force: true });
}
