// What every page test does the same way: start Chromium, sign in through the page's own form, and check
// accessibility with axe.
import AxeBuilder from "@axe-core/playwright";
import { chromium } from "playwright-core";

// Debian's Chromium (no browser download), quiet and without a sandbox, as the test machines need it.
export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
           "--disable-component-update", "--disable-sync"],
  });
}

// Signs in as a person would, with the keyboard: the token into the sign-in field, Enter to submit. The caller
// waits for what the page does next.
export async function signIn(page, token) {
  const field = page.locator("#token");
  await field.waitFor({ state: "visible", timeout: 20_000 });
  await field.focus();
  await page.keyboard.insertText(token);
  await page.keyboard.press("Enter");
}

// Signed in, no script on the page can read the token: the service keeps it in an HttpOnly cookie.
export async function checkTokenUnreadable(page, token) {
  if ((await page.evaluate(() => document.cookie)).includes(token.slice(-40))) {
    throw new Error("a script on the page can read the token");
  }
}

// No serious or critical axe violations on the page as it stands.
export async function checkAccessibility(page, what) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations.filter(v => v.impact === "serious" || v.impact === "critical");
  if (serious.length) {
    throw new Error(`${what}: accessibility violations: ` + serious
      .map(v => `${v.id} (${v.impact}) at ${v.nodes.map(n => n.target.join(" ")).join(", ")}`).join("; "));
  }
}
