// Browser test of casework-service's outcomes dashboard, in Debian's Chromium driven by playwright-core.
// Signs in to /insights as a manager through its form, checks the figures for all periods,
// changes the period and checks the figures, heat map and CSV link follow. Saves a screenshot.
//   BASE_URL=http://127.0.0.1:8083 MANAGER_TOKEN=... FROM=2025-01-01 TO=2026-01-01 \
//   MEASURED_ALL=3 MEASURED_PERIOD=1 SCREENSHOT=target/insights.png node insights.mjs
import { checkAccessibility, checkTokenUnreadable, launch, signIn } from "./pages.mjs";

const { BASE_URL, MANAGER_TOKEN, FROM, TO, MEASURED_ALL, MEASURED_PERIOD, SCREENSHOT } = process.env;
const browser = await launch();

try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 1400 } });
  const page = await context.newPage();
  await page.goto(`${BASE_URL}/insights`);
  await checkAccessibility(page, "insights, signed out");
  await signIn(page, MANAGER_TOKEN);
  await page.locator("#status", { hasText: "Up to date" }).waitFor({ timeout: 20_000 });
  await page.locator("#measuredFamilies", { hasText: new RegExp(`^${MEASURED_ALL}$`) }).waitFor({ timeout: 20_000 });
  const before = await page.locator("#figures").innerText();
  if (await page.locator("#domains-table tbody tr").count() !== 10) { throw new Error("not ten domains"); }
  if (!(await page.locator("canvas#domains").boundingBox())?.height) { throw new Error("no bar chart"); }

  await page.locator("#from").fill(FROM);
  await page.locator("#to").fill(TO);
  await page.getByRole("button", { name: "Show" }).click();
  await page.locator("#measuredFamilies", { hasText: new RegExp(`^${MEASURED_PERIOD}$`) }).waitFor({ timeout: 20_000 });
  const after = await page.locator("#figures").innerText();
  if (after === before) { throw new Error(`the figures did not change: ${after}`); }
  const csv = await page.locator("#csv").getAttribute("href");
  if (!csv.includes(`from=${FROM}`) || !csv.startsWith("/insights/outcomes.csv")) { throw new Error(`CSV link not for the period: ${csv}`); }
  const download = await page.request.get(new URL(csv, BASE_URL).toString());
  if (!download.ok() || !(await download.text()).includes(`measuredFamilies,${MEASURED_PERIOD}`)) {
    throw new Error(`CSV download failed: ${download.status()}`);
  }

  await checkAccessibility(page, "insights, figures");
  await checkTokenUnreadable(page, MANAGER_TOKEN);
  await page.screenshot({ path: SCREENSHOT, fullPage: true });
  console.log(`insights OK: measured ${MEASURED_ALL} -> ${MEASURED_PERIOD}; screenshot ${SCREENSHOT}`);
} catch (error) {
  console.error(`insights FAILED: ${error.stack ?? error}`);
  process.exitCode = 1;
} finally {
  await browser.close();
}
