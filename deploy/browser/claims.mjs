// Browser test of payment-by-results-service's /claims page, in Debian's Chromium driven by playwright-core.
// A finance officer signs in with the keyboard, builds a batch for a window end, records the audit sample's spot
// checks; a second officer approves and submits it and downloads the CSV. Accessibility (axe) is checked on the
// list and on the batch. Saves a screenshot of the draft batch.
//   BASE_URL=http://127.0.0.1:8084 DRAFTER_TOKEN=... APPROVER_TOKEN=... WINDOW_END=2025-09-30 FAMILIES=2 \
//   SCREENSHOT=target/claims.png node claims.mjs
import { checkAccessibility, checkTokenUnreadable, launch, signIn } from "./pages.mjs";

const { BASE_URL, DRAFTER_TOKEN, APPROVER_TOKEN, WINDOW_END, FAMILIES, SCREENSHOT } = process.env;
const browser = await launch();

try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 1200 } });
  const page = await context.newPage();
  await page.goto(`${BASE_URL}/claims`);
  await checkAccessibility(page, "claims, signed out");
  await signIn(page, DRAFTER_TOKEN);
  await page.locator("#build").waitFor({ timeout: 20_000 });
  await checkTokenUnreadable(page, DRAFTER_TOKEN);

  await page.locator("#windowEnd").fill(WINDOW_END);
  await page.getByRole("button", { name: "Build" }).click();
  await page.locator("#families", { hasText: new RegExp(`^${FAMILIES}$`) }).waitFor({ timeout: 20_000 });
  await checkAccessibility(page, "claims, a draft batch");
  await page.screenshot({ path: SCREENSHOT, fullPage: true });
  const batchUrl = page.url();

  // The drafter checks each sampled family with the keyboard: Pass, then the button.
  for (const form of await page.locator(".sampled form").all()) {
    await form.getByLabel("Pass").check();
    await form.getByRole("button", { name: "Record spot check" }).press("Enter");
    await page.waitForLoadState("load");
  }
  if (await page.locator(".sampled .result", { hasText: "PASS" }).count() < 1) { throw new Error("no spot check recorded"); }
  // The drafter may not approve: the page says why.
  await page.getByRole("button", { name: "Approve" }).click();
  await page.locator(".error-summary", { hasText: "another finance officer" }).waitFor({ timeout: 10_000 });

  // A second officer signs in (a new session) and approves, then submits.
  await context.clearCookies();
  await page.goto(batchUrl);
  await signIn(page, APPROVER_TOKEN);
  await page.getByRole("button", { name: "Approve" }).waitFor({ timeout: 20_000 });
  await page.getByRole("button", { name: "Approve" }).click();
  await page.locator("#status", { hasText: "APPROVED" }).waitFor({ timeout: 10_000 });
  await page.getByRole("button", { name: "Submit to the ministry" }).click();
  await page.locator("#status", { hasText: "SUBMITTED" }).waitFor({ timeout: 10_000 });
  const download = await page.request.get(new URL(await page.locator("#csv").getAttribute("href"), BASE_URL).toString());
  const csv = await download.text();
  if (!download.ok() || !csv.startsWith("council_code,") || !csv.includes("PROGRESS TO TARGET")) {
    throw new Error(`CSV download failed: ${download.status()} ${csv.slice(0, 200)}`);
  }
  await checkAccessibility(page, "claims, a submitted batch");
  await page.goto(`${BASE_URL}/claims`);
  await page.locator("#batches td", { hasText: "SUBMITTED" }).first().waitFor({ timeout: 10_000 });
  await checkAccessibility(page, "claims, the list");
  console.log(`claims OK: built, checked, approved by a second officer, submitted, CSV; screenshot ${SCREENSHOT}`);
} catch (error) {
  console.error(`claims FAILED: ${error.stack ?? error}`);
  process.exitCode = 1;
} finally {
  await browser.close();
}
