// What every page test does the same way: start Chromium, sign in (through the page's own token form, or at the
// identity provider the page sends the browser to), and check accessibility with axe.
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

// Signs in at the identity provider (locally Keycloak, deploy/run-local --sign-in) as a person would, with the
// keyboard: the page sent the browser there; after the provider's form it comes back to the page it asked for. The
// caller waits for what the page does next.
export async function signInAtProvider(page, username, password) {
  const user = page.locator("#username");
  await user.waitFor({ state: "visible", timeout: 30_000 });
  await user.focus();
  await page.keyboard.insertText(username);
  await page.keyboard.press("Tab");
  await page.keyboard.insertText(password);
  await page.keyboard.press("Enter");
}

// Signed in through the provider, no script on the page can read the session: Quarkus keeps it in an HttpOnly cookie.
export async function checkSessionUnreadable(page) {
  const cookies = await page.evaluate(() => document.cookie);
  if (cookies.includes("q_session")) { throw new Error(`a script on the page can read the session: ${cookies}`); }
  const session = (await page.context().cookies()).find(cookie => cookie.name.startsWith("q_session"));
  if (!session || !session.httpOnly) { throw new Error("no HttpOnly session cookie after signing in at the provider"); }
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
